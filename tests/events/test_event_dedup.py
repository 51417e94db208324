"""One event reported by several articles is merged, citing every report."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.events import event_key, merge_events
from cablegram.events.dedup import dates_compatible, same_event
from cablegram.records import Actor, Event

CodeFn = Callable[..., list[Event]]

ARTICLE_A = "Russia withdrew its troops from Georgia on Friday, officials in Tbilisi said."
ARTICLE_B = "Moscow's forces left the region as Russia pulled its troops out of Georgia on Friday."
ARTICLE_C = "Russia withdrew its troops from Georgia in March 2008."


def test_two_articles_one_event(code: CodeFn) -> None:
    a = code(ARTICLE_A, date="2008-08-23")
    b = code(ARTICLE_B, date="2008-08-24")
    assert [e.event_type for e in a] == ["RETREAT"]
    assert [e.event_type for e in b] == ["RETREAT"]
    merged = merge_events([*a, *b])
    assert len(merged) == 1
    event = merged[0]
    assert len(event.citations) == 2
    assert len(event.doc_ids) == 2
    assert {c.sentence for c in event.citations} == {ARTICLE_A, ARTICLE_B}
    assert event.date == "2008-08-22"


def test_far_apart_dates_stay_apart(code: CodeFn) -> None:
    a = code(ARTICLE_A, date="2008-08-23")
    c = code(ARTICLE_C, date="2008-04-01")
    assert len(merge_events([*a, *c])) == 2


def _event(doc: str, event_type: str, source: str, date: str | None, sentence: str) -> Event:
    actor = Actor(source, "state", source, source)
    return Event(doc, f"{doc}-e", event_type, "met", sentence, 0, 3, source=actor, date=date)


def test_key_and_compatibility() -> None:
    a = _event("d1", "CONSULT", "FRA", "2020-01-01", "France met Germany in Berlin.")
    b = _event("d2", "CONSULT", "FRA", None, "France met German officials.")
    c = _event("d3", "ACCUSE", "FRA", "2020-01-01", "France met Germany in Berlin.")
    assert event_key(a) == event_key(b) != event_key(c)
    assert dates_compatible("2020-01-01", "2020-01-03")
    assert not dates_compatible("2020-01-01", "2020-01-10")
    assert dates_compatible(None, "2020-01-10")
    assert same_event(a, b)
    assert not same_event(a, c)
    merged = merge_events([a, b, c])
    assert [len(m.citations) for m in merged] == [2, 1]
