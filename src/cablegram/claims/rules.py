"""The polarity rules, each ``(token, frame_head, words) -> Step | None``, registered in the
order they run at each token of the walk (:func:`cablegram.claims.steps.polarity_rule`).
A newcomer adds a shape by writing one rule here and its test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.conditions import CONDITION_CLAUSES, condition_mark
from cablegram.claims.effects import act_said_of, others_good
from cablegram.claims.judgements import judged_against
from cablegram.claims.lexicon import ClaimWords
from cablegram.claims.steps import Step, polarity_rule
from cablegram.claims.tokens import (
    excluded_by,
    is_attitude_word,
    judgement,
    lemma,
    named_object,
    naming_judgement,
    predicate_name,
    stranded_noun,
)
from cablegram.claims.votes import purpose_of_veto
from cablegram.claims.worry import stranded_worry, worried_about, worried_holder

if TYPE_CHECKING:
    from spacy.tokens import Token

_FIRST_PERSON: Final = frozenset({"i", "we", "me", "us", "my", "our"})


_NO_MORE: Final = frozenset({"longer", "more"})


def negator(child: Token, words: ClaimWords) -> bool:
    """A word that negates its head: "not", "never", "no plans", and "no longer" / "no
    more", where the "no" hangs on "longer"."""
    if child.dep_ == "neg":
        return True
    if child.dep_ == "advmod" and child.lower_ in _NO_MORE:
        return any(c.lower_ == "no" for c in child.children)
    return child.dep_ in ("det", "advmod", "preconj") and child.lower_ in words.negators


@polarity_rule("negation")
def negation(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A negation hanging on the token: "not send", "no plans to", "never".

    On the frame's head, a "no" on its object counts too ("send no troops").
    """
    holders = [token]
    if token.i == head.i:
        holders += [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    for holder in holders:
        for child in holder.children:
            if negator(child, words):
                return Step(f'negation "{child.text}" on "{holder.text}"', flip=True, attitude=True)
    return None


@polarity_rule("against")
def against(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """An attitude against what the token governs: a verb ("refuse", "rule out"), a noun
    ("opposition"), "against", or an adjective judging it ("unjustifiable")."""
    judge = judged_against(token, words)
    if token.i != head.i:
        word = lemma(token)
        if token.pos_ == "VERB" and (
            word in words.against_verbs or predicate_name(token) in words.against_phrasal
        ):
            return Step(f'against: "{token.text}"', flip=True, attitude=True)
        if token.pos_ == "NOUN" and word in words.breach_nouns and _broken_rule(token, head):
            # "a violation of a U.N. ban": the ban is what is broken, not what is opposed.
            return Step(f'rule broken "{token.text}"', void=True)
        if token.pos_ == "NOUN" and word in words.against_nouns:
            if purpose_of_veto(token, head, words):
                return None  # "its veto to halt the draft": read once, at "halt".
            return Step(f'against: "{token.text}"', flip=True, attitude=True)
        if token.pos_ == "NOUN" and word in words.worry_nouns and worried_about(token, head, words):
            return Step(f'against: "{token.text}"', flip=True, attitude=True)
        if worried_holder(token, head, words):
            return Step(f'against: "{token.text}"', flip=True, attitude=True)
        worry = stranded_worry(token, head, words) if token.pos_ == "VERB" else None
        if worry is not None:
            return Step(f'against: "{worry.text}"', flip=True, attitude=True)
        if token.pos_ == "ADJ" and word in words.against_adjectives:
            # "Berlin is reluctant to send troops": the adjective governs the act.
            return Step(f'against: "{token.text}"', flip=True, attitude=True)
        if token.pos_ == "ADP" and word == "against":
            above = token.head
            if lemma(above) in words.against_verbs | words.against_nouns:
                # "veto against more money", "protest against the war": one attitude
                # said twice, read once (at the word above).
                return None
            return Step('against: "against"', flip=True, attitude=True)
        stranded = stranded_noun(token, words) if token.pos_ == "ADP" else None
        if stranded is not None and lemma(stranded) in words.against_nouns:
            return Step(f'against: "{stranded.text}"', flip=True, attitude=True)
    # (A judgement the frame sits inside, or the noun it judges, was already met on the
    # way up.)
    if judge is None:
        return None
    judged = judge.head if judge.dep_ == "amod" and judge.head.i != token.i else judge
    if not judged.left_edge.i <= head.i <= judged.right_edge.i:
        return Step(f'judged "{judge.text}"', flip=True, attitude=True)
    return None


def _broken_rule(noun: Token, head: Token) -> bool:
    """Whether the frame is in the noun's "of" phrase: the rule a breach breaks."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and c.left_edge.i <= head.i <= c.right_edge.i
        for c in noun.children
    )


@polarity_rule("grievance")
def grievance(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """What an act against someone is over: "launched legal action **against** the EU
    **over** its decision to ban imports", "filed a complaint against Kyiv over the
    blockade". (A verb against what it governs, "criticised the EU over", flips anyway.)"""
    if token.i == head.i or token.pos_ != "ADP" or token.lower_ not in words.grievance_preps:
        return None
    above = token.head
    holders = [above, *(c for c in above.children if c.dep_ in ("dobj", "obj"))]
    if any(c.dep_ == "prep" and c.lower_ == "against" for h in holders for c in h.children):
        return Step(f'against: "against ... {token.text}"', flip=True, attitude=True)
    return None


@polarity_rule("leaving")
def leaving(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """Leaving what governs the frame: "withdrew **from** NATO's programme for providing
    lethal aid", "pulled out **of** the deal to ...", "quit the coalition". (Withdrawing
    troops from a place is an act of its own: there the frame is the verb itself.)"""
    if token.i == head.i or token.pos_ != "VERB" or lemma(token) not in words.leaving_verbs:
        return None
    if (
        any(
            c.dep_ in ("dobj", "obj") and c.lower_ not in ("itself", "themselves")
            for c in token.children
        )
        and lemma(token) not in words.leaving_transitive
    ):
        return None
    # "withdrew from the programme for providing aid": the parser may hang the "for" on the
    # verb; one does not withdraw *for* something, so it belongs to what is left.
    leaves_a_thing = any(
        c.dep_ == "prep"
        and c.lower_ in ("from", "of", "out")
        and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.subtree)
        for c in token.children
    )
    for child in token.children:
        left = child.dep_ in ("dobj", "obj") and lemma(token) in words.leaving_transitive
        left = left or (child.dep_ == "prep" and child.lower_ in ("from", "of", "out"))
        left = left or (child.dep_ == "prep" and child.lower_ == "for" and leaves_a_thing)
        if left and child.left_edge.i <= head.i <= child.right_edge.i:
            return Step(f'against: "{token.text} {child.text}"', flip=True, attitude=True)
    return None


@polarity_rule("off_the_agenda")
def off_the_agenda(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """Its subject put off the agenda: "sanctions are **off** the table", "sending troops is
    **out** of the question". ("Cannot be **on** the agenda" is the negation's flip.)"""
    if token.i == head.i:
        return None
    prep = excluded_by(token, words)
    if prep is None or prep.lower_ not in words.excluding_preps:
        return None
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if not any(s.left_edge.i <= head.i <= s.right_edge.i for s in subjects):
        return None
    phrase = " ".join(t.text for t in prep.subtree)
    return Step(f'against: "{phrase}"', flip=True, attitude=True)


@polarity_rule("named_as")
def named_as(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A verb of naming that judges what it names: "described the sanctions **as
    counterproductive**", "labelled the plan as unacceptable" oppose; "hailed the decision
    as courageous" supports. (A complement without "as", "called the tariffs unfair", is
    the "against" rule's judgement; here it only marks the attitude.)"""
    if token.i == head.i:
        return None
    if lemma(token) not in words.naming_verbs:
        return None
    judge = naming_judgement(token, words)
    named = named_object(token)
    if named is None or not named.left_edge.i <= head.i <= named.right_edge.i:
        return None
    if judge is None:
        # "views the extension of sanctions as an unfriendly act": named as something the
        # vocabulary cannot read, no position either way.
        said = unread_naming(token)
        return Step(f'unread judgement "{said.text}"', void=True) if said is not None else None
    if judge.left_edge.i <= head.i <= judge.right_edge.i:
        return None
    direct = judge.head.i == token.i
    if judgement(judge, words) == "against" and not direct:
        return Step(f'judged "{judge.text}"', flip=True, attitude=True)
    if judgement(judge, words) == "support":
        return Step(f'for: "{judge.text}"', attitude=True)
    return None


def unread_naming(verb: Token) -> Token | None:
    """What a verb of naming says its object is, by "as" or a complement ("views the deal
    **as an unfriendly act**"), when it says anything; None otherwise."""
    for child in verb.children:
        if child.dep_ in ("oprd", "xcomp") or (child.dep_ == "prep" and child.lower_ == "as"):
            return child
    return None


@polarity_rule("unjudged")
def unjudged(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A frame in the subject of a judgement the vocabulary cannot read: in "the decision to
    open talks was a **politicised** one" or "sending troops would be **premature**" the
    judgement decides the speaker's position, so a word it does not know ("politicised"
    before it was listed, "a step too far") leaves no claim rather than the support that
    "decision" alone would give. A known judgement is the "against" or "support" rule's."""
    if token.i == head.i or lemma(token) not in words.copulas:
        return None
    said_of = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    if said_of is None or not said_of.left_edge.i <= head.i <= said_of.right_edge.i:
        return None
    complements = [c for c in token.children if c.dep_ in ("acomp", "attr", "oprd")]
    if not complements:
        return None
    for complement in complements:
        if judgement(complement, words) is not None or lemma(complement) in words.attitude_words:
            return None
        if lemma(complement) in words.agent_adjectives:
            return None
    return Step(f'unread judgement "{complements[0].text}"', void=True)


@polarity_rule("consequence")
def consequence(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A frame in the subject of a verb that tells what it does. An effect on a common good
    (``harm_verbs``/``benefit_verbs`` on ``goods_nouns``) judges the act: "sending troops
    **would destabilise the region**" opposes sending them, "the pact **would strengthen
    security**" supports it; not a denied effect ("would **not** destabilise"), the effect
    of failing to act, or one on another's good (:mod:`cablegram.claims.effects`). Any
    other effect ("the sanctions **hurt** farmers") the
    vocabulary does not read: no claim rather than the support a bare assertion gives. (An
    attitude verb, "the plan was approved", is read as such.)"""
    if token.i == head.i or token.pos_ != "VERB" or lemma(token) in words.copulas:
        return None
    if is_attitude_word(token, words) or lemma(token) in words.report_verbs:
        return None
    said_of = next((c for c in token.children if c.dep_ in ("nsubj", "csubj")), None)
    if said_of is None or not said_of.left_edge.i <= head.i <= said_of.right_edge.i:
        return None
    affected = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    judges = (
        affected is not None
        and lemma(affected) in words.goods_nouns
        and not any(negator(c, words) for c in token.children)
        and act_said_of(said_of, head, words)
        and not others_good(affected, token, words)
    )
    if judges and affected is not None:
        if lemma(token) in words.harm_verbs:
            return Step(f'against: effect "{token.text} {affected.text}"', flip=True, attitude=True)
        if lemma(token) in words.benefit_verbs:
            return Step(f'for: effect "{token.text} {affected.text}"', attitude=True)
    return Step(f'effect "{token.text}"', void=True)


@polarity_rule("support")
def support(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """An attitude for what the token governs ("call for", "urge", "welcome"): no flip."""
    if token.i == head.i:
        return None
    word = lemma(token)
    if word in words.naming_verbs and any(c.dep_ == "oprd" for c in token.children):
        # "called the move **an attempt** by the U.S. to ...": naming, not calling for.
        return None
    if word in words.support_verbs | words.support_nouns | words.support_adjectives:
        return Step(f'for: "{token.text}"', attitude=True)
    return None


def subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def first_person(token: Token | None) -> bool:
    return token is not None and token.lower_ in _FIRST_PERSON


def _shares_subject(token: Token) -> bool:
    """A participle hanging on another verb with no subject of its own ("..., saying")."""
    return token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "conj")


@polarity_rule("account")
def account(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """Someone else's account ("I read that", "some say") or demand ("pressing us to")."""
    if token.i == head.i:
        return None
    word = lemma(token)
    if naming_judgement(token, words) is not None:
        # "sees the deal as a mistake": a judgement, not an account.
        return None
    if word in words.perception_verbs:
        return Step(f'account: "{token.text}"', drop=True)
    who = subject(token)
    if word in words.report_verbs and who is None and _shares_subject(token):
        # "criticised the EU, **saying** the decision was politicised": the participle
        # says what the clause's own subject says, it reports no one else.
        return None
    if word in words.report_verbs and not first_person(who):
        return Step(f'account: "{token.text}"', drop=True)
    objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    if any(first_person(o) for o in objects) and who is not None:
        if not first_person(who):
            return Step(f'demand on the speaker: "{token.text}"', drop=True)
    return None


@polarity_rule("modality")
def modality(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """Future ("will") or hypothetical ("would", "if") auxiliaries and markers."""
    # The negation may sit on the subject: "**no** timetables should be discussed".
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    negated = any(negator(c, words) for t in [token, *subjects] for c in t.children)
    for child in token.children:
        if child.dep_ not in ("aux", "mark", "auxpass"):
            continue
        word = child.lower_
        if negated and word in words.excluding_modals:
            # "cannot be on the agenda", "should not be discussed": a modal of exclusion,
            # a position stated outright, not a hypothesis.
            continue
        if word in words.deontic_words:
            if _predicted(token):
                # "should be signed next week", "unclear whether Europe should send
                # troops": an expectation or an open question, not what ought to be.
                return Step(f'modal "{child.lower_}"', modality="hypothetical")
            # "the deal should be extended": what the speaker says ought to be done.
            return Step(f'ought "{child.lower_}"', attitude=True)
        if word in words.hypothetical_words:
            return Step(f'modal "{child.lower_}"', modality="hypothetical")
        if word in words.future_words:
            return Step(f'modal "{child.text}"', modality="future")
    return None


_TIMES: Final = frozenset({"DATE", "TIME"})


def _predicted(verb: Token) -> bool:
    """Whether a modal verb is dated ("next week", "on Monday") or asked ("whether")."""
    for child in verb.children:
        if child.dep_ == "mark" and child.lower_ in ("whether", "if"):
            return True
        if child.ent_type_ in _TIMES and child.dep_ in ("npadvmod", "tmod", "obl"):
            return True
        if child.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.ent_type_ in _TIMES for p in child.children
        ):
            return True
    return False


@polarity_rule("condition")
def condition(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """A condition on the token's clause: "will only agree to extend the deal **if** its
    conditions are met", "would not block the ban **as long as** it is exempted". Accepting
    (or refusing) on a condition states no position yet: the claim is hypothetical. What the
    condition itself names ("if its conditions are met", "the pound could fall if Britain
    votes to leave", "if we don't vote to leave, ...") is no position of anyone: the frame
    is dropped (read as one, it gave the clause's subject the position, or its opposite)."""
    # The condition's own clause, then a condition on the token: hung on it, or on the
    # "long" of "as long as" ("would not block the ban as long as ...").
    clauses = [token, *token.children]
    clauses += [g for c in token.children if c.dep_ == "advmod" for g in c.children]
    for clause in clauses:
        if clause.i != token.i and clause.dep_ not in CONDITION_CLAUSES:
            continue
        mark = condition_mark(clause, words)
        if mark is not None and clause.i == token.i:
            return Step(f'named by a condition "{mark}"', drop=True)
        if mark is not None:
            return Step(f'condition "{mark}"', modality="hypothetical")
    return None
