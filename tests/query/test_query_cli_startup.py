"""The command line imports only the command a query names, so that a `cablegram stance`
starts without every other command's imports; help and unknown words still see them all.

Run in a fresh interpreter: the registry of commands lives for the whole process.
"""

from __future__ import annotations

import subprocess
import sys

_PROBE = (
    "import sys; from cablegram.cli import build_parser, COMMANDS; "
    "build_parser(sys.argv[1:]); print(' '.join(sorted(COMMANDS)))"
)


def _registered(*argv: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, check=True
    )
    return out.stdout.split()


def test_a_named_command_imports_its_own_module_only() -> None:
    assert _registered("stance", "send troops to Iraq") == ["stance"]
    assert _registered("quotes", "--db", "x.db") == ["quotes"]


def test_help_and_unknown_words_register_every_command() -> None:
    everything = _registered("--help-probe")
    assert {"stance", "quotes", "ingest", "report"} <= set(everything)
    assert _registered("no-such-command") == everything


def test_no_command_line_registers_every_command_whatever_the_process_was_given() -> None:
    # build_parser() reads no process arguments: a test run as "pytest stance" still gets all
    probe = (
        "import sys; from cablegram.cli import build_parser, COMMANDS; "
        "build_parser(); print(' '.join(sorted(COMMANDS)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, "stance", "send troops to Iraq"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert {"stance", "quotes", "ingest", "serve"} <= set(out.stdout.split())
