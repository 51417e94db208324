"""Words that speak of an act without taking a side on it: no claim either way.

Two polarity rules, registered before the negation rule so that a "not" they hold is not read
as opposition to the act:

- *purpose denied* ("the referendum was **not meant to** redraw the border", "the deal does
  **not need to** be renegotiated", "the plan is **not intended to** punish Athens"): a thing
  named as the subject of a negated verb whose complement says what the thing is for or must
  do. The negation belongs to that complement, not to the thing; the speaker defends or
  limits it rather than opposing it, which the walk cannot tell apart. The complement's own
  frame is read as usual ("redraw the border", opposed).
- *effects weighed* ("urged Washington to consider **the consequences of** withdrawing",
  "the **implications of** leaving the pact"): an act named in the "of" phrase of a noun of
  effects. Weighing an act's effects is a warning or a question, not a call for the act,
  though the words above ("urged ... to consider") read as support. Where the speaker judges
  the effects outright ("China **condemned** the consequences of deploying the missiles",
  "**welcomed** the impact of lifting the ban"), the judgement is of the act, and the walk
  reads it as usual (:data:`JUDGING_VERBS`).

Precision first: both leave no claim rather than a guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.steps import Step, polarity_rule
from cablegram.claims.tokens import is_attitude_word, is_name, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns that name what an act brings about, neither good nor bad in themselves.
EFFECT_NOUNS: Final = frozenset(
    {"consequence", "implication", "repercussion", "ramification", "impact", "effect"}
)
# Verbs whose object of effects is judged outright, so that the act is judged with it.
JUDGING_VERBS: Final = frozenset(
    {
        "condemn",
        "criticise",
        "criticize",
        "denounce",
        "deplore",
        "decry",
        "lament",
        "regret",
        "slam",
        "blast",
        "welcome",
        "praise",
        "hail",
        "applaud",
    }
)
_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass"})
_COMPLEMENTS: Final = frozenset({"xcomp", "ccomp", "advcl"})


def _infinitive(clause: Token) -> bool:
    """Whether a clause is a "to" infinitive ("meant **to** redraw")."""
    return clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


@polarity_rule("purpose_denied")
def purpose_denied(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A frame in the subject of a negated verb with a clausal complement ("the referendum
    was not meant to redraw the border"): no claim (see the module)."""
    if token.i == head.i or token.pos_ != "VERB" or not _negated(token):
        return None
    if lemma(token) in words.copulas:
        return None
    said_of = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
    if said_of is None or said_of.pos_ == "PRON":
        return None
    if not said_of.left_edge.i <= head.i <= said_of.right_edge.i:
        return None
    if not any(c.dep_ in _COMPLEMENTS and _infinitive(c) for c in token.children):
        return None
    return Step(f'purpose denied: "not {token.text}" of "{said_of.text}"', void=True)


@polarity_rule("effects_weighed")
def effects_weighed(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A frame in the "of" phrase of a noun of effects ("the consequences of withdrawing"):
    no claim (see the module)."""
    if token.i == head.i or token.pos_ != "NOUN" or lemma(token) not in EFFECT_NOUNS:
        return None
    if token.dep_ in ("dobj", "obj") and lemma(token.head) in JUDGING_VERBS:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            if prep.left_edge.i <= head.i <= prep.right_edge.i:
                return Step(f'effects weighed: "{token.text} of"', void=True)
    return None


def others_attitude(node: Token, head: Token, words: ClaimWords) -> Token | None:
    """The name that holds an attitude noun above a frame: its possessor ("**Sturgeon**'s
    hope for another referendum", "**Iran**'s proposal for talks"), else None (a pronoun
    possessor, "its request", is the speaker's own noun; the frame's own head is read by
    the rules). In someone's words such a noun is the named holder's attitude, not the
    speaker's: the walk (:func:`cablegram.claims.polarity.read_polarity`) reads the frame
    for the speaker only where the speaker's own attitude governs the noun ("rejected
    Sturgeon's request for a referendum"), as it does for another's clause subject."""
    if node.i == head.i or node.pos_ != "NOUN" or not is_attitude_word(node, words):
        return None
    possessor = next((c for c in node.children if c.dep_ == "poss"), None)
    if possessor is None or possessor.pos_ == "PRON" or not is_name(possessor):
        return None
    if possessor.ent_type_ == "NORP":
        # A people's right or wish ("Americans' right to bear arms") is one a speaker
        # defends in their name, no other party's attitude.
        return None
    return possessor
