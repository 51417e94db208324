"""Reprisals (issue 11, events/reprisals.py and the confidence of vows of retaliation).
Sentences composed for the test; each first group fails without its rule, each second
guards its limits (with the project's resolver, ``resolved``, so that a source the
stand-in lookup does not know still codes and the guard is tested)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "France vowed swift retaliation against the attackers.",
        "Germany pledged revenge for the killing of its soldiers.",
        "Egypt promised the harshest punishment for those responsible.",
        "Japan vowed retaliatory measures against China.",
    ],
)
def test_a_vow_of_a_reprisal_threatens(code: CodeFn, text: str) -> None:
    events = code(text)
    assert [e.event_type for e in events] == ["THREATEN"]
    assert events[0].confidence >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "The minister promised a response to the report.",
        "The coach promised the fans their revenge next season.",
        "France vowed support for the rebels' cause.",
        # refused, no reprisal qualifier, no party's reprisal (review r101, 1-3)
        "Norway promised no reprisals against the strikers.",
        "Poland pledged military steps to defend its airspace.",
        "Alonso vowed revenge against Hamilton at the next race.",
        "Fans promised the coach punishment at the next home game.",
        "The police chief promised punishment for drivers who speed.",
    ],
)
def test_a_vow_of_no_reprisal_threatens_no_one(resolved: CodeFn, text: str) -> None:
    assert "THREATEN" not in _types(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "Turkish officials vowed to retaliate swiftly against militants.",
        "Italy promised to retaliate against Libya.",
        # the attack in the vow's circumstance phrase is not the act vowed (triggers.select)
        "Greek officials vowed to retaliate after a bombing killed ten soldiers in Athens.",
    ],
)
def test_a_vow_to_retaliate_is_listed(code: CodeFn, text: str) -> None:
    """The type is read off the vowed verb; the vow's default doubt no longer applies."""
    events = [e for e in code(text) if e.event_type == "THREATEN"]
    assert events and events[0].confidence >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Russia halted flights to Egypt in retaliation for the bombing.",
        "Canada suspended operations at the joint plant as punishment for the missile test.",
        "India stopped the shipments to Nepal in reprisal for the blockade.",
    ],
)
def test_a_stop_made_as_punishment_sanctions(code: CodeFn, text: str) -> None:
    assert "SANCTION" in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Boeing cut output in response to weak demand.",
        "Egypt suspended operations at the port for three days of maintenance.",
        "Sweden halted operations at the plant after the storm.",
        "Spain suspended Carlos Tevez as punishment for the foul.",
        # people by a common noun or a title; denied; a hostility ended (review r101, 4-6)
        "Juventus suspended its goalkeeper as punishment for the brawl.",
        "The navy suspended three admirals as punishment for the collision.",
        "Italy halted the shipments for safety reasons, not as punishment for the vote.",
        "The rebels ended the truce in retaliation for the airstrike.",
        "Israel ended the truce in retaliation for the rocket attacks.",
    ],
)
def test_a_stop_for_other_reasons_is_no_sanction(resolved: CodeFn, text: str) -> None:
    assert "SANCTION" not in _types(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia kicked out Turkish journalists on Monday.",
        "Kenya expelled Sudan's workers from the camp.",
        "Iran threw out Canadian researchers last week.",
    ],
)
def test_another_partys_people_expelled_are_coerced(code: CodeFn, text: str) -> None:
    assert "COERCE" in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The school expelled the student on Monday.",
        "The party expelled its own members.",
        "Spain kicked out the old furniture.",
        # a proposal thrown out; a party's or club's own members (review r101, 7-8)
        "The parliament threw out the Socialist motion.",
        "The court threw out Google's claims against Oracle.",
        "The Labour Party expelled three Scottish councillors.",
        "The Green Party expelled the Muslim candidate over his posts.",
        "Real Madrid kicked out the Argentine midfielder after the fight.",
    ],
)
def test_expelling_no_partys_people_is_no_coercion(resolved: CodeFn, text: str) -> None:
    assert "COERCE" not in _types(resolved(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one act, one type (CAMEO 174 people, 166 envoys), whichever verb tells it
        ("Chile expelled Bolivian journalists on Tuesday.", "COERCE"),
        ("Chile kicked out Bolivian journalists on Tuesday.", "COERCE"),
        ("Egypt expelled Iran's consul in Alexandria.", "SANCTION"),
        ("Egypt threw out Iran's consul in Alexandria.", "SANCTION"),
    ],
)
def test_an_expulsion_has_one_type_whatever_the_verb(
    resolved: CodeFn, text: str, expected: str
) -> None:
    assert _types(resolved(text)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt ended its dialogue with Iran.",
        "Pakistan cancelled the dialogue with the Taliban to protest the killings.",
        "Turkey suspended the dialogue with Greece on Monday.",
        "Armenia called off the dialogue with Georgia after the shooting.",
    ],
)
def test_a_dialogue_broken_off_sanctions(code: CodeFn, text: str) -> None:
    """A dialogue is talks (CAMEO 164 "halt negotiations"), as in the pattern dictionary."""
    assert "SANCTION" in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Sudan ended another round of dialogue on Monday.",
        "France and Germany ended their dialogue on Friday.",
        "Kenya welcomed the dialogue with Somalia.",
        # a dialogue with no party; a dialogue coach (review r101, 10)
        "The minister ended the dialogue with farmers by praising them.",
        "The Egyptian director cancelled the dialogue coach after the first week.",
    ],
)
def test_a_session_of_dialogue_that_ended_sanctions_no_one(resolved: CodeFn, text: str) -> None:
    assert "SANCTION" not in _types(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "Greece promised to respond over the shelling of its patrol boat.",
        "Mali pledged to campaign for sanctions on the junta.",
        "Norway vowed to rebuild after the attack on its embassy.",
    ],
)
def test_a_vow_whose_act_is_no_response_does_not_revive(resolved: CodeFn, text: str) -> None:
    """Only an intended response keeps the vow over a trigger in its circumstance phrase
    (triggers.select); else the vow gives way as before and codes no AGREE (review r101, 11)."""
    assert "AGREE" not in _types(resolved(text))
