"""Run every benchmark in bench/ (each prints its own figures). `make bench` runs this.

`python bench/run_all.py [--quick]`: --quick is passed to the benchmarks that take it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Benchmarks taking --quick, and the others run as they are.
QUICK_AWARE = {"pipeline_bench.py", "workers_bench.py", "reannotate_bench.py"}
HELPERS = {"run_all.py", "synthetic.py"}


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    failed = []
    for script in sorted(HERE.glob("*.py")):
        if script.name in HELPERS or script.name.startswith("_"):
            continue
        args = [sys.executable, str(script)]
        if quick and script.name in QUICK_AWARE:
            args.append("--quick")
        print(f"== {script.name}", flush=True)
        if subprocess.run(args, check=False).returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
