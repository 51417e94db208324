"""An earlier mention of a shell noun: whose it is, and what content hangs on it.

Rule ``same-noun-owner`` (used by :mod:`cablegram.claims.antecedents`): a shell noun owned
by one name refers back only to a mention of the noun that no other name owns. After
"Brazil backed Kenya's bid for a seat", "Peru opposes **Chile's** bid" is Chile's own bid,
neither Kenya's nor the act of the sentence before; "Peru opposes **Kenya's** bid" and
"Peru opposes **its** bid" are Kenya's. Precision first: such a noun is left unresolved.

The act an earlier mention names is what hangs on it (:func:`hangs_on`): its own child,
or the object of its own preposition ("India's bid **for a permanent seat**").

Pure: a function of the parse.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from cablegram.claims.tokens import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["hangs_on", "owned_by_another", "owner_of", "same_owner"]


def owner_of(noun: Token) -> str | None:
    """The name that owns a noun ("**Chile's** bid", "the **EU's** plan"), case-folded
    without its "'s", or None for no owner or a pronoun ("its bid"), which may stand for
    any name."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            words = [t.lower_ for t in child.subtree if t.dep_ != "case" and t.tag_ != "POS"]
            return " ".join(words) or None
    return None


def same_owner(noun: Token, mention: Token) -> bool:
    """Whether two mentions of a noun may be one thing: no two different named owners."""
    here, there = owner_of(noun), owner_of(mention)
    return here is None or there is None or here == there


def owned_by_another(noun: Token, pools: Iterable[Iterable[Token]]) -> bool:
    """Whether a mention of the same noun among ``pools`` (the tokens before it, nearest
    first) is owned by another name than the noun's."""
    word = lemma(noun)
    return any(
        mention.pos_ == "NOUN"
        and lemma(mention) == word
        and not same_owner(noun, mention)
        for pool in pools
        for mention in pool
    )


def hangs_on(word: Token, noun: Token) -> bool:
    """Whether a word is the noun's own content: its child, or the object of its own
    preposition ("bid **for** a seat", "a call **for** a truce")."""
    head = word.head
    return head.i == noun.i or (head.dep_ == "prep" and head.head.i == noun.i)
