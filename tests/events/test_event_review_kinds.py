"""Kinds the round-6 review found: tellings of one act completed, not swallowed; past acts
named with a plan word stay past; intentions to end or keep something still code; parties
of talks stay targets; verbs that merely mention or reject someone keep their type."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram.pipeline import annotate_parsed
from cablegram.records import Document, Event, document_id

DAY = "2023-03-08"


def events(nlp: Language, text: str) -> list[Event]:
    doc = Document(doc_id=document_id(text), source_path="t.txt", text=text, date=DAY)
    return list(annotate_parsed(doc, nlp(text)).events)


def test_a_coarse_telling_does_not_swallow_acts_of_other_days(events_nlp: Language) -> None:
    text = (
        "Israel struck Gaza in February. Israel struck Gaza on February 3. "
        "Israel struck Gaza on February 20."
    )
    found = [e for e in events(events_nlp, text) if e.event_type == "ASSAULT"]
    assert sorted(e.date or "" for e in found) == ["2023-02-03", "2023-02-20"]


def test_the_kept_telling_takes_the_target_and_date_of_the_later_one(
    events_nlp: Language,
) -> None:
    text = '"We imposed sanctions," Britain said. Britain imposed sanctions on Russia on Monday.'
    found = [e for e in events(events_nlp, text) if e.event_type == "SANCTION"]
    assert len(found) == 1
    assert found[0].target is not None and found[0].target.country == "RUS"
    assert found[0].date == "2023-03-06"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Putin ordered the invasion, which was planned for months.", "ASSAULT"),
        ("The EU renewed the sanctions that set limits on Russian oil.", "SANCTION"),
        ("Russia's planned withdrawal from Kherson began on Monday.", "RETREAT"),
    ],
)
def test_a_past_act_named_with_a_plan_word_stays_past(
    events_nlp: Language, text: str, event_type: str
) -> None:
    found = [e for e in events(events_nlp, text) if e.event_type == event_type]
    assert found and found[0].modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Russia pledged to end the war.",
        "China pledged to scrap tariffs on American goods.",
        "Germany pledged to keep its border open to refugees.",
    ],
)
def test_an_intention_to_end_or_keep_is_still_coded(events_nlp: Language, text: str) -> None:
    assert [e.event_type for e in events(events_nlp, text)] == ["AGREE"]


def test_leaving_a_military_campaign_is_a_retreat(events_nlp: Language) -> None:
    found = events(events_nlp, "The United States withdrew from the military campaign in Syria.")
    assert [e.event_type for e in found] == ["RETREAT"]


def test_rejecting_someone_as_a_member_is_a_rejection(events_nlp: Language) -> None:
    found = events(events_nlp, "NATO rejected Ukraine as a member.")
    assert [e.event_type for e in found] == ["REJECT"]


def test_a_meeting_mentioned_is_still_a_meeting(events_nlp: Language) -> None:
    found = events(events_nlp, "The Kremlin mentioned meeting Biden in Geneva last month.")
    assert [e.event_type for e in found] == ["CONSULT"]


def test_a_state_named_in_a_summits_name_is_a_party(events_nlp: Language) -> None:
    found = events(events_nlp, "Russia boycotted the Ukraine peace summit.")
    assert found and found[0].target is not None and found[0].target.country == "UKR"


def test_a_states_opposition_is_not_the_state(events_nlp: Language) -> None:
    found = events(events_nlp, "Syria's main opposition group criticized Russia on Saturday.")
    assert all(e.source is None or e.source.kind != "state" for e in found)
    kept = events(events_nlp, "Syria's government criticized Russia on Saturday.")
    assert [e.source.country for e in kept if e.source] == ["SYR"]


def test_a_weekday_under_a_reported_would_looks_forward(events_nlp: Language) -> None:
    text = "Ayrault said EU ministers would reiterate on Monday that Turkey must respect the law."
    found = [e for e in events(events_nlp, text) if e.trigger == "reiterate"]
    assert found and found[0].date == "2023-03-13"


def test_a_noun_act_under_a_promise_is_the_promise(events_nlp: Language) -> None:
    text = "Republicans in Congress promised to introduce new sanctions against Iran."
    found = events(events_nlp, text)
    assert found and all(e.event_type != "SANCTION" for e in found)
    assert "THREATEN" in {e.event_type for e in found}
