"""The pattern condition ``modal_clause`` (used by :func:`cablegram.events.triggers.fits`):
"agree" with a that-clause is AGREE only when parties agree on a course between them.

PLOVER's AGREE is agreeing to or signing a deal, an accord or a plan, or agreeing with
another actor to do something. A that-clause with a modal of a course ("should", "would",
"will", "must", "shall") is the finite twin of "agreed to cooperate" only when

- at least two parties agree: a conjoined subject ("Kenya and Uganda agreed that ..."), a
  subject whose modifiers name two parties ("Hungarian and Romanian officials"); or a plural
  subject or a partner ("The two sides agreed", "X agreed with Y") whose clause is about the
  agreeing parties' own course or a joint one: "that they would", "that their countries
  should", "that both sides must", "that talks would resume".

One actor agreeing that something ought to happen ("The minister agreed that the bank must
cut rates") or a partner sharing an opinion about a third party ("X agreed with Y that Z must
pay") is agreement with a proposition, no act between parties (issue 11, review of round 15).
"""

from __future__ import annotations

from spacy.tokens import Token

# Modals of a course to take in a that-clause ("agreed that they should cooperate").
COURSE_MODALS = frozenset({"should", "would", "will", "must", "shall"})
# Subjects of the clause that are the agreeing parties themselves.
OWN_PRONOUNS = frozenset({"they", "we", "both", "each", "all"})
OWN_POSSESSIVES = frozenset({"their", "our"})
OWN_DETERMINERS = frozenset({"both", "two", "each", "three", "all"})
# Nouns of a course two parties take together ("talks would resume").
JOINT_NOUNS = frozenset(
    {
        "talk", "talks", "negotiation", "dialogue", "ceasefire", "cease-fire", "truce",
        "cooperation", "meeting", "summit", "consultation", "exchange", "partnership",
    }
)  # fmt: skip
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _course_clauses(verb: Token) -> list[Token]:
    """The verb's that-clauses that carry a modal of a course."""
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and any(a.dep_ == "aux" and a.lower_ in COURSE_MODALS for a in c.children)
    ]


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _conjoined(subject: Token) -> bool:
    """Two parties in the subject: "Kenya and Uganda", "Hungarian and Romanian officials"."""
    if any(c.dep_ == "conj" for c in subject.children):
        return True
    return any(
        m.dep_ in ("amod", "compound", "nmod") and any(c.dep_ == "conj" for c in m.children)
        for m in subject.children
    )


def _several(subject: Token) -> bool:
    """A plural subject: "the two sides", "ministers", "they"."""
    return subject.tag_ in ("NNS", "NNPS") or subject.lower_ in OWN_PRONOUNS


def _own_or_joint(clause: Token) -> bool:
    """Whether the clause's subject is the agreeing parties or a joint course."""
    subject = _subject(clause)
    if subject is None:
        return False
    if subject.lower_ in OWN_PRONOUNS or subject.lemma_.lower() in JOINT_NOUNS:
        return True
    if subject.lower_ in JOINT_NOUNS:
        return True
    return any(
        (c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES)
        or (c.dep_ in ("det", "nummod", "predet") and c.lower_ in OWN_DETERMINERS)
        for c in subject.children
    )


def _partner(verb: Token) -> bool:
    """ "agreed with Y": a party the subject agrees with."""
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


def agreed_course(verb: Token) -> bool:
    """Whether "agree" (``verb``) has a that-clause of a course agreed between parties."""
    clauses = _course_clauses(verb)
    if not clauses:
        return False
    subject = _subject(verb)
    if subject is None:
        return False
    if _conjoined(subject):
        return True
    if _several(subject) or _partner(verb):
        return any(_own_or_joint(c) for c in clauses)
    return False
