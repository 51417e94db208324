"""A proposition that writes its act's year ("the 2003 invasion of Iraq") asks about that
act: claims about an act of its kind in another year (an offensive or an attack of 2016) do
not bear, unless they name the act by its own word ("still opposes the invasion of Iraq"),
write the year, are dated in it, or are undated.

Stories written for these tests, run through the whole pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import cablegram.api as cg
from cablegram import nlp
from cablegram.query.propositions_dates import act_year

STORIES: tuple[tuple[str | None, str, str], ...] = (
    (
        "2016-06-01",
        "Offensive",
        "Iraqi troops pressed on with the offensive against the militants. Britain backed the "
        "offensive against Iraq's militants, its defence ministry said. Germany condemned the "
        "attack on Iraq on Monday.",
    ),
    (
        "2016-07-07",
        "Inquiry",
        "France still opposes the invasion of Iraq, its foreign minister said on Thursday.",
    ),
    ("2003-03-20", "War begins", "Belgium condemned the US attack on Iraq on Thursday."),
    (None, "Undated", "Spain condemned the attack on Iraq, its foreign minister said."),
    (
        "2016-05-03",
        "Looking back",
        "Norway condemned the 2003 attack on Iraq, its foreign minister said on Tuesday.",
    ),
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[cg.CablegramStore]:
    path: Path = tmp_path_factory.mktemp("dated") / "dated.db"
    with cg.open(path) as opened:
        for date, title, text in STORIES:
            opened.add(text, date, title=title)
        yield opened


def _countries(store: cg.CablegramStore, proposition: str) -> dict[str, str]:
    result = store.stance(proposition, semantic=False)
    return {row.country: row.stance for row in result.countries if row.country}


@pytest.mark.parametrize(
    "proposition", ["the 2003 invasion of Iraq", "the invasion of Iraq in 2003"]
)
def test_a_dated_act_keeps_other_years_acts_out(store: cg.CablegramStore, proposition: str) -> None:
    assert _countries(store, proposition) == {
        "FRA": "oppose",
        "NOR": "oppose",
        "BEL": "oppose",
        "ESP": "oppose",
    }


def test_an_undated_act_takes_every_act_of_its_kind(store: cg.CablegramStore) -> None:
    rows = _countries(store, "the invasion of Iraq")
    assert rows["DEU"] == "oppose" and rows["GBR"] == "support"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("the 2003 invasion of Iraq", 2003),
        ("the invasion of Iraq in 2003", 2003),
        ("send 2000 troops to Iraq", None),
        ("impose sanctions on Russia", None),
    ],
)
def test_the_year_written_on_the_act(text: str, year: int | None) -> None:
    assert act_year(nlp.load()(text)) == year
