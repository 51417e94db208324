"""Workers end with their parent, kill -9 included; extract --workers gives the same records."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from cablegram.runners.local import cpu_count, default_workers


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead for our purpose; its parent (gone) never reaped it.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _wait_gone(pids: list[int], seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        left = [pid for pid in pids if _alive(pid)]
        if not left:
            return []
        time.sleep(0.1)
    return [pid for pid in pids if _alive(pid)]


def _kill_parent_and_watch(script: str, folder: Path) -> list[int]:
    """Run ``script`` (which prints its workers' pids, one line, then sleeps), kill it with
    SIGKILL, and return the workers still alive 10 s later."""
    path = folder / "parent.py"
    path.write_text(script)
    parent = subprocess.Popen(
        [sys.executable, str(path)], stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    assert parent.stdout is not None
    line = parent.stdout.readline()
    pids = [int(p) for p in line.split()]
    assert pids and all(_alive(pid) for pid in pids), line
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait(timeout=10)
    try:
        return _wait_gone(pids, 10)
    finally:
        for pid in pids:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_a_process_that_watches_its_parent_exits_when_the_parent_is_killed(
    tmp_path: Path,
) -> None:
    script = textwrap.dedent(
        """
        import multiprocessing, time
        from cablegram.runners.lifetime import die_with_parent

        def child():
            die_with_parent()
            time.sleep(120)

        if __name__ == "__main__":
            ctx = multiprocessing.get_context("spawn")
            kids = [ctx.Process(target=child) for _ in range(2)]
            for k in kids:
                k.start()
            time.sleep(1)
            print(" ".join(str(k.pid) for k in kids), flush=True)
            time.sleep(120)
        """
    )
    assert _kill_parent_and_watch(script, tmp_path) == []


def test_pool_workers_exit_when_the_ingest_is_killed(tmp_path: Path) -> None:
    # A model that does not exist keeps the workers light: they start, fail to load it,
    # report that with the first batch, and wait for more work.
    script = textwrap.dedent(
        """
        import time
        from cablegram.runners.batch import Batch, BatchOptions
        from cablegram.runners.local import ProcessPoolRunner

        if __name__ == "__main__":
            runner = ProcessPoolRunner(BatchOptions(model="no_such_model_here"), 2)
            try:
                list(runner.map([Batch(()), Batch(())]))
            except Exception:
                pass
            time.sleep(1)
            print(" ".join(str(p) for p in runner._pool._processes), flush=True)
            time.sleep(120)
        """
    )
    assert _kill_parent_and_watch(script, tmp_path) == []


def test_default_workers_leave_a_core_to_the_main_process() -> None:
    cores = cpu_count()
    assert default_workers() == (cores - 1 if cores >= 3 else 1)
    assert default_workers() <= cores


def test_extract_with_workers_prints_what_one_process_prints(tmp_path: Path) -> None:
    for i, text in enumerate(
        (
            "Michel Barnier, the French foreign minister, said France would not send troops.",
            "Germany agreed to the plan, Chancellor Schroeder told reporters on Monday.",
        )
    ):
        (tmp_path / f"a{i}.txt").write_text(text)

    def extract(workers: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "cablegram", "extract", str(tmp_path), "--workers", workers],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    one = extract("1")
    assert '"record": "statement"' in one
    assert extract("2") == one
