"""Trial-12 kinds of not-an-act (issue 11): an act a party is poised or about to do is not
told as done (events/moods.py ``SCHEDULE_WORDS``); a source's request not to be named is no
REQUEST (events/anonymity.py ``anonymity-request``). Sentences written for the test; each
group fails without its rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    "text",
    [
        "Syrian government forces were poised to storm the rebel-held town of Darayya.",
        "Kenyan troops are poised to attack al Shabaab bases near the border.",
        "Rebel fighters were about to attack the airport, residents said.",
        "Police were about to raid the compound when the gunmen surrendered.",
    ],
)
def test_an_act_poised_or_about_to_happen_is_not_asserted(resolved: CodeFn, text: str) -> None:
    events = resolved(text)
    assert events and all(e.modality != "asserted" for e in events), [
        (e.event_type, e.modality) for e in events
    ]


def test_an_act_told_as_done_stays_asserted(resolved: CodeFn) -> None:
    events = resolved("Kenyan troops attacked al Shabaab bases near the border about a week ago.")
    assert [(e.event_type, e.modality) for e in events] == [("ASSAULT", "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "A police officer, who asked not to be named, said the suspects had fled to Mali.",
        "Two aides who requested anonymity said the talks had stalled.",
        "A ministry official, who declined to be identified, said the funds had been frozen.",
        "A western diplomat, who asked for anonymity, said the vote was close.",
    ],
)
def test_a_source_asking_not_to_be_named_makes_no_request(resolved: CodeFn, text: str) -> None:
    assert not [e for e in resolved(text) if e.event_type == "REQUEST"]


def test_a_request_of_another_party_stays(resolved: CodeFn) -> None:
    events = resolved("Nigeria asked Britain to extradite the former minister.")
    assert [e.event_type for e in events] == ["REQUEST"]
