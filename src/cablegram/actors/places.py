"""Nouns of a settlement or an administrative area, and nouns for states: the one list of
each that every stage starts from.

Each stage adds the words of its own job to :data:`PLACE_NOUNS` ("the village of X" names a
place; "the city of Wuhan hosted" is no actor; "the town on the border" is where, not who).
"""

from __future__ import annotations

# A town, city or area that is named, never a party: "the city of Aleppo", "the port".
PLACE_NOUNS = frozenset(
    {"village", "town", "city", "province", "region", "district", "island", "port"}
)

# A state counted among states, singular (a plural is read by its lemma): "ministers of 28
# countries", "EU member states", "fellow EU governments". The actors stage reads its plural
# after "of" as people of many states; the events stage adds the nouns of a body's members.
STATE_NOUNS = frozenset({"country", "nation", "state", "government", "member"})
