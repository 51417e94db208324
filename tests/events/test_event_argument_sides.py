"""Whose act it is, and one act told twice (issue 11, full-length articles): members of a
body are not the body, people related to someone are not that someone, a ministry's "its" is
its state's, and a later telling with fewer arguments is the same act. Sentences written for
the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.events.dedup import one_per_act
from cablegram.records import Actor, Event

Resolved = Callable[[str], list[Event]]


# -- members-not-body ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Most of his fellow NATO leaders refuse to fund the new force.",
        "Several EU member states refused to take in more refugees.",
        "Other NATO allies refused to send more troops to the region.",
    ],
)
def test_some_members_of_a_body_are_not_the_body(resolved: Resolved, text: str) -> None:
    events = resolved(text)
    assert not [e for e in events if e.source is not None and e.source.name in ("NATO", "EU")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Several UN resolutions have condemned Israel's settlements.", "UN"),
        ("Other NATO warships also fired at the boats.", "NATO"),
        ("Several NATO warplanes struck the convoy on Monday.", "NATO"),
    ],
)
def test_a_body_s_own_things_are_the_body_s(resolved: Resolved, text: str, body: str) -> None:
    events = resolved(text)
    assert [e.source.name for e in events if e.source is not None] == [body]


def test_a_body_s_council_at_work_stays_the_body(resolved: Resolved) -> None:
    events = resolved("EU foreign ministers agreed on Monday to extend sanctions on Russia.")
    assert [e.source.name for e in events if e.source is not None] == ["EU"]


# -- relation-not-possessor -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kin"),
    [
        ("Germany urged Mandela's political heirs to reform the party.", "Mandela"),
        ("France criticized Putin's critics in a long speech.", "Putin"),
    ],
)
def test_people_related_to_someone_are_not_that_someone(
    resolved: Resolved, text: str, kin: str
) -> None:
    events = resolved(text)
    assert events
    assert all(e.target is None or e.target.kind != "person" for e in events)


# -- office-owns-for-state ------------------------------------------------------------------


def test_a_ministry_s_its_is_its_state_s(resolved: Resolved) -> None:
    events = resolved(
        "Japan's Defense Ministry said on Monday that the Chinese coast guard rammed a "
        "Japanese patrol boat near the islands, damaging its hull and detaining its crew."
    )
    held = [e for e in events if e.event_type == "COERCE"]
    assert held
    assert all(e.target is not None and e.target.kind == "state" for e in held)
    assert {e.target.country for e in held if e.target} == {"JPN"}


# -- one act told twice ---------------------------------------------------------------------

KOREA = Actor("South Korea", "state", "South Korea", "KOR")
NORTH = Actor("North Korea", "state", "North Korea", "PRK")


def _event(n: int, **kw: object) -> Event:
    fields: dict[str, object] = {
        "doc_id": "d",
        "event_id": f"e{n}",
        "event_type": "THREATEN",
        "trigger": "warned",
        "sentence": f"sentence {n}",
        "start": n,
        "end": n + 1,
        "source": KOREA,
        "target": NORTH,
        "modality": "asserted",
        "date": "2023-03-06",
        "date_precision": "day",
    }
    fields.update(kw)
    return Event(**fields)  # type: ignore[arg-type]


OFFICIAL = Actor("Cho Tae-yong", "person", "Cho Tae-yong", "KOR")
GENERAL = Actor("Ali Abdollahi", "person", "Ali Abdollahi", None)
SPOKESMAN = Actor("Kim Jun", "person", "South Korea's spokesman Kim Jun", None)
NAVY = Actor("South Korean navy", "group", "the South Korean navy", "KOR", "MIL")


@pytest.mark.parametrize(
    "later",
    [
        # the state's act retold by its official in his own words
        {"source": OFFICIAL, "statement_id": "s1", "target": None, "date": None},
        # the same actor, both in someone's words, the later naming no target
        {"statement_id": "s2", "target": None, "date": None, "trigger": "shot"},
        # the state's act retold in the words of one of its bodies, naming the same target
        {"source": Actor("Ministry", "organization", "the ministry", "KOR"), "statement_id": "s4"},
        # a speaker placed in no state whose description names the doer, same day and word
        {"source": SPOKESMAN, "statement_id": "s3", "target": None, "trigger": "warn"},
        # the state's navy retelling the state's act in its words
        {"source": NAVY, "statement_id": "s5", "target": None},
    ],
)
def test_a_later_telling_with_fewer_arguments_is_the_same_act(later: dict[str, object]) -> None:
    first = _event(1, statement_id="s0") if later.get("trigger") == "shot" else _event(1)
    assert [e.event_id for e in one_per_act([first, _event(2, **later)])] == ["e1"]


@pytest.mark.parametrize(
    "later",
    [
        # the state's other act, on another date
        {"source": OFFICIAL, "statement_id": "s1", "target": None, "date": "2023-02-01"},
        # the state's minister, in the writer's voice, naming the same target: two acts
        {"source": OFFICIAL},
        # an unplaced speaker on another day
        {"source": GENERAL, "statement_id": "s3", "target": None, "date": "2023-03-01"},
        # the state's own official telling another act (another trigger word)
        {"source": OFFICIAL, "statement_id": "s1", "target": None, "trigger": "sent"},
        # another state's official
        {"source": Actor("Kim", "person", "Kim", "PRK"), "statement_id": "s1", "target": None},
        # a speaker placed in no state is not thereby the doer's own, even on the same day
        {"source": GENERAL, "statement_id": "s3", "target": None, "trigger": "warn"},
        # a speaker who names the doer, answering its act
        {
            "source": SPOKESMAN,
            "statement_id": "s3",
            "target": None,
            "trigger": "warn",
            "sentence": "'We warn them back,' said South Korea's spokesman Kim Jun.",
        },
        # people of the state, not its arms, doing the same again
        {
            "source": Actor("Korean activists", "group", "South Korean activists", "KOR"),
            "target": None,
        },
        # the state's own official, in his words, telling a further act
        {
            "source": OFFICIAL,
            "statement_id": "s1",
            "target": None,
            "sentence": "'We also warned them,' Cho said.",
        },
        # the same actor again, in someone's words, marked as a further act
        {"statement_id": "s2", "target": None, "sentence": "'They warned them again,' he said."},
    ],
)
def test_other_acts_of_the_same_side_stay_apart(later: dict[str, object]) -> None:
    assert len(one_per_act([_event(1), _event(2, **later)])) == 2


def test_two_names_of_one_force_are_one_actor_for_a_retelling() -> None:
    navy = Actor("Indonesian navy", "group", "the Indonesian navy", "IDN", "MIL")
    again = Actor("Indonesia's navy", "group", "Indonesia's navy", "IDN", "MIL")
    first = _event(1, source=navy, event_type="COERCE", trigger="detaining")
    later = _event(2, source=again, event_type="COERCE", trigger="detained", statement_id="s")
    assert len(one_per_act([first, later])) == 1


@pytest.mark.parametrize(
    ("first_force", "later_force"),
    [
        (("Russian army", "MIL"), ("Russian navy", "MIL")),
        (("Indonesian navy", "MIL"), ("Indonesian coast guard", "MIL")),
    ],
)
def test_two_forces_of_one_state_are_two_actors(
    first_force: tuple[str, str], later_force: tuple[str, str]
) -> None:
    first_actor = Actor(first_force[0], "group", first_force[0], "RUS", first_force[1])
    later_actor = Actor(later_force[0], "group", later_force[0], "RUS", later_force[1])
    first = _event(1, source=first_actor, event_type="ASSAULT", trigger="shelled")
    later = _event(
        2,
        source=later_actor,
        event_type="ASSAULT",
        trigger="shelled",
        statement_id="s",
        target=None,
    )
    assert len(one_per_act([first, later])) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The United States condemned the test. American senators also condemned it.",
        "Japan protested the incursion. Japanese lawmakers later protested it as well.",
    ],
)
def test_a_co_national_s_further_act_is_its_own(resolved: Resolved, text: str) -> None:
    assert len(resolved(text)) == 2


# -- bare-participle, clause-under-preposition ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Alexei Navalny was detained in Moscow and put on trial, charged with fraud.",
        "The pilot was captured in Donetsk and charged with murder.",
    ],
)
def test_the_one_a_bare_participle_is_done_to_does_not_do_it(resolved: Resolved, text: str) -> None:
    charged = [e for e in resolved(text) if e.trigger == "charged"]
    assert all(e.source is None or e.source.kind != "person" for e in charged)


def test_a_bare_participle_s_by_agent_does_it(resolved: Resolved) -> None:
    events = resolved("Navalny was detained and charged with fraud by prosecutors.")
    charged = [e for e in events if e.trigger == "charged"]
    assert charged and all(e.source is not None for e in charged)
    assert all("Navalny" not in e.source.name for e in charged if e.source)


def test_the_object_of_since_is_the_subject_of_its_clause(resolved: Resolved) -> None:
    events = resolved(
        "Colombia's relations with its neighbour Venezuela have been tense since an uprising "
        "in 2019 forced out the Venezuelan leader Nicolas Maduro."
    )
    assert not [e for e in events if e.source is not None and e.source.country == "COL"]
    kept = resolved("Relations have been frozen since Russia annexed Crimea in 2014.")
    assert [e.source.name for e in kept if e.source] == ["Russia"]


# -- warned-of-their-threat -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Beijing's ambassador to the alliance has warned that the new bases threaten stability.",
        "Russia warned that NATO's plans threaten peace in Europe.",
    ],
)
def test_a_warning_that_others_threaten_is_an_accusation(resolved: Resolved, text: str) -> None:
    events = resolved(text)
    assert events and not [e for e in events if e.event_type == "THREATEN"]
    assert {e.event_type for e in events} == {"ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned the US that its navy would pose a grave threat.",
        "Putin warned that Russian nuclear forces would endanger Europe.",
        "Erdogan warned that Turkish troops would threaten any militia in the area.",
    ],
)
def test_a_warning_that_one_s_own_side_threatens_stays_a_threat(
    resolved: Resolved, text: str
) -> None:
    events = resolved(text)
    assert events and {e.event_type for e in events} == {"THREATEN"}


def test_a_warning_of_one_s_own_response_stays_a_threat(resolved: Resolved) -> None:
    events = resolved("Japan warned China against meddling in the dispute.")
    assert [e.event_type for e in events] == ["THREATEN"]


# -- pronoun-and-partner --------------------------------------------------------------------


def test_a_name_joined_to_a_pronoun_subject_acts_with_it(resolved: Resolved) -> None:
    events = resolved("Merkel said she and her French counterpart Hollande had agreed on a plan.")
    agree = [e for e in events if e.event_type == "AGREE"]
    # one pact of two is one record (rule ``one-pact``): one party the source, one the target
    assert len(agree) == 1 and agree[0].source and agree[0].target
    assert {agree[0].source.country, agree[0].target.country} == {"DEU", "FRA"}


# -- describing-participle ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Several governments opposed to Maduro balked at expelling Venezuela.", None),
        ("Rebels committed to the truce attacked the town.", "ASSAULT"),
    ],
)
def test_a_stance_describing_a_subject_is_no_act(
    resolved: Resolved, text: str, act: str | None
) -> None:
    events = resolved(text)
    assert not [e for e in events if e.trigger in ("opposed", "committed")]
    assert [e.event_type for e in events] == ([act] if act else [])


def test_a_stance_told_as_the_main_verb_stays(resolved: Resolved) -> None:
    assert [e.event_type for e in resolved("Germany opposed the plan.")] == ["REJECT"]


# -- punished-act (an "at" object) ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Russian defense ministry has lashed out at the U.S.-led coalition in Syria for "
        "refusing to provide intelligence on Islamic State targets.",
        "China was angry at Japan for rejecting the proposal.",
    ],
)
def test_the_one_scolded_did_the_act_scolded_for(resolved: Resolved, text: str) -> None:
    acts = [e for e in resolved(text) if e.trigger in ("provide", "rejecting")]
    assert all(e.source is None or e.source.country not in ("RUS", "CHN") for e in acts)


# -- named-place ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Syrian state television said the army had captured the village of al-Tamura.",
        "The army captured the village of Abu Bakr on Monday.",
    ],
)
def test_the_name_of_a_place_is_no_target(resolved: Resolved, text: str) -> None:
    events = resolved(text)
    assert events and all(e.target is None for e in events)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("China threatened the island of Taiwan.", "Taiwan"),
        ("Turkey threatened the island of Cyprus on Monday.", "Cyprus"),
    ],
)
def test_a_country_named_after_a_place_noun_stays_a_party(
    resolved: Resolved, text: str, party: str
) -> None:
    events = resolved(text)
    assert events and all(e.target is not None and e.target.name == party for e in events)
