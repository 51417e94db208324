"""Whose claim it is when states speak together, and generic act nouns read as their act.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.claims.coordination import widened
from cablegram.claims.read import read_scope
from cablegram.records import Actor


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def _widen(nlp: Language, text: str, name: str, kind: str = "state") -> Actor:
    at = text.index(name)
    actor = Actor(name=name, kind=kind, text=name, country="XXX", start=at, end=at + len(name))  # type: ignore[arg-type]
    return widened(nlp(text), actor)


@pytest.mark.parametrize(
    ("text", "name", "group"),
    [
        (
            "Spain, Ireland, Norway and Slovenia have announced plans to recognise Kosovo.",
            "Spain",
            "Spain, Ireland, Norway and Slovenia",
        ),
        ("Paris and Berlin said they would not send troops.", "Paris", "Paris and Berlin"),
        ("Italy and Greece oppose the embargo.", "Greece", "Italy and Greece"),
    ],
)
def test_a_state_among_coordinated_states_speaks_with_them(
    nlp: Language, text: str, name: str, group: str
) -> None:
    actor = _widen(nlp, text, name)
    assert (actor.name, actor.kind, actor.country) == (group, "group", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Not a subject: the states told are not the ones who speak.
        ("France told Germany and Italy that it would act.", "France"),
        # An apposition without a coordination is a description, not a list of states.
        ("Britain, a nuclear power, said it would act.", "Britain"),
        # A coordination with something that is not a state stays the state alone.
        ("Russia and the rebels agreed a truce.", "Russia"),
    ],
)
def test_other_actors_stay_as_they_are(nlp: Language, text: str, name: str) -> None:
    assert _widen(nlp, text, name).name == name


def test_offsets_into_another_text_are_left_alone(nlp: Language) -> None:
    actor = Actor(name="Spain", kind="state", text="Spain", start=40, end=45)
    assert widened(nlp("Spain and Italy agreed to send troops to Lebanon."), actor) == actor


@pytest.mark.parametrize(
    ("text", "predicate", "target"),
    [
        ("Canada announced retaliatory action with new duties on US steel.", "duty", "US"),
        ("The ministers agreed measures including an arms embargo on Syria.", "embargo", "Syria"),
    ],
)
def test_a_generic_act_is_read_as_the_act_it_comes_with(
    nlp: Language, text: str, predicate: str, target: str
) -> None:
    found = read_scope(list(nlp(text)), "indirect")
    frames = {f.frame.predicate: f for f in found}
    assert predicate in frames, [f.frame for f in found]
    assert frames[predicate].frame.arguments.get("target") == target
    assert frames[predicate].reading.polarity == "support"
    # "including" lists; it is no act of its own.
    assert "include" not in frames


def test_a_generic_act_refused_is_opposed(nlp: Language) -> None:
    found = read_scope(list(nlp("We reject any measures such as tariffs on China.")), "direct")
    tariffs = [f for f in found if f.frame.predicate == "tariff"]
    assert tariffs and tariffs[0].reading.polarity == "oppose"
