"""Positions stated in ordinary words rather than a verb of saying (sentences written for
these tests, one kind each): a treaty named as the object of an attitude, giving up a veto
or an opposition, joining others in an attitude, and what ought to be done."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


def polarities(found: list[Claim], predicate: str, country: str | None = None) -> set[str]:
    return {
        c.polarity
        for c in found
        if c.predicate == predicate and (country is None or c.actor.country == country)
    }


@pytest.mark.parametrize(
    ("text", "country", "polarity"),
    [
        ("Portugal has welcomed the agreement with Chile.", "PRT", "support"),
        ("Ireland said it opposed the accord.", "IRL", "oppose"),
        ("Greece voted against the pact on Tuesday.", "GRC", "oppose"),
    ],
)
def test_a_treaty_an_attitude_takes_as_object_is_the_claim(
    claims: Annotate, text: str, country: str, polarity: str
) -> None:
    found = claims(text)
    treaty = {c.polarity for c in found if c.predicate in ("agreement", "accord", "pact")}
    assert treaty == {polarity}
    assert all(c.actor.country == country for c in found if c.predicate == "agreement")


def test_reaching_an_agreement_is_no_attitude_to_an_agreement(claims: Annotate) -> None:
    found = claims("Peru and Chile reached an agreement on fishing rights.")
    assert not [c for c in found if c.predicate == "agreement"]


@pytest.mark.parametrize(
    ("text", "predicate", "country"),
    [
        (
            "Denmark has agreed to lift its veto on the accession of Albania to the union.",
            "accession",
            "DNK",
        ),
        (
            "Greece said it was dropping its opposition to North Macedonia's membership of NATO.",
            "membership",
            "GRC",
        ),
        (
            "Turkey withdrew its objection to Finland's membership of the alliance.",
            "membership",
            "TUR",
        ),
    ],
)
def test_giving_up_a_veto_or_an_opposition_supports_what_it_was_on(
    claims: Annotate, text: str, predicate: str, country: str
) -> None:
    assert polarities(claims(text), predicate, country) == {"support"}


def test_keeping_a_veto_still_opposes(claims: Annotate) -> None:
    found = claims("Hungary said it would not lift its veto on the new sanctions.")
    assert polarities(found, "sanction", "HUN") == {"oppose"}


def test_the_owner_named_with_of_is_what_the_act_is_about(claims: Annotate) -> None:
    found = claims("Denmark has agreed to lift its veto on the accession of Albania to the union.")
    accession = [c for c in found if c.predicate == "accession"]
    assert accession and all(dict(c.arguments).get("about") == "Albania" for c in accession)


def test_those_joined_in_an_attitude_hold_it_too(claims: Annotate) -> None:
    text = (
        "Kenya condemned Sudan's decision to annex the border region, joining Uganda, "
        "Ethiopia and Tanzania in rejecting the move."
    )
    found = claims(text)
    annex = [c for c in found if c.predicate == "annex"]
    group = [c for c in annex if c.actor.kind == "group"]
    assert group and {c.polarity for c in group} == {"oppose"}
    assert {"Uganda", "Ethiopia", "Tanzania"} <= set(
        group[0].actor.name.replace(" and", ",").split(", ")
    )
    assert polarities(found, "annex", "KEN") == {"oppose"}
    # Joining them is no act of its own.
    assert not [c for c in found if c.predicate == "join"]


def test_joining_a_state_as_a_member_is_still_an_act(claims: Annotate) -> None:
    found = claims("Sweden said it would join NATO.")
    assert polarities(found, "join", "SWE") == {"support"}


@pytest.mark.parametrize(
    ("text", "predicate", "country"),
    [
        ("Erdogan said the grain deal should be extended.", "extend", "TUR"),
        ("France said the sanctions must be lifted.", "lift", "FRA"),
    ],
)
def test_what_ought_to_be_done_is_a_position_stated_outright(
    claims: Annotate, text: str, predicate: str, country: str
) -> None:
    found = [c for c in claims(text) if c.predicate == predicate and c.actor.country == country]
    assert found and {c.polarity for c in found} == {"support"}
    assert {c.modality for c in found} <= {"asserted", "reported"}


def test_what_ought_not_to_be_done_is_opposed(claims: Annotate) -> None:
    found = claims("Viktor Orban said the sanctions should not be extended.")
    assert polarities(found, "extend", "HUN") == {"oppose"}


def test_a_quoted_worry_word_stands_for_its_clause(claims: Annotate) -> None:
    text = (
        'For its part, the Canadian government expressed "concerns" on Monday regarding the '
        "decision to withdraw from the fisheries treaty."
    )
    found = [c for c in claims(text) if c.predicate == "withdraw"]
    assert found and {c.polarity for c in found if c.actor.country == "CAN"} == {"oppose"}
    # Neither the expressing nor the "regarding" is an act.
    assert not [c for c in claims(text) if c.predicate in ("express", "regard")]


def test_a_quoted_wrong_named_with_as_judges_the_act(claims: Annotate) -> None:
    found = claims('Moscow described the seizure of its reserves as "theft".')
    assert polarities(found, "seizure", "RUS") == {"oppose"}


def test_an_act_a_name_owns_is_not_read_through_anothers_attitude(claims: Annotate) -> None:
    text = (
        'For its part, the Norwegian government expressed "concerns" on Friday regarding '
        "Chile's decision to withdraw from the whaling commission."
    )
    found = claims(text)
    assert polarities(found, "withdraw", "NOR") == {"oppose"}
    assert "oppose" not in polarities(found, "withdraw", "CHL")


def test_states_a_noun_lists_by_including_hold_its_position(claims: Annotate) -> None:
    text = (
        "Several EU member states including Greece, Cyprus and Malta oppose the plan to "
        "ban shipping insurance."
    )
    found = [c for c in claims(text) if c.predicate == "ban"]
    assert found and {c.polarity for c in found} == {"oppose"}
    assert all(c.actor.kind == "group" and "Cyprus" in c.actor.name for c in found)


def test_what_an_act_would_constitute_judges_it(claims: Annotate) -> None:
    text = "Romania's president said that closing the border would constitute a disaster."
    assert polarities(claims(text), "close", "ROU") == {"oppose"}


def test_a_plan_judged_before_is_the_act_not_an_act_against_it(claims: Annotate) -> None:
    text = (
        "Greek Prime Minister Kyriakos Mitsotakis has raised concerns that selling the port "
        "to a foreign buyer would constitute a strategic nightmare. "
        "Several EU member states including Greece, Cyprus and Malta oppose the plan."
    )
    found = [c for c in claims(text) if c.predicate == "sell" and c.actor.kind == "group"]
    assert found and {c.polarity for c in found} == {"oppose"}


def test_an_absolute_clause_with_with_is_a_side_remark(claims: Annotate) -> None:
    text = (
        "Several EU member states including Greece, Cyprus and Malta oppose the plan to "
        "ban shipping insurance, with Poland's prime minister indicating that no decision "
        "is likely."
    )
    found = claims(text)
    assert not [c for c in found if c.predicate == "indicate"]
    # The side remark's speaker takes no side on the ban.
    assert not [c for c in found if c.predicate.startswith("ban") and c.actor.country == "POL"]
    assert {c.polarity for c in found if c.predicate.startswith("ban")} == {"oppose"}


def test_a_judgement_named_with_as_is_no_act(claims: Annotate) -> None:
    found = claims('The Russian government has characterized such actions as "theft".')
    assert not [c for c in found if c.predicate == "theft"]


@pytest.mark.parametrize(
    ("text", "predicate", "country", "polarity"),
    [
        (
            "Sending troops to Chad would destabilise the region, Chancellor Angela Merkel said.",
            "send",
            "DEU",
            "oppose",
        ),
        (
            "Pedro Sanchez warned that postponing the vote would undermine the talks.",
            "postpone",
            "ESP",
            "oppose",
        ),
        (
            "Chancellor Olaf Scholz said that lifting the tariffs would strengthen cooperation.",
            "lift",
            "DEU",
            "support",
        ),
    ],
)
def test_an_effect_on_a_common_good_judges_the_act(
    claims: Annotate, text: str, predicate: str, country: str, polarity: str
) -> None:
    found = claims(text)
    assert polarities(found, predicate, country) == {polarity}
    # The effect is no act anyone proposes.
    assert not [c for c in found if c.predicate in ("destabilise", "undermine", "strengthen")]


def test_an_effect_on_anything_else_is_not_read(claims: Annotate) -> None:
    found = claims("Sanctions would weaken Russia's economy, Boris Johnson said.")
    assert not [c for c in found if c.predicate == "sanction"]


def test_a_judgement_the_parser_makes_a_second_object_is_no_object(claims: Annotate) -> None:
    found = claims("The German ministry's statement called the decision to send troops a mistake.")
    sent = [c for c in found if c.predicate == "send"]
    assert sent and {(c.object, c.polarity) for c in sent} == {("troop", "oppose")}


def test_the_worst_of_all_options_opposes(claims: Annotate) -> None:
    text = (
        'Belgian Foreign Minister Maxime Prevot said: "We consider the plan to seize the '
        'assets the worst of all options."'
    )
    assert polarities(claims(text), "seize", "BEL") == {"oppose"}


def test_a_risky_act_is_opposed(claims: Annotate) -> None:
    text = "Belgian Foreign Minister Maxime Prevot said seizing the assets was risky."
    assert polarities(claims(text), "seize", "BEL") == {"oppose"}


def test_a_further_attitude_set_off_by_a_comma_is_still_the_subjects(claims: Annotate) -> None:
    text = (
        "Three EU nations\u2014Greece, Cyprus, and Malta\u2014have formally requested a "
        "comprehensive review of the Fisheries Agreement with Chile, explicitly calling for "
        "the suspension of the deal if necessary."
    )
    found = [c for c in claims(text) if c.predicate == "suspension"]
    assert found and {c.polarity for c in found} == {"support"}
