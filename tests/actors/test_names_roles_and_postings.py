"""Splits, wrong merges and wrong countries of an actor, each kind on sentences written for the
test: nominee descriptions, a name's own words, officials of international bodies posted to a
country, lower-case particles inside a name, and a body's role over its leader's title."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.listing import is_bare_description, list_actors
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def records(nlp: Language, text: str, date: str | None = None) -> list[ActorRecord]:
    return DocumentActors(nlp(text), load_dictionary(), "doc", date).records()


def by_mention(found: list[ActorRecord], text: str) -> ActorRecord:
    """The one record with a mention written ``text``."""
    hits = [r for r in found if any(m.text == text for m in r.mentions)]
    assert len(hits) == 1, (text, [(r.name, [m.text for m in r.mentions]) for r in found])
    return hits[0]


def test_a_nominee_description_names_no_one_to_list(nlp: Language) -> None:
    found = records(
        nlp,
        "Senator Dana Whitfield is one of the front-runners. The choice will be hard for "
        "Whitfield's aspiring chief of staff, and Garcia's would-be defence minister said "
        "little.",
        "2010-03-01",
    )
    aspiring = by_mention(found, "Whitfield's aspiring chief of staff")
    would_be = by_mention(found, "Garcia's would-be defence minister")
    dictionary = load_dictionary()
    assert is_bare_description(aspiring, dictionary)
    assert is_bare_description(would_be, dictionary)
    listed = {row.name for row in list_actors(found, dictionary=dictionary)}
    assert "Dana Whitfield" in listed
    assert not any("aspiring" in name or "would-be" in name for name in listed)


def test_a_nominee_is_not_the_holder_of_the_day(nlp: Language) -> None:
    # On this date the dictionary's US defence secretary is Ash Carter; America's "likely"
    # or "prospective" one is someone still to take office.
    found = records(
        nlp,
        "America's likely defense secretary said on Monday that talks would go on. The "
        "United States' prospective defense secretary agreed.",
        "2016-12-20",
    )
    for text in (
        "America's likely defense secretary",
        "The United States' prospective defense secretary",
    ):
        assert by_mention(found, text).name != "Ash Carter"


def test_a_name_that_is_a_demonym_gives_no_country(nlp: Language) -> None:
    found = records(
        nlp,
        "Officials said on Monday that talks had failed, Paul English reported from Geneva. "
        "Martha French, a retired teacher, said she was not surprised.",
    )
    assert by_mention(found, "Paul English").country is None
    assert by_mention(found, "Martha French").country is None


def test_a_title_run_inside_a_name_still_gives_the_country(nlp: Language) -> None:
    found = records(nlp, "Turkish Interior Minister Ahmet Demirci said 300 people were held.")
    assert by_mention(found, "Turkish Interior Minister Ahmet Demirci").country == "TUR"


def test_an_official_of_an_international_body_posted_to_a_country_is_not_its_national(
    nlp: Language,
) -> None:
    found = records(
        nlp,
        "Karin Holm, the World Food Programme's country director in Yemen, said food was "
        "short. Pedro Alves, the Red Cross representative in Sudan, agreed. Tom Weller, a "
        "farmer in Ohio, did not.",
    )
    holm = by_mention(found, "Karin Holm")
    assert holm.country is None and holm.code == "IGOUNOWFP"
    alves = by_mention(found, "Pedro Alves")
    assert alves.country is None and (alves.code or "").startswith("NGO")
    assert by_mention(found, "Tom Weller").country == "USA"  # a home, not a posting


def test_a_lower_case_particle_keeps_a_name_a_person(nlp: Language) -> None:
    found = records(
        nlp,
        "U.N. special envoy Matteo de Fiorenza said talks would resume on Friday. "
        "De Fiorenza told reporters in Geneva that both sides agreed. The chief U.N. "
        "envoy said later he was hopeful.",
    )
    person = by_mention(found, "De Fiorenza")
    written = {m.text for m in person.mentions}
    assert person.kind == "person"
    assert any("Matteo de Fiorenza" in text for text in written)
    assert "The chief U.N. envoy" in written
    assert person.code == "IGOUNO"


@pytest.mark.parametrize(("date", "code"), [("2016-05-25", "AFGREB"), ("2022-05-25", "AFGGOV")])
def test_an_insurgent_leader_is_no_government_before_the_group_governs(
    nlp: Language, date: str, code: str
) -> None:
    found = records(
        nlp, "Taliban leader Mullah Haibatullah Akhundzada said the fight would go on.", date
    )
    assert by_mention(found, "Taliban leader Mullah Haibatullah Akhundzada").code == code


def test_a_body_role_outranks_its_leader_title(nlp: Language) -> None:
    found = records(nlp, "Hamas leader Yusuf Barakat said the talks had failed.", "2016-05-25")
    assert by_mention(found, "Hamas leader Yusuf Barakat").code == "PSEREB"


def test_a_known_name_written_with_a_middle_initial_or_a_loose_article_is_known(
    nlp: Language,
) -> None:
    found = records(
        nlp,
        "President Viktor F. Yanukovych fled to Russia. Bashar al Jaafari spoke later.",
        "2016-08-02",
    )
    assert by_mention(found, "President Viktor F. Yanukovych").country == "UKR"
    assert by_mention(found, "Bashar al Jaafari").country == "SYR"


def test_an_ambassador_to_an_international_body_serves_a_state(nlp: Language) -> None:
    found = records(nlp, "U.N. ambassador Karim Haddad said the talks had failed.", "2016-08-02")
    envoy = by_mention(found, "U.N. ambassador Karim Haddad")
    assert envoy.code is None or not envoy.code.startswith("IGO")


def test_a_backer_or_a_base_joined_by_a_hyphen_is_no_nationality(nlp: Language) -> None:
    found = records(
        nlp,
        "The Saudi-backed Supreme Negotiations Board said it would attend. U.S.-based cleric "
        "Omer Kaya denied any role. Saudi officials agreed.",
        "2016-07-17",
    )
    assert by_mention(found, "The Saudi-backed Supreme Negotiations Board").country is None
    assert by_mention(found, "cleric Omer Kaya").country is None
    assert by_mention(found, "Saudi officials").country == "SAU"


def test_a_force_a_state_leads_acts_for_it(nlp: Language) -> None:
    # "-led" is no backer: the leading state's forces are its own (the PLOVER gold codes
    # "Vietnamese-led forces" as Vietnam), unlike "-backed" above.
    found = records(
        nlp,
        "Kenyan-led forces launched rocket fire against rebel camps on Monday. A "
        "Russian-backed militia fled.",
        "2016-07-17",
    )
    assert by_mention(found, "Kenyan-led forces").country == "KEN"
    assert by_mention(found, "A Russian-backed militia").country is None
