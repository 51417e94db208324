"""The report: its data from a small hand-made store, and the command through a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from cablegram.query.report import build_report, render_report, shorten
from cablegram.records import ActorRecord, Annotation, Document, Mention
from cablegram.store import Store


def test_report_data_lists_documents_removed_text_statements_and_events(store: Store) -> None:
    report = build_report(store, full=True)
    assert report["counts"]["documents"] == 2
    france, spain = report["documents"]
    assert france == {
        "doc_id": "doc-france",
        "title": "Paris says no to troops",
        "publisher": "Foreign Policy",
        "date": "2003-03-10",
        "date_source": "metadata",
        "date_range": None,
        "date_confidence": None,
        "authors": ["Ann Writer", "Bo Reporter"],
        "source_path": "corpus/france.html",
        "statements": 2,
        "events": 2,
        "removed": 2,
    }
    assert (spain["title"], spain["statements"], spain["events"]) == (None, 1, 1)
    assert [(r["document"], r["kind"]) for r in report["removed"]] == [
        ("Paris says no to troops", "footer"),
        ("Paris says no to troops", "comments"),
    ]
    first = report["statements"][0]
    assert (first["speaker"], first["speaker_country"], first["cue"]) == (
        "Michel Barnier",
        "FRA",
        "told",
    )
    assert first["addressee"] == "Associated Press"
    assert first["text"] == "We will not send troops to Iraq [under any flag]"
    # A document without a title is named by its path.
    assert report["statements"][2]["document"] == "corpus/spain.txt"
    troops = report["events"][0]
    assert (troops["event_type"], troops["source"], troops["target"]) == ("AID", "France", "Iraq")
    assert troops["negated"] is True
    assert (troops["modality"], troops["date"]) == ("reported", "2003-03-09")
    json.dumps(report)  # JSON-ready as it is


def test_report_limit_caps_the_lists_not_the_counts(store: Store) -> None:
    report = build_report(store, limit=1, full=True)
    assert len(report["statements"]) == len(report["events"]) == 1
    assert report["counts"]["statements"] == 3


def test_tables_show_the_data_and_never_read_article_text_as_markup(store: Store) -> None:
    console = Console(record=True, width=200)
    render_report(build_report(store, full=True), console)
    out = console.export_text()
    for expected in (
        "Paris says no to troops",
        "Foreign Policy",
        "Ann Writer, Bo Reporter",
        "show comments This is a long reader comment.",
        "Michel Barnier (FRA)",
        "[under any flag]",
        "RETREAT",
        "reported",
    ):
        assert expected in out, expected


def test_shorten() -> None:
    assert shorten("a  b\nc", 10) == "a b c"
    assert shorten("abcdefghijkl", 6) == "abcde…"


def _cablegram(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cablegram", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        check=False,
    )


def test_report_command(store: Store, db_path: Path, tmp_path: Path) -> None:
    store.close()
    done = _cablegram("report", "--db", str(db_path), "--json", "--full", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [d["doc_id"] for d in data["documents"]] == ["doc-france", "doc-spain"]
    assert len(data["statements"]) == 3 and len(data["events"]) == 3

    done = _cablegram("report", "--db", str(db_path), "--full", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Paris says no to troops" in done.stdout and "Statements" in done.stdout


def test_report_command_errors_are_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    done = _cablegram("report", "--db", str(missing), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == f"cablegram: no store at {missing} (run `cablegram ingest` first)\n"
    assert not missing.exists()

    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n")
    done = _cablegram("report", "--db", str(notes), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert str(notes) in done.stderr
    assert notes.read_text() == "not a database\n"


def test_report_of_an_empty_store(db_path: Path) -> None:
    with Store.open(db_path) as store:
        report = build_report(store, full=True)
    assert report["documents"] == report["statements"] == report["events"] == []
    console = Console(record=True, width=40)
    render_report(report, console)
    assert "holds no documents yet" in console.export_text()


def test_the_report_counts_actors_as_the_actors_listing_does(db_path: Path) -> None:
    # One person in two documents is one actor; a name without a country is the same
    # name's one located actor.
    def article(doc_id: str, country: str | None) -> Annotation:
        text = "Tim Kaine said the vote would be close."
        return Annotation(
            document=Document(doc_id=doc_id, source_path=f"{doc_id}.txt", text=text),
            actors=(
                ActorRecord(
                    doc_id,
                    f"kaine-{country}",
                    "Tim Kaine",
                    "person",
                    country,
                    mentions=(Mention("Tim Kaine", 0, 9),),
                ),
            ),
        )

    with Store.open(db_path) as store:
        for doc_id, country in (("a", "USA"), ("b", "USA"), ("c", None)):
            assert store.write(article(doc_id, country))
        assert store.counts()["actors"] == 3
        assert build_report(store)["counts"]["actors"] == 1
