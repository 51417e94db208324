"""Limits of the trial-11 kinds (rules in events/unacted.py ``span-of-years``,
occupations.py, standing.py, kinds.py ``vowed-response``, avowals.py ``anaphoric-vow``,
confidence.py): each rule fires on its kind and no further. Sentences written for the test;
each group fails without its limit."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.events import confidence
from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _types(events: list[Event]) -> list[str]:
    return [e.event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The regime has banned the main opposition party for ten years.",
        "The authorities have banned the newspaper for six years.",
    ],
)
def test_the_length_of_a_measure_is_no_span_of_conduct(resolved: CodeFn, text: str) -> None:
    assert "COERCE" in _types(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers stormed the parliament building and struck the guards.",
        "Armed supporters of the warlord stormed the radio station.",
        "Heavily armed activists stormed the governor's office.",
    ],
)
def test_armed_men_storming_a_building_make_no_protest(resolved: CodeFn, text: str) -> None:
    types = _types(resolved(text))
    assert "ASSAULT" in types and "PROTEST" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Legal scholars urged Egypt to free the jailed reporters.",
        "Rights experts demanded that Iran release the activist.",
    ],
)
def test_a_commentator_who_urges_makes_a_demand(resolved: CodeFn, text: str) -> None:
    assert "REQUEST" in _types(resolved(text))


def test_settling_ones_own_affairs_is_still_demanded(resolved: CodeFn) -> None:
    text = "The EU said Serbia must determine its own relations with Moscow."
    assert "REQUEST" in _types(resolved(text))


def test_a_promise_to_answer_is_no_threat(resolved: CodeFn) -> None:
    assert "THREATEN" not in _types(resolved("The ministry promised to respond quickly."))


def test_a_vow_to_respond_by_force_stays_a_threat(resolved: CodeFn) -> None:
    assert "THREATEN" in _types(resolved("Moscow vowed to respond militarily."))


def test_a_vow_with_an_ultimatum_on_the_act_is_no_agreement(resolved: CodeFn) -> None:
    text = "The opposition pledged to unseat the premier, giving parliament a two-week ultimatum."
    assert "AGREE" not in _types(resolved(text))


def test_rarely_judged_words_take_their_types_figure() -> None:
    assert all(
        judged >= confidence.MIN_LEMMA_JUDGED for _, judged in confidence.LEMMA_COUNTS.values()
    )
    for event_type, lemma in (("ASSAULT", "storm"), ("AGREE", "vow"), ("COERCE", "outlaw")):
        assert confidence.lemma_precision(event_type, lemma) == confidence.type_precision(
            event_type
        )


def test_counts_are_not_copied_across_word_forms() -> None:
    counts = confidence.LEMMA_COUNTS
    for (event_type, lemma), judged in counts.items():
        for suffix in ("ing", "ed", "d"):
            if lemma.endswith(suffix):
                stem = lemma.removesuffix(suffix)
                copies = [k for k in counts if k[0] == event_type and k[1] in (stem, stem + "e")]
                assert not any(counts[k] == judged for k in copies), (lemma, copies)
