"""quotes, events and timeline: filters, citations, date order, JSON and tables."""

from __future__ import annotations

import json

from rich.console import Console

from cablegram.query.events import events_json, find_events, render_events
from cablegram.query.quotes import find_quotes, quotes_json, render_quotes
from cablegram.query.timeline import build_timeline, render_timeline
from cablegram.store import Store


def test_quotes_carry_speaker_cue_kind_text_article_date_and_sentence(qstore: Store) -> None:
    quotes = find_quotes(qstore, speaker="Barnier")
    assert [q.statement_id for q in quotes] == [
        "st-barnier-1",
        "st-barnier-never",
        "st-barnier-weather",
    ]
    first = quotes[0]
    assert first.speaker is not None and first.speaker.country == "FRA"
    assert (first.cue, first.kind, first.document, first.date) == (
        "said",
        "indirect",
        "Paris says no",
        "2004-10-15",
    )
    assert first.sentence.startswith("France had no plans")
    weather = quotes[2]
    assert weather.addressee is not None and weather.addressee.name == "Associated Press"


def test_quote_filters(qstore: Store) -> None:
    assert {q.speaker.name for q in find_quotes(qstore, country="deu") if q.speaker} == {
        "German Foreign Ministry official",
        "Gert Weisskirchen",
    }
    assert next(q.statement_id for q in find_quotes(qstore, search="soldiers")) in (
        "st-german-official",
        "st-barnier-never",
    )
    assert len(find_quotes(qstore, limit=2)) == 2
    # A document without a title is cited by its path.
    data = quotes_json(find_quotes(qstore, country="USA"))
    assert data["count"] == 1 and data["quotes"][0]["document"] == "<b>Kerry</b> & Iran"


def test_quotes_table_shows_markup_as_text(qstore: Store) -> None:
    console = Console(width=200, record=True)
    render_quotes(find_quotes(qstore, country="USA"), console)
    assert "<b>Kerry</b> & Iran" in console.export_text()


def test_events_filter_by_actor_name_or_code_type_and_dates(qstore: Store) -> None:
    assert {e.event_id for e in find_events(qstore, actor="POL")} == {
        "ev-poland-aid",
        "ev-poland-reject",
    }
    assert [e.event_id for e in find_events(qstore, actor="Poland", since="2005")] == [
        "ev-poland-reject"
    ]
    assert [e.event_id for e in find_events(qstore, event_type="retreat")] == ["ev-spain-retreat"]
    assert [e.event_id for e in find_events(qstore, until="2004-04")] == [
        "ev-poland-aid",
        "ev-spain-retreat",
    ]


def test_events_come_in_date_order_with_citations(qstore: Store) -> None:
    items = find_events(qstore)
    dates = [e.placed[0] for e in items]
    assert dates == sorted(dates, key=lambda d: d or "~")
    spain = next(e for e in items if e.event_id == "ev-spain-retreat")
    # The event's own date wins over its document's.
    assert (spain.date, spain.date_source) == ("2004-04-18", "event")
    assert spain.citations[0].document == "corpus/doc-madrid.txt"
    assert spain.citations[0].sentence.startswith("Spain's prime minister pulled")
    france = next(e for e in items if e.event_id == "ev-france-reject")
    # An event whose text gives no time keeps the record's null date, as `extract` writes
    # it, and is placed by its document's date.
    assert (france.date, france.document_date, france.date_source) == (
        None,
        "2004-10-15",
        "document",
    )
    assert france.placed == ("2004-10-15", "day")
    data = json.loads(json.dumps(events_json(items)))
    assert data["count"] == len(items)
    console = Console(width=200, record=True)
    render_events(items, console)
    assert "RETREAT (military)" in console.export_text()


def test_timeline_orders_statements_and_events_by_date(qstore: Store) -> None:
    timeline = build_timeline(qstore, "Kerry")
    assert [(e.kind, e.role, e.date) for e in timeline.entries] == [
        ("statement", "speaker", "2010-02-01"),
        ("event", "source", "2010-02-01"),
        ("event", "source", "2010-02-03"),
    ]
    assert timeline.entries[1].other is not None
    assert timeline.entries[1].citations[0].sentence == "Kerry met the Qatari emir."
    assert timeline.actors == ["John Kerry (USA)"]


def test_timeline_by_country_code_takes_in_targets(qstore: Store) -> None:
    timeline = build_timeline(qstore, "IRQ")
    roles = {(e.event.event_id if e.event else None, e.role) for e in timeline.entries}
    assert ("ev-nato-accuse", "target") in roles
    assert ("ev-spain-retreat", "target") not in roles  # Spain's own soldiers, not Iraq
    data = json.loads(json.dumps(timeline.to_json()))
    assert data["count"] == len(timeline.entries)
    console = Console(width=200, record=True)
    render_timeline(timeline, console)
    assert "NATO accused Iraq." in console.export_text()


def test_timeline_of_nobody(qstore: Store) -> None:
    timeline = build_timeline(qstore, "Nobody Atall")
    assert timeline.entries == ()
    console = Console(width=100, record=True)
    render_timeline(timeline, console)
    assert "Nothing in the store" in console.export_text()
