"""One identity per actor: each kind of split, fragment and junk name that kept an actor from
being one row of ``cablegram actors``, on sentences written for the test."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.listing import is_bare_description, list_actors
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord, Mention


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def records(nlp: Language, text: str) -> dict[str, ActorRecord]:
    """The document's actor records by name."""
    actors = DocumentActors(nlp(text), load_dictionary(), "doc")
    return {r.name: r for r in actors.records()}


def aliases(record: ActorRecord) -> set[str]:
    """The record's mentions as written, a capital "The" read as "the"."""
    return {
        m.text[0].lower() + m.text[1:] if m.text.startswith("The ") else m.text
        for m in record.mentions
    }


def test_a_word_inside_a_name_is_no_alias_of_its_own(nlp: Language) -> None:
    found = records(
        nlp,
        "The United Nations sent observers, and the Associated Press reported it. A fellow "
        "at the Council on Foreign Relations told the Financial Times that the Security "
        "Council and the International Institute for Strategic Studies disagreed.",
    )
    assert aliases(found["UN"]) == {"the United Nations"}
    assert aliases(found["Associated Press"]) == {"the Associated Press"}
    assert aliases(found["Council on Foreign Relations"]) == {"the Council on Foreign Relations"}
    assert aliases(found["Financial Times"]) == {"the Financial Times"}
    assert aliases(found["UNSC"]) == {"the Security Council"}
    iiss = aliases(found["International Institute for Strategic Studies"])
    assert iiss == {"the International Institute for Strategic Studies"}


def test_words_hung_before_a_name_are_no_part_of_the_mention(nlp: Language) -> None:
    found = records(
        nlp,
        "Last week Sen. Maria Delgado told reporters that neither Paris nor Berlin would "
        "help, and many EU governments agreed. Some experts disagreed.",
    )
    assert aliases(found["Maria Delgado"]) == {"Sen. Maria Delgado"}
    assert aliases(found["France"]) == {"Paris"}
    assert aliases(found["EU"]) == {"EU"}
    # A description keeps its quantifier: "some experts" are not all experts.
    assert aliases(found["Some experts"]) == {"Some experts"}


def test_an_acronym_written_as_a_word_is_the_acronym(nlp: Language) -> None:
    found = records(nlp, "Nato ministers met in Brussels, and NATO said the talks went well.")
    assert [r for r in found.values() if r.name.lower() == "nato"] == [found["NATO"]]


def test_a_verb_span_and_a_possessor_make_no_body_name(nlp: Language) -> None:
    found = records(
        nlp,
        "Vance spoke at length. (Warning to State Department correspondents: his answers "
        "are long.) The remnants of Blair's Coalition of the Willing are tired.",
    )
    assert not any("Warning" in name for name in found)
    assert "Coalition of the Willing" in found
    assert not any("Blair's" in name or "Blair’s" in name for name in found)


def test_a_title_that_says_what_someone_is_or_becomes_is_no_actor(nlp: Language) -> None:
    found = records(
        nlp,
        "Whoever becomes president will face the war. In the ten years I have been a "
        "senator, nothing changed. If Delgado is confirmed as secretary of state, she will "
        "go. She was elected governor in 2004.",
    )
    assert not {"president", "senator", "secretary", "governor"} & set(found)
    # "There are" says that people exist, not what someone is.
    assert "economists" in records(nlp, "There are economists who argue that taxes should fall.")


def test_a_title_spelt_another_way_finds_the_person_named_before(nlp: Language) -> None:
    found = records(
        nlp, "Qatari Emir Omar Farouk met the envoy in Doha. The Amir said the talks went well."
    )
    assert "the Amir" in aliases(found["Omar Farouk"])
    assert "Amir" not in found


def test_an_editors_bracketed_title_belongs_to_the_name_after_it(nlp: Language) -> None:
    found = records(nlp, "“It is fine,” [Navy spokesman] Harlow said on Tuesday.")
    assert "Harlow" in found
    assert "Navy spokesman" not in found
    assert "Navy spokesman" in aliases(found["Harlow"])


def test_a_name_across_an_editors_bracket_is_one_name(nlp: Language) -> None:
    found = records(
        nlp,
        "The deal is close, but (EU Foreign Policy Chief Marek) Kowalczyk will announce it "
        "on Monday, one diplomat said. Kowalczyk later confirmed it.",
    )
    people = [r for r in found.values() if "Kowalczyk" in r.name or "Marek" in r.name]
    assert [r.name for r in people] == ["Marek Kowalczyk"]


def test_a_generational_suffix_is_not_the_surname(nlp: Language) -> None:
    found = records(
        nlp,
        "Foreign Secretary Ramon Dizon Jnr confirmed the protest. Later Secretary Dizon said "
        "he was busy.",
    )
    assert "Secretary Dizon" in aliases(found["Ramon Dizon Jnr"])
    assert "Dizon" not in found


def test_an_abbreviated_title_before_a_named_surname_is_that_person(nlp: Language) -> None:
    found = records(
        nlp,
        "Interior Cabinet Secretary Peter Kamau said Kenya would help. CS Kamau said the "
        "officers would go.",
    )
    assert "CS Kamau" not in found
    assert any(
        "Kamau" in a
        for a in aliases(found["Peter Kamau"])
        if a != "Interior Cabinet Secretary Peter Kamau"
    )


def test_a_defined_acronym_and_its_long_form_are_one_body(nlp: Language) -> None:
    found = records(
        nlp,
        "Leaders of the Alliance for Rural Progress (ARP) met. The ARP said it would appeal. "
        "The U.S. Agency for International Development (USAID) sent money.",
    )
    assert {"the Alliance for Rural Progress", "the ARP"} <= aliases(
        found["Alliance for Rural Progress"]
    )
    assert "ARP" not in found
    usaid = [r for r in found.values() if "Agency" in r.name or "USAID" in r.name]
    assert len(usaid) == 1 and usaid[0].country == "USA"


def test_a_states_ministry_is_one_body_however_written(nlp: Language) -> None:
    found = records(
        nlp,
        "The envoy was summoned to the Chadian Ministry of Foreign Affairs in N'Djamena. A "
        "statement by the Chad Foreign Ministry said troops were late. The Chadian Ministry "
        "added that Chad's foreign ministry would respond.",
    )
    body = found["Ministry of Foreign Affairs of Chad"]
    assert body.kind == "organization" and body.country == "TCD"
    assert len(aliases(body)) == 4
    assert not any("Ministry" in name for name in found if name != body.name)


def test_a_states_people_is_a_group_named_so(nlp: Language) -> None:
    found = records(nlp, "The Iranians rejected the deal, and Iran said so.")
    assert found["Iran"].kind == "state"
    people = found["Iran (people)"]
    assert (people.kind, people.country) == ("group", "IRN")


def test_picture_credits_and_release_labels_name_no_actor(nlp: Language) -> None:
    found = records(
        nlp,
        "Defence Minister Omar Farouk speaks in Doha, June 12, 2023. "
        "REUTERS/Jane Fernandez Roe/File Photo\n\nFor Immediate Release\n\n"
        "Soldiers stand guard in Chad. (Reuters Photo)",
    )
    assert not any("Roe" in name or "Release" in name or "Photo" in name for name in found)
    assert "Omar Farouk" in found


def _record(
    name: str,
    kind: str,
    country: str | None = None,
    code: str | None = None,
    title: str | None = None,
    doc: str = "d1",
    actor_id: str | None = None,
) -> ActorRecord:
    return ActorRecord(
        doc,
        actor_id or f"{name}-{doc}",
        name,
        kind,
        country,
        None,
        title,
        (Mention(name, 0, len(name)),),
        code,
    )  # type: ignore[arg-type]


def test_bare_descriptions_are_not_listed_as_actors() -> None:
    dictionary = load_dictionary()
    assert is_bare_description(_record("president", "person", title="president"), dictionary)
    assert is_bare_description(_record("The Chairman", "person", title="chairman"), dictionary)
    assert is_bare_description(_record("responsible leader", "person"), dictionary)
    assert is_bare_description(_record("troops", "group", title="troops"), dictionary)
    # A country the story gave, with no word for it in the description, is nothing to follow.
    assert is_bare_description(_record("governor", "person", "USA"), dictionary)
    assert is_bare_description(_record("His lawyer", "person", "USA"), dictionary)
    # A name, a country or a body's code makes it someone to follow.
    assert not is_bare_description(_record("Little", "person"), dictionary)
    assert not is_bare_description(_record("Pentagon spokesman", "person", "USA"), dictionary)
    # Written only with an indefinite article: one unnamed person, whatever it names.
    for indefinite in ("a Pentagon spokesman", "an Iranian diplomat", "A French minister"):
        record = _record(indefinite, "person", "USA")
        assert is_bare_description(record, dictionary), indefinite
    assert not is_bare_description(_record("the Iranian president", "person", "IRN"), dictionary)
    taken_up = _record("Pentagon spokesman", "person", "USA")
    taken_up = replace(
        taken_up, mentions=(Mention("a Pentagon spokesman", 0, 20), Mention("his", 40, 43))
    )
    assert is_bare_description(taken_up, dictionary)
    assert not is_bare_description(_record("UN envoy", "person", code="IGOUNO"), dictionary)
    assert not is_bare_description(_record("Sunni insurgents", "group"), dictionary)
    rows = list_actors(
        [_record("president", "person"), _record("Little", "person")], dictionary=dictionary
    )
    assert [r.name for r in rows] == ["Little"]
    rows = list_actors([_record("president", "person")], dictionary=dictionary, descriptions=True)
    assert [r.name for r in rows] == ["president"]


def test_one_body_written_alike_twice_is_one_row() -> None:
    dictionary = load_dictionary()
    rows = list_actors(
        [
            _record("Vance administration", "group", "USA", actor_id="a1"),
            _record("Vance administration", "group", "USA", actor_id="a2"),
            _record("Nato", "organization", actor_id="n1"),
            _record("NATO", "organization", actor_id="n2", doc="d2"),
            _record("Pentagon spokesman", "person", "USA", actor_id="p1"),
            _record("Pentagon spokesman", "person", "USA", actor_id="p2"),
        ],
        dictionary=dictionary,
    )
    names = sorted(r.name for r in rows)
    assert names == ["NATO", "Pentagon spokesman", "Pentagon spokesman", "Vance administration"]
    assert next(r for r in rows if r.name == "NATO").mentions == 2


def test_headline_words_are_no_part_of_a_persons_name(nlp: Language) -> None:
    found = records(
        nlp,
        "Obama Seeks New Path On Trade\n\nCorrection Appended\n\nDerelict Obama and "
        "Clinton;\n\nThe Charlotte Panthers won, and Jim Justice spoke.",
    )
    people = {r.name for r in found.values() if r.kind == "person"}
    assert "Barack Obama" in people
    assert not any(w in name for name in people for w in ("Seeks", "Correction", "Derelict"))
    assert "Jim Justice" in people


def test_a_given_name_that_is_an_english_word_stays(nlp: Language) -> None:
    found = records(
        nlp, "Rose Kennedy said the plan would fail. Injecting Clinton's past helps no one."
    )
    assert "Rose Kennedy" in found
    assert not any(name.startswith("Injecting") for name in found)


def test_slashes_and_picture_words_in_running_text_are_no_credits() -> None:
    import cablegram.api as cg

    names = {a.name for a in cg.extract("Iran condemned US/UK strikes on Yemen.", None).actors}
    assert {"United States", "United Kingdom"} <= names
    text = "Lavrov painted a grim picture by comparing NATO to a bully, Russia's ministry said."
    names = {a.name for a in cg.extract(text, None).actors}
    assert "NATO" in names
