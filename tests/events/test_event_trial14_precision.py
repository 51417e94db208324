"""Trial-14 precision kinds (issue 11, round 12, i100): a forecast told as a warning, a war or
a "whose" phrase read as an actor, an absolute clause's act credited to the sentence's
subject. Sentences written for the tests; each first group fails without its rule, each
second group guards the rule's limits."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.events.patterns import load_patterns
from cablegram.events.subjects import absolute_subject, verb_subject
from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _kinds(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


# --- a warning of what may happen, whose clause has no "that" or a threat verb -------------


@pytest.mark.parametrize(
    "text",
    [
        "Retired Pakistani generals urged Sharif last month to drop the plan, warning they "
        "could undermine the war against the Pakistani Taliban, whose chief was killed in a "
        "drone strike in May.",
        "Indian bankers had warned the new tax would force them to cut jobs.",
        "Egyptian farmers had warned the ban would ruin their harvest.",
        "Spanish hoteliers have warned the strike could cost them millions.",
        "Turkish exporters warned the embargo might hurt their sales.",
    ],
)
def test_a_forecast_told_as_a_warning_is_no_act(resolved: CodeFn, text: str) -> None:
    """``warned-of-their-threat`` no longer reads a clause that only may happen as a
    charge, and ``warned-object-as-subject`` finds the clause's subject hung on "warn"."""
    kinds = _kinds(resolved(text))
    assert "THREATEN" not in kinds and "ACCUSE" not in kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("North Korea warned that it could strike Seoul within hours.", "THREATEN"),
        ("Japan warned China would face serious consequences.", "THREATEN"),
        ("Germany warned Russia not to send troops into Ukraine.", "THREATEN"),
        ("Russia warned that the new bases threaten peace in Europe.", "ACCUSE"),
        ("Sudan warned Kenya it would pay a heavy price.", "THREATEN"),
    ],
)
def test_threats_and_charges_in_warnings_stay(code: CodeFn, text: str, kind: str) -> None:
    assert kind in _kinds(code(text))


# --- a war, or a phrase owned by "whose", is no actor ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's civil war has killed 300,000 people since 2003.",
        "The five-year Libyan conflict has killed thousands of civilians.",
        "Iraq's sectarian violence killed 40 people in March.",
    ],
)
def test_a_war_is_no_doer(resolved: CodeFn, text: str) -> None:
    assert not [e for e in resolved(text) if e.event_type == "ASSAULT" and e.source]


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese troops killed 30 rebels near the border.",
        "Russian air strikes killed 20 people in Idlib on Sunday.",
        "Syria's army has killed dozens of rebels near Aleppo.",
    ],
)
def test_forces_and_strikes_keep_their_doer(resolved: CodeFn, text: str) -> None:
    assert [e for e in resolved(text) if e.event_type == "ASSAULT" and e.source]


@pytest.mark.parametrize(
    "text",
    [
        "German diplomats urged Merkel to delay the sale, warning the deal could undermine "
        "the fight against Islamic State, whose fighters attacked Kobani in 2014.",
        "Kenyan police arrested members of the Somali group al Shabaab, whose leader was "
        "killed in a U.S. air strike last year.",
        "Police in Istanbul seized a newspaper run by a religious movement whose leader the "
        "government accuses of plotting a coup.",
    ],
)
def test_a_whose_phrase_is_no_actor(resolved: CodeFn, text: str) -> None:
    for event in resolved(text):
        for actor in (event.source, event.target):
            assert actor is None or "whose" not in actor.text.lower()


# --- an absolute clause has its own subject -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Pakistan has become a target for the Taliban, with two bombings in 2014 blamed on "
         "the militant group, the latter killing 140 children.", "latter"),
        ("Rebels shelled the town on Sunday, one of them killing five civilians.", "one"),
        ("Protesters marched on the ministry, some of them attacking the police.", "some"),
    ],
)  # fmt: skip
def test_an_absolute_clause_has_its_own_subject(
    events_nlp: Language, text: str, subject: str
) -> None:
    (verb,) = [t for t in events_nlp(text) if t.tag_ == "VBG" and t.dep_ == "advcl"]
    own = absolute_subject(verb)
    assert own is not None and own.text == subject
    assert verb_subject(verb, load_patterns()) == own


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian police fired on the crowd in Cairo, killing three people.",
        "Turkish jets struck Kurdish positions on Sunday, killing 20 fighters.",
        "The army retook the town, its soldiers arresting dozens of militants.",
    ],
)
def test_a_bare_participle_keeps_the_clause_subject(events_nlp: Language, text: str) -> None:
    (verb,) = [t for t in events_nlp(text) if t.tag_ == "VBG" and t.dep_ == "advcl"]
    assert absolute_subject(verb) is None


# --- a measure ended is no act of the measure -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Japan ended its sanctions against Iran on Monday.",
        "The European Union likewise ended all economic sanctions against Belarus.",
        "Canada has waived most of its sanctions on Cuba.",
        "Norway removed its sanctions against Russia.",
    ],
)
def test_a_measure_ended_is_not_imposed(resolved: CodeFn, text: str) -> None:
    """``lifted-act`` reads the object of a verb of ending as the act ended."""
    assert "SANCTION" not in _kinds(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "The European Union extended sanctions against Russia on Friday.",
        "Britain imposed sanctions on Syria in May.",
        "The EU imposed most of its sanctions on Russia in 2014.",
    ],
)
def test_a_measure_imposed_or_extended_stays(resolved: CodeFn, text: str) -> None:
    assert "SANCTION" in _kinds(resolved(text))
