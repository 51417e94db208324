"""Score `cablegram stance` on the hand-coded stance development set (bench/stance/).

`python bench/stance_dev.py [--verbose]`: ingests each excerpt of bench/stance/dev.jsonl
into a temporary store, asks for the stance on each proposition, and compares each gold
position (a country by ISO3 code, or an actor by name) with the row cablegram gives.

Prints, over the gold positions:
- accuracy: the row's stance equals the gold stance;
- decided: the row is support or oppose (not missing, mixed or unclear);
- inverted: the row says the opposite of the gold stance (the text);
- the highest confidence among inverted rows, and each miss with --verbose.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEV = HERE / "stance" / "dev.jsonl"
_ISO3 = re.compile(r"^[A-Z]{3}$")


def load(path: Path) -> list[dict[str, Any]]:
    """The development documents, each with its gold positions."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def find_row(result: Any, actor: str) -> Any | None:
    """The country row for an ISO3 code, else the actor row whose name holds ``actor``."""
    if _ISO3.match(actor):
        return next((r for r in result.countries if r.country == actor), None)
    wanted = actor.casefold()
    return next((r for r in result.actors if wanted in r.name.casefold()), None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--data", type=Path, default=DEV, help="a dev.jsonl to score")
    args = parser.parse_args()

    import cablegram.api as cg

    docs = load(args.data)
    gold: dict[tuple[str, str], str] = {}
    for doc in docs:
        for p in doc["positions"]:
            gold[(p["proposition"], p["actor"])] = p["stance"]
    by_prop: dict[str, list[str]] = defaultdict(list)
    for prop, actor in gold:
        by_prop[prop].append(actor)

    correct = decided = inverted = 0
    worst = 0.0
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as tmp, cg.open(Path(tmp) / "dev.db") as store:
        for doc in docs:
            store.add(doc["text"], doc.get("date"), title=doc.get("title") or doc["id"])
        for prop, actors in sorted(by_prop.items()):
            result = store.stance(prop, semantic=False)
            for actor in sorted(actors):
                want = gold[(prop, actor)]
                row = find_row(result, actor)
                got = row.stance if row is not None else "none"
                correct += got == want
                decided += got in ("support", "oppose")
                if {got, want} == {"support", "oppose"}:
                    inverted += 1
                    worst = max(worst, row.confidence)
                if got != want:
                    conf = f" ({row.confidence:.2f})" if row is not None else ""
                    misses.append(f"  {prop!r} {actor}: gold {want}, got {got}{conf}")
    total = len(gold)
    print(f"stance dev set: {total} positions, {len(by_prop)} propositions, {len(docs)} excerpts")
    print(f"accuracy  {correct / total:.2f} ({correct}/{total})")
    print(f"decided   {decided / total:.2f} ({decided}/{total})")
    print(f"inverted  {inverted / total:.2f} ({inverted}/{total}), highest confidence {worst:.2f}")
    if args.verbose:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
