"""Date ranges over listings: coarse dates overlap, undated records are counted, never lost;
tables show 50 rows and say how to see more."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import cablegram
from cablegram.query.dates import DateError, DateRange, shown, sort_key
from cablegram.query.listing import TABLE_ROWS, select
from cablegram.records import Actor, Annotation, Document, Event, Statement
from cablegram.store import Store


@dataclass(frozen=True)
class Row:
    name: str
    date: str | None
    precision: str | None
    doc: str = "d"

    def to_json(self) -> dict[str, object]:
        return {"name": self.name}


def _listing(rows: list[Row], since: str | None = None, until: str | None = None):  # type: ignore[no-untyped-def]
    return select(
        "rows",
        rows,
        lambda r: (r.date, r.precision),
        lambda r: r.doc,
        date_range=DateRange.of(since, until),
        limit=None,
    )


def test_partial_bounds_cover_whole_periods() -> None:
    assert DateRange.of("2004", "2004-02") == DateRange("2004-01-01", "2004-02-29")
    assert DateRange.of(None, "2003").until == "2003-12-31"
    for bad in ("04", "2004-2", "2004-13", "2004-02-30", "soon"):
        with pytest.raises(DateError):
            DateRange.of(bad, None)


def test_a_coarse_date_that_overlaps_the_range_is_kept_and_marked() -> None:
    rows = [
        Row("year 2013", "2013-01-01", "year"),
        Row("month 2013-05", "2013-05-01", "month"),
        Row("day in range", "2013-06-02", "day"),
        Row("day before", "2013-05-30", "day"),
        Row("year 2012", "2012-01-01", "year"),
    ]
    found = _listing(rows, since="2013-06")
    assert [r.name for r in found] == ["day in range", "year 2013"]
    assert found.coarse == 1
    assert any("month or year" in line for line in found.notes("rows"))
    # Inside a range that holds the whole year, a year-dated record is simply inside.
    assert _listing(rows, since="2013", until="2013").coarse == 0


def test_undated_records_are_counted_and_named_not_dropped_silently() -> None:
    rows = [Row("dated", "2004-05-01", None), Row("undated", None, None, doc="Plan B")]
    found = _listing(rows, since="2004")
    assert [r.name for r in found] == ["dated"]
    assert found.undated.count == 1 and found.undated.documents == ("Plan B",)
    note = " ".join(found.notes("rows"))
    assert "1 rows have no date" in note and "Plan B" in note
    assert found.to_json()["undated"] == {"count": 1, "documents": ["Plan B"], "left_out": True}
    # Without a range, undated records are listed, last, and still counted as undated.
    listed = _listing(rows)
    assert [r.name for r in listed] == ["dated", "undated"]
    assert listed.to_json()["undated"] == {"count": 1, "documents": ["Plan B"], "left_out": False}
    assert "1 rows have no date and are listed last." in listed.notes("rows")


def test_a_coarse_date_sorts_after_the_dated_records_of_its_period() -> None:
    rows = [
        Row("2013", "2013-01-01", "year"),
        Row("2013-12-31", "2013-12-31", "day"),
        Row("2013-02", "2013-02-01", "month"),
        Row("2013-02-28", "2013-02-28", "day"),
        Row("2014-01-01", "2014-01-01", "day"),
        Row("none", None, None),
    ]
    ordered = sorted(rows, key=lambda r: sort_key(r.date, r.precision, 0))
    assert [r.name for r in ordered] == [
        "2013-02-28",
        "2013-02",
        "2013-12-31",
        "2013",
        "2014-01-01",
        "none",
    ]
    assert [shown(r.date, r.precision) for r in rows[:3]] == ["2013", "2013-12-31", "2013-02"]


KERRY = Actor("John Kerry", "person", "Kerry", "USA", "LEG")
IRAN = Actor("Iran", "state", "Iran", "IRN", "GOV")


def _article(doc_id: str, date: str | None, statements: int) -> Annotation:
    text = " ".join(f"Kerry said point {i} matters." for i in range(statements))
    doc = Document(doc_id, f"corpus/{doc_id}.txt", text, title=f"Title {doc_id}", date=date)
    found = []
    at = 0
    for i in range(statements):
        sentence = f"Kerry said point {i} matters."
        found.append(
            Statement(
                doc_id,
                f"{doc_id}-s{i}",
                "indirect",
                f"point {i} matters",
                at,
                at + 10,
                sentence,
                speaker=KERRY,
                cue="said",
            )
        )
        at += len(sentence) + 1
    event = Event(
        doc_id,
        f"{doc_id}-e",
        "REJECT" if date else "ACCUSE",
        "rejected",
        f"Kerry rejected Iran over {doc_id}.",
        0,
        8,
        source=KERRY,
        target=IRAN,
    )
    return Annotation(doc, (), tuple(found), (event,))


@pytest.fixture
def many_db(tmp_path: Path) -> Path:
    path = tmp_path / "many.db"
    with Store.open(path) as store:
        store.write(_article("dated", "2004-10-15", TABLE_ROWS + 10))
        store.write(_article("undated", None, 2))
    return path


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cablegram", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_tables_show_fifty_and_say_how_to_see_more(many_db: Path) -> None:
    done = _cli("quotes", "--db", str(many_db))
    assert done.returncode == 0, done.stderr
    assert f"Showing {TABLE_ROWS} of {TABLE_ROWS + 12} statements" in done.stdout
    assert "--limit N" in done.stdout and "--all" in done.stdout
    every = _cli("quotes", "--db", str(many_db), "--all")
    assert "Showing" not in every.stdout
    data = json.loads(_cli("quotes", "--db", str(many_db), "--json").stdout)
    assert data["count"] == data["total"] == TABLE_ROWS + 12
    assert data["order"] == "date"
    limited = json.loads(_cli("quotes", "--db", str(many_db), "--json", "--limit", "3").stdout)
    assert (limited["count"], limited["total"]) == (3, TABLE_ROWS + 12)


def test_since_on_every_listing_names_what_has_no_date(many_db: Path) -> None:
    for args in (
        ("events", "--actor", "USA"),
        ("quotes", "--speaker", "Kerry"),
        ("timeline", "Kerry"),
    ):
        done = _cli(*args, "--db", str(many_db), "--since", "2004")
        assert done.returncode == 0, done.stderr
        flat = " ".join(done.stdout.split())
        assert "have no date" in flat and "Title undated" in flat, args
        data = json.loads(_cli(*args, "--db", str(many_db), "--since", "2004", "--json").stdout)
        assert data["undated"]["count"] >= 1 and data["since"] == "2004-01-01"
    bad = _cli("events", "--db", str(many_db), "--since", "2004-13")
    assert bad.returncode == 2 and "YYYY" in bad.stderr


def test_the_api_returns_what_json_prints_with_the_same_filters(many_db: Path) -> None:
    with cablegram.open(many_db, create=False) as store:
        for method, args in (
            (store.quotes, ("quotes", "--speaker", "Kerry")),
            (store.event_list, ("events", "--actor", "Kerry")),
        ):
            kwargs = {"speaker": "Kerry"} if args[0] == "quotes" else {"actor": "Kerry"}
            result = method(since="2004", **kwargs)  # type: ignore[operator]
            printed = json.loads(
                _cli(*args, "--db", str(many_db), "--since", "2004", "--json").stdout
            )
            assert result.to_json() == printed
        timeline = store.timeline("Kerry", until="2003")
        assert not timeline.entries and timeline.undated.count == 3
        assert store.report().to_json()["counts"]["documents"] == 2


def _coarse_store(path: Path) -> Path:
    text = "In 2013 Kerry rejected Iran. On 5 March 2013 Kerry accused Iran."
    doc = Document("coarse", "corpus/coarse.txt", text, title="Coarse", date="2014-01-10")
    year = Event(
        "coarse",
        "ev-year",
        "REJECT",
        "rejected",
        "In 2013 Kerry rejected Iran.",
        14,
        22,
        source=KERRY,
        target=IRAN,
        date="2013-01-01",
        date_precision="year",
    )
    day = Event(
        "coarse",
        "ev-day",
        "ACCUSE",
        "accused",
        "On 5 March 2013 Kerry accused Iran.",
        51,
        58,
        source=KERRY,
        target=IRAN,
        date="2013-03-05",
        date_precision="day",
    )
    with Store.open(path) as store:
        store.write(Annotation(doc, (), (), (year, day)))
    return path


def test_a_year_date_is_shown_as_the_year_everywhere(tmp_path: Path) -> None:
    db = _coarse_store(tmp_path / "coarse.db")
    data = json.loads(_cli("events", "--db", str(db), "--json").stdout)
    assert [e["event_id"] for e in data["events"]] == ["ev-day", "ev-year"]
    assert data["events"][1]["date_precision"] == "year"
    in_range = json.loads(_cli("events", "--db", str(db), "--since", "2013-06", "--json").stdout)
    assert [e["event_id"] for e in in_range["events"]] == ["ev-year"]
    assert in_range["coarse"] == 1
    table = _cli("timeline", "Kerry", "--db", str(db)).stdout
    assert "2013-01-01" not in table and "│ 2013 " in table
    assert table.index("2013-03-05") < table.index("│ 2013 ")
    csv_text = _cli("export", "--db", str(db), "--what", "events", "--format", "csv").stdout
    assert ",2013,year," in csv_text and "2013-01-01" not in csv_text
    from fastapi.testclient import TestClient

    from cablegram.web.app import create_app

    with TestClient(create_app(str(db))) as client:
        page = client.get("/events").text
        assert '<time datetime="2013-01-01">2013</time>' in page and "(year)" in page


def test_report_is_a_summary_that_fits_a_screen(many_db: Path) -> None:
    done = _cli("report", "--db", str(many_db))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) <= 60
    flat = " ".join(done.stdout.split())
    assert "Busiest actors" in flat and "John Kerry (USA)" in flat
    assert "1 documents have no date: Title undated" in flat
    assert "--full" in flat
    full = _cli("report", "--db", str(many_db), "--full", "--limit", "0")
    assert len(full.stdout.splitlines()) > len(lines)
    data = json.loads(_cli("report", "--db", str(many_db), "--json").stdout)
    assert data["counts"]["statements"] == TABLE_ROWS + 12
    assert data["event_types"] == {"ACCUSE": 1, "REJECT": 1}
    assert data["documents_behind"] == 0
