"""Re-annotation benchmark: prints figures (not a test).

`python bench/reannotate_bench.py [--quick] [--documents N]`: ingests N synthetic documents
(bench/synthetic.py; 1,000 by default, 100 with --quick), marks them all as annotated by an
older pipeline, then times `cablegram reannotate` over them (default workers) and a second
run that finds nothing behind.
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_jsonl

PY = sys.executable


def _timed(args: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [PY, "-m", "cablegram", *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"cablegram {' '.join(args)} failed: {done.stderr.strip()[-300:]}")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100 documents instead of 1,000")
    parser.add_argument("--documents", type=int, help="how many documents")
    opts = parser.parse_args()
    n = opts.documents or (100 if opts.quick else 1000)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(Path(tmp) / "corpus.jsonl", n)
        db = Path(tmp) / "store.db"
        took = _timed(["ingest", str(corpus), "--db", str(db), "--no-syndication"])
        print(f"reannotate: {n} documents", flush=True)
        print(f"  ingest                         {took:7.1f} s", flush=True)
        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE documents SET pipeline_version = 'old'")
        took = _timed(["reannotate", "--db", str(db)])
        print(f"  reannotate, all behind         {took:7.1f} s ({n / took:.1f} docs/s)", flush=True)
        took = _timed(["reannotate", "--db", str(db)])
        print(f"  reannotate, none behind        {took:7.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
