"""Trial-16 recall kinds (issue 11, round 14, i133): a protesting crowd placed in the state
where it protests, gatherings of protesters, walking out of talks, asset freezes and bans on
arms sales. Sentences written for the tests; each first group fails without its rule, each
second group guards the rule's limits."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.event_type == kind]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tens of thousands of people took to the streets of Caracas on Sunday.", "VEN"),
        ("Thousands of demonstrators marched through central Kampala on Friday.", "UGA"),
        ("Hundreds of protesters massed outside the parliament in Armenia.", "ARM"),
        ("Several thousand people demonstrated at a prison in Minsk.", "BLR"),
    ],
)
def test_a_crowd_protests_as_civilians_of_the_place(
    resolved: CodeFn, text: str, country: str
) -> None:
    """``crowd-place``: the crowd is a civilian group of the state where it protests."""
    protests = _of(resolved(text), "PROTEST")
    assert protests and protests[0].source is not None
    assert protests[0].source.country == country
    assert protests[0].source.role == "CVL"


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators rallied on Sunday.",
        "Thousands of people marched in Paris and in Berlin on Saturday.",
    ],
)
def test_a_crowd_without_one_place_stays_unplaced(resolved: CodeFn, text: str) -> None:
    assert all(e.source is None or e.source.country is None for e in _of(resolved(text), "PROTEST"))


@pytest.mark.parametrize(
    "text",
    [
        "Foreign ministers gathered in Brussels for the summit.",
        "Mourners gathered outside the hospital in Nairobi.",
        "Reporters assembled at the airport in Ankara.",
    ],
)
def test_only_protesters_gather_in_protest(resolved: CodeFn, text: str) -> None:
    """``gathering-not-protesters``."""
    assert not _of(resolved(text), "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "The Venezuelan opposition quit the talks with the government on Friday.",
        "Sudan's army walked out of the peace negotiations in Jeddah.",
        "Iran walked out of the nuclear talks last week.",
    ],
)
def test_walking_out_of_talks_halts_them(resolved: CodeFn, text: str) -> None:
    """CAMEO 164 "halt negotiations" is PLOVER SANCTION (withdraw)."""
    assert _of(resolved(text), "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan minister walked out of the conference hall after his speech.",
        "Germany's coach walked away from the press conference.",
        "The French striker quit the club in June.",
    ],
)
def test_walking_out_of_a_room_is_no_sanction(resolved: CodeFn, text: str) -> None:
    """``walkout-without-talks``."""
    assert not _of(resolved(text), "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "The European Union imposed an asset freeze on two Belarusian banks.",
        "Britain imposed an asset freeze on two Russian oligarchs.",
    ],
)
def test_an_asset_freeze_is_a_sanction(resolved: CodeFn, text: str) -> None:
    assert _of(resolved(text), "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government imposed a wage freeze on teachers.",
        "Israel imposed a freeze on settlement construction in 2009.",
    ],
)
def test_other_freezes_are_no_sanction(resolved: CodeFn, text: str) -> None:
    assert not _of(resolved(text), "SANCTION")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Sweden imposed a ban on arms sales to Turkey last year.", "TUR"),
        ("Norway imposed a ban on weapons exports to Israel in May.", None),
    ],
)
def test_a_ban_on_arms_sales_to_a_state_is_a_sanction(
    resolved: CodeFn, text: str, target: str | None
) -> None:
    """``sanction-ban``, widened to what the ban is "on"."""
    sanctions = _of(resolved(text), "SANCTION")
    assert sanctions
    if target is not None:
        assert sanctions[0].target is not None and sanctions[0].target.country == target
    assert not _of(resolved(text), "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "The junta imposed a ban on opposition rallies in the capital.",
        "Egypt imposed a ban on sales of land to foreigners.",
    ],
)
def test_other_bans_are_no_sanction(resolved: CodeFn, text: str) -> None:
    assert not _of(resolved(text), "SANCTION")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Turkey vowed to retaliate against the Syrian strike on its border post.", "SYR"),
        (
            "Egypt will retaliate against Sudan's air strike on its convoy, the minister said.",
            "SDN",
        ),
        ("Egypt vowed revenge for the Sudanese strike on its troops.", "SDN"),
    ],
)
def test_the_act_a_retaliation_answers_keeps_its_record(
    resolved: CodeFn, text: str, doer: str
) -> None:
    """``answered-strike`` and ``answering.ANSWERING_WORDS``: the strike answered is an
    ASSAULT by its doer, never read as the act the retaliation intends (a THREATEN)."""
    events = resolved(text)
    assaults = _of(events, "ASSAULT")
    assert assaults and assaults[0].source is not None and assaults[0].source.country == doer
    assert not any(e.event_type == "THREATEN" and e.trigger == "strike" for e in events)
    assert _of(events, "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "The union vowed to continue the strike until wages rise.",
        "The Kenyan government responded to the strike by the dockworkers with new talks.",
        "The Egyptian government retaliated against the general strike by firing workers.",
        "Iran will retaliate against any strike on its territory, the minister said.",
    ],
)
def test_other_strikes_are_no_attack(resolved: CodeFn, text: str) -> None:
    assert not _of(resolved(text), "ASSAULT")


def test_a_strike_avenged_is_an_attack(resolved: CodeFn) -> None:
    """``answered-strike``: what "avenge" takes is the answered act."""
    events = resolved("Egypt vowed to avenge the Sudanese strike on its troops.")
    assaults = _of(events, "ASSAULT")
    assert assaults and assaults[0].source is not None and assaults[0].source.country == "SDN"
    assert _of(events, "THREATEN")


def test_talks_called_off_are_halted(resolved: CodeFn) -> None:
    """CAMEO 164 "halt negotiations": "called off the talks" is SANCTION; "called off the
    strike" stays a concession."""
    assert _of(resolved("Kenya called off the talks with the Somali rebels on Friday."), "SANCTION")
    assert not _of(resolved("The Kenyan union called off the strike on Monday."), "SANCTION")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The general renewed Iran's promise to retaliate against Israel.", "THREATEN"),
        ("Turkey repeated its pledge to take revenge on the militants.", "THREATEN"),
        ("Kenya renewed its promise to build new schools in the north.", "AGREE"),
    ],
)
def test_a_promise_of_retaliation_is_a_threat(resolved: CodeFn, text: str, kind: str) -> None:
    """``vowed-response`` reads a noun's promise clause ("promise to retaliate")."""
    events = resolved(text)
    assert events and events[0].event_type == kind
