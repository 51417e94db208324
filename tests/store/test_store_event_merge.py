"""One event, many sources: a second article's report of a stored event becomes a citation."""

from __future__ import annotations

from pathlib import Path

from cablegram.records import Actor, Annotation, Document, Event
from cablegram.store import Store

SPAIN = Actor("Spain", "state", "Spain", "ESP", "GOV")
IRAQ = Actor("Iraq", "state", "Iraq", "IRQ", "GOV")


def article(
    doc_id: str, sentence: str, trigger: str, date: str, event_date: str | None
) -> Annotation:
    start = sentence.index(trigger)
    event = Event(
        doc_id=doc_id,
        event_id=f"{doc_id}-e1",
        event_type="RETREAT",
        trigger=trigger,
        sentence=sentence,
        start=start,
        end=start + len(trigger),
        source=SPAIN,
        target=IRAQ,
        date=event_date,
    )
    document = Document(doc_id=doc_id, source_path=f"{doc_id}.txt", text=sentence, date=date)
    return Annotation(document=document, events=(event,))


def test_two_articles_reporting_one_withdrawal_store_one_event(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.write(
            article(
                "a",
                "Spain pulled its troops out of Iraq on Monday.",
                "pulled",
                "2004-05-18",
                "2004-05-17",
            )
        )
        store.write(
            article(
                "b",
                "Madrid has pulled its last soldiers out of Iraq.",
                "pulled",
                "2004-05-19",
                "2004-05-18",
            )
        )
        events = store.events()
        assert len(events) == 1
        citations = store.event_citations(events[0].event_id)
        assert {c.doc_id for c in citations} == {"a", "b"}
        # Either article finds the event.
        assert [e.event_id for e in store.events(doc_id="b")] == [events[0].event_id]


def test_distant_dates_stay_two_events(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.write(
            article(
                "a", "Spain pulled its troops out of Iraq.", "pulled", "2004-05-18", "2004-05-17"
            )
        )
        store.write(
            article(
                "b", "Spain pulled its troops out of Iraq.", "pulled", "2008-01-10", "2008-01-09"
            )
        )
        assert len(store.events()) == 2
