"""Times that date another event than the trigger's (round 13, i112): a time on the noun of
another event, a clause put before or after another by "after"/"before", a possessive on a
compound time, and spans that end now ("over the last year"). Sentences composed for the
tests; each kind has near misses whose own time must stay."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.actors.resolve import DocumentActors
from cablegram.events import code_events, resolve_expression
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Document, Event, document_id

CodeFn = Callable[[str], list[Event]]
DATE = "2011-05-13"  # a Friday: Tuesday is 2011-05-10, Wednesday 2011-05-11


@pytest.fixture(scope="module")
def code(events_nlp: Language) -> CodeFn:
    """Code a text dated :data:`DATE` with the project's document actor resolver."""
    dictionary = load_dictionary()

    def run(text: str) -> list[Event]:
        parsed = events_nlp(text)
        document = Document(document_id(text), "test.txt", text, date=DATE)
        actors = DocumentActors(parsed, dictionary, document.doc_id)
        return code_events(parsed, document, actors.lookup)

    return run


def _dates(code: CodeFn, text: str, event_type: str) -> list[str | None]:
    found = [e for e in code(text) if e.event_type == event_type]
    assert found, text
    return [e.date for e in found]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a time on the noun of another event, wherever the noun stands
        ("Police detained four men in connection with the bombing of a bus on Tuesday.", "COERCE"),
        ("Police detained four men over last week's raid on the depot.", "COERCE"),
        # a compound time as a possessive
        ("Police detained four men in connection with Tuesday night's bombing.", "COERCE"),
        ("Police detained four men after Tuesday morning's raid.", "COERCE"),
        # an act in a clause put before another: the outer clause's time is not its own
        (
            "Ankara said on Wednesday the envoy was summoned after Syrian jets bombed a village.",
            "ASSAULT",
        ),
        ("The talks collapsed on Wednesday, a day after rebels shelled the port.", "ASSAULT"),
        # ... and a gerund put after or before the dated act: no day of its own is told
        ("Police on Wednesday fired tear gas before detaining 30 students.", "COERCE"),
        # a clause that runs "so far" is a span up to now, not the conjoined clause's day
        ("Protests began on Monday, but the government has so far rejected the demands.", "REJECT"),
        ("Talks opened in March, and Iran has thus far refused to halt enrichment.", "REJECT"),
        # a span that ends now names no one time, and no other time stands in for it
        (
            "Over the last year Canada expelled nine diplomats, officials said on Tuesday.",
            "SANCTION",
        ),
        ("In the past two weeks Israeli jets struck Gaza, the army said on Tuesday.", "ASSAULT"),
    ],
)
def test_a_time_of_another_event_leaves_the_act_undated(
    code: CodeFn, text: str, event_type: str
) -> None:
    assert _dates(code, text, event_type) == [None]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # near misses: the time is the act's own
        (
            "Police on Tuesday detained four men in connection with the bombing.",
            "COERCE",
            "2011-05-10",
        ),
        ("Israel struck Gaza on Wednesday after militants fired rockets.", "ASSAULT", "2011-05-11"),
        (
            "The rebels attacked the town on Tuesday when government troops withdrew.",
            "ASSAULT",
            "2011-05-10",
        ),
        ("Last year Canada expelled nine diplomats.", "SANCTION", "2010-01-01"),
        ("Germany condemned Tuesday's missile launch on Wednesday.", "ACCUSE", "2011-05-11"),
        ("The Greek ministers met on Tuesday and signed a trade deal.", "AGREE", "2011-05-10"),
        (
            "Police fired tear gas on Wednesday when they detained 30 students.",
            "COERCE",
            "2011-05-11",
        ),
        (
            "Protests began on Monday, and the government rejected the demands.",
            "REJECT",
            "2011-05-09",
        ),
        # an act inside the event shares the event's time
        ("Hamas attacked Israel during the war in 2014.", "ASSAULT", "2014-01-01"),
        ("Two soldiers were killed by militants in an attack on Tuesday.", "ASSAULT", "2011-05-10"),
    ],
)
def test_the_acts_own_time_still_dates_it(
    code: CodeFn, text: str, event_type: str, expected: str
) -> None:
    assert _dates(code, text, event_type)[0] == expected


@pytest.mark.parametrize(
    "expression",
    ["the last year", "over the past two weeks", "the last few months", "in the past decade"],
)
def test_spans_that_end_now_do_not_resolve(expression: str) -> None:
    assert resolve_expression(expression, dt.date(2011, 5, 13)) is None


def test_last_year_without_an_article_is_the_calendar_year() -> None:
    resolved = resolve_expression("last year", dt.date(2011, 5, 13))
    assert resolved is not None and resolved.iso() == "2010-01-01"
    assert resolved.precision == "year"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the act's own clause gave a time, another event's: the saying's day is no stand-in
        (
            "Police detained three men in connection with the shooting of a policeman on "
            "Tuesday, officials said on Thursday.",
            "COERCE",
        ),
        (
            "Police detained four men over Tuesday's clashes, the ministry said on Thursday.",
            "COERCE",
        ),
        ("Japan condemned Monday's missile launch, officials said on Thursday.", "ACCUSE"),
        # event nouns in the plural, and acts done to a person
        ("Police detained six men in connection with the shootings on Tuesday.", "COERCE"),
        ("Crowds attacked the embassy after the execution of a dissident on Tuesday.", "ASSAULT"),
    ],
)
def test_a_time_of_another_event_in_the_acts_clause_leaves_it_undated(
    code: CodeFn, text: str, event_type: str
) -> None:
    assert _dates(code, text, event_type) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Police on Wednesday detained four men over Tuesday's clashes, the ministry said on "
        "Thursday.",
        "Japan on Wednesday condemned Monday's missile launch, officials said on Thursday.",
    ],
)
def test_the_acts_own_day_stands_beside_another_events_time(code: CodeFn, text: str) -> None:
    assert [d for e in code(text) if (d := e.date)] == ["2011-05-11"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # an act told at, on or through an event (its setting) has the event's time
        (
            "Turkish President Erdogan signed an energy agreement with Qatar on a visit to Doha "
            "on Tuesday, state media said on Wednesday.",
            "AGREE",
        ),
        (
            "Parliament rejected the budget with a vote on Tuesday, lawmakers said on Thursday.",
            "REJECT",
        ),
        (
            "Police fired rubber bullets at students at a protest in Dhaka on Tuesday, witnesses "
            "said on Thursday.",
            "ASSAULT",
        ),
        (
            "Soldiers killed two gunmen as part of an operation in Mosul on Tuesday, the army "
            "said on Thursday.",
            "ASSAULT",
        ),
        (
            "Kerry met Lavrov on the sidelines of a summit in Geneva on Tuesday, officials said "
            "on Thursday.",
            "CONSULT",
        ),
    ],
)
def test_an_act_set_in_an_event_has_the_events_time(
    code: CodeFn, text: str, event_type: str
) -> None:
    assert _dates(code, text, event_type)[0] == "2011-05-10"
