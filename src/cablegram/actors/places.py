"""Nouns of a settlement or an administrative area: the one list every stage starts from.

Each stage adds the words of its own job to :data:`PLACE_NOUNS` ("the village of X" names a
place; "the city of Wuhan hosted" is no actor; "the town on the border" is where, not who).
"""

from __future__ import annotations

# A town, city or area that is named, never a party: "the city of Aleppo", "the port".
PLACE_NOUNS = frozenset(
    {"village", "town", "city", "province", "region", "district", "island", "port"}
)
