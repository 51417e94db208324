"""Kinds of event type and argument, on sentences written for the test, through the project's
own actor resolver: a description placed in a state, a crowd protesting somewhere, a
generic head named by its modifier, followers of a leader, a noun trigger's demonym, an
apposition that names the body, a measure announced as decided, "dispatch" read as "send",
peacekeepers sent as aid and inspectors sent as an investigation, a protest voiced by a state
or an official (ACCUSE) against one in the street (PROTEST), and a noun phrase that must not
swallow its verb.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.events.patterns import load_patterns
from cablegram.events.tree import noun_phrase
from cablegram.events.triggers import match_token
from cablegram.records import Event

ResolvedFn = Callable[[str], list[Event]]


def _typed(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Opposition groups in Belarus called for a general strike.", "REQUEST", "BLR"),
        ("Student unions in Chile demanded free education.", "REQUEST", "CHL"),
    ],
)
def test_a_description_placed_in_a_state_is_of_that_state(
    resolved: ResolvedFn, text: str, event_type: str, country: str
) -> None:
    events = _typed(resolved(text), event_type)
    assert events and events[0].source is not None
    assert events[0].source.country == country
    assert events[0].source.kind == "group"  # the groups, not the state's government


def test_people_often_abroad_are_not_placed_where_they_stand(resolved: ResolvedFn) -> None:
    events = resolved("Diplomats in Moscow protested against the decision.")
    assert all(e.source is None or e.source.country != "RUS" for e in events)


def test_a_crowd_protests_as_people_of_the_state_where_it_protests(
    resolved: ResolvedFn,
) -> None:
    events = _typed(resolved("Thousands of people demonstrated in Minsk on Sunday."), "PROTEST")
    assert events and events[0].source is not None and events[0].source.country == "BLR"
    tourists = resolved("Foreign tourists protested in Paris on Sunday.")
    assert all(e.source is None or e.source.country != "FRA" for e in tourists)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Hizbollah group fired rockets at northern Israel.", "LBN"),
        ("The Houthi movement rejected the proposal.", "YEM"),
    ],
)
def test_a_generic_head_is_the_body_its_modifier_names(
    resolved: ResolvedFn, text: str, country: str
) -> None:
    events = resolved(text)
    assert events and events[0].source is not None and events[0].source.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Militants loyal to the Syrian President Bashar al-Assad attacked the village.", "SYR"),
        ("Supporters of Bolivian President Evo Morales blocked highways on Monday.", "BOL"),
    ],
)
def test_followers_of_a_leader_are_people_of_the_leaders_state(
    resolved: ResolvedFn, text: str, country: str
) -> None:
    events = resolved(text)
    assert events and events[0].source is not None
    assert events[0].source.country == country
    assert events[0].source.kind == "group"  # not the leader himself


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Israeli raids on Jenin continued on Tuesday.", "ASSAULT", "ISR"),
        (
            "Palestinian protests against the settlement continued for a third day.",
            "PROTEST",
            "PSE",
        ),
    ],
)
def test_a_noun_triggers_demonym_names_its_source(
    resolved: ResolvedFn, text: str, event_type: str, country: str
) -> None:
    events = _typed(resolved(text), event_type)
    assert events and events[0].source is not None and events[0].source.country == country


def test_a_restated_demand_is_its_owners(resolved: ResolvedFn) -> None:
    events = _typed(
        resolved("The Norwegian Refugee Council repeated its demand for access to the camps."),
        "REQUEST",
    )
    assert events and events[0].source is not None
    assert events[0].source.name == "Norwegian Refugee Council"


def test_an_unplaced_name_takes_its_apposition(resolved: ResolvedFn) -> None:
    events = resolved(
        "Toshiro Ikeda, the United Nations Emergency Relief Coordinator, demanded that the "
        "warring parties open the roads."
    )
    requests = _typed(events, "REQUEST")
    assert requests and requests[0].source is not None
    assert requests[0].source.role == "IGO"


def test_a_bare_protest_noun_is_the_verbs_subjects(resolved: ResolvedFn) -> None:
    events = _typed(
        resolved("Dock workers shut down the port in protest at the new tax."), "PROTEST"
    )
    assert events and events[0].source is not None and events[0].source.name == "Dock workers"


def test_a_crowd_gathering_for_a_rally_holds_it(resolved: ResolvedFn) -> None:
    events = _typed(resolved("Thousands of Kenyans gathered for a rally in Nairobi."), "PROTEST")
    assert events and events[0].source is not None and events[0].source.country == "KEN"


def test_a_measure_announced_as_decided_keeps_its_type(resolved: ResolvedFn) -> None:
    announced = resolved(
        "The European Union announced it would freeze the assets of ten officials."
    )
    assert [(e.event_type, e.modality) for e in announced] == [("SANCTION", "future")]
    # Held over a condition, or merely said, it is a threat.
    held = resolved(
        "The European Union said it would freeze the assets of ten officials unless the "
        "violence stopped."
    )
    assert [e.event_type for e in held] == ["THREATEN"]
    said = resolved("Russia said it would cut gas supplies to Ukraine.")
    assert [e.event_type for e in said] == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Turkey dispatched troops to northern Syria.", "MOBILIZE"),
        ("The IAEA dispatched inspectors to the plant in central Iran.", "ACCUSE"),
        ("Canada sent investigators to the crash site in Ukraine.", "ACCUSE"),
        ("Bangladesh sent peacekeeping troops to Sierra Leone.", "AID"),
        ("India deployed peacekeeping forces in South Sudan.", "AID"),
        ("Russia deployed troops to the border.", "MOBILIZE"),
    ],
)
def test_what_is_sent_gives_the_type(resolved: ResolvedFn, text: str, event_type: str) -> None:
    assert [e.event_type for e in resolved(text)] == [event_type]


def test_a_noun_phrase_never_swallows_its_verb(resolved: ResolvedFn, events_nlp: Language) -> None:
    text = (
        "Greece eased the restrictions on Monday in Epirus province, the scene of heavy "
        "flooding last May."
    )
    parsed = events_nlp(text)
    verb = next(t for t in parsed if t.lower_ == "eased")
    for token in parsed:
        if token.pos_ in ("NOUN", "PROPN") and token != verb:
            phrase = noun_phrase(token)
            assert not (phrase.start <= verb.i < phrase.end) or token.head == token
    events = resolved(text)
    assert [(e.event_type, e.source.country if e.source else None) for e in events] == [
        ("CONCEDE", "GRC")
    ]


def test_a_month_is_no_trigger(events_nlp: Language) -> None:
    parsed = events_nlp("The talks began last March and ended in May.")
    table = load_patterns()
    assert match_token(next(t for t in parsed if t.text == "March"), table) is None


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("China protested the US arms sale to Taiwan.", "ACCUSE"),
        ("The foreign minister protested that the visit violated the agreement.", "ACCUSE"),
        ("Human Rights Watch protested the executions.", "ACCUSE"),
        ("Students protested the fee rise outside parliament.", "PROTEST"),
    ],
)
def test_a_protest_in_words_is_an_accusation(
    resolved: ResolvedFn, text: str, event_type: str
) -> None:
    assert [e.event_type for e in resolved(text)] == [event_type]
