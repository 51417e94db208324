"""Reported speech framed by a preposition ("began by saying"), and quotations with their own
attribution inside someone else's reported clause, on sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation, Statement

Annotate = Callable[[str], Annotation]


def find(annotation: Annotation, fragment: str) -> Statement:
    matches = [s for s in annotation.statements if fragment in s.text]
    assert len(matches) == 1, [(s.text, s.rule) for s in annotation.statements]
    return matches[0]


def test_speech_after_by_is_reported(annotate: Annotate) -> None:
    a = annotate(
        "The governor opened the meeting on Monday by warning that the budget would not "
        "balance this year."
    )
    s = find(a, "the budget would not balance")
    assert s.speaker is not None and s.speaker.text is not None
    assert "governor" in s.speaker.text
    assert s.cue == "warning"
    assert "opened the meeting" not in s.text


def test_speech_after_after_keeps_its_quote(annotate: Annotate) -> None:
    a = annotate(
        'After saying the bridge was "falling apart in front of our eyes," the mayor closed '
        "it to traffic."
    )
    s = find(a, "the bridge was")
    assert s.kind == "mixed"
    assert s.cue == "saying"


def test_speech_without_saying_is_not_a_statement(annotate: Annotate) -> None:
    a = annotate("The minister left the room without saying that the deal was dead.")
    assert not [s for s in a.statements if "deal was dead" in s.text]


def test_negated_framing_verb_is_not_a_statement(annotate: Annotate) -> None:
    a = annotate("The minister did not begin by saying that the deal was dead.")
    assert not [s for s in a.statements if "deal was dead" in s.text]


def test_quote_with_its_own_speaker_leaves_the_clause(annotate: Annotate) -> None:
    a = annotate(
        "Officials said parents who adopt would not qualify for the leave, and when pressed "
        "on why, the campaign's policy director replied, "
        '"It is meant to support the mother who has just given birth to the child."'
    )
    quote = find(a, "It is meant to support the mother")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text is not None
    assert "director" in quote.speaker.text
    clause = find(a, "parents who adopt")
    assert "It is meant" not in clause.text
    assert clause.speaker is not None and clause.speaker.text == "Officials"


def test_quoted_phrase_stays_in_its_clause(annotate: Annotate) -> None:
    a = annotate('The senator said the plan was "dead on arrival" and would never pass.')
    s = find(a, "dead on arrival")
    assert s.kind == "mixed"
    assert s.speaker is not None and s.speaker.text == "The senator"
    assert "would never pass" in s.text


def test_quote_after_sentence_naming_speaker_despite_a_title(annotate: Annotate) -> None:
    a = annotate(
        'On "Morning Report," Senator Maria Lindqvist identified the drought as the cause of '
        'the losses. "Farmers in the north have lost almost everything this year."'
    )
    s = find(a, "Farmers in the north")
    assert s.kind == "direct"
    assert s.speaker is not None and s.speaker.name == "Maria Lindqvist"


def test_quote_after_sentence_with_someone_elses_quote_is_not_attributed(
    annotate: Annotate,
) -> None:
    a = annotate(
        'Senator Maria Lindqvist called the harvest "the worst in a decade" on Monday. '
        '"Farmers in the north have lost almost everything this year."'
    )
    assert not [
        s
        for s in a.statements
        if "Farmers in the north" in s.text and s.rule == "speaker_sentence_before"
    ]


def test_fronted_clause_is_not_the_complement_of_a_later_cue(annotate: Annotate) -> None:
    a = annotate(
        "Claiming the protests were organised abroad, the minister told reporters that "
        '"every one of these people was paid to stand there."'
    )
    s = find(a, "every one of these people")
    assert s.speaker is not None and s.speaker.text == "the minister"
    assert "protests were organised" not in s.text


def test_as_put_it_after_the_clause(annotate: Annotate) -> None:
    a = annotate(
        'The main condition is a "lawful source of investment income," as an agency memo put it.'
    )
    s = find(a, "lawful source")
    assert s.rule == "as_put_it"
    assert s.speaker is not None and s.speaker.text is not None
    assert "memo" in s.speaker.text
    assert "put it" not in s.text


def test_as_put_it_inside_the_clause_gives_both_parts(annotate: Annotate) -> None:
    a = annotate('The deal, as the minister put it on Friday, was "the last chance for the ports."')
    s = find(a, "last chance")
    assert s.rule == "as_put_it"
    assert len(s.spans) == 2
    assert "put it" not in s.text and s.text.startswith("The deal")


def test_put_it_on_the_table_is_not_speech(annotate: Annotate) -> None:
    a = annotate("She put it on the table as he watched the door.")
    assert not [s for s in a.statements if s.rule == "as_put_it"]


def test_quote_after_going_on_to_is_a_further_statement(annotate: Annotate) -> None:
    a = annotate(
        '"We cannot keep closing this crossing," the minister said, going on to compare the '
        'border with the one in the north. "The trucks there wait two days, not two weeks."'
    )
    first = find(a, "We cannot keep closing")
    second = find(a, "The trucks there wait")
    assert first is not second
    assert second.speaker == first.speaker
    assert second.cue == "compare"


def test_quote_after_narration_stays_one_utterance(annotate: Annotate) -> None:
    a = annotate(
        '"We cannot keep closing this crossing," the minister said, pointing at the queue. '
        '"The trucks there wait two days, not two weeks."'
    )
    s = find(a, "We cannot keep closing")
    assert "The trucks there wait" in s.text and len(s.spans) == 2


def test_share_of_respondents_is_a_group_speaker(annotate: Annotate) -> None:
    a = annotate("In the new survey, 41 percent of farmers said the subsidy should be scrapped.")
    s = find(a, "the subsidy should be scrapped")
    assert s.speaker is not None and s.speaker.kind == "group"
    assert s.speaker.text == "41 percent of farmers"


def test_percentage_that_does_not_speak_is_no_speaker(annotate: Annotate) -> None:
    a = annotate("About 40 percent rose in value last year, and 12 percent fell.")
    assert not a.statements


def test_conditional_inside_the_quote_does_not_unrealise_its_cue(annotate: Annotate) -> None:
    a = annotate(
        '"If the dam does not hold this winter, it will fail at some point, probably sooner '
        'rather than later," said Erik Lund, an engineer who studies the river.'
    )
    s = find(a, "If the dam does not hold")
    assert s.kind == "direct"
    assert s.speaker is not None and s.speaker.name == "Erik Lund"


def test_conditional_speech_outside_the_quote_stays_unrealised(annotate: Annotate) -> None:
    a = annotate('If the minister says "the dam will hold," nobody will believe him.')
    assert not [s for s in a.statements if "the dam will hold" in s.text]
