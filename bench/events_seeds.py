"""Event figures on the gold seeds (shared/gold/seeds.jsonl), scored as the gold README says.

Runs ingest, the actor resolver, statements and the event coder on the bundled corpus and
prints event precision, recall, F1 and source accuracy, then the misses and false positives.
A second line counts a compound event split into several sources ("Paris and Berlin") as one
prediction, to show what the split costs under the README's one-prediction-per-line rule.

    .venv/bin/python bench/events_seeds.py [--corpus DIR] [--gold FILE] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cablegram import nlp as nlp_stage
from cablegram.evaluate import Counts, load_gold, score_events
from cablegram.events import code_events
from cablegram.ingest import ingest
from cablegram.records import Document, Event

try:  # the project's own actor resolver and statements, when they load
    from cablegram.actors.resolve import DocumentActors
    from cablegram.gazetteer.dictionary import load_dictionary
    from cablegram.statements.extract import extract_statements

    load_dictionary()
    FULL_PIPELINE = True
except Exception:  # any failure means: use the stand-in
    FULL_PIPELINE = False
sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_lookup import lookup as standin_lookup

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"


def predict(corpus: Path, standin: bool = False) -> list[tuple[str, Event]]:
    """(file name, event) for every event coded in the corpus."""
    nlp = nlp_stage.load()
    paths = sorted(str(p) for p in corpus.iterdir() if p.is_file())
    out: list[tuple[str, Event]] = []
    for item in ingest(paths):
        if not isinstance(item, Document):
            print(item, file=sys.stderr)
            continue
        parsed = nlp(item.text)
        if FULL_PIPELINE and not standin:
            actors = DocumentActors(parsed, load_dictionary(), item.doc_id)
            statements = extract_statements(parsed, actors, item.doc_id)
            events = code_events(parsed, item, actors.lookup, statements)
        else:
            events = code_events(parsed, item, standin_lookup)
        out.extend((Path(item.source_path).name, event) for event in events)
    return out


def figures(counts: Counts) -> dict[str, float]:
    p = counts.matched / counts.predicted if counts.predicted else 0.0
    r = counts.matched / counts.gold if counts.gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    src = counts.attribute_right / counts.attribute_scored if counts.attribute_scored else 0.0
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "source_accuracy": round(src, 3),
        "predicted": counts.predicted,
        "matched": counts.matched,
        "gold": counts.gold,
    }


def one_per_trigger(events: list[tuple[str, Event]]) -> list[tuple[str, Event]]:
    """Keep the first source of each split compound event (same document, trigger, type)."""
    seen: set[tuple[str, int, str]] = set()
    out: list[tuple[str, Event]] = []
    for doc, event in events:
        key = (doc, event.start, event.event_type)
        if key not in seen:
            seen.add(key)
            out.append((doc, event))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--gold", type=Path, default=SHARED / "gold" / "seeds.jsonl")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--standin", action="store_true", help="use the stand-in actor lookup")
    args = parser.parse_args(argv)
    gold = load_gold(args.gold).events
    predicted = predict(args.corpus, args.standin)
    strict = score_events(gold, predicted)
    grouped = score_events(gold, one_per_trigger(predicted))
    report: dict[str, Any] = {
        "actors": "cablegram.actors"
        if FULL_PIPELINE and not args.standin
        else "stand-in (bench/events_lookup.py)",
        "strict": figures(strict),
        "compound_as_one": figures(grouped),
        "misses": strict.misses,
        "false_positives": strict.false_positives,
        "wrong_source": strict.wrong_attribute,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print("actors:", report["actors"])
    for name in ("strict", "compound_as_one"):
        print(name, " ".join(f"{k}={v}" for k, v in report[name].items()))
    for kind in ("misses", "false_positives", "wrong_source"):
        print(f"\n{kind}:")
        for row in report[kind]:
            print("  ", json.dumps(row, ensure_ascii=False)[:300])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
