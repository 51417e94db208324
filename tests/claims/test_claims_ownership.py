"""Another's act in someone's words is not the speaker's position (sentences written for
these tests): dropped, never read as the speaker's support or opposition."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.claims.ownership import own_side
from cablegram.claims.read import FoundClaim, read_scope
from cablegram.records import Actor

ZELENSKY = Actor("Volodymyr Zelensky", "person", "Zelensky", "UKR", "GOV", "president")
JUNTA = Actor("Niger's military junta", "group", "the junta", "NER", "MIL", "junta")
SEJOURNE = Actor("Stéphane Séjourné", "person", "Sejourne", "FRA", "GOV", "foreign minister")
ORBAN = Actor("Viktor Orbán", "person", "Orban", "HUN", "GOV", "prime minister")
BIDEN = Actor("Joe Biden", "person", "Biden", "USA", "GOV", "president")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def claims(nlp: Language, text: str, speaker: Actor, part: str | None = None) -> list[FoundClaim]:
    """The claims of the speaker's words: all of ``text``, or only ``part`` of it."""
    doc = nlp(text)
    tokens = list(doc)
    if part is not None:
        at = text.index(part)
        span = doc.char_span(at, at + len(part), alignment_mode="expand")
        assert span is not None
        tokens = list(span)
    return read_scope(tokens, "direct", own=own_side(speaker))


def predicates(found: list[FoundClaim]) -> dict[str, str]:
    return {f.frame.predicate: f.reading.polarity for f in found}


@pytest.mark.parametrize(
    ("text", "speaker", "predicate"),
    [
        # Another state's act, told by the speaker: no position of the speaker's.
        ("Russia invaded Ukraine in February.", ZELENSKY, "invade"),
        # Another state's officials, named by its adjective: their request is theirs.
        (
            "The Ukrainian authorities did not ask his country to send troops.",
            SEJOURNE,
            "send",
        ),
        # A named person other than the speaker.
        ("Vladimir Putin will never give up Crimea.", ZELENSKY, "give up"),
    ],
)
def test_another_actors_act_is_no_claim_of_the_speaker(
    nlp: Language, text: str, speaker: Actor, predicate: str
) -> None:
    assert predicate not in predicates(claims(nlp, text, speaker))


@pytest.mark.parametrize(
    ("text", "speaker", "predicate", "polarity"),
    [
        # The speaker's own state by its capital.
        ("Budapest will veto the sanctions.", ORBAN, "sanction", "oppose"),
        # The speaker's attitude toward another's act is the speaker's position.
        ("We urge France to withdraw its troops.", JUNTA, "withdraw", "support"),
        ("We condemn the decision of Russia to annex Crimea.", ZELENSKY, "annex", "oppose"),
        # A group of states speaks for each of them.
        (
            "Britain will recognise Palestine.",
            Actor("UK, Australia and Canada", "group", "they", None, "GOV"),
            "recognise",
            "support",
        ),
        # Another's negation or refusal is not the speaker's, and the speaker's own
        # request or offer states the speaker's position: the junta wants the troops to
        # leave, Washington offered to lift sanctions.
        (
            "France was not adhering to our request that the troops leave.",
            JUNTA,
            "leave",
            "support",
        ),
        ("Iran rejected our offer to lift sanctions.", BIDEN, "lift", "support"),
        ("Paris ignored its demand that the soldiers depart.", JUNTA, "depart", "support"),
        # Pronouns and common nouns are the speaker's side.
        ("The government will not send troops.", BIDEN, "send", "oppose"),
    ],
)
def test_the_speakers_own_side_and_attitudes_stay(
    nlp: Language, text: str, speaker: Actor, predicate: str, polarity: str
) -> None:
    assert predicates(claims(nlp, text, speaker)).get(predicate) == polarity


def test_a_demanding_cue_makes_anothers_act_the_speakers_demand(nlp: Language) -> None:
    text = "The junta demanded that France withdraw its troops at once."
    found = claims(nlp, text, JUNTA, part="France withdraw its troops at once")
    assert predicates(found).get("withdraw") == "support"
    # Without the demand, France's withdrawal told by the junta is no claim of the junta's.
    text = "The junta said that France withdrew its troops at once."
    found = claims(nlp, text, JUNTA, part="France withdrew its troops at once")
    assert "withdraw" not in predicates(found)
