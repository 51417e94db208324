"""Recall of events a careful reader records, by kind (issue 11): mutual acts between two
parties, forces provided, stationed or leaving, refusals of entry, sanctions told as nouns,
signed pacts and water cannon. Each kind has members written for these tests and sentences
of the same kind that must code nothing. Coded with the project's own actor resolver."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

Coder = Callable[[str], list[Event]]


def _dyads(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
        if e.event_type == event_type
    }


# ------------------------------------------------------------------ mutual acts, two parties


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan's prime minister and South Korea's president met in Tokyo on Monday.",
         ("JPN", "KOR")),
        ("Bangladesh's foreign minister and India's foreign minister met today in Dhaka.",
         ("BGD", "IND")),
        ("Talks between Ethiopia and Egypt resumed on Sunday.", ("ETH", "EGY")),
        ("Kenyan President William Ruto received Ugandan President Yoweri Museveni in "
         "Nairobi on Tuesday. The two presidents met for three hours.", ("KEN", "UGA")),
    ],
)  # fmt: skip
def test_a_meeting_of_two_is_a_consult_each_way(
    resolved: Coder, text: str, pair: tuple[str, str]
) -> None:
    dyads = _dyads(resolved(text), "CONSULT")
    a, b = pair
    assert (a, b) in dyads and (b, a) in dyads
    # the city where they met is no party
    assert all(target is not None for _, target in dyads)


def test_a_crowd_meeting_or_an_unnamed_pair_is_no_consult(resolved: Coder) -> None:
    assert not _dyads(resolved("Thousands of delegates met in Geneva."), "CONSULT")
    # nothing before names the two: no one to pair
    assert not _dyads(resolved("The two foreign ministers met in Dhaka on Thursday."), "CONSULT")


def test_joint_drills_are_military_cooperation_each_way(resolved: Coder) -> None:
    events = resolved("India and France held joint naval drills in the Arabian Sea.")
    assert _dyads(events, "COOPERATE") == {("IND", "FRA"), ("FRA", "IND")}
    assert all(e.mode == "military" for e in events if e.event_type == "COOPERATE")


def test_taking_part_together_is_not_cooperating_with_each_other(resolved: Coder) -> None:
    events = resolved("Mr. King and Mr. Morial are also participating in the Election Day.")
    assert all(e.target is None for e in events)


# ------------------------------------------------------------------------- signed pacts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Russia-Turkey memorandum signed yesterday calls for a buffer zone.",
         ("RUS", "TUR")),
        ("The Egypt-Sudan defence pact signed on Tuesday creates a joint command.",
         ("EGY", "SDN")),
        ("India and Japan signed a memorandum on Tuesday.", ("IND", "JPN")),
    ],
)  # fmt: skip
def test_a_signed_pact_is_an_agree_between_its_parties(
    resolved: Coder, text: str, pair: tuple[str, str]
) -> None:
    dyads = _dyads(resolved(text), "AGREE")
    a, b = pair
    # one pact of two is one record (rule ``one-pact``), in either direction
    assert dyads in ({(a, b)}, {(b, a)})


def test_a_named_or_unilateral_paper_is_no_agree(resolved: Coder) -> None:
    for text in (
        "The Minsk agreements were never implemented.",
        "Biden signed a presidential memorandum on Tuesday.",
        "The U.S. intelligence community consensus was clear.",
    ):
        assert not _dyads(resolved(text), "AGREE"), text


# ----------------------------------------------------------------- forces: sent, stationed


def test_forces_provided_to_an_alliance_are_cooperation(resolved: Coder) -> None:
    for text in (
        "Germany will provide the NATO military alliance with 35,000 troops.",
        "France will provide the European Union mission with 500 soldiers.",
    ):
        events = [e for e in resolved(text) if e.event_type == "COOPERATE"]
        assert len(events) == 1, text
        assert events[0].modality == "future"


def test_forces_sent_or_stationed_in_a_state_are_a_deployment(resolved: Coder) -> None:
    cases = {
        "Britain transferred 800 troops to Estonia.": ("GBR", "EST", "asserted"),
        "About 4,000 German soldiers are to be stationed permanently in Lithuania.": (
            "DEU",
            "LTU",
            "future",
        ),
        "Some 1,200 Spanish troops are to be deployed in Latvia.": ("ESP", "LVA", "future"),
        "Germany will station troops in NATO ally Lithuania.": ("DEU", "LTU", "future"),
    }
    for text, (source, target, modality) in cases.items():
        events = [e for e in resolved(text) if e.event_type == "MOBILIZE"]
        assert len(events) == 1, text
        event = events[0]
        assert event.source is not None and event.source.country == source, text
        assert event.target is not None and event.target.country == target, text
        assert event.modality == modality, text


def test_forces_described_as_stationed_are_no_deployment(resolved: Coder) -> None:
    assert not resolved("Marines stationed on the island guard the base.")


# ------------------------------------------------------------------------- forces leaving


def test_forces_leaving_a_country_retreat(resolved: Coder) -> None:
    events = resolved("The French soldiers left the country on Friday.")
    assert [(e.event_type, e.modality) for e in events] == [("RETREAT", "asserted")]
    assert events[0].source is not None and events[0].source.country == "FRA"


def test_forces_that_will_leave_are_coded_by_their_owner_as_future(resolved: Coder) -> None:
    for text, owner in (
        ("The African Union troops serving in Somalia will leave the country starting in 2018.",
         ("AU", "African Union")),
        ("The UN peacekeepers serving in Mali will leave the country by December.",
         ("UN", "United Nations")),
    ):  # fmt: skip
        events = resolved(text)
        assert len(events) == 1, text
        event = events[0]
        # An announced withdrawal is an intent to de-escalate (the retyping stage reads a
        # future cooperative act as AGREE, CAMEO 0356); its modality is the parse's future.
        assert event.event_type in ("RETREAT", "AGREE"), text
        assert event.mode == "military"
        assert event.modality == "future", text
        assert event.source is not None and event.source.name in owner, text


def test_people_who_are_no_force_leaving_is_no_event(resolved: Coder) -> None:
    assert not resolved("The tourists left the country on Friday.")


def test_handing_over_a_base_is_a_retreat(resolved: Coder) -> None:
    events = resolved("The Kenyan contingent handed over the base to the Somali army.")
    assert _dyads(events, "RETREAT") == {("KEN", "SOM")}


# -------------------------------------------------------------------- refusals of entry


def test_turning_away_craft_or_people_is_a_rejection(resolved: Coder) -> None:
    events = resolved("Colombia turned away two U.S. military aircraft.")
    assert _dyads(events, "REJECT") == {("COL", "USA")}
    assert events[0].modality == "asserted" and not events[0].negated
    events = resolved("Malta turned back a boat carrying 200 migrants.")
    assert {e.source.country for e in events if e.event_type == "REJECT" and e.source} == {"MLT"}


def test_turning_away_from_something_is_no_rejection(resolved: Coder) -> None:
    assert not resolved("She turned away from the cameras.")


# --------------------------------------------------------------- sanctions told as nouns


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("President Joe Biden has orchestrated an astonishing array of sanctions on Russia.",
         ("USA", "RUS")),
        ("The European Union has unveiled a fresh package of sanctions on Belarus.",
         (None, "BLR")),
        ("Cuba has faced U.S. trade and arms embargoes.", ("USA", "CUB")),
        ("Iran has been under American sanctions for decades.", ("USA", "IRN")),
        ("The United States has targeted Iran with another round of sanctions.",
         ("USA", "IRN")),
    ],
)  # fmt: skip
def test_a_sanction_noun_is_the_owners_sanction_on_its_target(
    resolved: Coder, text: str, dyad: tuple[str | None, str]
) -> None:
    events = [e for e in resolved(text) if e.event_type == "SANCTION"]
    assert len(events) == 1, text
    assert (events[0].source.country if events[0].source else "-") == dyad[0]
    assert events[0].target is not None and events[0].target.country == dyad[1]


def test_facing_a_misfortune_is_no_event(resolved: Coder) -> None:
    assert not resolved("Somalia faces a famine this year.")


# ------------------------------------------------------------------ water cannon, ramming


def test_water_cannon_and_ramming_are_assaults(resolved: Coder) -> None:
    cases = {
        "Chinese Coast Guard vessels fired water cannon at Philippine boats.": ("CHN", "PHL"),
        "Chinese coast guard ships fired water cannon at Vietnamese fishing boats.": (
            "CHN",
            "VNM",
        ),
        "The Philippine supply boat was rammed by a Chinese coast guard ship.": ("CHN", "PHL"),
    }
    for text, dyad in cases.items():
        assert _dyads(resolved(text), "ASSAULT") == {dyad}, text


# ------------------------------------------------------------------------ praise, welcome


def test_thanking_is_support_and_welcoming_a_visitor_is_a_visit(resolved: Coder) -> None:
    events = resolved("Nigeria's army chief thanked the Chadian soldiers.")
    assert _dyads(events, "SUPPORT") == {("NGA", "TCD")}
    for text in (
        "Egypt's foreign minister welcomed the Jordanian delegation in Cairo.",
        "Egypt's foreign minister welcomed his Jordanian counterpart Ayman Safadi in Cairo.",
    ):
        assert _dyads(resolved(text), "CONSULT") == {("EGY", "JOR")}, text


def test_the_owner_of_forces_moved_acts(resolved: Coder) -> None:
    events = resolved("Forty UN peacekeepers were shipped out of the enclave on Friday.")
    assert [(e.event_type, e.source.name if e.source else None) for e in events] == [
        ("SANCTION", "UN")
    ]
    events = resolved("The withdrawal of Russian forces from Kherson was completed on Friday.")
    assert {e.source.country for e in events if e.event_type == "RETREAT" and e.source} == {"RUS"}


def test_forces_whose_move_was_not_seen_do_nothing(resolved: Coder) -> None:
    events = resolved(
        "Ankara said it had not seen the withdrawal of Russian forces from some areas."
    )
    assert not [e for e in events if e.source is not None and e.source.country == "RUS"]


def test_inking_a_pact_is_one_agree_of_the_pair(resolved: Coder) -> None:
    events = resolved("Brazil and Argentina on Monday inked three pacts on energy.")
    # one pact of two is one record (rule ``one-pact``), not two mirrored ones
    assert _dyads(events, "AGREE") == {("BRA", "ARG")}


def test_a_meeting_held_between_two_is_a_consult_each_way(resolved: Coder) -> None:
    for text in (
        "Talks between Chile and Peru were held in Lima on Monday.",
        "An official discussion between Chile and Peru was held this morning.",
    ):
        assert _dyads(resolved(text), "CONSULT") == {("CHL", "PER"), ("PER", "CHL")}, text
    assert not resolved("There was a lively discussion of the budget.")


def test_resolving_to_widen_cooperation_is_an_intent_to_cooperate(resolved: Coder) -> None:
    events = resolved(
        "Chile's president received Peru's president in Santiago. "
        "The two presidents resolved to expand bilateral cooperation."
    )
    widened = [e for e in events if e.trigger == "expand"]
    assert [e.event_type for e in widened] == ["AGREE", "AGREE"]


def test_telling_someone_to_act_is_a_request_of_them(resolved: Coder) -> None:
    events = resolved("Hanoi told Beijing to withdraw its oil rig from the area.")
    assert _dyads(events, "REQUEST") == {("VNM", "CHN")}
    # what was asked for did not happen
    assert not [e for e in events if e.event_type == "RETREAT"]
    for text in ("He told reporters to leave the room.", "The mayor told his aides to find a fix."):
        assert not [e for e in resolved(text) if e.event_type == "REQUEST"], text


def test_the_visitor_of_a_visit_consults_the_host(resolved: Coder) -> None:
    events = resolved("The visit of Imran Khan to Sri Lanka began on Monday.")
    assert _dyads(events, "CONSULT") == {("PAK", "LKA")}


# ------------------------------------------------- counted plurals and datelines (round-4 trial)


def test_counted_presidents_never_stand_for_the_states_named_before(resolved: Coder) -> None:
    text = (
        "Talks on the border dispute were held in Kampala, the capital of Uganda, and in Dodoma. "
        "Both presidents went into the meeting on Friday."
    )
    assert not _dyads(resolved(text), "CONSULT")


def test_counted_countries_stand_for_the_two_states_named_before(resolved: Coder) -> None:
    text = (
        "Ghana and Togo have argued over fishing rights for years. "
        "The two countries met in Accra on Friday."
    )
    dyads = _dyads(resolved(text), "CONSULT")
    assert ("GHA", "TGO") in dyads and ("TGO", "GHA") in dyads


def test_a_dateline_before_a_spaced_hyphen_is_no_part_of_the_source(resolved: Coder) -> None:
    events = resolved("NAIROBI - Kenyan police fired tear gas at protesters on Friday.")
    assert events
    assert all(e.source is None or "NAIROBI" not in e.source.name for e in events)
