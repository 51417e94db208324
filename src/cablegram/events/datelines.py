"""A dateline the parser made a subject (used by :func:`cablegram.events.subjects.verb_subject`).

- ``dateline-subject`` (round 13, i110): in "KABUL, Afghanistan - The Taliban struck
  Thursday ..." the parser may make the dateline's place ("KABUL") the verb's subject and
  hang the real subject on it as an apposition after the dash. The place files the story;
  it never acts: the apposition after the dash (or after the dateline, where a colon or a
  date ends it: "MOGADISHU, Sept 1: Al Shabaab militants") is the subject. With no such
  apposition, the subject is left as the parser gave it.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.kinds import in_dateline

__all__ = ["DASHES", "past_dateline"]

DASHES = frozenset({"—", "–", "--", "-"})


def past_dateline(subject: Token) -> Token:
    """The subject past a dateline: the apposition after the dateline's dash (or after the
    dateline) when ``subject`` is a dateline word and has one; otherwise ``subject``."""
    doc = subject.doc
    if not in_dateline(doc, subject):
        return subject
    dash = next(
        (t.i for t in doc[subject.i : min(len(doc), subject.i + 10)] if t.text in DASHES),
        None,
    )
    after = [
        t
        for t in subject.subtree
        if t.dep_ == "appos"
        and t.i > (dash if dash is not None else subject.i)
        and t.pos_ in ("NOUN", "PROPN")
        and t.ent_type_ not in ("DATE", "TIME")  # "MOGADISHU, Sept 1:": when, not who
        and not any(c.like_num for c in t.children)
    ]
    return after[0] if after else subject
