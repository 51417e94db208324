"""A vote for a text endorses it (SUPPORT), as a vote against it rejects it; giving up an
opposition or a resistance, like a veto or an objection, yields to what it was on (CONCEDE).
Sentences written for these tests (round 15, i155)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _typed(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.event_type == kind]


def _sources(events: list[Event]) -> set[str | None]:
    return {e.source.country if e.source is not None else None for e in events}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Norway voted in favour of the draft on the fishing quotas.", "NOR"),
        ("Chile voted for the motion on the border treaty.", "CHL"),
        ("Kenya voted in favor of the measure at the assembly.", "KEN"),
        ("Egypt voted for the ban on the exports.", "EGY"),
    ],
)
def test_a_vote_for_a_text_is_support(resolved: CodeFn, text: str, who: str) -> None:
    events = resolved(text)
    assert who in _sources(_typed(events, "SUPPORT")), events
    assert _typed(events, "REJECT") == []


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a vote that tells no way, a vote in an election, an abstention.
        "Norway voted in parliament on the draft on the fishing quotas.",
        "Chile voted for the first time in a decade.",
        "Kenya abstained in the vote on the measure.",
        "Egypt voted on the ban on the exports.",
    ],
)
def test_a_vote_that_tells_no_way_is_no_support(resolved: CodeFn, text: str) -> None:
    assert _typed(resolved(text), "SUPPORT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Brazil lifted its opposition to the accession of Chile.",
        "Japan dropped its resistance to the entry of Canada into the club.",
        "Spain withdrew its objection to Georgia's bid for the bloc.",
        "Armenia withdrew its veto on the entry of Georgia.",
    ],
)
def test_an_opposition_given_up_is_a_concession(resolved: CodeFn, text: str) -> None:
    events = resolved(text)
    assert _typed(events, "CONCEDE"), events
    assert _typed(events, "REJECT") == []


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: forces withdrawn, a support withdrawn, an opposition stated.
        "Spain withdrew its troops from Georgia.",
        "Brazil opposed the accession of Chile.",
    ],
)
def test_a_withdrawal_of_no_opposition_is_no_concession(resolved: CodeFn, text: str) -> None:
    assert _typed(resolved(text), "CONCEDE") == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Nineteen countries, including Norway and Chile, voted against the draft.",
            {"NOR", "CHL"},
        ),
        ("Several states such as Kenya and Egypt condemned the raid.", {"KEN", "EGY"}),
        ("Countries like Peru rejected the plan.", {"PER"}),
    ],
)
def test_states_picked_out_by_name_are_the_doers(
    resolved: CodeFn, text: str, who: set[str]
) -> None:
    assert who <= _sources(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: no state named, or a noun of no states.
        "Several countries, including some in Africa, voted against the draft.",
        "Several companies, including firms in Norway, rejected the plan.",
    ],
)
def test_no_state_picked_out_names_no_doer(resolved: CodeFn, text: str) -> None:
    assert not _sources(resolved(text)) - {None}
