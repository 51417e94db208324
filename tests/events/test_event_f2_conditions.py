"""Round 16 (f2): acts told as a lasting condition or an open question, removals from office,
a weapon's nationality, and a verb misjoined to the main clause. Sentences written for the
tests: members of each kind, and near misses that must stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.events.coder import TriggerTrace
from cablegram.records import Event

CodeFn = Callable[..., list[Event]]
TraceFn = Callable[[str], list[TriggerTrace]]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The fate of the truce between Armenia and Azerbaijan remains uncertain.", "truce"),
        ("The future of the peace talks between Russia and Ukraine looks bleak.", "talks"),
        ("The Russian-brokered ceasefire in Libya remains fragile.", "ceasefire"),
        ("Kenya's truce with the herders is in serious doubt.", "truce"),
        ("Diplomats in Cairo questioned the ceasefire's durability.", "ceasefire"),
        ("The Sudanese truce now teeters on the verge of collapse.", "truce"),
        ("The Egyptian-brokered truce between Israel and Hamas held through the night.", "truce"),
    ],
)
def test_act_noun_as_a_condition_is_no_act(traced: TraceFn, text: str, trigger: str) -> None:
    # blocker ``state-of-affairs`` (events/conditions.py)
    blocked = {t.trigger: t.blocked for t in traced(text)}
    assert blocked.get(trigger) == "state-of-affairs"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # near misses: the act itself is told
        ("Syria declared a ceasefire on Monday.", "RETREAT"),
        ("Russia and Ukraine held peace talks in Istanbul.", "CONSULT"),
        # a war's length tells a war waged, no condition
        ("Turkey's offensive against the Kurdish militias lasted three weeks.", "ASSAULT"),
    ],
)
def test_act_told_as_done_stays(resolved: CodeFn, text: str, kind: str) -> None:
    assert kind in {e.event_type for e in resolved(text)}


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear who fired the rockets at the Israeli town.",
        "No one knows how many Russian soldiers took part in the assault on the village.",
        "It is not known which group carried out the bombing of the Pakistani army base.",
        "Neither the army nor the police said which group carried out the Kabul bombing.",
    ],
)
def test_act_in_open_question_is_not_coded(resolved: CodeFn, text: str) -> None:
    # blocker ``open-question`` (events/conditions.py)
    assert resolved(text) == []


def test_question_phrase_is_no_actor(resolved: CodeFn) -> None:
    # filter ``question-phrase``: "how many fighters" names nobody
    text = "Officials are still counting how many fighters joined the French operation."
    assert not [e for e in resolved(text) if e.source is not None and "how" in e.source.text]


def test_relative_pronoun_is_no_question(resolved: CodeFn) -> None:
    # near miss of ``question-phrase``: "who" opening a relative clause stands for its noun
    events = resolved("The Kurdish rebels, who attacked the Turkish town on Monday, fled.")
    assert any(e.event_type == "ASSAULT" and e.source is not None for e in events)


def test_reason_of_a_told_act_stays(resolved: CodeFn) -> None:
    # near miss: "why" takes the act as done
    events = resolved("It is unclear why Russia attacked the Ukrainian village.")
    assert any(e.event_type == "ASSAULT" and e.source and e.source.country == "RUS" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish government dismissed more than 2,000 judges after the coup attempt.",
        "Thousands of police officers were dismissed from the Interior Ministry by Ankara.",
        "The Kenyan president sacked four ministers on Tuesday.",
    ],
)
def test_removal_from_office_is_no_rejection(resolved: CodeFn, text: str) -> None:
    # type rule ``dismissed-from-office`` (events/dismissals.py)
    assert "REJECT" not in {e.event_type for e in resolved(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Kenyan government dismissed the opposition's demands for a recount.", "REJECT"),
        ("Egypt dismissed the proposal from Ethiopia.", "REJECT"),
        ("Venezuela's government dismissed Guaido as a puppet of Washington.", "ACCUSE"),
    ],
)
def test_dismissed_proposal_stays(resolved: CodeFn, text: str, kind: str) -> None:
    assert kind in {e.event_type for e in resolved(text)}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two soldiers were wounded by Lebanese rockets fired across the border.", "LBN"),
        ("Two soldiers were killed by Russian missiles near Kharkiv.", "RUS"),
        ("Five villagers were wounded by Palestinian mortars.", "PSE"),
    ],
)
def test_weapon_nationality_gives_country_not_government(
    resolved: CodeFn, text: str, country: str
) -> None:
    # rewrite ``weapon-nationality`` (events/weapon_owners.py)
    sources = [e.source for e in resolved(text) if e.source is not None]
    assert sources and all(s.country == country and s.role is None for s in sources)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # near misses: a state force, or the state as owner, is named
        ("Four civilians were killed by Syrian army rockets.", "SYR"),
        ("Four civilians were killed by Israel's missiles.", "ISR"),
        ("Four civilians were killed by Israeli warplanes.", "ISR"),
    ],
)
def test_state_force_weapon_keeps_government(resolved: CodeFn, text: str, country: str) -> None:
    sources = [e.source for e in resolved(text) if e.source is not None]
    assert any(s.country == country and s.role == "GOV" for s in sources)


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the verb on the main clause with no subject of its own
        "Turkey mourned its victims on Sunday after Kurds outraged by the killing of "
        "President Erdogan's rival marched in Istanbul.",
        "Egypt counted its dead on Saturday after Islamists enraged by the removal of "
        "President Mohamed Mursi took to the streets.",
        # the parser gives the verb a second subject inside the participle
        "Kenya counted its dead after Somalis enraged by the detention of President "
        "Mohamed Farmajo marched in Nairobi.",
    ],
)
def test_protest_source_is_the_subject_head(resolved: CodeFn, text: str) -> None:
    # subject rules ``misjoined-conjunct`` and ``modifier-split-subject`` (events/misjoined.py):
    # never the main clause's subject, nor a name inside the subject's participle
    for event in resolved(text):
        if event.event_type == "PROTEST":
            assert event.source is None or event.source.role != "GOV"


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        # near misses: a second verb joined by "and" keeps the first verb's subject
        ("Egypt counted its dead on Saturday and protested to Israel.", "ACCUSE", "EGY"),
        (
            "France recalled its ambassador after Turkey attacked the Kurdish town, and "
            "condemned the raid.",
            "ACCUSE",
            "FRA",
        ),
    ],
)
def test_joined_verb_keeps_shared_subject(
    resolved: CodeFn, text: str, kind: str, country: str
) -> None:
    events = resolved(text)
    assert any(e.event_type == kind and e.source and e.source.country == country for e in events)
