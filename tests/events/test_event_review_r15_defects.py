"""Review of round 15 (issue 11): four kinds of defect in the event changes, each written as a
rule for its kind and tested on sentences written for these tests.

- pattern condition ``modal_clause`` (events/agreed_course.py): "agree" with a that-clause
  is AGREE only for a course agreed between parties, never one actor agreeing with a
  proposition;
- actor filter ``suspected-doer`` (events/attributed.py): a hedge on a role noun that names
  its holder in apposition is about the role unless the role is a wrongdoer's;
- day and date phrases (events/day_phrases.py): never a pattern's preposition nor a target,
  and a "for X to do" clause is "call for" (rule ``time-no-target``);
- merge veto ``stretch-of-time`` (events/merge_vetoes.py): a telling of a stretch of time
  never merges with a telling of a single act.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation, Event

CodeFn = Callable[..., list[Event]]
Annotate = Callable[[str], Annotation]


# -- 1. agreeing with a proposition is no AGREE --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # one actor agreeing that something ought to happen
        "Japan agreed that China must open its markets to foreign banks.",
        "Norway agreed that the tanker should be towed to port.",
        # a partner sharing an opinion about a third party
        "Canada agreed with Sweden that Russia must pay for the damage.",
        # several who share an opinion about someone else's course
        "Italian economists agreed that the government should cut spending.",
    ],
)
def test_agreeing_with_a_proposition_is_no_agree(code: CodeFn, text: str) -> None:
    assert "AGREE" not in {e.event_type for e in code(text)}


@pytest.mark.parametrize(
    "text",
    [
        # two parties, named together
        "Egypt and Sudan agreed that they would share the river's water.",
        # the parties' own course, agreed with a partner
        "Turkey agreed with Greece that the two countries would hold talks in May.",
        # a joint course agreed with a partner
        "Chile agreed with Argentina that talks would resume next month.",
        # a subject whose modifiers name two parties
        "Japanese and Chinese officials agreed that their governments should resume flights.",
    ],
)
def test_a_course_agreed_between_parties_stays_agree(code: CodeFn, text: str) -> None:
    assert "AGREE" in {e.event_type for e in code(text)}


# -- 2. a hedged role noun with a name in apposition ----------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The presumed favourite, Norway, signed the treaty on Friday.", "NOR"),
        ("The presumed successor, Egypt, signed the trade agreement in Cairo.", "EGY"),
    ],
)
def test_a_hedged_role_keeps_the_named_doer(resolved: CodeFn, text: str, country: str) -> None:
    sources = [e.source for e in resolved(text) if e.source is not None]
    assert country in {s.country for s in sources}


@pytest.mark.parametrize(
    "text",
    [
        # a wrongdoer's role: the hedge is about guilt, with or without a name
        "The alleged ringleader, Ahmed Salim, bombed the embassy in Cairo.",
        "The suspected gunman, Omar Haddad, attacked a police station in Peshawar.",
        "The suspected attacker, a man from Syria, attacked the embassy in Ankara.",
        # no name in apposition: as before
        "Suspected Egyptian smugglers attacked a border post.",
    ],
)
def test_a_hedged_wrongdoer_stays_no_source(resolved: CodeFn, text: str) -> None:
    assert not [e for e in resolved(text) if e.source is not None]
