"""Actor figures of a folder of articles: how many person and organisation speakers get a
country, and how many actors ``cablegram actors`` lists.

The folder's ``.txt`` files are ingested into a fresh store (in a temporary folder); then

* every statement whose speaker is a person or an organisation counts once, and the share of
  those with a country is printed overall and per kind;
* the actors are counted as ``cablegram actors`` lists them (one per identity).

Used for issue 12's figures on the PolNeAR dev split, made with
``python3 ../shared/tools/polnear/prepare.py GIT_DIR DEV_DIR dev`` (never the test split)::

    .venv/bin/python bench/actors_dev.py DEV_DIR [--speakers]

``--speakers`` also prints each person or organisation speaker without a country, with its
count, most frequent first. ``--sample N`` prints N statements whose speaker has a country,
drawn with a fixed seed (the same draw for the same statements), with the quote's start, so a
reader can judge each country against the text.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CABLEGRAM = [sys.executable, "-m", "cablegram"]


def _run(*args: str) -> str:
    done = subprocess.run([*CABLEGRAM, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"cablegram {args[0]} failed: {done.stderr.strip().splitlines()[-1:]}")
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of .txt articles")
    parser.add_argument("--speakers", action="store_true", help="list speakers with no country")
    parser.add_argument(
        "--sample",
        type=int,
        default=0,
        metavar="N",
        help="print N random speakers with a country (seed 12)",
    )
    args = parser.parse_args()
    texts = sorted(str(p) for p in args.folder.glob("*.txt"))
    if not texts:
        sys.exit(f"{args.folder}: no .txt files")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "dev.db")
        _run("ingest", *texts, "--db", db, "--quiet", "--workers", "1", "--no-syndication")
        actors = json.loads(_run("actors", "--db", db, "--json"))
        statements = json.loads(_run("quotes", "--db", db, "--json", "--all"))
    listed = actors["total"]
    rows = statements["quotes"]
    total: Counter[str] = Counter()
    with_country: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    placed = []
    for row in rows:
        speaker = row.get("speaker") or {}
        kind = speaker.get("kind")
        if kind not in ("person", "organization"):
            continue
        total[kind] += 1
        if speaker.get("country"):
            with_country[kind] += 1
            placed.append(row)
        else:
            missing[f"{kind}: {speaker.get('name')}"] += 1
    n, k = sum(total.values()), sum(with_country.values())
    print(f"articles: {len(texts)}")
    print(f"person and organisation speakers with a country: {k}/{n} = {k / max(n, 1):.1%}")
    for kind in ("person", "organization"):
        share = with_country[kind] / max(total[kind], 1)
        print(f"  {kind}: {with_country[kind]}/{total[kind]} = {share:.1%}")
    print(f"actors listed by `cablegram actors`: {listed}")
    if args.speakers:
        for name, count in missing.most_common():
            print(f"{count:4d}  {name}")
    if args.sample:
        for row in random.Random(12).sample(placed, min(args.sample, len(placed))):
            speaker = row.get("speaker") or {}
            text = " ".join(str(row.get("text", "")).split())[:90]
            print(f"{speaker.get('country')}  {speaker.get('name')}  <- {text}")


if __name__ == "__main__":
    main()
