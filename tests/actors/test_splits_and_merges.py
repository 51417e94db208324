"""Splits and wrong merges of issue 12 (trial kinds), each on sentences written for the test:
a body under its name with and without a company suffix, a body's bare name taken for a
person, a media outlet named after a country, a national named by a demonym."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.namesakebodies import body_core
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def records(nlp: Language, text: str, date: str | None = None) -> list[ActorRecord]:
    return list(DocumentActors(nlp(text), load_dictionary(), "doc", date).records())


def holders(found: list[ActorRecord], word: str) -> list[ActorRecord]:
    return [r for r in found if any(word in m.text for m in r.mentions)]


@pytest.mark.parametrize(
    ("name", "core"),
    [("ZTE Corp", "zte"), ("the Brandt Keller & Co", "brandt keller"), ("Konex Inc.", "konex")],
)
def test_body_core_drops_the_suffix(name: str, core: str) -> None:
    assert body_core(name) == core


@pytest.mark.parametrize(
    "text",
    [
        "Export curbs on Hengtai Corp were imposed on Monday. Hengtai said it would comply, "
        "and Hengtai Corp's shares fell.",
        "The law firm Brandt Keller & Co denied wrongdoing. Brandt Keller has offices in 35 "
        "countries, and Brandt Keller said its clients were vetted.",
    ],
)
def test_a_company_with_and_without_its_suffix_is_one_body(nlp: Language, text: str) -> None:
    """Kind: "ZTE" / "ZTE Corp" split; the bare name also came out as a person."""
    word = text.split()[3] if text.startswith("Export") else "Brandt"
    rows = holders(records(nlp, text), word)
    assert len(rows) == 1, rows
    assert rows[0].kind == "organization"


def test_a_name_used_as_a_group_is_no_person(nlp: Language) -> None:
    """Kind: Abu Sayyaf the group as a person row."""
    found = records(
        nlp,
        "Militants of Abu Tarkan beheaded a hostage. Abu Tarkan said it wanted a ransom. "
        "The Abu Tarkan group is based on a southern island.",
    )
    assert not any(r.kind == "person" and "Abu Tarkan" in r.name for r in found), found


def test_a_person_named_like_a_company_stays_a_person(nlp: Language) -> None:
    found = records(nlp, "Hengtai Corp hired Maria Lindqvist. Lindqvist said she was pleased.")
    assert any(r.name == "Maria Lindqvist" and r.kind == "person" for r in found)


def test_a_ministry_under_a_short_name_is_one_body(nlp: Language) -> None:
    """Kind: Treasury / Dept. of the Treasury / Treasury Department split."""
    found = records(
        nlp,
        "The U.S. Treasury Department imposed sanctions on Monday. The Treasury said more "
        "steps would follow, and the Dept. of the Treasury named ten firms.",
    )
    rows = holders(found, "Treasury")
    assert len(rows) == 1 and rows[0].country == "USA", rows
    assert not any(r.name.rstrip(".").lower() == "dept" for r in found)


@pytest.mark.parametrize(
    "other",
    [
        "Britain's Treasury said it would follow.",
        "The Treasury of Ukraine said it had no comment.",
        "Kenya's Treasury said the loan was signed.",
    ],
)
def test_another_states_short_form_is_not_folded(nlp: Language, other: str) -> None:
    """Kind: a short form its text gives to another state is no part of the full body."""
    found = records(nlp, f"The U.S. Treasury Department imposed sanctions on Monday. {other}")
    us = next(r for r in found if r.name == "United States Department of the Treasury")
    assert all(m.start < 40 for m in us.mentions), us.mentions


def test_a_short_generic_name_is_not_folded(nlp: Language) -> None:
    found = records(
        nlp,
        "The U.S. Treasury Department imposed sanctions. The Department said more would follow.",
    )
    assert all(r.name != "United States Department of the Treasury" or r.mentions for r in found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The interior minister told broadcaster CNN-Turk on Monday that talks would go on.",
            "Turk",
        ),
        ("An Argentine and another American were among the dead, officials said.", "Argentine"),
        ("An Argentine and another American were among the dead, officials said.", "American"),
    ],
)
def test_no_state_from_a_media_name_or_one_national(nlp: Language, text: str, word: str) -> None:
    """Kind: a state or broadcaster as the alias of an actor ("Türkiye" alias "CNN-Turk");
    "an Argentine" is a person, not Argentina."""
    found = records(nlp, text)
    assert not any(r.kind == "state" for r in holders(found, word)), found


def test_two_states_joined_by_a_hyphen_stay_two_states(nlp: Language) -> None:
    parsed = nlp("The Egypt-Sudan defence pact signed on Tuesday creates a joint command.")
    actors = DocumentActors(parsed, load_dictionary(), "doc")
    sudan = next(t for t in parsed if t.text == "Sudan")
    assert [a.country for a in actors.lookup(sudan)] == ["SDN"]


@pytest.mark.parametrize(
    "name",
    [
        "the International Libya Support Group",
        "the Iraq Study Group",
        "the Sudan Contact Group",
        "the Syrian Observatory for Human Rights",
    ],
)
def test_a_body_named_for_the_place_it_is_about_has_no_country(nlp: Language, name: str) -> None:
    """Kind: the International Syria Support Group coded SYR."""
    found = records(nlp, f"On Monday {name} said a truce was needed soon.")
    rows = [r for r in found if r.kind != "state" and r.kind != "person"]
    assert rows and all(r.country is None for r in rows), found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The Venezuelan Observatory of Social Conflict, a Caracas-based group, counted 500 "
            "protests in May.",
            "VEN",
        ),
        ("The Peruvian Observatory of Mining Rights, based in Lima, said talks had failed.", "PER"),
    ],
)
def test_a_place_named_body_with_a_stated_home_there_keeps_its_country(
    nlp: Language, text: str, country: str
) -> None:
    """Kind: the home the text states for a body is its country, whatever the name is about."""
    found = records(nlp, text)
    assert any(r.kind != "state" and r.country == country for r in found), found


def test_a_body_of_its_own_country_keeps_it(nlp: Language) -> None:
    found = records(nlp, "The Syrian Arab Red Crescent delivered aid on Monday.")
    assert any(r.country == "SYR" for r in found)


def test_a_state_in_a_coordination_gives_the_official_no_country(nlp: Language) -> None:
    """Kind: "Washington and OAS chief Luis Almagro" -> Almagro USA."""
    found = records(nlp, "Washington and OAS chief Rafael Mendez said the vote was fair.")
    mendez = next(r for r in found if r.name == "Rafael Mendez")
    assert mendez.country != "USA"
    assert any(r.country == "USA" and r.kind == "state" for r in found)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Trinidad and Tobago Prime Minister Ana Rey said the port would open.", "Ana Rey", "TTO"),
        ("Bosnia and Herzegovina Foreign Minister Bo Ek met envoys on Monday.", "Bo Ek", "BIH"),
        ("Antigua and Barbuda Finance Minister Jo Roe said the loan was set.", "Jo Roe", "ATG"),
    ],
)
def test_a_state_named_with_and_gives_its_official_the_country(
    nlp: Language, text: str, name: str, country: str
) -> None:
    """Kind: a joiner inside one state's name is no coordination of two subjects."""
    found = records(nlp, text)
    assert next(r for r in found if r.name == name).country == country


@pytest.mark.parametrize(
    "text",
    [
        "Jailed hardline leader Leopoldo Lopez urged protests on Monday.",
        "Venezuelan opposition leader Marco Duarte said the government had lied.",
    ],
)
def test_an_opposition_leader_is_never_government(nlp: Language, text: str) -> None:
    """Kind: Leopoldo López (jailed opposition leader) coded VENGOV."""
    found = records(nlp, text)
    person = next(r for r in found if r.kind == "person")
    assert person.role != "GOV" and not (person.code or "").endswith("GOV"), person


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Carter met with the defence ministers of 28 countries in Brussels on Thursday.", "28"),
        (
            "The foreign ministers of the member states in Luxembourg agreed on new sanctions.",
            "member",
        ),
        ("Xi met with the leaders of 40 African nations in Johannesburg on Friday.", "40"),
    ],
)
def test_people_of_many_states_take_no_country_from_where_they_met(
    nlp: Language, text: str, word: str
) -> None:
    # The place after them is where they met, not whose they are.
    found = holders(records(nlp, text), word)
    assert found and all(r.country is None for r in found)


def test_people_of_named_states_keep_them(nlp: Language) -> None:
    found = holders(
        records(nlp, "The foreign ministers of Germany and France met in Paris."), "ministers"
    )
    assert {r.country for r in found} == {"DEU", "FRA"}
