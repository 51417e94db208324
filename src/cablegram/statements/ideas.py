"""Whether a verb as often of force as of words ("attack", "blast", "slam", "defend",
"challenge") is a speech act: only when what it is done to names an idea, a text or a
decision ("attacked the plan", "the policy was slammed by France"), never a place, a work
or a body ("attacked Ukraine's power grid", "Ukrainian positions were attacked by Russian
forces", "the power station"). Shared by ``verb_object`` (its object,
:mod:`cablegram.statements.objects`) and ``passive_object`` (its passive subject,
:mod:`cablegram.statements.passives`).

By list only: the endings of abstract nouns ("-tion", "-ment", "-ity") name places and works
as often ("station", "position", "settlement", "facility", "city"), and an owner ("Ukraine's
grid") names no idea either; a deed named by its gerund ("the president's **handling** of
the crisis") does.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from cablegram.statements.context import Context

PHYSICAL_TOO: Final = frozenset({"attack", "blast", "slam", "defend", "challenge"})
_IDEAS: Final = frozenset(
    {
        "plan", "policy", "decision", "record", "idea", "view", "deal", "bill", "law", "rule",
        "budget", "tax", "remark", "comment", "claim", "strategy", "approach", "agenda",
        "program", "programme", "reform", "ruling", "verdict", "report", "move", "stance",
        "agreement", "pact", "accord", "treaty", "proposal", "resolution", "step",
        "announcement", "statement", "recognition", "partnership", "initiative", "measure",
        "sanction", "legislation", "decree", "response", "handling",
    }
)  # fmt: skip


def an_idea(ctx: Context, noun: Token) -> bool:
    """Whether the noun names an idea, a text or a decision (see the module): one of the
    list or of the speech nouns ("remarks", "statement"), or a deed its owner did ("the
    president's handling"). "Position" counts only owned ("Germany's position"), since
    "Ukrainian positions" are held ground."""
    lemma = noun.lemma_.lower()
    owned = any(c.dep_ == "poss" for c in noun.children)
    if lemma == "position":
        return owned and noun.tag_ == "NN"
    if lemma in _IDEAS or lemma in ctx.cues.speech_nouns:
        return True
    return owned and noun.tag_ == "NN" and lemma.endswith("ing")


__all__ = ["PHYSICAL_TOO", "an_idea"]
