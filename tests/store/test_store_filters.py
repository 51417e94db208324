"""A filter never widens a listing into "everything": CLI, Python API and store agree."""

from __future__ import annotations

from pathlib import Path

import pytest

import cablegram
from cablegram.cli import main
from cablegram.store import FilterError, Store

# Values that, passed to SQL as they are, would match every label (SQLite reads a bound
# string up to its NUL; every label holds the empty string) or none of them.
WIDENING = ["", "   ", "\x00", "\x00Kerry", "Ker\x00", "\t\n", "Merkel\x1b[31m", "\ud800"]


@pytest.mark.parametrize("value", WIDENING)
def test_store_refuses_a_widening_statement_filter(store: Store, value: str) -> None:
    # A blank full-text search matches nothing (it cannot widen), so it is let through.
    blank = value in ("", "   ")
    names = ("speaker", "country") if blank else ("speaker", "country", "search")
    if blank:
        assert store.statements(search=value) == []
    for name in names:
        with pytest.raises(FilterError) as raised:
            store.statements(**{name: value})
        message = str(raised.value)
        assert name in message and "\n" not in message
        assert not value.strip() or value not in message  # the value is never echoed


@pytest.mark.parametrize("value", WIDENING)
def test_store_refuses_a_widening_event_filter(store: Store, value: str) -> None:
    names = ("actor", "event_type", "since", "until", "search")
    for name in names[:-1] if value in ("", "   ") else names:
        with pytest.raises(FilterError):
            store.events(**{name: value})


def test_a_real_filter_still_narrows(store: Store) -> None:
    everything = store.statements()
    assert everything
    named = store.statements(speaker=everything[0].speaker.name)  # type: ignore[union-attr]
    assert 0 < len(named) <= len(everything)


def test_python_api_forwards_the_store_and_its_checks(store: Store, db_path: Path) -> None:
    store.close()
    with cablegram.open(db_path, create=False) as api:
        assert api.statements() == api.store.statements()
        assert api.events(limit=1) == api.store.events(limit=1)
        assert api.documents() == api.store.documents()
        with pytest.raises(FilterError):
            api.statements(speaker="\x00")
        with pytest.raises(FilterError):
            api.events(actor="")
        # The forwarded methods keep the store's documentation.
        assert api.statements.__doc__ == Store.statements.__doc__


def test_cli_refuses_an_empty_filter_in_one_line(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.close()
    code = main(["quotes", "--db", str(db_path), "--speaker", "  "])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("cablegram: the speaker filter is empty") and err.count("\n") == 1
