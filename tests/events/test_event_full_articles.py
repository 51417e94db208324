"""Kinds of wrong event types found by reading every event coded on full-length articles on
international politics, each tested on sentences written for the test: water cannon aimed
at ships, a mediator stopping its mediation beside a partner, pleas in court, trade
restrictions, charges taken to court, the grounds of a reproach, violations charged, acts
someone is disposed or fitted for, and "backed" read as backing out.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.events.tree import conj_root
from cablegram.records import Annotation, Event

CodeFn = Callable[..., list[Event]]


def _types(events: list[Event]) -> list[str]:
    return [e.event_type for e in events]


# -- water cannon: repression is done to people, not to ships --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chinese coast guard ships used water cannon against two Philippine vessels.",
        "A Chinese cutter fired water cannon at a Philippine supply boat near the reef.",
        "The Chinese coast guard sprayed water cannons at a Philippine trawler and a ferry.",
    ],
)
def test_water_cannon_at_craft_is_no_repression(code: CodeFn, text: str) -> None:
    events = code(text)
    assert _types(events) == ["ASSAULT"]
    assert events[0].mode is None


def test_water_cannon_at_people_stays_repression(code: CodeFn) -> None:
    events = code("Egyptian police fired water cannon at students outside the university.")
    assert [(e.event_type, e.mode) for e in events] == [("ASSAULT", "repression")]


# -- a mediator stopping its own mediation sanctions no fellow mediator ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Qatar suspended talks with mediators from Egypt.",
        "Qatar halted its mediation efforts with Egypt on Saturday.",
        "Norway ended its role as mediator alongside Sweden.",
    ],
)
def test_stopped_mediation_with_a_partner_is_no_sanction(code: CodeFn, text: str) -> None:
    assert "SANCTION" not in _types(code(text))


def test_halted_mediation_between_parties_stays_a_sanction(code: CodeFn) -> None:
    events = code("Egypt halted its mediation between Israel and Iran.")
    assert "SANCTION" in _types(events)
    assert all(e.target is None or e.target.name != "EGY" for e in events)


def test_suspended_talks_with_a_party_stay_a_sanction(code: CodeFn) -> None:
    events = code("Turkey suspended talks with Sweden on Monday.")
    assert [(e.event_type, e.target.name if e.target else None) for e in events] == [
        ("SANCTION", "SWE")
    ]


# -- word senses ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A former Kenyan minister pleaded guilty in March to bribery charges.",
        "The Italian envoy pleaded not guilty to espionage.",
    ],
)
def test_a_plea_in_court_is_no_request(code: CodeFn, text: str) -> None:
    assert "REQUEST" not in _types(code(text))


def test_pleading_with_a_state_stays_a_request(code: CodeFn) -> None:
    assert _types(code("Greece pleaded with Germany for more help.")) == ["REQUEST"]


def test_trade_restrictions_are_a_sanction(code: CodeFn) -> None:
    events = code("Russia imposed new import restrictions on Turkish goods last week.")
    assert [(e.event_type, e.target.name if e.target else None) for e in events] == [
        ("SANCTION", "TUR")
    ]


def test_curfew_restrictions_stay_coercion(code: CodeFn) -> None:
    assert _types(code("Iran imposed new restrictions on protesters in the capital.")) == ["COERCE"]


def test_charges_pressed_against_a_state_are_an_accusation(code: CodeFn) -> None:
    events = code("Armenia has pressed war crimes charges against Turkey.")
    assert [(e.event_type, e.target.name if e.target else None) for e in events] == [
        ("ACCUSE", "TUR")
    ]


def test_backing_a_deal_is_support_not_backing_out(code: CodeFn) -> None:
    assert _types(code("France backed the deal with Iran on Tuesday.")) == ["SUPPORT"]


def test_backing_out_of_a_deal_rejects_it(code: CodeFn) -> None:
    """CAMEO 127 "reject plan, agreement" (round 16, i11: no longer a SANCTION)."""
    assert _types(code("Italy backed out of the agreement with China.")) == ["REJECT"]


# -- what someone charges is not the act of the one charged ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow lashed out at Turkey for shooting down a Russian jet.",
        "Germany criticised Poland over sending tanks to the border.",
    ],
)
def test_grounds_of_a_reproach_are_not_coded(code: CodeFn, text: str) -> None:
    assert not {"ASSAULT", "MOBILIZE", "AID"} & set(_types(code(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Japan said Iran's missile test violated UN Security Council resolutions.",
        "Seoul said Pyongyang had violated the truce.",
        "The launch breached the ban, Japan's foreign ministry said.",
    ],
)
def test_a_violation_charged_is_no_rejection(code: CodeFn, text: str) -> None:
    assert "REJECT" not in _types(code(text))


def test_a_violation_told_stays(code: CodeFn) -> None:
    assert _types(code("Russian troops violated the ceasefire on Monday.")) == ["REJECT"]


# -- what someone is disposed or fitted to do ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor has deepened his resistance to providing Ukraine with more weapons.",
        "Kenya's police must be trained and equipped to fight the militants.",
        "Japan is averse to sending troops to Iraq.",
    ],
)
def test_disposed_or_fitted_acts_are_not_coded(code: CodeFn, text: str) -> None:
    assert not {"AID", "ASSAULT", "MOBILIZE"} & set(_types(code(text)))


def test_an_act_done_after_training_stays(code: CodeFn) -> None:
    assert "ASSAULT" in _types(code("Trained by France, Mali's army attacked the rebels."))


# -- the conjunct helper ---------------------------------------------------------------------


def test_conj_root_climbs_to_the_first_conjunct(events_nlp: Language) -> None:
    doc = events_nlp("Russia signed, ratified and published the treaty.")
    published = next(t for t in doc if t.lower_ == "published")
    assert conj_root(published).lower_ == "signed"
    assert conj_root(doc[0]).i == 0


# -- impressions, guesses, joined wishes, money and states left ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Germany seems to be in agreement with the French position.",
        "Iran appears to have attacked the tanker.",
        "Perhaps Russia will oppose the plan.",
        "Maybe Japan will send troops to Iraq.",
        "Iran wants Iraq to close its embassy and join the war on the militants.",
    ],
)
def test_impressions_guesses_and_wishes_are_not_coded(code: CodeFn, text: str) -> None:
    assert code(text) == []


def test_appearing_somewhere_is_no_hedge(code: CodeFn) -> None:
    assert _types(code("Egypt appeared before the court and accused Sudan of fraud.")) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Two French officials accepted money from Qatar.",
        "Sudan said Egypt would pull out of its economic slump next year.",
        "Egypt withdrew from the race for the chairmanship.",
    ],
)
def test_money_taken_and_states_left_are_no_events(code: CodeFn, text: str) -> None:
    assert not {"AGREE", "RETREAT"} & set(_types(code(text)))


def test_pulling_out_of_a_country_stays(code: CodeFn) -> None:
    assert _types(code("Russia pulled its troops out of Georgia in October.")) == ["RETREAT"]


def test_an_act_one_lacks_the_means_for_is_not_coded(code: CodeFn) -> None:
    assert "AID" not in _types(code("Russia lacked the resources to provide Egypt with aid."))


# -- no demand, no contest, no stance taken for the act -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Turkey has yet to withdraw from Syria," the Greek minister said.',
        '"Germany should have sent tanks to Ukraine," the Polish minister said.',
    ],
)
def test_not_yet_and_should_have_are_no_demands(code: CodeFn, text: str) -> None:
    assert not {"REQUEST", "RETREAT", "MOBILIZE", "AID"} & set(_types(code(text)))


def test_a_plain_demand_in_a_quote_stays_a_request(code: CodeFn) -> None:
    text = '"Turkey must withdraw from Syria," the Greek minister said.'
    assert "REQUEST" in _types(code(text))


def test_beaten_in_an_election_is_no_assault(code: CodeFn) -> None:
    assert code("Greece's prime minister was beaten in the election by Spain's ally.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Japan favored imposing heavy tariffs on China.",
        "Poland supports sending troops to Ukraine.",
        "They are militants bent on attacking France.",
    ],
)
def test_stances_and_intents_on_acts_are_not_the_acts(code: CodeFn, text: str) -> None:
    assert not {"SANCTION", "MOBILIZE", "ASSAULT"} & set(_types(code(text)))


def test_an_act_begun_stays(code: CodeFn) -> None:
    assert _types(code("Japan began sending troops to Iraq.")) == ["MOBILIZE"]


def test_charges_pressed_for_a_war_are_no_request(code: CodeFn) -> None:
    text = "Armenia said it will press charges against Turkey for the war."
    assert "REQUEST" not in _types(code(text))
    assert "ACCUSE" in _types(code(text))


# -- a government's protest is a complaint, not a demonstration ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Foreign ministry spokesman Wang Wenbin protested the remarks.",
        "Japanese Foreign Minister Yoko Kamikawa protested the missile launch.",
        "The Philippines filed a diplomatic protest against China.",
        "India registered its strong protest with Pakistan over the killing.",
        "China sent a note of protest to Japan.",
    ],
)
def test_an_official_protest_is_no_demonstration(
    annotate: Callable[[str], Annotation], text: str
) -> None:
    types = _types(list(annotate(text).events))
    assert "PROTEST" not in types


def test_students_protesting_still_demonstrate(annotate: Callable[[str], Annotation]) -> None:
    types = _types(list(annotate("Thousands of students protested the decision in Seoul.").events))
    assert types == ["PROTEST"]


def test_protesting_to_someone_is_a_complaint(code: CodeFn) -> None:
    events = code("Japan protested to China over the seizure of its fishermen.")
    assert [(e.event_type, e.target.name if e.target else None) for e in events] == [
        ("ACCUSE", "CHN")
    ]


def test_dismissing_a_state_as_something_is_a_criticism(code: CodeFn) -> None:
    events = code("Russia dismissed Estonia as a suburb of St. Petersburg.")
    assert [(e.event_type, e.target.name if e.target else None) for e in events] == [
        ("ACCUSE", "EST")
    ]


def test_dismissing_a_proposal_as_something_stays_a_rejection(code: CodeFn) -> None:
    assert _types(code("Russia dismissed the French proposal as a provocation.")) == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "Greece has vowed to block other Syrian refugees from entering.",
        "Japan promises to declare China a currency manipulator.",
    ],
)
def test_an_intent_to_bar_or_brand_is_no_agreement(code: CodeFn, text: str) -> None:
    assert "AGREE" not in _types(code(text))


def test_an_intent_to_help_stays_an_agreement(code: CodeFn) -> None:
    assert _types(code("Japan pledged to help Egypt rebuild its ports.")) == ["AGREE"]


def test_a_casualty_count_is_no_assault(code: CodeFn) -> None:
    assert code("Iran, which has lost 2,000 dead and wounded in Syria, is tired.") == []


def test_wounding_people_stays_an_assault(code: CodeFn) -> None:
    assert _types(code("Turkish troops wounded two Syrian farmers on Monday.")) == ["ASSAULT"]


def test_a_pledge_to_punish_stays_a_threat(code: CodeFn) -> None:
    text = "Turkey, which controls the border, has pledged to punish Greece."
    assert _types(code(text)) == ["THREATEN"]
