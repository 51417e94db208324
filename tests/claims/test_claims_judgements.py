"""Judgements of a course of action: naming it "as" something, judging it as the subject
of a copula, and the participle of saying that shares its clause's subject.

Sentences written for the test; each kind has members the rules were not written from.
"""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Claims = Callable[[str], list[Claim]]


def stances(found: list[Claim], predicate: str) -> set[str]:
    return {c.polarity for c in found if c.predicate == predicate}


def test_naming_as_a_fault_opposes_what_is_named(claims: Claims) -> None:
    found = claims("Ireland described the sanctions on Russia as counterproductive.")
    assert stances(found, "sanction") == {"oppose"}
    assert {c.actor.country for c in found if c.predicate == "sanction"} == {"IRL"}
    found = claims("The Dutch government described the tariffs on Chinese cars as unfair.")
    assert stances(found, "tariff") == {"oppose"}


def test_naming_as_a_good_supports_what_is_named(claims: Claims) -> None:
    found = claims("The German government described the sanctions on Russia as necessary.")
    assert stances(found, "sanction") == {"support"}


def test_a_judgement_the_parser_hangs_inside_the_object_still_judges_it(
    claims: Claims,
) -> None:
    # "a mistake" parsed as a second object of "expel": the decision is what is judged.
    found = claims("Austria called the decision to expel Russian diplomats a mistake.")
    assert stances(found, "expel") == {"oppose"}


def test_a_judgement_without_a_named_object_leaves_nothing(claims: Claims) -> None:
    # Naming with a word that is no judgement ("difficult", "a show of force") is no
    # position either way.
    found = claims("Mexico described the deployment of troops to the border as a show of force.")
    assert stances(found, "deployment") == set()


def test_a_judged_subject_takes_the_judgement(claims: Claims) -> None:
    found = claims("Russia said the decision to open membership talks was a politicised one.")
    assert stances(found, "open") == {"oppose"}
    found = claims("Spain said sending troops to Ukraine would be premature.")
    assert stances(found, "send") == {"oppose"}
    found = claims("France said the decision to impose tariffs was long overdue.")
    assert stances(found, "impose") == {"support"}


def test_an_unread_judgement_of_a_subject_leaves_no_claim(claims: Claims) -> None:
    # "decision" alone would read as support; the judgement decides, and is not known.
    found = claims("Italy said the plan to send troops to Ukraine was a step too far.")
    assert stances(found, "send") == set()
    found = claims("Japan said the decision to lift sanctions was a bold one.")
    assert stances(found, "lift") == set()


def test_a_participle_of_saying_is_its_subjects_own_words(claims: Claims) -> None:
    found = claims(
        "Moscow criticised the European Union on Friday, saying the decision to open "
        "accession talks was a politicised one."
    )
    assert stances(found, "open") == {"oppose"}
    assert {c.actor.country for c in found if c.predicate == "open"} == {"RUS"}
    # Someone else's saying is still an account: "some say" is not the speaker's.
    found = claims('"Some say we should send troops to Mali," the minister said.')
    assert stances(found, "send") == set()


def test_a_quoted_modifier_is_read_with_the_phrase_it_modifies(claims: Claims) -> None:
    found = claims("The Spanish government approved a “total” arms embargo on Israel.")
    assert stances(found, "embargo") == {"support"}
    found = claims("Germany condemned the “illegal” sanctions on Iran.")
    assert stances(found, "sanction") == {"oppose"}


def test_anothers_judgement_of_a_holders_plan_is_not_the_holders(claims: Claims) -> None:
    # The plan is the EU's (for the ban); "absurd" and the rejection are Hungary's.
    found = claims("Hungary rejected the EU's “absurd” plan to ban Russian gas imports.")
    by_actor = {(c.actor.name, c.polarity) for c in found if c.predicate == "ban"}
    assert ("Hungary", "oppose") in by_actor
    assert {p for name, p in by_actor if name == "EU"} == {"support"}


def test_naming_as_something_unread_leaves_no_claim_on_what_is_named(claims: Claims) -> None:
    found = claims("Moscow views the planned extension of the embargo as a political gesture.")
    assert stances(found, "embargo") == set()
    assert stances(found, "view") == set()


def test_an_act_judged_by_an_effect_the_vocabulary_cannot_read_leaves_no_claim(
    claims: Claims,
) -> None:
    # "shorten the war" may be for or against: no claim rather than the support a bare
    # assertion gives. (A harm to a common good, "would undermine the negotiations", opposes
    # the act: tests/claims/test_claims_stated_in_other_words.py.)
    found = claims("The trade secretary said cutting tariffs would undermine the negotiations.")
    assert stances(found, "cut") == {"oppose"}
    found = claims("Poland said sending weapons to Kyiv would shorten the war.")
    assert stances(found, "send") == set()


def test_a_participle_describing_a_noun_is_no_act_of_the_speaker(claims: Claims) -> None:
    found = claims("Russia said the sanctions imposed by the EU would fail.")
    assert stances(found, "impose") == set()


def test_negated_acceptance_and_named_disasters_oppose(claims: Claims) -> None:
    found = claims("Canada said the quotas on steel imports were not acceptable.")
    assert stances(found, "quota") == {"oppose"}
    found = claims("Ireland said the tariffs on Irish beef were a disaster.")
    assert stances(found, "tariff") == {"oppose"}


def test_an_attitude_noun_that_is_an_act_heads_a_frame(claims: Claims) -> None:
    found = claims("The US announced a diplomatic boycott of the Beijing Winter Olympics.")
    assert stances(found, "boycott") == {"support"}
    found = claims("France said it would not join a diplomatic boycott of the Olympics.")
    assert stances(found, "boycott") == {"oppose"}


def test_a_judgement_of_anothers_act_is_the_speakers_position(claims: Claims) -> None:
    found = claims("The Kremlin said Finland's decision to join NATO was a mistake.")
    assert {(c.actor.country, c.polarity) for c in found if c.predicate == "join"} == {
        ("RUS", "oppose")
    }
    # Without a judgement the other's act stays the other's: no claim for the speaker.
    found = claims("The Kremlin said Finland's decision to join NATO was announced on Monday.")
    assert {c.actor.country for c in found if c.predicate == "join"} <= {"FIN"}


def test_no_longer_negates(claims: Claims) -> None:
    found = claims("Iraq's prime minister said the presence of US troops was no longer needed.")
    assert stances(found, "presence") == {"oppose"}
    found = claims("Canada said it would no longer sell weapons to Israel.")
    assert stances(found, "sell") == {"oppose"}


def test_what_an_act_against_someone_is_over_is_opposed(claims: Claims) -> None:
    found = claims("Slovakia sued the European Commission over the refugee quotas.")
    assert stances(found, "quota") == {"oppose"}


def test_a_fixed_phrase_names_its_act(claims: Claims) -> None:
    found = claims("The Czech Republic declared three Russian diplomats persona non grata.")
    expel = [c for c in found if c.predicate == "expel"]
    assert {(c.actor.country, c.polarity, c.object) for c in expel} == {
        ("CZE", "support", "diplomat")
    }
    found = claims("Germany said it would not declare the Russian ambassador persona non grata.")
    assert stances(found, "expel") == {"oppose"}
