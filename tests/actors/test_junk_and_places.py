"""Junk actors of issue 12 (trial kinds): places the recogniser takes for persons or bodies,
datelines, tickers, web addresses, hyphenated modifiers. Each kind on sentences written for
the test; none is an actor, while a real actor beside it stays."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def records(nlp: Language, text: str, date: str | None = None) -> list[ActorRecord]:
    return list(DocumentActors(nlp(text), load_dictionary(), "doc", date).records())


def mention_texts(found: list[ActorRecord]) -> set[str]:
    return {m.text for r in found for m in r.mentions}


def names(found: list[ActorRecord]) -> set[str]:
    return {r.name for r in found}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting raged near Halabiya on Monday, the army said.", "Halabiya"),
        ("Rebels shelled the town of Karmuz on Monday, the army said.", "Karmuz"),
        ("The army took rebel-held Qasrin on Monday, a commander said.", "Qasrin"),
        ("Jets struck targets around Tell Maraq and Deir Hafer, the ministry said.", "Tell Maraq"),
        ("Troops moved into Sarmada overnight, the army said.", "Sarmada"),
        ("The army reached the border between Halabiya and Karmuz, the army said.", "Karmuz"),
        ("The army took the village of al-Qasrin, a commander said.", "Qasrin"),
    ],
)
def test_a_name_used_as_a_place_is_no_actor(nlp: Language, text: str, place: str) -> None:
    """Kind: places as persons or bodies ("Jolo", "Aleppo", "Raqqa" of the trials)."""
    found = records(nlp, text)
    assert not any(place in m for m in mention_texts(found)), found
    assert any(r.kind == "group" for r in found)  # the army / rebels stay


def test_a_known_body_after_in_stays(nlp: Language) -> None:
    found = records(nlp, "A bill in Congress would fund the program, Senator Mark Hollis said.")
    assert "United States Congress" in names(found)
    assert "Mark Hollis" in names(found)


def test_a_noun_opening_a_hyphenated_modifier_is_no_actor(nlp: Language) -> None:
    """ "rebel" of "rebel-held", "government" of "government-backed" are no mentions."""
    found = records(nlp, "Government-backed militias entered rebel-held Qasrin on Monday.")
    assert "rebel" not in mention_texts(found)
    assert not any(r.name.lower() in ("rebel", "government") for r in found)


@pytest.mark.parametrize(
    "dateline",
    ["MOSCOW/KIEV (Reuters) - ", "BEIJING/MANILA (Reuters) - ", "ANKARA (Reuters) - "],
)
def test_a_dateline_of_one_or_two_cities_names_no_state(nlp: Language, dateline: str) -> None:
    """Kind: the dateline city as an actor or as a state's alias."""
    found = records(nlp, dateline + "The two sides agreed on a prisoner exchange, officials said.")
    city = dateline.split(" (")[0]
    assert not any(m == city or m in city.split("/") for m in mention_texts(found))
    assert not any(r.kind == "state" for r in found)


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("Shares of Konex Inc (KNX.O) rose 3 percent on Monday.", "KNX.O"),
        ("The ministry posted the rules on www.konex.gov.cn on Monday.", "www.konex.gov.cn"),
        ("The council extended the U.N.-set deadline by a month on Monday.", "U.N.-set"),
    ],
)
def test_tickers_addresses_and_act_modifiers_are_no_actors(
    nlp: Language, text: str, junk: str
) -> None:
    found = records(nlp, text)
    assert junk not in mention_texts(found)


def test_a_plural_common_noun_is_no_dictionary_body(nlp: Language) -> None:
    """Kind: "ties at the level of defense departments" -> the US Department of Defense."""
    found = records(nlp, "The premier said ties at the level of defense departments were frozen.")
    assert not any(r.kind == "organization" for r in found), found
    named = records(nlp, "The Defense Department said ties were frozen.")
    assert any(r.name == "United States Department of Defense" for r in named)


def test_a_ship_named_like_a_person_stays_a_ship(nlp: Language) -> None:
    """Kind: the ship "Donald Cook" as a person after "the USS Donald Cook"."""
    found = records(
        nlp,
        "The destroyer USS Mark Tolliver sailed on Monday. The Mark Tolliver was buzzed by "
        "jets, officials said.",
    )
    assert not any("Tolliver" in r.name for r in found), found


def test_a_name_before_led_stays_its_actor(nlp: Language) -> None:
    found = records(nlp, "A NATO-led force and a US-led alliance patrolled the coast.")
    assert {"NATO", "United States"} <= names(found), found


def test_a_name_before_like_is_no_mention(nlp: Language) -> None:
    found = records(nlp, "Any deal would need a Vandermeer-like compromise, diplomats said.")
    assert not any("Vandermeer" in r.name for r in found), found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A gunman opened fire near Rep. Gabrielle Giffords on Saturday.", "Giffords"),
        ("Party members rallied around Kwame Mensah after the vote.", "Mensah"),
        ("Investors lost confidence in Tobias Lindqvist, the central bank governor.", "Lindqvist"),
        ("The pension fund invested in Vantor Systems last year.", "Vantor"),
        ("He worked in the Interior Ministry for a decade, the lawyer said.", "Ministry"),
        ("Deputies voted in the National Assembly on Monday.", "Assembly"),
    ],
)
def test_a_person_or_body_after_a_place_preposition_stays(
    nlp: Language, text: str, actor: str
) -> None:
    """Kind: a preposition alone does not make a person's or a body's name a place."""
    found = records(nlp, text)
    assert any(actor in m for m in mention_texts(found)), found


def test_a_ship_named_like_a_person_is_no_actor_but_a_hard_liner_is(nlp: Language) -> None:
    """Kind: "the Carl Vinson" of "USS Carl Vinson" is the ship; "hard-liner X" is a person,
    no "liner X"."""
    found = records(nlp, "USS Tomas Verell sailed into the gulf. The Tomas Verell was buzzed.")
    assert not any(r.kind == "person" and "Verell" in r.name for r in found), found
    found = records(nlp, "The hard-liner Kamal Rostami won the vote. Rostami said he was glad.")
    assert any(r.kind == "person" and r.name == "Kamal Rostami" for r in found), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Troops reached the town of Talbiseh on Monday. Talbiseh's residents fled, and "
            "Talbiseh was quiet by night, a resident said.",
            "Talbiseh",
        ),
        (
            "Iraqi troops attacked the city of Hit on Monday. Retaking Hit would help the "
            "prime minister, said Ahmed Ali.",
            "Hit",
        ),
        (
            "Shells fell on rebel-held Kafranbel on Monday. Kafranbel has no hospital left, "
            "said Omar Haddad.",
            "Kafranbel",
        ),
    ],
)
def test_a_name_the_text_calls_a_place_is_a_place_everywhere(
    nlp: Language, text: str, place: str
) -> None:
    """Kind (issue 12, trial 11 "Jebel", "Sinjar"): once the text calls a name a place ("the
    town of X", "rebel-held X"), its other mentions ("X's residents", "Retaking X") are the
    place, no person or body; the people named beside it stay."""
    found = records(nlp, text)
    assert not any(r.name == place for r in found), names(found)
    assert any(r.kind == "person" and r.name.endswith(("Ali", "Haddad")) for r in found) or (
        "resident" in " ".join(names(found))
    )


def test_a_person_of_a_towns_name_stays_when_the_dictionary_knows_him(nlp: Language) -> None:
    found = records(
        nlp,
        "Fighters entered the town of Obama in Japan. Barack Obama said the fighting must stop.",
    )
    assert any(r.name == "Barack Obama" for r in found), names(found)
