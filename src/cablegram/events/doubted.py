"""Acts told only inside a report that the sentence denies, doubts or leaves unconfirmed (a
blocking rule registered in :data:`cablegram.events.blockers.BLOCKERS`; imported by the
coder through :mod:`cablegram.events.registered`). Precision first: none of these is coded.

- ``doubted-report``: an act in the that-clause of a noun of report or sign ("reports",
  "claims", "rumours", "word", "signs", "indications") is only as true as the report; when
  the sentence takes the report back, the act is not asserted. The report is taken back
  when it is qualified as doubtful ("unconfirmed reports that rebels had seized the
  airport", "a false claim that he opposed the invasion", "conflicting reports that
  militants had taken elders hostage"; "unconfirmed reports said rebels had seized the
  airport"), when a verb of confirming or comment it hangs on is negated ("nor were
  there reports that the embassy was evacuating", "has not commented on reports that it
  expelled two diplomats", "did not confirm reports that"; not any negated verb: "were not
  deterred by reports", "did not deny reports"), when the verb that takes it as object
  doubts it ("officials played down reports that Russia had deployed missiles",
  "dismissed claims that troops had withdrawn"; not "questioned witnesses about reports"),
  when a noun of doubt cast on it names it ("cast doubt on reports", "raised questions
  about reports"; not "answered a question on reports"), or when the report is the subject
  of a negated check or truth ("reports that the army had shelled the market could not be
  verified", "were not true", "claims that ... proved false"; not "were not surprising").
  The same holds for a report "of" an act ("unconfirmed reports of shelling"). A report
  confirmed ("reports that rebels took the airport were confirmed by the army") or simply
  told ("witnesses reported that troops shelled the market") keeps its act.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site
from cablegram.events.tree import lemma

REPORT_WORDS = frozenset(
    {"report", "claim", "allegation", "rumour", "rumor", "account", "word", "news",
     "suggestion", "speculation", "story", "assertion", "sign", "indication", "evidence",
     "reporting"}
)  # fmt: skip
# Words that qualify a report as doubtful.
DOUBT_WORDS = frozenset(
    {"unconfirmed", "unverified", "unsubstantiated", "uncorroborated", "false", "baseless",
     "unfounded", "groundless", "conflicting", "contradictory", "untrue", "bogus", "fake",
     "erroneous", "inaccurate", "spurious", "unsourced", "wrong", "mistaken"}
)  # fmt: skip
# Verbs that take a report back: "played down reports", "dismissed claims".
DOUBT_VERBS = frozenset(
    {"dismiss", "deny", "doubt", "question", "downplay", "discount", "dispute", "refute",
     "rebut", "reject", "rubbish", "contradict", "debunk", "deflect", "discredit", "disavow"}
)  # fmt: skip
# Verb and particle pairs that do the same: "played down", "brushed aside", "shot down".
DOUBT_PHRASALS = frozenset(
    {
        ("play", "down"),
        ("brush", "aside"),
        ("brush", "off"),
        ("shoot", "down"),
        ("knock", "down"),
        ("wave", "off"),
    }
)
# Nouns of doubt whose "on" object is a report: "cast doubt on reports".
DOUBT_NOUNS = frozenset({"doubt", "question", "scepticism", "skepticism", "cold", "water"})
# Checks that, negated, leave a report unconfirmed: "could not be verified".
CHECK_VERBS = frozenset(
    {"verify", "confirm", "corroborate", "substantiate", "prove", "check", "establish"}
)  # fmt: skip
# Predicates of truth that, negated, deny a report: "reports that ... were not true".
TRUTH_WORDS = frozenset(
    {"true", "accurate", "correct", "right", "credible", "reliable", "genuine", "factual",
     "founded", "well-founded", "borne", "the case", "case", "fact"}
)  # fmt: skip
# Verbs that, negated, leave their report unconfirmed: "did not confirm reports", "has not
# commented on reports"; not any negated verb ("were not deterred by reports").
COMMENT_VERBS = CHECK_VERBS | frozenset(
    {"comment", "respond", "react", "address", "acknowledge", "reply", "answer"}
)  # fmt: skip
# Verbs of casting doubt whose object is a noun of doubt: "cast doubt on", "raised questions".
CASTING_VERBS = frozenset({"cast", "throw", "raise", "pour", "express", "voice", "sow"})
NEGATORS = frozenset({"not", "n't", "never", "nor", "neither", "no"})
# Links from an act's clause to the report noun it belongs to.
CLAUSE_LINKS = frozenset({"acl", "ccomp", "appos", "relcl"})
# Links further up from a clause word within the act's own clause chain.
CHAIN_LINKS = frozenset({"xcomp", "ccomp", "conj", "pcomp", "prep", "pobj", "dobj", "aux"})
MAX_STEPS = 6


def _nominal(word: Token) -> bool:
    """A noun, or a word in a noun's place that the tagger took for a verb ("there were
    reports that": "reports" tagged VBZ as an attribute)."""
    return word.pos_ == "NOUN" or word.dep_ in ("attr", "nsubj", "nsubjpass", "dobj", "pobj")


def _report_of(trigger: Token) -> Token | None:
    """The report noun whose that-clause holds the trigger ("reports that X seized"), or
    whose "of" or "about" phrase names it ("reports of the shelling of the market")."""
    tok = trigger
    for _ in range(MAX_STEPS):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ in CLAUSE_LINKS and lemma(head) in REPORT_WORDS and _nominal(head):
            return head
        if (
            tok.dep_ == "prep"
            and tok.lower_ in ("of", "about")
            and lemma(head) in REPORT_WORDS
            and head.pos_ == "NOUN"
        ):
            return head
        if tok.dep_ not in CHAIN_LINKS:
            return None
        tok = head
    return None


def _negated(verb: Token) -> bool:
    """The verb is negated ("did not confirm", "nor were there"), by a child or by a
    sentence-initial "nor"/"neither" hanging on it."""
    if any(c.dep_ in ("neg", "preconj") or c.lower_ in NEGATORS for c in verb.children):
        return True
    # "Nor were there reports": "nor" may hang as the verb's "cc" or as the first word
    first = verb.sent[0] if verb.sent is not None else None
    return first is not None and first.lower_ in ("nor", "neither") and first.head == verb


def _doubting(verb: Token) -> bool:
    """The verb itself doubts its object ("dismissed", "played down"), not negated."""
    word = lemma(verb)
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if word not in DOUBT_VERBS and not any((word, p) in DOUBT_PHRASALS for p in particles):
        return False
    return not _negated(verb)  # "did not deny reports": the report stands


def _doubtful(report: Token) -> bool:
    """The report is qualified as doubtful ("unconfirmed reports") or denied ("no reports")."""
    return any(
        (c.dep_ == "amod" and c.lower_ in DOUBT_WORDS) or (c.dep_ == "det" and c.lower_ == "no")
        for c in report.children
    )


def _cast_doubt_on(prep: Token) -> bool:
    """ "cast doubt on reports", "raised questions about reports": the report's preposition
    hangs on a noun of doubt, or beside one, that a verb of casting takes as its object (not
    "answered a question on reports")."""
    nouns = [prep.head] if lemma(prep.head) in DOUBT_NOUNS else []
    nouns += [c for c in prep.head.children if c.dep_ == "dobj" and lemma(c) in DOUBT_NOUNS]
    return any(n.dep_ == "dobj" and lemma(n.head) in CASTING_VERBS for n in nouns)


def _denying_predicate(verb: Token) -> bool:
    """A report as the subject of this verb is taken back: "could not be verified", "were
    not true", "proved false", "nor were reports that" (being itself denied); not any
    negated verb ("were not surprising", "did not deter the protesters")."""
    complements = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")]
    if any(c.lower_ in DOUBT_WORDS for c in complements):
        return True
    if not _negated(verb):
        return False
    if lemma(verb) in CHECK_VERBS:
        return True
    if lemma(verb) != "be":
        return False
    return not complements or any(lemma(c) in TRUTH_WORDS for c in complements)


def _taken_back(report: Token) -> bool:
    """The sentence takes the report back (see the module docstring)."""
    if _doubtful(report):
        return True
    head = report.head
    if report.dep_ == "pobj":  # "cast doubt on reports", "has not commented on reports"
        if _cast_doubt_on(head):
            return True
        verb = head.head
        return verb.pos_ in ("VERB", "AUX") and _negated(verb) and lemma(verb) in COMMENT_VERBS
    if report.dep_ in ("nsubj", "nsubjpass"):
        return _denying_predicate(head)
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if report.dep_ == "attr" and lemma(head) == "be":
        return _negated(head)  # "nor were there reports that"
    if report.dep_ != "dobj":
        return False
    return _doubting(head) or (_negated(head) and lemma(head) in COMMENT_VERBS)


def _doubtful_teller(site: Site) -> bool:
    """ "Unconfirmed reports said rebels had seized the airport": the act is told by a
    report qualified as doubtful, as the subject of the verb of saying above it."""
    for gov in site.chain:
        if gov.via != "ccomp" or lemma(gov.token) not in site.table.speech_verbs:
            continue
        return any(
            c.dep_ == "nsubj" and lemma(c) in REPORT_WORDS and _doubtful(c)
            for c in gov.token.children
        )
    return False


@BLOCKERS.rule("doubted-report")
def _doubted_report(site: Site) -> bool:
    report = _report_of(site.trigger)
    if report is not None and _taken_back(report):
        return True
    return _doubtful_teller(site)
