"""Which way a frame points for the one who said it: support or oppose, and how surely.

The reading walks the parse from the frame's head up to the top of the utterance (the
statement's own words, or the event's clause below any verb of saying). At each token on
the way, the rules in :data:`RULES` may:

- *flip* the polarity: a negation the token governs ("will **not** bow to calls for a
  truce"), an attitude against what it governs ("**refused** to send", "**condemned**
  the reinstatement", "**opposition** to", "voted **against**", "is **counterproductive**");
- *drop* the frame: it is someone else's account ("I **read** that we were sending
  troops", "some **say** we should"), unless the utterance denies it ("That's false"),
  which then opposes it; or someone else's demand on the speaker ("they are pressing
  **us** to go for a ceasefire");
- set the *modality*: future ("will"), hypothetical ("would", "if").

A negation is scoped to the token it hangs on: "The UK will not stand idly by" negates
"stand", not the sanctions announced in the next clause. Support attitudes (call for,
urge, welcome, back, announce, carry out) leave the polarity as it is and are noted as cues.

A newcomer adds a shape by writing one rule ``(token, frame_head, words) -> Step | None``
and registering it with :func:`polarity_rule`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from cablegram.claims.frames import excluded_by, lemma, predicate_name, stranded_noun
from cablegram.claims.lexicon import ClaimWords, claim_words

if TYPE_CHECKING:
    from spacy.tokens import Token

Polarity = Literal["support", "oppose"]
Modality = Literal["asserted", "future", "hypothetical"]
_FIRST_PERSON: Final = frozenset({"i", "we", "me", "us", "my", "our"})
_JUDGED_BY: Final = frozenset({"acomp", "attr", "oprd", "advcl", "xcomp", "amod"})


@dataclass(frozen=True, slots=True)
class Step:
    """What one rule makes of one token: a flip, a drop, a modality, with its cue."""

    cue: str
    flip: bool = False
    drop: bool = False
    modality: Modality | None = None
    attitude: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    """A frame's polarity for its actor, with the cues that decided it.

    ``attitude``: an explicit attitude word or negation took part (stronger evidence
    than a bare assertion); ``denial``: the frame is a report the speaker denies.
    """

    polarity: Polarity
    modality: Modality
    cues: tuple[str, ...]
    attitude: bool
    denial: bool = False


Rule = Callable[["Token", "Token", ClaimWords], "Step | None"]
# Rules about a verb's own attitude toward what it governs; they do not reach a verb
# coordinated with it. (A negation, a modal or a subject's ownership does.)
_OWN_VERB_RULES: Final = frozenset({"against", "support", "account", "off_the_agenda", "leaving"})
RULES: dict[str, Rule] = {}


def polarity_rule(name: str) -> Callable[[Rule], Rule]:
    """Register a rule under ``name``; rules run in registration order at each token."""

    def register(rule: Rule) -> Rule:
        RULES[name] = rule
        return rule

    return register


def _negator(child: Token, words: ClaimWords) -> bool:
    if child.dep_ == "neg":
        return True
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
            if _negator(child, words):
                return Step(f'negation "{child.text}" on "{holder.text}"', flip=True, attitude=True)
    return None


def _judged_against(token: Token, words: ClaimWords) -> Token | None:
    for child in token.children:
        if child.dep_ in _JUDGED_BY and lemma(child) in words.against_adjectives:
            return child
        if child.dep_ in ("attr", "oprd") and lemma(child) in words.against_nouns:
            return child
    return None


@polarity_rule("against")
def against(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """An attitude against what the token governs: a verb ("refuse", "rule out"), a noun
    ("opposition"), "against", or an adjective judging it ("unjustifiable")."""
    judge = _judged_against(token, words)
    if token.i != head.i:
        word = lemma(token)
        if token.pos_ == "VERB" and (
            word in words.against_verbs or predicate_name(token) in words.against_phrasal
        ):
            return Step(f'against: "{token.text}"', flip=True, attitude=True)
        if token.pos_ == "NOUN" and word in words.against_nouns:
            return Step(f'against: "{token.text}"', flip=True, attitude=True)
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
    if judge is not None and not judge.left_edge.i <= head.i <= judge.right_edge.i:
        # (A judgement the frame sits inside was already met on the way up.)
        return Step(f'judged "{judge.text}"', flip=True, attitude=True)
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


@polarity_rule("support")
def support(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """An attitude for what the token governs ("call for", "urge", "welcome"): no flip."""
    if token.i == head.i:
        return None
    word = lemma(token)
    if word in words.support_verbs | words.support_nouns | words.support_adjectives:
        return Step(f'for: "{token.text}"', attitude=True)
    return None


def _subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _first_person(token: Token | None) -> bool:
    return token is not None and token.lower_ in _FIRST_PERSON


@polarity_rule("account")
def account(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """Someone else's account ("I read that", "some say") or demand ("pressing us to")."""
    if token.i == head.i:
        return None
    word = lemma(token)
    if word in words.perception_verbs:
        return Step(f'account: "{token.text}"', drop=True)
    subject = _subject(token)
    if word in words.report_verbs and not _first_person(subject):
        return Step(f'account: "{token.text}"', drop=True)
    objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    if any(_first_person(o) for o in objects) and subject is not None:
        if not _first_person(subject):
            return Step(f'demand on the speaker: "{token.text}"', drop=True)
    return None


@polarity_rule("modality")
def modality(token: Token, head: Token, words: ClaimWords) -> Step | None:
    """Future ("will") or hypothetical ("would", "if") auxiliaries and markers."""
    # The negation may sit on the subject: "**no** timetables should be discussed".
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    negated = any(_negator(c, words) for t in [token, *subjects] for c in t.children)
    for child in token.children:
        if child.dep_ not in ("aux", "mark", "auxpass"):
            continue
        word = child.lower_
        if negated and word in words.excluding_modals:
            # "cannot be on the agenda", "should not be discussed": a modal of exclusion,
            # a position stated outright, not a hypothesis.
            continue
        if word in words.hypothetical_words:
            return Step(f'modal "{child.lower_}"', modality="hypothetical")
        if word in words.future_words:
            return Step(f'modal "{child.text}"', modality="future")
    return None


def _denies(tokens: Iterable[Token], words: ClaimWords) -> bool:
    tokens = list(tokens)
    for i, t in enumerate(tokens):
        if t.lower_ in words.denial_words or lemma(t) in words.denial_words:
            return True
        if t.lower_ == "true" and i > 0 and tokens[i - 1].lower_ in ("not", "n't"):
            return True
    return False


def _is_cue_attitude(cue: Token, words: ClaimWords) -> bool:
    return lemma(cue) in words.attitude_words or predicate_name(cue) in words.against_phrasal


def _own_clause(node: Token) -> bool:
    """Whether the token heads a clause of its own that its head's negation and attitude
    do not reach: an adverbial clause ("will not stand idly by, announcing sanctions"), a
    parenthetical, or a coordinated clause with its own subject ("..., but we will not")."""
    if node.dep_ in ("advcl", "parataxis"):
        return True
    if node.dep_ == "ccomp" and node.i < node.head.i:
        # "We have to understand this: X cannot be ...": a clause before a colon or a
        # semicolon that the parser hangs on the next one is a sentence of its own.
        between = node.doc[node.right_edge.i + 1 : node.head.i]
        if any(t.text in (":", ";") for t in between):
            return True
    return node.dep_ == "conj" and _subject(node) is not None


def read_polarity(
    head: Token,
    is_top: Callable[[Token], bool],
    scope: Iterable[Token],
    words: ClaimWords | None = None,
    *,
    own: Callable[[Token], bool] | None = None,
    attitude_at_top: bool = False,
    read_cue: bool = False,
) -> Reading | None:
    """The frame at ``head`` read for its actor, walking up until ``is_top`` is true.

    ``scope``: the utterance's tokens, searched for a denial when the frame is someone
    else's account. None when the frame is not the actor's position (an account not
    denied, a demand made on the speaker, or another's act).

    ``own``: whether a clause subject is the actor's own side
    (:func:`cablegram.claims.ownership.own_side`); a frame whose nearest named subject is
    another's is dropped unless the actor takes an attitude above it, or
    ``attitude_at_top`` (the statement's cue is one: "demanded that France withdraw").

    ``read_cue``: the word that introduces the utterance, just above the top, is read too
    when it is an attitude word: "Macron **rejected** a proposal to withdraw" (the statement
    being "a proposal to withdraw") opposes withdrawing. A cue of saying is not read.
    """
    words = words or claim_words()
    foreign = False
    owner = -1
    via_conj = False
    flips = judged = against_steps = 0
    cues: list[str] = []
    mood: Modality = "asserted"
    attitude = False
    dropped: Step | None = None
    node = head
    seen: set[int] = set()
    at_cue = False
    while node.i not in seen:
        seen.add(node.i)
        subject = _subject(node)
        if own is not None and subject is not None and subject.i != head.i and not own(subject):
            # Another's act, until the actor's own attitude governs it.
            foreign, owner = True, node.i
        for name, rule in RULES.items():
            if (via_conj and name in _OWN_VERB_RULES) or (at_cue and name == "account"):
                continue
            step = rule(node, head, words)
            if step is None:
                continue
            if step.drop:
                dropped = dropped or step
                continue
            if step.modality is not None:
                if mood == "asserted" or step.modality == "hypothetical":
                    mood = step.modality
                cues.append(step.cue)
                continue
            cues.append(step.cue)
            if foreign and node.i != owner and step.attitude:
                foreign = False
            if step.cue.startswith("judged"):
                judged += 1
            elif step.cue.startswith("against"):
                against_steps += 1
                flips += 1
            else:
                flips += step.flip
            attitude = attitude or step.attitude
        if at_cue or node.head.i == node.i or _own_clause(node):
            break
        if is_top(node):
            if not (read_cue and _is_cue_attitude(node.head, words)):
                break
            # The cue is read as one more step, then the walk ends.
            at_cue, via_conj = True, False
            node = node.head
            continue
        # Reached from a coordinated verb ("opposes sanctions and won't send weapons"):
        # the verb above shares its subject, not its attitude toward its own object.
        via_conj = node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")
        node = node.head
    if foreign and not attitude_at_top:
        return None
    if dropped is not None:
        if not _denies(scope, words):
            return None
        cues.append(f"{dropped.cue}, denied")
        return Reading("oppose", mood, tuple(cues), attitude=True, denial=True)
    # A judgement ("unjustifiable") and an attitude against ("condemned") say one thing
    # twice: "condemned as unjustifiable the reinstatement" opposes it once.
    if not against_steps:
        flips += judged
    polarity: Polarity = "oppose" if flips % 2 else "support"
    return Reading(polarity, mood, tuple(cues), attitude)
