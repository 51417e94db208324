"""Negated speech acts: "did not say", "never claimed", "declined to say", and (rule
``negated_subject``) a speech act denied through its subject: "No official said the plant was
unsafe", "Neither minister said ...", "None of the witnesses told police that ...", "Nobody
has claimed that ...". Such a clause reports that the content was not said; it is no statement
of it. "Few analysts said ..." still reports that some did, and is left alone.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from cablegram.statements.context import QUOTE_CHARS, across_quote

_NEGATIVE_WORDS: Final = frozenset({"never", "neither", "nor"})
_FAILING: Final = frozenset({"decline", "refuse", "fail", "hesitate"})
# Subjects that deny the act ("nobody said"), and determiners that do ("no official said").
_NO_ONE: Final = frozenset({"nobody", "none", "neither", "no-one", "noone", "nothing"})
_NO_DETERMINERS: Final = frozenset({"no", "neither"})


def negated_subject(verb: Token) -> bool:
    """Rule ``negated_subject``: the verb's own subject is "nobody", "none (of ...)",
    "neither", or a noun with "no"/"neither" ("no one", "no official")."""
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass") or across_quote(subject, verb):
            continue
        if subject.lower_ in _NO_ONE:
            return True
        if any(d.dep_ == "det" and d.lower_ in _NO_DETERMINERS for d in subject.children):
            return True
    return False


def negated(verb: Token) -> bool:
    """ "did not say", "never said", "declined to say", "refused to comment", "no one said"."""
    if any(
        (c.dep_ == "neg" or c.lower_ in _NEGATIVE_WORDS)
        and not _quoted_word(c)
        and not across_quote(c, verb)
        for c in verb.children
    ):
        return True
    if negated_subject(verb):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in _FAILING


def _quoted_word(token: Token) -> bool:
    """A word standing between quotation marks ('"Never," he said'): what was said."""
    doc = token.doc

    def mark(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text in QUOTE_CHARS

    after = mark(token.i + 1) or (
        token.i + 1 < len(doc) and doc[token.i + 1].text in ",.!?" and mark(token.i + 2)
    )
    return mark(token.i - 1) and after


__all__ = ["negated", "negated_subject"]
