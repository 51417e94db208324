"""Claims made at annotation time: each cites its statement or event, and the store keeps
them; the press and documents take no positions."""

from __future__ import annotations

from pathlib import Path

import cablegram.api as cg


def test_claims_cite_their_records_and_round_trip(tmp_path: Path) -> None:
    text = (
        '"We will not send troops to Iraq," Foreign Minister Michel Barnier said. '
        "The New York Times reported that Spain would send troops to Iraq."
    )
    with cg.open(tmp_path / "c.db") as store:
        annotation = store.add(text, "2004-10-15", title="Claims")
        assert annotation.claims
        ids = {s.statement_id for s in annotation.statements}
        ids |= {e.event_id for e in annotation.events}
        for claim in annotation.claims:
            assert claim.source_id in ids
            assert claim.actor.role != "MED" and claim.actor.kind != "document"
        send = [c for c in annotation.claims if c.predicate == "send"]
        assert send and all(c.polarity == "oppose" for c in send)
        assert dict(send[0].arguments) == {"place": "Iraq"}
        assert store.store.claims(doc_id=annotation.document.doc_id) == list(annotation.claims)
        assert store.store.claims_about(["send"], ["deploy"])
