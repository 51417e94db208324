"""Trial-11 kinds of wrong type and not-an-act (issue 11; rules in events/occupations.py,
standing.py, unacted.py, avowals.py ``anaphoric-vow`` and kinds.py ``vowed-response``).
Sentences written for the test; each group fails without its rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _types(events: list[Event]) -> list[str]:
    return [e.event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters seized the regional administration building in Kharkiv.",
        "Hundreds of students occupied the parliament for three weeks.",
        "Students occupied the ministry of agriculture to protest the new quotas.",
        "Opposition supporters stormed the city hall in protest at the vote.",
    ],
)
def test_an_occupation_by_protesters_is_a_protest(resolved: CodeFn, text: str) -> None:
    types = _types(resolved(text))
    assert "PROTEST" in types and "COERCE" not in types


def test_an_occupation_told_with_its_protest_is_one_protest(resolved: CodeFn) -> None:
    text = "Students occupied the legislature for weeks, protesting against a trade pact."
    assert _types(resolved(text)) == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops occupied the parliament building in Simferopol.",
        "Rebels seized the town of Kidal.",
        "Soldiers stormed the palace.",
    ],
)
def test_an_occupation_by_armed_men_stays_force(resolved: CodeFn, text: str) -> None:
    types = _types(resolved(text))
    assert {"COERCE", "ASSAULT"} & set(types) and "PROTEST" not in types


@pytest.mark.parametrize(
    "text",
    [
        "The opposition has pledged to do just that, issuing a six-month deadline to the "
        "government.",
        "Kenya vowed to do so.",
        "Egypt promised to do the same.",
    ],
)
def test_a_vow_to_do_what_is_told_elsewhere_is_no_agreement(resolved: CodeFn, text: str) -> None:
    assert "AGREE" not in _types(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela issued a deadline to the mediators.",
        "Turkey set Greece a deadline for the talks.",
    ],
)
def test_setting_a_deadline_is_a_demand(resolved: CodeFn, text: str) -> None:
    types = _types(resolved(text))
    assert "REQUEST" in types and "AGREE" not in types


def test_a_vow_to_keep_going_stays_an_agreement(resolved: CodeFn) -> None:
    assert "AGREE" in _types(resolved("Kenya vowed to help Uganda."))


@pytest.mark.parametrize(
    "text",
    [
        "Japan vowed to \u201crespond proportionally.\u201d",
        "Pakistan vowed to respond in kind.",
        "France pledged to respond to the cyberattack.",
    ],
)
def test_a_vow_to_respond_is_a_threat(resolved: CodeFn, text: str) -> None:
    types = _types(resolved(text))
    assert "THREATEN" in types and "AGREE" not in types


def test_a_vow_to_respond_to_requests_is_no_threat(resolved: CodeFn) -> None:
    assert "THREATEN" not in _types(resolved("Norway pledged to respond to requests from Mali."))


@pytest.mark.parametrize(
    "text",
    [
        "The bombing was seen as having hardened Turkey's resolve to fight the militants.",
        "The vote tested Germany's willingness to send troops to Mali.",
        "Doubts grew about Egypt's determination to attack the rebels.",
    ],
)
def test_a_described_disposition_is_no_act(resolved: CodeFn, text: str) -> None:
    types = _types(resolved(text))
    assert "THREATEN" not in types and "ASSAULT" not in types and "MOBILIZE" not in types


def test_a_voiced_determination_stays_coded(resolved: CodeFn) -> None:
    assert _types(resolved("Turkey reaffirmed its determination to fight the militants."))


@pytest.mark.parametrize(
    "text",
    [
        "Some experts said China needs to protect its own missile forces.",
        "Experts said Iran must open its sites to inspectors.",
        "While some observers praised the plan, they also said Iran needs to open its sites.",
    ],
)
def test_a_commentator_makes_no_demand(resolved: CodeFn, text: str) -> None:
    assert "REQUEST" not in _types(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said Iran must release the sailors.",
        "Germany said Russia needs to withdraw its troops.",
    ],
)
def test_a_party_with_standing_still_demands(resolved: CodeFn, text: str) -> None:
    assert "REQUEST" in _types(resolved(text))


@pytest.mark.parametrize(
    "text",
    [
        "It is one of the highest-profile U.S. indictments against Iran.",
        "This was one of the biggest Russian attacks on Kiev.",
    ],
)
def test_a_classifying_noun_tells_no_act(resolved: CodeFn, text: str) -> None:
    assert _types(resolved(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The indictment of seven Iranian hackers is expected as soon as Thursday.",
        "The Justice Department is expected to charge seven Iranians on Thursday.",
    ],
)
def test_an_expected_charge_is_not_done(resolved: CodeFn, text: str) -> None:
    events = resolved(text)
    assert all(e.modality != "asserted" for e in events if e.event_type == "ACCUSE")


# Kinds found in the development articles (composed sentences).


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said it is willing to send troops to Somalia.",
        "Egypt is ready to deploy soldiers to Libya, the minister said.",
    ],
)
def test_forces_one_is_willing_to_send_are_an_offer(resolved: CodeFn, text: str) -> None:
    types = _types(resolved(text))
    assert "MOBILIZE" not in types and "AGREE" in types


@pytest.mark.parametrize(
    "text",
    [
        "Egypt hosted the talks after the gas deal Israel struck with Cyprus in May.",
        "Colombia struck an agreement with the rebels on Friday.",
    ],
)
def test_striking_a_deal_is_an_agreement(resolved: CodeFn, text: str) -> None:
    types = _types(resolved(text))
    assert "AGREE" in types and "PROTEST" not in types and "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Brazil and India backed the sanctions against Syria.",
        "Poland supported the airstrikes on the militants.",
    ],
)
def test_backing_an_act_against_a_third_party_is_no_support_of_it(
    resolved: CodeFn, text: str
) -> None:
    events = resolved(text)
    assert not any(e.event_type == "SUPPORT" for e in events)


def test_backing_a_party_stays_support(resolved: CodeFn) -> None:
    assert "SUPPORT" in _types(resolved("Brazil backed Venezuela in the dispute."))


@pytest.mark.parametrize(
    "text",
    [
        "The vote opened the way for the lifting of EU sanctions on Belarus.",
        "Turkey called for an easing of the blockade imposed by Israel.",
    ],
)
def test_an_act_being_ended_is_not_told_as_done(resolved: CodeFn, text: str) -> None:
    types = _types(resolved(text))
    assert "SANCTION" not in types and "COERCE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Morocco says it will keep the ports in any future peace agreement with Algeria.",
        "Any future agreement between Israel and Lebanon will need American support.",
    ],
)
def test_a_prospective_act_is_not_done(resolved: CodeFn, text: str) -> None:
    types = _types(resolved(text))
    assert "AGREE" not in types and "ASSAULT" not in types and "MOBILIZE" not in types


def test_an_act_called_for_is_not_done(resolved: CodeFn) -> None:
    text = (
        "Kim has called for his army to be prepared to strike Japan and stand ready to use "
        "nuclear weapons."
    )
    types = _types(resolved(text))
    assert "AGREE" not in types and "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Turkey and Qatar say Libyans themselves must decide.",
        "Egypt said the Sudanese alone must choose their own future.",
    ],
)
def test_who_decides_is_a_position_not_a_demand(resolved: CodeFn, text: str) -> None:
    assert "REQUEST" not in _types(resolved(text))


def test_a_demand_to_decide_by_a_date_stays_a_request(resolved: CodeFn) -> None:
    assert "REQUEST" in _types(resolved("Germany said Greece must decide by Friday."))


@pytest.mark.parametrize(
    "text",
    [
        "Cuba has fought against foreign interference these last 50 years, Castro said.",
        "Iran has resisted Western sanctions for decades.",
    ],
)
def test_conduct_over_years_is_no_event(resolved: CodeFn, text: str) -> None:
    types = _types(resolved(text))
    assert "ASSAULT" not in types and "REJECT" not in types


def test_an_act_over_days_stays_an_event(resolved: CodeFn) -> None:
    assert "ASSAULT" in _types(resolved("Russia has attacked Ukraine for three days."))
