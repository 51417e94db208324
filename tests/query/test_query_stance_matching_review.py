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


def _actors(text: str, date: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp, cg.open(Path(tmp) / "igo.db") as store:
        store.add(text, date, title="Sudan talks")
        result = store.stance("a ceasefire in Sudan", semantic=False)
        return {r.name: r.stance for r in result.actors}


def test_a_named_official_in_his_term_counts_for_his_organisation() -> None:
    # rule ``dated-igo-office`` (cablegram.query.stance_voices.igo_office_on)
    text = "Mark Rutte firmly backs an immediate ceasefire in Sudan, aides said on Monday."
    assert _actors(text, "2025-05-05").get("NATO") == "support"


@pytest.mark.parametrize(
    ("text", "date", "organisation"),
    [
        (
            "Estonian Prime Minister Kaja Kallas firmly backs an immediate ceasefire in "
            "Sudan, aides said on Monday.",
            "2025-03-17",
            "EU",
        ),
        (
            "Portugal's prime minister Antonio Guterres firmly backs an immediate ceasefire "
            "in Sudan, aides said on Monday.",
            "2024-05-06",
            "UN",
        ),
    ],
)
def test_near_miss_a_country_office_in_the_mention_rules_out_the_dated_one(
    text: str, date: str, organisation: str
) -> None:
    assert organisation not in _actors(text, date)


_NAFTA = "ratify the North American Free Trade Agreement"


def test_a_light_verb_on_the_bare_acronym_bears_on_the_agreement() -> None:
    text = "Mexican President Enrique Pena Nieto pledged to get NAFTA ratified this year."
    assert _countries(text, _NAFTA).get("MEX") == "support"


def test_near_miss_a_thing_the_acronym_owns_is_another_thing() -> None:
    # "NAFTA's successor" is acted on, not NAFTA
    text = (
        "Mexican President Enrique Pena Nieto pledged to get NAFTA's successor ratified this year."
    )
    assert "MEX" not in _countries(text, _NAFTA)


def test_a_proposition_written_with_a_capital_keeps_its_acronym() -> None:
    from cablegram.query.propositions_names import name_acronym, object_name
    from cablegram.query.stance_evidence import proposition_of

    query = proposition_of("Ratify the Trans-Pacific Partnership")
    name = object_name(query)
    assert name is not None and name_acronym(query, name) == "TPP"
