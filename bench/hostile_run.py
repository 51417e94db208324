"""The Done-when run of issue 15: 100 good articles mixed with every hostile input.

`python bench/hostile_run.py [--good 100] [--workers 1]`

Writes a folder of ``--good`` distinct short articles plus the hostile inputs of the
robustness tests (a JSONL line nested 1,200 deep, a binary file, an empty file, a file over
the size limit, a named pipe, a socket, a file name that is not UTF-8, UTF-16 without a
BOM, HTML nested 600 deep, a JSONL string with a lone surrogate), runs `cablegram ingest`
on it in a fresh process, and prints the summary line, the exit status, each error line,
whether every unreadable input was named, and the time. Then runs it again: a rerun must
store nothing twice and get past every bad input.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "robustness"))
from hostile_samples import write_good, write_hostile  # noqa: E402


def run(folder: Path, db: Path, workers: int) -> tuple[int, str, list[str], float]:
    started = time.perf_counter()
    command = [sys.executable, "-m", "cablegram", "ingest", str(folder), "--db", str(db)]
    done = subprocess.run(
        [*command, "--max-size", "1", "--workers", str(workers)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    seconds = time.perf_counter() - started
    return done.returncode, done.stdout.strip(), done.stderr.strip().splitlines(), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--good", type=int, default=100, help="good articles in the folder")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cablegram-hostile-") as name:
        folder, db = Path(name) / "in", Path(name) / "store.db"
        write_good(folder, args.good)
        unreadable, readable, sock = write_hostile(folder)
        try:
            for attempt in ("first run", "rerun"):
                code, summary, errors, seconds = run(folder, db, args.workers)
                print(f"[{attempt}] exit status {code}, {seconds:.0f}s", flush=True)
                print(f"  {summary}")
                for line in errors:
                    print(f"  {line}")
                named = [n for n in unreadable if any(f"{folder / n}" in e for e in errors)]
                tracebacks = sum("Traceback" in e for e in errors)
                print(
                    f"  unreadable inputs named: {len(named)} of {len(unreadable)}; "
                    f"odd but readable inputs expected stored: {len(readable)}; "
                    f"tracebacks: {tracebacks}",
                    flush=True,
                )
        finally:
            sock.close()


if __name__ == "__main__":
    main()
