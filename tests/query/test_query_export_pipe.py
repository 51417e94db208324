"""`cablegram export ... | head`: a reader that stops early is not an error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_export_into_a_pipe_closed_early_ends_quietly(query_db: Path) -> None:
    command = [sys.executable, "-m", "cablegram", "export", "--db", str(query_db)]
    command += ["--what", "statements", "--format", "jsonl"]
    # `head -c 1`: the reader takes one byte and closes the pipe while export still writes.
    shell = " ".join(f"'{part}'" for part in command) + " | head -c 1 >/dev/null"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True, timeout=120
    )
    assert "Broken pipe" not in done.stderr
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr
