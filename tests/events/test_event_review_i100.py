"""Review r100 of i100 (round 12, fixer f100): the limits of i100's precision kinds. An
ending noun that is the object of a verb ending nothing still ends its act; a war its owner
wages on another keeps its owner as doer; a party warned that it may lose something is
threatened; a "whose" phrase of armed members acts for its antecedent; giving up a veto
yields. Sentences written for the tests; each first group fails on 8436e7e."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _typed(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.event_type == kind]


def _source(event: Event) -> str | None:
    return event.source.country if event.source is not None else None


# --- lifted-act: "announced the lifting of its sanctions" -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa confirmed the easing of its sanctions on Venezuela.",
        "France announced the end of its arms embargo on Libya.",
        "The Council approved the removal of its sanctions on Belarus.",
    ],
)
def test_an_ending_noun_object_of_another_verb_still_ends_its_act(
    resolved: CodeFn, text: str
) -> None:
    assert _typed(resolved(text), "SANCTION") == []


def test_a_measure_imposed_is_still_a_sanction(resolved: CodeFn) -> None:
    assert _typed(resolved("Japan imposed new sanctions on Iran."), "SANCTION")


# --- situation-as-doer: a war waged by its owner on another ---------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Turkey's war against the Kurdish rebels has killed hundreds of civilians.", "TUR"),
        ("Russia's war in Georgia killed hundreds of soldiers.", "RUS"),
        ("Egypt's war on the militants in Sinai has killed dozens of civilians.", "EGY"),
    ],
)
def test_a_war_waged_by_its_owner_on_another_keeps_its_owner(
    resolved: CodeFn, text: str, owner: str
) -> None:
    assert owner in {_source(e) for e in _typed(resolved(text), "ASSAULT")}


@pytest.mark.parametrize(
    "text",
    [
        "Libya's civil war has killed thousands of people.",
        "The war in Libya has killed thousands of people.",
    ],
)
def test_a_civil_war_or_an_unowned_war_names_no_doer(resolved: CodeFn, text: str) -> None:
    assert _typed(resolved(text), "ASSAULT") == []


# --- warned-object-as-subject: the party warned of a loss ----------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The European Commission warned Poland could lose its voting rights in the bloc.", "POL"),
        ("The European Union warned Greece could face legal action over its border controls.",
         "GRC"),
    ],
)  # fmt: skip
def test_a_party_warned_that_it_may_lose_is_threatened(
    resolved: CodeFn, text: str, target: str
) -> None:
    threats = _typed(resolved(text), "THREATEN")
    assert target in {e.target.country for e in threats if e.target is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Analysts warned Greece could lose its credit rating.",
        "Economists warned Brazil could face a long recession.",
        "Indian bankers had warned the new tax would force them to cut jobs.",
    ],
)
def test_a_forecast_of_a_loss_stays_no_threat(resolved: CodeFn, text: str) -> None:
    assert _typed(resolved(text), "THREATEN") == []


# --- whose-members: "Russia, whose forces shelled the town" ---------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("Russia, whose forces shelled the town, rejected the report.", "ASSAULT", "RUS"),
        ("Ethiopia, whose troops attacked the rebels in Somalia last year, said the talks "
         "would resume.", "ASSAULT", "ETH"),
        ("Kenya, whose soldiers invaded Somalia in 2011, denied the charge.", "ASSAULT", "KEN"),
    ],
)  # fmt: skip
def test_a_whose_phrase_of_armed_members_acts_for_its_antecedent(
    resolved: CodeFn, text: str, kind: str, source: str
) -> None:
    assert source in {_source(e) for e in _typed(resolved(text), kind)}


def test_a_whose_phrase_of_no_members_stays_no_actor(resolved: CodeFn) -> None:
    events = resolved("The rebels, whose leader was killed in May, signed the deal.")
    assert all(e.source is None or "whose" not in e.source.name for e in events)


# --- giving up a veto yields -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hungary lifted its veto on Ukraine's membership talks.",
        "Poland dropped its objection to Sweden's bid for the alliance.",
    ],
)
def test_a_veto_or_objection_given_up_is_a_concession(resolved: CodeFn, text: str) -> None:
    events = resolved(text)
    assert _typed(events, "CONCEDE")
    assert _typed(events, "REJECT") == []


# --- threat-to-own: what may threaten the speaking state's own ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned that the American warships could threaten its security.",
        "China warned that the new radar could threaten its security.",
    ],
)
def test_what_may_threaten_the_speakers_own_is_a_charge(resolved: CodeFn, text: str) -> None:
    assert _typed(resolved(text), "ACCUSE")


def test_a_forecast_of_a_threat_to_no_ones_own_stays_no_charge(resolved: CodeFn) -> None:
    events = resolved("Iran warned that the drought could threaten the harvest.")
    assert _typed(events, "ACCUSE") == []
