"""Positions the writer's words give a named holder outside any quote; an action noun's
possessor as its doer; a predicted effect as no course of action.

Sentences written for the test; each kind has members the rules were not written from.
"""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Claims = Callable[[str], list[Claim]]


def held(found: list[Claim], predicate: str) -> set[tuple[str | None, str]]:
    return {
        (c.actor.country or c.actor.name, c.polarity) for c in found if c.predicate == predicate
    }


def test_an_attitude_noun_in_the_writers_words_gives_its_holder_a_position(
    claims: Claims,
) -> None:
    # The proposal's holder is named outside the officials' words: it is the writer's
    # account of the US position, cited by the sentence's statement.
    found = claims(
        "In response to a US proposal for a truce in Sudan, Egyptian officials have "
        "expressed doubts, stressing the need for guarantees."
    )
    assert ("USA", "support") in held(found, "truce")
    assert all(c.source_kind in ("statement", "event") for c in found)
    found = claims(
        "Amid Norway's opposition to the new drilling licences, Danish ministers said "
        "the talks would continue."
    )
    assert ("NOR", "oppose") in held(found, "licence")


def test_an_organisations_proposal_named_by_a_states_speaker_is_the_organisations(
    claims: Claims,
) -> None:
    found = claims(
        "The Dutch finance minister voiced strong disagreement with the European "
        "Commission's proposal to seize Russian assets."
    )
    assert ("NLD", "oppose") in held(found, "seize")
    assert ("European Commission", "support") in held(found, "seize")
    # Another state's wish as a state's speaker tells it stays that speaker's report.
    found = claims("Moscow says Kyiv's bid to join NATO is a provocation.")
    assert ("UKR", "support") not in held(found, "join")


def test_the_possessor_of_an_action_noun_with_an_of_phrase_is_its_doer(
    claims: Claims,
) -> None:
    found = claims("Japan's foreign minister praised the EU's designation of Hezbollah.")
    designations = [c for c in found if c.predicate == "designation"]
    assert designations
    assert all(dict(c.arguments).get("about") == "Hezbollah" for c in designations)
    found = claims("Serbia condemned Germany's recognition of Kosovo.")
    recognitions = [c for c in found if c.predicate == "recognition" and c.actor.country == "SRB"]
    assert recognitions
    assert all(dict(c.arguments).get("about") == "Kosovo" for c in recognitions)
    # Without an "of", the possessor is what the act is about: "Romania's accession".
    found = claims("Germany welcomed Romania's accession to the Schengen area.")
    assert {dict(c.arguments).get("about") for c in found if c.predicate == "accession"} == {
        "Romania"
    }


def test_a_predicted_effect_of_an_act_is_no_course_of_action(claims: Claims) -> None:
    # "undermine the euro" is what the act would do, not something the speaker backs.
    found = claims("Italy warned that using the assets would undermine the euro.")
    assert held(found, "undermine") == set()
    found = claims("Spain said that raising the tariffs would hurt farmers.")
    assert held(found, "hurt") == set()
    # An actor's own act keeps its frame: "Russia will damage" is Russia's, an act.
    found = claims("Poland said it would strengthen its border defences.")
    assert ("POL", "support") in held(found, "strengthen")


def test_an_attitude_given_up_is_read_through_its_possessive_pronoun(claims: Claims) -> None:
    # The event is coded on the noun ("its veto"), its source being the pronoun: the verb
    # that gives the veto up is read too, not the veto alone (which would oppose).
    found = claims("Austria lifted its veto on Croatia's accession to the Schengen area.")
    assert held(found, "accession") == {("AUT", "support")}
    found = claims("Portugal ended its boycott of the summit on Angola's membership.")
    assert ("PRT", "oppose") not in held(found, "membership")
    # A demand given up is no longer for it, which is not yet against it.
    found = claims("Turkey dropped its demand for the extradition of the cleric.")
    assert held(found, "extradition") == set()
    # Giving up the attitude is no act of its own; ending an act still is one.
    found = claims("Greece withdrew its objection to Albania's membership of the alliance.")
    assert held(found, "withdraw") == set()
    assert ("GRC", "support") in held(found, "membership")
    found = claims("The US lifted its embargo on Cuba.")
    assert ("USA", "support") in held(found, "lift")


def test_an_attack_reported_is_no_position_of_the_one_who_reports_it(claims: Claims) -> None:
    found = claims(
        "Twin car bombs in Aleppo killed at least 40 people, the Syrian Observatory said."
    )
    assert held(found, "kill") == set()
    found = claims("Shelling that destroyed the hospital was condemned by Kenya, Germany said.")
    assert ("DEU", "support") not in held(found, "destroy")
    # The speaker's own side still acts: "its troops would stay".
    found = claims("Poland said its troops would stay in Iraq.")
    assert ("POL", "support") in held(found, "stay")


def test_another_states_act_in_a_relative_clause_is_not_the_speakers(claims: Claims) -> None:
    found = claims("The tariffs that China imposed must be lifted, Australia said.")
    assert held(found, "impose") == set()
    assert ("AUS", "support") in held(found, "lift")
    found = claims("Germany rejected the deal that Russia proposed.")
    assert held(found, "propose") == set()
    # The speaker's own relative clause keeps the attitude above it.
    found = claims("We reject any deal that would legitimise the annexation, the minister said.")
    assert {p for _, p in held(found, "legitimise")} == {"oppose"}


def test_a_plan_named_in_a_relative_clause_keeps_the_attitude_to_it(claims: Claims) -> None:
    found = claims(
        "Belgium's prime minister has expressed opposition to an EU plan that would use "
        "frozen Russian assets to finance a loan."
    )
    assert ("BEL", "oppose") in held(found, "use")


def test_a_thing_in_the_making_is_read_as_what_it_makes_between_its_parties(
    claims: Claims,
) -> None:
    found = claims("'The draft of a treaty between Chile and Bolivia is unacceptable,' Peru said.")
    treaties = [c for c in found if c.predicate == "treaty"]
    assert {(c.actor.country, c.polarity) for c in treaties} == {("PER", "oppose")}
    assert {dict(c.arguments).get("about") for c in treaties} == {"Chile and Bolivia"}


def test_an_act_said_to_be_a_threat_to_a_common_good_is_opposed(claims: Claims) -> None:
    found = claims("Qatar said the Israeli offensive was a direct threat to peace in the region.")
    assert ("QAT", "oppose") in held(found, "offensive")
    found = claims("Egypt said the deployment posed a grave danger to regional security.")
    assert ("EGY", "oppose") in held(found, "deployment")
    found = claims("Germany said sending troops would be a risk to stability.")
    assert ("DEU", "oppose") in held(found, "send")
    # A threat to another state may be the point of the act: no claim either way.
    found = claims("Poland said the sanctions were a threat to Russia.")
    assert held(found, "sanction") == set()


def test_a_worry_said_of_its_holder_opposes_what_it_is_about(claims: Claims) -> None:
    # Read as support before: "concerned over the decision to release" is against it.
    found = claims('Lee said, "Korea is concerned very much over the decision to dump the waste."')
    assert {p for _, p in held(found, "dump")} == {"oppose"}
    assert held(found, "concern") == set()
    found = claims("Manila said it was alarmed by plans to build the dam.")
    assert {p for _, p in held(found, "build")} == {"oppose"}
    found = claims("Chile said it was deeply worried about the decision to expand the mine.")
    assert {p for _, p in held(found, "expand")} == {"oppose"}


def test_a_rule_broken_is_not_opposed_nor_is_breaking_it_an_act_proposed(
    claims: Claims,
) -> None:
    found = claims(
        "Japan said a test that uses missile technology would be a violation of a U.N. ban."
    )
    assert held(found, "ban") == set()
    assert {p for _, p in held(found, "use")} == {"oppose"}
    found = claims(
        "Officials said the test would threaten regional stability and violate the treaty."
    )
    assert held(found, "violate") == set()
    found = claims("Germany said the settlements were a violation of international law.")
    assert ("DEU", "oppose") in held(found, "settlement")
    # The rule named by the breach's "of" is not opposed.
    found = claims("Seoul said the launch was another violation of the U.N. ban on tests.")
    assert held(found, "ban") == set()
