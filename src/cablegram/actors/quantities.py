"""Noun phrases that are amounts or clock readings, not actors: "10,000 troops", "thousands of
soldiers", "10:00 BST", "5pm ET" (the recogniser tags time zones as organisations)."""

from __future__ import annotations

from spacy.tokens import Token

# Words that make a noun phrase a count or an amount, not an actor: "10,000 troops",
# "up to 10,000 troops", "thousands of soldiers", "hundreds of protesters".
_AMOUNT_WORDS = frozenset(
    {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozens", "scores"}
)
# Time-zone abbreviations as news copy writes them after a clock time ("10:00 BST", "9am
# GMT", "5 p.m. ET"); none of them is the name of an actor.
TIME_ZONES = frozenset(
    {
        "GMT", "UTC", "BST", "IST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK",
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
        "AKST", "HST", "AST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "NZST", "NZDT",
    }
)  # fmt: skip
# Words that make a number an estimate: "at least 29", "more than 6,000", "nearly 40",
# "some 300", "up to 50". A people noun counted by an estimate is a tally of victims or a crowd
# (casualty and refugee figures), whatever its size.
_ESTIMATE_WORDS = frozenset(
    {
        "least", "more", "over", "nearly", "almost", "about", "around", "some", "roughly",
        "approximately", "estimated", "fewer", "less", "upwards",
    }
)  # fmt: skip
# From this count on, "N soldiers" is an amount of people, not an actor.
QUANTITY_FROM = 100


def _large(number: str) -> bool:
    """Whether a number written in digits is :data:`QUANTITY_FROM` or more ("10,000")."""
    digits = number.replace(",", "").replace(".", "")
    return digits.isdecimal() and int(digits) >= QUANTITY_FROM


def _estimated(number: Token) -> bool:
    """Whether a number token carries an estimate word of :data:`_ESTIMATE_WORDS` ("at least
    29", "more than 6,000") or is "up to" a figure."""
    if any(child.lower_ in _ESTIMATE_WORDS for child in number.children):
        return True
    doc = number.doc
    return number.i >= 2 and doc[number.i - 2].lower_ == "up" and doc[number.i - 1].lower_ == "to"


def is_estimated_count(token: Token) -> bool:
    """True when a plural noun phrase is a tally of people: a number with an estimate word
    modifies it ("At least 29 civilians were killed", "sheltered more than 6,000 refugees",
    "nearly 40 soldiers"), whatever its size; an exact small count ("two officials said")
    still names a group. :func:`is_quantity` still keeps a tally that is the active subject
    ("more than 1,000 protesters marched": the crowd acts)."""
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    return any(
        child.dep_ == "nummod" and child.tag_ == "CD" and _estimated(child)
        for child in token.children
    )


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
    return (counted or is_estimated_count(token)) and phrase.dep_ != "nsubj"


def is_time_zone(token: Token) -> bool:
    """True when the token is a time-zone abbreviation of :data:`TIME_ZONES` written in
    capitals and read as a time: right after a clock reading ("10:00 BST", "9am GMT", "5 p.m.
    ET"), or within a span the recogniser tagged as a time or an organisation with a number in
    it. A zone written alone ("BST said") is also no actor when the recogniser tags it as a
    time or a date. Capitals only: "Est" or "pt" are other words."""
    if token.text not in TIME_ZONES:
        return False
    if token.ent_type_ in ("TIME", "DATE"):
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and (
        any(ch.isdigit() for ch in before.text) or before.lower_ in ("a.m.", "p.m.", "am", "pm")
    ):
        return True
    return token.ent_iob_ != "O" and any(
        any(ch.isdigit() for ch in t.text) for t in token.doc[token.i - 3 : token.i]
    )
