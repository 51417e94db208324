"""Offices held: the canonical office a title names in a country, and whether a holder's party
agrees with a description's party word. Read by the dictionary's dated office holders
(:meth:`cablegram.gazetteer.dictionary.ActorDictionary.office_holder`) and by the actor
resolver's descriptions ("the French foreign minister"); the holders and their dates are
``data/offices.csv``.
"""

from __future__ import annotations

from cablegram.gazetteer.dictionary import key

__all__ = ["OFFICE_SYNONYMS", "office_title", "party_agrees"]

# Title words the text uses -> the canonical office of ``offices.csv``; None: any country.
OFFICE_SYNONYMS: dict[str, tuple[str, frozenset[str] | None]] = {
    "foreign minister": ("foreign minister", None),
    "foreign secretary": ("foreign minister", None),
    "top diplomat": ("foreign minister", None),
    "foreign affairs minister": ("foreign minister", None),
    "minister of foreign affairs": ("foreign minister", None),
    "minister for foreign affairs": ("foreign minister", None),
    "secretary of state": ("foreign minister", frozenset({"USA"})),
    "president": ("president", None),
    "vice president": ("vice president", None),
    "vice-president": ("vice president", None),
    "prime minister": ("prime minister", None),
    "premier": ("prime minister", None),
    "chancellor": ("chancellor", frozenset({"DEU", "AUT"})),
    "defence minister": ("defence minister", None),
    "defense minister": ("defence minister", None),
    "defence secretary": ("defence minister", None),
    "defense secretary": ("defence minister", None),
    "secretary of defense": ("defence minister", frozenset({"USA"})),
    "supreme leader": ("supreme leader", frozenset({"IRN"})),
}


def office_title(title: str, country: str | None) -> str | None:
    """The canonical office a title names in a country ("foreign secretary" -> "foreign
    minister"; "secretary of state" only in the USA), or None."""
    found = OFFICE_SYNONYMS.get(key(title))
    if found is None:
        return None
    office, countries = found
    if countries is not None and country not in countries:
        return None
    return office


def party_agrees(party: str | None, holders_party: str | None) -> bool:
    """Whether a holder whose party family is ``holders_party`` (None or "" where
    ``offices.csv`` leaves it empty, as for every country but the USA, Britain and Spain) may
    be the holder of a description that names the family ``party`` (None: it names none). An
    empty column
    rules no holder out: "France's Socialist president" is still France's president."""
    return party is None or not holders_party or holders_party == party
