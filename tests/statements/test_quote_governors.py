"""Who governs a quotation: negation and subjects on the far side of a quotation mark, several
quotes under one verb, quotes inside reported speech, the open class of verbs that quote, "it"
as a speaker, and findings of documents and bodies."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation, Statement

Annotate = Callable[[str], Annotation]


def holding(annotation: Annotation, fragment: str) -> list[Statement]:
    return [s for s in annotation.statements if fragment in s.text]


def speaker(statement: Statement) -> str | None:
    return statement.speaker.name if statement.speaker else None


# --- a quotation mark between the verb and its "not" or its subject ------------------------


def test_a_negation_inside_the_quote_does_not_negate_the_cue(annotate: Annotate) -> None:
    a = annotate(
        "The volunteers gathered early.\n\n"
        '"Is the city ready? Probably not," Mayor Lena Ostrova said. "Will it be? Surely."\n\n'
        '"Never," said Deputy Mayor Ivo Brandt. The council did not say "yes" either.'
    )
    [ready] = holding(a, "Is the city ready")
    assert speaker(ready) == "Lena Ostrova"
    text = a.document.text
    assert [text[lo:hi] for lo, hi in ready.spans][1:] == ["Will it be? Surely."]
    assert not holding(a, "yes")


def test_the_subject_of_a_quote_is_never_the_cue_verbs_subject(annotate: Annotate) -> None:
    # "said" hangs on the quote's verb in the parse; "We" is the quote's, not the speaker.
    a = annotate(
        "The inquiry opened on Monday.\n\n"
        "“I will make this promise to you: We will find out what happened,” Harbour police "
        "Chief Anna Lindqvist said Monday."
    )
    [promise] = holding(a, "I will make this promise")
    assert promise.speaker is not None and "Lindqvist" in promise.speaker.name


# --- several quotes, one utterance -----------------------------------------------------------


def test_quotes_one_verb_governs_are_parts_of_one_statement(annotate: Annotate) -> None:
    a = annotate(
        'Senator Mara Quint called the governor a "pathological liar," a "serial bully" '
        'and a "coward."'
    )
    assert len(a.statements) == 1
    assert all(w in a.statements[0].text for w in ("pathological liar", "serial bully", "coward"))
    assert speaker(a.statements[0]) == "Mara Quint"
    b = annotate('Senator Mara Quint tweeted that the governor was "unfit" and "a serial bully."')
    assert len(b.statements) == 1
    assert "unfit" in b.statements[0].text and "serial bully" in b.statements[0].text


def test_a_quote_inside_reported_speech_is_part_of_it(annotate: Annotate) -> None:
    a = annotate('Mayor Tomas Reyes said the budget was "reckless" and "a disgrace."')
    assert len(a.statements) == 1
    assert "reckless" in a.statements[0].text
    assert speaker(a.statements[0]) == "Tomas Reyes"


# --- the open class of verbs that quote -------------------------------------------------------


def test_any_verb_with_an_agent_subject_can_quote(annotate: Annotate) -> None:
    a = annotate(
        'Senator Ruth Hale equated the tariffs with "a tax on every kitchen table."\n\n'
        'Protesters chanted "No more cuts!" until midnight.\n\n'
        'Governor Paul Ekberg lauded the engineers for helping build "a bridge for a century."'
    )
    [tariffs] = holding(a, "a tax on every kitchen table")
    assert (tariffs.kind, speaker(tariffs), tariffs.rule) == (
        "mixed",
        "Ruth Hale",
        "open_verb_quote",
    )
    [chant] = holding(a, "No more cuts")
    assert chant.speaker is not None and chant.speaker.kind == "group"
    [bridge] = holding(a, "a bridge for a century")
    assert speaker(bridge) == "Paul Ekberg"


def test_likening_is_a_characterisation_with_its_object(annotate: Annotate) -> None:
    a = annotate('Senator Ruth Hale likened the tariffs to "a tax on every kitchen table."')
    [tariffs] = holding(a, "a tax on every kitchen table")
    assert (tariffs.kind, speaker(tariffs), tariffs.rule) == (
        "mixed",
        "Ruth Hale",
        "judging_object",
    )
    assert tariffs.text.startswith("the tariffs to")


def test_borrowed_words_displayed_words_and_weather_are_not_quoted_speech(
    annotate: Annotate,
) -> None:
    a = annotate(
        'The senator rejected any "need" for new taxes. '
        'She wore a shirt reading "Vote Local" to the rally. '
        'The weather turned "brutal" on Tuesday.'
    )
    assert a.statements == ()


def test_it_after_a_quote_is_the_speaker_as_written(annotate: Annotate) -> None:
    a = annotate(
        'The ministry published its figures on Monday. "Exports fell by a fifth," it added.'
    )
    [exports] = holding(a, "Exports fell")
    # The resolver takes "it" up as the body that acted before it (issue 12: "it" speakers).
    assert exports.speaker is not None and exports.speaker.name == "ministry"
    b = annotate('"It was a long night," it seemed to everyone in the room.')
    assert b.statements == ()


# --- findings ----------------------------------------------------------------------------------


def test_documents_and_bodies_report_findings(annotate: Annotate) -> None:
    a = annotate(
        "Polls show a close contest in the state. "
        "An arbitration panel found the company was in breach of the contract. "
        "A study by the institute found 31 cases of fraud among a million ballots."
    )
    [polls] = holding(a, "a close contest")
    assert polls.speaker is not None and polls.speaker.kind == "document"
    [panel] = holding(a, "in breach of the contract")
    assert panel.speaker is not None and "panel" in panel.speaker.name
    assert holding(a, "31 cases of fraud")


def test_a_judgment_or_a_discovery_is_not_a_finding(annotate: Annotate) -> None:
    a = annotate(
        "The senator found the hearing tedious. Rescuers found two survivors in the rubble."
    )
    assert a.statements == ()


# --- "according to" the parser lost, "what she called" ---------------------------------------


def test_according_to_at_the_edges_of_a_sentence_the_parser_lost(annotate: Annotate) -> None:
    a = annotate(
        "According to veteran radio host Mara Lind, the merger reeks of “panic” and haste. "
        "The coach benched three starters, according to team insiders."
    )
    [merger] = holding(a, "the merger reeks")
    assert merger.rule == "according_to" and speaker(merger) is not None
    assert "Lind" in (speaker(merger) or "")
    [benched] = holding(a, "benched three starters")
    assert benched.rule == "according_to" and "insiders" in (speaker(benched) or "")


def test_what_a_speaker_called_is_her_word(annotate: Annotate) -> None:
    a = annotate(
        "She had been in hospital for weeks after what she called a “rant,” a series of posts."
    )
    [rant] = holding(a, "rant")
    assert rant.speaker is not None and rant.speaker.text == "she"


# --- press releases: the statement after "issued the following statement:" --------------------


def test_unquoted_paragraphs_after_an_announcing_colon(annotate: Annotate) -> None:
    a = annotate(
        "BRUSSELS — Commissioner Lena Varga issued the following statement on Tuesday:\n\n"
        "The decision to close the rural clinics is wrong, and we will fight it in court.\n\n"
        "Families deserve care close to home, not a three-hour drive to the nearest hospital.\n\n"
        "###\n\n"
        "About the Commission: it proposes laws for the member states and enforces them."
    )
    [release] = [s for s in a.statements if s.rule == "statement_follows"]
    assert speaker(release) == "Lena Varga"
    text = a.document.text
    parts = [text[lo:hi] for lo, hi in release.spans]
    assert len(parts) == 2 and parts[1].startswith("Families deserve care")
    assert not any("proposes laws" in s.text for s in a.statements)


def test_a_colon_after_a_verb_that_is_not_speech_announces_nothing(annotate: Annotate) -> None:
    a = annotate(
        "The ministry raised fuel prices on Friday for three reasons:\n\n"
        "Fuel costs have doubled since January and show no sign of falling soon."
    )
    assert not [s for s in a.statements if s.rule == "statement_follows"]


def test_a_transcript_header_is_not_a_speaker(annotate: Annotate) -> None:
    a = annotate(
        "Transcript: President Ada Moreau interviewed by Radio Nord\n\n"
        "Interviewer: Will you run again?\n\n"
        "President Moreau: I have not decided, and I will not decide before the summer."
    )
    assert all(s.speaker is None or "Transcript" not in s.speaker.name for s in a.statements)
    assert not any("President Ada Moreau interviewed" in s.text for s in a.statements)
    [answer] = holding(a, "I have not decided")
    assert "Moreau" in (speaker(answer) or "")


def test_a_report_ends_where_another_speakers_report_begins(annotate: Annotate) -> None:
    a = annotate(
        "Minister Ada Kern said fathers would not be eligible, and when pressed on why the plan "
        "leaves out dads, the ministry's spokesman Paul Roth replied that the rules were still "
        "being written."
    )
    [fathers] = holding(a, "fathers would not be eligible")
    assert "replied" not in fathers.text and "Roth" not in fathers.text
    [rules] = holding(a, "the rules were still being written")
    assert "Roth" in (speaker(rules) or "")


def test_imagined_speech_inside_a_quote_is_not_a_nested_statement(annotate: Annotate) -> None:
    a = annotate(
        "\"Maybe I can, by speaking plainly, say, 'Look, this is not who we are,'\" Lund said.\n\n"
        "\"They thought Obama saying, 'Go vote,' would be enough,\" the strategist said.\n\n"
        "\"At our first meeting he said, 'Our approach has not worked,'\" Mitchell recalled."
    )
    nested = [s for s in a.statements if s.rule == "nested_quote"]
    assert [s.text for s in nested] == ["Our approach has not worked"]


# --- headlines ---------------------------------------------------------------------------------


def test_a_headline_name_and_colon_attributes_what_follows(annotate: Annotate) -> None:
    a = annotate(
        "Lindqvist: Stockholm needs to 'stop waiting' on the rail link.\n\n"
        "Mayor Eva Lindqvist told reporters on Friday that the project was late."
    )
    [head] = [s for s in a.statements if s.rule == "headline_colon"]
    assert head.text.startswith("Stockholm needs to") and "Lindqvist" in (speaker(head) or "")
    b = annotate("Poll: Voters split on the new tariffs.\n\nA new poll shows a divided state.")
    [poll] = [s for s in b.statements if s.rule == "headline_colon"]
    assert poll.speaker is not None and poll.speaker.kind == "document"


def test_headline_labels_that_are_not_names_attribute_nothing(annotate: Annotate) -> None:
    for text in (
        "Stealth Over Health: The Senator Was Headed to Hospital.\n\nHealth was the issue.",
        "The Latest: Lindqvist urges calm.\n\nLindqvist spoke on Friday.",
        "Q: Will you run again?\n\nQ: And the budget?\n\nA: Not this year.",
    ):
        assert not [s for s in annotate(text).statements if s.rule == "headline_colon"]
