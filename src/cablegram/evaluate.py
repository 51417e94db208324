"""The gold-file scorer behind ``cablegram evaluate``.

Implements exactly the rules of ``shared/gold/README.md``: text normalisation, statement
matching by containment (a statement in several parts, ``spans``, part by part), speaker
matching by name or whole-word containment, event matching by sentence and type, and optional
gold lines that count neither way. ``score(...).by_rule()`` gives precision and recall for each
attribution rule named in the statements' ``rule`` field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from cablegram.gold import (
    PRONOUNS,
    Gold,
    GoldEvent,
    GoldFileError,
    GoldStatement,
    load_gold,
    normalise,
)
from cablegram.records import PART_JOINER, Actor, Event, Statement

__all__ = [
    "Counts",
    "Gold",
    "GoldEvent",
    "GoldFileError",
    "GoldStatement",
    "Outcome",
    "Scores",
    "load_gold",
    "normalise",
    "score",
    "score_events",
    "score_statements",
    "statement_parts",
]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'.-]+", text)


def statement_matches(gold: GoldStatement, predicted_text: str) -> bool:
    text = normalise(predicted_text)
    if gold.text_contains and gold.text_contains in text:
        return True
    return len(_words(text)) >= 3 and text in gold.text_contains


def speaker_is_right(gold: GoldStatement, speaker: Actor | None) -> bool:
    if speaker is None or not gold.speakers:
        return False
    canonical = gold.speakers[0]
    for value in (speaker.name, speaker.text):
        said = normalise(value)
        if not said or said in PRONOUNS:
            continue
        if said in gold.speakers:
            return True
        if re.search(rf"(?<![\w]){re.escape(canonical)}(?![\w])", said):
            return True
    return False


def event_matches(gold: GoldEvent, event: Event) -> bool:
    return event.event_type.upper() == gold.event_type and gold.sentence_contains in normalise(
        event.sentence
    )


def source_is_right(gold: GoldEvent, source: Actor | None) -> bool:
    if source is None:
        return False
    said = {v.upper() for v in (source.country, source.name) if v}
    return bool(said & set(gold.sources))


@dataclass(slots=True)
class Counts:
    """Counts behind one family of figures (statements or events)."""

    predicted: int = 0  # predictions that count (not matched to an optional gold line)
    gold: int = 0  # gold lines that count (not optional)
    matched: int = 0  # non-optional gold lines matched
    attribute_right: int = 0  # of those, with the right speaker / source
    attribute_scored: int = 0  # of those, where the gold names a speaker / source
    # Predictions matching at least one non-optional gold line (a statement in several parts
    # may match several lines), and those with a right speaker / source on one of them.
    hits: int = 0
    attribute_hits: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    wrong_attribute: list[dict[str, Any]] = field(default_factory=list)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    statements: Counts
    events: Counts
    # One (rule name, outcome) per predicted statement, in the order they were scored.
    statement_outcomes: tuple[tuple[str, Outcome], ...] = ()

    def by_rule(self) -> dict[str, dict[str, float | int]]:
        """Per attribution rule: predictions, right ones, precision, gold lines found, recall
        (its share of all gold lines), and end-to-end precision and recall (right speaker).
        Statements without a ``rule`` field count under "(none)"."""
        gold = self.statements.gold
        table: dict[str, dict[str, float | int]] = {}
        for name, outcome in self.statement_outcomes:
            row = table.setdefault(
                name,
                {
                    "predicted": 0,
                    "right": 0,
                    "right_speaker": 0,
                    "matched": 0,
                    "matched_right_speaker": 0,
                },
            )
            if not outcome.counted:
                continue
            row["predicted"] += 1
            row["right"] += outcome.right
            row["right_speaker"] += outcome.attribute_right
            row["matched"] += outcome.matched
            row["matched_right_speaker"] += outcome.matched_right
        for row in table.values():
            row["precision"] = round(_ratio(int(row["right"]), int(row["predicted"])), 4)
            row["recall"] = round(_ratio(int(row["matched"]), gold), 4)
            row["end_to_end_precision"] = round(
                _ratio(int(row["right_speaker"]), int(row["predicted"])), 4
            )
            row["end_to_end_recall"] = round(_ratio(int(row["matched_right_speaker"]), gold), 4)
        return dict(sorted(table.items()))

    def figures(self) -> dict[str, float | int]:
        s, e = self.statements, self.events
        sp, sr = _ratio(s.hits, s.predicted), _ratio(s.matched, s.gold)
        ep2e, er2e = _ratio(s.attribute_hits, s.predicted), _ratio(s.attribute_right, s.gold)
        evp, evr = _ratio(e.matched, e.predicted), _ratio(e.matched, e.gold)
        return {
            "statement_precision": round(sp, 4),
            "statement_recall": round(sr, 4),
            "statement_f1": round(_f1(sp, sr), 4),
            "speaker_accuracy": round(_ratio(s.attribute_right, s.attribute_scored), 4),
            "end_to_end_precision": round(ep2e, 4),
            "end_to_end_recall": round(er2e, 4),
            "end_to_end_f1": round(_f1(ep2e, er2e), 4),
            "event_precision": round(evp, 4),
            "event_recall": round(evr, 4),
            "event_f1": round(_f1(evp, evr), 4),
            "source_accuracy": round(_ratio(e.attribute_right, e.attribute_scored), 4),
            "statements_predicted": s.predicted,
            "statements_gold": s.gold,
            "statements_matched": s.matched,
            "statements_right": s.hits,
            "events_predicted": e.predicted,
            "events_gold": e.gold,
            "events_matched": e.matched,
        }


def _doc_key(source_path: str) -> str:
    # Gold names documents by file name; a JSONL line's path carries ":LINE" after it.
    return Path(source_path).name


Gold_ = TypeVar("Gold_", GoldStatement, GoldEvent)
Predicted = TypeVar("Predicted", Statement, Event)


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one prediction fared: counted at all, right, right with its attribute, and how many
    non-optional gold lines it took (and of those, with the right attribute)."""

    counted: bool
    right: bool
    attribute_right: bool
    matched: int = 0
    matched_right: int = 0


def _match(
    gold: Sequence[Gold_],
    predicted: Sequence[tuple[str, Predicted]],
    matches: Callable[[Gold_, Predicted, int], bool],
    right: Callable[[Gold_, str, Predicted], bool],
    scored: Callable[[Gold_], bool],
    describe: Callable[[str, Predicted], dict[str, Any]],
    expected: Callable[[Gold_], dict[str, Any]],
    parts: Callable[[Predicted], int] = lambda _item: 1,
    outcomes: list[Outcome] | None = None,
) -> Counts:
    """Match predictions to gold lines, each gold line at most once, and count.

    ``matches(gold, item, part)`` says whether part ``part`` of the item (of ``parts(item)``)
    matches the line; each part takes at most one line. ``right`` says whether the attribute
    (speaker, source) is right; ``scored`` whether the gold line names one. A second prediction
    of a taken line is a false positive unless the line is optional; optional lines count
    neither way. ``outcomes``, when given, receives one ``Outcome`` per prediction.
    """
    counts = Counts(gold=sum(1 for g in gold if not g.optional))
    taken: set[int] = set()
    for doc, item in predicted:
        any_candidate_optional = False
        took: list[int] = []
        for part in range(parts(item)):
            candidates = [i for i, g in enumerate(gold) if g.doc == doc and matches(g, item, part)]
            any_candidate_optional |= any(gold[i].optional for i in candidates)
            free = [i for i in candidates if i not in taken]
            # Prefer a gold line that counts, then one whose attribute this prediction gets right.
            free.sort(key=lambda i: (gold[i].optional, not right(gold[i], doc, item)))
            if free:
                taken.add(free[0])
                took.append(free[0])
        counting = [i for i in took if not gold[i].optional]
        if not counting:
            if took or any_candidate_optional:
                # Matched only optional lines (or repeats one): costs nothing either way.
                if outcomes is not None:
                    outcomes.append(Outcome(False, False, False))
                continue
            counts.predicted += 1
            counts.false_positives.append(describe(doc, item))
            if outcomes is not None:
                outcomes.append(Outcome(True, False, False))
            continue
        counts.predicted += 1
        counts.hits += 1
        right_lines = 0
        for i in counting:
            g = gold[i]
            counts.matched += 1
            if scored(g):
                counts.attribute_scored += 1
                if right(g, doc, item):
                    counts.attribute_right += 1
                    right_lines += 1
                else:
                    counts.wrong_attribute.append({**describe(doc, item), **expected(g)})
        counts.attribute_hits += right_lines > 0
        if outcomes is not None:
            outcomes.append(Outcome(True, True, right_lines > 0, len(counting), right_lines))
    counts.misses = [
        {"doc": g.doc, **expected(g)}
        for i, g in enumerate(gold)
        if i not in taken and not g.optional
    ]
    return counts


def statement_parts(statement: Statement) -> list[str]:
    """The texts of a statement's parts: ``text`` joins them with " … " (records.md)."""
    spans = getattr(statement, "spans", None)
    if spans is not None and len(spans) <= 1:
        return [statement.text]
    return statement.text.split(PART_JOINER) if PART_JOINER in statement.text else [statement.text]


def score_statements(
    gold: Sequence[GoldStatement],
    predicted: Sequence[tuple[str, Statement]],
    outcomes: list[Outcome] | None = None,
) -> Counts:
    """Score (doc file name, statement) predictions against gold statement lines; a statement
    in several parts matches part by part."""
    return _match(
        gold,
        predicted,
        matches=lambda g, st, part: statement_matches(g, statement_parts(st)[part]),
        parts=lambda st: len(statement_parts(st)),
        outcomes=outcomes,
        right=lambda g, _doc, st: speaker_is_right(g, st.speaker),
        scored=lambda g: bool(g.speakers),
        describe=lambda doc, st: {
            "doc": doc,
            "text": st.text,
            "speaker": st.speaker.name if st.speaker else None,
        },
        expected=lambda g: {"text_contains": g.text_contains, "gold_speaker": g.speakers[:1]},
    )


def _one_per_trigger(predicted: Sequence[tuple[str, Event]]) -> list[tuple[str, Event]]:
    """One prediction per coded trigger.

    A compound source ("French and German officials") is split into one event per actor, as
    the record contract asks; the gold codes it as one line listing both sources. The split
    records count as one prediction, whose source is right when any of them is right.
    """
    groups: dict[tuple[str, int, int, str], list[Event]] = {}
    for doc, ev in predicted:
        groups.setdefault((doc, ev.start, ev.end, ev.event_type), []).append(ev)
    return [(key[0], events[0]) for key, events in groups.items()]


def _group_sources(
    predicted: Sequence[tuple[str, Event]],
) -> dict[tuple[str, int, int, str], list[Actor]]:
    sources: dict[tuple[str, int, int, str], list[Actor]] = {}
    for doc, ev in predicted:
        if ev.source is not None:
            sources.setdefault((doc, ev.start, ev.end, ev.event_type), []).append(ev.source)
    return sources


def score_events(gold: Sequence[GoldEvent], predicted: Sequence[tuple[str, Event]]) -> Counts:
    """Score (doc file name, event) predictions against gold event lines."""
    sources = _group_sources(predicted)

    def right(g: GoldEvent, doc: str, ev: Event) -> bool:
        members = sources.get((doc, ev.start, ev.end, ev.event_type), [])
        return any(source_is_right(g, s) for s in members)

    return _match(
        gold,
        _one_per_trigger(predicted),
        matches=lambda g, ev, _part: event_matches(g, ev),
        right=right,
        scored=lambda g: bool(g.sources),
        describe=lambda doc, ev: {
            "doc": doc,
            "type": ev.event_type,
            "trigger": ev.trigger,
            "sentence": ev.sentence,
            "source": ev.source.name if ev.source else None,
        },
        expected=lambda g: {
            "event_type": g.event_type,
            "sentence_contains": g.sentence_contains,
            "gold_source": list(g.sources),
        },
    )


def score(gold: Gold, records: Iterable[dict[str, Any]]) -> Scores:
    """Score extracted records (as ``extract --format jsonl`` prints them) against gold."""
    doc_names: dict[str, str] = {}
    statements: list[tuple[str, Statement]] = []
    rules: list[str] = []
    events: list[tuple[str, Event]] = []
    pending: list[dict[str, Any]] = []
    for rec in records:
        kind = rec.get("record")
        if kind == "document":
            doc_names[rec["doc_id"]] = _doc_key(rec.get("source_path", ""))
        elif kind in ("statement", "event"):
            pending.append(rec)
    wanted = gold.docs
    for rec in pending:
        doc = doc_names.get(rec["doc_id"], "")
        if doc not in wanted:
            continue
        if rec["record"] == "statement":
            statements.append((doc, Statement.from_json(rec)))
            rules.append(str(rec.get("rule") or "(none)"))
        else:
            events.append((doc, Event.from_json(rec)))
    outcomes: list[Outcome] = []
    counts = score_statements(gold.statements, statements, outcomes)
    return Scores(
        counts,
        score_events(gold.events, events),
        tuple(zip(rules, outcomes, strict=True)),
    )
