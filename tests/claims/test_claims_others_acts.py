"""A speaker's words that tell another's act give the speaker no position on that act: a
named person's, organisation's or armed group's act ("the Maduro regime starves", "the
militia had occupied hospitals"), and the act of the one accused ("accused the coast guard of
firing water cannon"). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


def _speaker_claims(found: list[Claim], speaker_word: str, predicate: str) -> list[Claim]:
    return [
        c
        for c in found
        if c.source_kind == "statement"
        and speaker_word in c.actor.name
        and c.predicate == predicate
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "predicate"),
    [
        (
            '"We will not stay silent while the Ortega regime jails the students," Foreign '
            "Minister Anna Lind said.",
            "Lind",
            "jail",
        ),
        (
            "Army spokesman Omar Saleh told reporters that the Liberation Front had seized "
            "the airport.",
            "Saleh",
            "seize",
        ),
        (
            "Foreign Minister Anna Lind accused the Estonian navy of seizing two fishing boats.",
            "Lind",
            "seize",
        ),
        (
            "Foreign Minister Anna Lind blamed the militia for shelling the port.",
            "Lind",
            "shell",
        ),
    ],
)
def test_anothers_act_is_no_position_of_the_speaker(
    claims: Annotate, text: str, speaker: str, predicate: str
) -> None:
    assert not _speaker_claims(claims(text), speaker, predicate)


def test_the_speakers_own_side_still_speaks(claims: Annotate) -> None:
    found = claims('"We will send troops to Mali," Defence Minister Anna Lind said.')
    assert [c.polarity for c in _speaker_claims(found, "Lind", "send")] == ["support"]


# --- what someone was acted on for (round-4 user trial, lead) ------------------------------


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        (
            "President Alma Vere said she had ordered the foreign ministry to declare six "
            "envoys persona non grata for calling for the release of the jailed editor.",
            "release",
        ),
        (
            "The Interior Ministry expelled two diplomats for urging a recount of the vote.",
            "recount",
        ),
        ("The regulator fined the airline for refusing to refund the passengers.", "refund"),
    ],
)
def test_the_act_someone_is_punished_for_is_no_position_of_the_punisher(
    claims: Annotate, text: str, predicate: str
) -> None:
    found = claims(text)
    assert not [c for c in found if c.predicate == predicate]


def test_an_attitude_verb_or_noun_keeps_its_reason(claims: Annotate) -> None:
    criticised = claims("Norway criticised Sweden for sending troops to the border.")
    assert any(c.predicate == "send" and c.polarity == "oppose" for c in criticised)
    backed = claims("The minister voiced support for sending troops to the border.")
    assert any(c.predicate == "send" and c.polarity == "support" for c in backed)


@pytest.mark.parametrize(
    "text",
    [
        'Opposition leader Tomas Reyes called the inauguration "false".',
        "Opposition leader Tomas Reyes called the referendum a sham.",
    ],
)
def test_calling_an_act_false_or_a_sham_opposes_it(claims: Annotate, text: str) -> None:
    found = [c for c in claims(text) if "Reyes" in c.actor.name]
    assert found
    assert all(
        c.polarity == "oppose" for c in found if c.predicate in ("inauguration", "referendum")
    )
    assert any(c.predicate in ("inauguration", "referendum") for c in found)


@pytest.mark.parametrize(
    ("text", "speaker", "predicate"),
    [
        (
            "The aid agency's director said 40 patients had been killed in the raid.",
            "director",
            "kill",
        ),
        ("A spokesman said two schools were destroyed overnight.", "spokesman", "destroy"),
        ("Iran said the sanctions were lifted on Saturday.", "Iran", "lift"),
    ],
)
def test_a_passive_report_of_what_was_done_is_no_position(
    claims: Annotate, text: str, speaker: str, predicate: str
) -> None:
    assert not _speaker_claims(claims(text), speaker, predicate)


@pytest.mark.parametrize(
    ("text", "speaker", "predicate"),
    [
        ("Iran said the sanctions must be lifted.", "Iran", "lift"),
        ("Poland said the sanctions should not be lifted.", "Poland", "lift"),
        ("Germany demanded that the prisoners be released.", "Germany", "release"),
    ],
)
def test_a_passive_call_stays_the_speakers(
    claims: Annotate, text: str, speaker: str, predicate: str
) -> None:
    assert _speaker_claims(claims(text), speaker, predicate)


@pytest.mark.parametrize(
    ("text", "speaker", "predicate"),
    [
        (
            "The ministry said Russian warplanes hit 40 targets on Sunday, killing 120 militants.",
            "ministry",
            "kill",
        ),
        (
            "Vietnam said the Chinese coast guard rammed a fishing boat, injuring two sailors.",
            "Vietnam",
            "injure",
        ),
    ],
)
def test_a_participle_clause_shares_anothers_subject(
    claims: Annotate, text: str, speaker: str, predicate: str
) -> None:
    assert not _speaker_claims(claims(text), speaker, predicate)


def test_a_participle_clause_of_the_speakers_own_side_stays(claims: Annotate) -> None:
    found = claims("Japan said it will send troops to the island, boosting its presence there.")
    assert _speaker_claims(found, "Japan", "boost")


def test_a_relative_clause_on_another_named_actor_is_its_act(claims: Annotate) -> None:
    text = (
        "Farm unions urged the European Commission, which drafted the directive, to delay the vote."
    )
    assert not _speaker_claims(claims(text), "unions", "draft")


def test_a_relative_clause_on_a_plan_stays_what_the_speaker_judges(claims: Annotate) -> None:
    found = claims("The minister said the EU plan, which would use the assets, is a mistake.")
    assert {c.polarity for c in _speaker_claims(found, "minister", "use")} == {"oppose"}
