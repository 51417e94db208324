"""``cablegram serve``: its options, its errors, and a real server answering on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from cablegram.cli import build_parser, main


def test_defaults_bind_to_loopback() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, "cablegram.db")
    args = build_parser().parse_args(["serve", "--db", "x.db", "--host", "0.0.0.0", "--port", "9"])
    assert (args.host, args.port, args.db) == ("0.0.0.0", 9, "x.db")


def test_bad_port_is_an_argument_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--port", "70000"])
    assert "a port is 0 to 65535" in capsys.readouterr().err


def test_missing_store_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cablegram: no store at ")
    assert len(err.strip().splitlines()) == 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("workers", ["1", "2"])
def test_serve_answers_pages(web_db: Path, workers: str) -> None:
    port = _free_port()
    command = [
        *(sys.executable, "-m", "cablegram", "serve", "--db", str(web_db)),
        *("--port", str(port), "--workers", workers),
    ]
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=os.environ
    )
    try:
        # A liveness bound, not a speed target: on a loaded CI machine starting
        # Python, spaCy and the workers can take well over 20 s.
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as response:
                    body = response.read().decode()
                break
            except OSError:
                assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
                assert time.monotonic() < deadline, "cablegram serve did not answer in 180 s"
                time.sleep(0.1)
        assert "Paris says no to troops" in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)
