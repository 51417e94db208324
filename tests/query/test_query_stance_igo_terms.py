"""An international official the text names without his organisation speaks for the one
whose office the dictionary dates him in (rule ``dated-igo-office``,
cablegram.query.stance_voices.igo_office_on, data ``igo_officials.csv``): the
organisation's row pools him on the claim's date, never before or after his term, never
where the text says "former".

Sentences and stories written for these tests.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import cablegram.api as cg
from cablegram.query.stance_voices import igo_office_on


def test_an_official_holds_the_office_of_his_term() -> None:
    assert igo_office_on("Antonio Guterres", "2023-04-11") == "UN"
    assert igo_office_on("Jens Stoltenberg", "2019-06-05") == "NATO"
    assert igo_office_on("Kaja Kallas", "2025-02-03") == "EU"


def test_near_misses_outside_a_term_or_without_a_date() -> None:
    assert igo_office_on("Ban Ki-moon", "2021-03-09") is None  # after his term
    assert igo_office_on("Kaja Kallas", "2023-02-03") is None  # still Estonia's premier
    assert igo_office_on("Antonio Guterres", None) is None
    assert igo_office_on("Emmanuel Macron", "2023-04-11") is None  # no such office


def _rows(text: str, date: str, proposition: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp, cg.open(Path(tmp) / "igo.db") as store:
        store.add(text, date, title="Sudan talks")
        result = store.stance(proposition, semantic=False)
        return {r.name: r.stance for r in result.actors}


def test_the_secretary_general_counts_for_the_united_nations() -> None:
    rows = _rows(
        "Secretary-General Antonio Guterres firmly supports an immediate ceasefire in Sudan, "
        "his office said on Tuesday.",
        "2024-05-07",
        "a ceasefire in Sudan",
    )
    assert rows.get("UN") == "support"


def test_a_former_official_counts_for_no_organisation() -> None:
    rows = _rows(
        "Former secretary-general Ban Ki-moon said on Tuesday that he backs an immediate "
        "ceasefire in Sudan.",
        "2024-05-07",
        "a ceasefire in Sudan",
    )
    assert "UN" not in rows
