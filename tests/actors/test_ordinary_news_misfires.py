"""Rules of office holders, vessels, visiting ministers and envoys kept from misfiring on
ordinary news: each kind on sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.eraholders import party_of
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.gazetteer.spelling import singular_key
from cablegram.records import ActorRecord


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def records(nlp: Language, text: str, date: str | None = None) -> list[ActorRecord]:
    return DocumentActors(nlp(text), load_dictionary(), "doc", date).records()


def written(found: list[ActorRecord], text: str) -> ActorRecord | None:
    """The record with a mention written ``text``, or None when no actor has one."""
    hits = [r for r in found if any(m.text == text for m in r.mentions)]
    assert len(hits) <= 1, text
    return hits[0] if hits else None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The top U.S. diplomat for East Asia said talks would resume.", "The top U.S. diplomat"),
        ("The top U.S. diplomat in Kabul said talks would resume.", "The top U.S. diplomat"),
        ("Britain's top diplomat in Iraq said talks would resume.", "Britain's top diplomat"),
    ],
)
def test_a_top_diplomat_posted_to_a_place_is_not_the_foreign_minister(
    nlp: Language, text: str, mention: str
) -> None:
    # On this date John Kerry and Boris Johnson held their states' foreign ministries.
    found = records(nlp, text, "2016-07-17")
    envoy = written(found, mention)
    assert envoy is not None
    assert envoy.name not in ("John Kerry", "Boris Johnson")
    assert envoy.title != "top diplomat"


def test_a_top_diplomat_with_no_posting_is_still_the_foreign_minister(nlp: Language) -> None:
    found = records(nlp, "The top U.S. diplomat said talks would resume.", "2016-07-17")
    top = written(found, "The top U.S. diplomat")
    assert top is not None and top.name == "John Kerry"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("The German carrier Lufthansa said it would cancel flights.", "Lufthansa"),
        ("The national carrier Aeroflot said it would cancel flights.", "Aeroflot"),
        ("The wireless carrier Verizon said it would cut prices.", "Verizon"),
    ],
)
def test_a_company_after_its_trade_noun_is_an_actor(nlp: Language, text: str, company: str) -> None:
    assert written(records(nlp, text, "2016-07-17"), company) is not None


def test_a_ship_after_aircraft_carrier_is_still_no_actor(nlp: Language) -> None:
    found = records(nlp, "The aircraft carrier Harry S. Truman sailed into the Gulf on Monday.")
    assert all("Truman" not in m.text for r in found for m in r.mentions)


@pytest.mark.parametrize(
    ("text", "date", "mention", "holder"),
    [
        # The dictionary gives no party for France's or Germany's offices.
        (
            "France's Socialist president said the reform would pass.",
            "2014-02-10",
            "France's Socialist president",
            "François Hollande",
        ),
        (
            "Germany's Social Democratic chancellor said the war was wrong.",
            "2003-02-10",
            "Germany's Social Democratic chancellor",
            "Gerhard Schröder",
        ),
    ],
)
def test_a_party_word_leaves_holders_of_unknown_party_in(
    nlp: Language, text: str, date: str, mention: str, holder: str
) -> None:
    found = written(records(nlp, text, date), mention)
    assert found is not None and found.name == holder


def test_social_and_christian_democrats_are_not_the_us_democrats() -> None:
    assert party_of(["Germany's", "Social", "Democratic", "chancellor"]) == "social democratic"
    assert party_of(["a", "Christian", "Democrat"]) == "christian democratic"
    assert party_of(["the", "Democratic", "senator"]) == "democratic"


_TURKEY = (
    "Turkey's parliament met in Ankara on Sunday as Turkish police detained officers in "
    "Istanbul and Izmir. {sentence} Turkey has asked the United States to extradite the cleric."
)


def test_a_minister_whose_sentence_names_another_state_gets_no_host_country(
    nlp: Language,
) -> None:
    sentence = (
        "Foreign Minister Sergei Lavrovsky arrived in Ankara on Monday and said Moscow backed "
        "the Turkish government."
    )
    found = records(nlp, _TURKEY.format(sentence=sentence), "2016-07-18")
    visitor = next(r for r in found if r.name == "Sergei Lavrovsky")
    assert visitor.country != "TUR"


def test_a_minister_of_the_story_state_still_gets_it(nlp: Language) -> None:
    sentence = "Interior Minister Efkan Alamar said 6,000 people had been detained."
    found = records(nlp, _TURKEY.format(sentence=sentence), "2016-07-18")
    minister = next(r for r in found if r.name == "Efkan Alamar")
    assert minister.country == "TUR"


@pytest.mark.parametrize("honour", ["Goodwill", "Special"])
def test_a_bodys_own_ambassador_serves_the_body(nlp: Language, honour: str) -> None:
    text = f"UN {honour} Ambassador Amira Soltan said the refugees needed help."
    envoy = written(records(nlp, text, "2016-07-17"), f"UN {honour} Ambassador Amira Soltan")
    assert envoy is not None and envoy.code is not None and envoy.code.startswith("IGO")


def test_a_singular_key_leaves_names_as_written() -> None:
    assert singular_key("los angeles times") == "los angeles time"
    assert singular_key("revolutionary guards corps") == singular_key("revolutionary guard corps")
    assert singular_key("foreign ministries") == "foreign ministry"
