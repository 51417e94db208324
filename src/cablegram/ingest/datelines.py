"""A wire dateline that lost its dash, given it back before the rules run.

Wire copy opens the lede with the place it was filed from, set off by a dash or "(Reuters) -":
"BEIRUT — Bombs killed nearly 150 people ...". Many pages mark the place up in a span of its
own and drop the dash ("<span class="articleLocation">TRIPOLI</span> U.S. warplanes ..."), so
the text reads "TRIPOLI U.S. warplanes carried out ...", and the parse takes the place into the
subject: "TRIPOLI U.S. warplanes" became Libya's warplanes, "LAHORE/ISLAMABAD, Pakistan A
suicide bomber" a Pakistani one, "BEIRUT Bombs" an actor.

Shape: at the very start of one of the first :data:`HEAD_PARAGRAPHS` paragraphs, a run of
upper-case place words (each of three letters or more: "BEIRUT", "NEW YORK"), several joined
by "/" ("MOSCOW/KIEV"), each may carry a country in title case after a comma ("LAHORE/
ISLAMABAD, Pakistan", "HANOVER, Germany/WASHINGTON"), then a space and a capital opening what
reads as a sentence. The run gets back its dash and a line of its own ("TRIPOLI —", then "U.S.
warplanes ..."): the actor finder reads it as a dateline
(:meth:`cablegram.actors.kinds.NameKinds.is_dateline`), and the parse of the lede no longer
sees it (even with the dash, "ISTANBUL/ANKARA — Five people ... were killed" parses the place as
the subject).

Not a dateline: an organisation's upper-case short name opening the sentence ("NATO
Secretary General Jens Stoltenberg said ..."): every all-capital alias in the shipped
``organizations.csv`` is excluded; a run followed by a lower-case word ("ISIS fighters") never
matches.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from cablegram.ingest.rulebase import is_sentence_like

# Datelines open the lede; the first paragraphs may also be a title or a standfirst.
HEAD_PARAGRAPHS = 3
_PLACE = r"[A-Z]{3,}(?:(?:\s|-)[A-Z]{3,})*"
# The first words of two-word countries and states: "South Korea", "New Mexico".
_TWO_WORD = (
    r"(?:South|North|New|Saudi|Sri|El|Costa|Puerto|Hong|United|West|East|Ivory|Sierra"
    r"|Burkina|Rhode)"
)
# "LAHORE, Pakistan", "SEOUL, South Korea", "AUSTIN, Texas", "NATIONAL HARBOR, Md."
_COUNTRY = rf"(?:{_TWO_WORD}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?)"
_PLACE_WITH_COUNTRY = rf"{_PLACE}(?:,\s+{_COUNTRY})?"
_RUN = rf"{_PLACE_WITH_COUNTRY}(?:\s*/\s*{_PLACE_WITH_COUNTRY})*"
_DATELINE = re.compile(rf"^(?P<run>{_RUN})\s+(?=[A-Z\"“‘'])")
DASH = "—"


@lru_cache(maxsize=1)
def _organisation_acronyms() -> frozenset[str]:
    """Every all-capital name or alias of the shipped organisations ("NATO", "OPEC")."""
    data = resources.files("cablegram") / "data" / "organizations.csv"
    found: set[str] = set()
    for row in csv.DictReader(io.StringIO(data.read_text(encoding="utf-8"))):
        for name in [row["name"], *(row.get("aliases") or "").split("|")]:
            name = name.strip()
            if name.isupper() and name.isalpha():
                found.add(name)
    return frozenset(found)


def restore_dash(paragraph: str) -> list[str]:
    """The paragraph, or the dateline that lost its dash (dash restored) and the rest.

    >>> restore_dash("TRIPOLI U.S. warplanes carried out air strikes on Friday.")
    ['TRIPOLI —', 'U.S. warplanes carried out air strikes on Friday.']
    >>> restore_dash("NATO Secretary General Jens Stoltenberg said on Monday that allies agreed.")
    ['NATO Secretary General Jens Stoltenberg said on Monday that allies agreed.']
    """
    match = _DATELINE.match(paragraph)
    if match is None:
        return [paragraph]
    run = match["run"]
    if set(re.findall(r"[A-Z]{3,}", run)) & _organisation_acronyms():
        return [paragraph]
    rest = paragraph[match.end() :]
    # "LOS ANGELES — ..." split by an odd space, or "PORT ST. LUCIE": the place goes on.
    if re.match(r"[A-Z]{2,}\b|[A-Z]{2,}\.\s+[A-Z]{2,}", rest) or not is_sentence_like(rest):
        return [paragraph]
    return [f"{run} {DASH}", rest]


def is_restored_dateline(line: str) -> bool:
    """Whether the line is a dateline that :func:`restore_dash` set on its own line."""
    suffix = f" {DASH}"
    return line.endswith(suffix) and re.fullmatch(_RUN, line[: -len(suffix)]) is not None


def restore_datelines(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs, with :func:`restore_dash` applied to the first few."""
    out: list[str] = []
    for index, text in enumerate(paragraphs):
        out.extend(restore_dash(text) if index < HEAD_PARAGRAPHS else [text])
    return out
