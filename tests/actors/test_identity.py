"""Corpus-level identity, the dated dictionary and the user's actors file (CSV and the
PETRARCH/Phoenix format), on sentences and small files written for the test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import DictionaryError, load_dictionary
from cablegram.gazetteer.phoenix import phoenix_date, split_code
from cablegram.records import Actor


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def resolve(
    nlp: Language, text: str, date: str | None = None, actors_file: str | None = None
) -> tuple[Doc, DocumentActors]:
    parsed = nlp(text)
    return parsed, DocumentActors(parsed, load_dictionary(actors_file), "doc", date)


def first(parsed: Doc, actors: DocumentActors, word: str, nth: int = 0) -> Actor:
    tokens = [t for t in parsed if t.text == word]
    found = actors.lookup(tokens[nth])
    assert found, word
    return found[0]


# --- one identity per person -------------------------------------------------------------------


def test_name_variants_in_two_documents_share_one_id(nlp: Language) -> None:
    parsed, actors = resolve(
        nlp, "Boris Johnson spoke in London. Mr Johnson said Britain would leave.", "2019-09-10"
    )
    full = first(parsed, actors, "Johnson")
    assert first(parsed, actors, "Johnson", 1).actor_id == full.actor_id
    # Another British story of that year names him by surname only.
    parsed, actors = resolve(
        nlp,
        "Johnson told MPs that Britain would leave the EU, and Britain's MPs refused.",
        "2019-10-02",
    )
    bare = first(parsed, actors, "Johnson")
    assert (bare.name, bare.country, bare.actor_id) == ("Boris Johnson", "GBR", full.actor_id)


def test_a_shared_surname_without_support_stays_as_written(nlp: Language) -> None:
    # Two known people are called Johnson; a US story of 2016 is neither's office.
    parsed, actors = resolve(
        nlp, "Johnson said the United States would cut taxes in the United States.", "2016-05-01"
    )
    found = first(parsed, actors, "Johnson")
    assert found.name == "Johnson"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # The dictionary's only Smith is Australian, its only Miller Polish, its only Kim
        # heads an IGO: none of them is backed by an American or British story of 2016.
        (
            "Mr Smith said the United States would act, and the United States Navy would sail.",
            "Smith",
        ),
        (
            "Mr Miller said the United States would act, and the United States Navy would sail.",
            "Miller",
        ),
        ("Mr Kim said Britain would act, and Britain's navy would sail.", "Kim"),
    ],
)
def test_a_common_surname_one_known_person_has_needs_the_story_to_back_them(
    nlp: Language, text: str, word: str
) -> None:
    parsed, actors = resolve(nlp, text, "2016-05-01")
    found = first(parsed, actors, word)
    assert (found.name, found.kind, found.country) == (word, "person", None)


def test_a_unique_surname_backed_by_the_story_or_an_office_is_that_person(nlp: Language) -> None:
    # The story is about the person's country.
    parsed, actors = resolve(
        nlp, "Mr Smith said Australia would act, and Australia's navy would sail."
    )
    assert (first(parsed, actors, "Smith").name, first(parsed, actors, "Smith").country) == (
        "Stephen Smith",
        "AUS",
    )
    # The text names the person's term.
    parsed, actors = resolve(nlp, "The Blair government sent envoys to the region.")
    assert first(parsed, actors, "Blair").name == "Tony Blair"
    # Without it, the common surname alone names nobody known.
    parsed, actors = resolve(nlp, "Blair sent envoys to the region.")
    assert "Tony Blair" not in [r.name for r in actors.records()]
    # An office held on the story's date, in a story about another country.
    parsed, actors = resolve(
        nlp, "Putin said the United States and the United States' allies were wrong.", "2020-03-01"
    )
    assert first(parsed, actors, "Putin").name == "Vladimir Putin"


@pytest.mark.parametrize(
    ("date", "expected"),
    [("1990-08-10", "George H. W. Bush"), ("2003-03-01", "George W. Bush")],
)
def test_george_bush_by_the_documents_date(nlp: Language, date: str, expected: str) -> None:
    parsed, actors = resolve(nlp, "George Bush said Iraq must disarm.", date)
    assert first(parsed, actors, "Bush").name == expected


def test_father_and_son_named_in_one_text_stay_apart(nlp: Language) -> None:
    text = "George W. Bush praised his father. George H. W. Bush had led the country in 1991."
    parsed, actors = resolve(nlp, text, "2004-06-01")
    son = first(parsed, actors, "Bush")
    father = first(parsed, actors, "Bush", 1)
    assert (son.name, father.name) == ("George W. Bush", "George H. W. Bush")
    assert son.actor_id != father.actor_id


def test_an_undated_ambiguous_name_is_not_guessed(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "George Bush said Iraq must disarm.")
    assert first(parsed, actors, "Bush").name == "George Bush"


def test_a_conflicting_country_keeps_people_apart(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "Canadian lawyer Boris Johnson said the case would go on.")
    found = first(parsed, actors, "Johnson")
    assert found.country == "CAN"
    shipped = load_dictionary().by_identity["person:boris johnson"]
    assert found.name == "Boris Johnson" and shipped.country == "GBR"
    _, other = resolve(nlp, "Boris Johnson said Britain would leave.")
    assert found.actor_id != first(*_with(other), "Johnson").actor_id


def _with(actors: DocumentActors) -> tuple[Doc, DocumentActors]:
    return actors.doc, actors


# --- the dated dictionary ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "word", "expected"),
    [
        (
            "The French foreign minister said Paris would help.",
            "2016-03-01",
            "minister",
            "Jean-Marc Ayrault",
        ),
        (
            "The French foreign minister said Paris would help.",
            "2025-10-01",
            "minister",
            "Jean-Noël Barrot",
        ),
        ("Russia's foreign minister warned the West.", "2015-01-10", "minister", "Sergei Lavrov"),
        ("The US secretary of state flew to Cairo.", "2014-05-05", "secretary", "John Kerry"),
        ("The British prime minister spoke to reporters.", "2017-06-01", "minister", "Theresa May"),
    ],
)
def test_an_office_resolves_to_its_holder_on_the_date(
    nlp: Language, text: str, date: str, word: str, expected: str
) -> None:
    parsed, actors = resolve(nlp, text, date)
    assert first(parsed, actors, word).name == expected


@pytest.mark.parametrize(
    "text",
    [
        "The former French foreign minister said Paris would help.",
        "A French foreign minister once said Paris would help.",
    ],
)
def test_a_former_or_indefinite_office_is_not_todays_holder(nlp: Language, text: str) -> None:
    parsed, actors = resolve(nlp, text, "2016-03-01")
    assert first(parsed, actors, "minister").name != "Jean-Marc Ayrault"


def test_no_date_no_office_holder(nlp: Language) -> None:
    parsed, actors = resolve(nlp, "The French foreign minister said Paris would help.")
    assert first(parsed, actors, "minister").name == "French foreign minister"


def test_office_entries_name_their_sources() -> None:
    dictionary = load_dictionary()
    offices = [o for found in dictionary.offices.values() for o in found]
    assert offices and all(o.source.startswith("https://") for o in offices)
    for found in dictionary.offices.values():
        for office in found:
            assert office.start is not None
            assert office.end is None or office.start < office.end


# --- the user's actors file ----------------------------------------------------------------------

PHOENIX = """\
# A small Phoenix-format dictionary written for the test.
KARL_BRANDT_  [DEUELI]
+KARL_HEINZ_BRANDT
    [DEUGOV 040401-050630]
    [DEULEG >050701]
MARIA_LOPEZ_  # the Spanish minister
    [ESPGOV 100101-141231]
MARIA_LOPEZ_  # the Mexican senator, a different person
    [MEXLEG 150101-201231]
HARBOUR_WATCH_COLLECTIVE_  [NGO]
+HWC
"""


def test_phoenix_file_loads_dated_roles(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(PHOENIX, encoding="utf-8")
    parsed, actors = resolve(nlp, "Karl-Heinz Brandt spoke in Bonn.", "2005-01-15", str(path))
    during = first(parsed, actors, "Brandt")
    assert (during.name, during.country, during.role) == ("Karl Brandt", "DEU", "GOV")
    parsed, actors = resolve(nlp, "Karl Brandt spoke in Bonn.", "2009-01-15", str(path))
    after = first(parsed, actors, "Brandt")
    assert (after.role, after.actor_id) == ("LEG", during.actor_id)
    parsed, actors = resolve(nlp, "The HWC warned of a spill.", None, str(path))
    assert first(parsed, actors, "HWC").name == "Harbour Watch Collective"


@pytest.mark.parametrize(("date", "country"), [("2012-02-02", "ESP"), ("2018-02-02", "MEX")])
def test_phoenix_split_two_people_one_name(
    nlp: Language, tmp_path: Path, date: str, country: str
) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(PHOENIX, encoding="utf-8")
    parsed, actors = resolve(nlp, "Maria Lopez said the vote was fair.", date, str(path))
    assert first(parsed, actors, "Lopez").country == country


def test_phoenix_codes_and_dates() -> None:
    assert split_code("FRAGOV") == ("FRA", "GOV")
    assert split_code("IGOUNO") == (None, "IGO")
    assert phoenix_date("040401", "f", 1) == "2004-04-01"
    assert phoenix_date("690814", "f", 1) == "1969-08-14"
    assert phoenix_date("19280101", "f", 1) == "1928-01-01"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("+ALIAS_FIRST\n", r"actors.txt:1: an alias before any entry"),
        ("KARL_BRANDT_\n    [DEUGOV 0404-05]\n", r"actors.txt:1: .*has no \[CODE\]"),
        ("KARL_BRANDT_\n    [DEUGOV 040401]\n", r"actors.txt:2: a dated role needs start-end"),
    ],
)
def test_bad_phoenix_file_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        load_dictionary(str(path))


def test_csv_merge_and_rename(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_text(
        "name,aliases,kind,country,role\n"
        # merge: a nickname joins the shipped entry (same name, same identity)
        "Boris Johnson,BoJo Johnson|Alexander Boris de Pfeffel Johnson,person,GBR,GOV\n"
        # rename: the shipped name becomes an alias of the user's name
        "Mikhail Gorbachev Sr,Mikhail Gorbachev,person,RUS,GOV\n",
        encoding="utf-8",
    )
    parsed, actors = resolve(nlp, "BoJo Johnson spoke, and Boris Johnson left.", None, str(path))
    assert first(parsed, actors, "Johnson").name == "Boris Johnson"
    parsed, actors = resolve(nlp, "Mikhail Gorbachev spoke in Moscow.", None, str(path))
    assert first(parsed, actors, "Gorbachev").name == "Mikhail Gorbachev Sr"


def test_a_phoenix_file_loads_with_the_actors_option(tmp_path: Path) -> None:
    """`cablegram extract --actors FILE` with a Phoenix-format file: the file's people, codes
    and dated roles decide the records, as a user runs the command."""
    actors = tmp_path / "actors.txt"
    actors.write_text(PHOENIX, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(
        "Minister Speaks\n\nBy Staff, 15 January 2005\n\n"
        'Karl Brandt said on Saturday: "The harbour must stay open." The HWC warned of a '
        "spill.\n",
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "cablegram", "extract", str(article)]
    done = subprocess.run(
        [*command, "--actors", str(actors), "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    named = {r["name"]: r for r in records if r["record"] == "actor"}
    assert named["Karl Brandt"]["country"] == "DEU"
    assert "Harbour Watch Collective" in named
    said = [r for r in records if r["record"] == "statement" and r["speaker"]]
    assert any(r["speaker"]["name"] == "Karl Brandt" for r in said)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Interior Minister Sirajuddin Haqqani said the roads were safe.", "Haqqani"),
        ("Prime Minister Mohammad Hassan Akhund met the envoys in Kabul.", "Akhund"),
    ],
)
def test_a_dated_role_wins_over_the_static_one(nlp: Language, text: str, word: str) -> None:
    """Kind: a person the dictionary lists as a rebel who holds a dated government office on the
    article's date governs then; before that office, the static role stands."""
    parsed, actors = resolve(nlp, text, "2023-05-01")
    assert first(parsed, actors, word).role == "GOV"
    parsed, actors = resolve(nlp, text, "2010-05-01")
    assert first(parsed, actors, word).role == "REB"
