"""Trial-15 precision kinds (issue 11, round 12, i107): harm told of its victims with no
doer, measures argued for, a reading of a party's willingness, a commentator's "needs to",
a purpose clause read as a target. Sentences written for the tests; each first group fails
without its rule, each second group guards the rule's limits."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.events.filters import NOT_ACTORS
from cablegram.events.patterns import load_patterns
from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _kinds(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "The report found an average of three Afghans wounded every day last month.",
        "An average of one Iraqi killed every hour, the report said.",
    ],
)
def test_a_victim_count_is_no_doer(resolved: CodeFn, text: str) -> None:
    """``harm-without-object``: the counted victims are never the source."""
    assert "ASSAULT" not in _kinds(resolved(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Kurdish militants have killed two Turkish soldiers near the border.", "Kurdish"),
        ("Two Turkish soldiers were killed by Kurdish militants near the border.", "Kurdish"),
        ("Syrian jets shot and killed three rebels near Aleppo.", "Syria"),
    ],
)
def test_harm_with_a_doer_stays(resolved: CodeFn, text: str, source: str) -> None:
    events = [e for e in resolved(text) if e.event_type == "ASSAULT"]
    assert events and events[0].source is not None and source in events[0].source.name


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the new tests argue strongly for tougher sanctions on Iran.",
        "Daniel Russel said the missile tests argue even more strongly for new sanctions on Iran.",
        "An expert said France is now willing to strike at the militants in Mali.",
        '"It shows that Spain is finally ready to attack the smugglers," he said.',
        "Russia is ready to attack the rebels, an analyst said.",
        "BBC correspondent Chris Morris says the EU also needs to stem the flow of arrivals.",
        "Reuters analyst John Smith says France also needs to cut its deficit.",
        "Hungary stopped allowing refugees across its border.",
        "Austria has ceased allowing migrants into the country.",
    ],
)
def test_acts_argued_for_or_read_into_a_party_are_not_done(resolved: CodeFn, text: str) -> None:
    """``argued-for``, ``reading-of-willingness``, ``press-titled``: no event."""
    assert _kinds(resolved(text)) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Japan said it is ready to impose sanctions on North Korea.", "THREATEN"),
        ("France called for tougher sanctions on Iran.", "REQUEST"),
        ("France is ready to strike at the militants, the French minister said.", "THREATEN"),
        ("France says Germany needs to stop arms sales to Saudi Arabia.", "REQUEST"),
        ("Canada imposed tougher sanctions on Iran.", "SANCTION"),
        ("Greece allowed refugees across its border.", "CONCEDE"),
    ],
)
def test_a_partys_own_words_and_acts_stay(resolved: CodeFn, text: str, kind: str) -> None:
    assert kind in _kinds(resolved(text))


def test_a_purpose_clause_is_no_target(events_nlp: Language) -> None:
    """``infinitive``: "to pound rebel fighters", parsed as a noun phrase, is no target;
    "to Syria" and "rebel fighters" are nominals."""
    rule = next(r.fn for r in NOT_ACTORS if r.name == "infinitive")
    table = load_patterns()
    doc = events_nlp(
        "Iran has also lent support to the regime, sending troops and aircraft to pound "
        "rebel fighters."
    )
    fighters = next(t for t in doc if t.lower_ == "fighters")
    assert rule(fighters, "target", "MOBILIZE", table)
    for text, word in [
        ("Russia sent troops to Syria.", "syria"),
        ("Iran sent troops to fight the rebel fighters.", "fighters"),
    ]:
        tok = next(t for t in events_nlp(text) if t.lower_ == word)
        assert not rule(tok, "target", "MOBILIZE", table)
