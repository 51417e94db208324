"""Recall of events a careful reader records, by shape of copy (issue 11, round 5): money
pledged or given as aid, aid announced or released, listing for sanctions, suspension from a
body, cut rations, deadlines to leave given to envoys, going to someone for help, votes for a
departure, missiles thrown, a state's war on another, vessels taken over, pacts announced,
weapons supplied, agreements to sanction and nouns whose participle names the doer. Each kind
has members written for these tests and sentences of the same look that must code nothing of
the kind. Coded with the project's own actor resolver."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

Coder = Callable[[str], list[Event]]


def _of(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type]


def _sources(events: list[Event], event_type: str) -> set[str | None]:
    return {e.source.country if e.source else None for e in _of(events, event_type)}


# ------------------------------------------------------------------------------ money as aid


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("Norway pledged $40 million for flood victims in Pakistan on Friday.", "NOR"),
        ("Canada promised 15 million dollars to the relief effort in Haiti.", "CAN"),
        ("Germany has committed 30 million euros for refugees in Jordan.", "DEU"),
        ("Japan is providing $12 million in emergency assistance to Turkey.", "JPN"),
        ("Sweden allocated 8 million euros in humanitarian aid to Somalia.", "SWE"),
        ("Britain announced 20 million pounds in aid for Sudan on Monday.", "GBR"),
        ("Qatar approved a $100 million loan for Lebanon.", "QAT"),
    ],
)  # fmt: skip
def test_money_pledged_or_given_is_aid(resolved: Coder, text: str, giver: str) -> None:
    events = resolved(text)
    assert giver in _sources(events, "AID")
    assert all(e.modality == "asserted" for e in _of(events, "AID"))


def test_a_sum_that_is_no_gift_is_no_aid(resolved: Coder) -> None:
    # a sum spent, lost or earned is given to no one
    for text in (
        "Norway spent $40 million on a new stadium in Oslo.",
        "Canada lost 15 million dollars in the deal.",
        "Japan announced $12 million in profits for its state railway.",
    ):
        assert not _of(resolved(text), "AID"), text


def test_aid_distributed_or_released_is_aid(resolved: Coder) -> None:
    assert "NOR" in _sources(
        resolved("Norway distributed food aid to displaced families in Sudan."), "AID"
    )
    assert "JPN" in _sources(
        resolved("The long-delayed assistance was released by Japan on Thursday."), "AID"
    )


# ------------------------------------------------------------------------ weapons supplied


def test_drones_or_shells_supplied_are_military_aid(resolved: Coder) -> None:
    events = resolved("North Korea supplied artillery shells to Russia last year.")
    aid = _of(events, "AID")
    assert aid and aid[0].mode == "military"
    assert aid[0].target is not None and aid[0].target.country == "RUS"


# ------------------------------------------------------------------------ sanctions, listed


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        ("Canada put six Iranian officials on its sanctions list on Monday.", "CAN"),
        ("Japan added four Russian banks to its sanctions list.", "JPN"),
        ("The United States blacklisted two Chinese shipping companies.", "USA"),
        ("Australia agreed on Monday to impose sanctions on Myanmar's generals.", "AUS"),
    ],
)  # fmt: skip
def test_listing_for_sanctions_is_a_sanction(resolved: Coder, text: str, imposer: str) -> None:
    assert imposer in _sources(resolved(text), "SANCTION")


def test_a_list_of_other_things_is_no_sanction(resolved: Coder) -> None:
    for text in (
        "Canada put six Iranian films on its festival list.",
        "Japan added four new ministers to its cabinet.",
        "Australia agreed on Monday to hold talks with Myanmar.",
    ):
        assert not _of(resolved(text), "SANCTION"), text


def test_sanctions_told_by_their_participle_name_their_imposer(resolved: Coder) -> None:
    events = resolved("The sanctions imposed by Canada on Friday target three Iranian banks.")
    assert "CAN" in _sources(events, "SANCTION")


def test_suspending_a_country_from_a_body_is_a_sanction(resolved: Coder) -> None:
    events = resolved("The African Union has suspended the country after the coup.")
    assert _of(events, "SANCTION")
    assert not _of(resolved("The airline has suspended flights after the coup."), "SANCTION")


def test_cut_rations_are_reduced_aid(resolved: Coder) -> None:
    events = resolved("The World Food Programme cut rations for refugees in Uganda.")
    sanction = _of(events, "SANCTION")
    assert sanction and sanction[0].mode == "discontinue"


# ---------------------------------------------------------------- envoys given a deadline


@pytest.mark.parametrize(
    "text",
    [
        "Chad gave the German ambassador 48 hours to leave the country.",
        "Algeria on Friday gave French Ambassador Jean Dupont a week to leave Algiers.",
    ],
)
def test_a_deadline_to_leave_given_to_an_envoy_is_an_expulsion(resolved: Coder, text: str) -> None:
    events = _of(resolved(text), "SANCTION")
    assert events and events[0].mode == "expel"
    assert events[0].target is not None


def test_a_deadline_for_anyone_else_is_no_expulsion(resolved: Coder) -> None:
    for text in (
        "The landlord gave the tenants 48 hours to leave the flat.",
        "In Algiers, the minister gave the journalists an hour to ask questions.",
    ):
        events = resolved(text)
        assert not _of(events, "SANCTION"), text
        # "In Algiers ... gave": a preposition before the verb is no "give in"
        assert not _of(events, "CONCEDE"), text


# ------------------------------------------------------------------- asking, voting for


def test_going_to_someone_for_help_is_a_request(resolved: Coder) -> None:
    events = resolved("Serbia approached China for a loan to build the railway.")
    request = _of(events, "REQUEST")
    assert request and request[0].source is not None and request[0].source.country == "SRB"
    assert request[0].target is not None and request[0].target.country == "CHN"
    assert not _of(resolved("Serbia approached the final stage of the talks."), "REQUEST")


def test_a_vote_for_a_departure_is_a_request(resolved: Coder) -> None:
    events = resolved("Somalia's parliament voted for the withdrawal of Ethiopian troops.")
    assert "SOM" in _sources(events, "REQUEST")
    # the departure asked for has not happened
    assert not _of(events, "RETREAT")
    assert not _of(resolved("Somalia's parliament voted for the budget."), "REQUEST")


# ------------------------------------------------------------------ missiles, war, seizure


def test_missiles_thrown_at_a_target_are_an_assault(resolved: Coder) -> None:
    events = resolved("Greek rioters threw petrol bombs at the Turkish embassy in Athens.")
    assault = _of(events, "ASSAULT")
    assert assault and assault[0].target is not None and assault[0].target.country == "TUR"
    assert not _of(resolved("The players threw their shirts into the crowd."), "ASSAULT")


def test_a_states_war_on_another_is_an_assault(resolved: Coder) -> None:
    events = _of(resolved("Ethiopia's war against Eritrea lasted two years."), "ASSAULT")
    assert events and events[0].source is not None and events[0].source.country == "ETH"
    assert events[0].target is not None and events[0].target.country == "ERI"
    # a war named without its waging party has no source to credit
    assert not _of(resolved("The war in Eritrea lasted two years."), "ASSAULT")


def test_taking_over_a_vessel_is_a_seizure(resolved: Coder) -> None:
    events = _of(resolved("Iranian commandos took over a Greek tanker on Sunday."), "COERCE")
    assert events and events[0].mode == "seize"
    assert not _of(resolved("The new manager took over the team on Sunday."), "COERCE")


# --------------------------------------------------------------------------- pacts announced


def test_a_pact_announced_by_its_parties_is_an_agree(resolved: Coder) -> None:
    events = resolved("Ghana, Niger and Nigeria announced a mutual defence pact on Friday.")
    assert {"GHA", "NER", "NGA"} <= _sources(events, "AGREE")
    # the one who announces what others agreed is no party: the verb is no AGREE trigger
    events = resolved("A spokesman announced the agreement on Friday.")
    assert not [e for e in events if e.trigger == "announced"]


def test_turning_or_looking_to_someone_for_help_is_a_request(resolved: Coder) -> None:
    for text in (
        "Argentina turned to China for a currency swap.",
        "Bolivia will look to Russia for military support.",
    ):
        assert _of(resolved(text), "REQUEST"), text
    assert not _of(resolved("Argentina turned to the next item on the agenda."), "REQUEST")


# -------------------------------------------------------------- sources and targets of shapes


def test_summoned_to_a_ministry_names_the_summoner(resolved: Coder) -> None:
    events = resolved(
        "The Dutch ambassador was summoned to the Turkish foreign ministry on Monday."
    )
    summons = [e for e in events if e.trigger == "summoned"]
    assert summons and summons[0].source is not None and summons[0].source.country == "TUR"
    # a summons to a court names no summoner: nothing is coded
    assert not resolved("The former minister was summoned to court on Monday.")


def test_a_request_told_as_the_occasion_of_an_act_is_its_own_request(resolved: Coder) -> None:
    events = resolved("At the request of the Arab League, Egypt has agreed to host the talks.")
    request = _of(events, "REQUEST")
    assert request and request[0].target is not None and request[0].target.country == "EGY"
    assert _of(events, "AGREE")


def test_agreeing_to_sanction_targets_the_one_sanctioned(resolved: Coder) -> None:
    events = _of(resolved("Australia agreed on Monday to impose sanctions on Myanmar."), "SANCTION")
    assert events and events[0].target is not None and events[0].target.country == "MMR"


def test_attacks_staged_by_a_party_are_its_assault(resolved: Coder) -> None:
    events = resolved("The talks collapsed after a series of attacks staged by Colombian rebels.")
    assert "COL" in _sources(events, "ASSAULT")
