"""Cues in relative clauses, on document nouns and in participles, and the span of what they
report; on sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation, Statement

Annotate = Callable[[str], Annotation]


def _by_text(a: Annotation, part: str) -> Statement:
    found = [s for s in a.statements if part in s.text]
    assert len(found) == 1, [(s.rule, s.text) for s in a.statements]
    return found[0]


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "Investigators turned to the Lagos State Police Command, which reported "
            '"1,200 armed robberies" in the first half of the year.',
            "1,200 armed robberies",
            "Lagos State Police Command",
        ),
        (
            "The senator released a letter from his physician that says he is in "
            '"excellent shape" for his age.',
            "he is in",
            "letter",
        ),
        (
            "Analysts cite the central bank, which has described the debt as "
            '"unsustainable by any measure."',
            "unsustainable by any measure",
            "central bank",
        ),
    ],
)
def test_which_or_that_as_subject_speaks_for_its_antecedent(
    annotate: Annotate, text: str, said: str, speaker: str
) -> None:
    s = _by_text(annotate(text), said)
    assert s.speaker is not None and speaker in s.speaker.text


def test_a_relative_clause_inside_reported_speech_is_no_second_statement(
    annotate: Annotate,
) -> None:
    a = annotate("The mayor says there must be a rule that requires every landlord to register.")
    s = _by_text(a, "there must be a rule")
    assert "every landlord to register" in s.text
    assert s.speaker is not None and s.speaker.text == "The mayor"


def test_it_speaks_through_what_it_calls_and_a_shared_participle(annotate: Annotate) -> None:
    a = annotate(
        "The ministry said it would appeal. It is denouncing what it calls "
        '"a campaign of lies by foreign media." The agency published its review on Monday. '
        'Meanwhile, it attacked the governor, saying he "has failed farmers for a decade."'
    )
    lies = _by_text(a, "a campaign of lies")
    failed = _by_text(a, "has failed farmers")
    assert lies.speaker is not None and lies.speaker.text == "it"
    assert failed.speaker is not None and failed.speaker.text == "it"


def test_a_statement_calling_speaks_for_whoever_issued_it(annotate: Annotate) -> None:
    a = annotate(
        "After the vote, the Security Council issued a statement calling the launch "
        '"a grave threat" to regional peace. The regulator released a report calling the '
        'merger "a threat to competition" in the north.'
    )
    threat = _by_text(a, "a grave threat")
    merger = _by_text(a, "the merger")
    assert threat.speaker is not None and threat.speaker.text == "the Security Council"
    assert threat.text.startswith("the launch")
    assert merger.speaker is not None and merger.speaker.text == "The regulator"


def test_a_speaking_participle_after_a_comma_is_a_second_statement(annotate: Annotate) -> None:
    a = annotate(
        "The minister told reporters that she expects growth to slow, saying that "
        '"the worst is not over" for exporters.'
    )
    told = _by_text(a, "she expects growth to slow")
    saying = _by_text(a, "the worst is not over")
    assert "saying" not in told.text
    assert saying.cue == "saying"
    # the quotation keeps both its marks: never half a pair
    assert saying.text.startswith('"the worst') and saying.text.count('"') == 2


def test_a_quote_set_off_by_a_colon_before_its_cue_is_the_cue_s(annotate: Annotate) -> None:
    a = annotate(
        "The letter also mentioned the damage it said the strike had done to exports: "
        '"Our growers cannot survive another season of closed ports," the federation wrote.'
    )
    s = _by_text(a, "Our growers cannot survive")
    assert s.kind == "direct" and s.cue == "wrote"
    assert s.speaker is not None and s.speaker.text == "the federation"
    assert "mentioned the damage" not in s.text


def test_a_quote_that_goes_on_with_its_clause_stays_in_it(annotate: Annotate) -> None:
    a = annotate('The country "has made dramatic changes for the better," the envoy said.')
    s = _by_text(a, "dramatic changes")
    assert s.text.startswith("The country")


def test_a_comparison_of_someone_is_a_characterisation(annotate: Annotate) -> None:
    a = annotate(
        "A lecturer at Leeds, Ama Owusu, compared the minister to a referee who is "
        '"blowing the whistle for one side" in the hope of a reward. Analysts compared the '
        "figures to last year."
    )
    (s,) = a.statements
    assert s.rule == "judging_object" and s.cue == "compared"
    assert s.text.startswith("the minister to a referee") and "blowing the whistle" in s.text


def test_a_demand_by_an_untyped_name_keeps_its_whole_content(annotate: Annotate) -> None:
    a = annotate(
        'Okafor called on the government to "really stand up to the banks on this" and '
        "consider taking further steps with neighbouring states."
    )
    (s,) = a.statements
    assert s.rule == "demand_object"
    assert s.text.startswith("the government to") and s.text.endswith("neighbouring states")
