"""Claims matched to propositions by meaning, by kind: nominalisations, verbs named after
what they give, terms of several words, hypernyms read one way, and places taken from a
claim's context, not from anywhere in its document.

Sentences and records written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from cablegram.query.meaning import derived_verbs, entailed_side, meet, object_term
from cablegram.query.propositions_match import Bearing, bears_on
from cablegram.query.stance_evidence import country_of, proposition_of, search_terms
from cablegram.query.stance_places import context


def _nowhere(names: Iterable[str]) -> bool:
    return False


def bearing(
    proposition: str,
    predicate: str,
    obj: str | None,
    sentence: str | None = None,
    **arguments: str,
) -> Bearing | None:
    return bears_on(
        proposition_of(proposition), predicate, obj, arguments, country_of, _nowhere, sentence
    )


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("recognition", "recognise"),
        ("accession", "accede"),
        ("reinstatement", "reinstate"),
        ("withdrawal", "withdraw"),
        ("invasion", "invade"),
        ("annexation", "annex"),
        ("suspension", "suspend"),
        ("delivery", "deliver"),
        ("reimposition", "reimpose"),
    ],
)
def test_a_nominalisation_meets_its_verb(noun: str, verb: str) -> None:
    assert meet(noun, verb)


def test_derivation_needs_a_known_verb_and_a_real_stem() -> None:
    assert derived_verbs("nation") == frozenset()
    assert derived_verbs("station") == frozenset()  # "st-ate" leaves too short a stem
    assert not meet("army", "arm")
    assert not meet("mission", "admit")


def test_a_nominalisation_is_searched_for_by_its_verb() -> None:
    words, _ = search_terms(proposition_of("Ukraine's accession to the EU"))
    assert "accession" in words
    words, _ = search_terms(proposition_of("join NATO"))
    assert "accession" in words


@pytest.mark.parametrize(
    ("proposition", "predicate", "obj", "arguments"),
    [
        # A verb named after what it gives: arming a country is giving it weapons.
        ("give weapons to Ukraine", "arm", None, {"about": "Ukraine"}),
        ("send weapons to Ukraine", "arm", "army", {"about": "Ukrainian"}),
        # ... or lays on: sanctioning a country is imposing sanctions on it.
        ("impose sanctions on Russia", "sanction", None, {"about": "Russia"}),
    ],
)
def test_denominal_verbs(
    proposition: str, predicate: str, obj: str | None, arguments: dict[str, str]
) -> None:
    found = bearing(proposition, predicate, obj, **arguments)
    assert found is not None and found.same_direction and found.requires is None


def test_denominal_verbs_keep_their_place() -> None:
    assert bearing("give weapons to Ukraine", "arm", None, place="Syria") is None
    assert bearing("impose sanctions on Russia", "arm", None, about="Russia") is None


def test_a_term_of_several_words_is_read_in_the_claims_sentence() -> None:
    sentence = "Warsaw would propose to send a peacekeeping mission to Ukraine."
    assert object_term("mission", sentence) == "peacekeeping mission"
    assert object_term("mission", "It sent a trade mission to Kyiv.") == "mission"
    found = bearing("send troops to Ukraine", "send", "mission", sentence, place="Ukraine")
    assert found is not None and found.same_direction
    # A trade mission is no troops.
    assert bearing("send troops to Ukraine", "send", "mission", "A trade mission.") is None
    lethal = "The government will provide lethal aid to Kyiv."
    assert bearing("give weapons to Ukraine", "provide", "aid", lethal, place="Kyiv") is not None
    assert bearing("give weapons to Ukraine", "provide", "aid", "It gave food aid.") is None


def test_hypernyms_bear_one_way_only() -> None:
    # For a narrower act is for the broader one ...
    assert entailed_side("police officer", "force") == "support"
    police = "Kenya is ready to deploy 1,000 police officers to Haiti."
    found = bearing(
        "send a multinational force to Haiti", "deploy", "officer", police, place="Haiti"
    )
    assert found is not None and found.requires == "support"
    # ... and against the broader act is against each narrower one.
    assert entailed_side("retaliatory measure", "tariff") == "oppose"
    measures = "Britain said it won't impose retaliatory measures of its own on the US."
    found = bearing(
        "impose retaliatory tariffs on the United States",
        "impose",
        "measure",
        measures,
        target="US",
    )
    assert found is not None and found.requires == "oppose"
    # Police officers are not troops: no reading reaches "send troops".
    assert bearing("send troops to Haiti", "deploy", "officer", police, place="Haiti") is None
    # A bare "measure" is no tariff.
    assert (
        bearing("impose tariffs on China", "impose", "measure", "new measures", target="China")
        is None
    )


def test_a_light_verb_of_pursuit_leaves_its_object() -> None:
    found = bearing("EU membership for Ukraine", "negotiate", "membership")
    assert found is None  # no place named, and none around it
    found = bears_on(
        proposition_of("EU membership for Ukraine"),
        "negotiate",
        "membership",
        {},
        country_of,
        lambda names: True,
    )
    assert found is not None and found.relevance < 1.0


def test_context_is_the_sentence_and_two_each_side() -> None:
    text = (
        "The lede. Its second sentence. Russia was mentioned once here. One. Two. Three. "
        "The council imposed new sanctions. Five. Six. Seven."
    )
    near = context(text, "The council imposed new sanctions.")
    assert "Russia" not in near
    assert near.startswith("The lede. Its second sentence.")
    assert near.endswith("Two. Three. The council imposed new sanctions. Five. Six.")
    assert context(text, "not in the text") == text
    # Near the top, the lede and the window are one stretch.
    assert context(text, "Its second sentence.").endswith("Russia was mentioned once here. One.")


def test_through_the_pipeline_hypernyms_and_context(tmp_path: Path) -> None:
    import cablegram.api as cg
    from cablegram.query.stance import find_stance

    with cg.open(tmp_path / "meaning.db") as opened:
        opened.add(
            "Britain said on Monday it won't impose retaliatory measures on the United States.",
            "2025-04-02",
            title="London holds back",
        )
        opened.add(
            "Ottawa said on Monday it will impose retaliatory measures on the United States.",
            "2025-04-02",
            title="Ottawa answers",
        )
        opened.add(
            "Ministers met in Tokyo. The meeting ran late. Russia was named once here. "
            "Delegates argued. Lunch was served. Nobody left early. "
            "The Japanese government said it will impose new sanctions.",
            "2025-04-03",
            title="Tokyo acts",
        )
        tariffs = find_stance(opened.store, "impose retaliatory tariffs on the United States")
        russia = find_stance(opened.store, "impose sanctions on Russia")
    rows = {r.country: r.stance for r in tariffs.countries}
    # Against any retaliatory measure is against tariffs; for one is not for tariffs.
    assert rows.get("GBR") == "oppose"
    assert "CAN" not in rows
    # A place named far off in the document is another story's.
    assert not russia.countries and not russia.actors


# Synonym groups of the data file (claim_synonyms.toml): staying in a body, seizing power.
@pytest.mark.parametrize(
    ("proposition", "predicate", "place"),
    [
        ("staying in the EU", "remain", "EU"),
        ("remaining in NATO", "stay", "NATO"),
    ],
)
def test_staying_meets_remaining(proposition: str, predicate: str, place: str) -> None:
    found = bearing(proposition, predicate, None, place=place)
    assert found is not None and found.same_direction


def test_remaining_somewhere_else_does_not_meet_staying() -> None:
    assert bearing("staying in the EU", "remain", None, place="NATO") is None


@pytest.mark.parametrize("word", ["putsch", "coup d'etat", "military takeover"])
def test_a_putsch_is_a_coup(word: str) -> None:
    found = bearing("a military coup in Mali", word, None, place="Mali")
    assert found is not None and found.same_direction


def test_a_company_takeover_is_no_coup() -> None:
    assert bearing("a military coup in Mali", "takeover", "bank", place="Mali") is None
    assert bearing("a military coup in Mali", "overthrow", "board", place="Mali") is None


# Light verbs of the data file: trying an act is about the act.
@pytest.mark.parametrize(
    ("predicate", "obj"),
    [("attempt", "coup"), ("bid", "putsch"), ("try", "coup"), ("tried", "putsch")],
)
def test_an_attempt_at_an_act_is_about_the_act(predicate: str, obj: str) -> None:
    found = bearing("a military coup in Mali", predicate, obj, place="Mali")
    assert found is not None and found.same_direction


def test_an_attempt_at_another_act_is_not() -> None:
    assert bearing("a military coup in Mali", "attempt", "rescue", place="Mali") is None
    # trying people in court ("will try the coup plotters") is no attempt at a coup
    assert bearing("a military coup in Mali", "try", "plotter", place="Mali") is None


# A place written without its other words ("the North" for North Korea) neither confirms nor
# contradicts the proposition's place: the claim's document must name it.
def _placed_bearing(
    proposition: str, predicate: str, obj: str, named: tuple[str, ...], **arguments: str
) -> Bearing | None:
    def mentions(names: Iterable[str]) -> bool:
        return any(n in named for n in names)

    return bears_on(
        proposition_of(proposition), predicate, obj, arguments, country_of, mentions, None
    )


@pytest.mark.parametrize(
    ("proposition", "predicate", "obj", "named", "arguments"),
    [
        (
            "impose sanctions on North Korea",
            "impose",
            "sanction",
            ("North Korea",),
            {"target": "the North"},
        ),
        ("send troops to South Sudan", "send", "troop", ("South Sudan",), {"place": "the South"}),
    ],
)
def test_a_shortened_place_name_does_not_contradict(
    proposition: str, predicate: str, obj: str, named: tuple[str, ...], arguments: dict[str, str]
) -> None:
    found = _placed_bearing(proposition, predicate, obj, named, **arguments)
    assert found is not None and found.same_direction


def test_another_place_or_an_unnamed_one_still_keeps_the_claim_out() -> None:
    assert (
        _placed_bearing(
            "send troops to South Sudan", "send", "troop", ("South Sudan",), place="Lebanon"
        )
        is None
    )
    assert (
        _placed_bearing(
            "send troops to South Sudan", "send", "troop", ("Lebanon",), place="the South"
        )
        is None
    )


# Only the generic words of a place name stand for it alone: a compass qualifier or a head
# noun ("the Republic"), and a head noun only where the document names nothing else by it.
def _mentions_of(named: tuple[str, ...]) -> Callable[[Iterable[str]], bool]:
    from cablegram.query.propositions_names import OTHER_NAMED
    from cablegram.query.stance_places import _other_named

    def mentions(names: Iterable[str]) -> bool:
        for name in names:
            if name.startswith(OTHER_NAMED):
                if _other_named(name.removeprefix(OTHER_NAMED), ". ".join(named)):
                    return True
            elif name in named:
                return True
        return False

    return mentions


def _short_bearing(proposition: str, named: tuple[str, ...], place: str) -> Bearing | None:
    return bears_on(
        proposition_of(proposition),
        "send",
        "troop",
        {"place": place},
        country_of,
        _mentions_of(named),
        None,
    )


@pytest.mark.parametrize(
    ("proposition", "named"),
    [
        ("send troops to the Czech Republic", ("Czech Republic",)),
        ("send troops to the Dominican Republic", ("Dominican Republic", "Haiti")),
    ],
)
def test_a_head_noun_alone_stands_for_the_one_place_named_by_it(
    proposition: str, named: tuple[str, ...]
) -> None:
    found = _short_bearing(proposition, named, "the Republic")
    assert found is not None and found.same_direction


@pytest.mark.parametrize(
    ("proposition", "named", "place"),
    [
        # a proper name alone names a place of its own
        ("send troops to South Africa", ("South Africa",), "Africa"),
        ("send troops to Western Sahara", ("Western Sahara",), "Sahara"),
        # the document names two republics: "the Republic" may be either
        (
            "send troops to the Czech Republic",
            ("Czech Republic", "Central African Republic"),
            "the Republic",
        ),
    ],
)
def test_a_proper_name_alone_or_a_shared_head_still_contradicts(
    proposition: str, named: tuple[str, ...], place: str
) -> None:
    assert _short_bearing(proposition, named, place) is None


# Light verbs of the data file: bringing a thing into being is about the thing.
@pytest.mark.parametrize(
    ("proposition", "predicate", "obj", "place"),
    [
        ("impose a no-fly zone over Libya", "set up", "zone", "Libya"),
        ("set up a buffer zone in southern Lebanon", "form", "zone", "Lebanon"),
        ("set up a buffer zone in southern Lebanon", "creation", "zone", "Lebanon"),
        ("establish a joint naval task force", "formation", "force", ""),
        ("create a war crimes tribunal for Sudan", "establish", "tribunal", "Sudan"),
    ],
)
def test_bringing_a_thing_into_being_is_about_the_thing(
    proposition: str, predicate: str, obj: str, place: str
) -> None:
    args = {"place": place} if place else {}
    found = bearing(proposition, predicate, obj, **args)
    assert found is not None and found.same_direction


def test_bringing_another_thing_into_being_is_not() -> None:
    # the object must still be the proposition's: a verb of creation carries no act itself
    assert bearing("impose a no-fly zone over Libya", "set up", "meeting", place="Libya") is None
    assert bearing("set up a buffer zone in southern Lebanon", "form", "government",
                   place="Lebanon") is None  # fmt: skip
    # and creating a thing is not recognising, lifting or joining it
    assert bearing("recognise a Palestinian state", "create", "state") is None
    assert bearing("lift the naval blockade of Gaza", "set up", "blockade", place="Gaza") is None


# Another kind of the proposition's thing: a modifier names which ("no-fly zone").
@pytest.mark.parametrize(
    ("proposition", "predicate", "obj", "sentence", "args"),
    [
        ("impose a no-fly zone over Libya", "establish", "zone",
         "The minister wants to establish a safe zone in Libya for refugees.",
         {"place": "Libya"}),
        ("impose a no-fly zone over Libya", "propose", "zone",
         "He proposed a buffer zone along the Libyan border.", {"place": "Libya"}),
        ("ban Russian gas imports", "ban", "import",
         "The bloc agreed a ban on Russian oil imports last year.", {"about": "Russian"}),
    ],
)  # fmt: skip
def test_another_kind_of_the_thing_does_not_bear(
    proposition: str, predicate: str, obj: str, sentence: str, args: dict[str, str]
) -> None:
    assert bearing(proposition, predicate, obj, sentence, **args) is None


@pytest.mark.parametrize(
    ("proposition", "predicate", "obj", "sentence", "args"),
    [
        ("impose a no-fly zone over Libya", "set up", "zone",
         "Paris urged its allies to set up a no-fly zone over Libya.", {"place": "Libya"}),
        ("impose a no-fly zone over Libya", "impose", "zone",
         "Paris wants to impose such a zone over Libya.", {"place": "Libya"}),
        ("ban Russian gas imports", "ban", "import",
         "The bloc agreed a ban on Russian gas imports.", {"about": "Russian"}),
        ("extend the Black Sea grain deal", "extend", "deal",
         "Ankara pressed Moscow to extend the Black Sea deal by 120 days.",
         {"about": "Black Sea"}),
    ],
)  # fmt: skip
def test_the_same_kind_or_none_named_still_bears(
    proposition: str, predicate: str, obj: str, sentence: str, args: dict[str, str]
) -> None:
    found = bearing(proposition, predicate, obj, sentence, **args)
    assert found is not None and found.same_direction


def test_send_in_is_sending() -> None:
    from cablegram.query.propositions_match import bears_on
    from cablegram.query.stance_evidence import country_of, proposition_of

    found = bears_on(
        proposition_of("send ground troops to Libya"),
        "send in",
        "troop",
        {"place": "Libya"},
        country_of,
        lambda phrases: False,
        "Egypt offered to send in ground troops to Libya.",
    )
    assert found is not None and found.same_direction


# An alliance named as a partnership is the pact (the data file's pact/partnership group).
def test_a_partnership_is_the_pact() -> None:
    found = bearing("establish the Pacific defence pact", "partnership", None, about="Pacific")
    assert found is not None and found.same_direction


def test_a_partnership_is_no_peace_deal() -> None:
    assert bearing("sign a peace deal with the rebels", "partnership", None) is None
