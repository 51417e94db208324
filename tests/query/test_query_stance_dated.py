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
from cablegram.query.stance_evidence import proposition_of

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
    # a standing thing: the agreement of 2015 is the one spoken of a year later
    (
        "2016-02-10",
        "Pact in force",
        "Portugal welcomed the implementation of the nuclear agreement with Iran on Sunday. "
        "Austria said it would uphold the accord with Iran.",
    ),
    # making an agreement a year on makes another one
    ("2016-03-02", "New pact", "Brazil signed a nuclear accord with Iran on Monday."),
    # the act's own word behind a light verb ("coup" of "coup attempt")
    (
        "2017-04-12",
        "A year on",
        "Chile condemned the coup in Turkey on Tuesday. Peru condemned the failed coup in "
        "Turkey, its foreign minister said.",
    ),
    # said before the act's year: the vote it anticipates; after it: another vote
    (
        "2016-09-14",
        "Kenya delay",
        "Sweden urged Kenya to hold a vote soon, its foreign minister said. Finland supports "
        "a ballot in Kenya, its foreign minister said.",
    ),
    ("2020-05-06", "Kenya again", "Denmark supports a ballot in Kenya, its foreign minister said."),
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
    assert proposition_of(text).to_json().get("year") == year


@pytest.mark.parametrize(
    ("proposition", "wanted"),
    [
        ("the 2015 nuclear deal with Iran", {"PRT": "support", "AUT": "support"}),
        ("the 2016 coup attempt in Turkey", {"CHL": "oppose", "PER": "oppose"}),
        ("elections in Kenya in 2018", {"SWE": "support", "FIN": "support"}),
    ],
)
def test_a_dated_act_keeps_its_own_claims(
    store: cg.CablegramStore, proposition: str, wanted: dict[str, str]
) -> None:
    rows = _countries(store, proposition)
    assert {c: rows.get(c) for c in wanted} == wanted


def test_an_agreement_made_a_year_on_is_another(store: cg.CablegramStore) -> None:
    assert "BRA" in _countries(store, "the nuclear deal with Iran")
    assert "BRA" not in _countries(store, "the 2015 nuclear deal with Iran")


def test_a_claim_dated_after_the_act_by_a_broader_word_stays_out(
    store: cg.CablegramStore,
) -> None:
    # "a vote" of 2020 is another vote than the elections of 2018; undated it would bear
    rows = _countries(store, "elections in Kenya in 2018")
    assert "DNK" not in rows and "SWE" in rows
