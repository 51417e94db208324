"""Issue 10's cases and more members of each kind, on sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation, Statement
from cablegram.statements.cues import load_cues, read_lexicon
from cablegram.statements.registry import REGISTRY

Annotate = Callable[[str], Annotation]


def by_text(annotation: Annotation) -> dict[str, str | None]:
    return {s.text: (s.speaker.name if s.speaker else None) for s in annotation.statements}


def find(annotation: Annotation, fragment: str) -> Statement:
    matches = [s for s in annotation.statements if fragment in s.text]
    assert len(matches) == 1, [(s.text, s.rule) for s in annotation.statements]
    return matches[0]


# --- press-release forms -------------------------------------------------------------------


def test_issue_case_dash_signature_and_colon_paragraph(annotate: Annotate) -> None:
    a = annotate(
        "The commission confirmed Dana Reyes as its new director on Tuesday.\n\n"
        '"As I said when she was nominated, Dana knows this agency inside out." '
        "—Commissioner Marcus Olsen\n\n"
        "And from Chairwoman Renata Alvarez:\n\n"
        '"Dana has spent twenty years making this agency work for the people it serves."'
    )
    assert by_text(a) == {
        "As I said when she was nominated, Dana knows this agency inside out.": "Marcus Olsen",
        "Dana has spent twenty years making this agency work for the people it serves.": (
            "Renata Alvarez"
        ),
    }
    assert {s.kind for s in a.statements} == {"direct"}
    assert [s.rule for s in a.statements] == ["dash_signature", "colon_intro"]


def test_dash_signature_with_title_after_the_name(annotate: Annotate) -> None:
    a = annotate(
        "“Our harbour will be open to every ship that respects the rules.”\n"
        "– Harbour Master Ingrid Solberg, Port of Bergen"
    )
    assert find(a, "open to every ship").speaker is not None
    assert find(a, "open to every ship").speaker.name == "Ingrid Solberg"  # type: ignore[union-attr]


def test_wire_signoff_credit_is_no_dash_signature(annotate: Annotate) -> None:
    a = annotate(
        "The charity said the camps were full. “Families keep arriving every night.” "
        "– Tomas Reyes with Lina Haddad in Kabul, Afghanistan, AFP / Example.com"
    )
    found = [s for s in a.statements if "keep arriving" in s.text]
    assert all(s.speaker is None or s.speaker.name != "Tomas Reyes" for s in found)
    assert all(s.rule != "dash_signature" for s in found)


def test_name_and_title_before_a_colon(annotate: Annotate) -> None:
    a = annotate(
        "Tomasz Nowak, chairman of the port authority: “We welcome the ruling and will appeal "
        "nothing.”"
    )
    s = find(a, "welcome the ruling")
    assert s.speaker is not None and s.speaker.name == "Tomasz Nowak"


# --- interview and transcript turns --------------------------------------------------------


def test_issue_case_interview_answers_belong_to_the_minister(annotate: Annotate) -> None:
    a = annotate(
        "Ghana's Finance Minister Kofi Mensah spoke to our correspondent in Accra about the "
        "debt talks.\n\n"
        "Q: Will Ghana accept the IMF's conditions?\n\n"
        "Mensah: We will not accept cuts to school feeding.\n\n"
        "Q: And China?\n\n"
        "Mensah: Beijing has promised to join the creditor committee."
    )
    answers = [s for s in a.statements if s.rule == "transcript_turn"]
    assert [s.text for s in answers] == [
        "We will not accept cuts to school feeding.",
        "Beijing has promised to join the creditor committee.",
    ]
    assert {s.speaker.name for s in answers if s.speaker} == {"Kofi Mensah"}
    assert not any("IMF's conditions" in s.text for s in a.statements)
    promise = [e for e in a.events if "promised" in e.sentence]
    assert promise and all(e.modality == "reported" for e in promise)


def test_title_labels_and_answer_labels_take_the_introduced_speaker(annotate: Annotate) -> None:
    a = annotate(
        "Prime Minister Ana Lopes of Portugal answered questions from reporters in Lisbon.\n\n"
        "QUESTION: Will the government raise taxes next year?\n\n"
        "PRIME MINISTER: No. We have a plan that keeps them where they are.\n\n"
        "QUESTION: What about the fishing quotas?\n\n"
        "PRIME MINISTER: We will defend them in Brussels."
    )
    answers = [s for s in a.statements if s.rule == "transcript_turn"]
    assert len(answers) == 2
    assert {s.speaker.name for s in answers if s.speaker} == {"Ana Lopes"}
    assert not any("raise taxes" in s.text for s in a.statements)


def test_named_host_and_guest_labels_glued_to_their_words(annotate: Annotate) -> None:
    # Written for the test: a broadcast transcript whose labels carry no space after the
    # colon, the host named in full once and by surname after.
    a = annotate(
        "MARTA KLEIN:Minister, thank you for joining us.\n\n"
        "OKAFOR:Thank you for having me.\n\n"
        "KLEIN:Will Nigeria send troops to Niger?\n\n"
        "OKAFOR:No. We will not send troops while talks continue in Abuja.\n\n"
        "KLEIN:And if the talks fail? Would you rule it out?\n\n"
        "OKAFOR:We rule nothing out, but our priority is dialogue."
    )
    answers = {s.text: s.speaker.name if s.speaker else None for s in a.statements}
    assert "No. We will not send troops while talks continue in Abuja." in answers
    assert "We rule nothing out, but our priority is dialogue." in answers
    assert {(answers[t] or "").lower() for t in answers if t.startswith(("No.", "We rule"))} == {
        "okafor"
    }
    # the host asks in every turn but the greeting, the guest in none: the host's turns
    # are questions, no one's statements
    assert not any("send troops to Niger" in t or "thank you for joining" in t for t in answers)


def test_q_and_a_labels(annotate: Annotate) -> None:
    a = annotate(
        "Our reporter spoke with Senator Helen Marsh after the vote.\n"
        "Q: Did the bill go far enough?\n"
        "A: It went as far as the votes allowed.\n"
        "Q: Will you run again?\n"
        "A: I have not decided."
    )
    answers = [s for s in a.statements if s.rule == "transcript_turn"]
    assert [s.text for s in answers] == [
        "It went as far as the votes allowed.",
        "I have not decided.",
    ]
    assert {s.speaker.name for s in answers if s.speaker} == {"Helen Marsh"}


# --- a quote standing alone after the sentence naming its speaker -------------------------


def test_quote_after_the_sentence_describing_its_speaker(annotate: Annotate) -> None:
    a = annotate(
        "Kenyan Foreign Minister Peter Otieno was blunt when asked about the closures. "
        '"We cannot keep closing this crossing."'
    )
    s = find(a, "keep closing this crossing")
    assert s.speaker is not None and s.speaker.name == "Peter Otieno"
    b = annotate(
        "Danish Defence Minister Lars Holm sounded cautious on Monday. "
        "“We will watch, and we will wait.”"
    )
    assert find(b, "watch, and we will wait").speaker.name == "Lars Holm"  # type: ignore[union-attr]


# --- one utterance in parts ----------------------------------------------------------------


def test_quote_then_attribution_then_second_quote_is_one_statement(annotate: Annotate) -> None:
    text = "“The port is closed,” the harbour master said. “It will stay closed until Friday.”"
    a = annotate(text)
    assert len(a.statements) == 1
    s = a.statements[0]
    assert [text[b:e] for b, e in s.parts] == [
        "The port is closed",
        "It will stay closed until Friday.",
    ]
    assert s.text == "The port is closed … It will stay closed until Friday."
    assert (s.start, s.end) == (s.parts[0][0], s.parts[-1][1])


def test_british_multi_paragraph_quote_is_one_statement(annotate: Annotate) -> None:
    text = (
        "‘We will rebuild the harbour,’ Mayor Ines Duarte told the council.\n"
        "‘It will take five years.\n"
        "‘And it will cost more than we hoped.’"
    )
    a = annotate(text)
    assert len(a.statements) == 1
    s = a.statements[0]
    assert len(s.parts) == 3 and s.speaker is not None and s.speaker.name == "Ines Duarte"
    assert text[s.parts[2][0] : s.parts[2][1]] == "And it will cost more than we hoped."


# --- the open cue lexicon and what is not a statement --------------------------------------


def test_issue_case_open_cues_and_unrealised_speech(annotate: Annotate) -> None:
    a = annotate(
        '"This is a dreadful day for our farmers," sighed Agriculture Minister Tomas Berg.\n\n'
        '"That\'s a bad deal for our ports," Polish diplomats grumbled.\n\n'
        'The mood darkened again as Berg said quietly, "We may not have them for long." '
        'Asked whether the talks had collapsed, Kovac did not say "never," but he left early.'
    )
    found = by_text(a)
    assert found["This is a dreadful day for our farmers"] == "Tomas Berg"
    assert "Polish diplomats" in (found["That's a bad deal for our ports"] or "")
    assert found["We may not have them for long."] == "Tomas Berg"
    assert not any("never" in t for t in found)
    assert not any("darkened" in t for t in found)


def test_a_verb_outside_the_lexicon_beside_a_quote_is_a_cue(annotate: Annotate) -> None:
    a = annotate("“We are done here,” Senator Ruth Adler deadpanned.")
    s = find(a, "We are done here")
    assert (s.cue, s.speaker.name if s.speaker else None) == ("deadpanned", "Ruth Adler")


def test_stop_listed_verbs_are_not_cues(annotate: Annotate) -> None:
    a = annotate("Minister Ida Lund thinks the treaty will fail. Her aides hope talks resume.")
    assert a.statements == ()


def test_an_open_verb_takes_only_a_clause_close_after_it(annotate: Annotate) -> None:
    near = annotate("Senator Ruth Adler grinned on Tuesday in Boston that the bill was a gift.")
    assert [s.cue for s in near.statements] == ["grinned"]
    far = annotate(
        "It is regrettable that Valdavia has occupied the islands despite the pleas at every "
        "level, including by President Omar Lind, that a settlement should be negotiated."
    )
    assert not [s for s in far.statements if s.cue == "occupied"]


def test_a_quote_inside_a_negated_complement_never_stands_alone(annotate: Annotate) -> None:
    a = annotate(
        "The two presidents agreed not to “attack or occupy each other's territory” and to "
        "meet again in March."
    )
    assert not [s for s in a.statements if s.text.startswith("attack or occupy")]


def test_a_closing_credit_to_the_press_is_no_part_of_what_was_said(annotate: Annotate) -> None:
    a = annotate(
        "Foreign Minister Ivo Marek said there was no need for outside mediation in the "
        "dispute, the Valdavian news agencies Vox and Pressa reported."
    )
    s = find(a, "no need for outside mediation")
    assert s.text.endswith("in the dispute")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The office of Valdavian prime minister Ivo Marek said on Thursday that the "
            "agreement with the rebels will take effect only after a cabinet vote, reports "
            "Agence Presse Libre (APL).",
            "office",
            "the agreement with the rebels will take effect only after a cabinet vote",
        ),
        (
            "Foreign Minister Ana Kovac said there was no need for outside mediation, "
            "Valdavian news agencies reported.",
            "Kovac",
            "there was no need for outside mediation",
        ),
        (
            "The defence ministry said the ambassador had been summoned, reports Pressa.",
            "ministry",
            "the ambassador had been summoned",
        ),
        (
            "The defence ministry said the ambassador had been summoned, reported the "
            "Valdavia Independent.",
            "ministry",
            "the ambassador had been summoned",
        ),
    ],
)
def test_a_report_carried_by_the_press_is_the_reporters_statement_not_the_carriers(
    annotate: Annotate, text: str, speaker: str, content: str
) -> None:
    a = annotate(text)
    assert [s.text for s in a.statements] == [content]
    found = a.statements[0].speaker
    assert found is not None and speaker in (found.text or "")


def test_a_promised_sum_or_count_is_no_statement(annotate: Annotate) -> None:
    a = annotate(
        "At the donors' meeting, Norway promised an additional $40 million, while the "
        "Red Cross pledged 2,000 tents. The minister promised a full inquiry into the fire."
    )
    assert [s.text for s in a.statements] == ["a full inquiry into the fire"]


def test_scare_quotes_bylines_and_so_called_are_not_statements(annotate: Annotate) -> None:
    a = annotate(
        "The senator rejected the so-called “peace dividend” outright. "
        "Anna Williams reports for the News-Press."
    )
    assert a.statements == ()


# --- colon, according to, nominal cues, documents, addressees ------------------------------


def test_colon_after_a_speech_verb(annotate: Annotate) -> None:
    a = annotate("Foreign Minister Jan Vorel said: “Europe must act now.”")
    assert find(a, "Europe must act now").speaker.name == "Jan Vorel"  # type: ignore[union-attr]


def test_document_sources_get_a_document_speaker(annotate: Annotate) -> None:
    a = annotate(
        "The campaign raised $2 million in March, according to FEC records. "
        "The report states that the money came from small donors."
    )
    first = find(a, "raised $2 million")
    assert first.speaker is not None and first.speaker.kind == "document"
    assert "FEC records" in first.speaker.name
    second = find(a, "money came from small donors")
    assert second.speaker is not None and second.speaker.kind == "document"


def test_released_a_statement_saying(annotate: Annotate) -> None:
    a = annotate(
        "The Danish shipping authority released a statement saying the strait would reopen."
    )
    s = find(a, "strait would reopen")
    assert s.speaker is not None and "shipping authority" in s.speaker.name.lower()
    assert s.rule == "nominal_cue"


def test_told_x_that_sets_the_addressee(annotate: Annotate) -> None:
    a = annotate("General Omar Haddad told the city council that the curfew would end.")
    s = find(a, "curfew would end")
    assert s.addressee is not None and "council" in s.addressee.name.lower()


def test_one_said_another_said_are_two_speakers(annotate: Annotate) -> None:
    a = annotate(
        "Two officials spoke on condition of anonymity. One said the deal was dead. "
        "Another said talks would resume in May."
    )
    first, second = find(a, "deal was dead"), find(a, "talks would resume")
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.text != second.speaker.text


def test_a_dateline_is_never_the_speaker(annotate: Annotate) -> None:
    a = annotate("SELMA — “We marched for this,” said a woman in the crowd.")
    s = find(a, "We marched for this")
    assert s.speaker is not None and "SELMA" not in s.speaker.name


def test_an_unresolved_description_stays_as_written(annotate: Annotate) -> None:
    a = annotate("The law firm said the lawsuit had no merit.")
    s = find(a, "lawsuit had no merit")
    assert s.speaker is not None and s.speaker.text.lower() == "the law firm"


# --- the registry and the lexicon ----------------------------------------------------------


def test_every_statement_names_a_registered_rule(annotate: Annotate) -> None:
    a = annotate(
        "“The talks are over,” Ambassador Lena Holm said. Officials said the border was shut, "
        "according to the Interior Ministry."
    )
    assert a.statements and all(s.rule in REGISTRY for s in a.statements)


def test_the_lexicon_gives_each_cue_a_sense() -> None:
    cues = load_cues()
    assert cues.sense("warn") == "warn"
    assert cues.sense("deny") == "deny"
    assert cues.sense("pledge") == "promise"
    assert cues.sense("urge") == "demand"
    assert cues.sense("statement", "noun") == "say"
    assert len(cues.lexicon_verbs) > 200


def test_a_malformed_lexicon_row_names_its_line() -> None:
    try:
        read_lexicon("lemma\tpos\tsense\ttakes\nsay\tverb\tbogus\tclause\n")
    except ValueError as err:
        assert ":2:" in str(err)
    else:
        raise AssertionError("a bad sense was accepted")


# --- nested quotes ---------------------------------------------------------------------------


def test_a_quote_inside_a_quote_belongs_to_its_own_speaker(annotate: Annotate) -> None:
    a = annotate(
        "“I told them, ‘We will not sign this treaty,’ and they laughed,” Minister Ida Berg said. "
        "“The envoy told me ‘there is no deal’ and walked out,” said Kurt Vogel."
    )
    [inner] = [s for s in a.statements if s.text == "We will not sign this treaty"]
    assert inner.rule == "nested_quote"
    assert inner.speaker is not None and inner.speaker.name == "Ida Berg"  # "I" is the speaker
    envoy = [s for s in a.statements if s.text == "there is no deal"]
    assert len(envoy) == 1 and envoy[0].speaker is not None
    assert "envoy" in envoy[0].speaker.text.lower()
    [outer] = [s for s in a.statements if s.text.endswith("and walked out")]
    assert outer.speaker is not None and outer.speaker.name == "Kurt Vogel"


# --- noun-phrase contents ------------------------------------------------------------------


def test_noun_phrase_contents_of_speech_acts(annotate: Annotate) -> None:
    a = annotate(
        "In July, the teachers' union called for a moratorium on charter schools. "
        "Democrats called the contempt citation a political ploy. "
        "Senator Ann Lee cited derogatory comments the candidate had made about veterans. "
        "Senator Ann Lee criticized the candidate."
    )
    rules = {s.text: s.rule for s in a.statements}
    assert rules.get("a moratorium on charter schools") == "demand_object"
    assert rules.get("the contempt citation a political ploy") == "judging_object"
    assert rules.get("derogatory comments the candidate had made about veterans") == "verb_object"
    assert not any(s.cue == "criticized" for s in a.statements)  # no content but a person


def test_a_poll_shows_is_a_document_speaking(annotate: Annotate) -> None:
    a = annotate("A new poll shows that the mayor leads by five points.")
    s = find(a, "mayor leads by five points")
    assert s.rule == "document_finding"
    assert s.speaker is not None and s.speaker.kind == "document"


def test_a_dateline_is_no_part_of_what_was_said(annotate: Annotate) -> None:
    # Written for the test: reported speech opening a wire paragraph after its dateline.
    a = annotate(
        "NAIROBI (Wire) - Kenya is ready to host new talks on the border, Foreign Minister "
        "Peter Otieno said on Monday.\n\n"
        "ACCRA -- Ghana will not accept new cuts to school feeding, Finance Minister Kofi "
        "Mensah told parliament."
    )
    texts = [s.text for s in a.statements]
    assert any(t.startswith("Kenya is ready to host new talks") for t in texts), texts
    assert any(t.startswith("Ghana will not accept new cuts") for t in texts), texts
    assert all(s.text == a.document.text[s.start : s.end] for s in a.statements)


def test_an_agency_passing_words_on_is_not_their_speaker(annotate: Annotate) -> None:
    # Written for the test: the speaker's own cue inside the agency's report.
    a = annotate(
        "Fishing talks\n\n"
        '"Why not close the harbour to them?" said deputy Ivo Marin, who chairs the fisheries '
        "committee, news agency Hina reported.\n\n"
        '"We will not accept this," said Foreign Minister Ana Lopes, the Lusa news agency '
        "reported.\n\n"
        '"The quotas are final," Ana Lopes said, according to the Lusa news agency.'
    )
    speakers = {s.text[:20]: s.speaker.name if s.speaker else None for s in a.statements}
    assert "Marin" in (speakers.get("Why not close the ha") or "")
    assert speakers.get("We will not accept t") == "Ana Lopes"
    assert speakers.get("The quotas are final") == "Ana Lopes"
    assert not any("Hina" in n or "Lusa" in n for n in speakers.values() if n)
    assert all("said" not in s.text for s in a.statements)  # no cue left in the words


@pytest.mark.parametrize("cue", ["adding", "noting", "stressing"])
def test_going_on_with_a_report_is_the_reporters_statement(annotate: Annotate, cue: str) -> None:
    a = annotate(
        "A rebel spokesman announced that international mediators had resumed talks in "
        f"Tarvo, {cue} that he was hopeful a deal to end the war was within reach."
    )
    s = find(a, "hopeful a deal")
    assert s.speaker is not None and "spokesman" in (s.speaker.text or "")


def test_a_participle_of_saying_on_a_reported_clause_keeps_its_own_subject(
    annotate: Annotate,
) -> None:
    # "saying" may be either party's: the clause's own subject stays the speaker.
    a = annotate(
        "Police said protesters had blocked the main road, saying they wanted the governor "
        "to resign."
    )
    s = find(a, "wanted the governor to resign")
    assert s.speaker is not None and s.speaker.text == "protesters"
