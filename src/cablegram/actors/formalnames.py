"""Formal state names of several words inside a phrase, read whole before their parts.

"the Democratic People's Republic of Korea" holds "Republic of Korea" (South Korea's own
formal name), "the Lao People's Democratic Republic" and "the People's Republic of China"
hold a possessive the word-by-word lookup of a phrase splits off. :func:`formal_states`
finds the longest state name of the dictionary (pycountry's official names and
``data/country_aliases.csv``) starting at each word, as written with its own spacing, so
that the shorter names inside it are not read as another state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from spacy.tokens import Token

from cablegram.gazetteer.dictionary import Entry

# Longer than the four-word window of a phrase's lookup ("Lao People's Democratic Republic"
# is five tokens: the possessive is one); shorter names are left to that lookup.
MIN_TOKENS = 4
MAX_TOKENS = 8


def formal_states(
    tokens: Sequence[Token], entry: Callable[[str], Entry | None]
) -> list[tuple[int, int, str]]:
    """(first, end, iso3) of each formal state name among the tokens (positions in the
    sequence, end exclusive); only runs of adjacent tokens, longest first, never overlapping."""
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        for size in range(min(MAX_TOKENS, len(tokens) - i), MIN_TOKENS - 1, -1):
            run = tokens[i : i + size]
            if any(b.i != a.i + 1 for a, b in pairwise(run)):
                continue
            text = run[0].doc[run[0].i : run[-1].i + 1].text
            hit = entry(text)
            if hit is not None and hit.kind == "state" and hit.via == "country" and hit.country:
                found.append((i, i + size, hit.country))
                i += size - 1
                break
        i += 1
    return found
