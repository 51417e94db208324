"""Rule ``made_clear``: "made clear that ...", "has made it clear he ...", "made plain that
...": making a point plain is saying it. The parser hangs the clause on "made" (a ``ccomp``
beside the adjective) or on the adjective ("it clear [he will ...]", as ``ccomp``, ``advcl``
or ``csubj``); either way the finite clause after the adjective is the content and the
subject of "made" the speaker. Left alone: a noun object ("made clear his opposition"), a
negated or unrealised act ("did not make clear", "will make it clear") and a question
("made clear whether").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from spacy.tokens import Token

from cablegram.statements.clauses import subject_child, unrealised
from cablegram.statements.context import Context, Found
from cablegram.statements.objects import span_found
from cablegram.statements.registry import rule
from cablegram.statements.subjects import subject_of

_PLAIN: Final = frozenset({"clear", "plain"})
_ADJECTIVE_DEPS: Final = frozenset({"ccomp", "oprd", "acomp", "dobj", "xcomp", "advmod"})
_CLAUSE_DEPS: Final = frozenset({"ccomp", "advcl", "csubj"})
_QUESTION_MARKS: Final = frozenset({"whether", "if"})


def _clause_after(adjective: Token, verb: Token) -> Token | None:
    """The finite clause the point is made in: a clause with its own subject after the
    adjective, hung on the adjective or on "made"; None for anything else."""
    for head in (adjective, verb):
        for c in head.children:
            if c.dep_ not in _CLAUSE_DEPS or c.i <= adjective.i or c.i == adjective.i:
                continue
            if not subject_child(c):
                continue
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if marks & _QUESTION_MARKS or marks - {"that"}:
                return None  # "made clear whether ...", "made it clear because ...": no report
            return c
    return None


@rule("made_clear", "clause")
def made_clear(ctx: Context) -> Iterable[Found]:
    """ "made (it) clear/plain (that) ...": the clause, said by the subject of "made"."""
    for verb in ctx.doc:
        if verb.lemma_.lower() != "make" or verb.pos_ not in ("VERB", "AUX"):
            continue
        adjective = next(
            (c for c in verb.children if c.lower_ in _PLAIN and c.dep_ in _ADJECTIVE_DEPS), None
        )
        if adjective is None or unrealised(verb):
            continue
        clause = _clause_after(adjective, verb)
        subject = subject_of(verb)
        if clause is None or subject is None:
            continue
        cue = f"{verb.text} {'it ' if ctx.doc[verb.i + 1].lower_ == 'it' else ''}{adjective.text}"
        found = span_found(
            ctx, verb, cue, clause.left_edge.i, clause.right_edge.i, "made_clear", subject
        )
        if found is not None:
            yield found


__all__ = ["made_clear"]
