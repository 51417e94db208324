"""Reads that stay fast on large stores: windowed ranking, expressions, listings, counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from cablegram.records import Actor, Annotation, Document, Statement
from cablegram.store import Store
from cablegram.store import search as store_module
from cablegram.store.store import fts_prefix

KERRY = Actor(name="John Kerry", kind="person", text="Kerry", country="USA", actor_id="kerry")
LAVROV = Actor(name="Sergei Lavrov", kind="person", text="Lavrov", country="RUS", actor_id="lavrov")


def _many(path: Path) -> Store:
    """Twelve statements, oldest first: the old ones say "sanctions" most often."""
    texts = [("sanctions sanctions sanctions now", KERRY)] * 3
    texts += [(f"sanctions and talks {i}", LAVROV) for i in range(6)]
    texts += [(f"sanctions, said Kerry {i}", KERRY) for i in range(3)]
    statements = tuple(
        Statement(
            doc_id="d",
            statement_id=f"s{i:02}",
            kind="direct",
            text=text,
            start=0,
            end=len(text),
            sentence=f"“{text},” he said.",
            speaker=speaker,
            cue="said",
        )
        for i, (text, speaker) in enumerate(texts)
    )
    store = Store.open(path)
    store.write(
        Annotation(Document(doc_id="d", source_path="d.txt", text="x"), statements=statements)
    )
    return store


def ids(statements: list[Statement]) -> list[str]:
    return [s.statement_id for s in statements]


def test_a_limited_search_ranks_a_window_of_recent_matches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _many(tmp_path / "many.db") as store:
        # Everything fits the window: the best matches (the old, repetitive ones) first.
        assert set(ids(store.statements(search="sanctions", limit=2))) <= {"s00", "s01", "s02"}
        assert ids(store.statements(search="sanctions", limit=12)) == ids(
            store.statements(search="sanctions")
        )
        monkeypatch.setattr(store_module, "RANK_WINDOW", 4)
        # Only the 4 most recent matches are ranked now.
        recent = ids(store.statements(search="sanctions", limit=2))
        assert set(recent) <= {"s08", "s09", "s10", "s11"}
        # Without a limit every match is still ranked.
        assert set(ids(store.statements(search="sanctions"))[:3]) == {"s00", "s01", "s02"}
        # A filter that the window leaves too few rows for widens it.
        lavrov = ids(store.statements(search="sanctions", speaker="Lavrov", limit=3))
        assert len(lavrov) == 3 and set(lavrov) <= {f"s{i:02}" for i in range(3, 9)}
        kerry = ids(store.statements(search="sanctions", country="usa", limit=5))
        assert len(kerry) == 5
        assert store.statements(search="sanctions", speaker="Merkel", limit=3) == []


def test_matching_reads_newest_first_with_the_matched_words(tmp_path: Path) -> None:
    with _many(tmp_path / "many.db") as store:
        expression = f"({fts_prefix('sanction')}) AND ({fts_prefix('kerr')})"
        found = store.statements_matching(expression, 2)
        assert [m.record.statement_id for m in found] == ["s11", "s10"]
        assert set(found[0].words) == {"sanctions", "Kerry"}
        assert store.statements_matching(fts_prefix('no "such'), 5) == []
        assert store.events_matching(fts_prefix("sanction"), 5) == []


def test_document_summaries_and_grouped_counts_agree_with_the_full_reads(store: Store) -> None:
    documents = store.documents()
    summaries = store.document_summaries()
    assert [s.doc_id for s in summaries] == [d.doc_id for d in documents]
    for summary, document in zip(summaries, documents, strict=True):
        full = document.to_json()
        del full["text"]
        assert summary.to_json() == full
    assert store.document_count() == len(documents) == 2
    assert [s.doc_id for s in store.document_summaries(1, 1)] == [documents[1].doc_id]
    assert store.document_summaries(5, 10) == []
    picked = store.document_summaries(doc_ids=[documents[1].doc_id, "nope", documents[0].doc_id])
    assert [s.doc_id for s in picked] == [d.doc_id for d in documents]
    counts = store.counts_by_document([d.doc_id for d in documents] + ["nope"])
    for document in documents:
        assert counts[document.doc_id] == store.counts(document.doc_id)
    assert set(counts["nope"].values()) == {0}
