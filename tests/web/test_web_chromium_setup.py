"""`make test` brings the browser the end-to-end tests drive (``.ci/ensure-chromium``).

The script runs here against fake ``apt-get``/``id``/``sudo`` commands on ``PATH``, so
every branch is exercised without touching the machine's packages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / ".ci" / "ensure-chromium"


def _fake(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)


def _run(
    tmp_path: Path, browser: Path, *, uid: int, apt: str | None, sudo: str | None = None
) -> subprocess.CompletedProcess[str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    _fake(bin_dir, "id", f"echo {uid}")
    if apt is not None:
        _fake(bin_dir, "apt-get", apt)
    if sudo is not None:
        _fake(bin_dir, "sudo", sudo)
    for tool in ("rm", "cat", "touch", "chmod"):
        found = shutil.which(tool)
        assert found is not None
        (bin_dir / tool).symlink_to(found)
    env = {"PATH": str(bin_dir), "CABLEGRAM_CHROMIUM": str(browser), "TMPDIR": str(tmp_path)}
    return subprocess.run(
        ["/bin/sh", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=30
    )


def test_present_browser_is_left_alone(tmp_path: Path) -> None:
    browser = tmp_path / "chromium"
    browser.write_text("")
    browser.chmod(0o755)
    calls = tmp_path / "calls"
    done = _run(tmp_path, browser, uid=0, apt=f"echo called >> {calls}; exit 1")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert not calls.exists()


def test_missing_browser_is_installed_with_apt_as_root(tmp_path: Path) -> None:
    browser = tmp_path / "chromium"
    calls = tmp_path / "calls"
    apt = (
        f'echo "$*" >> {calls}\ncase "$*" in *install*) touch {browser}; chmod 755 {browser};; esac'
    )
    done = _run(tmp_path, browser, uid=0, apt=apt)
    assert done.returncode == 0, done.stderr
    lines = calls.read_text().splitlines()
    assert lines[0].startswith("update")
    assert "install" in lines[1] and lines[1].split()[-1] == "chromium"
    assert os.access(browser, os.X_OK)


def test_without_root_or_sudo_one_line_names_the_command(tmp_path: Path) -> None:
    done = _run(tmp_path, tmp_path / "chromium", uid=1000, apt="exit 0", sudo="exit 1")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "sudo apt-get install -y chromium" in lines[0]


def test_without_apt_one_line_says_what_to_do(tmp_path: Path) -> None:
    done = _run(tmp_path, tmp_path / "chromium", uid=0, apt=None)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "CABLEGRAM_CHROMIUM" in lines[0]


def test_failed_install_ends_with_one_line_naming_the_command(tmp_path: Path) -> None:
    done = _run(tmp_path, tmp_path / "chromium", uid=0, apt="echo offline >&2; exit 100")
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert "apt-get install -y chromium" in last and "failed" in last


def test_make_test_runs_the_check_and_ci_runs_only_make_test() -> None:
    plan = subprocess.run(
        ["make", "-n", "test"], cwd=ROOT, capture_output=True, text=True, timeout=30
    ).stdout
    assert ".ci/ensure-chromium" in plan
    commands = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert commands[-1] == "make test"
    assert not any("apt" in c or "chromium" in c.lower() for c in commands)
