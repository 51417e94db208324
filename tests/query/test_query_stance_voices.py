"""An IGO official speaks for the organisation the sentence gives as the office beside the
name (cablegram.query.stance_voices): an apposition after it, office words just before it;
never a former office, never an organisation named across a clause.

Sentences written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import cablegram.api as cg
from cablegram.query.stance_voices import igo_beside


@pytest.mark.parametrize(
    ("name", "sentence", "igo"),
    [
        ("Ursula von der Leyen",
         "Ursula von der Leyen, the president of the European Commission, spoke.",
         "European Commission"),
        ("Jens Stoltenberg", "NATO chief Jens Stoltenberg spoke.", "NATO"),
        ("Jens Stoltenberg", "Jens Stoltenberg, the former secretary general of NATO, spoke.",
         None),
        ("Jens Stoltenberg", "Former NATO chief Jens Stoltenberg spoke.", None),
        ("Kaja Kallas", "The EU ministers met on Monday, Kaja Kallas said.", None),
        ("Kaja Kallas", "Kaja Kallas, a former prime minister of Estonia, spoke.", None),
    ],
)  # fmt: skip
def test_the_office_beside_the_name_gives_the_igo(
    name: str, sentence: str, igo: str | None
) -> None:
    assert igo_beside(name, sentence) == igo


def test_an_igo_officials_claim_counts_for_the_igo(tmp_path: Path) -> None:
    with cg.open(tmp_path / "voices.db") as store:
        store.add(
            "Ursula von der Leyen, the president of the European Commission, called for new "
            "sanctions on Belarus.",
            "2025-05-01",
            title="Belarus",
        )
        result = store.stance("impose new sanctions on Belarus", semantic=False)
    rows = {r.name: r.stance for r in result.actors}
    assert rows.get("European Commission") == "support"
    assert not result.countries  # she speaks for no state
