"""Propositions parsed like claims and matched by meaning (lemmas, stems, the synonym
file), not keywords; and rows that pool a government's voice honestly.

Sentences and records written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from cablegram.query.common import ActorRef, Citation
from cablegram.query.propositions import Proposition
from cablegram.query.propositions_match import bears_on
from cablegram.query.stance_evidence import country_of, proposition_of
from cablegram.query.stance_rows import Evidence, decide, group_rows


def _mentions(names: Iterable[str]) -> bool:
    return False


def bearing(query: Proposition, predicate: str, obj: str | None, **arguments: str) -> str | None:
    """How a claim bears: "same", "undoes" (the opposite act), or None."""
    found = bears_on(query, predicate, obj, arguments, country_of, _mentions)
    if found is None:
        return None
    return "undoes" if found.undoes else "same"


def test_a_proposition_is_parsed_into_a_frame() -> None:
    troops = proposition_of("send troops to Iraq")
    assert (troops.predicate, troops.object, troops.arguments) == (
        "send",
        "troop",
        {"place": "Iraq"},
    )
    assert troops.polarity == "support"
    truce = proposition_of("a ceasefire in Sri Lanka")
    assert (truce.predicate, truce.arguments) == ("ceasefire", {"place": "Sri Lanka"})
    sanctions = proposition_of("impose sanctions on Russia")
    assert sanctions.core == ("sanction",)  # "impose" is a light verb
    # A bare verb the parser takes for a noun still heads the proposition.
    assert proposition_of("halt arms sales to Israel").polarity == "oppose"
    ending = proposition_of("end sanctions on Russia")
    assert (ending.predicate, ending.object, ending.arguments) == (
        "end",
        "sanction",
        {"target": "Russia"},
    )


@pytest.mark.parametrize(
    ("predicate", "obj", "arguments", "expected"),
    [
        # Lemmas, stems and synonym groups: the same act in other words.
        ("deploy", "soldier", {"place": "Iraq"}, "same"),
        ("dispatch", "personnel", {"place": "Baghdad"}, "same"),  # a capital names its state
        ("deployment", "troop", {"place": "Iraqi"}, "same"),  # a demonym too
        ("pull out", "soldier", {"place": "Iraq"}, "undoes"),
        # Another place is another story; another act is another act.
        ("send", "troop", {"place": "Afghanistan"}, None),
        ("send", "aid", {"place": "Iraq"}, None),
        ("train", "troop", {"place": "Iraq"}, None),
    ],
)
def test_claims_match_by_meaning(
    predicate: str, obj: str, arguments: dict[str, str], expected: str | None
) -> None:
    query = proposition_of("send troops to Iraq")
    assert bearing(query, predicate, obj, **arguments) == expected


def test_an_act_named_without_its_object() -> None:
    troops = proposition_of("send troops to Iraq")
    # A nominal act names the whole act; a bare verb must be the proposition's own.
    assert bearing(troops, "deployment", None, place="Iraq") == "same"
    assert bearing(troops, "send", None, place="Iraq") == "same"
    assert bearing(troops, "supply", None, place="Iraq") is None
    # Either spelling: "recognize" is "recognise".
    palestine = proposition_of("recognise a Palestinian state")
    assert bearing(palestine, "recognize", None, about="Palestine") == "same"
    assert bearing(palestine, "recognition", None, about="Palestine") == "same"


def test_sanctions_by_any_name_but_not_their_end() -> None:
    query = proposition_of("impose sanctions on Russia")
    assert bearing(query, "slap", "sanction", target="Moscow") == "same"
    assert bearing(query, "sanction", None, about="Russian") == "same"
    assert bearing(query, "embargo", None, target="Russia") == "same"
    assert bearing(query, "lift", "sanction", target="Russia") == "undoes"
    assert bearing(query, "impose", "tariff", target="Russia") is None


def test_widening_or_hardening_a_measure_is_more_of_it() -> None:
    query = proposition_of("impose tougher sanctions on Chad")
    for verb in ("expand", "broaden", "tighten", "toughen", "strengthen"):
        assert bearing(query, verb, "sanction", target="Chad") == "same", verb
    # near misses: another thing widened, another country's sanctions, an act undone
    assert bearing(query, "expand", "trade", target="Chad") is None
    assert bearing(query, "tighten", "sanction", target="Peru") is None
    assert bearing(proposition_of("freeze settlement construction"), "expand", "settlement") is None
    assert bearing(proposition_of("withdraw troops from Mali"), "reinforce", "troop") is None


def _evidence(actor: ActorRef, side: str, sentence: str, confidence: float = 0.8) -> Evidence:
    return Evidence(
        kind="statement",
        record_id=sentence,
        claim_id=sentence,
        actor=actor,
        side=side,  # type: ignore[arg-type]
        confidence=confidence,
        relevance=1.0,
        date="2024-01-01",
        reason="test",
        citation=Citation("d1", "doc", "2024-01-01", sentence),
        statement_id=sentence,
    )


def test_a_country_row_pools_its_government_not_its_opposition_or_former_officials() -> None:
    minister = ActorRef("Jane Doe", "person", "GBR", "GOV", "foreign secretary")
    opposition = ActorRef("John Roe", "person", "GBR", "OPP", "opposition leader")
    former = ActorRef("Old Hand", "person", "GBR", "GOV", "former foreign secretary")
    evidence = [
        _evidence(minister, "support", "We will send troops."),
        _evidence(opposition, "oppose", "We would never send troops."),
        _evidence(former, "oppose", "Sending troops is a mistake."),
    ]
    rows = group_rows(evidence, {"GBR": "United Kingdom"})
    (britain,) = rows.countries
    assert britain.stance == "support"
    assert [e.actor.name for e in britain.evidence] == ["Jane Doe"]
    # Each keeps an actor row of their own.
    assert {r.name: r.stance for r in rows.actors} == {
        "Jane Doe": "support",
        "John Roe": "oppose",
        "Old Hand": "oppose",
    }


def test_confidence_reflects_the_evidence() -> None:
    state = ActorRef("France", "state", "FRA", "GOV")
    one = decide([_evidence(state, "oppose", "No troops.", 0.95)])
    assert one[0] == "oppose" and one[1] < 0.9  # one mention never reaches 0.9
    assert decide([_evidence(state, "oppose", "Maybe not.", 0.2)])[0] == "unclear"
    both = [_evidence(state, "oppose", "No troops."), _evidence(state, "support", "Troops.")]
    assert decide(both)[0] == "mixed"
    three = [_evidence(state, "oppose", f"No troops, {n}.") for n in range(3)]
    assert decide(three)[1] > decide(three[:1])[1]


def test_places_by_any_of_their_names() -> None:
    from cablegram.query.propositions_args import argument_key, same_argument

    # An organisation by its dictionary name, with or without stops.
    assert argument_key("U.N.", country_of) == argument_key("United Nations", country_of)
    # A place that is no country meets a longer name holding its words, not another.
    assert same_argument(
        argument_key("Gaza", country_of), argument_key("the Gaza Strip", country_of)
    )
    assert not same_argument(
        argument_key("Gaza", country_of), argument_key("West Bank", country_of)
    )
    query = proposition_of("send peacekeepers to Gaza")
    assert bearing(query, "station", "peacekeeper", place="Gaza Strip") == "same"
    assert bearing(query, "station", "peacekeeper", place="Sinai") is None


def test_keeping_an_act_going_is_for_it() -> None:
    query = proposition_of("a ceasefire in Chad")
    assert bearing(query, "extend", "ceasefire", place="Chad") == "same"
    assert bearing(query, "respect", "truce", place="Chad") == "same"
    assert (
        bearing(proposition_of("impose sanctions on Laos"), "maintain", "sanction", target="Laos")
        == "same"
    )


def test_boots_on_the_ground_are_troops() -> None:
    query = proposition_of("send troops to Chad")
    assert bearing(query, "put", "boot", place="Chad") == "same"
    assert (
        bearing(proposition_of("withdraw troops from Chad"), "leave", "soldier", place="Chad")
        == "same"
    )


def test_a_cessation_of_hostilities_is_a_ceasefire() -> None:
    query = proposition_of("a ceasefire in Chad")
    found = bears_on(
        query,
        "cessation",
        "hostility",
        {"place": "Chad"},
        country_of,
        _mentions,
        "They urged an immediate cessation of hostilities in Chad.",
    )
    assert found is not None and found.same_direction


def test_expelling_troops_is_withdrawing_them() -> None:
    query = proposition_of("withdraw troops from Chad")
    assert bearing(query, "expel", "troop", place="Chad") == "same"


def test_a_mention_naming_its_government_speaks_for_it() -> None:
    spokesman = ActorRef("Italian government spokesman", "person", "ITA", None, None)
    analyst = ActorRef("Italian analyst", "person", "ITA", None, None)
    evidence = [
        _evidence(spokesman, "oppose", "Sanctions are not on the table."),
        _evidence(analyst, "support", "Sanctions would work."),
    ]
    (italy,) = group_rows(evidence, {"ITA": "Italy"}).countries
    assert (italy.stance, [e.actor.name for e in italy.evidence]) == (
        "oppose",
        ["Italian government spokesman"],
    )


def test_an_igo_office_named_before_the_name_speaks_for_the_igo() -> None:
    from cablegram.query.stance_evidence import speaks_for
    from cablegram.records import Actor

    envoy = Actor("Jane Roe", "person", "UN envoy Jane Roe", "DZA", "GOV")
    assert speaks_for(envoy) is not None
    minister = Actor("Jane Roe", "person", "Algerian Foreign Minister Jane Roe", "DZA", "GOV")
    assert speaks_for(minister) is None
    former = Actor("Jane Roe", "person", "former UN envoy Jane Roe", "DZA", "GOV")
    assert speaks_for(former) is None


@pytest.mark.parametrize(
    ("text", "predicate", "agent", "about"),
    [
        # A name that also spells a verb's base form opens a named party, not a bare verb.
        ("Mark Rutte should resign", "resign", "Mark Rutte", None),
        ("Sue Gray should step down", "step down", "Sue Gray", None),
        ("Park Geun-hye's resignation", "resignation", None, "Park Geun hye"),
        ("Mark Rutte's resignation", "resignation", None, "Mark Rutte"),
    ],
)
def test_a_name_that_spells_a_verb_is_no_bare_verb(
    text: str, predicate: str, agent: str | None, about: str | None
) -> None:
    proposition = proposition_of(text)
    assert proposition.predicate == predicate
    assert proposition.agent == agent
    assert proposition.arguments.get("about") == about


def test_a_bare_verb_still_takes_a_subject_before_it() -> None:
    # near misses: the first word is the act ("Cut", "Ban" name no party here)
    assert proposition_of("cut aid to Egypt").predicate == "cut"
    assert proposition_of("ban landmines").predicate == "ban"
