"""Two people's names the recogniser tagged as one: "Kiir and Machar", "Merkel and Hollande".

The small English model often tags a coordination of two names as one PERSON span, so the
resolver made one actor of two people (the first one, with "Kiir and Machar" as its alias).
:func:`split_conjoined_persons` cuts such a span in place into one PERSON span per conjunct,
before any mention is read, so that each name joins its own person.

A span is cut only when the parse says it holds a coordination: a token inside it is "and" or
"or" with the relation ``cc``, the word right after it begins a capitalised proper noun, and
that word's name is a ``conj`` of a word before the "and" (or the other way round, as the
parser sometimes hangs them). The model tags such a pair as an organisation as often as a
person ("Kiir and Machar" ORG), and tags facilities and events as persons ("Pierce Art and
History Center"); so a span is cut only when the last word of each conjunct is tagged as a
person's name in another span of the text ("Salva Kiir ... Riek Machar"), and its parts
become PERSON spans. Place spans are never cut ("Trinidad and Tobago"), nor are organisations'
own names ("Americas Society and Council of the Americas": "Council" names no person), nor a
span whose
first part is a bare given name sharing the second's surname ("Bill and Hillary Clinton" stays
whole: its first part is no full name of its own).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from cablegram.actors.base import set_entities

_JOINS = frozenset({"and", "or"})


def _coordinated(span: Span, join: Token) -> bool:
    """Whether the parse makes the words on either side of ``join`` conjuncts of each other."""
    left = range(span.start, join.i)
    right = range(join.i + 1, span.end)
    for token in span:
        if token.dep_ != "conj":
            continue
        if token.i in right and token.head.i in left:
            return True
        if token.i in left and token.head.i in right:
            return True
    return False


def _cut(span: Span, person_words: frozenset[str]) -> list[Span] | None:
    """The conjuncts of a PERSON or ORG span that names two people, as PERSON spans, or None
    to keep it whole; ``person_words``: words of the text's other PERSON spans."""
    doc = span.doc
    for token in span[1:-1]:
        if token.lower_ not in _JOINS or token.dep_ != "cc":
            continue
        after = doc[token.i + 1]
        if after.pos_ != "PROPN" or not after.text[:1].isupper():
            continue
        if not _coordinated(span, token):
            continue
        left = Span(doc, span.start, token.i, label="PERSON")
        right = Span(doc, token.i + 1, span.end, label="PERSON")
        if not (left[-1].text in person_words and right[-1].text in person_words):
            continue
        if len(left) == 1 and len(right) > 1:
            # "Bill and Hillary Clinton": a given name alone before a full name shares it.
            continue
        return [left, right]
    return None


def split_conjoined_persons(doc: Doc) -> None:
    """Cut every PERSON (or person-named ORG) span of ``doc`` that coordinates two names into
    its conjuncts, in place (see the module doc); other spans are left as they are."""
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    out: list[Span] = []
    changed = False
    for ent in doc.ents:
        parts = None
        if ent.label_ in ("PERSON", "ORG") and len(ent) >= 3:
            others = frozenset(t.text for e in persons if e != ent for t in e)
            parts = _cut(ent, others)
        if parts is None:
            out.append(ent)
            continue
        out.extend(parts)
        changed = True
    if changed:
        set_entities(doc, out)
