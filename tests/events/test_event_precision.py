"""Kinds of wrong events a careful reader finds in full articles, each with its counter-cases
that stay events: acts only alleged or asked about, withdrawals from pacts, signings of no
pact, vows of retaliation, envoys ordered out, official protests, dateline places and
mediators as sources, agentless acts whose target is where the fire came from, targets named
through what the act is done to, and one act told twice. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.events.coder import TriggerTrace
from cablegram.records import Event

Code = Callable[..., list[Event]]
Traced = Callable[[str], list[TriggerTrace]]


def _types(events: list[Event]) -> list[str]:
    return [e.event_type for e in events]


def _by(events: list[Event], trigger: str) -> list[Event]:
    return [e for e in events if e.trigger == trigger]


def _blocked(traced: Traced, text: str, trigger: str) -> str | None:
    return next(t.blocked for t in traced(text) if t.trigger == trigger)


# -- acts alleged or asked about -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "alleged"),
    [
        ("Kiev accused Russia of arming the rebels, and of sending troops across the border.",
         "MOBILIZE"),
        ("France blamed Germany for attacking the convoy.", "ASSAULT"),
        ("Allegations that Iran sent troops to Syria were published on Monday.", "MOBILIZE"),
        ("Georgia alleged that Russia had sent troops into the region.", "MOBILIZE"),
    ],
)  # fmt: skip
def test_an_act_accused_of_is_not_coded(code: Code, text: str, alleged: str) -> None:
    assert alleged not in _types(code(text))


def test_the_accusation_itself_stays(code: Code) -> None:
    events = code("France accused Russia of sending troops across the border.")
    assert _types(events) == ["ACCUSE"]


def test_an_act_in_an_embedded_question_is_not_coded(traced: Traced) -> None:
    text = "The talks stalled over disagreements about where Israel begins withdrawing its troops."
    assert _blocked(traced, text, "withdrawing") == "embedded-question"


@pytest.mark.parametrize(
    "text",
    [
        "The talks stalled over disagreements about where Russia begins withdrawing its troops.",
        "Officials argued about how Russia withdrew its forces from Georgia.",
    ],
)
def test_no_event_is_coded_from_an_embedded_question(code: Code, text: str) -> None:
    assert "RETREAT" not in _types(code(text))


def test_a_told_act_is_no_question(traced: Traced) -> None:
    assert (
        _blocked(traced, "Russia withdrew its forces from Georgia on Friday.", "withdrew") is None
    )


# -- types read off the trigger's arguments --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia withdrew from the nuclear deal with Iran on Tuesday.",
        "Russia pulled out of the arms treaty last year.",
    ],
)
def test_leaving_a_pact_rejects_it(code: Code, text: str) -> None:
    """CAMEO 127 "reject plan, agreement": nothing is imposed on anyone (round 16, i11)."""
    types = _types(code(text))
    assert "REJECT" in types
    assert not {"AGREE", "RETREAT", "SANCTION"} & set(types)


def test_leaving_talks_halts_them(code: Code) -> None:
    """CAMEO 164 "halt negotiations" stays a SANCTION."""
    types = _types(code("Turkey will withdraw from the talks, the minister said."))
    assert "SANCTION" in types
    assert "AGREE" not in types and "RETREAT" not in types


def test_withdrawing_troops_is_still_a_retreat(code: Code) -> None:
    assert _types(code("Russia withdrew its troops from Georgia on Friday.")) == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "The president of France signed a presidential memorandum on Tuesday.",
        "The Russian president signed the bill into law.",
        "Germany's chancellor signed an executive order on Monday.",
    ],
)
def test_signing_no_pact_is_no_agreement(code: Code, text: str) -> None:
    assert "AGREE" not in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "France and Germany signed a treaty on Monday.",
        "Russia signed a memorandum of understanding with China.",
    ],
)
def test_signing_a_pact_is_still_an_agreement(code: Code, text: str) -> None:
    assert "AGREE" in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "China vowed to take reciprocal counter measures against Japan.",
        "Iran promised to take retaliatory measures against France.",
    ],
)
def test_a_vow_of_retaliation_is_a_threat(code: Code, text: str) -> None:
    types = _types(code(text))
    assert "THREATEN" in types and "AGREE" not in types


def test_a_vow_to_help_is_still_an_agreement(code: Code) -> None:
    assert "AGREE" in _types(code("China vowed to help Kenya rebuild its ports."))


@pytest.mark.parametrize(
    "text",
    [
        "Poland ordered the Russian ambassador to leave the country within 48 hours.",
        "Belarus declared that the Ukrainian diplomats must leave within 72 hours.",
    ],
)
def test_envoys_ordered_out_are_expelled(code: Code, text: str) -> None:
    types = _types(code(text))
    assert "SANCTION" in types and "REQUEST" not in types


def test_asking_a_state_to_leave_talks_is_still_a_request(code: Code) -> None:
    assert _types(code("Poland asked Russia to leave the talks.")) == ["REQUEST"]


def test_a_protest_conveyed_is_an_official_complaint(code: Code) -> None:
    events = code("Iran lodged a strong protest with France over the sanctions.")
    assert _types(events) == ["ACCUSE"]


def test_a_protest_in_the_streets_stays_a_protest(code: Code) -> None:
    events = code("Thousands of Kenyan students joined a protest in Nairobi.")
    assert "ACCUSE" not in _types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Russians say they are going to pull out if you proceed.",
        "Turkey will withdraw its troops if Syria attacks again, Ankara said.",
    ],
)
def test_a_withdrawal_on_a_condition_is_a_threat(code: Code, text: str) -> None:
    types = _types(code(text))
    assert "AGREE" not in types


def test_hopefully_makes_an_act_hypothetical(code: Code) -> None:
    events = code("Hopefully, France will cooperate with Germany on missile defense.")
    assert events and all(e.modality == "hypothetical" for e in events)


# -- who is no party -------------------------------------------------------------------------


def test_a_dateline_place_is_not_a_source(code: Code) -> None:
    events = code("PARIS (Reuters) - The two rebel factions agreed on Saturday to a truce.")
    assert all(e.source is None or e.source.country != "FRA" for e in events)


def test_a_state_named_after_the_dateline_is_still_the_source(code: Code) -> None:
    events = code("BERLIN (Reuters) - Russia summoned the French ambassador on Wednesday.")
    assert [(e.event_type, e.source.country if e.source else None) for e in events] == [
        ("ACCUSE", "RUS")
    ]


def test_a_state_named_after_the_dateline_before_a_second_verb_stays(code: Code) -> None:
    text = (
        "PARIS -- France on Thursday published a statement and lodged a strong protest "
        "with Germany."
    )
    assert {e.source.country for e in code(text) if e.source} == {"FRA"}


def test_the_parties_after_a_dateline_are_the_sources(code: Code) -> None:
    events = code("PARIS (Reuters) - Russia and Georgia agreed on Saturday to a truce.")
    # one pact of two is one record (rule ``one-pact``): the pair is its source and target
    parties = sorted(a.country for e in events for a in (e.source, e.target) if a and a.country)
    assert len(events) == 1 and parties == ["GEO", "RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Qatar announced a ceasefire between Israel and Hamas on Wednesday.",
        "Egypt brokered a truce on Saturday.",
        "Qatar announced a ceasefire on Wednesday, after mediators had scrambled for weeks.",
    ],
)
def test_a_mediator_is_no_party_to_the_pact(code: Code, text: str) -> None:
    events = code(text)
    assert all(e.source is None or e.source.country not in ("QAT", "EGY") for e in events)


def test_a_party_announcing_its_own_ceasefire_stays(code: Code) -> None:
    events = code("Russia announced a ceasefire in Syria on Wednesday.")
    assert [e.source.country for e in events if e.source] == ["RUS"]


def test_a_name_in_a_clause_on_the_subject_is_not_the_subject(code: Code) -> None:
    events = code("The deal, worked out by France and Iran, eased sanctions on Iran.")
    assert all(e.source is None for e in events)


def test_members_act_for_their_body(code: Code) -> None:
    events = code("Workers affiliated with the Kenyan union protested on Monday.")
    assert [e.source.country for e in events if e.source] == ["KEN"]


def test_who_called_in_a_raid_did_not_raid(code: Code) -> None:
    events = code("The raid was called in by Afghan army officials in the province.")
    assert not events


def test_a_raid_carried_out_by_an_army_is_its_raid(code: Code) -> None:
    events = code("The raid was carried out by the French army on Monday.")
    assert [e.source.country for e in events if e.source] == ["FRA"]


def test_fire_from_a_side_is_not_fire_on_it(code: Code) -> None:
    assert not code("A rocket was fired on the gate from the Syrian side, the army said.")


# -- targets through the trigger's own arguments ---------------------------------------------


def test_called_upon_names_the_target(code: Code) -> None:
    events = code("Norway called upon Russia to cooperate with the investigation.")
    assert [(e.event_type, e.target.country if e.target else None) for e in events] == [
        ("REQUEST", "RUS")
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Pakistan condemned the targeting of civilians by India.", "IND"),
        ("Kenya condemned the shelling of the town by Uganda.", "UGA"),
    ],
)
def test_the_doer_of_the_condemned_act_is_the_target(code: Code, text: str, target: str) -> None:
    events = _by(code(text), "condemned")
    assert [e.target.country if e.target else None for e in events] == [target]


def test_what_sanctions_are_laid_on_names_the_target(code: Code) -> None:
    text = "France imposed sanctions and a travel ban on ten officials of Iran's army."
    events = _by(code(text), "imposed")
    assert [e.target.country if e.target else None for e in events] == ["IRN"]


def test_a_pronoun_owner_is_no_target(code: Code) -> None:
    events = code("The French report blamed her death on organ failure.")
    assert all(e.target is None for e in events)


# -- one act, told twice ---------------------------------------------------------------------


def test_one_act_told_twice_is_one_event(code: Code) -> None:
    text = (
        "The Pakistani military began its offensive in October, carrying out airstrikes "
        "and using artillery."
    )
    assert _types(code(text)).count("ASSAULT") <= 1


def test_two_acts_on_two_targets_stay_two(code: Code) -> None:
    events = code("Russia attacked Georgia and shelled Armenia.")
    assert sorted(e.target.country for e in events if e.target) == ["ARM", "GEO"]


# -- kinds that were missed ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Israeli planes struck outposts of the militia in Lebanon on Wednesday.",
        "Indian forces carried out surgical strikes in Pakistan on Wednesday night.",
        "Turkish warplanes pounded rebel positions in Syria on Monday.",
    ],
)
def test_strikes_on_military_targets_are_assaults(code: Code, text: str) -> None:
    assert "ASSAULT" in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lebanese guerrillas captured two Israeli soldiers in a raid.",
        "Syrian rebels seized three Turkish soldiers on Monday.",
    ],
)
def test_capturing_soldiers_is_an_abduction(code: Code, text: str) -> None:
    events = code(text)
    assert "ASSAULT" in _types(events) and "COERCE" not in _types(events)


def test_capturing_a_town_is_still_military(code: Code) -> None:
    assert "ASSAULT" in _types(code("Syrian rebels captured the town of Idlib on Monday."))


def test_striking_a_deal_is_no_assault(code: Code) -> None:
    assert "ASSAULT" not in _types(code("France struck a deal with Germany on Monday."))


@pytest.mark.parametrize(
    "text",
    [
        "Russia announced the expulsion of Polish diplomats on Friday.",
        "Germany's expulsion of two Russian diplomats angered Moscow.",
    ],
)
def test_an_expulsion_of_diplomats_is_a_sanction(code: Code, text: str) -> None:
    assert "SANCTION" in _types(code(text))


def test_rejecting_a_partys_claim_is_a_rejection(code: Code) -> None:
    events = code("The Pakistani army rejected India's claims of surgical strikes.")
    assert [(e.event_type, e.target.country if e.target else None) for e in events] == [
        ("REJECT", "IND")
    ]


def test_denying_reports_is_still_no_event(code: Code) -> None:
    assert not code("The Russian ministry denied reports that it had sent troops.")
