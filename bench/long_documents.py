"""Peak memory and time to ingest one long article: 100 KB, 1 MB and 5 MB.

Each size runs `cablegram ingest` on one plain-text article in a fresh process (one worker)
and prints that process's peak RSS and wall time. Long documents are parsed in windows of
paragraphs (cablegram.windows), so peak memory should stay about flat as the article
grows (aim: under 1.5 GB for 5 MB). `--whole` parses each article in one piece, as before
windowing, to compare (it needs several GB from 1 MB on; sizes can be chosen with
`--sizes 100000 600000`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import generated_sentence, sample_sentences

PY = sys.executable
SIZES = (100_000, 1_000_000, 5_000_000)

# Run in the child: ingest one file, then report this process's peak RSS and the time.
_CHILD = """
import json, resource, sys, time
import cablegram.windows
if sys.argv[4] == "whole":
    cablegram.windows.WINDOW_CHARS = 10**12
from cablegram.cli import main
started = time.perf_counter()
code = main(["ingest", sys.argv[1], "--db", sys.argv[2], "--workers", "1", "-q",
             "--max-size", sys.argv[3]])
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"code": code, "seconds": seconds, "peak_mib": peak}))
"""


def long_article(size: int, seed: int = 11) -> str:
    """About ``size`` bytes of news-like text: paragraphs of two or three sentences."""
    rng = random.Random(seed)
    pool = sample_sentences()
    paragraphs: list[str] = []
    total = 0
    while total < size:
        body = [
            rng.choice(pool) if rng.random() < 0.5 else generated_sentence(rng)
            for _ in range(rng.randint(2, 3))
        ]
        paragraph = " ".join(body)
        paragraphs.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(paragraphs)


def measure(tmp: Path, size: int, whole: bool) -> dict[str, float]:
    article = tmp / f"article-{size}.txt"
    article.write_text(long_article(size), encoding="utf-8")
    db = tmp / f"store-{size}-{int(whole)}.db"
    limit = str(max(1, 2 * size // 1_000_000 + 1))
    mode = "whole" if whole else "windows"
    result = subprocess.run(
        [PY, "-c", _CHILD, str(article), str(db), limit, mode],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    if result.returncode != 0 or not result.stdout.strip():
        tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return {"failed": 1.0, "returncode": float(result.returncode), "note": tail}  # type: ignore[dict-item]
    data: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), metavar="BYTES")
    parser.add_argument("--whole", action="store_true", help="parse without windows (before)")
    args = parser.parse_args()
    mode = "whole text" if args.whole else "windows of paragraphs"
    print(f"long documents, parsed as {mode}, {os.cpu_count()} CPUs", flush=True)
    with tempfile.TemporaryDirectory(prefix="cablegram-long-") as name:
        for size in args.sizes:
            data = measure(Path(name), size, args.whole)
            label = f"{size / 1_000_000:g} MB article"
            if "failed" in data:
                print(f"  {label:>16}: FAILED (exit {data['returncode']:.0f}): {data['note']}")
                continue
            print(
                f"  {label:>16}: peak RSS {data['peak_mib']:.0f} MiB, "
                f"{data['seconds']:.1f} s, exit {data['code']:.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
