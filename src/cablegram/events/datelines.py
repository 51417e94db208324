"""A dateline the parser made a subject (used by :func:`cablegram.events.subjects.verb_subject`).

- ``dateline-subject`` (round 13, i110): in "KABUL, Afghanistan - The Taliban struck
  Thursday ..." the parser may make the dateline's place ("KABUL") the verb's subject and
  hang the real subject on it as an apposition after the dash. The place files the story;
  it never acts: the apposition after the dash is the subject. With no apposition after a
  dash, a dateline subject names no one (no subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.kinds import in_dateline

__all__ = ["DASHES", "past_dateline"]

DASHES = frozenset({"—", "–", "--", "-"})


def past_dateline(subject: Token) -> Token | None:
    """The subject past a dateline: ``subject`` itself when it is no dateline word; the
    apposition after the dateline's dash when it is one; ``None`` when no such apposition."""
    doc = subject.doc
    if not in_dateline(doc, subject):
        return subject
    dash = next(
        (t.i for t in doc[subject.i : min(len(doc), subject.i + 10)] if t.text in DASHES),
        None,
    )
    if dash is None:
        return None
    after = [
        t
        for t in subject.subtree
        if t.dep_ == "appos" and t.i > dash and t.pos_ in ("NOUN", "PROPN")
    ]
    return after[0] if after else None
