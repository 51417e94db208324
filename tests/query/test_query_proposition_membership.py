"""Staying in a union and leaving it, read against its membership, and exit blends
("Brexit") read as a country leaving its union (sentences composed for the tests)."""

from __future__ import annotations

from collections.abc import Iterable

from cablegram.query.propositions_match import Bearing, bears_on
from cablegram.query.propositions_membership import exit_blend_claim, exit_blend_text
from cablegram.query.stance_evidence import country_of, proposition_of, search_terms

STAY = "Britain remain in the European Union"
LEAVE = "leave the EU"
LEAVE_GB = "Britain leave the EU"


def _mentions_eu(phrases: Iterable[str]) -> bool:
    return any(p in ("EU", "European Union", "Britain") for p in phrases)


def bearing(
    proposition: str, predicate: str, obj: str | None, arguments: dict[str, str], sentence: str
) -> Bearing | None:
    return bears_on(
        proposition_of(proposition), predicate, obj, arguments, country_of, _mentions_eu, sentence
    )


def test_membership_is_staying_in_the_union() -> None:
    sentence = "The Irish premier praised Britain's EU membership in a speech in Dublin."
    found = bearing(STAY, "membership", None, {"about": "Britain", "about1": "EU"}, sentence)
    assert found is not None and found.same_direction


def test_membership_undoes_leaving() -> None:
    sentence = "The Irish premier praised Britain's EU membership in a speech in Dublin."
    found = bearing(LEAVE_GB, "membership", None, {"about": "Britain", "about1": "EU"}, sentence)
    assert found is not None and not found.same_direction


def test_staying_named_with_the_union_undoes_leaving() -> None:
    sentence = "The Dutch minister said Britain should stay in the EU."
    found = bearing(LEAVE, "stay", None, {"place": "EU"}, sentence)
    assert found is not None and not found.same_direction


def test_staying_with_no_place_does_not_bear_on_leaving() -> None:
    # "stay on" names no body: no reading against leaving the union
    assert bearing(LEAVE, "stay", None, {}, "The prime minister said he would stay on.") is None


def test_staying_in_power_or_in_a_country_is_no_membership() -> None:
    sentence = "The envoy praised Britain's EU membership."
    members = {"about": "Britain", "about1": "EU"}
    assert bearing("Assad remain in power", "membership", None, members, sentence) is None
    assert bearing("Russian troops remain in Syria", "membership", None, members, sentence) is None


def test_membership_words_are_searched_for_staying() -> None:
    words, _ = search_terms(proposition_of(STAY))
    assert {"membership", "leave", "brexit"} <= set(words)
    words, _ = search_terms(proposition_of("Assad remain in power"))
    assert "membership" not in words


def test_an_exit_blend_proposition_is_leaving_the_union() -> None:
    assert exit_blend_text("a Brexit") == "Britain leave the European Union"
    assert exit_blend_text("Grexit") == "Greece leave the eurozone"
    assert exit_blend_text("exit") is None and exit_blend_text("a flexit") is None
    parsed = proposition_of("Brexit")
    assert parsed.predicate == "leave" and parsed.agent == "Britain"
    assert "European Union" in parsed.arguments.values()


def test_an_exit_blend_claim_is_leaving() -> None:
    assert exit_blend_claim("brexit", None, {}) == (
        "leave",
        None,
        {"about": "Britain", "about2": "European Union"},
    )
    sentence = "The senator said he would welcome a Brexit."
    found = bearing(LEAVE, "brexit", None, {}, sentence)
    assert found is not None and found.same_direction
    found = bearing(STAY, "brexit", None, {}, sentence)
    assert found is not None and not found.same_direction
    found = bearing("Brexit", "brexit", None, {}, sentence)
    assert found is not None and found.same_direction


def test_another_states_membership_is_no_staying() -> None:
    # review r104 finding 1: whose membership is the proposition's agent's, not any state's
    sentence = "The Austrian chancellor said on Monday he opposed Serbia's EU membership."
    assert bearing(LEAVE, "membership", None, {"about": "Serbia"}, sentence) is None
    assert bearing(LEAVE_GB, "membership", None, {"about": "Serbia"}, sentence) is None
    itself = "Iceland's foreign minister said Iceland rejected EU membership for itself."
    assert bearing(LEAVE, "membership", None, {"about": "Iceland"}, itself) is None


def test_membership_sought_is_no_staying() -> None:
    # review r104 finding 2: joining or asking to join is no staying
    sought = "The Albanian premier said Albania's EU membership was wanted by 2025."
    assert bearing("Albania leave the EU", "membership", None, {}, sought) is None
    seeks = "The Georgian president said Georgia would seek NATO membership after a vote."
    assert bearing("Georgia leave NATO", "membership", None, {}, seeks) is None


def test_membership_of_another_body_is_no_staying() -> None:
    # review r104 finding 3: the body is read from the sentence and must be the proposition's
    sentence = "The Indian premier lauded Britain's membership of the Commonwealth in London."
    assert bearing(STAY, "membership", None, {"about": "Britain"}, sentence) is None
    assert bearing(LEAVE_GB, "membership", None, {"about": "Britain"}, sentence) is None
    assert bearing("Brexit", "membership", None, {"about": "Britain"}, sentence) is None
    of_eu = "The Indian premier lauded Britain's membership of the European Union."
    found = bearing(STAY, "membership", None, {"about": "Britain"}, of_eu)
    assert found is not None and found.same_direction


def test_a_blend_proposition_looks_up_its_blend_claims() -> None:
    # "Grexit" reads as "Greece leave the eurozone", whose union is no dictionary body
    words, _ = search_terms(proposition_of("Grexit"))
    assert "grexit" in words
    found = bearing("Grexit", "grexit", None, {}, "Portugal rejected a Grexit.")
    assert found is not None and found.same_direction


def test_another_countrys_blend_does_not_bear() -> None:
    # near miss: Britain leaving is not Greece leaving
    assert bearing("Grexit", "brexit", None, {}, "Portugal rejected a Brexit.") is None
    assert bearing("Brexit", "grexit", None, {}, "Portugal rejected a Grexit.") is None
