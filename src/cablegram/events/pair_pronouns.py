"""Rule ``they-the-pair``: "Sergei Lavrov and Marco Rubio reaffirmed their readiness to work
together. They agreed on regular contacts": a "they" that opens the sentence after one whose
main subject is two or more joined people stands for those people. The document lookup may
read it as the last body named (the ministry that issued the readout), which made that body
the source of the pair's act.

Only where the sentence before has a main-clause subject of joined PERSON names, each of
which the lookup resolves, and the pronoun is the first subject of its own sentence; any
other "they" is left to the lookup. A plural noun elsewhere in the sentence before ("X and Y
discussed the rebels. They attacked a base", "praised the negotiators. They signed") is a
rival antecedent, and the "they" is left to the lookup too (review f134).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cablegram.events.phrases import Context, phrase_actors
from cablegram.records import Actor

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Plural noun tags, and entity labels of plural nouns that count time or amounts ("for two
# hours", "three days"), no antecedent of "they".
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
MEASURE_ENTS = frozenset({"DATE", "TIME", "QUANTITY", "CARDINAL", "MONEY", "PERCENT"})


def _first_subject(tokens: list[Token]) -> Token | None:
    return next((t for t in tokens if t.dep_ in SUBJECT_DEPS), None)


def _rival_plural(before: Span, subject: Token) -> bool:
    """A plural noun of the sentence ``before`` outside its joined subject ("discussed the
    rebels"), other than a measure of time or amount: another thing "they" may stand for."""
    inside = {t.i for t in subject.subtree}
    return any(
        t.tag_ in PLURAL_TAGS and t.i not in inside and t.ent_type_ not in MEASURE_ENTS
        for t in before
    )


def pair_before(pronoun: Token, ctx: Context) -> list[Actor]:
    """The people a sentence-opening "they" stands for (one actor per joined name), or []."""
    if pronoun.lower_ != "they" or pronoun.pos_ != "PRON":
        return []
    sent = pronoun.sent
    if sent.start == 0 or _first_subject(list(sent)) != pronoun:
        return []
    last = sent.start - 1
    while last > 0 and pronoun.doc[last].is_space:
        last -= 1  # the paragraph break between the two sentences
    before = pronoun.doc[last].sent
    subject = next((t for t in before if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"), None)
    if subject is None:
        return []
    people = [subject, *subject.conjuncts]
    if len(people) < 2 or any(p.ent_type_ != "PERSON" for p in people):
        return []
    if _rival_plural(before, subject):
        return []
    # the lookup reads the joined subject as one phrase: one person per joined name
    found = phrase_actors(subject, "source", ctx)
    names = {a.name for a in found}
    if len(found) != len(people) or len(names) != len(people):
        return []
    return found if all(a.kind == "person" for a in found) else []
