"""Reports, doers and word pieces in someone's words: a passive report after "that" is what
was done, a common noun naming the other side (or a "by" phrase's common noun) acts for
itself, a subject that is no one says no attitude, a
participle describes an act only when its noun may name one, and a prefix piece is never
a predicate or an object. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]


def _triples(found: list[Claim]) -> set[tuple[str, str | None, str]]:
    return {(c.predicate, c.object, c.polarity) for c in found}


def _by(found: list[Claim], country: str) -> set[tuple[str, str | None, str]]:
    return _triples([c for c in found if c.actor.country == country])


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The governor said that 12 soldiers were wounded in the ambush.", "wound"),
        ("Chile said that the tariffs were raised last week.", "raise"),
        ("An aide said that the dam had been blown up overnight.", "blow up"),
    ],
)
def test_a_passive_report_after_that_is_no_claim(claims: Annotate, text: str, act: str) -> None:
    assert act not in {c.predicate for c in claims(text)}, text


@pytest.mark.parametrize(
    ("text", "speaker_words", "acts"),
    [
        (
            "A local official said the school had been destroyed by insurgents.",
            "official",
            {"destroy"},
        ),
        (
            "The ministry said militants attacked the convoy, wounding three guards.",
            "ministry",
            {"attack", "wound"},
        ),
        ("The army said the rebels had shelled the market.", "army", {"shell"}),
    ],
)
def test_the_other_side_named_by_a_common_noun_acts_for_itself(
    claims: Annotate, text: str, speaker_words: str, acts: set[str]
) -> None:
    found = [c for c in claims(text) if speaker_words in (c.actor.name or "").lower()]
    assert acts.isdisjoint({c.predicate for c in found}), text


def test_our_own_troops_stay_the_speakers_side(claims: Annotate) -> None:
    found = claims("The ministry said our troops had destroyed the depot.")
    assert ("destroy", "depot", "support") in _triples(found)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Nobody can stop Cuba from building the port, the mayor said.", "build"),
        ("No one will prevent Chile from selling the copper, the minister said.", "sell"),
        ("Belgium said it would not prevent Greece from leaving the bloc.", "leave"),
        ("Nobody would disagree that the pact is necessary, the premier said.", "pact"),
    ],
)
def test_no_one_acting_or_a_kept_act_not_kept_is_no_claim(
    claims: Annotate, text: str, act: str
) -> None:
    assert act not in {c.predicate for c in claims(text)}, text


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The villages abandoned by Serbia are now empty, the mayor said.", "SRB"),
        ("The websites blocked by Iran include Twitter, the ministry said.", "IRN"),
        ("The candidates supported by Beijing won most seats, the ministry said.", "CHN"),
    ],
)
def test_a_participle_on_a_thing_or_people_is_no_attitude(
    claims: Annotate, text: str, country: str
) -> None:
    assert not _by(claims(text), country), text


def test_a_participle_on_an_act_still_tells_its_doers_attitude(claims: Annotate) -> None:
    found = claims("Chile criticised the embargo opposed by Mexico.")
    assert ("embargo", None, "oppose") in _by(found, "MEX")
    found = claims("Kenya said the reforms backed by the World Bank would fail.")
    assert ("reform", None, "support") in _triples(found)


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Chad said it would re-open the crossing with Sudan.", "TCD", ("open", "crossing")),
        ("Peru said it would co-sponsor the resolution.", "PER", ("sponsor", "resolution")),
        ("Norway said it would impose counter-tariffs on the bloc.", "NOR", ("impose", "tariff")),
        ("Ghana said it would launch counter-piracy patrols.", "GHA", ("patrol", None)),
    ],
)
def test_a_prefix_piece_is_no_predicate_or_object(
    claims: Annotate, text: str, country: str, expected: tuple[str, str | None]
) -> None:
    found = _by(claims(text), country)
    pieces = {"re", "co", "counter", "-", "piracy"}
    assert not {p for p, o, _ in found} & pieces, text
    assert not {o for _, o, _ in found} & pieces, text
    assert (*expected, "support") in found, text
