"""Events a careful reader would not record: the one acted on taken for the doer, an
interview taken for a consultation, a prediction or an analyst's description taken for an act,
and an order to one's own ministry taken for a request between actors. Sentences written for
the test; each kind has counter-cases that stay events."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.events.coder import TriggerTrace
from cablegram.records import Event

Code = Callable[..., list[Event]]
Traced = Callable[[str], list[TriggerTrace]]


def _types(events: list[Event]) -> set[tuple[str, str | None]]:
    return {(e.event_type, e.source.country if e.source else None) for e in events}


def _blocked(traced: Traced, text: str, trigger: str) -> str | None:
    return next(t.blocked for t in traced(text) if t.trigger == trigger)


# 1. The one a passive participle or a custody noun acts on is not its doer.


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian envoy has been held since May, accused of spying, which Egypt denies.",
        "Egypt, condemned by nobody, was accused of shelling the camp.",
        "The Sudanese minister, expelled last week, left for Kenya.",
    ],
)
def test_a_participle_acts_on_its_subject(code: Code, text: str) -> None:
    events = code(text)
    assert not any(e.event_type in ("ACCUSE", "SANCTION") and e.source for e in events)


def test_the_main_clause_of_a_participle_keeps_its_subject(code: Code) -> None:
    events = code("Kenya, backed by Uganda, sent troops to Sudan.")
    assert ("MOBILIZE", "KEN") in _types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan colonel has been in jail since May, charged with spying and "
        "participating in a failed coup, which he denies.",
        "The general was convicted of shelling Kenyan villages.",
        "The colonel was arrested on suspicion of attacking Kenyan police.",
    ],
)
def test_the_act_of_a_charge_is_not_coded(code: Code, text: str) -> None:
    assert not any(e.event_type in ("ASSAULT", "COOPERATE", "ACCUSE") for e in code(text))


def test_the_act_of_a_charge_names_its_rule(traced: Traced) -> None:
    text = "The general was convicted of shelling Kenyan villages."
    assert _blocked(traced, text, "shelling") == "charged-act"


def test_an_act_told_after_an_arrest_stays(traced: Traced) -> None:
    text = "After the arrest, Egypt attacked the camp with drones."
    assert _blocked(traced, text, "attacked") is None


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's court called the activist's continued detention a breach of his rights.",
        "Kenya's court described the journalist's detention as a breach of the treaty.",
    ],
)
def test_a_custody_noun_takes_no_doer_from_a_judging_verb(code: Code, text: str) -> None:
    assert not any(e.event_type == "COERCE" for e in code(text) if e.trigger == "detention")


@pytest.mark.parametrize(
    "text",
    [
        "Egypt extended the activist's detention on Monday.",
        "Egypt ordered the detention of the activist.",
    ],
)
def test_a_custody_noun_keeps_its_doer(code: Code, text: str) -> None:
    assert ("COERCE", "EGY") in _types(code(text))


# 2. Talking to the press is no consultation.


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian foreign minister talks to a BBC correspondent about relations with Sudan.",
        "The Kenyan president spoke to reporters in Nairobi on Monday.",
        "Germany's chancellor held talks with journalists about the Russian gas deal.",
    ],
)
def test_an_interview_is_no_consult(code: Code, text: str) -> None:
    assert not any(e.event_type == "CONSULT" for e in code(text))


def test_talks_between_ministers_stay_a_consult(code: Code) -> None:
    events = code("Egypt's foreign minister spoke with Sudan's foreign minister on Monday.")
    assert any(e.event_type == "CONSULT" for e in events)


# 3. A prediction or a capacity is no event; 4. nor an analyst's description.


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya is unlikely to send troops to Sudan this year.", "send"),
        ("Egypt will not be able to send troops to Sudan.", "send"),
        ("Iran's ability to send troops to Syria worries Israel.", "send"),
        ("Kenya is in a position to send troops to Mali.", "send"),
    ],
)
def test_a_prediction_or_capacity_is_not_coded(traced: Traced, text: str, trigger: str) -> None:
    assert _blocked(traced, text, trigger) == "prediction-or-capacity"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya was able to send troops to Haiti in June.", "send"),
        ("Kenya sent troops to Haiti, and is likely to stay.", "sent"),
    ],
)
def test_an_act_told_done_stays(traced: Traced, text: str, trigger: str) -> None:
    assert _blocked(traced, text, trigger) is None


@pytest.mark.parametrize(
    "text",
    [
        "What Germany offered Mali with its training mission is far weaker, he said.",
        "The help Germany offered Mali was far weaker than what Russia brought.",
    ],
)
def test_an_act_in_the_subject_of_a_comparison_is_not_coded(traced: Traced, text: str) -> None:
    assert _blocked(traced, text, "offered") == "described-act"


def test_a_told_act_in_a_main_clause_stays(traced: Traced) -> None:
    text = "Germany offered Mali a training mission, and what followed was a fierce war."
    assert _blocked(traced, text, "offered") is None
    text = "The help Germany offered Mali arrived in May."
    assert _blocked(traced, text, "offered") is None


# 5. An order to one's own ministry or army is the state's act, not a request.


def test_an_order_to_an_own_ministry_codes_the_ordered_act(annotate: Callable) -> None:
    text = "The Kenyan president said he had ordered the foreign ministry to expel two envoys."
    events = annotate(text).events
    assert not any(e.event_type == "REQUEST" for e in events)
    assert any(
        e.event_type == "SANCTION"
        and e.source is not None
        and e.source.kind == "state"
        and e.source.country == "KEN"
        for e in events
    )


def test_declaring_persona_non_grata_is_an_expulsion(annotate: Callable) -> None:
    text = "The Polish president ordered the foreign ministry to declare three diplomats "
    text += "persona non grata."
    events = annotate(text).events
    assert [(e.event_type, e.mode) for e in events] == [("SANCTION", "expel")]


def test_an_order_with_no_event_codes_nothing(annotate: Callable) -> None:
    text = "The Kenyan president ordered the finance ministry to review the budget."
    assert not any(e.event_type == "REQUEST" for e in annotate(text).events)


def test_a_request_of_another_state_stays(annotate: Callable) -> None:
    text = "The Kenyan president urged Uganda's government to withdraw its troops."
    assert any(e.event_type == "REQUEST" for e in annotate(text).events)


def test_a_conjunct_of_a_passive_acts_on_its_subject(annotate: Callable) -> None:
    text = "Jo Roe, a Kenyan student, was beaten and killed by police officers in Nairobi."
    events = annotate(text).events
    assert not any(e.source is not None and e.source.name == "Jo Roe" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian activist Jo Roe talks to the director Sam Poe about prisons in Cairo.",
        "Speaking to students in Cairo, the Egyptian foreign minister praised Sudan.",
    ],
)
def test_an_interview_line_or_an_audience_is_no_consult(annotate: Callable, text: str) -> None:
    assert not any(e.event_type == "CONSULT" for e in annotate(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "The Egyptian foreign minister told the BBC that Sudan must withdraw its troops.",
        "The Egyptian foreign minister told NPR's Jo Roe that Sudan should withdraw its troops.",
    ],
)
def test_an_outlet_told_is_no_target(annotate: Callable, text: str) -> None:
    requests = [e for e in annotate(text).events if e.event_type == "REQUEST"]
    assert requests and all(e.target is not None and e.target.country == "SDN" for e in requests)


def test_an_order_to_the_army_is_the_state_act(annotate: Callable) -> None:
    text = "The Russian president ordered the army to expel the Ukrainian observers."
    events = annotate(text).events
    assert [(e.event_type, e.source.kind if e.source else None) for e in events] == [
        ("SANCTION", "state")
    ]
