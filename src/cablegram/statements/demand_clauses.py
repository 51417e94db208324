"""A demand made as a "for ... to" clause: "Germany **called for** Russia to withdraw its
troops", "the UN is **calling for** both sides to extend the deal". The parser hangs such a
clause on the verb as an adverbial clause marked "for", not as the prepositional object that
:func:`cablegram.statements.objects.demand_object` reads, so the demand went unrecorded.

Reported speech in PolNeAR's sense: "called for" is the cue, the speaker its subject, the
content the clause without its "for". Same conditions as ``demand_object``: a speaker that can
speak and a realised act (not negated, hypothetical or a noun phrase).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from cablegram.statements.clauses import unrealised
from cablegram.statements.context import Context, Found
from cablegram.statements.cues import phrasal_cue
from cablegram.statements.objects import DEMAND_PARTICLES, agent_subject, span_found
from cablegram.statements.registry import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose "for ... to" clause is what is demanded.
_DEMANDING: Final = frozenset({"call", "press", "push", "appeal", "plead", "lobby"})


@rule("demand_for_clause", "clause")
def demand_for_clause(ctx: Context) -> Iterable[Found]:
    """ "called for X to Y": the "for" clause (its subject and infinitive) as the demand."""
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DEMANDING or unrealised(verb):
            continue
        if any(
            c.dep_ in ("prep", "prt") and (verb.lemma_.lower(), c.lower_) in DEMAND_PARTICLES
            for c in verb.children
        ):
            continue  # "called for"/"called on": the prepositional demand demand_object reads
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.i < verb.i:
                continue
            mark = next(
                (c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None
            )
            has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            if mark is None or not has_to or not _next_to(verb, mark):
                continue
            subject = agent_subject(ctx, verb, names=True)
            if subject is None:
                break
            cue = phrasal_cue(verb, ctx.cues) or f"{verb.text} {mark.text}"
            found = span_found(
                ctx, verb, cue, mark.i + 1, clause.right_edge.i, "demand_for_clause", subject
            )
            if found is not None:
                yield found
            break


_WHEN: Final = frozenset({"DATE", "TIME"})


def _next_to(verb: Token, mark: Token) -> bool:
    """Whether the "for" follows the verb, or only a time phrase of the verb comes between
    ("pressed **on Monday** for Russia to withdraw")."""
    between = set(range(verb.i + 1, mark.i))
    for child in verb.children:
        phrase = {t.i for t in child.subtree}
        if child.dep_ in ("prep", "npadvmod") and any(t.ent_type_ in _WHEN for t in child.subtree):
            between -= phrase
    return not between
