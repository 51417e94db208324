"""The issue's acceptance check on the sample corpus: France and Germany oppose sending
troops to Iraq, each row citing the sentences that decide it.

A smoke test of the whole pipeline on the shipped samples (ingest, claims, stance); no rule
is written for these articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cablegram.cli import main
from cablegram.query.stance import find_stance
from cablegram.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def test_france_and_germany_oppose_sending_troops_to_iraq(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "samples.db"
    assert main(["ingest", str(CORPUS), "--db", str(db), "--workers", "1", "-q"]) == 0
    capsys.readouterr()
    with Store.open(db, readonly=True) as store:
        result = find_stance(store, "send troops to Iraq")
    france, germany = result.row("FRA"), result.row("DEU")
    assert france is not None and germany is not None
    assert (france.stance, germany.stance) == ("oppose", "oppose")
    assert any("no plans to send troops" in e.citation.sentence for e in france.citations)
    assert any("decision not to send troops" in e.citation.sentence for e in germany.citations)
    # Every row's citations say what the row says: no row cites a sentence against it.
    for row in (*result.countries, *result.actors):
        if row.stance in ("support", "oppose"):
            assert row.citations[0].side == row.stance, row
