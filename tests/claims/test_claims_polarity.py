"""Claims read from the parse: frames, scoped negation, attitudes, denials, refusals.

Each kind has the issue's example and sentences written for the test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.claims.read import FoundClaim, read_scope

Read = Callable[[str], list[FoundClaim]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


@pytest.fixture(scope="module")
def read(nlp: Language) -> Read:
    def run(text: str, source: str = "direct") -> list[FoundClaim]:
        return read_scope(list(nlp(text)), source)

    return run


def polarity(found: list[FoundClaim], predicate: str) -> str | None:
    """The polarity of the claim whose predicate (or, for nominal frames, head) is given."""
    hits = [f for f in found if f.frame.predicate == predicate]
    assert len(hits) <= 1, hits
    return hits[0].reading.polarity if hits else None


def test_predicate_and_arguments_come_from_the_parse(read: Read) -> None:
    send = next(f for f in read("We will send troops to Iraq.") if f.frame.predicate == "send")
    assert (send.frame.object, send.frame.arguments) == ("troop", {"place": "Iraq"})
    impose = read("The EU will impose sanctions on Russia.")[0].frame
    assert (impose.predicate, impose.object, impose.arguments) == (
        "impose",
        "sanction",
        {"target": "Russia"},
    )
    # A place that is no name ("the country") is no argument; a date is no place.
    assert read("France must withdraw troops from the country.")[0].frame.arguments == {}
    recognise = read("Malta will recognise the state of Palestine in September.")[0].frame
    assert "September" not in recognise.arguments.values()


def test_negation_is_scoped_to_the_predicate_it_governs(read: Read) -> None:
    # The example: "will not stand idly by" does not negate the sanctions.
    found = read("The UK will not stand idly by, announcing sanctions on Russia.")
    assert polarity(found, "stand") == "oppose"
    assert polarity(found, "sanction") == "support"
    found = read("We will not sit on our hands while we impose sanctions on Iran.")
    assert polarity(found, "impose") == "support"
    assert polarity(read("We are not sending any soldiers to Iraq."), "send") == "oppose"
    assert polarity(read("France had no plans to send troops to Iraq."), "send") == "oppose"
    # A negation on one conjunct with its own subject stays there.
    found = read("We will not send troops, but we will impose sanctions.")
    assert (polarity(found, "send"), polarity(found, "impose")) == ("oppose", "support")


@pytest.mark.parametrize(
    "text",
    [
        "Iran condemned as 'unjustifiable' the reinstatement of sanctions.",
        "We condemn the deployment of troops.",
        "Berlin rejected the plan to deploy troops.",
        "The government refused to send troops.",
        "Paris ruled out sending troops.",
        "Sanctions against Russia are counterproductive.",
        "Sending troops would be a mistake.",
        "We voted against the ceasefire.",
        "Madrid opposes the invasion.",
    ],
)
def test_attitudes_against(read: Read, text: str) -> None:
    found = [f for f in read(text) if f.frame.predicate not in ("vote",)]
    assert found and found[-1].reading.polarity == "oppose", [(f.frame, f.reading) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "We call for an immediate ceasefire in Gaza.",
        "We urge the EU to impose sanctions on Russia.",
        "Ottawa welcomed the deployment of peacekeepers.",
        "We support sanctions on Iran.",
        "Britain backs the withdrawal of troops.",
        "The minister announced new sanctions on Russia.",
        "The army carried out the withdrawal.",
    ],
)
def test_attitudes_for(read: Read, text: str) -> None:
    found = read(text)
    assert found and all(f.reading.polarity == "support" for f in found), [
        (f.frame, f.reading) for f in found
    ]


def test_a_refusal_of_a_demand_opposes_what_was_demanded(read: Read) -> None:
    # The example, with the demand on the speaker before it.
    found = read(
        "Some countries are pressurising us to go for a ceasefire, "
        "but we will not bow to calls for a truce."
    )
    assert polarity(found, "truce") == "oppose"
    # Someone else's demand on the speaker is not the speaker's position.
    assert polarity(found, "ceasefire") is None
    assert polarity(read("We rejected calls for a ceasefire."), "ceasefire") == "oppose"
    assert polarity(read("Kyiv will not give in to demands for talks."), "talk") == "oppose"


def test_a_report_is_not_a_position_and_a_denied_one_opposes(read: Read) -> None:
    # The example: reading a report is no support for what it reports.
    assert read("I read that we were sending 10,000 troops to the Middle East.") == []
    denied = read("I read that we were sending 10,000 troops to the Middle East. That's false.")
    assert polarity(denied, "send") == "oppose" and denied[0].reading.denial
    assert read("Some say we should send troops.") == []
    assert polarity(read("I heard we are deploying soldiers. It is not true."), "deploy") == (
        "oppose"
    )


def test_modality_and_reported_would(read: Read) -> None:
    assert read("We will send troops.")[0].reading.modality == "future"
    assert read("We would send troops if asked.")[0].reading.modality == "hypothetical"
    # Reported speech shifts "will" back: "Budapest would veto" is Budapest's future.
    assert read("Budapest would veto the sanctions", "indirect")[0].reading.modality == "future"
    direct = read("We would send troops.", "direct")[0]
    assert direct.reading.modality == "hypothetical" and direct.confidence < 0.6


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Sending troops to Mali is out of the question.", "send"),
        ("New sanctions on Iran are off the table.", "sanction"),
        ("Membership in the alliance cannot be on the agenda.", "membership"),
    ],
)
def test_put_off_the_agenda_is_opposed(read: Read, text: str, predicate: str) -> None:
    assert polarity(read(text), predicate) == "oppose"


def test_on_the_agenda_alone_is_no_claim_and_a_double_negation_supports(read: Read) -> None:
    assert polarity(read("Sanctions are on the table."), "sanction") is None
    assert polarity(read("Sanctions on Iran are not off the table."), "sanction") == "support"


def test_a_coordinated_verb_shares_the_subject_not_the_attitude(read: Read) -> None:
    found = read("Our country opposes new tariffs and won't send any weapons or troops to Kyiv.")
    sends = {f.frame.object: f.reading.polarity for f in found if f.frame.predicate == "send"}
    # "opposes" does not reach "send": one negation, so against; both objects.
    assert sends == {"weapon": "oppose", "troop": "oppose"}
    found = read("They rejected the deal and sent troops.")
    assert (polarity(found, "deal"), polarity(found, "send")) == ("oppose", "support")
    # A negation before coordinated verbs still covers both.
    found = read("We will not send troops or impose sanctions.")
    assert (polarity(found, "send"), polarity(found, "impose")) == ("oppose", "oppose")


def test_a_clause_before_a_colon_is_a_sentence_of_its_own(read: Read) -> None:
    found = read("We must protect our farmers: new sanctions cannot be on the agenda.")
    assert polarity(found, "protect") == "support"
    assert polarity(found, "sanction") == "oppose"
