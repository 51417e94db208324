"""One-word names the recogniser calls a person or a body but the text uses only as a place.

"Workers returned to Kaesong ... factories in Kaesong": the recogniser may tag a town it does
not know as a PERSON or an ORG. When every use of the word in the document is a place's
(the object of a locative preposition, "in Kaesong", "near Lae", "fled from Raqa", or the
modifier of a place noun, "Kaesong industrial zone", "Raqa province", or a use the recogniser
tags as a place), the object of a seizure (rule ``actors.seizedplaces``: "seized Nineveh",
"the annexation of Crimea"), the seat or home of an office or people ("Nineveh's governor",
"Crimea's authorities", "Nineveh inhabitants", "Nineveh Governor X", "the governor of
Nineveh"), or a name set on a map ("Nineveh, located
400km north of Baghdad") and at least one use is
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


# Rule ``actors.seizedplaces``: verbs whose object is a territory taken or held by force
# ("seized Nineveh", "annexed Crimea", "Crimea was annexed") and nouns of such a taking
# ("the annexation of Crimea"). Not "capture" nor "fall": people are captured and fall too
# ("captured Ocalan", "the fall of Mubarak").
_SEIZE_VERBS = frozenset(
    {"seize", "annex", "occupy", "retake", "liberate", "overrun", "besiege", "invade",
     "conquer", "reconquer"}
)  # fmt: skip
_SEIZE_NOUNS = frozenset(
    {"annexation", "occupation", "seizure", "liberation", "siege", "invasion", "conquest"}
)  # fmt: skip
# Words that make a body a place's own: "Nineveh's local government".
_LOCAL = frozenset({"local", "provincial", "municipal", "regional"})
# Participles that put what they modify on a map: "Nineveh, located 400km north of X".
_LOCATED = frozenset({"locate", "located", "situate", "situated", "nestle", "nestled"})
# Offices and people a place's name owns as their seat or home: "Nineveh's governor",
# "Crimea's authorities", "Kaesong's residents"; a body owns no governor.
_SEAT_HEADS = frozenset(
    {"governor", "governors", "mayor", "authorities", "governorate", "residents",
     "inhabitants", "population"}
)  # fmt: skip


def _seized(token: Token) -> bool:
    """The object of a seizure: "seized Nineveh", "seized Mosul and much of Nineveh",
    "Crimea was annexed", "the annexation of Crimea"."""
    at = token
    if at.dep_ == "pobj" and at.head.lower_ == "of":
        if at.head.head.lemma_.lower() in _SEIZE_NOUNS:
            return True
        at = at.head.head  # "much of Nineveh", "parts of Idlib"
    while at.dep_ == "conj" and at.head.i != at.i:
        at = at.head
    return at.dep_ in ("dobj", "nsubjpass") and at.head.lemma_.lower() in _SEIZE_VERBS


def _use(token: Token) -> str | None:
    """'spatial', 'place' or None for one use of the word."""
    if _seized(token):
        return "spatial"
    if token.dep_ in ("poss", "compound") and token.head.lower_ in _SEAT_HEADS:
        return "spatial"  # "Nineveh's governor", "Nineveh inhabitants"
    if token.dep_ == "poss" and any(c.lower_ in _LOCAL for c in token.head.children):
        return "spatial"  # "Nineveh's local government", "Raqa's provincial council"
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.lower_ in _SEAT_HEADS and token.dep_ == "compound":
        return "spatial"  # "Nineveh Governor Athil al-Nujaifi"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _SEAT_HEADS:
        return "spatial"  # "the governor of Nineveh"
    if any(c.dep_ == "acl" and c.lemma_.lower() in _LOCATED for c in token.children):
        return "spatial"  # "Nineveh, located 400km north-west of Baghdad"
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
