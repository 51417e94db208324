"""Which kind of a thing a claim names (cablegram.query.propositions_kinds): a classifying
adjective of the proposition is a kind word, status adjectives are none, creating a thing
is not backing one already there, and a claim about another name is not about the
proposition's (sentences composed for the tests)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from cablegram.query.propositions_kinds import kind_words
from cablegram.query.propositions_match import Bearing, bears_on
from cablegram.query.stance_evidence import country_of, proposition_of


def _everywhere(names: Iterable[str]) -> bool:
    """A document that names every name asked about, and no other thing by its noun."""
    return not any(n.startswith("\x00") for n in names)


def bearing(
    proposition: str, predicate: str, obj: str | None, sentence: str, **arguments: str
) -> Bearing | None:
    return bears_on(
        proposition_of(proposition), predicate, obj, arguments, country_of, _everywhere,
        sentence,
    )  # fmt: skip


def test_a_classifying_adjective_of_the_proposition_is_a_kind_word() -> None:
    assert "safe" in kind_words(proposition_of("set up a safe zone in southern Lebanon"))
    assert "unity" in kind_words(proposition_of("form a unity government in Yemen"))
    # a status adjective or a name says no kind
    assert not kind_words(proposition_of("impose a new curfew on Gaza"))
    assert not kind_words(proposition_of("create a Palestinian state"))
    # nor the verb before a bare object
    assert not kind_words(proposition_of("send troops to Iraq"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Beirut said it opposed an autonomous zone in southern Lebanon.",
        "Amman rejected a humanitarian zone along southern Lebanon.",
        "Paris backs a buffer zone in southern Lebanon.",
    ],
)
def test_another_adjective_names_another_kind_of_zone(sentence: str) -> None:
    proposition = "set up a safe zone in southern Lebanon"
    assert bearing(proposition, "zone", None, sentence, place="Lebanon") is None


def test_the_same_adjective_still_bears() -> None:
    sentence = "Ankara said it supported a safe zone in southern Lebanon."
    found = bearing("set up a safe zone in southern Lebanon", "zone", None, sentence,
                    place="Lebanon")  # fmt: skip
    assert found is not None and found.same_direction


@pytest.mark.parametrize(
    ("proposition", "predicate", "obj", "sentence", "args"),
    [
        ("extend the Danube grain deal", "extend", "deal",
         "Vienna wanted to extend the landmark deal on Danube grain for a year.",
         {"about": "Danube"}),
        ("extend the Danube grain deal", "extend", "deal",
         "Bucharest pressed Kyiv to extend the UN-brokered deal on Danube grain.",
         {"about": "Danube"}),
        ("extend the Danube grain deal", "extend", "deal",
         "Budapest would not extend the existing deal on Danube grain.", {"about": "Danube"}),
        ("impose a no-fly zone over Yemen", "impose", "zone",
         "Kuwait would help impose the proposed zone over Yemen.", {"topic": "Yemen"}),
        ("impose a no-fly zone over Yemen", "impose", "zone",
         "Doha backs imposing a new zone over Yemen.", {"topic": "Yemen"}),
        ("ban Russian coal imports", "ban", "import",
         "Helsinki favoured a ban on imports of Russian coal.", {"about": "Russian"}),
    ],
)  # fmt: skip
def test_status_adjectives_and_prepositions_name_no_kind(
    proposition: str, predicate: str, obj: str, sentence: str, args: dict[str, str]
) -> None:
    found = bearing(proposition, predicate, obj, sentence, **args)
    assert found is not None and found.same_direction


@pytest.mark.parametrize(
    "sentence",
    [
        "Athens said it opposed the government in Yemen.",
        "Cairo supports the government in Yemen.",
    ],
)
def test_backing_a_thing_already_there_is_not_creating_it(sentence: str) -> None:
    proposition = "form a unity government in Yemen"
    assert bearing(proposition, "government", None, sentence, place="Yemen") is None


def test_the_thing_to_create_named_by_its_kind_still_bears() -> None:
    proposition = "form a unity government in Yemen"
    sentence = "Warsaw supports a unity government in Yemen."
    assert bearing(proposition, "government", None, sentence, place="Yemen") is not None
    sentence = "Warsaw supports the formation of a unity government in Yemen."
    assert bearing(proposition, "formation", "government", sentence, place="Yemen")


def test_a_claim_about_another_name_is_not_about_the_propositions() -> None:
    sentence = "Washington has long called the Jewish settlements in the West Bank illegal."
    assert bearing("Syria nuclear deal", "settlement", None, sentence, about="Jewish") is None
    sentence = "Seoul welcomed the Geneva nuclear deal."
    assert bearing("Syria nuclear deal", "deal", None, sentence, about="Geneva") is None
    # the proposition's own name, or one of its words, still bears
    # a thing named for itself may be written another way ("Ceta" for the EU-Canada deal)
    sentence = "Ottawa will sign Ceta, the agreement, next week."
    found = bearing("sign the EU-Canada free trade agreement", "sign", "agreement", sentence,
                    about="Ceta")  # fmt: skip
    assert found is not None
    sentence = "Damascus welcomed the nuclear deal."
    assert bearing("Syria nuclear deal", "deal", None, sentence, about="nuclear") is not None


def test_settlements_are_no_deal() -> None:
    """The data file gives "deal" no synonym "settlement": that word as often names land
    settled ("the settlements in the West Bank") or a lawsuit settled, so a claim on
    settlements bears on no agreement, even where the document names the agreement's party."""
    sentence = "Successive governments in Oslo have called the hilltop settlements illegal."
    assert bearing("Syria nuclear deal", "settlement", None, sentence) is None
    assert bearing("Syria nuclear deal", "deal", None, "Oslo opposed the deal.") is not None
