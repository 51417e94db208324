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

The country after a comma must be a shipped country, country alias or US state
(:mod:`cablegram.ingest.places`), matched as a whole, so "DUBAI, United Arab Emirates The ..."
keeps its three-word country; a comma followed by anything else is no dateline.

Not a dateline: an organisation's upper-case short name opening the sentence ("NATO
Secretary General Jens Stoltenberg said ..."): every all-capital alias in the shipped
``organizations.csv`` is excluded, and so is a country's acronym ("UAE", "DPRK": a dateline
names a town) and a kicker (:data:`KICKERS`: "BREAKING", "EXCLUSIVE"). No gazetteer of towns
ships, so a run that is no shipped place and has no country after it is taken only in a
dateline's likely shape (precision first): one word of at least :data:`MIN_UNKNOWN_LETTERS`
letters ("ATF", "NYPD", "AIPAC" are not), or several words the last of which is no common
surname ("JOHN SMITH" is a byline). A run followed by a lower-case word ("ISIS fighters")
never matches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from cablegram.datafiles import package_csv, package_lines
from cablegram.ingest.places import is_place
from cablegram.ingest.rulebase import is_sentence_like

# Datelines open the lede; the first paragraphs may also be a title or a standfirst.
HEAD_PARAGRAPHS = 3
_PLACE = r"[A-Z]{3,}(?:(?:\s|-)[A-Z]{3,})*"
# The first words of two-word countries and states: "South Korea", "New Mexico".
_TWO_WORD = (
    r"(?:South|North|New|Saudi|Sri|El|Costa|Puerto|Hong|United|West|East|Ivory|Sierra"
    r"|Burkina|Rhode)"
)
# "LAHORE, Pakistan", "SEOUL, South Korea", "AUSTIN, Texas", "NATIONAL HARBOR, Md.",
# "DUBAI, United Arab Emirates" (checked against the shipped places word by word)
_COUNTRY = rf"(?:{_TWO_WORD}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?)"
_COUNTRY_WORD = re.compile(r"\s*([A-Z][a-z]+\.?|of|and|the)(?=[\s/])")
_RESTORED_COUNTRY = r"[A-Z][a-z]+\.?(?:\s+(?:[A-Z][a-z]+\.?|of|and|the))*"
# Words that open a story as a label, not a place.
KICKERS = frozenset(
    {"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "OPINION", "ANALYSIS", "EDITORIAL",
     "COMMENTARY", "COMMENT", "EXPLAINER", "FACTBOX", "INTERVIEW", "REVIEW", "WATCH", "LIVE",
     "DEVELOPING", "ALERT", "URGENT", "CORRECTION", "NEWS", "FLASH", "SPONSORED", "VIDEO",
     "PHOTOS", "FEATURE", "PROFILE", "OBITUARY", "POLL", "LETTERS", "ESSAY", "PERSPECTIVE",
     "REPORT", "SPECIAL", "FACT", "CHECK"}
)  # fmt: skip
# An unknown one-word place without a country is taken only when this long: "ATF", "NYPD",
# "AIPAC" are organisations.
MIN_UNKNOWN_LETTERS = 6
_PLACE_WITH_COUNTRY = rf"{_PLACE}(?:,\s+{_COUNTRY})?"
_RUN = rf"{_PLACE_WITH_COUNTRY}(?:\s*/\s*{_PLACE_WITH_COUNTRY})*"
_RESTORED_RUN = (
    rf"{_PLACE}(?:,\s+{_RESTORED_COUNTRY})?(?:\s*/\s*{_PLACE}(?:,\s+{_RESTORED_COUNTRY})?)*"
)
_PLACE_AT = re.compile(_PLACE)
_OPENS = re.compile(r"\s+(?=[A-Z\"“‘'])")
DASH = "—"


@lru_cache(maxsize=1)
def _organisation_acronyms() -> frozenset[str]:
    """Every all-capital name or alias of the shipped organisations ("NATO", "OPEC")."""
    found: set[str] = set()
    for row in package_csv("organizations.csv"):
        for name in [row["name"], *(row.get("aliases") or "").split("|")]:
            name = name.strip()
            if name.isupper() and name.isalpha():
                found.add(name)
    return frozenset(found)


@lru_cache(maxsize=1)
def _country_acronyms() -> frozenset[str]:
    """Countries' all-capital aliases ("UAE", "DPRK", "USA")."""
    rows = package_csv("country_aliases.csv")
    return frozenset(r["text"] for r in rows if r["kind"] == "alias" and r["text"].isupper())


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(package_lines("common_surnames.txt"))


def _country_after(text: str, pos: int) -> int | None:
    """End of the longest run of title-case words at ``pos`` that is a shipped place."""
    ends: list[int] = []
    names: list[str] = []
    at = pos
    while len(names) < 5 and (m := _COUNTRY_WORD.match(text, at)):
        names.append(m[1])
        at = m.end()
        ends.append(at)
    for k in range(len(names), 0, -1):
        if is_place(" ".join(names[:k])):
            return ends[k - 1]
    return None


def _scan_run(paragraph: str) -> tuple[int, list[tuple[str, bool]]] | None:
    """(end, [(place, with a shipped country)]) of a dateline run at the start, or None."""
    pos, places = 0, []
    while m := _PLACE_AT.match(paragraph, pos):
        pos = m.end()
        country = False
        if comma := re.compile(r",\s+").match(paragraph, pos):
            end = _country_after(paragraph, comma.end())
            if end is None:
                return None
            pos, country = end, True
        places.append((m[0], country))
        slash = re.compile(r"\s*/\s*(?=[A-Z]{3,})").match(paragraph, pos)
        if slash is None:
            break
        pos = slash.end()
    return (pos, places) if places else None


def _place_like(places: list[tuple[str, bool]]) -> bool:
    """Whether the run reads as places: no kicker, country acronym or organisation; and
    confirmed by a shipped place or country, or in a dateline's likely shape."""
    names = [name for name, _ in places]
    for name in names:
        parts = re.split(r"[\s-]+", name)
        if set(parts) & KICKERS or name in _country_acronyms():
            return False
    if any(country or is_place(name) for name, country in places):
        return True
    if len(names) > 1:
        return True  # "MOSCOW/KIEV"
    parts = re.split(r"[\s-]+", names[0])
    if len(parts) == 1:
        return len(parts[0]) >= MIN_UNKNOWN_LETTERS
    return parts[-1].casefold() not in _surnames()


def restore_dash(paragraph: str) -> list[str]:
    """The paragraph, or the dateline that lost its dash (dash restored) and the rest.

    >>> restore_dash("TRIPOLI U.S. warplanes carried out air strikes on Friday.")
    ['TRIPOLI —', 'U.S. warplanes carried out air strikes on Friday.']
    >>> restore_dash("NATO Secretary General Jens Stoltenberg said on Monday that allies agreed.")
    ['NATO Secretary General Jens Stoltenberg said on Monday that allies agreed.']
    """
    scanned = _scan_run(paragraph)
    if scanned is None:
        return [paragraph]
    end, places = scanned
    opens = _OPENS.match(paragraph, end)
    if opens is None or not _place_like(places):
        return [paragraph]
    run = paragraph[:end]
    if set(re.findall(r"[A-Z]{3,}", run)) & _organisation_acronyms():
        return [paragraph]
    rest = paragraph[opens.end() :]
    # "LOS ANGELES — ..." split by an odd space, or "PORT ST. LUCIE": the place goes on.
    if re.match(r"[A-Z]{2,}\b|[A-Z]{2,}\.\s+[A-Z]{2,}", rest) or not is_sentence_like(rest):
        return [paragraph]
    return [f"{run} {DASH}", rest]


def is_restored_dateline(line: str) -> bool:
    """Whether the line is a dateline that :func:`restore_dash` set on its own line."""
    suffix = f" {DASH}"
    return line.endswith(suffix) and re.fullmatch(_RESTORED_RUN, line[: -len(suffix)]) is not None


def restore_datelines(paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs, with :func:`restore_dash` applied to the first few."""
    out: list[str] = []
    for index, text in enumerate(paragraphs):
        out.extend(restore_dash(text) if index < HEAD_PARAGRAPHS else [text])
    return out
