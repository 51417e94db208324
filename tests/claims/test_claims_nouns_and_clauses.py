"""Frames and holders the parser hides in nouns and clauses (sentences written for these
tests, one kind each):

- a measure is no object ("a 90-day truce" is about the truce, not days);
- an act noun an attitude noun is named after ("the truce proposal", "a ceasefire deal");
- a state named before an attitude noun holds it ("French requests to deploy");
- a person whose mention gives a state and an office speaks for the state;
- recognising a name's independence is recognising the name;
- an infinitive the parser hangs on the verb belongs to the attitude noun before it
  ("would not approve their bids to join");
- becoming what a noun names ("to become an EU member") is about that noun's act.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.claims.holders import holder_actor
from cablegram.claims.read import FoundClaim, read_holders, read_scope
from cablegram.records import Claim

Read = Callable[[str], list[FoundClaim]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


@pytest.fixture(scope="module")
def read(nlp: Language) -> Read:
    def run(text: str) -> list[FoundClaim]:
        return read_scope(list(nlp(text)), "direct")

    return run


def frame(found: list[FoundClaim], predicate: str) -> FoundClaim:
    hits = [f for f in found if f.frame.predicate == predicate]
    assert hits, [f.frame for f in found]
    return hits[0]


def test_a_measure_is_no_object(read: Read) -> None:
    truce = frame(read("We want a 90-day truce in Yemen."), "truce")
    assert (truce.frame.object, truce.frame.arguments) == (None, {"place": "Yemen"})
    assert truce.reading.polarity == "support"


@pytest.mark.parametrize(
    ("text", "act", "polarity"),
    [
        ("Norway welcomed the truce proposal.", "truce", "support"),
        ("Moscow dismissed the truce plan.", "truce", "oppose"),
        ("The cabinet rejected the sanctions plan.", "sanction", "oppose"),
    ],
)
def test_an_attitude_noun_named_after_an_act(
    read: Read, text: str, act: str, polarity: str
) -> None:
    assert frame(read(text), act).reading.polarity == polarity


def test_a_state_before_an_attitude_noun_holds_it(nlp: Language) -> None:
    doc = nlp("Oman rejected French requests to deploy warships to the Red Sea.")
    held = {
        (a.country, f.frame.predicate, f.reading.polarity)
        for a, f in read_holders(list(doc), "event")
    }
    assert ("FRA", "deploy", "support") in held
    assert ("OMN", "deploy", "oppose") in held
    # A noun before it may be what the proposal is about: no holder is guessed.
    doc = nlp("Oman rejected the Yemen truce proposal.")
    assert all(a.country != "YEM" for a, _ in read_holders(list(doc), "event"))


def test_a_titled_person_speaks_for_the_state(nlp: Language) -> None:
    doc = nlp("Officials rejected Kenyan President William Ruto's call for talks.")
    ruto = next(t for t in doc if t.text == "Ruto")
    actor = holder_actor(ruto)
    assert actor is not None and (actor.kind, actor.country) == ("person", "KEN")
    # Without an office the name is left to actor resolution.
    doc = nlp("Officials rejected William Ruto's call for talks.")
    assert holder_actor(next(t for t in doc if t.text == "Ruto")) is None


def test_recognising_a_names_independence(read: Read) -> None:
    recognise = frame(read("Ghana recognised Somaliland's independence."), "recognise")
    assert recognise.frame.object is None
    assert recognise.frame.arguments.get("about") == "Somaliland"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Austria will not approve their bids to join NATO.", "oppose"),
        ("Austria will approve their bids to join NATO.", "support"),
    ],
)
def test_an_infinitive_hung_on_the_verb_belongs_to_the_noun(
    read: Read, text: str, polarity: str
) -> None:
    assert frame(read(text), "join").reading.polarity == polarity


def test_becoming_what_a_noun_names(read: Read) -> None:
    member = frame(read("Georgia hopes to become an EU member."), "member")
    assert member.frame.arguments.get("about") == "EU"
    assert member.reading.polarity == "support"
    member = frame(read("Tbilisi refused to become the 30th member of the alliance."), "member")
    assert member.reading.polarity == "oppose"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        (
            "Hungary will launch legal action against the commission over its plan to cap prices.",
            "oppose",
        ),
        ("Hungary will launch a campaign over its plan to cap prices.", "support"),
    ],
)
def test_what_an_act_against_someone_is_over(read: Read, text: str, polarity: str) -> None:
    assert frame(read(text), "cap").reading.polarity == polarity


def test_being_disappointed_by_an_act(read: Read) -> None:
    found = read("We are deeply disappointed that Chile decided to leave the pact.")
    assert frame(found, "leave").reading.polarity == "oppose"


def test_the_press_telling_a_states_course(claims: Callable[[str], list[Claim]]) -> None:
    found = claims("Norway will not impose a fishing ban on Iceland, Reuters reported.")
    ban = [c for c in found if c.object == "ban" or c.predicate == "impose"]
    assert {(c.actor.country, c.polarity) for c in ban} == {("NOR", "oppose")}


def test_an_event_is_not_read_through_anothers_attitude(
    claims: Callable[[str], list[Claim]],
) -> None:
    found = claims(
        "Peru said it was disappointed that Chile had decided to withdraw its ambassador."
    )
    chile = {c.polarity for c in found if c.actor.country == "CHL" and c.predicate == "withdraw"}
    assert "oppose" not in chile


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch defence ministry ruled out sending troops to Chad.",
        "Vienna refused sending soldiers to Chad.",
    ],
)
def test_a_gerund_the_parser_makes_a_clause_of_its_own(
    claims: Callable[[str], list[Claim]], text: str
) -> None:
    send = [c for c in claims(text) if c.predicate == "send"]
    assert send and {c.polarity for c in send} == {"oppose"}


def test_no_intention_of_doing_is_held_by_the_state(
    claims: Callable[[str], list[Claim]],
) -> None:
    found = claims("Belgium has no intention of sending troops to Chad, a spokesman said.")
    send = {(c.actor.country, c.polarity) for c in found if c.predicate == "send"}
    assert send == {("BEL", "oppose")}


def test_a_negated_existence_refuses_it(read: Read) -> None:
    assert frame(read("There will be no truce with the rebels."), "truce").reading.polarity == (
        "oppose"
    )
    assert all(f.frame.predicate != "truce" for f in read("There is a truce in the north."))


def test_the_doing_of_an_act_named_by_its_of(read: Read) -> None:
    found = read("Ghana welcomed the announcement of a truce in Togo.")
    truce = frame(found, "truce")
    assert (truce.frame.arguments, truce.reading.polarity) == ({"place": "Togo"}, "support")


def test_an_official_of_no_named_state_tells_the_states_course(
    claims: Callable[[str], list[Claim]],
) -> None:
    found = claims("Turkey will not join sanctions against Laos, its foreign minister said.")
    sanctions = {(c.actor.country, c.polarity) for c in found if c.predicate == "sanction"}
    assert ("TUR", "oppose") in sanctions


def test_states_listed_in_apposition_speak_each(claims: Callable[[str], list[Claim]]) -> None:
    found = claims(
        "Three EU nations - Austria, Malta and Cyprus - have called for a truce in Yemen."
    )
    truce = [c for c in found if c.predicate == "truce"]
    assert truce and all(c.actor.kind != "organization" for c in truce)
    named = " ".join(c.actor.name for c in truce)
    assert all(state in named for state in ("Austria", "Malta", "Cyprus"))


def test_a_trigger_noun_naming_its_source_is_read_up_to_itself(
    claims: Callable[[str], list[Claim]],
) -> None:
    found = claims("Iran vowed to retaliate against EU sanctions on Iranian banks.")
    eu = {c.polarity for c in found if c.predicate == "sanction" and c.actor.country != "IRN"}
    assert "oppose" not in eu
    iran = {c.polarity for c in found if c.predicate == "sanction" and c.actor.country == "IRN"}
    assert iran == {"oppose"}


def test_resisting_pressure_to_act(claims: Callable[[str], list[Claim]]) -> None:
    found = claims("Seoul has so far resisted pressure to sanction Iran.")
    assert {(c.actor.country, c.polarity) for c in found if c.predicate == "sanction"} == {
        ("KOR", "oppose")
    }


def test_denying_reports_of_an_act(claims: Callable[[str], list[Claim]]) -> None:
    found = claims("Canada denied reports that it was preparing sanctions on Cuba.")
    assert {(c.actor.country, c.polarity) for c in found if c.predicate == "sanction"} == {
        ("CAN", "oppose")
    }
