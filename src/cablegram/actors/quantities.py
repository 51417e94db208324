"""Counts of people that are amounts, not actors: "10,000 troops", "thousands of soldiers"."""

from __future__ import annotations

from spacy.tokens import Token

# Words that make a noun phrase a count or an amount, not an actor: "10,000 troops",
# "up to 10,000 troops", "thousands of soldiers", "hundreds of protesters".
_AMOUNT_WORDS = frozenset(
    {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozens", "scores"}
)
# From this count on, "N soldiers" is an amount of people, not an actor.
QUANTITY_FROM = 100


def _large(number: str) -> bool:
    """Whether a number written in digits is :data:`QUANTITY_FROM` or more ("10,000")."""
    digits = number.replace(",", "").replace(".", "")
    return digits.isdecimal() and int(digits) >= QUANTITY_FROM


def is_quantity(token: Token) -> bool:
    """True when a plural noun phrase counts people rather than naming an actor: a number of
    :data:`QUANTITY_FROM` or more or a round amount modifies it ("send 10,000 troops", "up to
    120,000 soldiers", "deployed thousands of troops"). Small counts ("two officials", "10
    judges of the appeals court") still name a group that can speak and act, and so does a
    counted crowd that is the active subject of its clause ("thousands of protesters
    marched"): it acts, where a counted object or passive subject ("300 demonstrators were
    arrested") is what is sent, moved or counted."""
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    counted = any(
        child.dep_ == "nummod" and (_large(child.text) or child.lower_ in _AMOUNT_WORDS)
        for child in token.children
    )
    phrase = token
    # "thousands of troops": the head is the amount, the people its complement.
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _AMOUNT_WORDS:
        counted, phrase = True, head.head
    return counted and phrase.dep_ != "nsubj"
