"""An "as" clause whose verb of saying has a topic of its own ("as the UN warned of a
crisis") is a time clause: it attributes nothing around it, and the main clause's act stays
the writer's (statements/clauses.py ``parenthetical_span``, ``_TOPIC_PREPS``; issue 11, round
15). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


@pytest.mark.parametrize(
    "text",
    [
        "Troops shelled the port as the United Nations warned of a humanitarian crisis.",
        "Russia massed troops on the border as NATO warned of a wider war.",
        "Rebels advanced on the city as aid groups complained about shortages.",
        "Police cleared the square as the opposition protested against the verdict.",
    ],
)
def test_an_as_clause_with_its_own_topic_attributes_nothing(annotate: Annotate, text: str) -> None:
    a = annotate(text)
    assert not [s for s in a.statements if s.rule == "parenthetical"]
    assert all(e.modality != "reported" for e in a.events)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a bare "as X warned/said" is the attribution of the clause around it
        "Prices will keep rising, as the central bank warned on Monday.",
        "The talks would fail, as the minister said in a statement.",
    ],
)
def test_a_bare_as_attribution_stays(annotate: Annotate, text: str) -> None:
    assert [s for s in annotate(text).statements if s.rule == "parenthetical"]
