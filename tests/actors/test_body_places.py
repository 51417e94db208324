"""Countries of organisations from the article (``actors.bodyplaces``, ``actors.countynames``):
a town's or county's public body takes the country of the story's dateline or places; a body
described with a place in an apposition takes that place's country; a state's name that opens
a county's or a town body's name gives no country. Sentences written for the test, with the
near misses that must not fire."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.bodyplaces import is_local_body
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import ActorRecord


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def body(nlp: Language, text: str, last_word: str) -> ActorRecord:
    actors = DocumentActors(nlp(text), load_dictionary(), "bodies", "2019-03-05")
    found = [
        r for r in actors.records() if r.kind == "organization" and r.name.split()[-1] == last_word
    ]
    assert len(found) == 1, [(r.name, r.kind) for r in actors.records()]
    return found[0]


@pytest.mark.parametrize(
    ("text", "last_word", "country"),
    [
        # A large US city's police, in a story filed from a bureau abroad.
        (
            "BERLIN (Reuters) - The Tucson Police Department said on Wednesday that a driver "
            "had been arrested after the crash.",
            "Department",
            "USA",
        ),
        # A US county named like a country, datelined from a town of a US state.
        (
            "HARRISBURG, Pa. -- The Lebanon County Board of Commissioners voted on Tuesday to "
            "close the jail.",
            "Commissioners",
            "USA",
        ),
        # A town named like a country: its police department is the town's.
        (
            "CONCORD, N.H. -- The Lebanon Police Department said a driver was charged.",
            "Department",
            "USA",
        ),
        # No dateline: the story's places (two in Ohio) give the country.
        (
            "The Dayton City Council voted to fund the shelter. Residents of Dayton, Ohio, "
            "and Columbus, Ohio, had asked for it.",
            "Council",
            "USA",
        ),
    ],
)
def test_local_body_takes_the_story_country(
    nlp: Language, text: str, last_word: str, country: str
) -> None:
    assert body(nlp, text, last_word).country == country


@pytest.mark.parametrize(
    ("text", "last_word"),
    [
        # No dateline and no place of the story: no country.
        ("The Jordan School District said classes would resume on Monday.", "District"),
        ("The Lebanon County Board of Commissioners voted to close the jail.", "Commissioners"),
        # A capital's bureau dateline says nothing of a town the body serves elsewhere.
        (
            "SEOUL, March 5 (Yonhap) -- The Mapo Police Station said it had detained two "
            "suspects after the fire.",
            "Station",
        ),
        (
            "CAIRO (Reuters) - The Nablus City Council said Israeli troops had entered the old "
            "market overnight.",
            "Council",
        ),
        # The text names another country than the dateline's.
        (
            "WASHINGTON (Reuters) - Taiwanese police said the Xinyi Police Station had "
            "questioned the driver on Sunday.",
            "Station",
        ),
        (
            "CONCORD, N.H. -- Officials of the Leeds City Council said the closures would hit "
            "the northern British city hard.",
            "Council",
        ),
        # No dateline: cities the story merely names do not make a foreign body theirs.
        (
            "The Hampshire County Council said on Friday that trips to Chicago, Denver and "
            "Seattle had been cancelled. The council said schools would pay the fees.",
            "Council",
        ),
        (
            "Police in the Mexican city of Ciudad Juarez said three men were shot. The Ciudad "
            "Juarez Police Department said many workers cross daily to El Paso, Phoenix and "
            "Dallas.",
            "Department",
        ),
        (
            "The Denton Police Department said the suspect fled to Dallas. Officers in Dallas "
            "found him on Friday.",
            "Department",
        ),
        # Not a local body's name: a national body keeps what its own words give (none here).
        ("SEOUL, March 5 (Yonhap) -- The Hanbit Foundation said it would appeal.", "Foundation"),
    ],
)
def test_no_story_country_or_no_local_body_gives_none(
    nlp: Language, text: str, last_word: str
) -> None:
    assert body(nlp, text, last_word).country is None


def test_capital_city_bodies_keep_their_capital() -> None:
    """ "Mexico City Council" is the capital's: its state word is no county's namesake."""
    nlp = nlp_stage.load()
    found = body(nlp, "The Mexico City Council voted on Tuesday to ban the sale.", "Council")
    assert found.country == "MEX"


@pytest.mark.parametrize(
    ("text", "last_word", "country"),
    [
        (
            "The Orlov Center, Moscow's best-known pollster, said support had fallen.",
            "Center",
            "RUS",
        ),
        (
            "The Fiscal Trust, a Washington-based think tank, said the plan was costly.",
            "Trust",
            "USA",
        ),
        (
            "The Orlov Center, an independent Russian pollster, said support had fallen.",
            "Center",
            "RUS",
        ),
        (
            "Redline Analytics, a consultancy in London, said the deal was risky.",
            "Analytics",
            "GBR",
        ),
    ],
)
def test_body_described_with_a_place(
    nlp: Language, text: str, last_word: str, country: str
) -> None:
    assert body(nlp, text, last_word).country == country


@pytest.mark.parametrize(
    ("text", "last_word"),
    [
        # Allegiance, not home.
        ("The Fiscal Trust, a Saudi-backed think tank, said the plan was costly.", "Trust"),
        # Two places: no one country.
        (
            "The Orlov Center, a pollster with offices in London and Moscow, said support "
            "had fallen.",
            "Center",
        ),
    ],
)
def test_description_without_one_home_gives_none(nlp: Language, text: str, last_word: str) -> None:
    assert body(nlp, text, last_word).country is None


def test_local_body_names() -> None:
    assert is_local_body(["fulton", "county", "sheriff", "office"])
    assert is_local_body(["mapo", "police", "station"])
    assert not is_local_body(["police", "department"])  # no place of its own
    assert not is_local_body(["national", "police", "agency"])


@pytest.mark.parametrize(
    ("text", "last_word", "country"),
    [
        # A large US city alone in the dateline.
        ("ATLANTA (AP) -- The Decatur City Council voted to close the shelter.", "Council", "USA"),
        # A country after the town in the dateline.
        (
            "BIRMINGHAM, England -- The Solihull Borough Council said the roads would close.",
            "Council",
            "GBR",
        ),
        # Two mentions of large US cities make the story's country, when the text names the
        # body's town as a place too.
        (
            "The Denton Police Department said the suspect drove from Denton to Dallas. "
            "Officers in Dallas found him on Friday.",
            "Department",
            "USA",
        ),
    ],
)
def test_us_cities_and_dateline_countries(
    nlp: Language, text: str, last_word: str, country: str
) -> None:
    assert body(nlp, text, last_word).country == country


def test_us_city_needs_a_place_tag_or_a_dateline(nlp: Language) -> None:
    """ "Charlotte" and "Dallas" as given names are no places: no story country."""
    text = (
        "Charlotte Brown said the Hillview School Board would meet. Her sister Dallas Brown agreed."
    )
    assert body(nlp, text, "Board").country is None


def test_us_city_names() -> None:
    from cablegram.actors.uscities import us_city

    assert us_city("Salt Lake City") == "USA"
    assert us_city("the Dallas") == "USA"
    assert us_city("Birmingham") is None  # shared with England: left out
    assert us_city("Washington") is None  # read as the capital elsewhere


def test_platforms_and_companies_are_bodies_of_their_home(nlp: Language) -> None:
    """A platform or bank the recogniser may tag as a person is the organisation of the
    dictionary, and its staff take its country; "It said" after it has a speaker."""
    text = (
        "Instagram said on Monday it had removed the posts. It said they broke its rules. "
        "Anna Lind, Goldman Sachs's chief economist, said rates would rise."
    )
    actors = DocumentActors(nlp(text), load_dictionary(), "bodies", "2019-03-05")
    records = {r.name: r for r in actors.records()}
    assert records["Instagram"].kind == "organization"
    assert records["Instagram"].country == "USA"
    assert records["Anna Lind"].country == "USA"
    it = next(t for t in actors.doc if t.text == "It")
    assert [a.name for a in actors.lookup(it)] == ["Instagram"]


def _resolved(nlp: Language, text: str, noun: str) -> list[str]:
    actors = DocumentActors(nlp(text), load_dictionary(), "papers", "2019-03-05")
    tokens = [t for t in actors.doc if t.text == noun]
    return [a.name for a in actors.lookup(tokens[-1])]


@pytest.mark.parametrize(
    ("text", "noun", "names"),
    [
        # A newspaper named before; an agency and a broadcaster are no rivals.
        (
            "MOSCOW (Reuters) - The Washington Post reported the sale on Monday. CNN "
            "aired the footage. The paper said two buyers had bid.",
            "paper",
            ["The Washington Post"],
        ),
        (
            "The Guardian published the letter on Friday. The newspaper said the minister "
            "had seen it.",
            "newspaper",
            ["Guardian"],
        ),
        # Two newspapers named before: either may be meant.
        (
            "The Washington Post and The Guardian reported the sale. The newspaper said two "
            "buyers had bid.",
            "newspaper",
            [],
        ),
        # Another paper brought in after the newspaper: a study, a government's paper.
        (
            "The New York Times reported the merger on Monday. Researchers at Yale released a "
            "paper on the deal. The paper said prices would rise by a fifth.",
            "paper",
            [],
        ),
        (
            "The Wall Street Journal covered the school vote. The ministry issued a white paper on "
            "Thursday. The paper proposes closing four schools.",
            "paper",
            [],
        ),
        # Near miss: a plain "the paper" again after the newspaper keeps it.
        (
            "The New York Times reported the merger on Monday. The paper said prices would rise. "
            "The paper also said two banks were involved.",
            "paper",
            ["The New York Times"],
        ),
        # A research paper with no newspaper named: nothing.
        (
            "A paper in a medical journal found the drug worked. The paper said more trials "
            "were needed.",
            "paper",
            [],
        ),
    ],
)
def test_the_newspaper_is_the_newspaper_named_before(
    nlp: Language, text: str, noun: str, names: list[str]
) -> None:
    found = _resolved(nlp, text, noun)
    assert [n.removeprefix("The ") for n in found] == [n.removeprefix("The ") for n in names]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # The agency a dateline credits is not of the place it filed from: it is the
        # dictionary's agency, a British news medium.
        (
            "BEIRUT (Reuters) - Jens Laerke, a U.N. spokesman in Geneva, said aid was blocked.",
            "Reuters",
            "GBR",
        ),
        (
            "BEIRUT (Reuters) - The foreign minister said on Friday that the border would reopen.",
            "Reuters",
            "GBR",
        ),
        # A body after the dateline's dash keeps the dateline's country (capitalnames).
        ("LONDON - Capital Economics said growth would slow.", "Capital Economics", "GBR"),
    ],
)
def test_dateline_credit_takes_no_filing_country(
    nlp: Language, text: str, name: str, country: str
) -> None:
    actors = DocumentActors(nlp(text), load_dictionary(), "credits", "2016-05-11")
    found = [r for r in actors.records() if r.name.endswith(name)]
    assert found and all(r.country == country for r in found)
    if name == "Reuters":
        assert all(r.role == "MED" for r in found)
