"""`ingest --out` then `load` stores what a direct ingest stores, in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_samples import good_article, write_good

from cablegram.cli import main
from cablegram.store import Store


def _contents(db: Path) -> tuple[list[str], list[tuple[str, str, str]], list[tuple[str, str]]]:
    with Store.open(db, readonly=True) as store:
        docs = [d.doc_id for d in store.documents()]
        events = sorted(
            (e.event_id, e.event_type, e.trigger) for d in docs for e in store.events(doc_id=d)
        )
        links = [(x.doc_id, x.syndicated_of) for x in store.syndication_links()]
    return docs, events, links


def test_out_then_load_equals_direct_ingest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    write_good(folder, 6)
    # A republished copy with two words more (near-identical, so linked): which one is the
    # original depends on order.
    copy = good_article(2) + "\n\nAides agreed."
    (folder / "good_00_copy.txt").write_text(copy, encoding="utf-8")
    direct, loaded, parts = tmp_path / "direct.db", tmp_path / "loaded.db", tmp_path / "parts"
    common = ["--workers", "1", "--batch-size", "1", "-q"]
    assert main(["ingest", str(folder), "--db", str(direct), *common]) == 0
    assert main(["ingest", str(folder), "--out", str(parts), *common]) == 0
    assert main(["load", str(parts), "--db", str(loaded), "-q"]) == 0
    capsys.readouterr()
    assert _contents(loaded) == _contents(direct)
    assert _contents(direct)[2], "the copy is linked"
