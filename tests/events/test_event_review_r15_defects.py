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

from cablegram.events.dedup import same_event
from cablegram.events.merge_vetoes import MERGE_VETOES, stretch_of_time, vetoed
from cablegram.records import Actor, Annotation, Event

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


# -- 3. a day or date between the verb and its argument -------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Egyptian opposition leaders called on Thursday for the government to step down.", None),
        ("Turkey called on Friday for Greece to withdraw its ships.", "GRC"),
        ("Turkey called for Greece to withdraw its ships.", "GRC"),
        ("France called on Sunday on Italy to close the camps.", "ITA"),
        ("France called on Italy on Sunday to close the camps.", "ITA"),
    ],
)
def test_a_day_neither_blocks_nor_targets_a_call(
    code: CodeFn, text: str, target: str | None
) -> None:
    requests = [e for e in code(text) if e.event_type == "REQUEST"]
    assert requests
    if target is not None:
        assert {e.target.country for e in requests if e.target} == {target}


def test_the_one_called_on_is_the_for_clause_subject(annotate: Annotate) -> None:
    events = annotate(
        "Kenyan opposition leaders called on Monday for the government to resign."
    ).events
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests
    assert all(e.target is not None and "government" in e.target.name for e in requests)
    assert all(e.source is not None and "opposition" in e.source.name for e in requests)


@pytest.mark.parametrize(
    ("text", "target_word"),
    [
        ("Kenyan gunmen shot the police chief of Mombasa on Saturday.", "police chief"),
        ("Egyptian troops fired on Sunday on protesters in Cairo.", "protesters"),
    ],
)
def test_a_day_after_the_verb_keeps_the_attack(
    annotate: Annotate, text: str, target_word: str
) -> None:
    attacks = [e for e in annotate(text).events if e.event_type == "ASSAULT"]
    assert attacks
    assert any(e.target is not None and target_word in e.target.name for e in attacks)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no call for anyone, and a "for ... to" clause of another verb
        "Spain called off the summit on Tuesday.",
        "Turkey waited for Greece to respond.",
    ],
)
def test_no_call_stays_no_request(code: CodeFn, text: str) -> None:
    assert "REQUEST" not in {e.event_type for e in code(text)}


# -- 5. a stretch of time never merges into a single act ------------------------------------


def _event(sentence: str, date: str | None = "2025-03-10") -> Event:
    state = Actor("TUR", "state", "Turkey", "TUR")
    return Event(
        "d",
        f"e-{abs(hash(sentence))}",
        "ASSAULT",
        "shelled",
        sentence,
        0,
        7,
        source=state,
        date=date,
        date_precision="day" if date else None,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey has shelled the town since 2019.",
        "Turkey has shelled the town 40 times so far.",
        "Turkey has shelled the town in recent months.",
        "Turkey shelled the town for a decade.",
        "Turkey has shelled the town over the past year.",
        "Turkey has shelled the town for years, residents said.",
    ],
)
def test_stretches_of_time_are_read(sentence: str) -> None:
    assert stretch_of_time(_event(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey shelled the town on Monday.",
        "Turkey shelled the town last week.",
        "Turkey will shell the town in two weeks.",
        "Turkey has shelled the town since Friday morning.",
    ],
)
def test_single_acts_are_no_stretch(sentence: str) -> None:
    assert not stretch_of_time(_event(sentence))


def test_the_veto_is_registered_and_applies_across_articles() -> None:
    assert "stretch-of-time" in MERGE_VETOES.names()
    single = _event("Turkey shelled the town of Kobani on Monday.")
    stretch = _event("Turkey has shelled the town of Kobani so far this month.")
    assert vetoed(single, stretch) == "stretch-of-time"
    assert vetoed(stretch, _event("Turkey has shelled the town of Kobani since 2019.")) is None
    assert not same_event(single, stretch)


@pytest.mark.parametrize(
    "stretch",
    [
        "Turkey has shelled Kobani more than 300 times so far this year.",
        "Turkey has shelled Kobani dozens of times in recent months.",
        "Turkey has shelled Kobani over the past year.",
    ],
)
def test_a_stretch_telling_never_merges_into_a_dated_act(annotate: Annotate, stretch: str) -> None:
    text = f"Turkey shelled Kobani on Monday, killing three people. {stretch}"
    events = annotate(text).events
    assert events
    assert all(stretch not in {t.sentence for t in e.tellings} for e in events)
    assert [e for e in events if "Monday" in e.sentence]


def test_a_second_telling_of_the_single_act_still_merges(annotate: Annotate) -> None:
    # near miss: the same act told again, with no stretch
    text = (
        "Turkey shelled Kobani on Monday, killing three people. "
        "Turkey shelled Kobani with artillery, the governor said."
    )
    shelling = [e for e in annotate(text).events if e.event_type == "ASSAULT"]
    assert len(shelling) == 1
