"""Claims from standing attitudes: positions the writer states about an actor, unquoted and
on no occasion (claims/attitudes.py, events/attitudes.py). Sentences written for these
tests, one kind each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram import nlp as nlp_stage
from cablegram.claims.attitudes import ATTITUDE_BASE
from cablegram.events.attitudes import STANDING_CAP
from cablegram.ingest.parserview import parser_view
from cablegram.pipeline import annotate_parsed
from cablegram.records import Claim, Document, Event

Annotate = Callable[[str], list[Claim]]


@pytest.fixture(scope="module")
def events() -> Callable[[str], list[Event]]:
    nlp = nlp_stage.load()

    def run(text: str) -> list[Event]:
        document = Document(doc_id="t", source_path="t", text=text, date="2025-03-01")
        return list(annotate_parsed(document, nlp(parser_view(text))).events)

    return run


def _of(found: list[Claim], country: str, predicate: str) -> list[Claim]:
    return [c for c in found if c.actor.country == country and c.predicate == predicate]


@pytest.mark.parametrize(
    ("text", "country", "predicate", "polarity"),
    [
        # "favor" in a relative clause describing its holder
        ("Norway, which favors a carbon tax, sent a delegation to the summit.", "NOR", "tax",
         "support"),
        ("Portugal strongly opposes the new fishing quotas.", "PRT", "quota", "oppose"),
        ("Germany has long opposed sending weapons.", "DEU", "send", "oppose"),
        ("Chancellor Olaf Berg of Germany backs the idea of a buffer zone in Libya.", "DEU",
         "zone", "support"),
    ],
)  # fmt: skip
def test_a_standing_attitude_gives_an_event_claim_weighed_as_unquoted(
    claims: Annotate, text: str, country: str, predicate: str, polarity: str
) -> None:
    found = _of(claims(text), country, predicate)
    assert found, "no claim"
    assert {c.polarity for c in found} == {polarity}
    assert all(c.source_kind == "event" for c in found)
    assert max(c.confidence for c in found) <= ATTITUDE_BASE


def test_an_attitude_shown_on_an_occasion_keeps_an_acts_weight(claims: Annotate) -> None:
    found = _of(claims("Portugal opposed the new fishing quotas at the summit on Monday."),
                "PRT", "quota")  # fmt: skip
    assert found and min(c.confidence for c in found) > ATTITUDE_BASE


def test_a_quoted_position_outweighs_the_writers_account(claims: Annotate) -> None:
    quoted = _of(claims('"We oppose the new fishing quotas," Portugal\'s foreign minister said.'),
                 "PRT", "quota")  # fmt: skip
    told = _of(claims("Portugal opposes the new fishing quotas."), "PRT", "quota")
    assert quoted and told
    assert min(c.confidence for c in quoted) > max(c.confidence for c in told)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary favored the pipeline at the summit on Monday.",  # an occasion: no position
        "Hungary favors pipeline plan",  # a headline tells an act
        "Syrian forces, backed by Russian air strikes, advanced on Aleppo.",  # a description
    ],
)
def test_favor_and_back_of_any_object_code_only_a_standing_attitude(
    events: Callable[[str], list[Event]], text: str
) -> None:
    assert not [
        e for e in events(text) if e.event_type == "SUPPORT" and e.confidence <= STANDING_CAP
    ]
    # told in the present by the writer, the same verb codes a capped position
    told = [e for e in events("Hungary favors the pipeline.") if e.event_type == "SUPPORT"]
    assert told and all(e.confidence <= STANDING_CAP for e in told)


@pytest.mark.parametrize(
    "text",
    [
        "Iran, which backs Hezbollah militarily, sent advisers to Syria.",
        "Qatar supports the rebels with arms and money.",
        "Germany supports Ukraine with tanks and artillery.",
        "Iran backs the Houthis with drones.",
        "The United States backs Kiev with billions of dollars in aid.",
        "India backs its farmers through subsidies.",
    ],
)
def test_support_by_material_means_is_an_act_not_a_standing_attitude(
    events: Callable[[str], list[Event]], text: str
) -> None:
    # The same sentence without its means is a capped position (the rule is what differs).
    bare = text.split(" with ")[0].split(" through ")[0].split(" militarily")[0]
    bare = bare if bare.endswith(".") else bare + "."
    if "," not in bare:
        capped = [e for e in events(bare) if e.event_type == "SUPPORT"]
        assert capped and all(e.confidence <= STANDING_CAP for e in capped)
    support = [e for e in events(text) if e.event_type == "SUPPORT"]
    assert not [e for e in support if e.confidence <= STANDING_CAP]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Finance Minister Ole Dahl of Norway, who opposes the carbon tax, said the budget was "
         "balanced.", "NOR"),
        ("The draft spoke of a nod to Poland, which opposes the refugee quotas.", "POL"),
    ],
)  # fmt: skip
def test_a_relative_clause_on_a_noun_outside_what_is_said_is_the_writers_account(
    claims: Annotate, text: str, country: str
) -> None:
    found = _of(claims(text), country, "tax") + _of(claims(text), country, "quota")
    assert found and {c.polarity for c in found} == {"oppose"}
    assert all(c.source_kind == "event" and c.confidence <= ATTITUDE_BASE for c in found)


def test_a_relative_clause_inside_what_is_said_stays_the_speakers(
    events: Callable[[str], list[Event]],
) -> None:
    found = [
        e
        for e in events("The minister said that Austria, which opposes the plan, would abstain.")
        if e.event_type == "REJECT"
    ]
    assert found and all(e.confidence > STANDING_CAP for e in found)


@pytest.mark.parametrize(
    ("text", "holder", "other"),
    [
        ("Spain, which backs the rebels, and Chile plan to host a summit on Monday.", "ESP",
         "CHL"),
        ("Japan, which supports the junta, and Peru intend to hold talks.", "JPN", "PER"),
    ],
)  # fmt: skip
def test_a_relative_attitude_on_one_of_two_subjects_is_no_record_of_the_main_clause(
    claims: Annotate, text: str, holder: str, other: str
) -> None:
    """The attitude is its holder's, never the other subject's; the main clause's plan is no
    claim weighed as it (precision first: a relative clause on one of joined subjects reads
    no position)."""
    found = claims(text)
    wrong = [c for c in found if c.predicate in ("host", "hold") and c.confidence <= ATTITUDE_BASE
             and c.modality == "asserted"]  # fmt: skip
    assert not wrong, wrong
    assert not [c for c in found if c.actor.country == other and c.predicate in ("rebel", "junta")]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana backs its claims with evidence from radar images.",
        "The Kremlin supports its argument with a new survey.",
        "Ireland supports about 40,000 jobs in the farming sector.",
        "Japan supports the yen by buying bonds.",
    ],
)
def test_support_in_another_sense_codes_no_position(
    claims: Annotate, events: Callable[[str], list[Event]], text: str
) -> None:
    assert not [e for e in events(text) if e.event_type == "SUPPORT"]
    assert not [c for c in claims(text) if c.source_kind == "event" and c.polarity == "support"]


@pytest.mark.parametrize(
    "text", ["Slovakia rejects the proposal.", "Denmark rejects the EU's asylum quotas."]
)
def test_rejecting_in_the_present_keeps_an_acts_weight(
    events: Callable[[str], list[Event]], text: str
) -> None:
    found = [e for e in events(text) if e.event_type == "REJECT"]
    assert found and all(e.confidence > STANDING_CAP for e in found)


def test_a_closed_attitude_on_joined_subjects_stays_capped(
    events: Callable[[str], list[Event]],
) -> None:
    found = [
        e
        for e in events("The UN and Chile, which opposes the proposal, signed a pact on Monday.")
        if e.event_type == "REJECT"
    ]
    assert found and all(e.confidence <= STANDING_CAP for e in found)
