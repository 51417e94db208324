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
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from cablegram.claims.idioms import idiom_act
from cablegram.claims.lexicon import ClaimWords, claim_words
from cablegram.claims.tokens import (
    CURRENCIES,
    excluded_by,
    hyphenated,
    is_attitude_word,
    is_measure,
    is_name,
    lemma,
    money_for,
    name_in,
    partitive_whole,
    phrase,
    predicate_name,
    stranded_noun,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependency labels.
_OBJECTS: Final = frozenset({"dobj", "obj"})
_PASSIVE_SUBJECTS: Final = frozenset({"nsubjpass"})
_CLAUSES: Final = frozenset({"xcomp", "ccomp"})
_JUDGED_BY: Final = frozenset({"acomp", "attr", "oprd"})
_PREPS_OF_ATTITUDE: Final = frozenset({"for", "to", "against", "of", "on", "over"})


@dataclass(frozen=True, slots=True)
class Frame:
    """An action and its arguments, headed by one token.

    ``predicate``: lemma (with particle); ``object``: the object's head lemma, or None;
    ``object_text``: the object as written; ``arguments``: role -> text ("target" ->
    "Russia"); ``head``: the document index of the predicate token; ``nominal``: headed
    by a noun ("truce") rather than a verb; ``referent_against``: the head is a word that
    refers back to this act stated against (see :mod:`cablegram.claims.antecedents`).
    """

    predicate: str
    object: str | None
    head: int
    nominal: bool
    object_text: str | None = None
    arguments: dict[str, str] = field(default_factory=dict)
    # A pronoun or shell noun standing for an act stated against ("Hungary blocked the ban.
    # Brussels called **it** a disappointment"): its reading flips (claims.antecedents).
    referent_against: bool = False


def _object_of(token: Token) -> Token | None:
    objects = [c for c in token.children if c.dep_ in _OBJECTS]
    if not objects:
        objects = [c for c in token.children if c.dep_ in _PASSIVE_SUBJECTS]
    if not objects:
        return None
    obj = objects[0]
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


def _arguments(tokens: Iterable[Token], words: ClaimWords) -> dict[str, str]:
    """Role -> name for the named arguments of ``tokens``: prepositional ones by role
    ("on Russia" -> target), and names modifying a noun ("Russian sanctions", "Ukraine's
    membership", "NATO membership") as "about". Unnamed ones ("to the country") are left out:
    they name nothing to compare."""
    found: dict[str, str] = {}
    for token in tokens:
        for child in token.children:
            if child.dep_ in ("prep", "dative") and child.pos_ in ("ADP", "PART"):
                role = words.argument_roles.get(child.lower_)
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                inner = next((c for c in child.children if c.dep_ == "prep"), None)
                if pobj is None and inner is not None:
                    # "out of Iraq": the role of the first word, the name of the inner one.
                    pobj = next((c for c in inner.children if c.dep_ == "pobj"), None)
                name = name_in(pobj) if pobj is not None else None
                if role is not None and name is not None:
                    found.setdefault(role, name)
            elif token.pos_ == "NOUN" and child.dep_ in ("compound", "amod", "poss", "nmod"):
                if is_name(child):
                    key = "about" if "about" not in found else f"about{len(found)}"
                    found.setdefault(key, phrase(child))
    return found


def _owner_name(noun: Token) -> Token | None:
    """The name a noun belongs to: its possessor ("Kosovo's independence") or its "of"
    ("the independence of Kosovo"), when that is a name; else None."""
    for child in noun.children:
        if child.dep_ == "poss" and is_name(child):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and is_name(pobj):
                return pobj
    return None


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
    arguments = _arguments([token, attr], words)
    owner = _owner_name(attr)
    if owner is not None:
        arguments.setdefault("about", phrase(owner))
    return Frame(
        predicate=lemma(attr), object=None, head=token.i, nominal=True, arguments=arguments
    )


def verb_frame(token: Token, words: ClaimWords | None = None) -> Frame | None:
    """The frame a verb heads, or None for empty verbs and attitude verbs that govern
    another action ("refused to send troops") rather than name one."""
    words = words or claim_words()
    if not _verb_like(token) or lemma(token) in words.empty_verbs:
        return None
    if token.dep_ == "amod" or (token.dep_ == "acl" and token.tag_ == "VBN"):
        # A participle describing a noun ("the proposed sanctions", "damaged relations",
        # "the sanctions **imposed** by the EU") names no act anyone takes in the sentence.
        return None
    became = _become(token, words)
    if became is not None:
        return became
    if lemma(token) in words.joining_verbs and joins_in(token):
        # "joining Turkey in rejecting the move": the attitude is the act, joining none.
        return None
    obj = _object_of(token)
    if is_attitude_word(token, words):
        governs_clause = any(c.dep_ in _CLAUSES for c in token.children)
        names_someone = obj is not None and obj.pos_ == "PROPN"
        if governs_clause or not names_someone:
            return None
    if lemma(token) in words.perception_verbs or lemma(token) in words.report_verbs:
        return None
    if (
        obj is not None
        and lemma(token) in words.light_verbs
        and lemma(obj) in words.support_nouns | words.against_nouns
    ):
        # "expressed a desire to join", "made an offer to send": the attitude's act is the
        # frame, not the expressing.
        return None
    if obj is not None and lemma(obj) in words.standing_nouns:
        # "recognised Kosovo's independence" is recognising Kosovo.
        obj = _owner_name(obj) or obj
    parts: list[Token] = []
    if obj is not None:
        obj, parts = partitive_whole(obj, words)
    holders = [token, *parts] if obj is None else [token, *parts, obj]
    arguments = _arguments(holders, words)
    if obj is not None and is_name(obj):
        # "recognise Palestine", "join NATO": a named object is what the act is about.
        arguments.setdefault("about", phrase(obj))
        obj = None
    return Frame(
        predicate=predicate_name(token),
        object=lemma(obj) if obj is not None else None,
        object_text=phrase(obj) if obj is not None else None,
        head=token.i,
        nominal=False,
        arguments=arguments,
    )


def joins_in(verb: Token) -> bool:
    """Whether a verb joins others in an act ("joining Turkey **in rejecting**"): the act
    is its subject's too."""
    return any(
        t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "in" for t in verb.subtree
    )


def _existential(verb: Token) -> bool:
    """An existential "be" ("there will be no truce")."""
    return lemma(verb) == "be" and any(c.dep_ == "expl" for c in verb.children)


def _governed_by_attitude(noun: Token, words: ClaimWords) -> bool:
    head = noun.head
    if noun.dep_ in _OBJECTS | _PASSIVE_SUBJECTS and is_attitude_word(head, words):
        return True
    if noun.dep_ == "pobj" and head.lower_ in _PREPS_OF_ATTITUDE:
        if head.lower_ == "against" or is_attitude_word(head.head, words):
            return True
        return stranded_noun(head, words) is not None
    if noun.dep_ in ("attr", "nsubj") and _existential(head):
        # "there will be **no** truce": a negated existence refuses it.
        return any(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in words.negators)
            for c in [*noun.children, *head.children]
        )
    if noun.dep_ in ("nsubj", "nsubjpass", "csubj"):
        judged = [c for c in head.children if c.dep_ in _JUDGED_BY]
        if excluded_by(head, words) is not None:
            return True
        # "his country is ready to": the subject holds the attitude, it is no act.
        # A noun judged by its adjective: "would be a **dangerous** escalation".
        judged += [a for j in judged if j.pos_ == "NOUN" for a in j.children if a.dep_ == "amod"]
        return any(
            lemma(j) in words.attitude_words and lemma(j) not in words.agent_adjectives
            for j in judged
        )
    if any(c.dep_ == "amod" and lemma(c) in words.attitude_words for c in noun.children):
        return True
    if noun.dep_ == "compound" and lemma(head) in words.support_nouns | words.against_nouns:
        # "welcomed the **ceasefire** agreement", "dismissed the **ceasefire** proposal": the
        # act an attitude noun is named after.
        return not is_measure(noun)
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        return _governed_by_attitude(noun.head, words)
    return False


def _specific(token: Token, words: ClaimWords) -> Token | None:
    """The specific act a generic noun comes with: "action **with** new duties", "measures
    **including** an embargo", "steps **such as** tariffs", "the issue **of** accession";
    None for any other noun."""
    if token.ent_type_ == "MONEY" or lemma(token) in CURRENCIES:
        # "blocked 50 billion euros in aid": the money stands for what it is in.
        return money_for(token)
    if lemma(token) in words.topic_nouns:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        return pobj if pobj is not None and pobj.pos_ == "NOUN" else None
    if lemma(token) not in words.generic_acts:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in words.generic_links:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "NOUN":
                return pobj
    return None


def _nominal(token: Token, words: ClaimWords) -> Frame:
    specific = _specific(token, words)
    if specific is not None:
        # Read as the specific act, still headed at the generic noun for its polarity.
        frame = _nominal(specific, words)
        return Frame(
            predicate=frame.predicate,
            object=frame.object,
            object_text=frame.object_text,
            head=token.i,
            nominal=True,
            arguments=frame.arguments,
        )
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    owner: Token | None = None
    if obj is not None and is_name(obj):
        # "the accession of Romania" is about Romania, as "Romania's accession" is.
        owner, obj = obj, None
    if obj is None:
        # "arms sales", "troop deployment": a common-noun compound is the object.
        # A measure ("a **30-day** ceasefire") says how long, not what.
        obj = next(
            (
                c
                for c in token.lefts
                if c.dep_ == "compound"
                and c.pos_ == "NOUN"
                and not is_measure(c)
                and not hyphenated(c)
            ),
            None,
        )
    holders = [token] if obj is None else [token, obj]
    arguments = _arguments(holders, words)
    if owner is not None:
        arguments.setdefault("about", phrase(owner))
    return Frame(
        predicate=lemma(token),
        object=lemma(obj) if obj is not None else None,
        object_text=phrase(obj) if obj is not None else None,
        head=token.i,
        nominal=True,
        arguments=arguments,
    )


def governed_by_attitude(noun: Token, words: ClaimWords | None = None) -> bool:
    """Whether an attitude governs or judges the noun (or pronoun) where it stands."""
    return _governed_by_attitude(noun, words or claim_words())


def nominal_frame(noun: Token, words: ClaimWords | None = None) -> Frame:
    """The nominal frame a noun heads, whatever governs it ("the trade deal")."""
    return _nominal(noun, words or claim_words())


def _names_an_act(noun: Token, words: ClaimWords) -> bool:
    """Whether an attitude noun names an act all the same: an act that states the attitude
    ("a boycott", "the veto"), or a treaty that another attitude governs ("**welcomed** the
    agreement", "voted against the accord"; "reached an agreement" states no attitude to
    one)."""
    word = lemma(noun)
    if word in words.act_nouns:
        return True
    return word in words.treaty_shell_nouns and noun.dep_ in _OBJECTS | {"pobj"}


def noun_frame(token: Token, words: ClaimWords | None = None) -> Frame | None:
    """The frame an action noun heads when an attitude governs or judges it, else None."""
    words = words or claim_words()
    if token.pos_ != "NOUN":
        return None
    if lemma(token) in words.attitude_words and not _names_an_act(token, words):
        return None
    if lemma(token) in words.topic_nouns and _specific(token, words) is None:
        # "the idea of sending troops": the act is the verb's frame, the idea none.
        return None
    if not _governed_by_attitude(token, words):
        return None
    return _nominal(token, words)


def noun_frame_at_root(doc: Doc, words: ClaimWords | None = None) -> Frame | None:
    """The nominal frame of a noun phrase standing alone ("a ceasefire in Sri Lanka")."""
    words = words or claim_words()
    root = next((t for t in doc if t.head.i == t.i), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return None
    return _nominal(root, words)


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
    return Frame(
        predicate=act,
        object=lemma(done_to) if done_to is not None and not named else None,
        object_text=phrase(done_to) if done_to is not None and not named else None,
        head=token.i,
        nominal=False,
        arguments=_arguments([done_to], words) if done_to is not None else {},
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
            yield Frame(
                predicate=frame.predicate,
                object=lemma(other),
                object_text=phrase(other),
                head=frame.head,
                nominal=False,
                arguments=frame.arguments,
            )
