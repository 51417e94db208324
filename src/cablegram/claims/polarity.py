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
from typing import TYPE_CHECKING, Final

from cablegram.claims import aside as _aside  # noqa: F401  (registers its rules first)
from cablegram.claims import ceasing as _ceasing  # noqa: F401  (registers the rule)
from cablegram.claims import giving_up as _giving_up  # noqa: F401  (registers its rule)
from cablegram.claims import keeping as _keeping  # noqa: F401  (registers the rule)
from cablegram.claims import nobody as _nobody  # noqa: F401  (registers the rule)
from cablegram.claims import rules as _rules  # noqa: F401  (registers the rules)
from cablegram.claims import votes as _votes  # noqa: F401  (registers its rule)
from cablegram.claims.aside import others_attitude
from cablegram.claims.contents import clause_noun
from cablegram.claims.expletive import put_off_subject
from cablegram.claims.idioms import idiom_act
from cablegram.claims.lexicon import ClaimWords, claim_words
from cablegram.claims.ownership import narrated_time
from cablegram.claims.rules import subject
from cablegram.claims.steps import (
    OWN_VERB_RULES,
    RULES,
    Modality,
    Polarity,
    Reading,
    Step,
    polarity_rule,
)
from cablegram.claims.tokens import (
    agent_of_noun,
    attitude_complement,
    is_attitude_word,
    lemma,
    name_in,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["RULES", "Modality", "Polarity", "Reading", "Step", "polarity_rule", "read_polarity"]


def _denies(tokens: Iterable[Token], words: ClaimWords) -> bool:
    tokens = list(tokens)
    for i, t in enumerate(tokens):
        if t.lower_ in words.denial_words or lemma(t) in words.denial_words:
            return True
        if t.lower_ == "true" and i > 0 and tokens[i - 1].lower_ in ("not", "n't"):
            return True
    return False


def _own_clause(node: Token) -> bool:
    """Whether the token heads a clause of its own that its head's negation and attitude
    do not reach: an adverbial clause ("will not stand idly by, announcing sanctions"), a
    parenthetical, or a coordinated clause with its own subject ("..., but we will not")."""
    if node.dep_ == "advcl" and (attitude_complement(node) or put_off_subject(node)):
        # "ruled out sending troops"; "it would be unfair for them to hold a vote".
        return False
    if node.dep_ in ("advcl", "parataxis"):
        return True
    if node.dep_ == "ccomp" and node.i < node.head.i:
        # "We have to understand this: X cannot be ...": a clause before a colon or a
        # semicolon that the parser hangs on the next one is a sentence of its own.
        between = node.doc[node.right_edge.i + 1 : node.head.i]
        if any(t.text in (":", ";") for t in between):
            return True
    return node.dep_ == "conj" and subject(node) is not None


def _shares_head_subject(node: Token) -> bool:
    """Whether a token heads a participle's clause with no subject of its own hanging on
    a verb ("..., killing 10 people"): its doer is that verb's subject."""
    return (
        node.dep_ == "advcl"
        and node.tag_ == "VBG"
        and node.head.pos_ in ("VERB", "AUX")
        and subject(node) is None
    )


def _own_agent(agent: Token, own: Callable[[Token], bool]) -> bool:
    """Whether the doer a "by" phrase names is the actor's own side. A bare common noun
    there ("an attempt **by the opposition** to topple the government") names someone who
    acts, not the speaker: another's, unless a name in it is the speaker's own ("a move by
    the Ukrainian authorities" said by Ukraine)."""
    if agent.pos_ == "NOUN" and name_in(agent) is None:
        return False
    return own(agent)


def _relative_pronoun(head: Token) -> bool:
    """Whether a frame's head is a relative pronoun ("the reform, **which** Italy
    criticised"; :mod:`cablegram.claims.antecedents`)."""
    return head.lower_ in ("which", "that") and head.head.i > head.i


# Relative pronouns that stand for the noun a clause describes as the clause's subject.
_RELATIVE_SUBJECTS: Final = frozenset({"who", "that", "which"})


def _held_by_described(node: Token) -> bool:
    """Whether ``node`` heads a relative clause whose subject is its relative pronoun
    ("Voters **who** backed Brexit"): the noun described holds the clause's attitude."""
    return node.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_SUBJECTS for c in node.children
    )


def _judges_subject(came_from: Token | None, node: Token, against_at: set[int]) -> bool:
    """Whether the judgement found at ``node`` is said of its subject, reached from below,
    in whose phrase an attitude against was read ("France's **rejection** of the deal
    **was** a mistake", "the decision **to reject** the deal was wrong")."""
    if came_from is None or came_from.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if came_from.head.i != node.i:
        return False
    lo, hi = came_from.left_edge.i, came_from.right_edge.i
    return any(lo <= i <= hi for i in against_at)


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
    came_from: Token | None = None
    # Against-steps taken at a noun that a judgement above is said of ("France's
    # **rejection** of the deal was a mistake"): the judgement is of the rejection.
    against_at: set[int] = set()
    judged_against = 0
    seen: set[int] = set()
    at_cue = cue_denial = by_agent = False
    # A fixed phrase's parsed subject is the one the act is done to ("diplomats persona
    # non grata"), not the one who does it.
    idiom = idiom_act(head, words) is not None
    while node.i not in seen:
        seen.add(node.i)
        subj = subject(node)
        agent = agent_of_noun(node) if subj is None else None
        if idiom and node.i == head.i:
            subj = None
        if own is not None and subj is not None and subj.i != head.i and not own(subj):
            # Another's act, until the actor's own attitude governs it.
            foreign, owner = True, node.i
        elif own is not None and (other := others_attitude(node, head, words)) is not None:
            # "In response to Sturgeon's hope for another referendum, May said ...": another's
            # attitude noun, read for the speaker only under the speaker's own attitude.
            if not own(other):
                foreign, owner = True, node.i
        elif own is not None and agent is not None and not _own_agent(agent, own):
            # "an attempt **by the U.S.** to maintain its domination": another's act named
            # as a noun; only an attitude the actor takes above it reads it (not the cue
            # alone: "called the move an attempt by the U.S. to ...").
            foreign, owner, by_agent = True, node.i, True
        for name, rule in RULES.items():
            if (via_conj and name in OWN_VERB_RULES) or (at_cue and name == "account"):
                continue
            step = rule(node, head, words)
            if step is None:
                continue
            if step.void:
                return None
            if step.drop:
                dropped = dropped or step
                continue
            if step.modality is not None:
                if mood == "asserted" or step.modality == "hypothetical":
                    mood = step.modality
                cues.append(step.cue)
                continue
            cues.append(step.cue)
            if foreign and step.attitude and (node.i != owner or step.cue.startswith("judged")):
                # The attitude of one above the other's act, or a judgement said of the
                # other's act ("Finland's decision to join was **a mistake**"): the
                # speaker's position on it.
                foreign = False
            if step.cue.startswith("judged"):
                judged += 1
                if _judges_subject(came_from, node, against_at):
                    judged_against += 1
            elif step.cue.startswith("against"):
                against_steps += 1
                flips += 1
                against_at.add(node.i)
            else:
                flips += step.flip
            attitude = attitude or step.attitude
        noun = clause_noun(node, words)
        if noun is not None and not at_cue and not is_top(node):
            # "would not approve their bids to join NATO": the clause is the noun's.
            node, via_conj = noun, False
            continue
        if at_cue and lemma(node) in words.denial_words:
            # "Britain **denied** reports that it was preparing sanctions".
            cue_denial = True
        if own is not None and not foreign and _shares_head_subject(node):
            # "the missile hit the hospital, **killing** 10": a participle's clause shares
            # the subject of the clause it hangs on; another's there, the act is theirs
            # (the "shared subject" rule).
            shared = subject(node.head)
            if shared is not None and shared.i != head.i and not own(shared):
                foreign, owner = True, node.i
        if own is not None and not at_cue and narrated_time(node):
            # "died since Russia began its blockade": a clause that dates a past act tells
            # what happened; it is no position of the speaker (the "narrated time" rule).
            return None
        if at_cue or node.head.i == node.i or _own_clause(node):
            break
        if node.dep_ == "relcl" and _relative_pronoun(head) and not is_top(node):
            # "Spain praised the reform, **which** Italy criticised": the relative clause's
            # attitude is its own subject's; the walk from its pronoun does not leave it
            # (the attitude above is to the noun, read at the noun).
            return None
        if attitude and _held_by_described(node) and not is_top(node):
            # "Voters **who backed** Brexit rejected the warnings": an attitude inside a
            # clause describing a noun is the noun's referent's, and it has been read; the
            # verb above the noun takes a side on its own object ("the warnings"), not on
            # what the clause's attitude governs (the "relative attitude" rule). A clause
            # with no relative subject ("there is no reason **to block** the sanctions")
            # describes no holder: the walk goes on. Where the noun is no subject of the
            # actor's own ("would not supply countries **that support** the cap"), the
            # attitude is another's: no claim for the actor; nor where the noun is a
            # passive subject ("countries **that backed** the ban were criticised by
            # Russia"): the one acted on, whose attitude is not the doer's.
            described = node.head
            if described.dep_ != "nsubj" or (own is not None and not own(described)):
                return None
            break
        if foreign and node.dep_ == "relcl":
            # "the sanctions **that Russia imposed** must be lifted": another's act in a
            # clause describing a noun; the attitude above is to the noun, not to the act,
            # so the act itself gets no claim ("condemned the sanctions that Russia
            # imposed" neither supports nor opposes imposing).
            return None
        if is_top(node):
            if not (read_cue and is_attitude_word(node.head, words)):
                break
            # The cue is read as one more step, then the walk ends.
            at_cue, via_conj = True, False
            node = node.head
            continue
        # Reached from a coordinated verb ("opposes sanctions and won't send weapons"):
        # the verb above shares its subject, not its attitude toward its own object.
        via_conj = node.dep_ == "conj" and node.pos_ in ("VERB", "AUX")
        came_from, node = node, node.head
    if foreign and (by_agent or not attitude_at_top):
        return None
    if dropped is not None:
        if not (cue_denial or _denies(scope, words)):
            return None
        cues.append(f"{dropped.cue}, denied")
        return Reading("oppose", mood, tuple(cues), attitude=True, denial=True)
    # A judgement ("unjustifiable") and an attitude against ("condemned") say one thing
    # twice: "condemned as unjustifiable the reinstatement" opposes it once.
    if not against_steps:
        flips += judged
    else:
        # "France's rejection of the deal was **a mistake**": a judgement of the attitude
        # against, not the same attitude said twice; it turns the rejection back.
        flips += judged_against
    polarity: Polarity = "oppose" if flips % 2 else "support"
    return Reading(polarity, mood, tuple(cues), attitude)
