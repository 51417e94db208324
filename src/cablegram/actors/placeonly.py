"""One-word names the recogniser calls a person or a body but the text uses only as a place.

"Workers returned to Kaesong ... factories in Kaesong": the recogniser may tag a town it does
not know as a PERSON or an ORG. When every use of the word in the document is a place's
(the object of a locative preposition, "in Kaesong", "near Lae", "fled from Raqa", or the
modifier of a place noun, "Kaesong industrial zone", "Raqa province", or a use the recogniser
tags as a place) and at least one use is
plainly spatial (not only "to"/"from", which also take people: "a letter to Karimov"), the
word names a place, not an actor. Any other use ("Kaesong said", "Raqa's council", "Mr.
Raqa") keeps it an actor, and so does a name the dictionary knows (the caller checks).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Prepositions that put their object in a place; "to"/"from" alone do not suffice.
_SPATIAL = frozenset(
    {"in", "near", "into", "outside", "inside", "around", "across", "toward", "towards",
     "through", "throughout", "at"}
)  # fmt: skip
_ALSO_PLACE = frozenset({"to", "from"})
# Nouns a place's name modifies: "Raqa province", "Kaesong industrial zone".
_PLACE_HEADS = frozenset(
    {"province", "governorate", "district", "region", "zone", "complex", "park", "city",
     "town", "village", "area", "county", "state", "airport", "port", "border", "crossing"}
)  # fmt: skip


def _use(token: Token) -> str | None:
    """'spatial', 'place' or None for one use of the word."""
    if token.dep_ == "pobj" and token.head.lower_ in _SPATIAL:
        return "spatial"
    if token.dep_ == "pobj" and token.head.lower_ in _ALSO_PLACE:
        return "place"
    if token.dep_ in ("compound", "nmod") and token.head.lower_ in _PLACE_HEADS:
        return "spatial"
    if token.ent_type_ in ("GPE", "LOC"):
        return "spatial"  # the recogniser itself reads this use as a place
    return None


def used_only_as_place(doc: Doc, token: Token) -> bool:
    """Whether the one-word name at ``token`` is, everywhere the document writes it, a place
    by its use (see the module doc). Words of several tokens' names are not judged here."""
    uses = [_use(t) for t in doc if t.text == token.text]
    return bool(uses) and None not in uses and "spatial" in uses
