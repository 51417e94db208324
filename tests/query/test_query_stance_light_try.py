"""Light verbs and copulas read through the whole pipeline (rv84 3 and 4).

- "try" is a light verb on an act noun: trying talks is for the talks ("will try
  negotiations with the rebels", "would try talks with the rebels");
- trying people in court is no act on what they did: "will try the coup plotters" bears on
  no coup;
- a copular "remains"/"stays" with an adjective ("remains committed to its partners",
  "stays loyal to its allies") stays nowhere: it bears on no staying in a body.

Stories written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import cablegram.api as cg

STORIES: tuple[tuple[str, str], ...] = (
    ("Talks", "Sweden will try negotiations with the rebels in Mali, its foreign minister said."),
    ("Talks again", "Finland said it would try talks with the rebels in Mali."),
    ("Court", "Egypt will try the coup plotters in Mali, its justice minister said on Monday."),
    ("Court again", "Senegal will try the leaders of the coup in Mali, its justice minister said."),
    ("Partners", "Britain remains committed to its partners, its foreign minister said on Monday."),
    ("Allies", "Norway stays loyal to its allies, its foreign minister said on Monday."),
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[cg.CablegramStore]:
    path: Path = tmp_path_factory.mktemp("light") / "light.db"
    with cg.open(path) as opened:
        for title, text in STORIES:
            opened.add(text, "2016-06-01", title=title)
        yield opened


def _countries(store: cg.CablegramStore, proposition: str) -> dict[str, str]:
    result = store.stance(proposition, semantic=False)
    return {row.country: row.stance for row in result.countries if row.country}


def test_trying_an_act_is_for_it(store: cg.CablegramStore) -> None:
    rows = _countries(store, "talks with the rebels in Mali")
    assert rows == {"SWE": "support", "FIN": "support"}


def test_trying_people_in_court_bears_on_no_coup(store: cg.CablegramStore) -> None:
    assert _countries(store, "a military coup in Mali") == {}


@pytest.mark.parametrize(
    "proposition", ["Britain staying in the European Union", "Norway staying in NATO"]
)
def test_a_copular_remain_stays_nowhere(store: cg.CablegramStore, proposition: str) -> None:
    assert _countries(store, proposition) == {}
