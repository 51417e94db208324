"""Tense and mood of a clause, read off the dependency parse: the future ("will", "is to"),
the modal and conditional ("would", "if ..."), the demand ("must", "has to").

These readers look at words only; :mod:`~cablegram.events.modality` applies them to a
trigger's controlling words, and the blocking and retyping rules build on both.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cablegram.actors.base import first_person

FUTURE_AUX = frozenset({"will", "shall", "wo", "'ll"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "'d"})
# Auxiliaries that only say what may happen ("could undermine": a forecast, not a charge).
MAY_AUX = frozenset({"could", "may", "might", "can"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Modal verbs and phrases that make their clause something demanded of its subject.
DEMAND_MODALS = frozenset({"must", "should", "ought"})


def aux_lemmas(tok: Token) -> set[str]:
    """The word's auxiliaries, as written and as lemmas ("'d" and "would"); a curly
    apostrophe is read as a straight one ("she’ll" is "she'll")."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return {c.lower_.replace("\u2019", "'") for c in auxes} | {
        c.lemma_.lower().replace("\u2019", "'") for c in auxes
    }


def _conditional_clause(clause: Token) -> bool:
    """An if/unless/whether clause; "even if" concedes rather than conditions ("will not send
    troops even if Kerry wins" holds whoever wins)."""
    if clause.dep_ != "advcl":
        return False
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS]
    if not marks:
        return False
    return not any(c.lower_ == "even" and c.i < marks[0].i for c in clause.children)


def in_condition(tok: Token) -> bool:
    """The word heads an if/unless clause, or has one hanging on it ("if X is elected")."""
    return _conditional_clause(tok) or any(_conditional_clause(c) for c in tok.children)


def has_unless(tok_chain: Sequence[Token]) -> bool:
    """A condition of the "unless ..." kind on the event: the mark of a threat."""
    for tok in tok_chain:
        for child in tok.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "unless" for m in child.children
            ):
                return True
    return False


# Conjunctions of a clause of time: "when he meets", "after she arrives", "once they sign".
TIME_MARKS = frozenset({"when", "after", "before", "once", "until", "till", "while", "whenever"})


def timed_by_future(tok: Token) -> bool:
    """A present-tense clause of time under a future: English tells a future act in a
    "when"/"after"/"once" clause in the present ("will raise it when he meets Xi on Tuesday";
    "will sign after the parliament approves it"), so the act is still to come. A past clause
    ("met him when she visited") is told as done and is left alone."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBZ", "VBP"):
        return False
    # the parser takes "when" as a mark or as an adverb of the clause
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS for c in tok.children):
        return False
    return _future_here(tok.head)


def _future_here(tok: Token) -> bool:
    """ "will", "shall", "'ll", "won't" or "going to" on the word itself, or a schedule."""
    if aux_lemmas(tok) & FUTURE_AUX:
        return True
    if tok.lemma_ == "go" and tok.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in tok.children):
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "go" and tok.head.tag_ == "VBG":
        return True
    return scheduled(tok)


def is_future(tokens: Sequence[Token]) -> bool:
    """ "will", "shall", "'ll", "won't", "going to" on the trigger or its controlling words,
    an act fixed for the future ("is to expel", "is due to visit", "is set to meet":
    :func:`scheduled`), or a present clause of time under one ("when he meets":
    :func:`timed_by_future`)."""
    for tok in tokens:
        if timed_by_future(tok):
            return True
        if aux_lemmas(tok) & FUTURE_AUX:
            return True
        if (
            tok.lemma_ == "go"
            and tok.tag_ == "VBG"
            and any(c.dep_ == "xcomp" for c in tok.children)
        ):
            return True
        if tok.dep_ == "xcomp" and tok.head.lemma_ == "go" and tok.head.tag_ == "VBG":
            return True
        if scheduled(tok):
            return True
    return False


# Present tenses of "be": "is to expel" looks forward; "was to expel" told a plan of the past.
_PRESENT_BE = frozenset({"VBZ", "VBP"})
# Words that fix an act for a date or for the moment ahead: "is due to visit", "is set to
# meet", "is scheduled to", "troops were poised to assault the city", "is about to launch".
SCHEDULE_WORDS = frozenset({"due", "set", "scheduled", "slated", "poised", "about"})
# Subjects of "is to" that name a purpose, not a doer: "the aim is to expel them" states an
# aim (the plan readers decide what that is), never an act fixed for the future.
PURPOSE_SUBJECTS = frozenset(
    {"aim", "goal", "objective", "purpose", "task", "plan", "idea", "intention", "priority",
     "mission", "job", "challenge", "point", "hope", "option", "solution", "answer", "way",
     "step", "strategy", "policy", "dream", "wish", "role", "duty", "problem", "question",
     "it", "this", "that", "what", "which", "thing", "alternative", "choice", "response"}
)  # fmt: skip


def _to_complement(tok: Token) -> bool:
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children
    )


def _arranged(tok: Token, tags: frozenset[str]) -> bool:
    """The word fixes its "to" complement, in a tense of "be" among ``tags``: "is to expel",
    "is due to visit", "was set to reimpose" (the adjective or participle hangs on "be")."""
    if not _to_complement(tok):
        return False
    if tok.lemma_ == "be" and tok.tag_ in tags:
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.lemma_.lower() not in PURPOSE_SUBJECTS
    if tok.lower_ not in SCHEDULE_WORDS:
        return False
    tense = [c for c in tok.children if c.dep_ in ("auxpass", "aux") and c.lemma_ == "be"]
    if tok.dep_ == "acomp":
        tense.append(tok.head)  # "is due to": the adjective hangs on "is"
    return any(t.lemma_ == "be" and t.tag_ in tags for t in tense)


_PAST_BE = frozenset({"VBD"})


def scheduled_in_past(tok: Token) -> bool:
    """ "was to impose", "was set to reimpose", "were due to meet": an act arranged in the
    past, which the clause does not tell as done."""
    return _arranged(tok, _PAST_BE)


def scheduled(tok: Token) -> bool:
    """The word fixes its "to" complement for the future, in the present tense: "Russia is
    to expel 23 diplomats", "Putin is due to visit", "the minister is set to meet". What is
    announced this way has not happened yet, so it is not ``asserted``."""
    return _arranged(tok, _PRESENT_BE)


def is_hypothetical(tokens: Sequence[Token]) -> bool:
    """ "would", "could", "might", "may", an if/unless clause: the event is not asserted."""
    return any(aux_lemmas(tok) & HYPOTHETICAL_AUX or in_condition(tok) for tok in tokens)


def is_hypothetical_aux(tokens: Sequence[Token]) -> bool:
    """A "would"/"could"/"might"/"may" on the trigger or its controlling words."""
    return any(aux_lemmas(tok) & HYPOTHETICAL_AUX for tok in tokens)


def is_speculative(tokens: Sequence[Token]) -> bool:
    """A modal ("would", "could", "may") with no condition stated: speculation, not an event.

    "Europeans could be reluctant to send troops" or "he'd probably agree" say what might
    happen; a conditional ("if Kerry wins, Paris will not send troops") states a position and
    stays an event, marked hypothetical.
    """
    return is_hypothetical_aux(tokens) and not any(in_condition(tok) for tok in tokens)


def inverted_condition(verb: Token) -> bool:
    """ "should Russia continue to threaten Ukraine, ...": "should" before its subject opens a
    condition (as "if Russia continues" does); it demands nothing."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        c.dep_ == "aux" and c.lower_ in ("should", "had", "were") and c.i < subject.i
        for c in verb.children
    )


def demand_modal(verb: Token) -> bool:
    """ "must withdraw", "should stop", "ought to", "has to leave", "needs to talk"."""
    if inverted_condition(verb):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in DEMAND_MODALS for c in verb.children):
        return True
    # "He ought to pull that back": the parser may make "ought" the head of "to pull".
    return verb.lemma_.lower() in ("have", "need", "ought") and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def performative(verb: Token) -> bool:
    """ "We call on India to ...", "I strongly condemn ...": a verb of a verbal act in the
    first person and the simple present, with no modal, does the act by being said (the
    quoted words are the demand, not a report of one)."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VB"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    # the speaker's own pronoun, as the actor finder reads it ("we", not "US")
    return any(c.dep_ == "nsubj" and first_person(c) for c in verb.children)


# A denial of these is a denial that something happened, not a refusal.
REPORT_NOUNS = frozenset(
    {
        "report", "claim", "allegation", "suggestion", "rumour", "rumor", "speculation",
        "story", "involvement", "responsibility", "role", "accusation", "charge",
        "wrongdoing", "link", "knowledge", "participation", "complicity",
    }
)  # fmt: skip

DENY_VERBS = frozenset(
    {"deny", "dismiss", "refute", "rebut", "dispute", "defy", "reject", "contradict"}
)


def resumed_charge(deny: Token) -> bool:
    """ "India accused Pakistan of backing the militants, a charge Pakistan denies": the
    parser makes the accusation a clause of "denies", but the denial is of the charge that
    resumes it (a report noun between the two). The accusation was made, and the denial is
    a REJECT whose target (the accuser) the clause does not name."""
    if deny.lemma_.lower() not in DENY_VERBS:
        return False
    clause = next((c for c in deny.children if c.dep_ == "ccomp" and c.i < deny.i), None)
    if clause is None:
        return False
    return any(
        c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in REPORT_NOUNS and clause.i < c.i < deny.i
        for c in deny.children
    )
