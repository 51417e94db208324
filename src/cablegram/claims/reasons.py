"""The subject of a reason clause, when it is a pronoun for the main clause's subject.

"Austria refused to sign the statement **because it wants** a complete freeze of the talks",
"Hungary blocked the sanctions **as it opposes** new measures": the pronoun of a clause of
reason ("because", "as", "since") stands for the subject of the clause it gives the reason
for, which the writer names; the attitude in the reason is that subject's
(:func:`cablegram.claims.holders.attitude_holders`). Only "it" and "they" for a named
subject, and only with a marker of reason: "Austria signed, but it wants more" or "Poland
said that it opposes" are left as they are.

Only where the main clause names no other party the pronoun could stand for: the reason of
a verb of reaction is mostly its object's ("Germany criticised **Turkey** because it wants to
reinstate the death penalty", "Britain expelled **the Russian ambassador** because it backs
the rebels", "Japan protested **to China** because it plans a base"). Any name outside the
subject (a state, group, person or people: "Russian"), and any noun the main verb acts on
directly or through a preposition that agrees in number with the pronoun ("sanctioned
**the regime**", "vetoed **the treaty**"), leave the pronoun as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from cablegram.claims.tokens import is_name

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that mark a clause as the reason for the one it hangs on.
REASON_MARKS: Final = frozenset({"because", "as", "since"})
_PRONOUNS: Final = frozenset({"it", "they"})
# Entity types of a party a pronoun can stand for.
_PARTIES: Final = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_OBJECTS: Final = frozenset({"dobj", "obj", "dative", "iobj"})


def reason_subject(pronoun: Token) -> Token | None:
    """The named subject of the main clause that a reason clause's pronoun subject stands
    for (see the module), else None."""
    if pronoun.lower_ not in _PRONOUNS or pronoun.dep_ != "nsubj":
        return None
    verb = pronoun.head
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in verb.children
    ):
        return None
    main = verb.head
    named = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if named is None or not is_name(named):
        return None
    if (pronoun.lower_ == "they") != bool(named.conjuncts):
        # "it" for one name, "they" for names joined ("Austria and Hungary").
        return None
    if _other_party(main, named, verb, plural=pronoun.lower_ == "they"):
        return None
    return named


def _plural(noun: Token) -> bool:
    return noun.tag_ in ("NNS", "NNPS") or bool(noun.conjuncts)


def _acted_on(main: Token) -> list[Token]:
    """The nouns the main verb acts on: objects and the objects of its prepositions."""
    found = [c for c in main.children if c.dep_ in _OBJECTS]
    for prep in main.children:
        if prep.dep_ == "prep":
            found.extend(p for p in prep.children if p.dep_ == "pobj")
    return found


def _other_party(main: Token, named: Token, reason: Token, *, plural: bool) -> bool:
    """Whether the main clause names a party other than its subject that the reason
    clause's pronoun could stand for (see the module)."""
    skip = {t.i for t in named.subtree} | {t.i for t in reason.subtree}
    for token in main.subtree:
        if token.i in skip or token.i == main.i:
            continue
        if token.ent_type_ in _PARTIES:
            return True
    return any(n.pos_ in ("NOUN", "PROPN") and _plural(n) == plural for n in _acted_on(main))
