"""Who quotes a speaker is no one in what is quoted (used by
:func:`cablegram.events.target_phrases.target_actor`).

- ``quoting-outlet`` (round 13, i110): "Tolo News quoted Governor Hayat as saying that the
  soldiers were on an operation when they were attacked by the militant group": the one who
  quotes or cites a speaker (a news outlet, a paper, an agency) passes on the speaker's
  words; a pronoun inside them ("they") never stands for it, though it may be the only name
  the sentence gives. Read for "quote" and "cite" with an object (the speaker quoted), whose
  subject is dropped from the pronoun's reading; "said they were attacked" keeps the speaker
  as the pronoun's antecedent (that speaker speaks for itself).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.tree import lemma

__all__ = ["QUOTING_VERBS", "quoting_subjects"]

QUOTING_VERBS = frozenset({"quote", "cite"})


def quoting_subjects(pronoun: Token) -> list[Token]:
    """The subjects of the verbs of quoting above ``pronoun`` that quote someone else
    ("Tolo News" in "Tolo News quoted X as saying that ... they ..."); empty for any other
    pronoun or sentence."""
    if pronoun.pos_ != "PRON":
        return []
    out: list[Token] = []
    for verb in pronoun.ancestors:
        if lemma(verb) not in QUOTING_VERBS or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "dobj" for c in verb.children):
            continue
        out += [c for c in verb.children if c.dep_ == "nsubj"]
    return out
