"""Country evidence written beside a person's name: where they are from or live, and a US
party letter. Rules of :data:`cablegram.actors.evidence.COUNTRY_RULES`:

* ``home_place``: a place set off after the name, "Johnnie Wilson, of Springfield, Va.,",
  "Kevin McKinley, a financial adviser in Eau Claire, Wis.,", "Sara Klein, 59, of Dayton,
  Ohio," (an age before the home), "Ngozi Eze, a trader from
  Onitsha, Nigeria," -> the country of the place after the town: a country, a state or
  province of one (``state_names``), or a US state as the AP abbreviates it
  (``data/us_state_abbreviations.csv``); the town alone says nothing (a gazetteer of towns
  is not shipped);
  a description that names another place or body, or a post abroad ("the ambassador of
  Russia in Washington, D.C."), says nothing of home;
* ``party_letter``: a US party letter in brackets after the name, "Gov. Pat McCrory (R)",
  "Attorney General Roy Cooper (D)" -> the USA.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from cablegram.actors.base import Cluster, key
from cablegram.datafiles import package_csv
from cablegram.gazetteer.subdivisions import state_names

if TYPE_CHECKING:
    from cablegram.actors.evidence import CountryEvidence

# ", [a description ]of|from|in Town, Place": the town, then the place that gives the country.
# An age may stand between the name and the home: "Sara Klein, 59, of Dayton, Ohio,".
_HOME = re.compile(
    r"^(?P<age>\s*,\s+\d{1,3}(?=\s*,))?\s*,\s+(?P<what>[^,;:()\"“”\n]{0,80}?\s)?(?:of|from|in)\s+(?:the\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+"
    r"(?P<where>[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2})"
)
# What may follow an age as a description: a noun phrase or a relative clause of home.
_AFTER_AGE = re.compile(r"(?:a|an|the)\s", re.I)
# A relative clause before the place says where the person lives or comes from, or it says
# nothing of home ("X, 59, who said the rally in Dayton, Ohio, was loud").
_WHO_HOME = re.compile(
    r"who\s+(?:(?:now|still)\s+)?(?:lives?|lived|resides?|resided|grew\s+up|was\s+born|"
    r"moved|comes?|came|hails?|is|was)\s+(?:(?:originally|here|there)\s+)?(?:of|from|in|to)?\s*$",
    re.I,
)
# People posted away from home: the place says where they serve, not whose they are.
_POSTED = frozenset(
    {
        "ambassador", "envoy", "correspondent", "consul", "diplomat", "reporter", "attaché",
        "attache", "representative", "delegate", "bureau", "chief", "commander", "general",
    }
)  # fmt: skip
# "(R)", "(D)", "(I)": a US party letter alone in brackets.
_PARTY_LETTER = re.compile(r"^\s*\(\s*[RDI]\s*\)")


@lru_cache(maxsize=1)
def us_state_abbreviations() -> frozenset[str]:
    """The AP style abbreviations of US states ("Wis.", "N.Y.") of
    ``data/us_state_abbreviations.csv``."""
    return frozenset(row["abbreviation"] for row in package_csv("us_state_abbreviations.csv"))


def _place_country(resolver: CountryEvidence, where: str) -> str | None:
    """The country a place written after a town names: a US state abbreviation, a country,
    or a state or province; the longest reading of the words wins ("New Mexico")."""
    words = where.split()
    for size in range(len(words), 0, -1):
        text = " ".join(words[:size])
        if text in us_state_abbreviations():
            return "USA"
        bare = text.rstrip(".")
        entry = resolver.entry(bare)
        if entry is not None and entry.kind == "state" and entry.via == "country":
            return entry.country
        found = state_names().get(key(bare))
        if found is not None:
            return found
    return None


def _named_or_posted(description: str) -> bool:
    """A description that names another place or body ("the ambassador of Russia in
    Washington") or a post abroad ("a correspondent in"): the place is not their home."""
    words = description.split()
    return any(w[:1].isupper() for w in words) or any(
        w.lower().strip(".,") in _POSTED for w in words
    )


def home_place(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind != "person":
        return None
    found: set[str] = set()
    for mention in cluster.mentions:
        match = _HOME.match(resolver.text[mention.end : mention.end + 160])
        what = (match.group("what") or "") if match is not None else ""
        if match is not None and match.group("age") and what and not _AFTER_AGE.match(what):
            if not _WHO_HOME.match(what):
                continue  # "X, 59, said the rally was in Dayton, Ohio": a clause of no home
        if match is not None and what.lower().startswith("who") and not _WHO_HOME.match(what):
            continue  # "X, who said the rally in Dayton, Ohio, was loud": no home
        if match is not None and not _named_or_posted(what):
            country = _place_country(resolver, match.group("where"))
            if country is not None:
                found.add(country)
    return found.pop() if len(found) == 1 else None


def party_letter(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind != "person":
        return None
    for mention in cluster.mentions:
        if _PARTY_LETTER.match(resolver.text[mention.end : mention.end + 8]):
            return "USA"
    return None
