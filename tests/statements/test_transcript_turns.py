"""Transcript turns with every label shape, and utterances carried on past their attribution.

All texts are written for these tests (invented people and events)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Annotation, Statement
from cablegram.statements.extract import StatementFinder
from cablegram.statements.labels import turns_of

Annotate = Callable[[str], Annotation]


def turn_statements(a: Annotation) -> list[Statement]:
    return [s for s in a.statements if s.rule == "transcript_turn"]


def speaker(s: Statement) -> str:
    return s.speaker.name if s.speaker else ""


# --- label shapes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        ("Q: Will you stay?", "Q", None),
        ("PRIME MINISTER: No.", "PRIME MINISTER", None),
        ("Chilean Trade Minister Rosa Ibáñez Vidal: We will sign.", None, None),
        ("U.S. Secretary of State Mara Quinlan: Not today.", None, None),
        ("Mr. TANAKA Hiroshi, Minister for Foreign Affairs: I met him.", "Mr. TANAKA Hiroshi", ""),
        ("LENA BROOK, FOREIGN MINISTER: Thank you.", "LENA BROOK", "FOREIGN MINISTER"),
        ("Mr. OTTO GRAY (Author): Thanks.", "Mr. OTTO GRAY", "Author"),
        ("MODERATOR: Next question.", "MODERATOR", None),
    ],
)
def test_label_shapes_are_read(line: str, name: str | None, title: str | None) -> None:
    turns = turns_of(line)
    assert len(turns) == 1
    turn = turns[0]
    assert line[turn.body_start :].strip() == line.split(": ", 1)[1]
    if name is not None:
        assert turn.name == name
    if title:
        assert turn.title == title


@pytest.mark.parametrize(
    "line",
    [
        "The message was clear: the port stays shut.",
        "Note: this story has been updated.",
        "Photo: Reuters staff on the quay.",
        "Subjects: trade, fisheries, the summit.",
        "Opening Remarks: a short welcome.",
        "Editor's Note: names have been changed.",
        "In a statement, the ministry said: nothing will change.",
    ],
)
def test_sentences_notes_and_headings_are_not_labels(line: str) -> None:
    assert turns_of(line) == []


def test_issue_trial_full_title_and_name_labels_with_unlabelled_paragraphs(
    annotate: Annotate,
) -> None:
    a = annotate(
        "Chile's trade minister says the copper accord will hold. Daniel Ferro spoke with her "
        "in Santiago.\n\n"
        "Daniel Ferro: I want to start with the accord. Is it finished?\n\n"
        "Chilean Trade Minister Rosa Ibáñez Vidal: Well, you see, this accord is not a favour "
        "to anyone. It was approved by the Senate.\n\n"
        "Our partners have told us they will honour it, and we will judge them by what they do.\n\n"
        "We are not in a hurry to change it.\n\n"
        "Daniel Ferro: Would Chile sell to Beijing directly?\n\n"
        "Chilean Trade Minister Rosa Ibáñez Vidal: We have never closed that door. But selling "
        "is not the same as giving."
    )
    answers = turn_statements(a)
    assert len(answers) == 2
    first = answers[0]
    assert len(first.spans) == 3  # the labelled paragraph and the two after it
    assert "not in a hurry" in first.text and "Senate" in first.text
    # the name the label gives (the recogniser may keep the title in it)
    assert all(speaker(s).endswith("Rosa Ibáñez Vidal") for s in answers)
    assert not any("Is it finished" in s.text or "Beijing directly" in s.text for s in a.statements)


def test_ministry_press_conference_with_name_then_title(annotate: Annotate) -> None:
    a = annotate(
        "Press Conference by Foreign Minister TANAKA Hiroshi\n\n"
        "Opening Remarks\n\n"
        "Mr. TANAKA Hiroshi, Minister for Foreign Affairs: Today I have one announcement. The "
        "government has decided to send relief supplies to Moldova.\n\n"
        "Questions and Answers\n\n"
        "Reporter: What did you tell the ambassador of Belarus?\n\n"
        "Mr. TANAKA Hiroshi, Minister for Foreign Affairs: I summoned the ambassador this "
        "morning. I also conveyed that Japan strongly condemns the seizure of the ferry. I also "
        "stated that the crew should be released at once.\n\n"
        "The situation changes by the hour, and we will keep in close touch with our partners.\n\n"
        "Reporter: Will Japan take in the crew's families?\n\n"
        "Mr. TANAKA Hiroshi, Minister for Foreign Affairs: We will consider it on humanitarian "
        "grounds."
    )
    answers = turn_statements(a)
    assert len(answers) == 3
    assert all("tanaka" in speaker(s).lower() for s in answers)
    # a heading ends the turn before it: it is no part of the answer
    assert not any("Questions and Answers" in s.text for s in a.statements)
    second = answers[1]
    assert "condemns the seizure" in second.text and "close touch" in second.text
    assert not any("tell the ambassador" in s.text for s in a.statements)


def test_first_person_reports_in_an_answer_are_the_labelled_speaker(nlp: Language) -> None:
    text = (
        "Reporter: I have one question. What did you tell the ambassador?\n\n"
        "Mr. TANAKA Hiroshi, Minister for Foreign Affairs: I told him that the crew must be "
        "released. The ambassador said that his government would study the request.\n\n"
        "Reporter: Anything else?\n\n"
        "Mr. TANAKA Hiroshi, Minister for Foreign Affairs: Nothing more today."
    )
    parsed = nlp(text)
    finder = StatementFinder(parsed, DocumentActors(parsed, load_dictionary(), "doc"))
    found = finder.found()
    # "I told him that ...": the minister's own words, inside his answer, not a second record
    assert not any(
        f.rule != "transcript_turn" and "crew must be" in text[f.start : f.end] for f in found
    )
    # the ambassador's reported speech inside the answer is the ambassador's
    reported = [
        f
        for f in found
        if "study the request" in text[f.start : f.end] and f.rule != "transcript_turn"
    ]
    assert reported and reported[0].speaker is not None
    assert "ambassador" in reported[0].speaker.name.lower()
    # "I" in the answer is the labelled speaker for the reported-speech rules
    voice = finder.ctx.voice_at(parsed.char_span(text.index("I told"), text.index(" told"))[0])
    assert voice is not None and "TANAKA" in voice.name
    asking = parsed.char_span(text.index("I have"), text.index(" have one"))
    assert asking is not None and finder.ctx.voice_at(asking[0]) is None


def test_broadcast_labels_name_comma_title_and_bracketed_description(annotate: Annotate) -> None:
    a = annotate(
        "NORA HALE, HOST: Welcome back. Is the strike over?\n\n"
        "Mr. OTTO GRAY (Union Organiser): Not yet. The workers will vote on Friday.\n\n"
        "HALE: And if they vote no? What then?\n\n"
        "Mr. GRAY: Then the ports stay closed through the holidays."
    )
    answers = turn_statements(a)
    assert [s.text for s in answers] == [
        "Not yet. The workers will vote on Friday.",
        "Then the ports stay closed through the holidays.",
    ]
    assert all("gray" in speaker(s).lower() for s in answers)


def test_an_article_with_colon_sentences_and_headings_has_no_turns(annotate: Annotate) -> None:
    a = annotate(
        "Bottom Line: The harbour will reopen in May, the council said on Monday.\n\n"
        "The message was clear: no more delays would be tolerated.\n\n"
        "Why It Matters: Fishing crews have been idle since January.\n\n"
        "Photo: Boats moored at the quay in Bergen."
    )
    assert turn_statements(a) == []


# --- utterances carried on past their attribution ----------------------------------------


def test_second_quote_after_said_with_a_surname_the_tagger_reads_as_a_noun(
    annotate: Annotate,
) -> None:
    a = annotate(
        "State Department spokesman Ned Price welcomed the truce.\n\n"
        '"We applaud both sides for this important step," Price said. "The United States '
        'remains ready to help monitor it."'
    )
    quotes = [s for s in a.statements if "applaud" in s.text]
    assert len(quotes) == 1
    s = quotes[0]
    assert speaker(s) == "Ned Price"
    assert len(s.spans) == 2 and "remains ready" in s.text
    assert "said" not in s.text


def test_subjectless_adding_after_a_quote_joins_the_utterance(annotate: Annotate) -> None:
    a = annotate(
        "President Lena Varga spoke about the border camps on Sunday. “I told our interior "
        "minister that we cannot keep the camps open,” adding, “They will understand Hungary. "
        "The day they do not, they will leave.”"
    )
    quotes = [s for s in a.statements if "camps open" in s.text or "understand Hungary" in s.text]
    assert len(quotes) == 1
    s = quotes[0]
    assert speaker(s) == "Lena Varga"
    assert len(s.spans) == 2
    assert "adding" not in s.text
    assert s.text.endswith("they will leave.")


def test_said_adding_is_one_utterance(annotate: Annotate) -> None:
    a = annotate(
        "“We will not leave the talks,” Minister Pavel Horak said, adding, “Nobody gains from "
        "an empty chair.”"
    )
    quotes = [s for s in a.statements if s.kind == "direct"]
    assert len(quotes) == 1
    assert len(quotes[0].spans) == 2
    assert "adding" not in quotes[0].text and "said" not in quotes[0].text


def test_adding_with_no_named_speaker_attributes_nothing(annotate: Annotate) -> None:
    a = annotate(
        "The weather turned cold on Sunday. “We cannot keep the camps open,” adding, “They "
        "will leave.”"
    )
    assert not any("camps open" in s.text for s in a.statements)


def test_labels_alone_on_their_line_with_a_title_label_for_the_introduced_minister(
    annotate: Annotate,
) -> None:
    a = annotate(
        "Press Conference by Foreign Minister Ayesha Rahman\n\n"
        "1. Visit to Nepal\n\n"
        "Question:\n"
        "Reports say you will travel to Kathmandu next week. What is the purpose of the visit?\n\n"
        "Foreign Minister Ayesha Rahman:\n"
        "I will sign the river agreement. It has taken four years to prepare.\n\n"
        "Question:\n"
        "Will you meet the prime minister?\n\n"
        "Minister:\n"
        "Nothing has been decided yet."
    )
    answers = turn_statements(a)
    assert [s.text for s in answers] == [
        "I will sign the river agreement. It has taken four years to prepare.",
        "Nothing has been decided yet.",
    ]
    assert all("Ayesha Rahman" in speaker(s) for s in answers)


def test_a_title_label_is_the_person_whose_label_gave_that_title(annotate: Annotate) -> None:
    a = annotate(
        "MARK OWENS: Minister, will the embassy reopen this year?\n\n"
        "CLARA MENDES, TRADE MINISTER: We hope so. The talks have gone well.\n\n"
        "MARK OWENS: And the tariffs? Will they go?\n\n"
        "TRADE MINISTER: They will be reviewed in the spring."
    )
    answers = turn_statements(a)
    assert [speaker(s).lower() for s in answers] == ["clara mendes", "clara mendes"]
    assert not any("embassy reopen" in s.text for s in a.statements)


def test_a_moderator_runs_the_event_and_says_nothing_on_record(annotate: Annotate) -> None:
    a = annotate(
        "MODERATOR: Good morning. The minister will take three questions.\n\n"
        "Reporter: Will the border reopen?\n\n"
        "Minister Joao Pires: The border reopens on Monday for trucks and on Friday for cars.\n\n"
        "MODERATOR: Next question, please."
    )
    assert [s.text for s in a.statements if s.rule == "transcript_turn"] == [
        "The border reopens on Monday for trucks and on Friday for cars."
    ]
    assert not any("Next question" in s.text or "Good morning" in s.text for s in a.statements)


@pytest.mark.parametrize(
    "text",
    [
        "“We will not cut school feeding,” Minister Kofi Mensah said, adding: “It is the last "
        "thing we would touch.”",
        "“We will not cut school feeding,” Minister Kofi Mensah told reporters, and added: “It "
        "is the last thing we would touch.”",
    ],
)
def test_adding_after_a_named_attribution_continues_the_utterance(
    annotate: Annotate, text: str
) -> None:
    a = annotate(text)
    quotes = [s for s in a.statements if s.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].text == "We will not cut school feeding … It is the last thing we would touch."
    assert speaker(quotes[0]) == "Kofi Mensah"


def test_adding_that_is_reported_speech_not_a_quote_part(annotate: Annotate) -> None:
    a = annotate(
        "“Nobody wants a default,” Minister Kofi Mensah said, adding that talks would resume in "
        "March."
    )
    quote = [s for s in a.statements if "default" in s.text]
    assert len(quote) == 1 and len(quote[0].spans) == 1


def test_honorific_surname_label_is_the_person_the_introduction_names(
    annotate: Annotate,
) -> None:
    a = annotate(
        "Foreign ministry spokeswoman Ilse Brandt briefed reporters in Berlin on Monday.\n\n"
        "MS BRANDT: Good afternoon. We welcome the ceasefire and urge both sides to keep it.\n\n"
        "QUESTION: Ilse, Moscow says the talks are over. Is that your view?\n\n"
        "MS BRANDT: The talks are not over from our side."
    )
    answers = turn_statements(a)
    assert len(answers) == 2
    assert {speaker(s) for s in answers} == {"Ilse Brandt"}
    assert not any("Is that your view" in s.text for s in a.statements)


# --- remarks under one label, and the last turn (round-4 user trial, lead) ----------------


def test_one_label_with_name_and_office_opens_remarks_to_the_end(annotate: Annotate) -> None:
    a = annotate(
        "Press Conference by Minister ODA Keiko\n\n"
        "Opening Remarks\n\n"
        "Ms. ODA Keiko, Minister for Trade: Following the floods, I called the ambassador of "
        "Peru this morning.\n\n"
        "It is very regrettable that the shipments have been held at the border for a week.\n\n"
        "I also stated that the port should reopen without delay."
    )
    answers = turn_statements(a)
    assert len(answers) == 1
    assert "oda" in speaker(answers[0]).lower()
    remarks = answers[0]
    assert "held at the border" in remarks.text and "reopen without delay" in remarks.text
    assert len(remarks.spans) == 3


def test_one_label_without_an_office_is_no_transcript(annotate: Annotate) -> None:
    a = annotate(
        "Warning: the road to the port is closed.\n\n"
        "Heavy rain fell across the region on Monday, officials said."
    )
    assert turn_statements(a) == []


def test_the_last_answer_stops_at_an_unlabelled_question_to_you(annotate: Annotate) -> None:
    a = annotate(
        "Radio host Mara Quist interviewed Foreign Minister Ilya Dorn of Valdavia.\n\n"
        "Mara Quist: What did you mean by an all-or-nothing deal?\n\n"
        "Foreign Minister Ilya Dorn: Every clause was negotiated for years.\n\n"
        "You cannot pick one element and discard the rest.\n\n"
        "Do you mean that you will not accept any change, whatever the others suggest?"
    )
    answers = turn_statements(a)
    assert len(answers) == 1
    assert "pick one element" in answers[0].text
    assert "whatever the others suggest" not in answers[0].text
