"""Adding evidence up into stance rows: one per country, one per actor, honestly weighed.

- **Who pools.** A country row pools its government's voice: the state itself and actors in
  its government, military or legislature (roles GOV, MIL, LEG), not its opposition (OPP)
  and not former officials ("former foreign minister") or candidates for office
  ("Republican nominee Donald Trump"). A person who speaks for an
  international organisation (role IGO with the organisation's code) counts for it. Every
  actor with agency also keeps an actor row; news media (role MED) and documents take no
  positions at all.
- **One utterance, one vote.** Claims read from one statement, the events coded inside it,
  and anything else cited from the same sentence count once per side.
- **Confidence reflects evidence.** Each side's strength is the noisy-or of its utterances;
  a row is support or oppose when one side clearly outweighs the other, mixed when both
  carry weight, and unclear when the stronger side is thin (under :data:`THIN`). A row's
  confidence is capped by how many utterances decide it (:data:`CAP_BY_COUNT`): one
  mention never reaches 0.9.
- **Citations decide.** A row cites the sentences on its winning side first.
- **Time.** When the stance differs between dates, the row gives the sequence ("support
  until 2004-10, then oppose") and its stance is the latest one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from cablegram.query.common import JSON, ActorRef, Citation
from cablegram.query.dates import shown
from cablegram.query.stance_voices import FORMER

Stance = Literal["support", "oppose", "mixed", "unclear"]
Side = Literal["support", "oppose"]
Level = Literal["country", "actor"]

# The weaker side must reach this share of the stronger for a row to be "mixed".
MIXED_RATIO: Final = 0.5
# A stronger side below this is too thin to call.
THIN: Final = 0.3
# The highest confidence a row decided by n utterances may reach.
CAP_BY_COUNT: Final = {1: 0.75, 2: 0.85}
CAP_MANY: Final = 0.95
# Roles whose holders act for their state: government, military, legislature.
STATE_ROLES: Final = frozenset({"GOV", "MIL", "LEG"})
# Actors without agency of their own in a debate: the press reporting it, documents.
NO_AGENCY_ROLES: Final = frozenset({"MED"})


@dataclass(frozen=True, slots=True)
class Evidence:
    """One claim bearing on the proposition, as a stance of its actor."""

    kind: Literal["statement", "event"]
    record_id: str
    claim_id: str
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
    statement_id: str | None = None
    speaks_for: str | None = None
    # how much of ``date`` the text gives ("year": only 1806 is known); None for a day
    date_precision: str | None = None

    @property
    def shown_date(self) -> str | None:
        """The date as the text gives it: ``1806`` for a year, ``2013-02`` for a month."""
        return shown(self.date, self.date_precision)

    def to_json(self) -> JSON:
        return {
            "kind": self.kind,
            "record_id": self.record_id,
            "claim_id": self.claim_id,
            "statement_id": self.statement_id,
            "actor": self.actor.to_json(),
            "stance": self.side,
            "confidence": self.confidence,
            "relevance": self.relevance,
            "date": self.shown_date,
            "reason": self.reason,
            "note": self.note,
            "quote": self.quote,
            "event_type": self.event_type,
            "matched": list(self.matched),
            "citation": self.citation.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Period:
    """A run of dates over which an actor's stance stayed the same."""

    stance: Stance
    start: str
    end: str

    def to_json(self) -> JSON:
        return {"stance": self.stance, "from": self.start, "until": self.end}


def _normal(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


def utterances(evidence: Iterable[Evidence]) -> list[list[Evidence]]:
    """Evidence grouped by what was said or reported once: a statement, the events coded
    inside it, and anything else cited from the same sentence count as one utterance."""
    groups: list[list[Evidence]] = []
    where: dict[tuple[str, ...], int] = {}
    for e in evidence:
        keys = [("sentence", e.citation.doc_id, _normal(e.citation.sentence))]
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


def _noisy_or(values: Iterable[float]) -> float:
    miss = 1.0
    for v in values:
        miss *= 1.0 - v
    return 1.0 - miss


def _round(value: float) -> float:
    return round(max(0.0, min(1.0, value)), 2)


def _sides(evidence: Sequence[Evidence]) -> dict[Side, list[float]]:
    """Each side's utterance strengths: one utterance is one vote, for the side of its
    strongest reading (a statement and the event coded in it may be read differently)."""
    out: dict[Side, list[float]] = {"support": [], "oppose": []}
    for group in utterances(evidence):
        best = max(group, key=lambda e: (e.confidence * e.relevance, e.kind == "statement"))
        out[best.side].append(best.confidence * best.relevance)
    return out


def decide(evidence: Sequence[Evidence]) -> tuple[Stance, float]:
    """The stance and its confidence that a set of evidence adds up to."""
    sides = _sides(evidence)
    support, oppose = _noisy_or(sides["support"]), _noisy_or(sides["oppose"])
    strong, weak = max(support, oppose), min(support, oppose)
    if strong == 0.0:
        return "unclear", 0.0
    if strong < THIN:
        return "unclear", _round(strong)
    if weak >= MIXED_RATIO * strong:
        return "mixed", _round(weak)
    side: Side = "support" if support > oppose else "oppose"
    count = len(sides[side])
    cap = CAP_BY_COUNT.get(count, CAP_MANY)
    return side, _round(min(cap, strong - weak / 2))


def periods_of(evidence: Sequence[Evidence]) -> list[Period]:
    """Runs of dates with one stance, by month; a change within a month keeps full dates."""
    by_date: dict[str, list[Evidence]] = defaultdict(list)
    for e in evidence:
        if e.date:
            by_date[e.date].append(e)
    runs: list[tuple[Stance, list[str]]] = []
    for date in sorted(by_date):
        stance, _ = decide(by_date[date])
        if stance == "unclear":
            continue
        if runs and runs[-1][0] == stance:
            runs[-1][1].append(date)
        else:
            runs.append((stance, [date]))
    periods: list[Period] = []
    for i, (stance, dates) in enumerate(runs):
        start, end = dates[0], dates[-1]
        next_start = runs[i + 1][1][0] if i + 1 < len(runs) else None
        same_month = next_start is not None and next_start[:7] == end[:7]
        periods.append(Period(stance, start, end if same_month else end[:7]))
    return periods


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
        """One item per utterance, those that decide the row first, strongest first."""
        best = [
            max(group, key=lambda e: (e.kind == "statement", e.confidence))
            for group in utterances(self.evidence)
        ]

        def rank(e: Evidence) -> tuple[bool, float, str]:
            deciding = self.stance in ("mixed", "unclear") or e.side == self.stance
            return (not deciding, -e.confidence, e.date or "")

        return sorted(best, key=rank)

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


def make_row(
    level: Level, name: str, kind: str, country: str | None, evidence: Sequence[Evidence]
) -> StanceRow:
    """A row from its evidence: stance now, confidence, dates, members, periods."""
    ordered = tuple(sorted(evidence, key=lambda e: (e.date is None, e.date or "", e.claim_id)))
    periods = periods_of(ordered)
    if len(periods) >= 2:
        latest = [e for e in ordered if e.date and e.date >= periods[-1].start]
        stance, confidence = decide(latest)
    else:
        stance, confidence = decide(ordered)
    dates = sorted((e.date, e.shown_date) for e in ordered if e.date)
    members = tuple(dict.fromkeys(e.actor.label() for e in ordered))
    notes = tuple(dict.fromkeys(e.note for e in ordered if e.note))
    return StanceRow(
        level=level,
        name=name,
        kind=kind,
        country=country,
        stance=stance,
        confidence=confidence,
        first_date=dates[0][1] if dates else None,
        last_date=dates[-1][1] if dates else None,
        evidence=ordered,
        members=members if level != "actor" else (),
        notes=notes,
        periods=tuple(periods) if len(periods) >= 2 else (),
    )


def has_agency(actor: ActorRef) -> bool:
    """Whether an actor takes positions: not the press reporting, not a document."""
    return actor.kind != "document" and (actor.role or "").upper() not in NO_AGENCY_ROLES


def is_former(actor: ActorRef) -> bool:
    """Whether the actor's title names a former office ("former foreign minister")."""
    return FORMER.search(actor.title or "") is not None


def _words(text: str) -> set[str]:
    return {w.casefold().strip(".,'’") for w in text.split()}


def government_nouns() -> frozenset[str]:
    """The nouns that name a state's government (``government_nouns`` of the claim words)."""
    from cablegram.claims.lexicon import claim_words

    return claim_words().government_nouns


def is_candidate(actor: ActorRef) -> bool:
    """Whether the actor is named as running for office (``ActorRef.candidate``, set where
    the document says so: :func:`cablegram.query.stance_evidence.actor_of`)."""
    return actor.candidate


def speaks_for_country(actor: ActorRef) -> bool:
    """Whether an actor's words count for its country: the state, or a serving member of its
    government, military or legislature; not its opposition, a candidate for office, the
    press or a think tank."""
    if not actor.country or is_former(actor) or is_candidate(actor):
        return False
    if actor.kind == "state" or (actor.role or "").upper() in STATE_ROLES:
        return True
    # No role resolved, but the mention names the government it speaks for ("a German
    # government spokesman", "the Italian foreign ministry").
    return not actor.role and bool(_words(actor.name) & government_nouns())


@dataclass(frozen=True, slots=True)
class Rows:
    """Country rows, organisation rows (IGO voices) and actor rows, each ranked."""

    countries: list[StanceRow] = field(default_factory=list)
    actors: list[StanceRow] = field(default_factory=list)


_ORDER: Final = {"oppose": 0, "support": 1, "mixed": 2, "unclear": 3}


def _rank(row: StanceRow) -> tuple[int, float, str]:
    return (_ORDER[row.stance], -row.confidence, row.name)


def group_rows(evidence: Sequence[Evidence], country_names: dict[str, str]) -> Rows:
    """Country rows (the government's voice pooled) and actor rows (each agent apart;
    an IGO's spokespeople pooled under the organisation)."""
    by_country: dict[str, list[Evidence]] = defaultdict(list)
    by_actor: dict[tuple[str, str | None], list[Evidence]] = defaultdict(list)
    kinds: dict[tuple[str, str | None], str] = {}
    for e in evidence:
        if not has_agency(e.actor):
            continue
        if e.actor.country and speaks_for_country(e.actor) and not e.speaks_for:
            by_country[e.actor.country].append(e)
        if e.speaks_for:
            key: tuple[str, str | None] = (e.speaks_for, None)
            by_actor[key].append(e)
            kinds[key] = "organization"
        if e.actor.kind != "state" or not e.actor.country:
            key = (e.actor.name, e.actor.country)
            by_actor[key].append(e)
            kinds[key] = e.actor.kind
    countries = [
        make_row("country", country_names.get(code, code), "state", code, items)
        for code, items in by_country.items()
    ]
    actors = [
        make_row("actor", name, kinds[(name, country)], country, items)
        for (name, country), items in by_actor.items()
    ]
    return Rows(sorted(countries, key=_rank), sorted(actors, key=_rank))
