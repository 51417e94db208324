"""Frames and their readings for one statement or one event, from the document's parse.

A statement's claims are the frames inside its own words (all its spans), each read up to
the top of those words; the attitudes those words name a holder for are read too. An
event's claims are read in :mod:`cablegram.claims.event_read`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from cablegram.claims.antecedents import referred, resolved_frames
from cablegram.claims.frames import Frame
from cablegram.claims.giving_up import given_up_by_subject
from cablegram.claims.holders import (
    Holder,
    attitude_holder,
    attitude_holders,
    holder_actor,
    path_above,
)
from cablegram.claims.lexicon import ClaimWords, claim_words
from cablegram.claims.ownership import OwnSide
from cablegram.claims.participles import participial_attitudes
from cablegram.claims.polarity import Polarity, Reading, read_polarity
from cablegram.claims.tokens import lemma
from cablegram.events.press import PRESS_WORDS
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Base confidence of a claim by where it was read from: a quotation says it in the actor's
# own words; reported speech is the writer's paraphrase; an event is the writer's account.
BASE_CONFIDENCE: Final = {"direct": 0.8, "mixed": 0.75, "indirect": 0.65, "event": 0.7}
MODALITY_WEIGHT: Final = {"asserted": 1.0, "reported": 0.9, "future": 0.9, "hypothetical": 0.6}
# A bare assertion ("we sent troops") is weaker evidence of a position than an attitude.
_NO_ATTITUDE: Final = 0.9
# Denying a report ("that's false") is a weaker sign of opposing it than refusing it.
_DENIAL: Final = 0.75
# A holder's attitude read from another's words or the writer's account ("a proposal from
# Niger's junta") is a little weaker than the holder's own words.
_HELD: Final = 0.9


@dataclass(frozen=True, slots=True)
class FoundClaim:
    """One frame with its reading and confidence (0 to 1)."""

    frame: Frame
    reading: Reading
    confidence: float


def tokens_in(doc: Doc, spans: Iterable[tuple[int, int]]) -> list[Token]:
    """The tokens of ``doc`` that lie inside the character spans."""
    out: list[Token] = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.extend(span)
    return out


_REASON_PREPS: Final = frozenset({"for", "over"})


def is_objects_act(head: Token, words: ClaimWords) -> bool:
    """Whether the frame is what someone was acted on FOR: in "declared 10 ambassadors persona
    non grata **for calling for the release** of Kavala" or "fined the firm for refusing to
    pay" the gerund after "for"/"over" is the act of the one expelled or fined (the verb's
    object), not a position of the verb's subject. A verb of attitude keeps its reading
    ("criticised Paris for sending troops", "thanked Berlin for sending troops") and so does
    an attitude noun ("support for sending troops"), since the attitude is its subject's."""
    node = head
    while node.head.i != node.i:
        prep = node.head
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and prep.lower_ in _REASON_PREPS:
            owner = prep.head
            acted_on = owner.dep_ in ("dobj", "obj") or any(
                c.dep_ in ("dobj", "obj") for c in owner.children
            )
            if acted_on and lemma(owner) not in words.attitude_words:
                return True
        node = node.head
    return False


def confidence(source: str, reading: Reading) -> float:
    """A claim's confidence from its source kind and how it was read."""
    value = BASE_CONFIDENCE.get(source, 0.6) * MODALITY_WEIGHT.get(reading.modality, 0.8)
    if not reading.attitude:
        value *= _NO_ATTITUDE
    if reading.denial:
        value *= _DENIAL
    return round(value, 2)


def _backshifted(reading: Reading) -> Reading:
    """Reported speech shifts "will" back to "would" ("Orban said Budapest would veto"):
    there a bare "would" is the speaker's future, not a hypothetical. An "if" or another
    condition ("as long as") keeps it."""
    modal_cues = [c for c in reading.cues if c.startswith(("modal", "condition"))]
    if reading.modality == "hypothetical" and modal_cues == ['modal "would"']:
        return replace(reading, modality="future")
    return reading


def cue_lemmas(tokens: Sequence[Token]) -> frozenset[str]:
    """The lemmas of the words that introduce an utterance's tokens, just above them."""
    inside = {t.i for t in tokens}
    return frozenset(lemma(t.head) for t in tokens if t.head.i not in inside)


def cue_is_attitude(tokens: Sequence[Token], words: ClaimWords | None = None) -> bool:
    """Whether the word that introduces an utterance's tokens, just above them, is an
    attitude ("**rejected** a proposal to", "**demanded** that France withdraw")."""
    words = words or claim_words()
    return bool(cue_lemmas(tokens) & words.attitude_words)


def cue_is_accusation(tokens: Sequence[Token], words: ClaimWords | None = None) -> bool:
    """Whether the utterance is what someone is accused of ("**accused** the navy of
    seizing boats", "**blamed** the militia for shelling"): the accused's act, not the
    speaker's position."""
    words = words or claim_words()
    return bool(cue_lemmas(tokens) & words.accusing_verbs)


def read_scope(
    tokens: Sequence[Token],
    source: str,
    words: ClaimWords | None = None,
    own: OwnSide | None = None,
) -> list[FoundClaim]:
    """The claims of one utterance: the frames among ``tokens``, read within them.

    ``own``: whether a clause subject is the speaker's side (see
    :mod:`cablegram.claims.ownership`); None reads every clause as the speaker's.
    """
    words = words or claim_words()
    inside = {t.i for t in tokens}

    def is_top(node: Token) -> bool:
        return node.head.i not in inside

    # The cue that introduces the words may itself be the speaker's attitude toward
    # another's act: "demanded that France withdraw", "urged Washington to".
    cue_attitude = cue_is_attitude(tokens, words)
    found: list[FoundClaim] = []
    for frame in resolved_frames(tokens, words):
        head = tokens[0].doc[frame.head]
        if is_objects_act(head, words):
            continue
        reading = read_polarity(
            head, is_top, tokens, words, own=own, attitude_at_top=cue_attitude, read_cue=True
        )
        if reading is None:
            reading = _own_attitude_noun(head, tokens, words)
        if reading is not None and source in ("indirect", "mixed"):
            reading = _backshifted(reading)
        if reading is not None:
            reading = referred(reading, frame)
            found.append(FoundClaim(frame, reading, confidence(source, reading)))
    return found


_POSSESSIVES: Final = frozenset({"my", "our", "its", "their", "his", "her"})


def _own_attitude_noun(head: Token, tokens: Sequence[Token], words: ClaimWords) -> Reading | None:
    """The speaker's own attitude noun above a frame that another's act governs: in "France
    was not adhering to **its request** that the troops depart" (the junta's words) the
    request is the junta's, whatever France does with it. Read up to the noun; None when
    there is no such noun."""
    held = attitude_holder(head, words)
    if held is None or held.holder.dep_ != "poss" or held.holder.lower_ not in _POSSESSIVES:
        return None
    if given_up_by_subject(held.word, words):
        # "Austria lifted **its** veto, diplomats said": the veto given up is the subject's
        # (:mod:`cablegram.claims.giving_up`), not the reporter's own attitude.
        return None
    top = held.top

    def is_top(node: Token) -> bool:
        return node.i == top.i

    return read_polarity(head, is_top, tokens, words)


def read_holders(
    tokens: Sequence[Token],
    source: str,
    words: ClaimWords | None = None,
    own: OwnSide | None = None,
) -> list[tuple[Actor, FoundClaim]]:
    """The claims of the attitudes whose holders ``tokens`` name (see
    :mod:`cablegram.claims.holders`), each with its holder's actor, read up to the attitude.

    ``own``: the speaker's side; a holder on it is left to the speaker's own claims.
    """
    words = words or claim_words()
    found: list[tuple[Actor, FoundClaim]] = []
    for frame in resolved_frames(tokens, words):
        head = tokens[0].doc[frame.head]
        if is_objects_act(head, words):
            continue
        for held in attitude_holders(head, words):
            if own is not None and own(held.holder):
                continue
            item = _held_claim(frame, held, tokens, source, words)
            if item is not None:
                found.append(item)
    for told in participial_attitudes(tokens, words):
        # "the tests condemned by the United States" (cablegram.claims.participles).
        actor = holder_actor(told.holder, words)
        if actor is None or (own is not None and own(told.holder)):
            continue
        value = round(confidence(source, told.reading) * _HELD, 2)
        found.append((actor, FoundClaim(told.frame, told.reading, value)))
    return found


def _held_claim(
    frame: Frame, held: Holder, tokens: Sequence[Token], source: str, words: ClaimWords
) -> tuple[Actor, FoundClaim] | None:
    """One holder's claim on a frame, read from the frame up to the holder's attitude."""
    head = tokens[0].doc[frame.head]
    actor = holder_actor(held.holder, words)
    if actor is None:
        return None
    top = held.top

    def is_top(node: Token) -> bool:
        return node.i == top.i

    if top.i not in path_above(head, words):
        return None
    reading = read_polarity(head, is_top, tokens, words)
    if reading is None:
        return None
    reading = referred(_without_others_judgement(reading, held.word), frame)
    if source in ("indirect", "mixed", "event"):
        reading = _backshifted(reading)
    value = round(confidence(source, reading) * _HELD, 2)
    return actor, FoundClaim(frame, reading, value)


def _without_others_judgement(reading: Reading, word: Token) -> Reading:
    """A holder's reading without the judgement another passes on the holder's attitude:
    in "Hungary rejected the EU's **absurd** plan to ban gas imports" the plan is the EU's,
    the judgement Hungary's. (A judgement counts only without an attitude against.)"""
    judges = {f'judged "{c.text}"' for c in word.children if c.dep_ == "amod"}
    if not judges & set(reading.cues) or any(c.startswith("against") for c in reading.cues):
        return reading
    flipped: Polarity = "support" if reading.polarity == "oppose" else "oppose"
    return replace(
        reading, polarity=flipped, cues=tuple(c for c in reading.cues if c not in judges)
    )


_CONTENT: Final = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "obj"})


def without_attribution(tokens: Sequence[Token], speaker: tuple[int, int]) -> list[Token]:
    """The statement's words without its own attribution, when they hold it: in "X cannot
    be on the agenda, the minister said on Thursday" given whole, the words below "said"
    that are not the speaker's mention. ``speaker``: the mention's character offsets.
    The tokens unchanged when the speaker is not among them."""
    if not tokens or speaker[0] < 0:
        return list(tokens)
    doc = tokens[0].doc
    span = doc.char_span(speaker[0], speaker[1], alignment_mode="expand")
    inside = {t.i for t in tokens}
    if span is None or not len(span) or span.root.i not in inside:
        return list(tokens)
    mention = span.root
    while mention.dep_ in ("conj", "appos"):
        mention = mention.head
    if mention.dep_ not in ("nsubj", "nsubjpass") or mention.head.i not in inside:
        return list(tokens)
    cue = mention.head
    content = {
        t.i
        for child in cue.children
        if child.dep_ in _CONTENT and child.i != mention.i
        for t in child.subtree
    }
    kept = [t for t in tokens if t.i in content]
    return kept or list(tokens)


def without_trailing_report(
    tokens: Sequence[Token], words: ClaimWords | None = None
) -> list[Token]:
    """The words without a report that closes them and introduces them all: in "Kuwait said
    [the offensive was a threat and called for restraint], **state news agency KUNA
    reported**" the agency only passes Kuwait's words on; its "reported" is no account that
    drops them (:mod:`cablegram.claims.polarity`). Only "report" with the press as its
    subject (:func:`is_press`) is such a relay: in '"Lift the sanctions," **the Russians
    claim**' the closing verb names whose words they are, and the tokens stay whole. The
    tokens unchanged for any other shape."""
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside]
    if len(tops) != 1 or lemma(tops[0]) != "report":
        return list(tokens)
    report = tops[0]
    content = next(
        (c for c in report.children if c.dep_ == "ccomp" and c.right_edge.i < report.i), None
    )
    who = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if content is None or who is None or who.i < content.right_edge.i or not is_press(who):
        return list(tokens)
    kept = {t.i for t in content.subtree}
    return [t for t in tokens if t.i in kept]


def is_press(who: Token) -> bool:
    """Whether a subject is the press: its head or a word naming it is a press word ("state
    news **agency** KUNA", "the state **media**"; :data:`cablegram.events.press.PRESS_WORDS`)
    or it is an outlet the actor dictionary knows ("Reuters", "Xinhua": role MED)."""
    named = [t for t in who.subtree if t.dep_ in ("compound", "appos", "amod") or t.i == who.i]
    if any(lemma(t) in PRESS_WORDS for t in named):
        return True
    if who.pos_ != "PROPN":
        return False
    name = " ".join(t.text for t in who.subtree if t.dep_ in ("compound", "flat") or t.i == who.i)
    entry = load_dictionary().entry(name)
    return entry is not None and entry.role == "MED"
