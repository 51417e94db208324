"""Who a sentence tells was harmed, for the doer a pronoun is read as (used by
:func:`cablegram.events.arguments.source_actors`).

- ``victim-antecedent`` (round 13, i110): "The Taliban struck Thursday in Kunduz, leaving 15
  soldiers dead there, and in Farah province, where they killed four policemen": "they" is
  the attackers, though the nearest plural named is the soldiers left dead. A pronoun that
  does an act of harm (ASSAULT, COERCE) never stands for a party the same sentence names as
  harmed: the object of a verb of harm ("killed 15 soldiers"), of "leave" with a word of harm
  ("leaving 15 soldiers dead"), or the subject of a passive verb of harm ("15 soldiers were
  killed"). Those actors are dropped from the pronoun's reading; when none is left, the act
  has no source (precision first). Narrowed (round 13, f110): harm told in a clause joined
  to the pronoun's own by a conjunction ("Two soldiers were wounded in the ambush, but they
  killed three attackers") is not counted (:func:`_conjoined_clauses`): a party harmed in
  one clause can hit back in the next. Harm in a participle or relative clause on the same
  main clause ("leaving 15 soldiers dead ..., where they killed") still counts.
- ``pronoun-not-own-object`` (round 13, i110): see :func:`own_objects`.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.tree import lemma
from cablegram.events.unargued import HARM_VERBS

__all__ = ["HARMING_TYPES", "HARM_STATES", "harmed_in_sentence", "own_objects"]

# Acts whose doer is never their victim.
HARMING_TYPES = frozenset({"ASSAULT", "COERCE"})
# Words of harm a "leave" puts its object in: "leaving 15 soldiers dead".
HARM_STATES = frozenset({"dead", "wounded", "injured", "homeless", "stranded", "missing"})


def _left_harmed(verb: Token) -> bool:
    return lemma(verb) == "leave" and any(
        c.lower_ in HARM_STATES
        for c in verb.children
        if c.dep_ in ("oprd", "acomp", "prep", "xcomp", "advmod", "amod", "ccomp")
    )


def _ancestors(token: Token) -> list[Token]:
    out = [token]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _conjoined_clauses(one: Token, other: Token) -> bool:
    """Whether the dependency path between two tokens crosses a verb joined by a
    conjunction ("were wounded ..., but they killed": "killed" is a ``conj`` of "wounded")."""
    up_one, up_other = _ancestors(one), _ancestors(other)
    common = {t.i for t in up_other}
    top = next((t for t in up_one if t.i in common), None)
    if top is None:
        return True
    path = up_one[: [u.i for u in up_one].index(top.i)]
    path += up_other[: [u.i for u in up_other].index(top.i)]
    return any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") for t in path)


def harmed_in_sentence(token: Token) -> list[Token]:
    """The heads of the phrases ``token``'s sentence names as harmed (see the module's doc)."""
    out: list[Token] = []
    for verb in token.sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.i == token.i:
            continue
        if _conjoined_clauses(token, verb):
            continue
        harm = lemma(verb) in HARM_VERBS
        if harm or _left_harmed(verb):
            out += [c for c in verb.children if c.dep_ == "dobj"]
        if harm:
            out += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return [t for t in out if t.i != token.i and t.pos_ != "PRON"]


def own_objects(trigger: Token) -> list[Token]:
    """Rule ``pronoun-not-own-object``: the objects of the trigger's own verb ("They have
    urged the government": "the government"). A pronoun subject never stands for its own
    verb's object (the object would be "itself" or "themselves"), so actors those phrases
    name are dropped from the pronoun's reading, as the harmed are (see the module's doc)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return []
    return [
        c
        for c in trigger.children
        if c.dep_ in ("dobj", "dative", "iobj")
        # "launched its strikes": an object owned by a pronoun names the pronoun's own party
        and not any(k.dep_ == "poss" and k.pos_ == "PRON" for k in c.children)
    ]
