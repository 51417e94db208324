"""Dated acts: a proposition that writes the year of its act ("the 2003 invasion of Iraq",
"the invasion of Iraq in 2003") asks about that act, not about every act of its kind.

A claim bears on a dated act (:func:`dated_apart` says when it does not) only where it names
the act by the proposition's own word (its lemmas and derivations: "invaded", "invasion"),
or its sentence writes the year, or it is dated in that year, or it is undated (nothing
shows it is of another year). A claim matched only through a synonym group or a broader act
("attacks on Fallujah" for an invasion) and dated another year is another operation.
"""

from __future__ import annotations

import re
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


def dated_apart(predicate: str, year: int, claim: Claim, date: str | None) -> bool:
    """Whether ``claim`` (dated ``date``, ISO, or None) is about another act than the
    proposition's act of ``year`` named by ``predicate``: it does not name the act by its
    own word, its sentence does not write the year, and it is dated in another year (an
    undated claim is not dated apart)."""
    own = keys(predicate)
    named = keys(claim.predicate) | (keys(claim.object) if claim.object else frozenset())
    if own & named:
        return False
    if re.search(rf"\b{year}\b", claim.sentence or ""):
        return False
    return date is not None and not date.startswith(str(year))
