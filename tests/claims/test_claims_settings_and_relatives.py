"""Two kinds of noun phrase whose words name the act only through another word (texts
written for these tests): a setting noun ("the ceasefire **date**", "the **terms** of a
truce") names the act its "of", "for" or compound names; a relative pronoun governed by an
attitude ("the ruling, **which** Kenya rejected") stands for the phrase its clause tells
about."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
Polarities = Callable[[list[Claim], str, str], set[str]]


def predicates(found: list[Claim], who: str) -> set[str]:
    return {c.predicate for c in found if who in (c.actor.country, c.actor.name)}


def test_a_date_proposed_is_the_act_its_compound_names(claims: Annotate, on: Polarities) -> None:
    found = claims("Officials said Ecuador proposed a June 20 referendum date.")
    assert on(found, "referendum", "ECU") == {"support"}
    assert "date" not in predicates(found, "ECU")


def test_a_setting_never_hands_over_to_a_person_body_or_thing(claims: Annotate) -> None:
    # Non-members: a period of office, a lender's terms, a deadline for a regime, a birth
    # date, a target date name no act.
    for text, who, wrong in [
        ("An aide said Malawi opposes a fourth term for the premier.", "MWI", "premier"),
        ("Austria welcomed the roadmap for the nation, an aide said.", "AUT", "nation"),
        ("Cuba dismissed the deadline for the government, an aide said.", "CUB", "government"),
        ("An aide said Greece backed the target date.", "GRC", "target"),
        ("An aide said Oman rejected the date of death given in the file.", "OMN", "death"),
    ]:
        assert wrong not in predicates(claims(text), who), text


def test_rejecting_a_setting_is_not_rejecting_its_act(claims: Annotate) -> None:
    # Against the when or how: no claim on the act it sets out.
    for text, who, act in [
        (
            "The rebels rejected the referendum date, demanding an earlier poll.",
            "rebels",
            "referendum",
        ),
        (
            "An aide said Laos dismissed the schedule for disarmament as unrealistic.",
            "LAO",
            "disarmament",
        ),
    ]:
        assert act not in predicates(claims(text), who), text


def test_a_hyphenated_act_is_not_read_apart(claims: Annotate) -> None:
    for text, who in [
        ("An aide said Qatar welcomed the cease-fire timetable.", "QAT"),
        ("Norway backed the peace-talks schedule, an aide said.", "NOR"),
    ]:
        assert {"fire", "talk"}.isdisjoint(predicates(claims(text), who)), text


def test_terms_agreed_to_are_the_act_their_of_names(claims: Annotate, on: Polarities) -> None:
    found = claims("Italy agreed to the terms of a truce, the minister said.")
    assert on(found, "truce", "ITA") == {"support"}
    assert "term" not in predicates(found, "ITA")


def test_talk_dismissed_is_the_act_its_of_names(claims: Annotate, on: Polarities) -> None:
    found = claims("The spokesman said Syria dismissed any talk of a withdrawal.")
    assert on(found, "withdrawal", "SYR") == {"oppose"}
    assert "talk" not in predicates(found, "SYR")


def test_talks_on_a_truce_stay_talks(claims: Annotate, on: Polarities) -> None:
    # Non-member: "talks" named by "on" are an act of their own.
    assert on(claims("The minister said Chile welcomed the talks on a truce."), "talk", "CHL") == {
        "support"
    }


def test_the_object_of_a_verb_is_the_act_a_setting_noun_sets_out(claims: Annotate) -> None:
    found = claims("The minister said Peru accepted the deadline for disarmament.")
    assert {c.object for c in found if c.predicate == "accept"} == {"disarmament"}


def test_a_timetable_for_an_exit_is_wanting_the_exit(claims: Annotate, on: Polarities) -> None:
    found = claims("The minister said Ghana wants a clear timetable for exit.")
    assert on(found, "exit", "GHA") == {"support"}
    assert "timetable" not in predicates(found, "GHA")


def test_a_relative_pronoun_rejected_is_the_phrase_before_its_comma(
    claims: Annotate, on: Polarities
) -> None:
    found = claims(
        "The court issued a ruling on the border, which Kenya rejected, the minister said."
    )
    assert on(found, "ruling", "KEN") == {"oppose"}
    assert "border" not in predicates(found, "KEN")


def test_a_relative_pronoun_opposed_is_the_plan_s_act(claims: Annotate, on: Polarities) -> None:
    found = claims("Berlin proposed a plan to cut tariffs, which Poland opposes, officials said.")
    assert on(found, "cut", "POL") == {"oppose"}


def test_a_relative_pronoun_backed_is_the_noun_not_the_name_after_it(
    claims: Annotate, on: Polarities
) -> None:
    found = claims(
        "The commission drafted new sanctions on Iran, which Spain backed, the minister said."
    )
    assert on(found, "sanction", "ESP") == {"support"}


def test_a_relative_clause_of_an_act_gives_its_doer_no_attitude(claims: Annotate) -> None:
    # Non-member: "imposed" is an act, no attitude to the embargo.
    found = claims("The minister said the embargo that Peru imposed was illegal.")
    assert predicates(found, "PER") == set()


def test_remaining_opposed_is_no_act_of_remaining(claims: Annotate, on: Polarities) -> None:
    found = claims("The minister said Chile remained opposed to the plan to build a dam.")
    assert on(found, "build", "CHL") == {"oppose"}
    assert "remain" not in {c.predicate for c in found}


def test_a_proposal_after_a_state_does_not_refer_to_the_state(claims: Annotate) -> None:
    text = (
        "The minister said Chile remained opposed to the plan. "
        "Peru welcomed the proposal, its president said."
    )
    assert "remain" not in predicates(claims(text), "PER")


def test_remaining_in_a_union_stays_an_act(claims: Annotate, on: Polarities) -> None:
    # Non-member: "remain" with a place, no adjective, is the act of staying.
    found = claims("Britain should remain in the EU, the prime minister said.")
    assert on(found, "remain", "GBR") == {"support"}


def test_staying_in_a_country_stays_an_act(claims: Annotate) -> None:
    # Non-member: "stay" with a place.
    found = claims("Troops will stay in Iraq until 2020, the minister said.")
    assert "stay" in {c.predicate for c in found}


def test_abiding_by_a_truce_acts_on_the_truce(claims: Annotate) -> None:
    found = claims("The rebel group said it would abide by the ceasefire.")
    assert {c.object for c in found if c.predicate == "abide"} == {"ceasefire"}


def test_complying_with_terms_acts_on_what_they_set_out(claims: Annotate) -> None:
    found = claims("The government said it would comply with the terms of the truce.")
    assert {c.object for c in found if c.predicate == "comply"} == {"truce"}


def test_sticking_with_a_forecast_keeps_its_partner(claims: Annotate) -> None:
    # Non-member: "stick" takes its object by "to", not "with".
    found = claims("The agency said it was sticking with its forecast.")
    assert {c.object for c in found if c.predicate == "stick"} == {None}


def test_fearing_what_a_clause_tells_is_no_act_of_fearing(claims: Annotate) -> None:
    found = claims("The minister said farmers fear the new tariffs will hurt their exports.")
    assert "fear" not in {c.predicate for c in found}


def test_not_fearing_sanctions_is_no_stance_on_sanctions(claims: Annotate) -> None:
    found = claims("The minister said Chile does not fear sanctions.")
    assert "fear" not in {c.predicate for c in found}


def test_a_worry_about_plans_still_opposes_them(claims: Annotate, on: Polarities) -> None:
    # Non-member: the worry adjective of its holder reads as before.
    found = claims("Peru said it was worried about plans to expand the port.")
    assert on(found, "expand", "PER") == {"oppose"}


def test_a_relative_clause_s_attitude_is_not_the_main_actor_s(
    claims: Annotate, on: Polarities
) -> None:
    for text, main, other, act in [
        ("Norway hailed the accord, which Denmark condemned.", "NOR", "DNK", "accord"),
        ("An aide said Chile backed the embargo that Bolivia opposed.", "CHL", "BOL", "embargo"),
    ]:
        found = claims(text)
        assert on(found, act, main) == {"support"}, text
        assert on(found, act, other) == {"oppose"}, text


def test_a_relative_clause_does_not_climb_to_a_person_or_cost(claims: Annotate) -> None:
    # The nearer noun, not its leaders, members or price, is what the clause tells about.
    for text, who, wrong in [
        ("An aide said the members of the bloc, which Cuba opposes, met in Lima.", "CUB", "member"),
        (
            "An aide said the price of the pipeline, which Ghana rejects, keeps rising.",
            "GHA",
            "price",
        ),
        (
            "An aide said Peru praised the drafters of the pact, which Chile rejected.",
            "CHL",
            "drafter",
        ),
    ]:
        assert wrong not in predicates(claims(text), who), text


def test_remaining_closed_is_a_course_of_action(claims: Annotate) -> None:
    # Non-member of "linking": a state of a thing, no attitude adjective.
    found = claims("Egypt said the border would remain shut, an aide said.")
    assert "remain" in predicates(found, "EGY")


def test_sticking_to_a_thing_is_no_fixed_object(claims: Annotate) -> None:
    found = claims("An aide said the stickers stick to the crates.")
    assert {c.object for c in found if c.predicate == "stick"} <= {None}


def test_a_setting_s_owner_is_the_act_it_sets_out(claims: Annotate, on: Polarities) -> None:
    found = claims("An aide said Peru backs the pact's terms.")
    assert on(found, "pact", "PER") == {"support"}
    assert "term" not in predicates(found, "PER")
