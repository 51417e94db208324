"""Each quote and reported-speech shape on sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation, Statement

Annotate = Callable[[str], Annotation]


def only(annotation: Annotation, fragment: str) -> Statement:
    matches = [s for s in annotation.statements if fragment in s.text]
    assert len(matches) == 1, [s.text for s in annotation.statements]
    return matches[0]


def parts(annotation: Annotation, statement: Statement) -> list[str]:
    """The statement's parts as the document text has them."""
    spans = getattr(statement, "spans", None) or [(statement.start, statement.end)]
    if len(spans) == 1 and " … " in statement.text:
        return statement.text.split(" … ")
    return [annotation.document.text[s:e] for s, e in spans]


def speaker_name(statement: Statement) -> str | None:
    return statement.speaker.name if statement.speaker else None


def test_attribution_after_the_quote(annotate: Annotate) -> None:
    a = annotate("“We will rebuild the bridge by spring,” Mayor Anna Kowalski said on Monday.")
    s = only(a, "rebuild the bridge")
    assert s.kind == "direct"
    assert s.text == "We will rebuild the bridge by spring"
    assert speaker_name(s) == "Anna Kowalski"
    assert s.cue == "said"
    assert a.document.text[s.start : s.end] == s.text


def test_attribution_before_the_quote_with_a_comma(annotate: Annotate) -> None:
    a = annotate("Prime Minister Tomas Varga replied, “The border will stay open.”")
    s = only(a, "border will stay open")
    assert (s.kind, speaker_name(s), s.cue) == ("direct", "Tomas Varga", "replied")


def test_attribution_inside_a_split_quote(annotate: Annotate) -> None:
    a = annotate("“The talks are over,” Ambassador Lena Holm said, “and nothing was agreed.”")
    texts = {s.text: speaker_name(s) for s in a.statements}
    # One utterance interrupted by its attribution: one statement in two parts.
    assert texts == {"The talks are over … and nothing was agreed.": "Lena Holm"}
    assert parts(a, a.statements[0]) == ["The talks are over", "and nothing was agreed."]


def test_colon_introduces_the_quote(annotate: Annotate) -> None:
    a = annotate("Senator Ruth Adler had this to say: “The treaty is dead on arrival.”")
    s = only(a, "treaty is dead")
    assert speaker_name(s) == "Ruth Adler"


def test_pronoun_speaker_resolved_to_the_last_person(annotate: Annotate) -> None:
    a = annotate(
        "The newspaper asked Defence Minister Karl Brandt whether the army would leave. "
        "“Not this year,” he said."
    )
    s = only(a, "Not this year")
    assert speaker_name(s) == "Karl Brandt"
    assert s.speaker is not None and s.speaker.text == "he"


def test_continuation_quote_belongs_to_the_previous_speaker(annotate: Annotate) -> None:
    a = annotate(
        "“Our farmers are suffering,” Governor Maria Lopez said. "
        "“The subsidies must return before the harvest.”"
    )
    s = only(a, "subsidies must return")
    assert s.kind == "direct"
    assert speaker_name(s) == "Maria Lopez"


def test_reported_speech_with_that_clause_and_addressee(annotate: Annotate) -> None:
    a = annotate(
        "Foreign Minister Ivan Petrov told the Associated Press that Moscow would not retreat."
    )
    s = only(a, "Moscow would not retreat")
    assert s.kind == "indirect"
    assert speaker_name(s) == "Ivan Petrov"
    assert s.addressee is not None and s.addressee.name == "Associated Press"


def test_group_speaker_with_relative_pronoun(annotate: Annotate) -> None:
    a = annotate("The plan worried several Italian diplomats, who say the ceasefire cannot hold.")
    s = only(a, "ceasefire cannot hold")
    assert s.speaker is not None and "Italian diplomats" in s.speaker.name
    assert s.speaker.country == "ITA"


def test_mixed_reported_speech_quoting_a_fragment(annotate: Annotate) -> None:
    a = annotate("General Omar Haddad said the rebels were “close to collapse” after the raid.")
    s = only(a, "close to collapse")
    assert s.kind == "mixed"
    assert speaker_name(s) == "Omar Haddad"


def test_according_to(annotate: Annotate) -> None:
    a = annotate(
        "According to the World Health Organization, the outbreak has slowed in the north."
    )
    s = only(a, "outbreak has slowed")
    assert s.cue == "according to"
    assert speaker_name(s) == "WHO"  # international organisations go by their acronym


def test_parenthetical_attribution(annotate: Annotate) -> None:
    a = annotate(
        "The embargo will end in May, Chancellor Petra Wolf told reporters, and trade will resume."
    )
    s = only(a, "embargo will end in May")
    assert speaker_name(s) == "Petra Wolf"


def test_author_voice_and_scare_quotes_are_not_statements(annotate: Annotate) -> None:
    a = annotate(
        "I think the summit failed. We say the policy is wrong. "
        "Critics call it the “grand bargain” era of diplomacy."
    )
    assert [s.text for s in a.statements if s.speaker is None or s.speaker.name == "I"] == []
    assert all("grand bargain" not in s.text for s in a.statements if s.kind == "direct")


def test_unbalanced_mark_keeps_later_quotes(annotate: Annotate) -> None:
    a = annotate('The memo said " nothing.\n“We stand ready,” President Ana Costa said.')
    s = only(a, "We stand ready")
    assert speaker_name(s) == "Ana Costa"


def test_title_then_name_in_apposition(annotate: Annotate) -> None:
    a = annotate("Norway's trade minister, Ola Berg, urged both sides to show restraint.")
    s = only(a, "show restraint")
    assert s.speaker is not None
    assert (s.speaker.name, s.speaker.country) == ("Ola Berg", "NOR")


def test_speech_verb_misparsed_as_reduced_relative(annotate: Annotate) -> None:
    a = annotate(
        "Chile’s defence minister, Rosa Vidal, announced on Tuesday that Santiago would send "
        "two ships to Peru."
    )
    s = only(a, "Santiago would send two ships")
    assert speaker_name(s) == "Rosa Vidal"


def test_british_single_quotes_and_continuation(annotate: Annotate) -> None:
    a = annotate(
        "‘We will not be intimidated,’ Minister Ann Blake told MPs. ‘Nor will our allies.’"
    )
    assert {s.text: speaker_name(s) for s in a.statements} == {
        "We will not be intimidated … Nor will our allies.": "Ann Blake",
    }


def test_a_statement_speaks_for_whoever_issued_it(annotate: Annotate) -> None:
    a = annotate(
        "Kenya's foreign ministry said in a statement that the border was closed. "
        "“The closure is temporary,” the statement said."
    )
    s = only(a, "closure is temporary")
    assert s.speaker is not None and s.speaker.country == "KEN"


def test_dateline_is_not_part_of_the_speaker(annotate: Annotate) -> None:
    a = annotate("NAIROBI — Kenyan police said the protest had ended peacefully.")
    s = only(a, "protest had ended")
    assert s.speaker is not None and not s.speaker.text.startswith("NAIROBI")


def test_comma_bounded_subject_then_verb(annotate: Annotate) -> None:
    a = annotate(
        "The Arab League chief, Ahmed Aboul Gheit, called on both sides to show “restraint” "
        "and offered to mediate."
    )
    s = only(a, "restraint")
    assert speaker_name(s) == "Ahmed Aboul Gheit"


def test_titles_in_quotation_marks_are_not_statements(annotate: Annotate) -> None:
    a = annotate(
        'As the historian Mary Beard wrote in "The Roman Triumph," empires rise and fall. '
        'Speaking to "Face the Nation" on Sunday, Minister Omar Said said talks would resume.'
    )
    assert {s.text for s in a.statements if s.kind == "direct"} == set()
    assert any("empires rise and fall" in s.text for s in a.statements)
    assert any("talks would resume" in s.text for s in a.statements)


def test_according_to_at_the_end_is_cut_from_the_content(annotate: Annotate) -> None:
    a = annotate("The ceasefire is holding, according to United Nations monitors.")
    s = only(a, "ceasefire is holding")
    assert s.text == "The ceasefire is holding"
    assert s.cue == "according to"


def test_mixed_statement_keeps_its_closing_mark(annotate: Annotate) -> None:
    a = annotate('Minister Lena Berg said the alliance was "stronger than ever."')
    s = only(a, "stronger than ever")
    assert s.text.endswith('ever."')


def test_speech_not_yet_made_is_not_a_statement(annotate: Annotate) -> None:
    a = annotate(
        "Chancellor Ida Lund is expected to tell the summit that Norway will leave. "
        "Tomorrow she will say that the decision is final. "
        "Officials said the talks had failed."
    )
    assert [s.text for s in a.statements] == ["the talks had failed"]


def test_a_short_capitalised_answer_is_still_speech(annotate: Annotate) -> None:
    a = annotate("Asked about a second term, President Rosa Vidal said: “Absolutely Not.”")
    assert speaker_name(only(a, "Absolutely Not")) == "Rosa Vidal"
