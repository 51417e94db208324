"""The tense of a clause, as far as dates need it: does it look forward, and which verb
holds a word."""

from __future__ import annotations

from spacy.tokens import Token

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "going"})
# "plans to impose", "is set to meet", "is expected to sign": an intention looks forward.
# "were slated to sign on Nov. 17", "is poised to sign": a timetable looks forward too
# (round 14: "slated" read the named day backward, a year early).
_INTENT_HEADS = frozenset(
    {"plan", "intend", "expect", "set", "schedule", "due", "aim", "prepare", "hope", "vow",
     "slate", "poise"}
)  # fmt: skip
# Forms whose lemma the tagger gets wrong ("slated" -> "slat").
_INTENT_FORMS = frozenset({"slated", "poised"})


def looks_forward(token: Token) -> bool:
    """Is the clause of this word in the future tense ("will impose", "plans to impose")?

    Climbs from a noun to the verb that governs it and through infinitive complements
    ("is set to impose"); a verb in the past tense on the way ends the climb ("planned to").
    """
    verb = token
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    for _ in range(3):
        if any(
            c.dep_ in ("aux", "auxpass") and c.lower_.replace("\u2019", "'") in _FUTURE_AUX
            for c in verb.children
        ):
            return True
        if verb.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.lower_.replace("\u2019", "'") in ("would", "'d")
            for c in verb.children
        ):
            # "said EU ministers would reiterate on Monday": the future seen from the saying.
            return True
        if verb.tag_ == "VBD" and verb.dep_ != "xcomp":
            return False
        if verb.dep_ != "xcomp":
            return False
        verb = verb.head
        intent = verb.lemma_.lower() in _INTENT_HEADS or verb.lower_ in _INTENT_FORMS
        if intent and verb.tag_ != "VBD":
            if not any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children):
                return True
    return False


def clause_verb(token: Token) -> Token:
    """The verb whose clause a word belongs to (the word itself when none is found)."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return token
