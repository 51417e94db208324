"""Review of round 14's matching rules (acronyms as written, described parties):

- a named agreement's acronym is found in a claim's context only as written, rule
  ``acronym-of-the-name`` (cablegram.query.propositions_names.context_names): "SALT" names
  the Strategic Arms Limitation Treaty, the word "salt" does not;
- a place written before a noun of party is a described party only when it is an adjective
  of place ("the Scandinavian nation"), rule ``described-party``
  (cablegram.query.propositions_args.described_party): a name before the noun ("the Donetsk
  region", "the Faroe government") names another place.

Sentences and stories written for these tests.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import cablegram.api as cg

_TREATY = "ratify the Strategic Arms Limitation Treaty"


def _countries(text: str, proposition: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp, cg.open(Path(tmp) / "review.db") as store:
        store.add(text, "2017-03-08", title="Talks")
        result = store.stance(proposition, semantic=False)
        return {r.country: r.stance for r in result.countries if r.country}


def test_the_acronym_written_in_capitals_names_the_treaty() -> None:
    text = (
        "Moscow said on Tuesday it was ready for SALT talks. Russian Foreign Minister "
        "Sergei Lavrov said Moscow would ratify the treaty soon."
    )
    assert _countries(text, _TREATY).get("RUS") == "support"


def test_near_miss_the_word_the_acronym_spells_names_no_treaty() -> None:
    text = (
        "Moscow said on Tuesday it had lifted a ban on salt imports. Russian Foreign "
        "Minister Sergei Lavrov said Moscow would ratify the treaty soon."
    )
    assert "RUS" not in _countries(text, _TREATY)


def _bears(proposition: str, predicate: str, arguments: dict[str, str], sentence: str) -> bool:
    from cablegram.query.propositions_match import bears_on
    from cablegram.query.stance_evidence import country_of, proposition_of

    found = bears_on(
        proposition_of(proposition), predicate, None, arguments, country_of,
        lambda _: True, sentence,
    )  # fmt: skip
    return found is not None


@pytest.mark.parametrize(
    ("place", "sentence"),
    [
        ("Scandinavian", "Washington offered to buy Greenland from the Scandinavian nation."),
        ("Arctic", "Washington offered to buy Greenland from the Arctic territory."),
        ("Nordic", "Washington offered to buy Greenland from the Nordic state."),
    ],
)
def test_an_adjective_of_place_before_a_party_noun_describes_a_party(
    place: str, sentence: str
) -> None:
    arguments = {"about": "Greenland", "place": place}
    assert _bears("the purchase of Greenland", "buy", arguments, sentence)


@pytest.mark.parametrize(
    ("place", "sentence"),
    [
        ("Donetsk", "Moscow signed a decree to annex the Donetsk region on Friday."),
        ("Kherson", "Moscow signed a decree to annex the Kherson province on Friday."),
        ("Zaporizhzhia", "Moscow signed a decree to annex the Zaporizhzhia territory."),
    ],
)
def test_near_miss_a_name_before_a_place_noun_names_another_place(
    place: str, sentence: str
) -> None:
    # the document names Crimea too: the other place still rules the claim out
    assert not _bears("the annexation of Crimea", "annex", {"place": place}, sentence)


def test_near_miss_a_name_before_a_party_noun_names_another_party() -> None:
    sentence = "Washington offered to buy Greenland from the Faroe government."
    arguments = {"about": "Greenland", "place": "Faroe"}
    assert not _bears("the purchase of Greenland", "buy", arguments, sentence)
