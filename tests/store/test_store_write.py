"""Writing documents: round trips, idempotence, rollback, citations, meta."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from store_samples import france_article, spain_article

from cablegram.store import Store, StoreError


def test_every_record_comes_back_as_written(store: Store) -> None:
    france, spain = france_article(), spain_article()
    assert store.documents() == [france.document, spain.document]
    assert store.document("doc-france") == france.document
    assert store.document("nope") is None
    assert store.removed("doc-france") == list(france.document.removed)
    assert store.actors() == list(france.actors)
    assert store.actors(doc_id="doc-spain") == []
    assert store.statements() == [*france.statements, *spain.statements]
    assert store.events() == [*france.events, *spain.events]


def test_the_same_document_is_stored_once(store: Store) -> None:
    before = store.counts()
    assert store.write(france_article()) is False
    assert store.counts() == before
    assert store.write_all([france_article(), spain_article()]) == (0, 2)


def test_a_failed_write_rolls_back_that_document_only(store: Store) -> None:
    good = france_article()
    doc = dataclasses.replace(good.document, doc_id="doc-bad", title="Bad")
    statement = dataclasses.replace(good.statements[0], doc_id="doc-bad")
    # The same statement twice breaks the (doc_id, statement_id) key after the document,
    # its removed text and its actors are already inserted.
    bad = dataclasses.replace(
        good, document=doc, actors=(), statements=(statement, statement), events=()
    )
    before = store.counts()
    with pytest.raises(StoreError, match="doc-bad"):
        store.write(bad)
    assert store.counts() == before
    assert not store.has_document("doc-bad")
    assert store.statements(search="flag") == [good.statements[0]]
    # The store is still usable, and the document can be written once fixed.
    fixed = dataclasses.replace(bad, statements=(statement,))
    assert store.write(fixed)
    assert store.counts()["documents"] == before["documents"] + 1


def test_an_event_reported_twice_is_stored_once_with_both_citations(store: Store) -> None:
    france = france_article()
    event = france.events[1]
    doc = dataclasses.replace(
        france.document, doc_id="doc-echo", title="Echo", text="Paris rejected it."
    )
    echo = dataclasses.replace(
        event, doc_id="doc-echo", sentence="Paris rejected the US plan.", start=6, end=14
    )
    reprint = dataclasses.replace(france, document=doc, actors=(), statements=(), events=(echo,))
    assert store.write(reprint)
    assert [e.event_id for e in store.events(event_type="REJECT")] == ["ev-reject"]
    cited = store.event_citations("ev-reject")
    assert [(c.doc_id, c.sentence) for c in cited] == [
        ("doc-france", event.sentence),
        ("doc-echo", "Paris rejected the US plan."),
    ]
    assert [e.event_id for e in store.events(doc_id="doc-echo")] == ["ev-reject"]
    assert store.counts("doc-echo")["events"] == 1


def test_counts_for_the_store_and_for_one_document(store: Store) -> None:
    assert store.counts() == {
        "documents": 2,
        "removed": 2,
        "actors": 2,
        "mentions": 3,
        "statements": 3,
        "events": 3,
        "event_citations": 3,
    }
    one = store.counts("doc-spain")
    assert (one["documents"], one["statements"], one["events"], one["removed"]) == (1, 1, 1, 0)


def test_meta_keeps_json_values(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.get_meta("line_counts") is None
        assert store.get_meta("line_counts", {}) == {}
        store.set_meta("line_counts", {"abc": 3})
        store.set_meta("line_counts", {"abc": 4, "def": 1})
    with Store.open(db_path) as store:
        assert store.get_meta("line_counts") == {"abc": 4, "def": 1}
