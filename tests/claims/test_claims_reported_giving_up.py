"""Giving up an attitude, reported by someone else (sentences written for these tests): the
reporter takes no position from it, and giving up a demand for something is not support for
it, however the report is worded."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


@pytest.mark.parametrize(
    ("text", "reporter", "what"),
    [
        (
            "Hungary lifted its veto on the sanctions package, diplomats said.",
            "diplomats",
            "package",
        ),
        (
            "Portugal has dropped its objection to the tariffs, officials said on Monday.",
            "officials",
            "tariff",
        ),
        ("Sweden withdrew its opposition to the treaty, sources said.", "sources", "treaty"),
    ],
)
def test_a_report_of_a_veto_given_up_is_no_position_of_the_reporter(
    claims: Annotate, text: str, reporter: str, what: str
) -> None:
    found = claims(text)
    assert not [c for c in found if c.actor.name == reporter], found
    # Whose veto it was supports what it was on, once given up, and never opposes it.
    assert all(c.polarity == "support" for c in found if c.predicate == what)


@pytest.mark.parametrize(
    "text",
    [
        "Austria dropped its demand for a cap on migrants, the chancellor said.",
        "The chancellor said Austria had dropped its demand for a cap on migrants.",
        "Ireland has abandoned its call for a levy on airlines, the minister said.",
    ],
)
def test_a_demand_given_up_is_not_support_in_a_statement(claims: Annotate, text: str) -> None:
    found = claims(text)
    assert not [c for c in found if c.predicate in ("cap", "levy") and c.polarity == "support"]


@pytest.mark.parametrize(
    ("text", "owner", "predicate"),
    [
        (
            "The agency said it regretted the decision by the new US administration to "
            "withdraw the country from the treaty.",
            "USA",
            "withdraw",
        ),
        (
            "Chile regrets the decision by Argentina to expel the diplomats.",
            "ARG",
            "expel",
        ),
    ],
)
def test_an_attitude_to_an_act_owned_in_a_by_phrase_is_not_the_owners(
    claims: Annotate, text: str, owner: str, predicate: str
) -> None:
    # The regret is the speaker's; the act named "by" its owner is the owner's own course.
    found = [c for c in claims(text) if c.actor.country == owner and c.predicate == predicate]
    assert found and all(c.polarity == "support" for c in found), found


@pytest.mark.parametrize(
    ("text", "speaker", "predicate"),
    [
        (
            'Moscow called the vote "an attempt by Washington to keep its grip on the council".',
            "RUS",
            "keep",
        ),
        (
            "Beijing called the patrols an effort by the Philippines to provoke a clash.",
            "CHN",
            "provoke",
        ),
    ],
)
def test_naming_anothers_act_is_no_call_for_it(
    claims: Annotate, text: str, speaker: str, predicate: str
) -> None:
    # "called X an attempt by Y to Z" names Y's act; the speaker does not call for Z.
    found = claims(text)
    assert not [
        c
        for c in found
        if c.actor.country == speaker and c.predicate == predicate and c.polarity == "support"
    ], found


@pytest.mark.parametrize(
    ("text", "speaker", "predicate"),
    [
        (
            "Kuwait said the Turkish offensive was a grave threat to peace in the region and "
            "called for restraint, state news agency KUNA reported.",
            "KWT",
            "offensive",
        ),
        (
            "Oman said the Saudi blockade was a serious threat to security in the region and "
            "called for dialogue, state news agency ONA reported.",
            "OMN",
            "blockade",
        ),
    ],
)
def test_a_news_agency_passing_words_on_does_not_drop_them(
    claims: Annotate, text: str, speaker: str, predicate: str
) -> None:
    # The agency's "reported" closes the speaker's words: a conduit, not another's account.
    found = [c for c in claims(text) if c.actor.country == speaker and c.predicate == predicate]
    assert found and {c.polarity for c in found} == {"oppose"}, found
