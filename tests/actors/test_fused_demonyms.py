"""Rule ``actors.fuseddemonyms``: a nationality adjective the recogniser takes into a person's
name ("Chilean Rosa Marchant" as one PERSON span, or "Ghanaian" + "Kofi Mensah" glued to a name
tagged as an organisation) gives the person's country and is no part of the name."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.actors.conftest import Records

from cablegram.actors.demonymnames import split_fused_demonyms
from cablegram.gazetteer.dictionary import load_dictionary


def _people(records: Records, text: str) -> dict[str, str | None]:
    return {r.name: r.country for r in records(text) if r.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("German Ortiz, the goalkeeper, said the squad was worn out.", "Ortiz", "DEU"),
        ("The panel was chaired by Peruvian Luis Salcedo on Friday.", "Luis Salcedo", "PER"),
        ("Pakistani Imran Qasim said the count had been rigged.", "Imran Qasim", "PAK"),
        ("Kenyan Mutua Kiprono, a farmer, said feed prices were too high.", "Mutua Kiprono", "KEN"),
    ],
)
def test_demonym_gives_the_country_not_the_name(
    actor_records: Records, text: str, name: str, country: str
) -> None:
    people = _people(actor_records, text)
    assert people.get(name) == country, people
    assert not any(n.split()[0] in ("German", "Peruvian", "Pakistani", "Kenyan") for n in people)


def test_span_is_cut_for_every_later_stage(pipeline: Language) -> None:
    doc = pipeline("German Ortiz, the goalkeeper, said the squad was worn out.")
    split_fused_demonyms(doc, load_dictionary().entry)
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("German") == "NORP"
    assert labels.get("Ortiz") == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Peterson said the lecture would go ahead.",  # a country's name, no demonym
        "The Kenyan Wildlife Service said the herd was safe.",  # a body, no person
    ],
)
def test_no_cut_without_a_demonym_before_a_person(pipeline: Language, text: str) -> None:
    doc = pipeline(text)
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    split_fused_demonyms(doc, load_dictionary().entry)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Governor of Basra Adnan Fayez said the port would reopen.", "Adnan Fayez", "governor"),
        ("Mayor of Kandor Yusuf al-Harbi said the water was back.", "Yusuf al-Harbi", "mayor"),
    ],
)
def test_place_of_a_post_is_no_part_of_the_holder_name(
    actor_records: Records, text: str, name: str, title: str
) -> None:
    """Rule ``actors.postedplaces``: "Governor of Basra Adnan Fayez" is Adnan Fayez, governor;
    the place is no part of his name and no person is left holding the bare title."""
    found = {r.name: r.title for r in actor_records(text) if r.kind == "person"}
    assert found == {name: title}
