"""The frame rules of a verb: each one job, registered in the order they run.

:func:`cablegram.claims.frames.verb_frame` asks each rule of :data:`VERB_RULES` in turn
about a :class:`VerbSite` (the verb, its object, the vocabulary); the first that answers
decides: :data:`NO_ACT` (the verb names no act anyone takes a position on: "refused **to
send**", "remained opposed to", "fear reprisals") or a :class:`Frame` of its own ("to
**become** NATO members"). When none answers, the rules of :data:`OBJECT_RULES` rewrite the
object in turn ("recognised Kosovo's **independence**" is recognising Kosovo) and the verb
heads a frame on what is left.

A newcomer adds a shape by writing one rule here, under a name, and its test::

    @verb_rule("my-shape")
    def my_shape(site: VerbSite) -> Verdict:
        ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from cablegram.claims.frame import _CLAUSES, Frame, arguments_of, owner_name
from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.settings import is_setting, set_act
from cablegram.claims.tokens import is_attitude_word, lemma, phrase
from cablegram.rules import Registry

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class VerbSite:
    """A verb under test: ``token``, its object (``obj``: the direct, passive-subject or
    fixed-preposition object, or None) and the vocabulary ``words``."""

    token: Token
    obj: Token | None
    words: ClaimWords


NO_ACT: Final = "no act"
# What a rule says of a verb: nothing (None, the next rule is asked), that the verb names
# no act (NO_ACT), or the verb's frame.
Verdict = Frame | Literal["no act"] | None
VerbRule = Callable[[VerbSite], Verdict]
ObjectRule = Callable[[VerbSite], "Token | None"]

VERB_RULES: Final = Registry[VerbRule]("verb rules")
OBJECT_RULES: Final = Registry[ObjectRule]("object rules")


def verb_rule(name: str) -> Callable[[VerbRule], VerbRule]:
    """Register a verb rule under ``name``; rules run in registration order.

    Raises ValueError when ``name`` is taken."""
    return VERB_RULES.rule(name)


def object_rule(name: str) -> Callable[[ObjectRule], ObjectRule]:
    """Register an object rule under ``name``: it returns the token that stands for the
    object instead (None: leave it). Rules run in registration order, each on the object
    the one before left. Raises ValueError when ``name`` is taken."""
    return OBJECT_RULES.rule(name)


@verb_rule("preposition")
def preposition(site: VerbSite) -> Verdict:
    """A verb parsed as a preposition ("regarding the decision", "concerning the plan"):
    no act."""
    return NO_ACT if site.token.dep_ == "prep" else None


@verb_rule("participle")
def participle(site: VerbSite) -> Verdict:
    """A participle describing a noun ("the proposed sanctions", "damaged relations", "the
    sanctions **imposed** by the EU") names no act anyone takes in the sentence."""
    token = site.token
    if token.dep_ == "amod" or (token.dep_ == "acl" and token.tag_ == "VBN"):
        return NO_ACT
    return None


@verb_rule("becoming")
def becoming(site: VerbSite) -> Verdict:
    """The frame of becoming what a noun names: "to become NATO **members**", "become the
    194th **member** of the United Nations" is about membership (the noun is the act, its
    names the arguments)."""
    token, words = site.token, site.words
    if lemma(token) not in words.becoming_verbs:
        return None
    attr = next((c for c in token.children if c.dep_ in ("attr", "oprd")), None)
    if attr is None or attr.pos_ != "NOUN":
        return None
    arguments = arguments_of([token, attr], words)
    owner = owner_name(attr)
    if owner is not None:
        arguments.setdefault("about", phrase(owner))
    return Frame.at(token, lemma(attr), None, nominal=True, arguments=arguments)


@verb_rule("linking")
def linking(site: VerbSite) -> Verdict:
    """A copula of attitude ("Israel remained opposed to the initiative", "remains
    committed to") links
    the subject to its attitude; the act is the complement's. A state of a thing ("would
    remain closed") may be a course of action."""
    words = site.words
    if lemma(site.token) in words.copular_verbs and any(
        c.dep_ == "acomp" and (is_attitude_word(c, words) or c.lower_ in words.worry_adjectives)
        for c in site.token.children
    ):
        return NO_ACT
    return None


def joins_in(verb: Token) -> bool:
    """Whether a verb joins others in an act ("joining Turkey **in rejecting**"): the act
    is its subject's too."""
    return any(
        t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "in" for t in verb.subtree
    )


@verb_rule("joining")
def joining(site: VerbSite) -> Verdict:
    """Joining others in an act ("joining Turkey in rejecting the move"): the attitude is
    the act, joining none."""
    if lemma(site.token) in site.words.joining_verbs and joins_in(site.token):
        return NO_ACT
    return None


# Named entities that act: a harm or benefit they do is their act, not an effect.
_AGENT_ENTITIES: Final = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _agent_noun(subject: Token, words: ClaimWords) -> bool:
    """Whether a subject is a common noun naming those who act (``agent_nouns``: "the
    government", "the army", "our troops"), not a thing."""
    return subject.pos_ == "NOUN" and (
        lemma(subject) in words.agent_nouns or subject.lower_ in words.agent_nouns
    )


def effect_of_an_act(verb: Token, obj: Token | None, words: ClaimWords) -> bool:
    """Whether a verb tells an effect rather than names an act: a harm on a common good
    always ("would undermine the talks"); a harm whose subject is an act or a thing rather
    than an actor ("using the assets would undermine the euro", "the sanctions hurt
    farmers"); a benefit whose subject is an act ("using them would strengthen Ukraine"),
    or a thing when the benefit is to a common good ("the pact would strengthen security";
    not "we will strengthen security"). A predicted effect is no course of action its
    speaker takes a position on."""
    word = lemma(verb)
    if word not in words.harm_verbs and word not in words.benefit_verbs:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None and verb.dep_ == "conj":
        # "the launch would threaten security **and violate** the resolutions"
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is not None and _agent_noun(subject, words):
        # "The government will not violate the ceasefire": those who act, acting.
        return False
    if word in words.harm_verbs and obj is not None and lemma(obj) in words.goods_nouns:
        return True
    if subject is None:
        return False
    if subject.dep_ == "csubj" or subject.tag_ == "VBG":
        return True
    thing = subject.pos_ == "NOUN" and subject.ent_type_ not in _AGENT_ENTITIES
    if word in words.benefit_verbs:
        # "the snapback would restore sanctions" may name the act proposed: a benefit
        # said of a thing is an effect only on a common good.
        return thing and obj is not None and lemma(obj) in words.goods_nouns
    return thing


@verb_rule("consequence")
def consequence(site: VerbSite) -> Verdict:
    """An effect ("sending troops would destabilise the region") judges the act in the
    subject (:func:`effect_of_an_act`); it is no act anyone proposes."""
    return NO_ACT if effect_of_an_act(site.token, site.obj, site.words) else None


@verb_rule("attitude")
def attitude(site: VerbSite) -> Verdict:
    """An attitude verb governing a clause or a common noun ("refused to send troops",
    "condemned the strikes") names no act of its own; one whose object is a name ("we
    support Ukraine") does."""
    if not is_attitude_word(site.token, site.words):
        return None
    governs_clause = any(c.dep_ in _CLAUSES for c in site.token.children)
    # (An exit blend is a name to the parser but an act: "rejected a Grexit".)
    names_someone = (
        site.obj is not None
        and site.obj.pos_ == "PROPN"
        and site.obj.lower_ not in site.words.exit_blend_nouns
    )
    return NO_ACT if governs_clause or not names_someone else None


@verb_rule("perception-report")
def perception_report(site: VerbSite) -> Verdict:
    """Perceiving or reporting (``perception_verbs``, ``report_verbs``) is no act the
    sentence is about."""
    word = lemma(site.token)
    if word in site.words.perception_verbs or word in site.words.report_verbs:
        return NO_ACT
    return None


@verb_rule("fear")
def fear(site: VerbSite) -> Verdict:
    """A fear ("they fear the expansion will deny them a state", "fear reprisals"): no act
    of its holder."""
    return NO_ACT if lemma(site.token) in site.words.worry_verbs else None


@verb_rule("worry-adjective")
def worry_adjective(site: VerbSite) -> Verdict:
    """A worry adjective ("Korea is concerned over the decision"; the "against" polarity
    rule): no act."""
    return NO_ACT if site.token.lower_ in site.words.worry_adjectives else None


@verb_rule("giving-up-attitude")
def giving_up_attitude(site: VerbSite) -> Verdict:
    """Giving an attitude up ("dropped its opposition", "withdrew its objection") is read
    for what it was on (:mod:`cablegram.claims.giving_up`), not as an act of its own.
    Ending an act ("lift the embargo", "lifted its veto") stays one."""
    obj, words = site.obj, site.words
    if (
        obj is not None
        and lemma(site.token) in words.giving_up_verbs
        and lemma(obj) in (words.support_nouns | words.against_nouns) - words.act_nouns
    ):
        return NO_ACT
    return None


@verb_rule("light-verb")
def light_verb(site: VerbSite) -> Verdict:
    """A light verb on an attitude noun ("expressed a desire to join", "made an offer to
    send"): the attitude's act is the frame, not the expressing."""
    obj, words = site.obj, site.words
    if (
        obj is not None
        and lemma(site.token) in words.light_verbs
        and lemma(obj) in words.support_nouns | words.against_nouns | words.worry_nouns
    ):
        return NO_ACT
    return None


@object_rule("standing")
def standing(site: VerbSite) -> Token | None:
    """A standing noun gives way to its owner's name ("recognised Kosovo's independence" is
    recognising Kosovo)."""
    if site.obj is not None and lemma(site.obj) in site.words.standing_nouns:
        return owner_name(site.obj)
    return None


@object_rule("setting")
def setting(site: VerbSite) -> Token | None:
    """A setting noun gives way to the act it sets out ("signed the terms of the truce" is
    signing the truce; :mod:`cablegram.claims.settings`)."""
    if site.obj is not None and is_setting(site.obj, site.words):
        return set_act(site.obj, site.words)
    return None
