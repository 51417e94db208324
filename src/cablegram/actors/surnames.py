"""Common surnames: a surname many people share names nobody in particular on its own.

The actor dictionary knows about 1,700 political figures. Its only Smith is Australia's
Stephen Smith, its only Miller Poland's Leszek Miller; a story's "Smith said ..." is almost
always somebody else. :func:`is_common_surname` says whether a name is among the 1,000 most
frequent surnames of the 1990 US Census (``data/common_surnames.txt``, see
``data/README.md``): such a surname alone is a dictionary person only when the story backs
that person up (:mod:`cablegram.actors.identity`). The list is American; it still holds the
commonest surnames of many origins (Kim, Lee, Nguyen, Garcia), not all (Khan, Ali, Singh).
"""

from __future__ import annotations

from functools import lru_cache

from cablegram.datafiles import package_lines


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """The common surnames, lower case."""
    return frozenset(package_lines("common_surnames.txt"))


def is_common_surname(name: str) -> bool:
    """Whether ``name`` (any case, possessive allowed: "Smith's") is a common surname."""
    word = name.strip().lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word in common_surnames()
