"""Predicate-argument frames from a spaCy parse: what a clause is about.

A *frame* is the action a clause or an action noun names, with its arguments:
"France will not send troops to Iraq" has the frame send / troops / {place: Iraq};
"calls for a truce" has the nominal frame truce; "the reinstatement of sanctions on Iran"
has reinstatement / sanctions / {target: Iran}. Lemmas are spaCy's, case-folded.

Which tokens head a frame (:func:`frame_heads`):

- a verb that is not empty ("be", "say") and does not merely state an attitude toward
  something else ("refused to send": "refuse" is an attitude, "send" the frame); an
  attitude verb whose object is a name ("we support Ukraine") is a frame of its own;
- a common noun governed by an attitude ("condemned the reinstatement", "calls for a
  truce", "opposition to the war", "voted against sanctions") or judged by one ("sanctions
  are counterproductive", "the unjustifiable reinstatement").

The frame record and its arguments are :mod:`cablegram.claims.frame`; the nouns'
frames :mod:`cablegram.claims.nominal`; this module the verbs' and the entry points.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from cablegram.claims.frame import (
    _OBJECTS,
    _PASSIVE_SUBJECTS,
    Frame,
    arguments_of,
)
from cablegram.claims.idioms import idiom_act
from cablegram.claims.lexicon import ClaimWords, claim_words
from cablegram.claims.nominal import (
    governed_by_attitude,
    nominal_frame,
    noun_frame,
    noun_frame_at_root,
)
from cablegram.claims.settings import prep_object
from cablegram.claims.tokens import (
    CURRENCIES,
    is_attitude_word,
    is_name,
    joins_a_hyphen,
    lemma,
    money_for,
    partitive_whole,
    phrase,
    predicate_name,
    word_end,
)
from cablegram.claims.verb_rules import NO_ACT, OBJECT_RULES, VERB_RULES, VerbSite, joins_in

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "Frame",
    "frame_heads",
    "frame_of",
    "governed_by_attitude",
    "joins_in",
    "nominal_frame",
    "noun_frame",
    "noun_frame_at_root",
    "verb_frame",
]


def _object_of(token: Token) -> Token | None:
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    if not objects:
        objects = [c for c in token.children if c.dep_ in _PASSIVE_SUBJECTS]
    if not objects:
        return None
    obj = objects[0]
    dative = next((c for c in token.children if c.dep_ == "dative" and c.pos_ == "NOUN"), None)
    if dative is not None and is_attitude_word(obj, claim_words()):
        # "called the decision to send troops a mistake": the parser makes "troops" a
        # dative and the judgement the object; the troops are what is sent.
        obj = dative
    if obj.pos_ == "NUM":
        # "suspend 30 of its licences": the counted noun is the object.
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        obj = counted or obj
    if obj.ent_type_ == "MONEY" or lemma(obj) in CURRENCIES:
        # "blocked 50 billion euros in aid", "pledged $5bn of military aid": the act is
        # about what the money is in.
        what = money_for(obj)
        if what is not None:
            return what
    if obj.pos_ == "PRON":
        return None
    # "impose counter-sanctions": the word read whole, by its last piece.
    return word_end(obj)


def _prepositional_object(verb: Token, words: ClaimWords) -> Token | None:
    """The object a verb takes through its fixed preposition ("abide **by** the truce",
    ``prepositional_objects``): that preposition's common noun, else None."""
    fixed = words.prepositional_objects.get(lemma(verb))
    return prep_object(verb, (fixed,)) if fixed is not None else None


def _verb_like(token: Token) -> bool:
    """A verb, or a word the tagger took for a noun in an infinitive's place ("pressure
    **to sanction** China": "to" before it, an object after it)."""
    if token.pos_ == "VERB":
        return True
    if token.pos_ != "NOUN" or token.dep_ not in ("acl", "xcomp", "advcl"):
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return infinitive and any(c.dep_ in ("dobj", "obj") for c in token.children)


def verb_frame(token: Token, words: ClaimWords | None = None) -> Frame | None:
    """The frame a verb heads, or None for empty verbs and verbs that name no act (the
    rules of :mod:`cablegram.claims.verb_rules`: attitude verbs that govern another
    action, "refused to send troops", copulas of attitude, fears, effects ...)."""
    words = words or claim_words()
    if not _verb_like(token) or lemma(token) in words.empty_verbs:
        return None
    site = VerbSite(token, _object_of(token) or _prepositional_object(token, words), words)
    for rule in VERB_RULES:
        verdict = rule.fn(site)
        if verdict == NO_ACT:
            return None
        if isinstance(verdict, Frame):
            return verdict
    obj = site.obj
    for object_rule in OBJECT_RULES:
        obj = object_rule.fn(VerbSite(token, obj, words)) or obj
    parts: list[Token] = []
    if obj is not None:
        obj, parts = partitive_whole(obj, words)
    holders = [token, *parts] if obj is None else [token, *parts, obj]
    arguments = arguments_of(holders, words)
    if obj is not None and is_name(obj):
        # "recognise Palestine", "join NATO": a named object is what the act is about.
        arguments.setdefault("about", phrase(obj))
        obj = None
    return Frame.at(token, predicate_name(token), obj, nominal=False, arguments=arguments)


# Prefixes that turn the word they are hyphened to around: "de-escalation" is no
# escalation, "non-proliferation" no proliferation, "anti-terrorism" no terrorism.
_TURNING_PREFIXES: Final = frozenset({"de", "non", "anti", "counter", "un", "dis"})


def _hyphen_piece(token: Token) -> bool:
    """Whether a token is a piece of a hyphened word the tokenizer split ("de", "-",
    "escalation" of "de-escalation") that names no act of its own: the hyphen, any piece
    before it ("re" of "re-open"), or the word a turning prefix turns (the "hyphen piece"
    rule)."""
    doc = token.doc
    if joins_a_hyphen(token):
        # "re-open", "co-host": a prefix heads nothing; the word after it may.
        return True
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_:
        return False
    prefix = doc[token.i - 2]
    return not prefix.whitespace_ and prefix.lower_ in _TURNING_PREFIXES


def frame_of(token: Token, words: ClaimWords | None = None) -> Frame | None:
    """The frame ``token`` heads, verbal or nominal, or None."""
    words = words or claim_words()
    if _hyphen_piece(token):
        return None
    return _idiom_frame(token, words) or verb_frame(token, words) or noun_frame(token, words)


def _idiom_frame(token: Token, words: ClaimWords) -> Frame | None:
    """The frame of a fixed phrase naming an act ("declared three diplomats persona non
    grata": expel / diplomat), headed at its first word (:mod:`cablegram.claims.idioms`)."""
    found = idiom_act(token, words)
    if found is None:
        return None
    act, done_to = found
    named = done_to is not None and is_name(done_to)
    return Frame.at(
        token,
        act,
        None if named else done_to,
        nominal=False,
        arguments=arguments_of([done_to], words) if done_to is not None else {},
    )


def frame_heads(tokens: Iterable[Token], words: ClaimWords | None = None) -> Iterator[Frame]:
    """Every frame headed by one of ``tokens``, in text order."""
    words = words or claim_words()
    for token in sorted(tokens, key=lambda t: t.i):
        frame = frame_of(token, words)
        if frame is not None:
            yield frame
            yield from _coordinated_objects(token, frame)
            yield from _coordinated_owners(token, frame)


def _coordinated_objects(token: Token, frame: Frame) -> Iterator[Frame]:
    """The same act on each further object coordinated with the first: "won't send any
    weapons **or troops**" is also about sending troops."""
    if frame.nominal or frame.object is None:
        return
    first = next((c for c in token.children if c.dep_ in _OBJECTS), None)
    if first is None:
        return
    for other in first.conjuncts:
        if other.pos_ == "NOUN" and lemma(other) != frame.object:
            yield replace(frame, object=lemma(other), object_text=phrase(other), nominal=False)


# How a possessor hangs on its noun: "Sweden's", or, coordinated, "Sweden and Finland's"
# (the parser's nmod), "Sweden and Finland membership" (compound).
_OWNERS: Final = frozenset({"poss", "nmod", "compound"})


def _coordinated_owners(token: Token, frame: Frame) -> Iterator[Frame]:
    """The same act for each further name coordinated with a possessor (the "coordinated
    owners" rule): "will ratify **Sweden and Finland's** NATO membership" is also Finland's
    membership; the parser hangs the first name on the noun and the others on it."""
    nouns = [token, *(c for c in token.children if c.dep_ in _OBJECTS)]
    for noun in nouns:
        for owner in (c for c in noun.children if c.dep_ in _OWNERS and is_name(c)):
            key = next((k for k, v in frame.arguments.items() if v == phrase(owner)), None)
            if key is None:
                continue
            for other in owner.conjuncts:
                if is_name(other):
                    arguments = {**frame.arguments, key: phrase(other)}
                    yield replace(frame, arguments=arguments)
