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


def _event(
    doc: str,
    event_type: str,
    source: str,
    date: str | None,
    sentence: str,
    precision: str | None = "day",
    name: str | None = None,
    modality: str = "asserted",
) -> Event:
    actor = Actor(name or source, "state", name or source, source)
    return Event(
        doc,
        f"{doc}-e",
        event_type,
        "met",
        sentence,
        0,
        3,
        source=actor,
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        modality=modality,  # type: ignore[arg-type]
    )


def test_key_and_compatibility() -> None:
    a = _event("d1", "CONSULT", "FRA", "2020-01-01", "France met Germany in Berlin.")
    b = _event("d2", "CONSULT", "FRA", "2020-01-02", "France met German officials.")
    c = _event("d3", "ACCUSE", "FRA", "2020-01-01", "France met Germany in Berlin.")
    assert event_key(a) == event_key(b) != event_key(c)
    assert dates_compatible("2020-01-01", "2020-01-03")
    assert not dates_compatible("2020-01-01", "2020-01-10")
    assert not dates_compatible(None, "2020-01-10")
    assert same_event(a, b)
    assert not same_event(a, c)
    merged = merge_events([a, b, c])
    assert [len(m.citations) for m in merged] == [2, 1]


def test_undated_or_coarse_dated_events_never_merge() -> None:
    a = _event("d1", "SANCTION", "GBR", "2022-02-22", "Britain imposed sanctions on Russia.")
    undated = _event("d2", "SANCTION", "GBR", None, "Britain imposed sanctions on Russia.")
    month = _event(
        "d3", "SANCTION", "GBR", "2022-02-01", "Britain imposed sanctions on Russia.", "month"
    )
    assert not same_event(a, undated)
    assert not same_event(a, month)
    assert len(merge_events([a, undated, month])) == 3


def test_different_ministers_of_one_country_stay_apart() -> None:
    # A 2025 announcement must not absorb one made in 2022 by another minister, nor one made
    # the same week by another minister of the same government.
    truss = _event(
        "d1", "SANCTION", "GBR", "2022-02-22", "Truss announced sanctions.", name="Liz Truss"
    )
    lammy = _event(
        "d2", "SANCTION", "GBR", "2025-02-24", "Lammy announced sanctions.", name="David Lammy"
    )
    lammy_same_week = _event(
        "d3", "SANCTION", "GBR", "2022-02-23", "Lammy announced sanctions.", name="David Lammy"
    )
    assert not same_event(truss, lammy)
    assert not same_event(truss, lammy_same_week)
    assert len(merge_events([truss, lammy, lammy_same_week])) == 3


def test_rejections_ten_days_apart_stay_apart() -> None:
    a = _event("d1", "REJECT", "IRN", "2024-03-01", "Iran rejected the proposal.")
    b = _event("d2", "REJECT", "IRN", "2024-03-11", "Iran rejected the proposal.")
    assert not same_event(a, b)
    assert len(merge_events([a, b])) == 2


def test_modality_must_match() -> None:
    done = _event("d1", "SANCTION", "USA", "2024-03-01", "The US imposed sanctions on Iran.")
    planned = _event(
        "d2", "SANCTION", "USA", "2024-03-01", "The US imposed sanctions on Iran.",
        modality="hypothetical",
    )  # fmt: skip
    assert not same_event(done, planned)
