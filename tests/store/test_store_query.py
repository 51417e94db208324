"""Reading back: full-text search, speaker and country filters, event filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from cablegram.records import Event, Statement
from cablegram.store import Store
from cablegram.store.store import fts_query


def ids(records: Sequence[Statement | Event]) -> list[str]:
    return [r.event_id if isinstance(r, Event) else r.statement_id for r in records]


def test_full_text_search_over_text_and_sentence(store: Store) -> None:
    # Best match first: both hold "troops"; the ranking decides their order.
    assert sorted(ids(store.statements(search="troops"))) == ["st-france-1", "st-spain-1"]
    assert ids(store.statements(search="TROOPS withdraw")) == ["st-spain-1"]
    # Words of the sentence around the quote count too.
    assert ids(store.statements(search="AP")) == ["st-france-1"]
    assert ids(store.statements(search='"take part"')) == ["st-france-2"]
    assert ids(store.statements(search="withdr*")) == ["st-spain-1"]
    assert store.statements(search="tanks") == []
    assert ids(store.statements(search="troops", limit=1)) in (["st-france-1"], ["st-spain-1"])


def test_search_text_is_never_query_syntax(store: Store) -> None:
    for text in ["NOT", "troops OR", '"unbalanced', "flag]", "(", "-", "NEAR(a b)", "a:b"]:
        store.statements(search=text)  # must not raise
    assert store.statements(search="  ") == []
    assert fts_query('send "U.S. troops" NOT x*') == '"send" "U.S. troops" "NOT" "x"*'


def test_speaker_matches_name_mention_or_other_mentions(store: Store) -> None:
    assert ids(store.statements(speaker="barnier")) == ["st-france-1"]
    assert ids(store.statements(speaker="Michel")) == ["st-france-1"]
    assert ids(store.statements(speaker="foreign minister")) == ["st-france-1"]
    assert ids(store.statements(speaker="official")) == ["st-france-2"]
    assert ids(store.statements(speaker="Zapatero")) == ["st-spain-1"]
    assert ids(store.statements(speaker="José")) == ["st-spain-1"]
    assert store.statements(speaker="ba") == []  # names match whole words (issue 12)
    assert store.statements(speaker="Kerry") == []
    # The addressee is not the speaker.
    assert store.statements(speaker="Associated") == []


def test_country_and_combined_filters(store: Store) -> None:
    assert ids(store.statements(country="fra")) == ["st-france-1"]
    assert ids(store.statements(country="DEU")) == ["st-france-2"]
    assert ids(store.statements(country="ESP", search="troops")) == ["st-spain-1"]
    assert store.statements(country="FRA", search="withdraw") == []
    assert ids(store.statements(doc_id="doc-france")) == ["st-france-1", "st-france-2"]


def test_event_filters(store: Store) -> None:
    assert ids(store.events(actor="france")) == ["ev-troops", "ev-reject"]
    assert ids(store.events(actor="IRQ")) == ["ev-troops", "ev-withdraw"]
    assert ids(store.events(actor="Washington")) == ["ev-reject"]
    assert ids(store.events(event_type="retreat")) == ["ev-withdraw"]
    assert ids(store.events(actor="FRA", event_type="AID")) == ["ev-troops"]
    # An event without a date of its own is placed at its document's date.
    assert ids(store.events(since="2004-01-01")) == ["ev-withdraw"]
    assert ids(store.events(until=dt.date(2003, 3, 9))) == ["ev-troops"]
    assert ids(store.events(until="2003")) == ["ev-troops", "ev-reject"]
    assert ids(store.events(since="2003-03-10", until="2003-03")) == ["ev-reject"]
    assert ids(store.events(doc_id="doc-spain")) == ["ev-withdraw"]
    assert ids(store.events(search="plan")) == ["ev-reject"]
    assert ids(store.events(limit=1)) == ["ev-troops"]
