"""A shell noun or a pronoun that stands for an act named before (texts written for these
tests): resolved within the document when there is exactly one candidate, else left."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
Polarities = Callable[[list[Claim], str, str], set[str]]


def test_a_bare_shell_noun_takes_the_content_of_its_earlier_mention(
    claims: Annotate, on: Polarities
) -> None:
    text = "The Commission proposed a plan to ban Russian oil imports. Austria rejected the plan."
    assert on(claims(text), "ban", "AUT") == {"oppose"}


def test_such_a_move_is_the_one_act_named_before(claims: Annotate, on: Polarities) -> None:
    text = "Canada wants to send police officers to Haiti. Egypt opposed such a move."
    assert on(claims(text), "send", "EGY") == {"oppose"}


def test_a_pronoun_for_an_act_against_turns_the_judgement_toward_the_act(
    claims: Annotate,
    on: Polarities,
) -> None:
    text = (
        "Hungary and Slovakia blocked a planned EU ban on Russian oil imports. "
        "The Commission called it a major disappointment."
    )
    assert on(claims(text), "ban", "Commission") == {"support"}


def test_a_pronoun_for_a_refusal_judged_a_mistake_supports_the_act(
    claims: Annotate, on: Polarities
) -> None:
    text = "Spain announced it would not send troops to Mali. Germany called this a mistake."
    assert on(claims(text), "send", "DEU") == {"support"}


def test_several_candidate_acts_leave_the_pronoun_alone(claims: Annotate, on: Polarities) -> None:
    text = (
        "Officials discussed imposing sanctions and sending troops. "
        "Egypt's foreign minister called it a mistake."
    )
    found = claims(text)
    assert not on(found, "impose", "EGY") and not on(found, "send", "EGY")


def test_an_act_condemned_by_a_noun_is_not_resolved(claims: Annotate, on: Polarities) -> None:
    text = (
        "There was wide condemnation of the announcement that Chile is leaving the pact. "
        "Peru's foreign minister called it a mistake."
    )
    assert not on(claims(text), "leave", "PER")


def test_acts_in_side_clauses_are_no_candidates(claims: Annotate, on: Polarities) -> None:
    text = (
        "Chile's president, speaking after he met farmers, said Chile would leave the pact. "
        "Argentina's foreign minister called it a mistake."
    )
    assert on(claims(text), "leave", "ARG") == {"oppose"}


def test_a_treaty_noun_refers_back_only_to_a_treaty(claims: Annotate, on: Polarities) -> None:
    found = claims("Israel struck Gaza on Monday. Egypt welcomed the deal.")
    assert not on(found, "strike", "EGY")
    assert on(found, "deal", "EGY") == {"support"}


def test_a_worry_about_the_failure_of_an_act_is_no_worry_about_the_act(
    claims: Annotate,
    on: Polarities,
) -> None:
    assert on(
        claims("Turkey expressed concern about the failure to extend the grain deal."),
        "extend",
        "TUR",
    ) != {"oppose"}
    assert on(
        claims("Turkey expressed concern over the decision to extend the grain deal."),
        "extend",
        "TUR",
    ) == {"oppose"}


def test_the_verb_provided_is_no_condition(claims: Annotate) -> None:
    found = claims("Germany said it provided weapons to Ukraine because Russia attacked.")
    provided = [c for c in found if c.predicate == "provide" and c.actor.country == "DEU"]
    assert provided and all(c.modality != "hypothetical" for c in provided)


def test_a_relative_clause_is_read_in_its_own_clause(claims: Annotate, on: Polarities) -> None:
    text = (
        "The envoy did not respond to the tests, but alluded to concerns about Iran's forces "
        "after a meeting with Benjamin Netanyahu, who has criticized the nuclear deal as "
        "deeply flawed."
    )
    assert on(claims(text), "deal", "ISR") == {"oppose"}


def test_one_list_of_shell_nouns_serves_both_stages() -> None:
    """The claims stage owns the shell nouns; the stance query reads the same list."""
    from cablegram.claims.antecedents import shell_kind
    from cablegram.claims.lexicon import claim_words
    from cablegram.query import stance_anaphora

    words = claim_words()
    assert shell_kind("Mission") == "act"
    assert shell_kind("move") == "decision"
    assert shell_kind("deal") == "treaty"
    assert shell_kind("troops") is None
    for word in words.act_shell_nouns | words.decision_shell_nouns:
        assert stance_anaphora._kind(word) == shell_kind(word)
    for word in words.treaty_shell_nouns:
        assert stance_anaphora._kind(word) is None


def test_a_shell_noun_written_as_a_new_thing_refers_to_nothing(claims: Annotate) -> None:
    text = (
        "Peacekeepers were sent to Gaza in a story told elsewhere. "
        "Qatar said it will join a mission to Mars."
    )
    assert not [c for c in claims(text) if c.actor.country == "QAT" and c.predicate == "send"]
