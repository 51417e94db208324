"""Who is never the speaker, and who is: the object of a participial clause
(``participle_object_not_speaker``), the subject of a passive "was told / informed /
instructed" (``passive_addressee``), and a pronoun inside a relative clause, which binds to
the subject of the clause it stands in (``relative_pronoun_host``). Sentences written for the
test, with near misses each rule must leave alone."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation, Statement

Annotate = Callable[[str], Annotation]


def by_cue(a: Annotation, cue: str) -> list[Statement]:
    return [s for s in a.statements if s.cue == cue]


def one(a: Annotation, cue: str) -> Statement:
    found = by_cue(a, cue)
    assert len(found) == 1, [(s.cue, s.text) for s in a.statements]
    return found[0]


# --- participle_object_not_speaker -------------------------------------------------------------


def test_a_participles_victims_are_never_the_speaker(annotate: Annotate) -> None:
    a = annotate(
        "Clashes were reported in the eastern suburbs overnight, wounding at least 30 people,"
        " the London-based Syrian Network for Human Rights said.\n\n"
        "More explosions were heard east of Kyiv on Thursday, injuring at least eight people,"
        " regional governor Oleh Sinegubov said."
    )
    said = by_cue(a, "said")
    assert len(said) == 2
    for s in said:
        assert s.speaker is not None
        assert "people" not in s.speaker.text
    assert "Syrian Network" in said[0].speaker.name  # type: ignore[union-attr]
    assert said[1].speaker.name == "Oleh Sinegubov"  # type: ignore[union-attr]


def test_subjects_near_a_participle_are_left_alone(annotate: Annotate) -> None:
    # Near misses: a participle opening the sentence, one set off before the subject, and a
    # participle clause the parser read right.
    a = annotate(
        "Protesting students said the fees were unfair.\n\n"
        "After arresting the suspect, police said he had confessed.\n\n"
        "Gunmen opened fire on a bus, killing at least seven passengers, police said."
    )
    speakers = [s.speaker.text for s in by_cue(a, "said") if s.speaker is not None]
    assert speakers == ["Protesting students", "police", "police"]


# --- passive_addressee --------------------------------------------------------------------------


def test_the_subject_of_a_passive_telling_is_no_speaker(annotate: Annotate) -> None:
    a = annotate(
        "Police officers sent to clear the square were told that the protesters were armed.\n\n"
        "Nurses brought in from other regions were informed they would be paid double.\n\n"
        "Workers hired for the harvest were instructed that they must not leave the farm."
    )
    for s in a.statements:
        assert s.speaker is None or s.speaker.text not in ("Police officers", "Nurses", "Workers")
    assert not by_cue(a, "told") and not by_cue(a, "informed") and not by_cue(a, "instructed")


def test_a_telling_joined_to_a_passive_verb_is_passive_too(annotate: Annotate) -> None:
    a = annotate("Two reporters were detained at the airport and told that their visas expired.")
    assert not by_cue(a, "told")
    # Near misses: a telling with its addressee, and a saying, joined to a passive verb.
    a = annotate(
        "The activist was freed on Monday and told reporters that the guards had beaten him.\n\n"
        "The lawyer was released on bail and said that the charges were false."
    )
    told, said = one(a, "told"), one(a, "said")
    assert told.speaker is not None and told.speaker.text == "The activist"
    assert said.speaker is not None and said.speaker.text == "The lawyer"


def test_the_by_agent_of_a_passive_telling_speaks_to_its_subject(annotate: Annotate) -> None:
    a = annotate(
        "Inspectors sent to the mine were told by the owners that the shaft was safe.\n\n"
        "Farmers were told by the agriculture minister that subsidies would end in March."
    )
    told = by_cue(a, "told")
    assert [s.speaker.text for s in told if s.speaker] == ["the owners", "the agriculture minister"]
    assert told[1].addressee is not None and told[1].addressee.text == "Farmers"


def test_other_passives_name_no_speaker_by_their_agent(annotate: Annotate) -> None:
    # Near misses: a "by" phrase of a passive that is no telling names no speaker.
    a = annotate(
        "The anthem was written by a local poet after the flood.\n\n"
        "The surgeon has been called a fraud by fellow doctors for selling miracle pills. He"
        ' has been investigated by regulators for misleading "natural" cures.'
    )
    for s in a.statements:
        assert s.speaker is None or s.speaker.text not in (
            "a local poet",
            "fellow doctors",
            "regulators",
        )


def test_active_telling_and_a_later_active_reply_keep_their_subjects(annotate: Annotate) -> None:
    # Near misses: the active form, and an active verb joined to a passive one.
    a = annotate(
        "The minister told farmers that subsidies would end.\n\n"
        "She was asked about the deal and replied that it was fair."
    )
    told = one(a, "told")
    assert told.speaker is not None and told.speaker.text == "The minister"
    replied = one(a, "replied")
    assert replied.speaker is not None and replied.speaker.text == "She"


# --- relative_pronoun_host ----------------------------------------------------------------------


def test_they_in_a_relative_clause_is_the_clauses_host(annotate: Annotate) -> None:
    a = annotate(
        "Hundreds of refugees crossed the border last week. Both unions staged a strike on"
        " Friday in what they described as a last warning to the employers.\n\n"
        "Aid workers reached the camp on Monday. Rebel commanders halted the convoy in a move"
        " they said was needed to search for weapons."
    )
    described = one(a, "described")
    assert described.speaker is not None and described.speaker.text == "they"
    assert described.speaker.name == "Both unions"
    said = [s for s in by_cue(a, "said") if "search for weapons" in s.text]
    assert len(said) == 1 and said[0].speaker is not None
    assert said[0].speaker.text == "they" and said[0].speaker.name == "Rebel commanders"
    text = a.document.text
    assert text[said[0].speaker.start : said[0].speaker.end] == "they"


def test_the_same_pronoun_above_passes_to_its_own_subject(annotate: Annotate) -> None:
    a = annotate(
        "The two parties, which include several former ministers, said on Monday that they"
        " would vote against any budget that cut pensions in what they called an attack on"
        " the old."
    )
    # One stretch of speech by the parties: the characterisation is theirs, not the budget's.
    for s in a.statements:
        assert s.speaker is not None and s.speaker.name == "The two parties"


def test_a_first_person_host_binds_nothing(annotate: Annotate) -> None:
    # Near miss: "I'd" above "he" inside a quotation is the quoted speaker, not "he".
    a = annotate(
        '"As a nurse, I\'d rather work in what he calls chaos than stay home," said Ana Ruiz.'
    )
    for s in a.statements:
        assert s.speaker is not None and s.speaker.text != "I'd"


def test_a_disagreeing_host_binds_nothing(annotate: Annotate) -> None:
    # Near miss: "they" under a singular person is not that person.
    a = annotate(
        "Farm prices fell sharply. The president launched a campaign in what they called a bid"
        " to buy votes."
    )
    called = one(a, "called")
    assert called.speaker is not None and called.speaker.name != "president"
