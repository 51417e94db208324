"""The gender that words give a person: pronouns, honorifics and gendered titles.

Used by pronoun resolution (:mod:`cablegram.actors.pronouns`): "he"/"she" forms agree only with
a person whose gender is unknown or the same, and a person's gender comes only from evidence
in the document (an honorific such as "Mr" or "Lady", a title such as "spokeswoman" or
"king"), never from a first name.
"""

from __future__ import annotations

MASCULINE = frozenset({"he", "him", "his", "himself"})
FEMININE = frozenset({"she", "her", "hers", "herself"})
REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself"})
HONORIFIC_GENDER = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "lord": "m",
    "ms": "f",
    "ms.": "f",
    "mrs": "f",
    "mrs.": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "baroness": "f",
}
# Titles that name a woman or a man ("-woman"/"-man" compounds are read from the ending).
_FEMININE_TITLES = frozenset(
    {
        "queen",
        "princess",
        "duchess",
        "empress",
        "countess",
        "baroness",
        "lady",
        "dame",
        "madam",
        "madame",
        "sister",
        "mother",
        "actress",
        "widow",
        "wife",
        "daughter",
        "girl",
    }
)
_MASCULINE_TITLES = frozenset(
    {
        "king",
        "prince",
        "duke",
        "emperor",
        "count",
        "baron",
        "lord",
        "sir",
        "sheikh",
        "emir",
        "father",
        "brother",
        "son",
        "husband",
        "boy",
        "sultan",
        "ayatollah",
    }
)
# Nouns for people the resolver does not make actors of: with one in the window, a pronoun
# may mean that person, so it teaches no gender.
PERSON_NOUNS = frozenset(
    {
        "husband",
        "wife",
        "son",
        "daughter",
        "father",
        "mother",
        "brother",
        "sister",
        "man",
        "woman",
        "boy",
        "girl",
        "friend",
        "partner",
        "child",
        "colleague",
        "aide",
        "lawyer",
        "person",
        "parent",
        "spouse",
        "widow",
        "uncle",
        "aunt",
        "cousin",
        "nephew",
        "niece",
        "grandson",
        "granddaughter",
        "grandfather",
        "grandmother",
        "adviser",
        "advisor",
        "victim",
        "suspect",
        "witness",
        "doctor",
        "teacher",
        "student",
        "driver",
        "officer",
        "rival",
        "opponent",
        "successor",
        "predecessor",
        "deputy",
        "assistant",
        "guard",
        "soldier",
    }
)
# Words ending in "man" that name no man.
_NEUTRAL_MAN = frozenset({"human", "ottoman", "german", "roman", "shaman", "woman"})


def pronoun_gender(word: str) -> str | None:
    """The gender a personal pronoun gives ("he" -> "m", "her" -> "f"); None for any other word."""
    lower = word.lower()
    if lower in MASCULINE:
        return "m"
    if lower in FEMININE:
        return "f"
    return None


def title_gender(title: str) -> str | None:
    """The gender a title word gives ("spokeswoman", "queen" -> "f"; "chairman", "king" ->
    "m"); None for the many titles that give none ("minister", "chair", "spokesperson")."""
    words = title.lower().split()
    if not words:
        return None
    last = words[-1]
    if last in _FEMININE_TITLES or last.endswith("woman") or " ".join(words[-2:]) == "first lady":
        return "f"
    if last in _MASCULINE_TITLES or (last.endswith("man") and last not in _NEUTRAL_MAN):
        return "m"
    return None
