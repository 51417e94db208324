"""Whose attitude a frame sits under, when the sentence names its holder.

An attitude word names who holds it: the subject of an attitude verb or adjective
("**Canada** plans to slap tariffs", "**Hungary** would block funds intended to arm
Ukraine", "**Denmark** is ready to send troops"), the possessor of an attitude noun
("**Niger**'s demand that France withdraw", "**its** request that the troops depart"), or
the one it comes from ("a proposal **from Niger's junta** to withdraw its soldiers").
What the sentence says the holder wants is the holder's position, whoever reports it: in
"Macron rejected a proposal from Niger's junta to withdraw its soldiers" Macron opposes the
withdrawal and the junta supports it.

:func:`attitude_holder` finds, for a frame, the nearest attitude word above it and that
word's holder; :func:`holder_actor` makes an actor of a holder the actor dictionary knows
as a state or an organisation (a common noun counts only when it names a government,
"Niger's military junta"; a person is left to actor resolution: precision first).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from cablegram.claims.contents import clause_noun
from cablegram.claims.lexicon import ClaimWords, claim_words
from cablegram.claims.ownership import called_on
from cablegram.claims.reasons import reason_subject
from cablegram.claims.tokens import (
    attitude_complement,
    is_attitude_word,
    is_name,
    lemma,
    name_in,
    phrase,
)
from cablegram.records import Actor, stable_id

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass"})
# Clauses that the walk up from a frame does not leave: an attitude above them is not the
# frame's ("..., escalating tensions", "after a coup damaged relations").
_OWN_CLAUSES: Final = frozenset({"advcl", "parataxis", "relcl", "csubj", "pcomp"})
# Prepositions that give the one a proposal or demand comes from.
_FROM: Final = frozenset({"from", "by"})


@dataclass(frozen=True, slots=True)
class Holder:
    """An attitude word above a frame, the token that names who holds it, and the highest
    word of the attitude (``top``: the word, or the light verb it is the object of)."""

    word: Token
    holder: Token
    top: Token


def _is_attitude(token: Token, words: ClaimWords) -> bool:
    """An attitude word its holder takes a position by: not an act or a phase ("join",
    "begin") nor a judgement without a holder ("necessary")."""
    if lemma(token) in words.not_held:
        return False
    return is_attitude_word(token, words)


def _subject_of(token: Token) -> Token | None:
    """The subject of a verb, or of the copula an adjective complements ("X is ready")."""
    node = token
    if token.pos_ == "ADJ" and token.dep_ in ("acomp", "oprd"):
        node = token.head
    subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
    if subject is None and node.dep_ == "conj":
        # "Canada said it would respond and plans to ...": the first verb's subject.
        subject = next((c for c in node.head.children if c.dep_ in _SUBJECTS), None)
    return subject


def _holder_of(word: Token, words: ClaimWords) -> tuple[Token | None, Token]:
    """The holder of an attitude word and the highest word of the attitude: the word
    itself, or the light verb a noun is the object of ("**expressed** a desire to")."""
    if word.pos_ == "NOUN":
        possessor = next((c for c in word.children if c.dep_ == "poss"), None)
        if possessor is not None and possessor.pos_ != "PRON":
            return possessor, word
        for child in word.children:
            if child.dep_ == "prep" and child.lower_ in _FROM:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj, word
        named = _state_modifier(word)
        if named is not None and possessor is None:
            return named, word
        verb = word.head
        if word.dep_ in ("dobj", "obj") and lemma(verb) in words.light_verbs:
            subject = _subject_of(verb)
            if subject is not None and (possessor is None or subject.pos_ != "PRON"):
                return subject, verb
        return possessor, word
    if word.pos_ in ("VERB", "ADJ"):
        subject = _subject_of(word)
        if subject is not None and subject.pos_ == "PRON":
            # "Austria refused to sign because it wants a freeze" (cablegram.claims.reasons).
            subject = reason_subject(subject) or subject
        return subject or _joined(word, words), word
    return None, word


def _joined(verb: Token, words: ClaimWords) -> Token | None:
    """The ones a subject joins in an attitude: in "Egypt condemned the decision, **joining
    Turkey, Somalia and Djibouti in rejecting** the move" they hold the rejection (the first
    of them, whose conjuncts make the group). None for any other gerund."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "in":
        return None
    anchor = prep.head
    if anchor.pos_ == "VERB":
        if lemma(anchor) not in words.joining_verbs:
            return None
        return next((c for c in anchor.children if c.dep_ in ("dobj", "obj")), None)
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    if anchor.dep_ in ("dobj", "obj") and lemma(anchor.head) in words.joining_verbs:
        return anchor
    return None


def _state_of_name(token: Token) -> str | None:
    """The ISO3 code of the state a name or demonym names ("US", "French"), else None."""
    from cablegram.gazetteer.dictionary import load_dictionary

    if not is_name(token) and token.pos_ != "ADJ":
        return None
    entry = load_dictionary().entry(phrase(token))
    return entry.country if entry is not None and entry.kind == "state" else None


def _state_modifier(word: Token) -> Token | None:
    """The state that names an attitude noun as its own: "**US** requests to send
    peacekeepers", "a **French** proposal for a truce". Only when the noun has no other
    noun before it: in "the Ukraine ceasefire proposal" Ukraine may be what it is about."""
    lefts = [c for c in word.lefts if c.dep_ in ("compound", "amod", "nmod")]
    if any(c.pos_ == "NOUN" for c in lefts):
        return None
    return next((c for c in lefts if _state_of_name(c) is not None), None)


def attitude_holders(head: Token, words: ClaimWords | None = None) -> list[Holder]:
    """Every attitude word above the frame at ``head`` that names its holder, nearest
    first, up to a clause boundary or the top of the sentence: in "Jordan refused **US**
    requests to send peacekeepers" the US holds the request and Jordan the refusal."""
    words = words or claim_words()
    found: list[Holder] = []
    node = head
    while node.head.i != node.i:
        noun = clause_noun(node, words)
        if noun is not None:
            node = noun
        elif (node.dep_ in _OWN_CLAUSES and not attitude_complement(node, words)) or (
            node.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in node.children)
        ):
            break
        else:
            node = node.head
        if _is_attitude(node, words) and not _called_to(node):
            holder, top = _holder_of(node, words)
            if holder is not None:
                found.append(Holder(node, holder, top))
    return found


def _called_to(verb: Token) -> bool:
    """Whether an attitude verb is what another calls its subject to take ("Germany
    **should abandon** the pipeline", the Polish prime minister said): a call on the subject
    (:func:`cablegram.claims.ownership.called_on`), not the subject's attitude."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and called_on(subject)


def path_above(head: Token, words: ClaimWords | None = None) -> set[int]:
    """The indices of the tokens above ``head`` on the walk up: its ancestors, an
    infinitive's stranded attitude noun taken for its head
    (:func:`cablegram.claims.contents.clause_noun`)."""
    words = words or claim_words()
    out: set[int] = set()
    node = head
    while node.head.i != node.i:
        node = clause_noun(node, words) or node.head
        if node.i in out:
            break
        out.add(node.i)
    return out


def attitude_holder(head: Token, words: ClaimWords | None = None) -> Holder | None:
    """The nearest attitude word above the frame at ``head`` that names its holder, or None
    when a clause boundary or the top of the sentence comes first."""
    held = attitude_holders(head, words)
    return held[0] if held else None


def _state_actor(code: str, text: str, start: int, end: int) -> Actor:
    from cablegram.gazetteer.dictionary import load_dictionary

    name = load_dictionary().country_names.get(code, code)
    return Actor(
        name=name,
        kind="state",
        text=text,
        country=code,
        role="GOV",
        start=start,
        end=end,
        actor_id=stable_id("state", name.lower(), code),
    )


def _group_actor(token: Token) -> Actor | None:
    """Coordinated states ("Britain, France and Australia") as one group, which the stance
    query splits back into its states; None unless every conjunct is a state."""
    from cablegram.gazetteer.dictionary import load_dictionary

    dictionary = load_dictionary()
    conjuncts = sorted([token, *token.conjuncts], key=lambda t: t.i)
    names = [phrase(t) for t in conjuncts]
    entries = [dictionary.entry(n) for n in names]
    codes = {e.country for e in entries if e is not None and e.kind == "state"}
    if len(codes) != len(conjuncts) or None in codes:
        return None
    name = ", ".join(names[:-1]) + " and " + names[-1]
    start = conjuncts[0].idx
    end = conjuncts[-1].idx + len(conjuncts[-1].text)
    return Actor(
        name=name,
        kind="group",
        text=token.doc.text[start:end],
        role="GOV",
        start=start,
        end=end,
        actor_id=stable_id("group", name.lower()),
    )


def _titled_person(
    token: Token, words: ClaimWords, text: str, start: int, end: int
) -> Actor | None:
    """A person whose mention gives a state and an office ("**Ukrainian President**
    Volodymyr Zelensky", "**Russia's foreign minister** Sergei Lavrov"), as an official of
    that state; None when the mention does not give both."""
    if token.ent_type_ != "PERSON":
        return None
    lefts = [t for t in token.subtree if t.i < token.i]
    if not any(lemma(t) in words.office_titles for t in lefts):
        return None
    codes = {code for t in lefts if (code := _state_of_name(t)) is not None}
    if len(codes) != 1:
        return None
    name = " ".join(t.text for t in token.subtree if t.i <= token.i and t.ent_type_ == "PERSON")
    return Actor(
        name=name or token.text,
        kind="person",
        text=text,
        country=codes.pop(),
        role="GOV",
        start=start,
        end=end,
        actor_id=stable_id("person", (name or token.text).lower()),
    )


def holder_actor(token: Token, words: ClaimWords | None = None) -> Actor | None:
    """The actor a holder names: a state or capital ("Canada", "Warsaw"), an organisation
    with agency ("NATO"), or a government noun a state's name modifies ("Niger's military
    junta"); None for anything else (pronouns, persons, unknown names, the press)."""
    from cablegram.gazetteer.dictionary import load_dictionary

    words = words or claim_words()
    dictionary = load_dictionary()
    doc = token.doc
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    text = doc.text[start:end]
    if is_name(token) and token.conjuncts:
        return _group_actor(token)
    if is_name(token):
        name = phrase(token)
        entry = dictionary.entry(name)
        if entry is None and name.lower().startswith("the "):
            entry = dictionary.entry(name[4:])
        if entry is None or entry.kind == "person":
            return _titled_person(token, words, text, start, end)
        if entry.kind == "state" and entry.country:
            return _state_actor(entry.country, text, start, end)
        if entry.kind == "organization" and (entry.role or "").upper() in ("IGO", "NGO", "GOV"):
            return Actor(
                name=entry.name,
                kind="organization",
                text=text,
                country=entry.country,
                role=entry.role,
                start=start,
                end=end,
                actor_id=stable_id("entry", entry.identity) if entry.identity else "",
                code=entry.code,
            )
        return None
    if token.pos_ == "NOUN" and lemma(token) in words.government_nouns:
        modifier = name_in(token)
        entry = dictionary.entry(modifier) if modifier else None
        if entry is not None and entry.kind == "state" and entry.country:
            return _state_actor(entry.country, text, start, end)
    return None


def reported_subject(tokens: Sequence[Token], words: ClaimWords | None = None) -> Actor | None:
    """The state or organisation named as the subject of the main clause of reported words
    ("**The United Kingdom** will not impose an arms embargo"), as an actor; None when the
    subject is anything else (a pronoun, a person, a common noun)."""
    inside = {t.i for t in tokens}
    tops = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    for top in tops:
        subject = next((c for c in top.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.i in inside:
            actor = holder_actor(subject, words)
            if actor is not None and actor.kind in ("state", "organization", "group"):
                return actor
    return None
