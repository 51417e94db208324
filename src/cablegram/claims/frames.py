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
    _CLAUSES,
    _OBJECTS,
    _PASSIVE_SUBJECTS,
    Frame,
    arguments_of,
    owner_name,
)
from cablegram.claims.idioms import idiom_act
from cablegram.claims.lexicon import ClaimWords, claim_words
from cablegram.claims.nominal import (
    governed_by_attitude,
    nominal_frame,
    noun_frame,
    noun_frame_at_root,
)
from cablegram.claims.settings import is_setting, prep_object, set_act
from cablegram.claims.tokens import (
    CURRENCIES,
    is_attitude_word,
    is_name,
    lemma,
    money_for,
    partitive_whole,
    phrase,
    predicate_name,
)

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
    return obj


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


def _become(token: Token, words: ClaimWords) -> Frame | None:
    """The frame of becoming what a noun names: "to become NATO **members**", "become the
    194th **member** of the United Nations" is about membership (the noun is the act, its
    names the arguments); None for any other verb."""
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


def verb_frame(token: Token, words: ClaimWords | None = None) -> Frame | None:
    """The frame a verb heads, or None for empty verbs and attitude verbs that govern
    another action ("refused to send troops") rather than name one."""
    words = words or claim_words()
    if not _verb_like(token) or lemma(token) in words.empty_verbs:
        return None
    if token.dep_ == "prep":
        # "regarding the decision", "concerning the plan": a preposition, no act.
        return None
    if token.dep_ == "amod" or (token.dep_ == "acl" and token.tag_ == "VBN"):
        # A participle describing a noun ("the proposed sanctions", "damaged relations",
        # "the sanctions **imposed** by the EU") names no act anyone takes in the sentence.
        return None
    became = _become(token, words)
    if became is not None:
        return became
    if lemma(token) in words.copular_verbs and any(
        c.dep_ == "acomp" and (is_attitude_word(c, words) or c.lower_ in words.worry_adjectives)
        for c in token.children
    ):
        # "Israel remained opposed to the initiative", "remains committed to": a copula
        # links the subject to its attitude; the act is the complement's (the "linking"
        # rule). A state of a thing ("would remain closed") may be a course of action.
        return None
    if lemma(token) in words.joining_verbs and joins_in(token):
        # "joining Turkey in rejecting the move": the attitude is the act, joining none.
        return None
    obj = _object_of(token) or _prepositional_object(token, words)
    if _effect_of_an_act(token, obj, words):
        # "sending troops would destabilise the region": the effect judges the act in the
        # subject (the "consequence" rule); it is no act anyone proposes.
        return None
    if is_attitude_word(token, words):
        governs_clause = any(c.dep_ in _CLAUSES for c in token.children)
        names_someone = obj is not None and obj.pos_ == "PROPN"
        if governs_clause or not names_someone:
            return None
    if lemma(token) in words.perception_verbs or lemma(token) in words.report_verbs:
        return None
    if lemma(token) in words.worry_verbs:
        # "they fear the expansion will deny them a state", "fear reprisals": a fear, no
        # act of its holder (the "fear" rule).
        return None
    if token.lower_ in words.worry_adjectives:
        # "Korea is concerned over the decision": a worry (the "against" rule), no act.
        return None
    if (
        obj is not None
        and lemma(token) in words.giving_up_verbs
        and lemma(obj) in (words.support_nouns | words.against_nouns) - words.act_nouns
    ):
        # "dropped its opposition", "withdrew its objection": giving the attitude up is read
        # for what it was on (:mod:`cablegram.claims.giving_up`), not as an act of its own.
        # Ending an act ("lift the embargo", "lifted its veto") stays one.
        return None
    if (
        obj is not None
        and lemma(token) in words.light_verbs
        and lemma(obj) in words.support_nouns | words.against_nouns | words.worry_nouns
    ):
        # "expressed a desire to join", "made an offer to send": the attitude's act is the
        # frame, not the expressing.
        return None
    if obj is not None and lemma(obj) in words.standing_nouns:
        # "recognised Kosovo's independence" is recognising Kosovo.
        obj = owner_name(obj) or obj
    if obj is not None and is_setting(obj, words):
        # "signed the terms of the truce" is signing the truce (the "setting" rule).
        obj = set_act(obj, words) or obj
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


# Named entities that act: a harm or benefit they do is their act, not an effect.
_AGENT_ENTITIES: Final = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _agent_noun(subject: Token, words: ClaimWords) -> bool:
    """Whether a subject is a common noun naming those who act (``agent_nouns``: "the
    government", "the army", "our troops"), not a thing."""
    return subject.pos_ == "NOUN" and (
        lemma(subject) in words.agent_nouns or subject.lower_ in words.agent_nouns
    )


def _effect_of_an_act(verb: Token, obj: Token | None, words: ClaimWords) -> bool:
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


def joins_in(verb: Token) -> bool:
    """Whether a verb joins others in an act ("joining Turkey **in rejecting**"): the act
    is its subject's too."""
    return any(
        t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "in" for t in verb.subtree
    )


def frame_of(token: Token, words: ClaimWords | None = None) -> Frame | None:
    """The frame ``token`` heads, verbal or nominal, or None."""
    words = words or claim_words()
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
