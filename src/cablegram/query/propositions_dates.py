"""Dated acts: a proposition that writes the year of its act ("the 2003 invasion of Iraq",
"the invasion of Iraq in 2003") asks about that act, not about every act of its kind.

A claim bears on a dated act (:func:`dated_apart` says when it does not) only where it names
the act by one of the proposition's core words in its own forms (lemmas and derivations:
"invaded", "invasion"; "coup" of "the 2016 coup attempt", not the light verb), or its
sentence writes the year, or it is dated in that year or before it (a call for "a vote"
two years before "the 2018 elections" anticipates them), or it is undated. A claim matched
only through a synonym group or a broader act ("attacks on Fallujah" for an invasion) and
dated a later year is another operation. A standing thing ("the 2015 nuclear deal") keeps
the claims of every year: what is said of an agreement in force is said of that one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from cablegram.query.meaning import keys

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from cablegram.records import Claim

# A year as written: four digits from 1900 to 2099.
_YEAR: Final = re.compile(r"^(19|20)\d\d$")
# How a year hangs on the act it dates: "the 2003 invasion" (nummod, compound, amod,
# npadvmod), "the invasion in 2003" (the object of "in").
_YEAR_DEPS: Final = frozenset({"nummod", "compound", "amod", "npadvmod"})


def act_year(doc: Doc) -> int | None:
    """The year the proposition's parse writes on its root act, or None: "the 2003 invasion
    of Iraq" and "the invasion of Iraq in 2003" -> 2003; "send 2000 troops" (a count, not
    the act's modifier by these relations, or outside 1900-2099) -> None."""
    root = next((t for t in doc if t.head.i == t.i), None)
    if root is None:
        return None
    for token in doc:
        if not _YEAR.match(token.text):
            continue
        if token.head.i == root.i and token.dep_ in _YEAR_DEPS:
            return int(token.text)
        preposition = token.head
        if token.dep_ == "pobj" and preposition.lower_ == "in" and preposition.head.i == root.i:
            return int(token.text)
    return None


# Standing things: an agreement of one year stays in force, and what is said of it later
# ("the implementation of the nuclear agreement", "uphold the accord") is about the same
# one, so a proposition on a dated one keeps claims of every year. Lemmas.
_STANDING: Final = frozenset({"deal", "agreement", "accord", "treaty", "pact"})
# Verbs that make an agreement ("signed 17 accords", "reached a pact"): a claim dated after
# the year that makes one makes another agreement than the standing one. Lemmas.
_MAKING: Final = frozenset({"sign", "conclude", "reach", "strike", "seal", "ink"})


def dated_apart(core_words: Iterable[str], year: int, claim: Claim, date: str | None) -> bool:
    """Whether ``claim`` (dated ``date``, ISO, or None) is about another act than the
    proposition's act of ``year`` whose core words (:attr:`Proposition.core`: "coup" of
    "the 2016 coup attempt", not the light verb) are ``core_words``: it does not name the
    act by a core word's own forms, its sentence does not write the year, and it is dated
    in a later year. Never for a standing thing (:data:`_STANDING`: "the 2015 nuclear
    deal") unless the claim makes one (:data:`_MAKING`: "signed an accord" a year on is
    another accord); never for a claim dated before the act's year ("called for a vote"
    two years before "the 2018 elections": the act it anticipates), nor an undated one."""
    words = tuple(core_words)
    own: frozenset[str] = frozenset().union(*(keys(w) for w in words)) if words else frozenset()
    standing = own & frozenset().union(*(keys(w) for w in _STANDING))
    if standing and not keys(claim.predicate) & frozenset().union(*(keys(w) for w in _MAKING)):
        return False
    named = keys(claim.predicate) | (keys(claim.object) if claim.object else frozenset())
    if own & named:
        return False
    if re.search(rf"\b{year}\b", claim.sentence or ""):
        return False
    if date is None or not _YEAR.match(date[:4]):
        return False
    return int(date[:4]) > year
