"""An undated document's era (from the office holders it names and the years it speaks of)
chooses between dated namesakes; what the era leaves open the corpus settles in the listing,
only when it names one of the open namesakes and nothing conflicts. Sentences written for
the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.listing import list_actors
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def actors_of(nlp: Language, text: str, doc_id: str, date: str | None = None) -> DocumentActors:
    return DocumentActors(nlp(text), load_dictionary(), doc_id, date)


def person(actors: DocumentActors, surname: str) -> ActorRecord:
    found = [r for r in actors.records() if r.kind == "person" and r.name.endswith(surname)]
    assert len(found) == 1, [r.name for r in actors.records()]
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A secretary of state named with the office: that office's term is the text's era.
        (
            "Secretary of State James Baker flew to Geneva on Monday. "
            "George Bush told reporters that the talks would go on.",
            "George H. W. Bush",
        ),
        (
            "Defense Secretary Donald Rumsfeld visited the troops. "
            "George Bush said the mission would continue.",
            "George W. Bush",
        ),
        # A president's administration dates the text by his term (the father was his
        # vice-president).
        (
            "The Reagan administration sent envoys to the region. "
            "George Bush, speaking in Houston, praised the effort.",
            "George H. W. Bush",
        ),
    ],
)
def test_an_undated_texts_office_holders_choose_between_namesakes(
    nlp: Language, text: str, expected: str
) -> None:
    found = person(actors_of(nlp, text, "d"), "Bush")
    assert found.name == expected
    assert found.country == "USA"


def test_an_era_in_which_no_namesake_held_office_decides_nothing(nlp: Language) -> None:
    # 2011-2013: both Bushes had left office; the name stays as written.
    actors = actors_of(
        nlp,
        "The Obama administration sent envoys, Defense Secretary Leon Panetta said. "
        "The policy is much like the second term of George Bush.",
        "d",
    )
    era = actors.era()
    assert era is not None and era.start == "2011-07-01" and era.end == "2013-02-27"
    assert person(actors, "Bush").name == "George Bush"


@pytest.mark.parametrize(
    "text",
    [
        # "former" makes the title a past office: no era from it.
        "Former Secretary of State James Baker flew to Geneva. George Bush praised the talks.",
        # No dated office holder and no date at all.
        "George Bush told reporters that the talks would go on.",
    ],
)
def test_without_an_era_the_name_is_not_guessed(nlp: Language, text: str) -> None:
    assert person(actors_of(nlp, text, "d"), "Bush").name == "George Bush"


def test_a_past_year_bounds_the_era_from_below_only(nlp: Language) -> None:
    actors = actors_of(
        nlp, "The agency closed its office in 2004. George Bush said it would reopen.", "d"
    )
    era = actors.era()
    assert era is not None and era.start == "2004-01-01" and era.end is None
    # An era open at the end decides nothing: the father may be named after his term.
    assert person(actors, "Bush").name == "George Bush"


SON = "George W. Bush said on Tuesday that the troops would stay in the country."
FATHER = "George H. W. Bush said on Tuesday that the troops would stay in the country."
UNDECIDED = "George Bush is a stubborn man, and the troops will stay."


def _rows(nlp: Language, *texts: tuple[str, str | None]) -> dict[str, int]:
    records: list[ActorRecord] = []
    for number, (text, date) in enumerate(texts):
        records.extend(actors_of(nlp, text, f"doc{number}", date).records())
    return {r.name: len(r.documents) for r in list_actors(records, "person")}


def test_listing_joins_an_undecided_name_to_the_one_namesake_the_corpus_names(
    nlp: Language,
) -> None:
    rows = _rows(nlp, (SON, "2005-03-01"), (UNDECIDED, None))
    assert rows == {"George W. Bush": 2}


def test_listing_keeps_it_apart_when_the_corpus_names_both_or_none(nlp: Language) -> None:
    both = _rows(nlp, (SON, "2005-03-01"), (FATHER, "1991-01-10"), (UNDECIDED, None))
    assert both == {"George W. Bush": 1, "George H. W. Bush": 1, "George Bush": 1}
    assert _rows(nlp, (UNDECIDED, None)) == {"George Bush": 1}


def test_listing_keeps_it_apart_when_the_documents_era_excludes_that_namesake(
    nlp: Language,
) -> None:
    # Dated 1995: the son held no dated office yet, so only the father is open; the corpus
    # names the son only, which conflicts.
    rows = _rows(nlp, (SON, "2005-03-01"), (UNDECIDED, "1995-06-01"))
    assert rows == {"George W. Bush": 1, "George Bush": 1}
