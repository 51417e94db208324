"""Acts told only inside a report that the sentence denies, doubts or leaves unconfirmed (a
blocking rule registered in :data:`cablegram.events.blockers.BLOCKERS`; imported by the
coder through :mod:`cablegram.events.registered`). Precision first: none of these is coded.

- ``doubted-report``: an act in the that-clause of a noun of report or sign ("reports",
  "claims", "rumours", "word", "signs", "indications") is only as true as the report; when
  the sentence takes the report back, the act is not asserted. The report is taken back
  when it is qualified as doubtful ("unconfirmed reports that rebels had seized the
  airport", "a false claim that he opposed the invasion", "conflicting reports that
  militants had taken elders hostage"; "unconfirmed reports said rebels had seized the
  airport"), when the verb it hangs on is negated ("nor were
  there reports that the embassy was evacuating", "has not commented on reports that it
  expelled two diplomats", "did not confirm reports that"), when that verb doubts it
  ("officials played down reports that Russia had deployed missiles", "cast doubt on",
  "dismissed claims that troops had withdrawn"), or when the report is the subject of a
  negated or doubting predicate ("reports that the army had shelled the market could not be
  verified", "claims that ... proved false"). A report confirmed ("reports that rebels took
  the airport were confirmed by the army") or simply told ("witnesses reported that troops
  shelled the market") keeps its act.
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
    the trigger itself when it is a report's noun complement ("reports of the seizure")."""
    tok = trigger
    for _ in range(MAX_STEPS):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ in CLAUSE_LINKS and lemma(head) in REPORT_WORDS and _nominal(head):
            return head
        if tok.dep_ not in CHAIN_LINKS:
            return None
        tok = head
    return None


def _negated(verb: Token) -> bool:
    if any(c.dep_ in ("neg", "preconj") or c.lower_ in NEGATORS for c in verb.children):
        return True
    # "Nor were there reports": "nor" may hang as the verb's "cc" or as the first word
    first = verb.sent[0] if verb.sent is not None else None
    return first is not None and first.lower_ in ("nor", "neither") and first.head == verb


def _doubting(verb: Token) -> bool:
    word = lemma(verb)
    if word in DOUBT_VERBS:
        return True
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return any((word, p) in DOUBT_PHRASALS for p in particles)


def _taken_back(report: Token) -> bool:
    if any(c.dep_ == "amod" and c.lower_ in DOUBT_WORDS for c in report.children):
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in report.children):
        return True
    head = report.head
    if report.dep_ == "pobj":  # "commented on reports", "cast doubt on reports"
        prep = head
        head = prep.head
        if lemma(head) in DOUBT_NOUNS:
            return True
        # "cast doubt on reports": the parse may hang "on" on the verb beside its object
        if any(c.dep_ == "dobj" and lemma(c) in DOUBT_NOUNS for c in head.children):
            return True
    if report.dep_ in ("nsubj", "nsubjpass"):
        # "reports that ... could not be verified", "claims that ... proved false"; not any
        # negated verb ("reports that troops fired did not deter the protesters")
        # "nor were reports that": a report whose being is denied
        checked = lemma(head) in CHECK_VERBS or lemma(head) == "be"
        return (checked and _negated(head)) or any(
            c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in DOUBT_WORDS for c in head.children
        )
    if head.pos_ not in ("VERB", "AUX"):
        return False
    return _negated(head) or _doubting(head)


def _doubtful_teller(site: Site) -> bool:
    """ "Unconfirmed reports said rebels had seized the airport": the act is told by a
    report qualified as doubtful, as the subject of the verb of saying above it."""
    for gov in site.chain:
        if gov.via != "ccomp" or lemma(gov.token) not in site.table.speech_verbs:
            continue
        return any(
            c.dep_ == "nsubj"
            and lemma(c) in REPORT_WORDS
            and any(a.dep_ == "amod" and a.lower_ in DOUBT_WORDS for a in c.children)
            for c in gov.token.children
        )
    return False


@BLOCKERS.rule("doubted-report")
def _doubted_report(site: Site) -> bool:
    report = _report_of(site.trigger)
    if report is not None and _taken_back(report):
        return True
    return _doubtful_teller(site)
