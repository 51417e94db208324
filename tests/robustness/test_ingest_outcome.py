"""A run over good and hostile inputs: the good are stored, each bad one named, the exit
status and summary honest (shared/spec/records.md, Errors), and a rerun resumes past them."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from hostile_samples import good_article, write_good, write_hostile

import cablegram.pipeline
from cablegram.cli import main
from cablegram.runners.batch import BatchOptions
from cablegram.runners.driver import RunHalted, Source, ingest_to_store
from cablegram.runners.local import InProcessRunner
from cablegram.store import Store

GOOD = 100  # the Done-when run of issue 15: 100 good articles among every hostile input


def _ingest(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, list[str]]:
    code = main(["ingest", *args, "--workers", "1"])
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip().splitlines()


def test_good_and_hostile_inputs_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    write_good(folder, GOOD)
    unreadable, readable, sock = write_hostile(folder)
    db = tmp_path / "s.db"
    try:
        code, out, err = _ingest(capsys, str(folder), "--db", str(db), "--max-size", "1")
        stored = GOOD + len(readable)
        assert code == 0, err
        assert out == (
            f"{stored} stored, 0 already stored, 0 linked, {len(unreadable)} unreadable, "
            f"0 failed -> {db}"
        )
        assert not any("Traceback" in line for line in err)
        assert len(err) == len(unreadable), err
        for name, reason in unreadable.items():
            (line,) = [line for line in err if f"{folder / name}" in line]
            assert line.startswith(f"cablegram: {folder / name}") and reason in line
        with Store.open(db, readonly=True) as store:
            paths = {d.source_path for d in store.documents()}
        assert f"{folder}/name_\\xff\\xfe.txt" in paths
        assert f"{folder / 'deep.jsonl'}:1" in paths and f"{folder / 'deep.html'}" in paths
        # The rerun resumes past every bad input and stores nothing twice.
        code, out, err = _ingest(capsys, str(folder), "--db", str(db), "--max-size", "1")
        assert code == 0
        assert out.startswith(f"0 stored, {stored} already stored, 0 linked")
        assert len(err) == len(unreadable)
    finally:
        sock.close()


def test_a_document_that_fails_is_named_and_the_exit_status_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_good(tmp_path / "in", 4)
    original = cablegram.pipeline.annotate_parsed

    def fragile(document: object, parsed: object, dictionary: object = None) -> object:
        if "Kwame Asante" in parsed.text:  # type: ignore[attr-defined]
            raise RecursionError("maximum recursion depth exceeded")
        return original(document, parsed, dictionary)  # type: ignore[arg-type]

    monkeypatch.setattr(cablegram.pipeline, "annotate_parsed", fragile)
    db = tmp_path / "f.db"
    code, out, err = _ingest(capsys, str(tmp_path / "in"), "--db", str(db))
    bad = tmp_path / "in" / "good_03.txt"
    assert code == 1
    assert out == f"3 stored, 0 already stored, 0 linked, 0 unreadable, 1 failed -> {db}"
    assert any(line.startswith(f"cablegram: {bad}: could not annotate") for line in err)
    assert err[-1].startswith(f"cablegram: 1 document could not be stored: {bad}")
    # Fixed, the same command stores what failed and nothing twice.
    monkeypatch.setattr(cablegram.pipeline, "annotate_parsed", original)
    code, out, _ = _ingest(capsys, str(tmp_path / "in"), "--db", str(db))
    assert code == 0 and out.startswith("1 stored, 3 already stored")


@pytest.mark.parametrize("when", ["0001-01-01", "1799-12-31", "2999-01-01"])
def test_an_impossible_date_stops_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], when: str
) -> None:
    write_good(tmp_path / "in", 1)
    db = tmp_path / "d.db"
    code, out, err = _ingest(capsys, str(tmp_path / "in"), "--db", str(db), "--date", when)
    assert code == 2 and out == ""
    assert len(err) == 1 and err[0].startswith(f"cablegram: --date {when}:")
    assert not db.exists()


def _run(source_dir: Path, store: Store) -> None:
    runner = InProcessRunner(BatchOptions())
    ingest_to_store(Source([str(source_dir)]), store, lambda _: runner, batch_size=2)


def test_a_full_disk_stops_the_run_at_once(tmp_path: Path) -> None:
    write_good(tmp_path / "in", 6)
    with Store.open(tmp_path / "full.db") as store:
        conn: sqlite3.Connection = store._conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        with pytest.raises(RunHalted, match="the disk is full; stopped after"):
            _run(tmp_path / "in", store)


def test_a_read_only_store_stops_the_run_at_once(tmp_path: Path) -> None:
    write_good(tmp_path / "in", 2)
    path = tmp_path / "ro.db"
    Store.open(path).close()
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    with pytest.raises(RunHalted, match="read-only"):
        _run(tmp_path / "in", Store(conn, path))
    conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_corrupt_store_is_refused_by_every_command_and_never_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_good(tmp_path / "in", 8)
    db = tmp_path / "c.db"
    assert _ingest(capsys, str(tmp_path / "in"), "--db", str(db))[0] == 0
    data = bytearray(db.read_bytes())
    page = 4096
    middle = len(data) // page // 2
    data[middle * page : (middle + 3) * page] = bytes(range(256)) * (3 * page // 256)
    db.write_bytes(bytes(data))
    before = _digest(db)
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "x.txt").write_text(good_article(50), encoding="utf-8")
    commands = [
        ["ingest", str(tmp_path / "more"), "--db", str(db), "--workers", "1"],
        ["report", "--db", str(db)],
        ["quotes", "--db", str(db)],
        ["events", "--db", str(db)],
        ["serve", "--db", str(db)],
    ]
    for command in commands:
        assert main(command) == 2, command
        out, err = capsys.readouterr()
        assert out == ""
        (line,) = err.strip().splitlines()
        assert line.startswith(f"cablegram: {db}: the store is corrupt"), line
    assert _digest(db) == before
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0


def test_read_commands_never_create_or_change_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.db"
    for db in (empty, missing):
        for command in (["report"], ["quotes"], ["export", "--what", "events"], ["serve"]):
            assert main([*command, "--db", str(db)]) == 2
            (line,) = capsys.readouterr().err.strip().splitlines()
            assert str(db) in line
    assert empty.read_bytes() == b"" and not missing.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]


def test_bad_command_line_values_give_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_good(tmp_path / "in", 1)
    db = tmp_path / "a.db"
    assert _ingest(capsys, str(tmp_path / "in"), "--db", str(db))[0] == 0
    assert main(["quotes", "--db", str(db), "--speaker", "caf\udce9"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == (
        "cablegram: argument --speaker: not valid UTF-8 text (caf\\xe9); "
        "check the terminal's encoding"
    )
    with pytest.raises(SystemExit) as exit_:
        main(["quotes", "--db", str(db), "--limit", str(2**63)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "must be at most" in err
