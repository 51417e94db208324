"""A description of an office tied to its holder by the document's era and the holder's party:
"Spain's Socialist prime minister" in an undated text whose era (see
:mod:`cablegram.actors.era`) is 2001-2007 is Zapatero, the one Socialist who held the office
then; on a known date the dated dictionary already resolves it
(:meth:`cablegram.gazetteer.dictionary.ActorDictionary.office_holder`), and a party word there
must agree with the holder's party too.

Precision first: only a person cluster the text ties to no name, every mention of which is a
definite description ("the ...", "X's ...") with no word that makes it someone other than the
holder ("former", "aspiring"), in an era bounded on both sides, with one holder left.
"""

from __future__ import annotations

from collections.abc import Iterable

from cablegram.actors.base import PERSON_PRONOUNS, ResolverState, key
from cablegram.gazetteer.offices import office_title, party_agrees

# Words of the press for a party family -> the family ``offices.csv`` names in ``party``.
PARTY_WORDS: dict[str, str] = {
    "socialist": "socialist",
    "socialists": "socialist",
    "labour": "labour",
    "labor": "labour",
    "conservative": "conservative",
    "tory": "conservative",
    "republican": "republican",
    "gop": "republican",
    "democratic": "democratic",
    "democrat": "democratic",
    "democrats": "democratic",
}
# Words that make "Democratic" another family: "Social Democratic", "Christian Democrat".
_DEMOCRAT_KINDS = frozenset({"social", "christian", "liberal"})


def party_of(words: Iterable[str]) -> str | None:
    """The one party family the words name ("Spain's Socialist prime minister":
    "socialist"); None when they name none or several."""
    plain = [key(w).removesuffix("'s").removesuffix("’s") for w in words]
    found = set()
    for n, word in enumerate(plain):
        family = PARTY_WORDS.get(word)
        if family == "democratic" and n > 0 and plain[n - 1] in _DEMOCRAT_KINDS:
            # "Germany's Social Democratic chancellor", "a Christian Democrat": a family of
            # its own, not the US Democrats'.
            family = f"{plain[n - 1]} democratic"
        if family is not None:
            found.add(family)
    return found.pop() if len(found) == 1 else None


def _definite(text: str) -> bool:
    first = text.split()[0].lower() if text.split() else ""
    return first == "the" or first.endswith(("'s", "’s"))


def _office_named(written: list[str], country: str) -> str | None:
    """The one canonical office the descriptions end in ("... prime minister")."""
    found = set()
    for text in written:
        words = key(text).split()
        ends = (office_title(" ".join(words[-n:]), country) for n in (4, 3, 2, 1))
        found.add(next((office for office in ends if office is not None), None))
    return found.pop() if len(found) == 1 else None


def tie_to_era_holders(resolver: ResolverState, not_the_holder: frozenset[str]) -> None:
    """Give each untied office description of an undated document the identity of the one
    holder of that office in its country within the document's era (see the module doc)."""
    era = resolver.era()
    if resolver.date or era is None or not era.bounded:
        return
    for cluster in resolver.clusters.values():
        if cluster.kind != "person" or cluster.identity or not cluster.country:
            continue
        written = [m.text for m in cluster.mentions if m.text.lower() not in PERSON_PRONOUNS]
        if not written or not all(_definite(w) for w in written):
            continue
        canonical = _office_named(written, cluster.country)
        if canonical is None:
            continue
        words = [w.lower().strip("-") for text in written for w in text.split()]
        if any(w in not_the_holder for w in words):
            continue
        party = party_of(words)
        found = {
            entry.identity: entry
            for entry, office in resolver.dictionary.holders.get((cluster.country, canonical), [])
            if era.overlaps(office) and party_agrees(party, office.party)
        }
        if len(found) != 1:
            continue
        entry = next(iter(found.values()))
        cluster.identity, cluster.name = entry.identity, entry.name
        cluster.enrich(entry.country, entry.role, None)
