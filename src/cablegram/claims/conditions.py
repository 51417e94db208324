"""Conditions on a claim ("will only agree to X if ...", "would not block X as long as ...",
"provided that ...", "on condition that ..."): the mark that makes a clause a condition.
Word list: ``condition_marks`` in ``data/claim_words.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import ClaimWords

if TYPE_CHECKING:
    from spacy.tokens import Token


CONDITION_CLAUSES: Final = frozenset({"advcl", "acl", "prep", "ccomp"})


def _has_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children)


def condition_mark(clause: Token, words: ClaimWords) -> str | None:
    """The mark that makes ``clause`` a condition ("if", "unless", "as long as",
    "provided"), or None. "Even if" concedes, and a clause without a subject of its own
    ("if necessary", "if needed") is a readiness, not a condition: none."""
    if clause.dep_ == "advcl" and _has_subject(clause):
        for mark in clause.children:
            if mark.dep_ != "mark" or mark.i > clause.i:
                continue
            if mark.lower_ in words.condition_marks:
                before = clause.doc[mark.i - 1] if mark.i > 0 else None
                if before is not None and before.lower_ == "even":
                    return None
                return mark.lower_
            # "as long as", "so long as": the first two words hang elsewhere.
            if mark.lower_ == "as" and mark.i >= 2:
                phrase = f"{clause.doc[mark.i - 2].lower_} {clause.doc[mark.i - 1].lower_} as"
                if phrase in words.condition_marks:
                    return phrase
    if clause.lower_ in words.condition_marks and clause.dep_ in CONDITION_CLAUSES:
        # "provided that farmers are protected", parsed on the word itself; the verb
        # "provided weapons" (an object, no "that") is no condition.
        after = clause.doc[clause.i + 1] if clause.i + 1 < len(clause.doc) else None
        if (
            after is not None
            and after.lower_ == "that"
            and not any(c.dep_ == "dobj" for c in clause.children)
        ):
            if any(c.dep_ in ("ccomp", "advcl") and _has_subject(c) for c in clause.children):
                return clause.lower_
    if clause.lower_ == "on" and clause.dep_ == "prep":
        # "on condition that ..."
        if any(f"on {c.lower_}" in words.condition_marks for c in clause.children):
            return "on condition"
    return None
