"""Kinds of false statement a user trial found on fresh text, and their span faults; on
sentences written for the test."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Annotation

Annotate = Callable[[str], Annotation]


def test_they_standing_for_plans_is_no_group_of_speakers(annotate: Annotate) -> None:
    a = annotate(
        "The ministry published two plans for the port last year. They describe the harbour "
        'as "a strategic asset" and propose new cranes.'
    )
    assert not [s for s in a.statements if s.speaker is not None and s.speaker.text == "They"]


def test_they_standing_for_reports_speaks_as_a_document(annotate: Annotate) -> None:
    a = annotate("The two reports were published in May. They say the dam is unsafe.")
    (s,) = [s for s in a.statements if "the dam is unsafe" in s.text]
    assert s.speaker is not None and s.speaker.kind == "document"
    assert "reports" in s.speaker.text


def test_they_after_people_still_speaks(annotate: Annotate) -> None:
    a = annotate("Officials released the figures on Monday. They said growth had slowed.")
    (s,) = [s for s in a.statements if "growth had slowed" in s.text]
    assert s.speaker is not None and s.speaker.text == "They"


def test_a_passive_order_is_no_statement_by_its_subject(annotate: Annotate) -> None:
    a = annotate(
        "The fishermen said they had been at sea for a week. They were ordered to leave the "
        "area by the coastguard."
    )
    assert [s.text for s in a.statements] == ["they had been at sea for a week"]


def test_an_inferring_participle_after_a_description_is_the_writer_s(
    annotate: Annotate,
) -> None:
    a = annotate(
        "The navy released photos of the boats, suggesting they were civilian vessels. "
        "Witnesses said the boats were small and unarmed, suggesting they were fishing boats."
    )
    assert not [s for s in a.statements if "civilian vessels" in s.text]
    (said,) = [s for s in a.statements if "small and unarmed" in s.text]
    assert "fishing boats" not in said.text


def test_ignoring_someone_else_s_ruling_is_no_speech(annotate: Annotate) -> None:
    a = annotate(
        "The government ignored a ruling by the supreme court that the dam was illegal. "
        "The army made a promise that no civilians would be harmed."
    )
    assert not [s for s in a.statements if "the dam was illegal" in s.text]
    (promise,) = [s for s in a.statements if "no civilians would be harmed" in s.text]
    assert promise.speaker is not None and promise.speaker.text == "The army"


def test_a_direct_quote_never_holds_its_attribution(annotate: Annotate) -> None:
    a = annotate(
        '"We have done everything we can already," he said, before a cabinet meeting on '
        "Tuesday. Exports, she said, would fall by a third."
    )
    (quote,) = [s for s in a.statements if "everything we can" in s.text]
    assert quote.kind == "direct"
    assert quote.text == "We have done everything we can already"
    (exports,) = [s for s in a.statements if "fall by a third" in s.text]
    assert exports.speaker is not None and exports.speaker.text == "she"


def test_a_participle_is_no_parenthetical_attribution(annotate: Annotate) -> None:
    a = annotate(
        "On Sunday the opposition leader accused the army of halting the peace talks in Abuja "
        "and of violating the ceasefire agreed in March."
    )
    assert not [s for s in a.statements if s.cue == "agreed"]


def test_a_coordinated_second_complement_stays_in_the_statement(annotate: Annotate) -> None:
    a = annotate(
        'Mr Okafor accused the army of halting the talks "without a word of warning" and of '
        "violating the ceasefire. She accused Kenya of blocking the trucks at the border, and "
        "of seizing their cargo."
    )
    texts = [s.text for s in a.statements]
    assert any("warning" in t and t.endswith("of violating the ceasefire") for t in texts), texts
    assert any(t.endswith("and of seizing their cargo") for t in texts), texts


def test_verbs_of_force_are_speech_only_about_ideas(annotate: Annotate) -> None:
    a = annotate(
        "Fighters from a militia attacked the post at dawn. Troops defended the bridge for "
        "three days. The senator attacked the budget plan on Monday."
    )
    assert [s.text for s in a.statements] == ["the budget plan"]


def test_a_name_something_calls_itself_is_no_statement(annotate: Annotate) -> None:
    a = annotate("Fighters from a militia that calls itself the Northern Shield crossed the river.")
    assert not a.statements


def test_a_revised_statement_is_its_author_s(annotate: Annotate) -> None:
    a = annotate(
        "Later that week, the minister revised her statement explaining that she had not "
        "signed the contract."
    )
    (s,) = a.statements
    assert s.text == "she had not signed the contract"
    # the statement's owner ("her"), never the statement itself
    assert s.speaker is not None and s.speaker.kind == "person"
    assert s.speaker.text in ("her", "the minister")
