"""A state's or capital's name hyphened into the name of a county or township: "Athens-Clarke
County" (in Georgia, US), "Lebanon-Wilson County". The compound names the local unit, not
Greece or Lebanon, so the word is neither a mention of the state nor a word a country is read
from. Both parts of "Israel-Gaza" or "Russia-Ukraine" are states' names: such pairs are never
read so, nor is a compound before any other word ("the Athens-Sparta rivalry").

Shapes: :func:`hyphened_unit_name` takes a token and the dictionary's look-up (a phrase ->
:class:`~cablegram.gazetteer.dictionary.Entry` or None) and says whether the token is such a
word. Used by :mod:`cablegram.actors.countynames` and :func:`cablegram.actors.things.not_the_state`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from cablegram.gazetteer.dictionary import Entry

# Local units named after a place, never a state's own subdivision of that state's name.
LOCAL_UNITS = frozenset({"county", "township", "parish", "borough"})
_HYPHENS = frozenset({"-", "\u2013"})


def hyphened_unit_name(token: Token, entry: Callable[[str], Entry | None]) -> bool:
    """Rule ``actors.hyphenedcounties``: whether ``token`` is a state's or capital's name
    joined by a hyphen to capitalised words that name no state, the compound right before a
    capitalised county or township word (see the module doc)."""
    doc = token.doc
    if not token.text[:1].isupper():
        return False
    found = entry(token.text)
    if found is None or found.kind != "state" or found.via not in ("country", "capital"):
        return False
    start = end = token.i
    while start >= 2 and doc[start - 1].text in _HYPHENS and doc[start - 2].text[:1].isupper():
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text in _HYPHENS and doc[end + 2].text[:1].isupper():
        end += 2
    if start == end or end + 1 >= len(doc):
        return False
    unit = doc[end + 1]
    if unit.lower_ not in LOCAL_UNITS or not unit.text[:1].isupper():
        return False
    for i in range(start, end + 1, 2):
        other = entry(doc[i].text) if i != token.i else None
        if other is not None and other.kind == "state":
            return False
    return True
