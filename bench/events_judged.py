"""Precision of coded events by confidence floor, on hand-judged events (bench/events/).

``bench/events/judged.jsonl`` holds one line per event cablegram coded on a fresh news
article, with a reader's verdict: the excerpt it was coded from (the event's sentence and
its neighbours, quoted as published), the article's URL and date, the half of the set the
article belongs to (``A`` for development, ``B`` for testing), the event as coded (trigger,
type, source and target names, modality) and the verdict (``right`` or ``wrong``, with the
kind of error for a wrong one). See bench/events/README.md.

``python bench/events_judged.py [--half A|B|all] [--verbose]`` re-runs the full pipeline on
each excerpt (with the article's date), matches each coded event to a judged one (same
sentence, trigger, type and source), and prints, for the chosen half:

- the dates: how many dates judged right the coder still gives, how many judged wrong it now
  leaves out or changes (``date_ok`` in the lines; a date judged at its precision);

- precision (right / judged-and-coded) and the number of right events kept at each
  confidence floor 0.0, 0.3 .. 0.9, the share of the right events kept (what the floor
  costs in recall) and the share of all judged events kept;
- precision per PLOVER type, per modality and per trigger word (records carry no rule
  name; the trigger word is the finest path the records give);
- the count of coded events with no judgement (coded now, never judged: a new event the
  judged set cannot score), and of judged events no longer coded.

``--verbose`` lists the wrong events kept at the default floor (0.5), and every unjudged
event. ``python bench/events_judged.py --draft DIR`` prints, for the articles of ``DIR``
(``.txt`` files: headline, blank line, body; ``sources.txt``: ``file URL date`` per line),
one unjudged line per event coded on each event sentence's excerpt, for a reader to judge.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
JUDGED = HERE / "events" / "judged.jsonl"
FLOORS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
DEFAULT_FLOOR = 0.5


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _name(actor: Any) -> str:
    return actor.name if actor is not None else ""


def _who(actor: Any) -> str:
    """The source as the key holds it: its name and country ("a|RUS"): a compound source
    ("the ministers of Russia and Ukraine") is one event per country."""
    return f"{actor.name}|{actor.country or ''}" if actor is not None else ""


def coded_events(text: str, date: str | None) -> list[Any]:
    """The events the full pipeline codes on ``text`` published on ``date`` (YYYY-MM-DD)."""
    from cablegram.api import extract

    return list(extract(text, date).events)


def event_key(sentence: str, trigger: str, event_type: str, source: str) -> tuple[str, ...]:
    """What identifies an event across runs: its sentence, trigger word, type and source
    (as :func:`_who` writes it)."""
    return (_norm(sentence), trigger.casefold(), event_type, source.casefold())


@dataclass
class Scored:
    """A coded event with its judgement (``None``: coded, never judged)."""

    line: dict[str, Any] | None
    confidence: float
    event_type: str
    modality: str
    trigger: str
    date: str | None = None

    @property
    def right(self) -> bool:
        return self.line is not None and self.line["verdict"] == "right"


def load(path: Path = JUDGED) -> list[dict[str, Any]]:
    """The judged lines of ``path``, in file order."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(lines: Sequence[dict[str, Any]]) -> tuple[list[Scored], list[Scored], list[dict]]:
    """(judged and coded, coded but unjudged, judged but no longer coded), re-running the
    pipeline once per excerpt."""
    by_excerpt: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for line in lines:
        by_excerpt[(line["text"], line["date"])].append(line)
    judged: list[Scored] = []
    unjudged: list[Scored] = []
    lost: list[dict[str, Any]] = []
    for (text, date), group in by_excerpt.items():
        wanted = {
            event_key(g["sentence"], g["trigger"], g["type"], g.get("source_key") or ""): g
            for g in group
        }
        seen: set[tuple[str, ...]] = set()
        sentences = {_norm(g["sentence"]) for g in group}
        for ev in coded_events(text, date):
            if _norm(ev.sentence) not in sentences:
                continue  # a neighbour's event: judged (or not) with its own excerpt
            key = event_key(ev.sentence, ev.trigger, ev.event_type, _who(ev.source))
            item = Scored(
                wanted.get(key), ev.confidence, ev.event_type, ev.modality, ev.trigger, ev.date
            )
            if key in wanted and key not in seen:
                seen.add(key)
                judged.append(item)
            elif key not in wanted:
                unjudged.append(item)
        lost.extend(g for k, g in wanted.items() if k not in seen)
    return judged, unjudged, lost


def floor_table(items: Sequence[Scored]) -> list[tuple[float, int, int, float, float, float]]:
    """(floor, kept, right kept, precision, share of right kept, share of all kept)."""
    total = len(items)
    right_total = sum(i.right for i in items)
    rows = []
    for floor in FLOORS:
        kept = [i for i in items if i.confidence >= floor]
        right = sum(i.right for i in kept)
        rows.append(
            (
                floor,
                len(kept),
                right,
                right / len(kept) if kept else 0.0,
                right / right_total if right_total else 0.0,
                len(kept) / total if total else 0.0,
            )
        )
    return rows


def by_group(items: Iterable[Scored], key: str) -> list[tuple[str, int, int, int, int]]:
    """(group, judged, right, kept at the default floor, right kept) per value of ``key``."""
    groups: dict[str, list[Scored]] = defaultdict(list)
    for item in items:
        groups[str(getattr(item, key)).lower() if key == "trigger" else getattr(item, key)].append(
            item
        )
    rows = []
    for name, members in groups.items():
        kept = [m for m in members if m.confidence >= DEFAULT_FLOOR]
        rows.append(
            (
                name,
                len(members),
                sum(m.right for m in members),
                len(kept),
                sum(m.right for m in kept),
            )
        )
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def date_summary(items: Sequence[Scored]) -> str:
    """How the dates judged at judging time fare now: of the dates judged right, how many
    the coder still gives; of those judged wrong, how many it now leaves out or changes;
    of the events judged undated (no date given), how many it now dates."""
    kept = lost = fixed = still = newly = 0
    for item in items:
        line = item.line or {}
        judged_date, ok = line.get("event_date"), line.get("date_ok")
        if ok is True:
            kept += item.date == judged_date
            lost += item.date != judged_date
        elif ok is False:
            fixed += item.date != judged_date
            still += item.date == judged_date
        elif item.date is not None:
            newly += 1
    return (f"right {kept} kept, {lost} changed; wrong {fixed} fixed, {still} left; "
            f"{newly} newly dated (unjudged)")  # fmt: skip


def report(lines: Sequence[dict[str, Any]], label: str, verbose: bool) -> None:
    judged, unjudged, lost = score(lines)
    articles = len({line["url"] for line in lines})
    print(f"== {label}: {len(lines)} judged events from {articles} articles")
    print(f"   coded and judged {len(judged)}, coded unjudged {len(unjudged)}, "
          f"judged no longer coded {len(lost)}")  # fmt: skip
    print("   floor  kept  right  precision  right-kept  all-kept")
    for floor, kept, right, prec, rshare, share in floor_table(judged):
        print(f"   {floor:4.1f}  {kept:5d}  {right:5d}  {prec:9.3f}  {rshare:10.2f}  {share:8.2f}")
    print("   dates:", date_summary(judged))
    wrong_kinds: dict[str, int] = defaultdict(int)
    for item in judged:
        if item.line is not None and item.line["verdict"] == "wrong":
            wrong_kinds[item.line.get("wrong") or "?"] += 1
    print("   wrong kinds:", ", ".join(f"{k} {n}" for k, n in sorted(wrong_kinds.items())))
    for key in ("event_type", "modality", "trigger"):
        print(f"   by {key}: judged/right, kept at {DEFAULT_FLOOR}/right kept")
        rows = by_group(judged, key)
        shown = rows if key != "trigger" else [r for r in rows if r[1] >= 3]
        print("     " + "; ".join(f"{n} {j}/{r} {k}/{rk}" for n, j, r, k, rk in shown))
    if verbose:
        for item in judged:
            line = item.line or {}
            if item.confidence >= DEFAULT_FLOOR and line.get("verdict") == "wrong":
                what = f"{line['type']} {line['trigger']!r} ({line.get('wrong')})"
                print(f"   WRONG {item.confidence:.2f} {line['id']} {what}: {line.get('note', '')}")
        for item in unjudged:
            print(f"   UNJUDGED {item.confidence:.2f} {item.event_type} {item.trigger!r}")
        for line in lost:
            print(f"   LOST {line['id']} {line['type']} {line['trigger']!r}")


def _sentences(text: str) -> list[str]:
    from cablegram import nlp as nlp_stage

    return [s.text.strip() for s in nlp_stage.load()(text).sents if s.text.strip()]


def draft(folder: Path) -> None:
    """Print unjudged lines for the articles of ``folder`` (see the module docstring)."""
    sources = {}
    for row in (folder / "sources.txt").read_text(encoding="utf-8").splitlines():
        if row.strip():
            name, url, date = row.split()
            sources[name] = (url, date)
    for name, (url, date) in sorted(sources.items()):
        body = (folder / name).read_text(encoding="utf-8").split("\n\n", 1)[-1]
        events = coded_events(body, date)
        sentences = _sentences(body)
        done: set[str] = set()
        for ev in events:
            if _norm(ev.sentence) in done:
                continue
            done.add(_norm(ev.sentence))
            at = next((i for i, s in enumerate(sentences) if _norm(s) == _norm(ev.sentence)), None)
            if at is None:
                print(f"# no sentence for {ev.sentence!r}", file=sys.stderr)
                continue
            text = " ".join(sentences[max(0, at - 1) : at + 2])
            for n, again in enumerate(coded_events(text, date)):
                if _norm(again.sentence) != _norm(ev.sentence):
                    continue
                out = {
                    "id": f"{Path(name).stem}-{len(done)}-{n}",
                    "url": url,
                    "date": date,
                    "half": "",
                    "text": text,
                    "sentence": again.sentence,
                    "trigger": again.trigger,
                    "type": again.event_type,
                    "source": _name(again.source),
                    "source_key": _who(again.source),
                    "target": _name(again.target),
                    "modality": again.modality,
                    "confidence": again.confidence,
                    "event_date": again.date,
                    "verdict": "",
                    "wrong": None,
                    "note": "",
                }
                print(json.dumps(out, ensure_ascii=False))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("A", "B", "all"), default="all")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--file", type=Path, default=JUDGED)
    parser.add_argument("--draft", type=Path, help="print unjudged lines for a folder")
    args = parser.parse_args(argv)
    if args.draft:
        draft(args.draft)
        return 0
    lines = load(args.file)
    halves = ("A", "B") if args.half == "all" else (args.half,)
    for half in halves:
        report([line for line in lines if line["half"] == half], f"half {half}", args.verbose)
    if args.half == "all":
        report(lines, "all", False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
