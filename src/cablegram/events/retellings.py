"""More ways one article tells one act twice: kinds seen on fresh articles (round 15).

Rules read by :func:`cablegram.events.within_document.one_per_act`:

- ``bare-force`` (:func:`bare_force`): a force of a state named in full ("The Israeli army
  on Monday claimed to have struck ...") and again by its bare force word, which the lookup
  gives no state ("the army said it struck ..."): one doer.
- ``official-we`` (:func:`official_we_retelling`): a body's act ("The White House summoned
  the ambassador") told again in a quote as "we ..." by a person of no other state ("'We
  summoned the ambassador ...,' a spokesman said"), of the same trigger and the same named
  target: the body's one act, not the spokesman's own.
- ``measure-object`` (:func:`same_act_word`): a light verb and its act noun ("imposed
  sanctions") tell the act the noun names; two tellings share their act word when the
  trigger or its object is the same word ("slapped sanctions" ... "imposed sanctions").
- ``act-noun-retelling`` (:func:`anaphoric_of`): a later act noun with no target of its own
  and no other time ("in Israeli attacks since Monday morning", "the measures", "the
  attack") of the one earlier act of the type by the same doer or its side: that act told
  again, not another. Where two earlier acts could be the one meant, both stay apart.

Different targets, dates, negation, modality or a marker of a further act keep tellings
apart in all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from cablegram.events.across_articles import stem
from cablegram.events.act_words import ACT_NOUNS, MEASURE_NOUNS
from cablegram.events.restated import same_actor
from cablegram.events.retold import new_undergoer, other_time
from cablegram.records import Actor, Event

SideTest = Callable[[Actor | None, Actor | None], bool]
# Nouns of an act that a later mention may stand for: attacks and hostile measures.
ACT_NOUN_LEMMAS = ACT_NOUNS | MEASURE_NOUNS | frozenset({"airstrike", "measure", "penalty"})
# Determiners of a mention that points back to an act told before ("the attacks").
_BACK_DETS = frozenset({"the", "this", "these", "those", "such"})
# Modifiers of a noun that make it another act ("new sanctions", "a separate attack").
_OTHER = frozenset(
    {"new", "fresh", "further", "more", "other", "another", "separate", "second", "third",
     "additional", "latest", "earlier", "previous", "last"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_TOLD = frozenset({"asserted", "reported"})


def _told_as(modality: str) -> str:
    return "told" if modality in _TOLD else modality


def _force_word(actor: Actor) -> str:
    """The last word of the mention as written ("army" of "The Israeli army")."""
    words = actor.text.casefold().split()
    return words[-1] if words else ""


def bare_force(named: Actor | None, bare: Actor | None) -> bool:
    """Rule ``bare-force``: ``bare`` is a force mentioned only by its force word ("the
    army", "the military"), which the lookup placed in no state, of the same role as the
    force of a state ``named`` ("The Israeli army", role MIL). Two forces of one kind of
    different states in one article make the bare word unclear; the callers also ask for
    one trigger and one target."""
    if named is None or bare is None or named.kind != "group" or bare.kind != "group":
        return False
    if named.country is None or bare.country is not None or named.role is None:
        return False
    words = [w for w in bare.text.casefold().split() if w not in _DETERMINERS]
    return named.role == bare.role and words == [_force_word(named)]


def official_we_retelling(kept: Event, event: Event) -> bool:
    """Rule ``official-we``: ``event`` is told in a statement as "we <trigger>", by a
    person of the first doer's state or of none, where the first doer is a state or body;
    the same trigger word and the same named target."""
    speaker, doer = event.source, kept.source
    if speaker is None or doer is None or event.statement_id is None:
        return False
    if speaker.kind != "person" or doer.kind not in ("state", "organization"):
        return False
    if speaker.country is not None and speaker.country != doer.country:
        return False
    if kept.target is None or not same_actor(kept.target, event.target):
        return False
    if stem(kept.trigger.lower()) != stem(event.trigger.lower()):
        return False
    said = rf"\bwe\s+(?:have\s+|had\s+|\w+ly\s+)?{re.escape(event.trigger)}\b"
    return re.search(said, event.sentence, re.IGNORECASE) is not None


def _token(doc: Doc | None, event: Event) -> Token | None:
    if doc is None:
        return None
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def act_lemmas(event: Event, doc: Doc | None = None) -> frozenset[str]:
    """Rule ``measure-object``: the words that name the act: the trigger's stem and, for a
    verb with an act noun as its object ("imposed sanctions"), that noun's."""
    words = {stem(event.trigger.lower())}
    token = _token(doc, event)
    if token is not None:
        words.add(stem(token.lemma_.lower()))
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in ACT_NOUN_LEMMAS:
                words.add(stem(child.lemma_.lower()))
                words.add(stem(child.lower_))
    return frozenset(words)


def same_act_word(a: Event, b: Event, doc: Doc | None = None) -> bool:
    """The two tellings share a word for the act: the trigger's or its act noun object's."""
    return bool(act_lemmas(a, doc) & act_lemmas(b, doc))


def _anaphoric_noun(doc: Doc | None, event: Event) -> bool:
    """The trigger is an act noun ("attacks", "measures") not marked as another act
    ("new sanctions", "a separate attack"), and where no source is named it points back
    ("the attacks")."""
    token = _token(doc, event)
    if token is None or token.pos_ != "NOUN" or token.lemma_.lower() not in ACT_NOUN_LEMMAS:
        return False
    mods = {c.lower_ for c in token.children if c.dep_ in ("amod", "det", "nummod", "advmod")}
    if mods & _OTHER or any(c.dep_ == "nummod" for c in token.children):
        return False
    if event.source is None:
        return bool(mods & _BACK_DETS)
    return True


def _fits(first: Event, later: Event, same_side: SideTest, doc: Doc | None) -> bool:
    if first.start >= later.start or first.sentence == later.sentence:
        return False
    if (first.event_type, first.negated, _told_as(first.modality)) != (
        later.event_type,
        later.negated,
        _told_as(later.modality),
    ):
        return False
    if first.source is None:
        return False
    if later.source is not None and not (
        same_actor(first.source, later.source)
        or same_side(first.source, later.source)
        or bare_force(first.source, later.source)
    ):
        return False
    if later.target is not None and not same_actor(first.target, later.target):
        return False
    if later.date is not None and later.date != first.date:
        return False
    return not other_time(doc, first, later) and not new_undergoer(doc, later)


def anaphoric_of(
    kept: Sequence[Event],
    later: Event,
    another: re.Pattern[str],
    same_side: SideTest,
    doc: Doc | None = None,
) -> int | None:
    """Rule ``act-noun-retelling``: the index in ``kept`` of the one earlier act ``later``
    (an act noun with no target of its own, or the same one) stands for, or ``None``.
    Needs the parse (``doc``) to read the noun; ``another`` is the ``another-act``
    pattern, read in the later sentence."""
    if not _anaphoric_noun(doc, later) or another.search(later.sentence):
        return None
    fits = [n for n, first in enumerate(kept) if _fits(first, later, same_side, doc)]
    if len(fits) != 1:
        return None
    rivals = [
        e
        for e in kept
        if e.event_type == later.event_type and e.source is None and e.start < later.start
    ]
    # an earlier act of the type by no known doer may be the one meant: not said which
    return None if rivals else fits[0]
