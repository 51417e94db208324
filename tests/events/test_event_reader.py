"""What a careful reader of a full article would not call an event, and what they would.

Kinds found wrong when coding real full-length articles (issue 11, round 2); every sentence
here was written for the test, one kind per test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.events.coder import TriggerTrace
from cablegram.records import Actor, Event, Statement

CodeFn = Callable[..., list[Event]]


def _types(events: list[Event]) -> list[str]:
    return [e.event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Poland banned visits by Belarus officials.",
        "Finland called off a meeting between Estonia and Russia.",
        "Austria postponed talks with Iran.",
        "The summit between France and Germany was cancelled.",
    ],
)
def test_a_stopped_act_did_not_happen(code: CodeFn, text: str) -> None:
    assert "CONSULT" not in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Germany said it was hoping Iran would accept the offer.",
        "Japan expects that China will withdraw its ships.",
        "Kenya said it wished Sudan would release the prisoners.",
    ],
)
def test_a_hoped_for_act_is_no_event(code: CodeFn, text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The French embassy declined to comment.",
        "Sweden refused to confirm the report.",
        "Officials in Turkey declined to elaborate.",
    ],
)
def test_declining_to_comment_is_no_rejection(code: CodeFn, text: str) -> None:
    assert code(text) == []


def test_refusing_to_act_is_still_a_rejection(code: CodeFn) -> None:
    assert _types(code("Portugal refused to meet the Angolan delegation.")) == ["REJECT"]


def test_a_noun_predicated_of_something_is_no_new_event(code: CodeFn) -> None:
    text = '"This is an attack on the sovereignty of Pakistan," the Pakistani minister said.'
    quote = text[1 : text.index('," ') + 1]
    start = text.index(quote)
    speaker = Actor("PAK", "state", "the Pakistani minister", "PAK", "GOV")
    statement = Statement(
        "d", "s1", "direct", quote, start, start + len(quote), text, speaker=speaker
    )
    assert "ASSAULT" not in _types(code(text, statements=[statement]))
    assert code("The arrest was an assault on democracy, Sweden said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Turkey warned that peace talks could fail.",
        "Turkey called on Iran to act, warning that the truce was in peril.",
        "Japan warned that the crisis might spread to Korea.",
    ],
)
def test_a_pessimistic_warning_is_no_threat(code: CodeFn, text: str) -> None:
    assert "THREATEN" not in _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Turkey warned Iran.",
        "Turkey warned that it would strike Syrian positions.",
        "Egypt warned that police will no longer tolerate rallies by the group.",
        "Greece warned of retaliation.",
    ],
)
def test_a_warning_of_an_act_is_a_threat(code: CodeFn, text: str) -> None:
    assert _types(code(text)) == ["THREATEN"]


def test_a_relative_clause_with_need_is_no_demand(code: CodeFn) -> None:
    text = "Kenya said there are officials in Sudan who need to be consulted."
    assert code(text) == []
    text = "Kenya said there are officials in Sudan who must resign."
    assert code(text) == []


def test_a_participle_telling_the_same_attack_is_one_event(code: CodeFn) -> None:
    events = code("Syrian militants stormed a Turkish village, killing five villagers.")
    assert _types(events) == ["ASSAULT"]
    events = code("Syrian militants attacked a village in Turkey, wounding ten people.")
    assert _types(events) == ["ASSAULT"]


def test_a_different_act_in_a_participle_is_kept(code: CodeFn) -> None:
    events = code("Syrian militants stormed a Turkish village, seizing the mayor.")
    assert sorted(_types(events)) == ["ASSAULT", "COERCE"]


def test_forces_with_equipment_are_a_deployment(code: CodeFn) -> None:
    events = code("Russia sent troops, artillery and tanks into Georgia.")
    assert _types(events) == ["MOBILIZE"]
    assert _types(code("Poland sent tanks to Finland.")) == ["AID"]


def test_no_way_is_a_refusal(code: CodeFn) -> None:
    text = '"No way I am going to resign," the Turkish president said.'
    quote = text[1 : text.index('," ') + 1]
    start = text.index(quote)
    speaker = Actor("TUR", "state", "the Turkish president", "TUR", "GOV")
    statement = Statement(
        "d", "s1", "direct", quote, start, start + len(quote), text, speaker=speaker
    )
    events = code(text, statements=[statement])
    assert _types(events) == ["REJECT"]
    assert not events[0].negated


def test_a_planned_noun_event_is_not_asserted(code: CodeFn) -> None:
    events = code("Finland said it planned to expand its sanctions against Russia.")
    assert all(e.modality == "hypothetical" for e in events)


def test_a_written_demand_is_a_request(code: CodeFn) -> None:
    events = code("France issued a stern reminder to Iran that it must cooperate fully.")
    assert [(e.event_type, e.source.name if e.source else None) for e in events] == [
        ("REQUEST", "FRA")
    ]
    # An empty "it" demands nothing of anyone.
    assert "REQUEST" not in _types(code("It must be said that Iran cooperated fully."))


def test_an_attempted_attack_is_an_attack(code: CodeFn) -> None:
    events = code("Kenya's attempt to kill the Sudanese president failed.")
    assert _types(events) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said Sudan's efforts must fail.",
        "Egypt said the dispute must not be settled by force.",
    ],
)
def test_a_must_of_no_actor_is_no_demand(strict_code: CodeFn, text: str) -> None:
    # The strict lookup names an actor only by a phrase's head word, as the resolver does.
    assert "REQUEST" not in _types(strict_code(text))
    assert _types(strict_code("Kenya said Sudan must withdraw.")) == ["REQUEST"]


def test_an_inverted_should_is_a_condition(code: CodeFn) -> None:
    text = "Should Russia attack Georgia, Sweden would impose sanctions."
    assert all(e.event_type != "REQUEST" for e in code(text))
    assert "ASSAULT" not in _types(code(text))
    text = "Sweden warned that sanctions would follow in case Russia prefers to invade Georgia."
    assert "ASSAULT" not in _types(code(text)) and "THREATEN" in _types(code(text))


def test_neither_nor_denies_both(code: CodeFn) -> None:
    assert code("China neither confirmed nor denied the manoeuvres.") == []


@pytest.mark.parametrize(
    "text",
    [
        "China held a blockade drill near Taiwan.",
        "Iran bought attack helicopters from Russia.",
    ],
)
def test_a_noun_event_modifying_a_noun_is_no_act(code: CodeFn, text: str) -> None:
    types = _types(code(text))
    assert "COERCE" not in types and "ASSAULT" not in types


def test_a_threat_as_danger_is_no_threatening(code: CodeFn) -> None:
    assert code("Japan said China's military threat was growing.") == []
    assert code("Finland said Russia posed a threat to the region.") == []
    assert _types(code("Russia issued threats against Finland.")) == ["THREATEN"]


def test_an_exercise_without_partner_is_no_cooperation(code: CodeFn) -> None:
    assert code("Japan held a live-fire exercise off its coast.") == []
    events = code("Japan held a joint exercise with India.")
    assert _types(events) == ["COOPERATE"]


def test_training_is_aid_only_for_someone_trained(code: CodeFn) -> None:
    assert code("Greece said the navy's training on the high seas was routine.") == []
    assert _types(code("Turkey provided training to Syrian forces.")) == ["AID"]


def test_an_effort_under_way_is_the_act(code: CodeFn) -> None:
    events = code("Japan's effort to slash its aid to Myanmar angered officials.")
    assert _types(events) == ["SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia's commitments under the Minsk agreements were discussed by France.",
        "If talks fail, Russia's commitments under the Minsk agreements would lapse.",
        "Germany praised the Paris accord.",
    ],
)
def test_a_named_treaty_is_no_act_of_agreeing(code: CodeFn, text: str) -> None:
    assert "AGREE" not in _types(code(text))


def test_signing_a_named_treaty_is_agreeing(code: CodeFn) -> None:
    assert "AGREE" in _types(code("France and Germany signed the Minsk agreements."))


def test_a_denied_act_is_not_asserted(code: CodeFn) -> None:
    events = code("Iran did not reject the proposal.")
    assert all(e.negated or e.modality != "asserted" for e in events)
    assert "REJECT" not in [e.event_type for e in events if not e.negated]


def test_explain_names_why_a_trigger_was_not_coded(
    traced: Callable[[str], list[TriggerTrace]],
) -> None:
    traces = traced("Poland banned visits by Belarus officials. Sweden condemned Iran.")
    assert [(t.trigger, t.pattern_type, t.blocked, t.has_source) for t in traces] == [
        ("visits", "CONSULT", "prevented-act", True),
        ("condemned", "ACCUSE", None, True),
    ]


def test_coming_under_attack_is_not_blocked(traced: Callable[[str], list[TriggerTrace]]) -> None:
    # Only a treaty "under" which something holds is a frame; an attack is still told.
    (trace,) = traced("A Turkish convoy came under attack from Syrian militants.")
    assert (trace.event_type, trace.blocked) == ("ASSAULT", None)
