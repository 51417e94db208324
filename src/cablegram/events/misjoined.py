"""A verb the parser joined to the main clause, though its subject is in the clause before it
(a subject rule read by :func:`cablegram.events.subjects.verb_subject`).

- ``misjoined-conjunct``: in "Egypt counted its dead after Islamists enraged by the
  overthrow of President Mursi took to the streets", the parser read the participle
  "enraged" as the verb of the "after" clause (with "Islamists" its subject) and hung the
  finite "took" on "counted" (as a conjunct, or as a second clause with no mark of its
  own) with no subject, so that it took "Egypt"'s: the protest became Egypt's. A true second
  verb is written after "and", "or", "but" or a comma; one that follows a subordinate
  clause of its first verb with no coordinator between is that clause's own verb, and its
  subject is the subject of that clause ("Islamists"), the head of the phrase and never a
  name inside its participle ("the overthrow of President Mursi"). Where that subordinate
  clause has no subject of its own, the verb is left as the parser joined it.

- ``modifier-split-subject``: in "Somalis enraged by the detention of President Farmajo
  marched", the parser may end the participle at "detention of" and give the verb two
  subjects, "Somalis" and "Farmajo"; the nearer, a name inside the first subject's
  participle or relative modifier, is never the one who acts: the subject is the head the
  modifier hangs on ("Somalis"). Two subjects with no modifier between them (a dateline
  read as a subject, "SEOUL, South Korea - North Korea fired") keep the nearer.

Shapes: ``misjoined_subject(verb) -> Token | None`` (None: the rule does not apply);
``split_subject(subjects) -> Token | None`` (the head subject, or None).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["misjoined_subject"]

# Words by which a second verb is joined to the first: "and", a comma.
COORDINATORS = frozenset(
    {"and", "or", "but", "nor", "yet", "then", "so", ",", ";", ":", "-", "--", "–", "—"}
)  # fmt: skip
# A finite verb, which has a subject of its own: "took", not "taking".
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Marks of a subordinate clause the misjoined verb ends: "after", "when", "as".
CLAUSE_DEPS = frozenset({"advcl"})


def misjoined_subject(verb: Token) -> Token | None:
    """The subject of the subordinate clause a conjoined verb really ends, or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("conj", "advcl"):
        return None
    if verb.dep_ == "advcl" and (
        verb.tag_ not in FINITE_TAGS or any(c.dep_ == "mark" for c in verb.children)
    ):
        return None  # "..., killing 12": a participle of the clause it hangs on
    start = verb.left_edge.i
    if start == 0:
        return None
    before = verb.doc[start - 1]
    if before.lower_ in COORDINATORS or before.dep_ in ("cc", "punct"):
        return None
    head = verb.head
    for clause in head.children:
        if clause.dep_ not in CLAUSE_DEPS or clause.right_edge.i != start - 1:
            continue
        if not any(c.dep_ == "mark" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i < clause.i:
            return subject
    return None


# Modifiers of a noun that hold a clause: "Islamists enraged by ...", "men who ...".
MODIFIER_DEPS = frozenset({"acl", "relcl"})


def split_subject(before: list[Token]) -> Token | None:
    """Of several subjects before a verb (in order), the first, when the nearest begins right
    where the first's participle or relative modifier ends; else None."""
    if len(before) < 2:
        return None
    nearest = before[-1]
    for subject in before[:-1]:
        for mod in subject.children:
            if mod.dep_ in MODIFIER_DEPS and mod.i > subject.i:
                if mod.right_edge.i + 1 == nearest.left_edge.i:
                    return subject
    return None
