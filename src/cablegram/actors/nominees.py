"""Nominee descriptions: an office named with a word that makes its holder someone still to
come ("Kerry's aspiring secretary of state", "Trump's designated defence secretary", "the
would-be prime minister", "a likely successor").

Such a description is not the office's holder of the text's day, so it resolves to no dated
holder (:mod:`cablegram.actors.descriptions`). When the text ties it to no named person (an
apposition "X's pick for secretary of state, Rex Tillerson," makes it his), it names no one an
analyst can follow, and ``cablegram actors`` leaves it out as a bare description
(:func:`cablegram.actors.listing.is_bare_description`); the statements it speaks keep it as
written.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

# Words before an office that make its holder a person still to be chosen or to take office.
NOMINEE_WORDS = frozenset(
    {
        "aspiring",
        "designated",
        "designate",
        "prospective",
        "likely",
        "possible",
        "potential",
        "eventual",
        "presumptive",
        "future",
        "incoming",
        "next",
    }
)
# The same, written as two words joined by a hyphen ("would-be"), compared without it.
_JOINED = frozenset({"would be", "to be"})


def names_a_nominee(words: Iterable[str]) -> bool:
    """Whether the words (a description's, in order, any case) hold a nominee word:
    "aspiring", "designated", "would-be" ... The hyphen of "would-be" may be its own word."""
    lowered = [w.lower().strip("-") for w in words]
    lowered = [w for w in lowered if w]
    if any(w in NOMINEE_WORDS for w in lowered):
        return True
    pairs = (f"{a} {b}" for a, b in pairwise(lowered))
    return any(pair in _JOINED for pair in pairs)


# Modifiers that make a title someone other than today's holder: "the former foreign minister".
NOT_THE_HOLDER = (
    frozenset(
        {
            "former",
            "ex",
            "then",
            "late",
            "deputy",
            "acting",
            "previous",
            "outgoing",
            "shadow",
            "junior",
            "vice",
            "assistant",
            "interim",
        }
    )
    | NOMINEE_WORDS  # "future", "incoming", "next", "designated": not today's holder either
)  # "Trump's designated secretary of state" is not Kerry
