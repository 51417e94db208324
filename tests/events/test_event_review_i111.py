"""Review of i111's rules (vows.py, responsibility.py, platforms.py, coalitions.py): each
wrong record the review found, by kind, with the right cases that must stay. Sentences
composed for the test; the document date (2016-06-14) gives the actors' dated offices."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.pipeline import annotate_parsed
from cablegram.records import Document, Event, document_id

CodeFn = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def dated(events_nlp: Language) -> CodeFn:
    """The events of a text annotated in full, dated 2016-06-14."""

    def run(text: str) -> list[Event]:
        doc = Document(
            doc_id=document_id(text), source_path="test.txt", text=text, date="2016-06-14"
        )
        return annotate_parsed(doc, events_nlp(text)).events

    return run


def _of(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type]


def _name(actor: object) -> str | None:
    return getattr(actor, "name", None)


# -- 1. a vowed response keeps the answered attack, by its doer, and threatens that doer


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Egypt vowed a punishing response to the Hamas mortar attack on the crossing.", "Hamas"),
        ("Pakistan's prime minister vowed revenge for the Taliban assault on the army school.",
         "Taliban"),
    ],
)  # fmt: skip
def test_an_answered_attack_keeps_its_record(dated: CodeFn, text: str, doer: str) -> None:
    events = dated(text)
    assert {_name(e.source) for e in _of(events, "ASSAULT")} == {doer}
    threats = _of(events, "THREATEN")
    assert len(threats) == 1 and _name(threats[0].target) == doer


def test_an_attack_not_yet_done_is_no_record(dated: CodeFn) -> None:
    events = dated("Jordan promised a severe response to any Islamic State attack on its border.")
    assert not _of(events, "ASSAULT")
    assert len(_of(events, "THREATEN")) == 1


# -- 2, 3. a leader is one in office at the date, titled by a state, not by a body


@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton vowed revenge against her Republican rivals.",
        "Former Turkish prime minister Ahmet Davutoglu vowed revenge against the PKK.",
        "The French rugby federation president vowed revenge against the English side.",
        "The Nigerian football association chairman pledged retaliation against the referees.",
    ],
)
def test_no_leader_no_threat(dated: CodeFn, text: str) -> None:
    assert not _of(dated(text), "THREATEN")


def test_a_titled_minister_still_threatens(dated: CodeFn) -> None:
    threats = _of(dated("Egypt's defence minister vowed revenge against the gunmen."), "THREATEN")
    assert len(threats) == 1 and threats[0].source is not None
    assert threats[0].source.country == "EGY"


# -- 4, 5. a response of force answers an armed act or its doers, with force proper


@pytest.mark.parametrize(
    "text",
    [
        "Canada will respond to the threat of wildfires.",
        "Brazil will respond firmly to the American criticism.",
        "Spain will respond to France's move on fishing quotas.",
        "Greece will respond strongly to the Turkish proposal.",
        "The Italian prime minister promised a firm response to Berlin.",
        "Hungary vowed a tough reply to the European Union on migration.",
        "Austria vowed to respond firmly to the European Commission.",
        "The chancellor vowed to respond forcefully to the extremists who entered parliament.",
    ],
)
def test_a_response_of_talk_is_no_threat(dated: CodeFn, text: str) -> None:
    assert not _of(dated(text), "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "India will respond militarily to any raid across the border.",
        "Chile will respond in kind to the expulsion of its ambassador.",
    ],
)
def test_a_future_response_of_force_threatens(dated: CodeFn, text: str) -> None:
    assert len(_of(dated(text), "THREATEN")) == 1


# -- 6. "took responsibility" of an office is accountability, not authorship


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister took responsibility for the attack and resigned.",
        "The Nigerian government took responsibility for the air strike on the camp.",
        "The police commissioner assumed responsibility for the raid on the stadium.",
    ],
)
def test_an_office_taking_responsibility_did_no_attack(dated: CodeFn, text: str) -> None:
    assert all(e.source is None for e in _of(dated(text), "ASSAULT"))


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Al Qaeda took responsibility for the bombing of the embassy.", "al-Qaeda"),
        ("The insurgents said they had taken responsibility for the ambush.", "insurgents"),
    ],
)
def test_an_armed_group_taking_responsibility_attacked(dated: CodeFn, text: str, doer: str) -> None:
    assert {_name(e.source) for e in _of(dated(text), "ASSAULT")} == {doer}


# -- 7. a service acted on stays the target though a verb of saying is above


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("The ministry said it would impose new restrictions on Instagram.", "Instagram"),
        ("Analysts said China imposed a ban on WhatsApp.", "WhatsApp"),
    ],
)
def test_a_service_acted_on_under_saying_is_the_target(
    dated: CodeFn, text: str, service: str
) -> None:
    targets = {_name(e.target) for e in dated(text) if e.event_type != "ASSAULT"}
    assert service in targets


# -- 8. a led coalition's own dead were not killed by its lead state


@pytest.mark.parametrize(
    "text",
    [
        "A British soldier was killed in a British-led coalition raid on a village.",
        "Three Emirati troops were killed in a UAE-led coalition assault on the harbour.",
        "Five fishermen were killed during a Saudi-led coalition raid on the coast.",
    ],
)
def test_a_coalitions_own_dead_have_no_doer(dated: CodeFn, text: str) -> None:
    assert all(e.source is None for e in _of(dated(text), "ASSAULT"))


def test_others_killed_in_a_led_strike_are_the_lead_states(dated: CodeFn) -> None:
    events = dated("Nine farmers were killed in a Saudi-led coalition air strike on the market.")
    assert {e.source.country for e in _of(events, "ASSAULT") if e.source} == {"SAU"}
