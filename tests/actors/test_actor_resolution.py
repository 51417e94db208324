"""In-document actor resolution on sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import DictionaryError, load_dictionary
from cablegram.records import Actor


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def resolve(nlp: Language, text: str, actors_file: str | None = None) -> tuple[Doc, DocumentActors]:
    parsed = nlp(text)
    return parsed, DocumentActors(parsed, load_dictionary(actors_file), "doc")


def at(parsed: Doc, actors: DocumentActors, word: str, nth: int = 0) -> list[Actor]:
    tokens = [t for t in parsed if t.text == word]
    return actors.lookup(tokens[nth])


def test_name_variants_merge_into_one_person(nlp: Language) -> None:
    parsed, actors = resolve(
        nlp, "Sen. Maria Delgado spoke first. Later Ms Delgado left, and Senator Delgado returned."
    )
    names = {a.name for word in ("Delgado",) for i in range(3) for a in at(parsed, actors, word, i)}
    assert names == {"Maria Delgado"}
    record = next(r for r in actors.records() if r.name == "Maria Delgado")
    assert record.title == "senator" and record.role == "LEG"
    assert len(record.mentions) >= 3


def test_apposition_gives_country_role_and_title(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "Karl Brandt, the Austrian foreign minister, met reporters.")
    brandt = at(parsed, actors, "Brandt")[0]
    assert (brandt.country, brandt.role, brandt.title) == ("AUT", "GOV", "foreign minister")


def test_premodifier_demonym_and_title(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "Qatari Emir Omar Farouk spoke in Doha.")
    emir = at(parsed, actors, "Farouk")[0]
    assert (emir.name, emir.country, emir.title) == ("Omar Farouk", "QAT", "emir")


def test_capital_stands_for_its_government(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "Tehran rejected the offer, and Berlin stayed silent.")
    assert [(a.name, a.kind, a.country) for a in at(parsed, actors, "Tehran")] == [
        ("Iran", "state", "IRN")
    ]
    assert at(parsed, actors, "Berlin")[0].country == "DEU"


def test_role_mention_gets_country_from_its_modifier(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "A Belgian Foreign Ministry official declined to comment.")
    official = at(parsed, actors, "official")[0]
    assert official.name == "Belgian Foreign Ministry official"
    assert (official.country, official.kind) == ("BEL", "person")


def test_pronoun_resolves_to_the_salient_person(nlp: Language) -> None:
    text = "The paper asked Minister Lars Berg about the plan. He refused to answer."
    parsed, actors = resolve(nlp, text)
    assert at(parsed, actors, "He")[0].name == "Lars Berg"


def test_definite_title_resolves_to_the_person_who_holds_it(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "Sen. Paul Otto arrived late. The senator apologised.")
    assert at(parsed, actors, "senator")[0].name == "Paul Otto"


def test_compound_group_splits_by_country(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "Swedish and Danish officials met in Oslo.")
    found = at(parsed, actors, "officials")
    assert sorted(a.country or "" for a in found) == ["DNK", "SWE"]
    speaker = actors.speaker(parsed[3])
    assert speaker is not None and speaker.name == "Swedish and Danish officials"


def test_acronym_is_the_canonical_name_and_case_matters(nlp: Language) -> None:
    parsed, actors = resolve(
        nlp, "The North Atlantic Treaty Organization told us that NATO agreed."
    )
    assert at(parsed, actors, "NATO")[0].name == "NATO"
    assert at(parsed, actors, "us") == []


def test_user_actors_file_extends_the_dictionary(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(
        "name,aliases,kind,country,role\nHarbour Watch Collective,HWC,organization,NOR,NGO\n",
        encoding="utf-8",
    )
    parsed, actors = resolve(nlp, "The HWC warned of a spill.", str(path))
    found = at(parsed, actors, "HWC")[0]
    assert (found.name, found.country, found.role) == ("Harbour Watch Collective", "NOR", "NGO")


def test_bad_user_actors_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text("name,aliases,kind,country,role\nX,,organization,ZZZ,NGO\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"actors.csv:2: unknown ISO"):
        load_dictionary(str(path))


def test_gazetteer_gives_a_known_person_a_country(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "Vladimir Putin spoke, and later Putin left.")
    assert {(a.name, a.country) for a in at(parsed, actors, "Putin", 1)} == {
        ("Vladimir Putin", "RUS")
    }
    full_id = at(parsed, actors, "Putin", 1)[0].actor_id
    # A surname only one known person has: that person, with the same id in every document.
    parsed, actors = resolve(nlp, "Yesterday Putin warned the West.")
    found = at(parsed, actors, "Putin")
    assert [(a.name, a.country, a.actor_id) for a in found] == [("Vladimir Putin", "RUS", full_id)]


def test_people_named_by_where_they_live(nlp: Language) -> None:
    parsed, actors = resolve(
        nlp, "Bosnian Serbs blocked the road. Ethnic Albanians in Serbia marched."
    )
    assert at(parsed, actors, "Serbs")[0].country == "BIH"
    assert at(parsed, actors, "Albanians")[0].country == "SRB"


def test_officials_of_an_international_organisation_act_for_it(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "EU officials met in Brussels.")
    official = at(parsed, actors, "officials")[0]
    assert (official.role, official.country) == ("IGO", None)
