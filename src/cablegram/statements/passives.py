"""An evaluative speech act told in the passive, its speaker in a "by" phrase: "the agreement
**was criticized by** China and France", "the move has been **condemned by** Russia, Syria and
Iran", "the decision was **welcomed by** Israel" (the ``passive_object`` rule).

The active form ("China criticized the agreement") is :func:`cablegram.statements.objects.
verb_object`'s: an evaluative verb whose object is what was said about. In the passive the
thing judged is the verb's subject and the speaker the "by" phrase's noun, which the parser
makes the verb's ``agent``; without one ("the plan was criticized") nobody is named and
nothing is recorded. The content is the subject's phrase; the speaker must be able to speak
(a person, group, organisation or state) and the act realised (not negated, hypothetical or
a noun phrase), as for ``verb_object``.

Only verbs that judge (condemn, criticize, praise, welcome, reject ...), not those that
merely report ("was announced by", "was cited by", "was noted by"): a judged thing is a
position; an announced one is an event's business. Verbs as often of force as of words
("was attacked by", "was slammed by") count only when their subject is an idea, a text or
a decision ("the plan was attacked by the opposition", not "the convoy was attacked by
rebels").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from spacy.tokens import Token

from cablegram.statements.context import Context, Found
from cablegram.statements.ideas import PHYSICAL_TOO, an_idea
from cablegram.statements.objects import clauseless_verbs, span_found
from cablegram.statements.registry import rule
from cablegram.statements.speakers import DOCUMENT_SOURCES, is_agent

# Verbs that judge what they are about: the passive subject is what was judged.
_JUDGING: Final = frozenset(
    {
        "condemn",
        "denounce",
        "criticize",
        "criticise",
        "praise",
        "welcome",
        "reject",
        "dismiss",
        "applaud",
        "decry",
        "endorse",
        "hail",
        "slam",
        "blast",
        "attack",
    }
)


def _someone(ctx: Context, subject: Token) -> bool:
    """Whether the passive subject is someone, not something said or done, as
    ``verb_object`` skips such an object: a named person, state, people or organisation, or
    a noun of those who speak ("the army chief was dismissed by the president", "the
    ambassador was welcomed by the king": a person received, no words judged)."""
    if subject.ent_type_ in ("PERSON", "GPE", "NORP", "ORG"):
        return True
    return subject.lower_ in ctx.cues.speaker_nouns or subject.lemma_.lower() in (
        ctx.cues.speaker_nouns
    )


def _agent(verb: Token) -> Token | None:
    """The noun of the verb's "by" phrase (its ``agent``), else None."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if by is None:
        return None
    return next((c for c in by.children if c.dep_ == "pobj"), None)


def _a_means(agent: Token) -> bool:
    """Whether the "by" noun is how it was said, not who said it: a document or message
    named bare, with no determiner and no owner ("rejected **by email**", "by letter", "by
    joint statement"; the "by means" near miss). "By a statement from Berlin" names its
    source; "by parliament" is a body, no document."""
    if agent.tag_ != "NN" or agent.lemma_.lower() not in DOCUMENT_SOURCES:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in agent.children)


@rule("passive_object", "clause")
def passive_object(ctx: Context) -> Iterable[Found]:
    """ "the agreement was criticized by China": the passive subject as what the agent said."""
    for verb in clauseless_verbs(ctx, _JUDGING):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.pos_ == "PRON" or _someone(ctx, subject):
            continue  # "it was condemned by": a pronoun the claims resolve; a person judged
        if verb.lemma_.lower() in PHYSICAL_TOO and not an_idea(ctx, subject):
            continue  # "the convoy was attacked by rebels": force, not words
        agent = _agent(verb)
        if agent is None or agent.pos_ == "PRON" or _a_means(agent) or not is_agent(ctx, agent):
            continue
        found = span_found(
            ctx,
            verb,
            verb.text,
            subject.left_edge.i,
            subject.right_edge.i,
            "passive_object",
            agent,
        )
        if found is not None:
            yield found


__all__ = ["passive_object"]
