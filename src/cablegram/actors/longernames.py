"""A dictionary body's name read inside a longer name is not that body.

"the National Security Council" holds the words of the UN's "Security Council", and "the
Palestinian National Council" or "the Pakistani Medical Association" could hold a shorter
body's alias too: when the recogniser's name runs on before the alias with a capitalised word
the dictionary does not know ("National"), the name is another body's, and the alias's role,
country and code are not its. A known word before the alias ("U.N. Security Council",
"Russian Security Council") is a country or body word, and the alias is read as usual; so
is it after a place ("Iowa Republican Party").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token


def inside_longer_name(first: Token, length: int, known: Callable[[Token], bool]) -> bool:
    """Whether ``first``, the first word of a dictionary organisation's alias of ``length``
    words found in a phrase, continues a recognised name whose previous word is a capitalised
    word that is not ``known`` (the caller's test: a dictionary word or a place, "Iowa
    Republican Party"). Only an alias of several words ("Security Council") can be part of
    another body's name; a one-word alias is a name of its own, and a word before it is its
    epithet ("Supreme Rada", "Verkhovna Rada")."""
    if length < 2 or first.i == 0 or first.ent_iob_ != "I":
        return False
    before = first.doc[first.i - 1]
    return (
        before.ent_iob_ in ("B", "I")
        and before.text[:1].isupper()
        and before.is_alpha
        and before.pos_ != "DET"  # "The State Department ..." opening a sentence
        and not known(before)
    )
