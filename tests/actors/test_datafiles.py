"""One reader of the shipped data files serves ingest and actors alike (issue 12 code debt:
``ingest/places`` had re-written the dictionary's CSV reader)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cablegram import datafiles
from cablegram.actors import surnames
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.ingest import places


def test_package_csv_gives_header_keyed_rows() -> None:
    rows = list(datafiles.package_csv("country_aliases.csv"))
    assert rows and {"text", "kind"} <= set(rows[0])
    assert any(r["kind"] == "capital" for r in rows)


def test_a_name_not_shipped_is_an_error() -> None:
    with pytest.raises(FileNotFoundError):
        datafiles.package_text("no_such_file.csv")


def test_comment_lines_are_skipped() -> None:
    lines = datafiles.package_lines("common_surnames.txt")
    assert lines and not any(line.startswith("#") or not line for line in lines)
    assert surnames.common_surnames() == frozenset(lines)


def test_both_stages_read_the_same_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest's places and the actor dictionary both go through ``package_csv``."""
    seen: list[str] = []
    real = datafiles.package_csv

    def spy(name: str) -> Iterator[dict[str, str]]:
        seen.append(name)
        return real(name)

    monkeypatch.setattr("cablegram.ingest.places.package_csv", spy)
    monkeypatch.setattr("cablegram.gazetteer.dictionary.package_csv", spy)
    places.capitals.cache_clear()
    try:
        assert "beirut" in places.capitals()
        load_dictionary.__wrapped__()  # uncached: the shared dictionary stays as it is
    finally:
        places.capitals.cache_clear()
    assert "country_aliases.csv" in seen and "organizations.csv" in seen
