"""One act told twice in one article is one event (rules of
:mod:`cablegram.events.retellings`); two acts stay two: another day, another target, a
further-act marker, two acts either of which a later mention may stand for.

Kinds seen on fresh articles in round 15: a force named in full and then bare ("the army
said it struck ..."), a body's act retold by its spokesman as "we ...", the same measure told
by a light verb and by its noun ("slapped sanctions" ... "imposed sanctions"), and a later
act noun with nothing of its own ("killed in Russian attacks since Friday morning")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cablegram.events.retellings import bare_force, official_we_retelling, same_act_word
from cablegram.records import Actor, Annotation, Document, Event, Telling
from cablegram.store import Store

AnnotateFn = Callable[[str], Annotation]


def _of_type(annotation: Annotation, event_type: str) -> list[str]:
    return [e.trigger for e in annotation.events if e.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "kept"),
    [
        (
            # bare-force: "the army" of "The Turkish army", one target, one trigger
            "The Turkish army shelled Kurdish militia positions in northern Syria on Tuesday. In "
            "a statement, the army said it shelled the Kurdish militia positions to stop "
            "cross-border attacks.",
            "ASSAULT",
            ["shelled"],
        ),
        (
            # official-we: the body's act, retold by its spokesman as "we summoned"
            "The State Department summoned Russia's ambassador on Wednesday over the detention "
            "of an American reporter. \"We summoned Russia's ambassador to protest the "
            'detention," department spokesman Ned Price said.',
            "ACCUSE",
            ["summoned"],
        ),
        (
            # measure-object: "slapped sanctions" and "imposed sanctions", state and its body
            "Canada slapped sanctions on Iranian officials on Thursday over human rights abuses. "
            "The Canadian foreign ministry imposed sanctions on 12 officials and two entities, "
            "the ministry said in a statement.",
            "SANCTION",
            ["sanctions"],
        ),
        (
            # act-noun-retelling: "in Russian attacks", no target and no other time
            "The Russian army bombed Ukrainian positions near Bakhmut on Friday. Officials said "
            "at least 30 people were killed and 50 others injured in Russian attacks since "
            "Friday morning.",
            "ASSAULT",
            ["bombed"],
        ),
        (
            "The Russian army bombed Ukrainian positions near Bakhmut on Friday. Putin claimed "
            "that the Russian airstrikes had destroyed dozens of tanks.",
            "ASSAULT",
            ["bombed"],
        ),
    ],
)
def test_one_act_told_twice_is_one_event(
    annotate: AnnotateFn, text: str, event_type: str, kept: list[str]
) -> None:
    assert _of_type(annotate(text), event_type) == kept


@pytest.mark.parametrize(
    ("text", "event_type", "kept"),
    [
        (
            # two strikes on two days
            "The Russian army shelled Kharkiv on Monday. The Russian army shelled Odesa on "
            "Tuesday.",
            "ASSAULT",
            ["shelled", "shelled"],
        ),
        (
            # a later act noun either of two strikes may stand for: not said which
            "The Russian army shelled Kharkiv on Friday. The Russian army bombed Odesa on "
            "Friday. Putin claimed that the Russian airstrikes had destroyed dozens of tanks.",
            "ASSAULT",
            ["shelled", "bombed", "airstrikes"],
        ),
        (
            # two sanctions packages: other target, other day
            "The European Union imposed sanctions on Russia on Monday. On Friday, the EU "
            "imposed sanctions on Belarus.",
            "SANCTION",
            ["imposed", "imposed"],
        ),
        (
            # the spokesman's "we" names another target
            "The White House summoned China's ambassador on Friday. \"We summoned Russia's "
            'ambassador," a spokesman said.',
            "ACCUSE",
            ["summoned", "summoned"],
        ),
        (
            # the bare army strikes another target
            "The Israeli army struck Hezbollah targets on Monday. The army said it struck Hamas "
            "posts in Gaza.",
            "ASSAULT",
            ["struck", "struck"],
        ),
    ],
)
def test_two_acts_stay_two(
    annotate: AnnotateFn, text: str, event_type: str, kept: list[str]
) -> None:
    assert _of_type(annotate(text), event_type) == kept


def _force(text: str, country: str | None, role: str | None = "MIL") -> Actor:
    return Actor(text.split()[-1] if country is None else f"{country} forces", "group", text,
                 country, role)  # fmt: skip


def test_bare_force_needs_the_same_force_word_and_role() -> None:
    named = _force("The Israeli army", "ISR")
    assert bare_force(named, _force("the army", None))
    assert not bare_force(named, _force("the navy", None))  # another force
    assert not bare_force(named, _force("the army", None, "REB"))  # another role
    assert not bare_force(named, _force("the Syrian army", "SYR"))  # placed in a state
    assert not bare_force(named, _force("army reservists", None))  # a group of it


def _event(source: Actor, target: Actor | None, trigger: str, sentence: str, **kw: object) -> Event:
    return Event("d", trigger, "ACCUSE", trigger, sentence, 0, 1, source=source, target=target,
                 **kw)  # type: ignore[arg-type]  # fmt: skip


def test_official_we_needs_we_the_trigger_and_the_target() -> None:
    body = Actor("White House", "organization", "The White House", "USA", "GOV")
    spokesman = Actor("John Doe", "person", "spokesman John Doe", None, None, "spokesman")
    envoy = Actor("Qin Gang", "person", "Qin Gang", "CHN")
    other = Actor("Anatoly Antonov", "person", "Anatoly Antonov", "RUS")
    first = _event(body, envoy, "summoned", "The White House summoned Qin Gang.")
    said = '"We summoned Qin Gang," spokesman John Doe said.'
    assert official_we_retelling(
        first, _event(spokesman, envoy, "summoned", said, statement_id="s")
    )
    # not in a statement, another target, another speaker's state, no "we"
    assert not official_we_retelling(first, _event(spokesman, envoy, "summoned", said))
    assert not official_we_retelling(
        first, _event(spokesman, other, "summoned", said, statement_id="s")
    )
    french = Actor("Jean Dupont", "person", "Jean Dupont", "FRA")
    assert not official_we_retelling(
        first, _event(french, envoy, "summoned", said, statement_id="s")
    )
    they = '"They summoned Qin Gang," spokesman John Doe said.'
    assert not official_we_retelling(
        first, _event(spokesman, envoy, "summoned", they, statement_id="s")
    )


def test_same_act_word_without_a_parse_is_the_trigger_stem() -> None:
    body = Actor("Canada", "state", "Canada", "CAN", "GOV")
    a = _event(body, None, "sanctioned", "Canada sanctioned them.")
    assert same_act_word(a, _event(body, None, "sanctions", "Canada's sanctions."))
    assert not same_act_word(a, _event(body, None, "imposed", "Canada imposed sanctions."))


def test_a_merged_telling_keeps_the_later_sentence(annotate: AnnotateFn) -> None:
    text = (
        "The Turkish army shelled Kurdish militia positions in northern Syria on Tuesday. In a "
        "statement, the army said it shelled the Kurdish militia positions to stop cross-border "
        "attacks."
    )
    (event,) = [e for e in annotate(text).events if e.event_type == "ASSAULT"]
    (telling,) = event.tellings
    assert telling.sentence.startswith("In a statement, the army said")
    assert text[telling.start : telling.end] == "shelled"
    assert Event.from_json(event.to_json()) == event


def test_the_store_cites_every_telling(tmp_path: Path) -> None:
    text = "Canada sanctioned Iran on Monday. Ottawa's sanctions hit 12 officials."
    second = text.index("Ottawa")
    canada = Actor("Canada", "state", "Canada", "CAN", "GOV")
    event = Event(
        "d1", "d1-e1", "SANCTION", "sanctioned", text[:second].strip(), 7, 17, source=canada,
        tellings=(Telling(text[second:], text.index("sanctions"), text.index("sanctions") + 9),),
    )  # fmt: skip
    document = Document(doc_id="d1", source_path="d1.txt", text=text, date="2023-05-17")
    with Store.open(tmp_path / "s.db") as store:
        store.write(Annotation(document=document, events=(event,)))
        cited = store.event_citations("d1-e1")
    assert [c.sentence for c in cited] == [event.sentence, text[second:]]
