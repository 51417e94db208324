"""Argument and duplicate kinds found on fresh full-length articles (round 9, i71), each
tested on sentences written for the test: a place as a party (a town in apposition, the
owner of a home town), an unowned aircraft as the doer, the doer of an attack named by
"claimed by", a person told again by one word of the name, and a result participle told as
a second act."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from cablegram.events import named_places  # noqa: F401  (registers place-of-an-attack)
from cablegram.events.abroad import shared_names
from cablegram.events.dedup import one_per_act
from cablegram.events.junk import junk_actor
from cablegram.events.restated import result_clause, same_actor
from cablegram.records import Actor, Event

Resolved = Callable[[str], list[Event]]


def _kinds(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.event_type, e.source.name if e.source else None, e.target.name if e.target else None)
        for e in events
    ]


# -- place-in-apposition: "X, a town near ..." names a place, not a party ---------------


def test_place_in_apposition_is_no_target(resolved: Resolved) -> None:
    for text in (
        "The army shelled Homs, a city in central Syria.",
        "France carried out an air strike on Derna, a town near the Egyptian border.",
    ):
        events = resolved(text)
        assert events, text
        assert all(e.target is None for e in events), _kinds(events)


def test_country_in_apposition_stays_a_target(resolved: Resolved) -> None:
    kinds = _kinds(resolved("Russia attacked Taiwan, a self-ruled island."))
    assert ("ASSAULT", "Russia", "Taiwan") in kinds


# -- owner-of-a-place: whose home town it is, is not whom the act is done to -------------


def test_owner_of_a_home_town_is_no_target(resolved: Resolved) -> None:
    for text in (
        "Rebels took over the president's home town of Kigali.",
        "Militants seized the governor's home city of Mosul.",
    ):
        events = resolved(text)
        assert [e.event_type for e in events] == ["COERCE"], text
        assert events[0].target is None, _kinds(events)


def test_state_owning_a_city_stays_the_target(resolved: Resolved) -> None:
    kinds = _kinds(resolved("Russian troops seized Ukraine's city of Kherson."))
    assert [k[2] for k in kinds] == ["Ukraine"]


# -- unowned-instrument: aircraft with no owner named are no doer ------------------------


def test_unowned_jets_are_no_source(resolved: Resolved) -> None:
    assert resolved("Jets struck Derna, a town near the Egyptian border.") == []
    kinds = _kinds(resolved("Russian jets struck rebel positions near Aleppo."))
    assert [k[1] for k in kinds] == ["Russia"]


# -- claimed-attack: "bombings claimed by X killed" -------------------------------------


def test_attack_claimed_by_a_group_is_its_act(resolved: Resolved) -> None:
    events = resolved(
        "Three bombings claimed by Islamic State killed at least 80 people in Baghdad on Wednesday."
    )
    assert [(e.event_type, e.source.name if e.source else None) for e in events] == [
        ("ASSAULT", "Islamic State")
    ]


def test_attack_with_no_doer_named_has_no_source(resolved: Resolved) -> None:
    assert resolved("A car bomb killed 20 people in Kabul on Monday.") == []


# -- result-clause: ", killing 40 people" is what the strikes did -------------------------


def test_result_participle_is_the_same_act(resolved: Resolved) -> None:
    for text in (
        "U.S. warplanes carried out air strikes against militants in western Libya on "
        "Friday, killing as many as 40 people.",
        "The army launched strikes on rebel positions in the north on Monday, killing 12 fighters.",
    ):
        events = resolved(text)
        assert [e.event_type for e in events] == ["ASSAULT"], _kinds(events)


def _event(n: int, trigger: str, sentence: str, source: Actor | None, target: Actor | None,
           event_type: str = "ASSAULT", date: str | None = None) -> Event:  # fmt: skip
    start = sentence.find(trigger)
    return Event(
        doc_id="d", event_id=f"e{n}", event_type=event_type, trigger=trigger,
        sentence=sentence, start=start, end=start + len(trigger), source=source,
        target=target, mode=None, negated=False, modality="asserted", date=date,
        date_precision="day" if date else None, statement_id=None, confidence=0.5,
    )  # fmt: skip


def _actor(name: str, kind: str, country: str | None) -> Actor:
    return Actor(name=name, kind=kind, text=name, country=country)  # type: ignore[arg-type]


def test_result_clause_needs_the_comma_and_the_same_doer() -> None:
    usa, rus = _actor("United States", "state", "USA"), _actor("Russia", "state", "RUS")
    text = "The United States struck a camp on Friday, killing 40 people."
    first = _event(1, "struck", text, usa, None)
    assert result_clause(first, _event(2, "killing", text, usa, None))
    assert not result_clause(first, _event(2, "killing", text, rus, None))
    plain = "The United States struck a camp on Friday after killing 40 people."
    assert not result_clause(
        _event(1, "struck", plain, usa, None), _event(2, "killing", plain, usa, None)
    )


# -- short-name: "Wang" after "Wang Yi" is one person ------------------------------------


def test_person_told_again_by_one_word_of_the_name_is_one_act() -> None:
    wang_yi = _actor("Wang Yi", "person", "CHN")
    wang = _actor("Wang", "organization", None)
    kerry = _actor("John Kerry", "person", "USA")
    first = _event(1, "meet", "Wang Yi will visit to meet John Kerry.", wang_yi, kerry,
                   "CONSULT")  # fmt: skip
    later = _event(2, "meet", "Wang is due to meet Kerry on Tuesday.", wang, kerry,
                   "CONSULT", "2016-02-23")  # fmt: skip
    kept = one_per_act([first, later])
    assert len(kept) == 1
    assert kept[0].source == wang_yi and kept[0].date == "2016-02-23"
    # another person of one word ("Li") or another state is another actor
    assert not same_actor(wang_yi, _actor("Li", "person", None))
    assert not same_actor(wang_yi, _actor("Wang", "person", "TWN"))
    assert len(one_per_act([first, _event(3, "meet", "Li met Kerry.", _actor(
        "Li", "person", None), kerry, "CONSULT")])) == 2  # fmt: skip


# -- coordinated-verbs: "accused and publicly condemned X" is one act -------------------


def test_two_verbs_of_one_act_are_one_event(resolved: Resolved) -> None:
    for text, target in (
        ("Japan accused and publicly condemned China on Monday.", "China"),
        ("France strongly condemned and denounced Russia on Monday.", "Russia"),
    ):
        kinds = _kinds(resolved(text))
        assert [(k[0], k[2]) for k in kinds] == [("ACCUSE", target)], kinds


def test_two_acts_with_their_own_targets_stay_two(resolved: Resolved) -> None:
    kinds = _kinds(resolved("France condemned Russia on Monday and later accused Germany."))
    assert sorted(k[2] or "" for k in kinds) == ["Germany", "Russia"]


# -- part-of-a-place: "the other side of the town" is where, not who ---------------------


def test_part_of_a_place_is_no_party(resolved: Resolved) -> None:
    events = resolved("Rebel fighters shelled the far side of the city on Tuesday.")
    assert events and all(e.target is None for e in events), _kinds(events)
    events = resolved("Ukrainian officials met on the other side of the town on Monday.")
    assert all(e.target is None for e in events), _kinds(events)
    kinds = _kinds(resolved("The Russian side met the Ukrainian side in Istanbul on Monday."))
    assert ("CONSULT", "Russian side", "Ukrainian side") in kinds


# -- group-acting-abroad: a bare group name acting in another state keeps no country ------


def test_group_acting_in_another_state_has_no_guessed_country(resolved: Resolved) -> None:
    def country(text: str) -> str | None:
        events = resolved(text)
        assert events and events[0].source is not None, text
        return events[0].source.country

    assert (
        country("Taliban militants attacked a school in northwestern Pakistan on Monday.") is None
    )
    # the text ties the group to its state, or the place is in the group's own state
    assert country("Afghan Taliban fighters attacked a checkpoint in Pakistan on Monday.") == "AFG"
    assert country("Taliban militants attacked a checkpoint in Helmand on Monday.") == "AFG"
    assert country("Syrian rebels attacked a base in Turkey.") == "SYR"


def test_group_abroad_keeps_its_country_unless_its_name_is_shared(resolved: Resolved) -> None:
    def countries(text: str) -> list[str | None]:
        events = resolved(text)
        assert events, text
        return [e.source.country for e in events if e.source is not None]

    # a name no other state's movement shares: the group's country wherever it strikes
    assert countries("Houthi rebels fired missiles at an airport in Saudi Arabia on Sunday.") == [
        "YEM"
    ]
    assert countries("Boko Haram militants raided a village in Niger on Tuesday.") == ["NGA"]
    # a shared name ("Pakistani Taliban") meeting in the other state: talks are not placed acts
    assert countries("Taliban envoys held talks with Russian diplomats in Pakistan on Friday.") == [
        "AFG"
    ]


def test_shared_group_names_come_from_the_dictionary() -> None:
    assert shared_names().get("taliban") == frozenset({"PAK"})
    assert "houthis" not in shared_names()
    assert "hezbollah" not in shared_names()  # "Kataib Hezbollah" is no state's adjective


def test_sides_named_by_their_people_stay_parties(resolved: Resolved) -> None:
    events = resolved("The Turkish and Greek sides of the island agreed on Friday to share data.")
    # one pact of two is one record (rule ``one-pact``): the pair is its source and target
    assert {a.country for e in events for a in (e.source, e.target) if a} == {"TUR", "GRC"}


# -- place-of-an-attack: where a bombing struck is not who struck ---------------------------


def test_place_of_an_attack_is_no_doer(resolved: Resolved) -> None:
    for text in (
        "A suicide car bombing in the capital Kabul killed 30 people this month.",
        "A bomb attack near a market in Baghdad killed 12 people.",
        "A suicide car bombing in the capital Mogadishu killed 30 people this week.",
    ):
        assert [e for e in resolved(text) if e.source is not None] == [], text
    kinds = _kinds(resolved("A PKK attack in Ankara killed 12 soldiers on Monday."))
    assert [k[1] for k in kinds] == ["Kurdistan Workers' Party"]


def test_place_phrase_of_an_attack_noun_is_junk(events_nlp: Language) -> None:
    def junk(text: str, attack: str, name: str) -> str | None:
        doc = events_nlp(text)
        noun = next(t for t in doc if t.lower_ == attack)
        word = next(t for t in doc if t.text == name)
        actor = Actor(name=name, kind="state", text=name, start=word.idx,
                      end=word.idx + len(word.text))  # fmt: skip
        return junk_actor(noun, actor, "source", "ASSAULT")

    text = "A roadside blast at a bus depot in Peshawar wounded nine people."
    assert junk(text, "blast", "Peshawar") == "place-of-an-attack"
    assert junk("A PKK blast in Ankara wounded nine people.", "blast", "PKK") is None


def test_result_participle_after_a_speaker_of_the_same_state(resolved: Resolved) -> None:
    events = resolved(
        "Russian warplanes on Monday struck a camp in Syria belonging to the rebels, the "
        "Kremlin said, killing about 50 fighters."
    )
    assert [e.event_type for e in events] == ["ASSAULT"], _kinds(events)


# -- own-objects: two verbs, each with its own object, are two acts ----------------------


def test_two_verbs_on_their_own_objects_stay_two_acts(resolved: Resolved) -> None:
    events = resolved("Security forces raided the neighbourhood and detained scores of students.")
    assert [e.trigger for e in events] == ["raided", "detained"], _kinds(events)
    police = _actor("Police", "group", None)
    text = "Police searched the exiled writer's farm on Sunday and then detained his cousin."
    acts = [_event(1, "searched", text, police, None, "COERCE"),
            _event(2, "detained", text, police, None, "COERCE")]  # fmt: skip
    assert len(one_per_act(acts)) == 2
    # verbs that share one object stay one act
    shared = "Police stormed and searched the farm."
    one = [_event(1, "stormed", shared, police, None, "COERCE"),
           _event(2, "searched", shared, police, None, "COERCE")]  # fmt: skip
    assert len(one_per_act(one)) == 1


def test_two_results_of_one_attack_stay_one_act(resolved: Resolved) -> None:
    """Kind: ", killing 12 people and wounding 30 others" tells two results of one attack,
    not two acts on their own objects."""
    events = resolved(
        "Rebels claimed responsibility for a car bomb attack against soldiers in the eastern "
        "district, killing 9 people and wounding 20 others."
    )
    assert [e.event_type for e in events].count("ASSAULT") == 1, _kinds(events)
