"""Negation and modality: refusals, intentions, hypotheticals and reported events."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Actor, Event, Statement

CodeFn = Callable[..., list[Event]]


def _one(events: list[Event]) -> Event:
    assert len(events) == 1, events
    return events[0]


def _voiced(code: CodeFn, text: str, content: str | None = None) -> list[Event]:
    """Code ``text`` as someone's statement (its ``content``, or all of it)."""
    content = content or text
    start = text.index(content)
    statement = Statement("d", "s1", "indirect", content, start, start + len(content), text)
    return code(text, statements=[statement])


def test_negated_aid_is_a_refusal(code: CodeFn) -> None:
    event = _one(_voiced(code, "Spain will not send troops to Iraq."))
    assert (event.event_type, event.negated, event.modality) == ("REJECT", False, "reported")
    assert event.source.name == "ESP"


def test_no_plans_to(code: CodeFn) -> None:
    event = _one(_voiced(code, "Italy has no plans to send soldiers to Libya."))
    assert (event.event_type, event.negated) == ("REJECT", False)
    assert event.source.name == "ITA"


def test_neither_nor_gives_one_refusal_per_actor(code: CodeFn) -> None:
    events = _voiced(code, "Neither Paris nor Berlin will participate in the mission.")
    assert [(e.event_type, e.negated, e.source.name) for e in events] == [
        ("REJECT", False, "FRA"),
        ("REJECT", False, "DEU"),
    ]


def test_author_remark_that_someone_will_not_act_is_no_rejection(code: CodeFn) -> None:
    # Nobody voiced a refusal: the author only predicts that Spain will not act.
    assert code("Spain will not send troops to Iraq.") == []
    assert code("Chile failed to send enough troops to Haiti.") == []


def test_a_wish_is_not_an_event(code: CodeFn) -> None:
    assert code("Brazil hopes to sign a trade deal with Peru.") == []


def test_refuse_to_meet(code: CodeFn) -> None:
    event = _one(code("Portugal refused to meet the Angolan delegation."))
    assert (event.event_type, event.negated, event.source.name) == ("REJECT", False, "PRT")


def test_never(code: CodeFn) -> None:
    event = _one(_voiced(code, "Finland will never send troops to Estonia."))
    assert (event.event_type, event.negated) == ("REJECT", False)


def test_denied_hostile_act_is_no_event(code: CodeFn) -> None:
    assert code("Iran did not attack Iraq.") == []


def test_intended_aid_is_agree(code: CodeFn) -> None:
    event = _one(code("Japan said it will send aid to Nepal."))
    assert (event.event_type, event.modality, event.negated) == ("AGREE", "future", False)


def test_writers_future_keeps_the_acts_type(code: CodeFn) -> None:
    # Told by the writer, a future act is that act to come: nobody promised anything.
    event = _one(code("Japan will send aid to Nepal."))
    assert (event.event_type, event.modality, event.negated) == ("AID", "future", False)


def test_intended_coercion_is_a_threat(code: CodeFn) -> None:
    event = _one(code("Greece plans to impose restrictions on Turkish imports."))
    assert event.event_type == "THREATEN"
    assert event.source.name == "GRC"


def test_conditional_is_hypothetical(code: CodeFn) -> None:
    event = _one(code("Poland would send troops to Iraq if Kerry is elected."))
    assert event.modality == "hypothetical"
    # Troops sent into another state are a deployment, never aid.
    assert event.event_type == "MOBILIZE"


def test_condition_premise_is_not_an_event(code: CodeFn) -> None:
    assert code("If Russia attacks Georgia, the talks will stall.") == []


def test_reported_inside_a_statement(code: CodeFn) -> None:
    text = '"We are not sending any soldiers to Mali," a Dutch official said.'
    speaker = Actor("NLD", "state", "a Dutch official", "NLD", "GOV")
    statement = Statement(
        doc_id="d",
        statement_id="s1",
        kind="direct",
        text="We are not sending any soldiers to Mali,",
        start=1,
        end=41,
        sentence=text,
        speaker=speaker,
    )
    event = _one(code(text, statements=[statement]))
    assert (event.event_type, event.negated, event.modality) == ("REJECT", False, "reported")
    assert event.statement_id == "s1"
    # "we" inside the quote is its speaker.
    assert event.source.name == "NLD"


def test_pronoun_in_reported_speech_is_the_speaker(code: CodeFn) -> None:
    text = "Dutch officials said they will not send troops to Mali."
    event = _one(_voiced(code, text, "they will not send troops to Mali"))
    assert (event.event_type, event.source.name) == ("REJECT", "NLD")


def test_speculation_further_up_the_clause_is_no_event(code: CodeFn) -> None:
    # "could" sits on "make", two clauses above "send": still only what might happen.
    text = "The risks could make European governments reluctant to send troops to Mali."
    assert code(text) == []


def test_reluctance_voiced_is_a_refusal(code: CodeFn) -> None:
    event = _one(_voiced(code, "Portugal is reluctant to send troops to Mali."))
    assert (event.event_type, event.negated) == ("REJECT", False)
