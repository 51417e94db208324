"""Pronouns by grammar, titles merged with their holders, countries by context and counts
that are not actors: each kind on sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Actor


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def resolve(nlp: Language, text: str, date: str | None = None) -> tuple[Doc, DocumentActors]:
    parsed = nlp(text)
    return parsed, DocumentActors(parsed, load_dictionary(), "doc", date)


def at(parsed: Doc, actors: DocumentActors, word: str, nth: int = 0) -> list[Actor]:
    tokens = [t for t in parsed if t.text == word]
    return actors.lookup(tokens[nth])


def names(parsed: Doc, actors: DocumentActors, word: str, nth: int = 0) -> list[str]:
    return [a.name for a in at(parsed, actors, word, nth)]


# --- pronouns -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # Gender from honorifics: "She" skips the man, "He" skips the woman.
        ("Mr Paul Stein met Ms Ana Ruiz in Vienna. She said the talks failed.", "She", "Ana Ruiz"),
        ("Ms Ana Ruiz met Mr Paul Stein in Vienna. He said the talks failed.", "He", "Paul Stein"),
        # Gender from a pronoun already bound: the second "she" stays with the woman.
        (
            "Lena Vogt called Tom Meyer on Monday. She asked for a meeting, "
            "and Meyer refused. Later she tried again.",
            "she",
            "Lena Vogt",
        ),
    ],
)
def test_pronouns_agree_in_gender(nlp: Language, text: str, pronoun: str, expected: str) -> None:
    parsed, actors = resolve(nlp, text)
    assert names(parsed, actors, pronoun) == [expected]


def test_possessive_binds_to_the_subject_of_its_clause(nlp: Language) -> None:
    text = (
        "Yvette Cooper spoke in London. "
        '"The UK will not stand idly by as Putin continues his barbaric invasion," said Cooper.'
    )
    parsed, actors = resolve(nlp, text)
    assert names(parsed, actors, "his") == ["Vladimir Putin"]
    parsed, actors = resolve(
        nlp, "Karl Brandt praised the plan while Otto Weiss defended his own record."
    )
    assert names(parsed, actors, "his") == ["Otto Weiss"]


def test_object_pronoun_never_binds_to_its_own_subject(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "Karl Brandt met Otto Weiss on Friday. Weiss praised him.")
    assert names(parsed, actors, "him") == ["Karl Brandt"]


def test_speech_subject_prefers_the_last_speaker(nlp: Language) -> None:
    text = (
        "Karl Brandt said the plan would fail. "
        "Critics including Otto Weiss have opposed the plan for months. "
        "He said the vote should be delayed."
    )
    parsed, actors = resolve(nlp, text)
    assert names(parsed, actors, "He") == ["Karl Brandt"]


def test_they_takes_groups_and_organisations_never_places_or_persons(nlp: Language) -> None:
    text = "Kenya asked the Red Cross for help after Karl Brandt visited. They sent doctors."
    parsed, actors = resolve(nlp, text)
    assert names(parsed, actors, "They") == ["International Committee of the Red Cross"]
    parsed, actors = resolve(nlp, "Officials in Peru met Karl Brandt. He said Peru was ready.")
    assert names(parsed, actors, "He") == ["Karl Brandt"]


# --- titles and descriptions -----------------------------------------------------------------


def test_title_before_the_name_is_one_actor(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "UK Foreign Secretary Yvette Cooper said Britain would act.")
    cooper = at(parsed, actors, "Cooper")[0]
    assert (cooper.name, cooper.country, cooper.title) == (
        "Yvette Cooper",
        "GBR",
        "foreign secretary",
    )
    people = [r for r in actors.records() if r.kind == "person"]
    assert [r.name for r in people] == ["Yvette Cooper"]


def test_description_after_the_name_merges_with_it(nlp: Language) -> None:
    text = "Irakli Kobakhidze, the Georgian prime minister, said the vote was fair."
    parsed, actors = resolve(nlp, text)
    found = at(parsed, actors, "Kobakhidze")[0]
    assert (found.country, found.title) == ("GEO", "prime minister")
    assert at(parsed, actors, "minister")[0].actor_id == found.actor_id


# --- countries by context --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Georgia Governor Brian Kemp said the state would send National Guard troops.",
        "Georgia state senator Lisa Hart said the bill would pass.",
        "Lisa Hart, who lives in the state of Georgia, said Georgia would vote early.",
    ],
)
def test_a_us_state_named_like_a_country_is_not_that_country(nlp: Language, text: str) -> None:
    _, actors = resolve(nlp, text)
    countries = {r.country for r in actors.records()}
    assert "GEO" not in countries
    person = next(r for r in actors.records() if r.kind == "person")
    assert person.country in (None, "USA")


def test_the_country_georgia_stays_the_country(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "Georgia's parliament met as Georgia protested to Moscow.")
    assert at(parsed, actors, "Georgia", 1)[0].country == "GEO"


@pytest.mark.parametrize(
    ("text", "word", "iso3"),
    [
        ("The U.S federal government said it would respond.", "government", "USA"),
        ("The U.K government said it would respond.", "government", "GBR"),
    ],
)
def test_abbreviations_without_the_final_period(
    nlp: Language, text: str, word: str, iso3: str
) -> None:
    parsed, actors = resolve(nlp, text)
    assert at(parsed, actors, word)[0].country == iso3


# --- counts are not actors -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Russia sent 10,000 troops to the border.", "troops"),
        ("Russia could send up to 10,000 troops to the border.", "troops"),
        ("About 120,000 soldiers massed near the border.", "soldiers"),
        ("Police arrested hundreds of protesters in the capital.", "protesters"),
        ("Police said 300 demonstrators were arrested.", "demonstrators"),
    ],
)
def test_quantities_are_never_actors(nlp: Language, text: str, word: str) -> None:
    parsed, actors = resolve(nlp, text)
    assert at(parsed, actors, word) == []
    assert all(word not in r.name for r in actors.records())


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thousands of protesters marched in the capital.", "protesters"),
        ("Hundreds of striking workers blocked the port on Monday.", "workers"),
    ],
)
def test_a_counted_crowd_that_acts_is_a_group(nlp: Language, text: str, word: str) -> None:
    # The crowd is the source of the PROTEST: what it does is coded, so it is an actor.
    parsed, actors = resolve(nlp, text)
    assert [a.kind for a in at(parsed, actors, word)] == ["group"]


def test_a_small_count_of_officials_is_still_an_actor(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "Two officials said the talks had failed.")
    assert names(parsed, actors, "officials") != []
    parsed, actors = resolve(nlp, "Ten judges of the appeals court said the rule was legal.")
    assert names(parsed, actors, "judges") != []
    parsed, actors = resolve(nlp, "10 judges of the appeals court said the rule was legal.")
    assert names(parsed, actors, "judges") != []


@pytest.mark.parametrize(
    ("text", "word", "iso3"),
    [
        # A domestic role named without a country belongs to the country of the story.
        (
            "Tanzania held an election on Wednesday. Opposition leader Tundu Lissu, who is on "
            "trial in Tanzania, was barred from running.",
            "Lissu",
            "TZA",
        ),
        ("Promise Mkwananzi of Zimbabwe's opposition said the vote failed.", "Mkwananzi", "ZWE"),
        ("Karl Brandt from Austria's parliament said the law would pass.", "Brandt", "AUT"),
        ("Lord Bourne said the government had failed.", "Bourne", "GBR"),
        (
            "Brazil and Brazil's congress argued. Mayor Ana Ruiz said the budget would pass.",
            "Ruiz",
            "BRA",
        ),
    ],
)
def test_persons_get_the_country_the_text_gives(
    nlp: Language, text: str, word: str, iso3: str
) -> None:
    parsed, actors = resolve(nlp, text)
    assert at(parsed, actors, word)[0].country == iso3


def test_a_domestic_role_without_a_clear_country_gets_none(nlp: Language) -> None:
    text = "Peru and Chile met. Opposition leader Ana Ruiz said the deal was bad."
    parsed, actors = resolve(nlp, text)
    assert at(parsed, actors, "Ruiz")[0].country is None


# --- CAMEO-style codes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("NATO said the alliance would meet.", "NATO", "IGOWSTNAT"),
        ("The European Union imposed sanctions.", "Union", "IGOEUREEC"),
        ("The United Nations called for calm.", "Nations", "IGOUNO"),
        ("A French diplomat said Paris would wait.", "diplomat", "FRAGOV"),
        ("Paris rejected the plan.", "Paris", "FRA"),
        ("The Pentagon said troops would stay.", "Pentagon", "USAMIL"),
    ],
)
def test_actors_carry_cameo_codes(nlp: Language, text: str, word: str, code: str) -> None:
    parsed, actors = resolve(nlp, text)
    found = at(parsed, actors, word)[0]
    assert found.code == code
    record = next(r for r in actors.records() if r.actor_id == found.actor_id)
    assert record.code == code


def test_a_title_written_before_the_name_names_that_person(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "UK Foreign secretary Yvette Cooper said Britain would act.")
    title = at(parsed, actors, "secretary")[0]
    assert title.actor_id == at(parsed, actors, "Cooper")[0].actor_id


def test_another_persons_possessive_gives_no_title(nlp: Language) -> None:
    text = "Defense Secretary Karl Brandt’s aide Otto Weiss spoke to reporters."
    parsed, actors = resolve(nlp, text)
    assert at(parsed, actors, "Brandt")[0].title == "defense secretary"
    weiss = [r for r in actors.records() if "Weiss" in r.name]
    assert [(r.name, r.title) for r in weiss] in ([("Otto Weiss", "aide")], [("Otto Weiss", None)])


# --- two named people side by side are two people ---------------------------------------------


def test_a_name_hung_on_another_name_takes_none_of_its_facts(nlp: Language) -> None:
    # A comma splice the parser reads as an apposition: the second name is the next clause's
    # subject, not a description of the first.
    text = (
        "Lithuania's foreign ministry protested against the arrest of Estonian envoy Kalle "
        "Tamm, Deputy Foreign Minister Rasa Juknevicius told reporters on Monday."
    )
    parsed, actors = resolve(nlp, text)
    tamm = at(parsed, actors, "Tamm")
    assert tamm and tamm[0].country == "EST"
    deputy = at(parsed, actors, "Juknevicius")
    assert deputy and deputy[0].country != "EST"
