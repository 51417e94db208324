"""Workers benchmark: prints figures (not a test). `python bench/workers_bench.py [--quick]`.

Ingests the same synthetic corpus (bench/synthetic.py) with `--workers 1`, with one worker
per core, and with the default (`cablegram.runners.local.default_workers`), each into a
fresh store, and prints the wall time of each, so the default can be checked against one
process on this machine: it must never be slower. Also times `cablegram extract` with 1
and with the default workers.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cablegram.runners.local import cpu_count, default_workers
from synthetic import write_jsonl

PY = sys.executable


def _timed(args: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [PY, "-m", "cablegram", *args], capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"cablegram {' '.join(args)} failed: {done.stderr.strip()[-300:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="40 documents instead of 200")
    parser.add_argument("--documents", type=int, help="how many documents to ingest")
    opts = parser.parse_args()
    n = opts.documents or (40 if opts.quick else 200)
    cores, default = cpu_count(), default_workers()
    print(f"workers: {n} documents, {cores} cores, default --workers {default}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(Path(tmp) / "corpus.jsonl", n)
        settings = {"1 worker": 1, f"{cores} workers (one per core)": cores}
        settings[f"default ({default})"] = default
        times: dict[str, float] = {}
        for label, workers in settings.items():
            if workers in [settings[k] for k in times]:
                times[label] = times[next(k for k in times if settings[k] == workers)]
            else:
                db = Path(tmp) / f"w{workers}.db"
                times[label] = _timed(
                    [
                        "ingest",
                        str(corpus),
                        "--db",
                        str(db),
                        "--workers",
                        str(workers),
                        "--no-syndication",
                    ]
                )
            print(f"  ingest, {label:<28} {times[label]:6.1f} s", flush=True)
        ratio = times[f"default ({default})"] / times["1 worker"]
        verdict = "ok" if ratio <= 1.05 else "SLOWER than one worker"
        print(f"  default / one worker: {ratio:.2f} ({verdict})", flush=True)
        for workers in sorted({1, default}):
            took = _timed(["extract", str(corpus), "--workers", str(workers)])
            print(f"  extract, {workers} worker(s):{'':<17} {took:6.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
