"""Event phrasings beyond a plain verb: noun events under light verbs, group and demonym
sources, coordinated sources, stative passives, reported intentions and offers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _coded(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.source.name if e.source else None) for e in events]


def test_demonym_modifiers_name_the_sources(strict_code: CodeFn) -> None:
    events = strict_code("French and Egyptian warships launched war games in the Red Sea.")
    assert _coded(events) == [("COOPERATE", "FRA"), ("COOPERATE", "EGY")]


def test_counted_group_takes_its_members_actor(strict_code: CodeFn) -> None:
    events = strict_code("Thousands of Egyptian students demonstrated in Cairo on Friday.")
    assert _coded(events) == [("PROTEST", "EGY")]


def test_arrival_on_a_visit_is_a_consult_with_the_host(code: CodeFn) -> None:
    (event,) = code("The Japanese prime minister arrived in Beijing on a two-day visit.")
    assert (event.event_type, event.mode) == ("CONSULT", "visit")
    assert event.source is not None and event.source.name == "JPN"
    assert event.target is not None and event.target.name == "CHN"


def test_welcome_given_to_a_guest(code: CodeFn) -> None:
    (event,) = code("Kenya's president gave a warm welcome on Monday to the president of Uganda.")
    assert event.event_type == "CONSULT"
    assert event.source is not None and event.source.name == "KEN"
    assert event.target is not None and event.target.name == "UGA"


def test_undertaken_mediation_between_two_parties(code: CodeFn) -> None:
    (event,) = code("Norway undertook a mediation mission between Sudan and its neighbours.")
    assert event.event_type == "CONSULT"
    assert event.source is not None and event.source.name == "NOR"
    assert event.target is not None and event.target.name == "SDN"


def test_staged_protest(code: CodeFn) -> None:
    assert _coded(code("Greek farmers staged protests outside the parliament.")) == [
        ("PROTEST", "GRC")
    ]


def test_renewed_negotiations_give_both_parties(code: CodeFn) -> None:
    events = code("Greece and Turkey renewed negotiations on Monday.")
    assert _coded(events) == [("CONSULT", "GRC"), ("CONSULT", "TUR")]


def test_active_conjunct_of_a_passive_takes_the_passive_subject(code: CodeFn) -> None:
    events = code("The minister of Kenya was criticised by Uganda and will resign.")
    assert ("ACCUSE", "UGA") in _coded(events)
    assert ("RETREAT", "KEN") in _coded(events)  # a retreat to come, told by the writer
    assert ("RETREAT", "UGA") not in _coded(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt is committed to opening its economy.", [("AGREE", "EGY")]),
        ("Norway is opposed to the plan.", [("REJECT", "NOR")]),
    ],
)
def test_stative_passive_subject_is_the_actor(
    code: CodeFn, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _coded(code(text)) == expected


def test_reported_would_is_a_stated_intention(code: CodeFn) -> None:
    assert _coded(code("Iran said it would release the prisoners.")) == [("AGREE", "IRN")]
    # A hedge or a weaker modal stays speculation.
    assert code("Iran said it would probably release the prisoners.") == []
    assert code("Iran said it could release the prisoners.") == []
    # Without a speaker, "would" is the writer's guess.
    assert code("Iran would release the prisoners.") == []


def test_refusal_voiced_in_reported_speech(code: CodeFn) -> None:
    (event,) = code("Pakistan says it will not accept more refugees.")
    assert (event.event_type, event.negated) == ("REJECT", False)
    assert event.source is not None and event.source.name == "PAK"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt offered troops to the peacekeeping mission.", "AGREE"),
        ("Egypt offered to negotiate with Sudan.", "AGREE"),
        ("Qatar offered to be an intermediary.", "COOPERATE"),
    ],
)
def test_offers(code: CodeFn, text: str, expected: str) -> None:
    assert [e.event_type for e in code(text)] == [expected]


def test_reopened_border(code: CodeFn) -> None:
    (event,) = code("Kenya reopened its border with Uganda on Tuesday.")
    assert (event.event_type, event.mode) == ("RETREAT", "access")
