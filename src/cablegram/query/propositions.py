"""Propositions parsed like claims: a predicate, an object, named arguments, a polarity.

A proposition ("send troops to Iraq", "a ceasefire in Sri Lanka", "restore UN sanctions
on Iran") is parsed with the same spaCy model and the same frame rules as the claims
(:mod:`cablegram.claims.frames`): a predicate, an object and arguments, and a polarity
("halt arms sales" is against selling arms). Whether a claim bears on a proposition is
:mod:`cablegram.query.propositions_match`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final

from cablegram.claims.frames import Frame, frame_heads, noun_frame_at_root
from cablegram.claims.polarity import Polarity, read_polarity
from cablegram.claims.tokens import name_in
from cablegram.query.common import JSON
from cablegram.query.meaning import is_light, object_term, synonyms
from cablegram.query.propositions_dates import act_year
from cablegram.query.propositions_forms import (
    act_content_words,
    designation_of,
    listing_act,
    name_on_object,
    object_as_name,
    passive_subject,
    rewrite,
    subject_agent,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token


def core(predicate: str, obj: str | None) -> tuple[str, ...]:
    """The words that say what an act is: the predicate (unless light) and the object."""
    words = [] if is_light(predicate) and obj else [predicate]
    if obj:
        words.append(obj)
    return tuple(words)


@dataclass(frozen=True, slots=True)
class Proposition:
    """A proposition parsed into a frame and a polarity."""

    text: str
    predicate: str | None
    object: str | None
    arguments: dict[str, str] = field(default_factory=dict)
    polarity: Polarity = "support"
    # common nouns modifying the object ("grain" in "the grain deal", "gas" in "gas
    # imports"): a claim may name them, never needs to
    modifiers: tuple[str, ...] = ()
    # the name before an act noun ("US" of "US acquisition of Greenland", "NATO" of "NATO
    # membership of Ukraine"): a claim must name it or be its own (propositions_names)
    agent: str | None = None
    # content words of a bare act noun's proposition that its frame does not hold ("state"
    # of "a two-state solution", "political" of "a political solution"): a claim's sentence
    # must write one of them, so that a shared generic act word alone does not match
    others: tuple[str, ...] = ()
    # the year written on the act ("the 2003 invasion of Iraq"): claims about the act of
    # another year do not bear (propositions_dates)
    year: int | None = None

    @property
    def core(self) -> tuple[str, ...]:
        if self.predicate is None:
            return ()
        return core(self.predicate, self.object)

    def to_json(self) -> JSON:
        return {
            "proposition": self.text,
            "predicate": self.predicate,
            "object": self.object,
            "arguments": dict(self.arguments),
            "polarity": self.polarity,
            "modifiers": list(self.modifiers),
            "agent": self.agent,
            "others": list(self.others),
            "core": list(self.core),
        } | ({"year": self.year} if self.year is not None else {})


def _frame_for(doc_tokens: list, frames: list[Frame]) -> Frame | None:  # type: ignore[type-arg]
    if not frames:
        return None
    root = next((t for t in doc_tokens if t.head.i == t.i), doc_tokens[0])

    def depth(frame: Frame) -> int:
        node, steps = doc_tokens[0].doc[frame.head], 0
        while node.i != root.i and node.head.i != node.i:
            node, steps = node.head, steps + 1
        return steps

    return min(frames, key=depth)


# Put before a proposition that opens with a bare verb the parser took for a noun ("end
# sanctions on Russia", "halt arms sales"), so that it reads as the imperative it is; the
# second when the first still leaves no frame (the small model may read "We <verb> <plural
# noun> from <place> ..." as one noun phrase; "We will <verb>" leaves it only the verb).
_SUBJECTS: Final = ("We ", "We will ")


# Entity types of a named party: a first word inside one is a name, whatever verb it spells.
_NAMED_PARTIES: Final = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _opens_with_verb(doc: Doc) -> bool:
    """Whether the first word is a verb's base form ("end", "halt") that the parser did
    not read as the proposition's head verb (a noun, or a verb hung on the next noun)."""
    from lemminflect import getAllLemmas  # type: ignore[import-untyped, import-not-found, unused-ignore]

    first = doc[0]
    if first.pos_ == "VERB" and first.head.i == first.i:
        return False
    if first.ent_type_ in _NAMED_PARTIES:
        # "Park Geun-hye should resign", "Rice's resignation", "Chad's withdrawal": a name
        # that is also a verb's form opens a named party, not a bare verb
        return False
    lemmas = getAllLemmas(first.lower_, upos="VERB").get("VERB", ())
    return first.lower_ in lemmas


def parse_proposition(text: str, nlp: Language) -> Proposition:
    """The proposition's frame and polarity, parsed with ``nlp``.

    A proposition opening with a bare verb the parser tags as a noun ("end sanctions on
    Russia") is parsed after a subject ("We end sanctions on Russia"). With no frame found
    (a bare name, a stop word), predicate and object are None and nothing bears on it.
    """
    cleaned = rewrite(re.sub(r"\s+", " ", text).strip().rstrip(".?!"))
    doc = nlp(cleaned)
    proposition = _parsed(text, doc, nlp)
    # the year written on the act, read on the one parse of the proposition as written
    year = act_year(doc) if proposition.predicate is not None else None
    return replace(proposition, year=year) if year is not None else proposition


def _parsed(text: str, doc: Doc, nlp: Language) -> Proposition:
    """:func:`parse_proposition` of ``text`` from its parse ``doc``, without its year."""
    cleaned = doc.text
    if len(doc) and _opens_with_verb(doc):
        for subject in _SUBJECTS:
            doc = nlp(subject + cleaned)
            if any(True for _ in frame_heads(list(doc))):
                break
    tokens = list(doc)
    if not tokens:
        return Proposition(text, None, None)
    frames = list(frame_heads(tokens))
    frame = _frame_for(tokens, frames) or noun_frame_at_root(doc)
    light = _light_root(doc, nlp, frame)
    if light is not None:
        return light
    if frame is None:
        return Proposition(text, None, None)
    head = doc[frame.head]
    polarity = _polarity(head, tokens)
    obj = frame.object if frame.object is not None or frame.nominal else _left_thing(head)
    arguments = dict(frame.arguments)
    predicate = frame.predicate
    name = object_as_name(head, obj)
    if name is not None:
        # "the inclusion of the IRGC on the list": the IRGC is a named party, not a thing
        obj = None
        arguments.setdefault("about", name)
    if listing_act(head, named=name is not None):
        predicate = "designate"
    if obj is not None:
        # "take military action": the data's term the proposition writes, as for a claim
        obj = object_term(obj, cleaned) or obj
        model = designation_of(head, obj) or name_on_object(head, obj)
        if model is not None:
            # "F-16 fighter jets": which jets is what the act is about; "the AUKUS pact":
            # which pact
            arguments.setdefault("about", model)
    if frame.nominal and obj is None and not arguments and predicate in synonyms().referring:
        # "one country, two systems": a noun for a party is no act to look for
        return Proposition(text, None, None)
    named = _named_of(head) if frame.nominal and frame.object is None else None
    agent = subject_agent(head)
    patient = passive_subject(head)
    if patient is not None and patient not in arguments.values():
        # "Russia should be sanctioned": the act is about Russia, whoever would do it
        arguments["about" if "about" not in arguments else "about2"] = patient
    if agent is not None and arguments.get("about") == agent:
        del arguments["about"]
    if named is not None:
        if _doer_before(head, arguments.get("about")):
            # "US acquisition of Greenland": the act is about Greenland; the name before the
            # act noun is who would do it: a claim names it or is its own.
            agent = arguments["about"]
            arguments["about"] = named
        else:
            arguments.setdefault("about", named)
    elif frame.nominal and len(arguments) > 1 and _state_before(head, arguments.get("about")):
        # "US strikes on the Houthis in Yemen": the state named before the act noun is who
        # would do it, as in "the US strikes the Houthis". A body's name stays what the act
        # is about ("U.N. sanctions on North Korea", "EU membership for Ukraine"), named by
        # the claim or its document as before.
        agent = arguments.pop("about")
    if obj is not None and not frame.nominal and not arguments:
        owner = _object_of_name(head, obj)
        if owner is not None:
            arguments["about"] = owner
    modifiers = () if frame.nominal else _modifiers(head, obj)
    for n, place in enumerate(_further_places(head, arguments), start=2):
        arguments[f"place{n}"] = place
    others = act_content_words(doc, head) if obj is None and not arguments and agent is None else ()
    return Proposition(text, predicate, obj, arguments, polarity, modifiers, agent, others)


# Prepositions of where an act puts what it moves: "resettle Palestinians from Gaza **in**
# Egypt and Jordan", "move the embassy **to** Jerusalem".
_TO_PLACE: Final = frozenset({"in", "into", "to"})


def _further_places(head: Token, arguments: dict[str, str]) -> list[str]:
    """The names a verb's object is put in beside the place the frame rules kept ("Egypt
    and Jordan" in "resettle Palestinians from Gaza in Egypt and Jordan", where the rules
    keep "from Gaza"), each with its conjuncts; [] when there is none or the frame kept it."""
    if head.pos_ != "VERB":
        return []
    held = " ".join(arguments.values())
    found: list[str] = []
    for obj in (c for c in head.children if c.dep_ in ("dobj", "obj")):
        for prep in obj.children:
            if prep.dep_ != "prep" or prep.lower_ not in _TO_PLACE:
                continue
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is None or noun.pos_ != "PROPN" or noun.text in held:
                continue
            words = [t.text for t in noun.subtree if t.dep_ not in ("det", "punct")]
            found.append(" ".join(words))
    return found


def _polarity(head: Token, tokens: list[Token]) -> Polarity:
    reading = read_polarity(head, lambda node: node.head.i == node.i, tokens)
    return reading.polarity if reading is not None else "support"


def _modifiers(head: Token, obj: str | None) -> tuple[str, ...]:
    """The common nouns compounded with the object of ``head`` ("grain" in "extend the
    Black Sea grain deal", "gas" in "ban Russian gas imports"), lemmas; () for none."""
    if obj is None:
        return ()
    token = next(
        (t for t in head.subtree if t.i != head.i and t.lemma_.casefold() == obj),
        None,
    )
    if token is None:
        return ()
    return tuple(
        c.lemma_.casefold() for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
    )


def _light_root(doc: Doc, nlp: Language, frame: Frame | None) -> Proposition | None:
    """The proposition of a light verb heading a common-noun object, where the frame rules
    found none at the verb ("approve the EU-Mercosur trade agreement": "approve" is an
    attitude there, so the rules read only "trade"): the verb and its object, the names
    the object phrase carries as arguments ("about": "EU Mercosur"), its compounds as
    modifiers. None for any other proposition."""
    tokens = list(doc)
    root = next((t for t in tokens if t.head.i == t.i), None)
    if root is None or root.pos_ != "VERB" or not is_light(root.lemma_.casefold()):
        return None
    if frame is not None and frame.head == root.i:
        return None
    obj = next((c for c in root.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.pos_ != "NOUN":
        return None
    phrase = nlp(doc[obj.left_edge.i : obj.right_edge.i + 1].text)
    nominal = noun_frame_at_root(phrase)
    arguments = dict(nominal.arguments) if nominal is not None else {}
    named = name_on_object(root, obj.lemma_.casefold())
    if named is not None:
        arguments.setdefault("about", named)
    return Proposition(
        doc.text,
        root.lemma_.casefold(),
        obj.lemma_.casefold(),
        arguments,
        _polarity(root, tokens),
        _modifiers(root, obj.lemma_.casefold()),
    )


def _doer_before(head: Token, about: str | None) -> bool:
    """Whether ``about`` is a name compounded or possessed before the act noun ``head``
    ("**US** acquisition of Greenland", "**Russia's** annexation of Crimea"): the doer of
    the act the noun names, as in a subject-verb reading ("the US acquires Greenland")."""
    if about is None:
        return False
    return any(
        c.dep_ in ("compound", "poss", "nmod") and c.i < head.i and c.text in about.split()
        for c in head.lefts
    )


def _state_before(head: Token, about: str | None) -> bool:
    """Whether ``about`` is a state's name before the act noun ``head`` (:func:`_doer_before`
    for a country the actor dictionary knows: "**US** strikes on the Houthis"), or its
    nationality adjective ("**Israeli** strikes on Hezbollah")."""
    if about is None:
        return False
    adjective = any(
        c.dep_ == "amod" and c.text[:1].isupper() and c.text in about.split() for c in head.lefts
    )
    if not (adjective or _doer_before(head, about)):
        return False
    from cablegram.query.stance_places import country_of

    return country_of(about) is not None


def _named_of(head: Token) -> str | None:
    """The name an act noun is "of" ("a boycott of **the Beijing Olympics**", "the release
    of **Osman Kavala**"): what the act is about, so that a claim about another one does not
    bear; None when there is none."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "PROPN":
                words = [t.text for t in noun.subtree if t.dep_ != "det" and t.i <= noun.i]
                return " ".join(words) or None
    return None


def _object_of_name(head: Token, obj: str) -> str | None:
    """The name the verb's object is "of" ("cap the price **of Russian oil**", "recognise
    the independence **of Kosovo**"): what the act is about, so that a claim about another
    thing's price does not bear; None when the object has no such phrase or it names
    nothing. Only for a proposition whose frame kept no argument."""
    noun = next(
        (c for c in head.children if c.dep_ in ("dobj", "obj") and c.lemma_.casefold() == obj),
        None,
    )
    if noun is None:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return name_in(pobj) if pobj is not None else None
    return None


# Prepositions after which a verb without an object names the thing it leaves: "withdraw
# from the agreement", "pull out of the deal".
_LEFT: Final = frozenset({"from", "of"})


def _left_thing(head: Token) -> str | None:
    """The common noun a verb without a direct object leaves ("agreement" in "withdraw from the
    Paris climate agreement"), which a claim names as its object ("exit the climate
    agreement"); None for a named place ("withdraw from Iraq") or no such phrase."""
    if any(c.dep_ in ("dobj", "obj") for c in head.children):
        return None  # "ban Huawei from 5G networks": Huawei is what is banned
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _LEFT:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ == "NOUN":
            return noun.lemma_.casefold()
    return None
