"""Claims whose actor the sentence names as the holder of an attitude, and the speaker
fixes that go with them (sentences written for these tests, one kind each):

- wanting, readiness and plans stated with a noun or an adjective ("expressed a desire to",
  "made a formal offer to", "is ready to", "plans to"): the holder supports the act;
- a proposal or request from someone: its maker supports it, the one who rejects it opposes;
- leaving and blocking acts: against what they govern;
- offices "of" a state, and modal exclusions ("cannot be on the agenda").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram import nlp as nlp_stage
from cablegram.claims.read import read_scope, without_attribution
from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


def positions(found: list[Claim], predicate: str) -> dict[str, set[str]]:
    """Actor (country, or name) -> the polarities of its claims about ``predicate``."""
    out: dict[str, set[str]] = {}
    for claim in found:
        if claim.predicate == predicate:
            out.setdefault(claim.actor.country or claim.actor.name, set()).add(claim.polarity)
    return out


@pytest.mark.parametrize(
    ("text", "predicate", "holder"),
    [
        ("A spokesman said Ottawa plans to impose duties on steel imports.", "impose", "CAN"),
        ("The minister said Georgia has long expressed a desire to join the EU.", "join", "GEO"),
        (
            "Kenya would make a formal offer to send police officers to Haiti, the president said.",
            "send",
            "KEN",
        ),
        ("Officials said Norway is ready to send engineers to the region.", "send", "NOR"),
    ],
)
def test_a_named_holder_of_wanting_or_readiness_supports(
    claims: Annotate, text: str, predicate: str, holder: str
) -> None:
    assert positions(claims(text), predicate).get(holder) == {"support"}


def test_a_negated_desire_opposes_and_coordinated_states_hold_it_together(
    claims: Annotate,
) -> None:
    found = positions(claims("An envoy said Russia has no desire to join the talks."), "talk")
    assert found.get("RUS") == {"oppose"}
    text = "A spokesman said Spain, Italy and Greece are willing to take in the refugees."
    assert positions(claims(text), "take in") == {"Spain, Italy and Greece": {"support"}}


def test_reluctance_opposes_and_readiness_names_no_act(claims: Annotate) -> None:
    found = claims("Officials said Germany is reluctant to send troops to Ukraine.")
    assert positions(found, "send").get("DEU") == {"oppose"}
    found = claims("The minister said Italy has voiced its reluctance to send troops.")
    assert positions(found, "send").get("ITA") == {"oppose"}
    # The one who is ready is no act, and expressing a wish is not the act wished for.
    found = claims("Defence Minister Jan Novak said his country is ready to send troops.")
    assert not [c for c in found if c.predicate in ("country", "express")]
    found = claims("The officials said six nations have expressed their willingness to help.")
    assert not [c for c in found if c.predicate == "express"]


def test_coordinated_states_declaring_their_readiness_hold_it(claims: Annotate) -> None:
    text = "Chile, Peru and Brazil have declared their readiness to send doctors, the paper said."
    assert positions(claims(text), "send") == {"Chile, Peru and Brazil": {"support"}}


def test_the_maker_of_a_rejected_proposal_supports_it(claims: Annotate) -> None:
    text = "Berlin rejected a proposal from Poland's government to send tanks to Ukraine."
    assert positions(claims(text), "send") == {"DEU": {"oppose"}, "POL": {"support"}}
    text = "Beijing will not accept a proposal from Washington to cut tariffs, the ministry said."
    found = positions(claims(text), "cut")
    assert found.get("USA") == {"support"} and found.get("CHN") == {"oppose"}


def test_an_act_or_phase_names_no_holder(claims: Annotate) -> None:
    # Joining or beginning is no position on what is joined: no claim for Germany.
    text = "According to one source, Germany's joining the coalition of countries would help."
    assert "DEU" not in {c.actor.country for c in claims(text)}


def test_an_attitude_said_twice_is_read_once(claims: Annotate) -> None:
    found = claims('"Our answer is a veto against more money for the fund," the minister said.')
    assert {c.polarity for c in found if c.predicate == "money"} == {"oppose"}


def test_another_states_report_of_a_third_is_no_claim_of_the_third(claims: Annotate) -> None:
    # Moscow telling what Kyiv wants is Moscow's account, not Kyiv's position.
    assert positions(claims("Moscow says Kyiv wants to join NATO."), "join") == {}


def test_leaving_and_blocking_oppose_what_they_govern(claims: Annotate) -> None:
    text = "Hungary said it would withdraw from the fund for buying ammunition for Ukraine."
    assert positions(claims(text), "buy") == {"HUN": {"oppose"}}
    text = "The government said it would block funds meant to rebuild the port."
    found = claims(text)
    assert {c.polarity for c in found if c.predicate == "rebuild"} == {"oppose"}
    assert not [c for c in found if c.predicate == "mean"]
    # Withdrawing troops from a place is the act itself.
    found = claims("France will withdraw its troops from Chad, the president said.")
    assert {c.polarity for c in found if c.predicate == "withdraw"} == {"support"}


def test_money_stands_for_what_it_is_in(claims: Annotate) -> None:
    found = claims("Slovakia said it would block 20 billion euros in aid for Moldova.")
    aid = [c for c in found if c.predicate == "aid"]
    assert aid and aid[0].polarity == "oppose"
    assert dict(aid[0].arguments).get("beneficiary") == "Moldova"
    found = claims("Japan said it will provide $3 billion in loans to Kenya.")
    # (the pledge is also an event, AGREE, whose claim reads the same; the statement's is read)
    assert [
        (c.predicate, c.object)
        for c in found
        if c.predicate == "provide" and c.source_kind == "statement"
    ] == [("provide", "loan")]
    assert {c.object for c in found if c.predicate == "provide"} == {"loan"}


def test_an_office_of_a_state_speaks_for_it(claims: Annotate) -> None:
    found = claims("Sanctions must be lifted, the Foreign Minister of Serbia said.")
    assert positions(found, "lift") == {"SRB": {"support"}}
    found = claims("The defence ministers of Finland and Estonia said the border must be closed.")
    assert positions(found, "close") == {"Finland and Estonia": {"support"}}


def test_a_modal_exclusion_is_an_asserted_opposition(claims: Annotate) -> None:
    found = claims("Talks with the rebels cannot be on the agenda, the minister said.")
    talks = [c for c in found if c.predicate == "talk"]
    assert talks and all(c.polarity == "oppose" and c.modality == "asserted" for c in talks)
    found = claims("The minister added that no deadlines for the talks should be set.")
    deadlines = [c for c in found if c.predicate == "set"]
    assert deadlines and all(c.polarity == "oppose" for c in deadlines)
    assert all(c.modality == "asserted" for c in deadlines)
    # "The question of X" is about X.
    found = claims("The question of Georgia's membership cannot be on the agenda, he said.")
    membership = [c for c in found if c.predicate == "membership"]
    assert membership and membership[0].polarity == "oppose"
    assert dict(membership[0].arguments).get("about") == "Georgia"
    assert not [c for c in found if c.predicate == "question"]


def test_an_attitude_cue_of_the_statement_is_read(claims: Annotate) -> None:
    # The statement is "a plan to deploy troops"; its cue "rejected" opposes the plan's act.
    found = claims("Madrid rejected a plan to deploy troops to the border.")
    assert {c.polarity for c in found if c.predicate == "deploy"} == {"oppose"}


def test_the_attribution_inside_a_statement_is_not_an_account() -> None:
    # Words given whole, attribution and all: what the speaker said is below the cue.
    nlp = nlp_stage.load()
    text = "New sanctions cannot be on the agenda, the Foreign Minister of Austria said."
    doc = nlp(text)
    at = text.index("Foreign Minister")
    kept = without_attribution(list(doc), (at, at + len("Foreign Minister")))
    assert " ".join(t.text for t in kept) == "New sanctions can not be on the agenda"
    found = read_scope(kept, "indirect")
    assert [(f.frame.predicate, f.reading.polarity) for f in found] == [("sanction", "oppose")]
    # A speaker outside the words leaves them as they are.
    assert without_attribution(list(doc)[:8], (at, at + 5)) == list(doc)[:8]
