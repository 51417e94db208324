"""Not an act: warnings of another's act, and acts under disbelief or fear (issue 11).

Sentences written for the test, one kind per group; each group fails without its rule
(``warned-of-another`` in events/forewarned.py, ``disbelieved`` and ``feared`` in
events/irrealis.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _types(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.source.name if e.source else None) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # another party's act that may happen: a prediction, not the warner's threat
        "Germany warned that Russia could attack Estonia.",
        "France has warned that Turkey may send troops into Syria.",
        # a thing as the clause's subject: what it causes, not a threat
        "Russia warned that the deployments threaten peace in Europe.",
        "Germany warned that the plan would hurt the economy of Greece.",
        # what another party does: an accusation at most, no threat by the warner
        "Poland warned that Russia is massing troops near the border.",
        # a state of affairs warned of
        "China warned of a collapse of the government in Pyongyang.",
        "Egypt warned of a humanitarian catastrophe in Libya.",
    ],
)
def test_a_warning_of_what_another_does_is_no_threat(code: CodeFn, text: str) -> None:
    assert not [e for e in code(text) if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Iran warned that it might launch strikes on Israel.", "IRN"),
        ("Turkey warned Greece of consequences.", "TUR"),
        ("Russia warned of retaliation against NATO.", "RUS"),
        ("Iran warned France against sending warships.", "IRN"),
        ("China warned that any attack would be met with force.", "CHN"),
        ("Sweden warned that sanctions would follow.", "SWE"),
    ],
)
def test_a_warning_of_the_warners_own_act_stays_a_threat(
    code: CodeFn, text: str, source: str
) -> None:
    assert ("THREATEN", source) in _types(code(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "they" after a plural warner is the warner; readiness to act is a threat
        ("The Turkish generals warned that they are prepared to strike Iraq.", "TUR"),
        ("Syrian militias warned they are ready to attack the bases.", "Syrian militias"),
        # a harm done by no one named, held over a condition: the warner's threat
        ("Iran warned that the sailors may be killed if the blockade continues.", "IRN"),
    ],
)
def test_a_warning_of_own_readiness_or_conditional_harm_is_a_threat(
    code: CodeFn, text: str, source: str
) -> None:
    assert ("THREATEN", source) in _types(code(text))


def test_readiness_of_another_party_is_still_no_threat(code: CodeFn) -> None:
    events = code("Poland warned that Russia is ready to attack Estonia.")
    assert not [e for e in events if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Japan said it did not believe that China had deployed missiles to the island.",
        "Germany does not think that Russia attacked the convoy.",
        "Officials in Paris doubt that Russia attacked the convoy.",
    ],
)
def test_an_act_disbelieved_or_doubted_is_not_coded(code: CodeFn, text: str) -> None:
    assert not [e for e in code(text) if e.event_type in ("MOBILIZE", "ASSAULT")]


def test_an_act_believed_or_said_is_still_coded(code: CodeFn) -> None:
    said = code("Japan said that China had deployed missiles to the island.")
    assert ("MOBILIZE", "CHN") in _types(said)
    believed = code("Japan believes that China deployed missiles to the island.")
    assert [e.modality for e in believed if e.event_type == "MOBILIZE"] == ["hypothetical"]


@pytest.mark.parametrize(
    "text",
    [
        "Germany fears that Russia will invade Estonia.",
        "Poland is worried that Russia could attack Estonia.",
        "France is concerned that Turkey will send troops into Syria.",
    ],
)
def test_a_feared_act_is_not_coded(code: CodeFn, text: str) -> None:
    assert not [e for e in code(text) if e.event_type in ("ASSAULT", "MOBILIZE")]


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        # worry and alarm are factive: a done act under them is still told
        (
            "Sweden is concerned that Turkey has deployed troops along the border.",
            "MOBILIZE",
            "TUR",
        ),
        (
            "Norway is worried that Belarus arrested dozens of reporters last month.",
            "COERCE",
            "BLR",
        ),
        ("Canada was alarmed that Iraq bombed the camp on Friday.", "ASSAULT", "IRQ"),
    ],
)
def test_a_done_act_under_worry_or_alarm_is_coded(
    code: CodeFn, text: str, kind: str, source: str
) -> None:
    assert (kind, source) in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Spain is alarmed that Morocco might send troops to the border.",
        "Sweden is worried that Turkey is going to deploy troops along the border.",
        # true fear: even a past act is only feared
        "Villagers fear that Iraq bombed the camp on Friday.",
    ],
)
def test_an_act_to_come_under_worry_or_any_act_under_fear_is_not_coded(
    code: CodeFn, text: str
) -> None:
    assert not [e for e in code(text) if e.event_type in ("ASSAULT", "MOBILIZE")]


@pytest.mark.parametrize(
    "text",
    [
        "Nobody doubts that Iraq bombed the camp on Friday.",
        "The minister did not doubt that Iraq had bombed the camp.",
        "Few doubt that Iraq bombed the camp on Friday.",
        "Few diplomats doubt that Iraq bombed the camp on Friday.",
    ],
)
def test_a_doubt_denied_is_a_belief_and_the_act_is_coded(code: CodeFn, text: str) -> None:
    assert ("ASSAULT", "IRQ") in _types(code(text))


def test_an_act_stated_as_coming_stays_future(code: CodeFn) -> None:
    events = code("Russia will send troops to Syria next week.")
    assert [e.modality for e in events if e.event_type == "MOBILIZE"] == ["future"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey is obliged to release the prisoners.",
        "The deal obliges Turkey to end the siege and to release the prisoners.",
        "Russia's troops are supposed to withdraw from Georgia by March.",
    ],
)
def test_an_act_owed_under_an_obligation_is_not_coded(code: CodeFn, text: str) -> None:
    assert not [e for e in code(text) if e.event_type in ("RETREAT", "COERCE")]


def test_an_act_done_as_obliged_is_coded(code: CodeFn) -> None:
    events = code("Turkey released the prisoners as the deal obliged it to.")
    assert [e.event_type for e in events] == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey is asked to say whether it will accept the truce by Friday, and to halt "
        "fighting on Saturday.",
        "Turkey will stop fighting the Kurds on Saturday.",
    ],
)
def test_an_act_still_to_be_stopped_is_not_coded(code: CodeFn, text: str) -> None:
    assert not [e for e in code(text) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran is trying to send weapons to Iraq.",
        "Turkey attempted to mediate between Russia and Iran.",
        "France struggled to restore talks with Iran.",
    ],
)
def test_an_act_only_tried_is_not_coded(code: CodeFn, text: str) -> None:
    assert not [e for e in code(text) if e.event_type in ("AID", "CONSULT", "COOPERATE")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # trying to pressure someone is pressing them
        ("Germany tried to pressure Iran into signing the accord.", "REQUEST"),
        # haste in an act under way is no mere trying
        ("Canada scrambled to evacuate its citizens from Sudan.", "RETREAT"),
    ],
)
def test_pressing_or_a_scramble_to_act_is_coded(code: CodeFn, text: str, kind: str) -> None:
    assert kind in [e.event_type for e in code(text)]


def test_an_attempted_attack_is_still_an_attack(code: CodeFn) -> None:
    assert ("ASSAULT", "TUR") in _types(code("Turkey tried to storm the base in Iraq."))


@pytest.mark.parametrize(
    "text",
    [
        "Russia reportedly sent troops to Georgia.",
        "Russia allegedly sent troops to Georgia.",
        "Russia is said to have sent troops to Georgia.",
        "Russia was reported to have sent troops to Georgia.",
    ],
)
def test_an_act_passed_on_as_hearsay_is_reported(code: CodeFn, text: str) -> None:
    assert [e.modality for e in code(text) if e.event_type == "MOBILIZE"] == ["reported"]


def test_an_act_the_writer_tells_stays_asserted(code: CodeFn) -> None:
    events = code("Russia sent troops to Georgia.")
    assert [e.modality for e in events if e.event_type == "MOBILIZE"] == ["asserted"]
