"""Checks on ``cablegram/data/people.csv``, the gazetteer of political figures.

The file is read with the csv module, not through the resolver, so these checks hold whether or
not ``cablegram.gazetteer.dictionary`` loads it yet. Phrase keys are normalised the way the loader
does it: lower-cased, typographic apostrophes folded, whitespace collapsed.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from functools import cache
from importlib import resources

import pycountry
import pytest

from cablegram.gazetteer.dictionary import load_dictionary

HEADER = ("name", "aliases", "kind", "country", "role")
# CAMEO-style sector codes (see data/README.md); empty means "no role of its own" (clerics).
_CAMEO = "IGO NGO GOV MIL LEG JUD MED BUS REB OPP EDU CVL COP SPY REF ELI LAB HLH"
ROLES = frozenset(_CAMEO.split(" ")) | {""}
# International officials carry no country; so do the presidents of the European Parliament
# (LEG) and international prosecutors (JUD).
STATELESS_ROLES = frozenset({"IGO", "JUD", "LEG"})
# People known by a single name; every other name has at least two words.
MONONYMS = frozenset({"Akihito", "Naruhito", "Suharto"})


def _key(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


@cache
def _read() -> tuple[tuple[str, ...], tuple[dict[str, str], ...]]:
    text = (resources.files("cablegram") / "data" / "people.csv").read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    rows = tuple(reader)
    return tuple(reader.fieldnames or ()), rows


def _rows() -> tuple[dict[str, str], ...]:
    return _read()[1]


def _aliases(row: dict[str, str]) -> list[str]:
    return [a for a in row["aliases"].split("|") if a]


def _phrases(row: dict[str, str]) -> list[str]:
    return [row["name"], *_aliases(row)]


@cache
def _by_phrase() -> dict[str, dict[str, str]]:
    return {_key(p): row for row in _rows() for p in _phrases(row)}


def test_header() -> None:
    assert _read()[0] == HEADER


def test_fields_well_formed() -> None:
    for number, row in enumerate(_rows(), start=2):
        where = f"people.csv:{number}"
        assert None not in row and all(v is not None for v in row.values()), where
        for field in HEADER:
            assert row[field] == row[field].strip(), f"{where}: stray whitespace in {field}"
        assert row["name"], where
        assert row["kind"] == "person", where
        assert row["role"] in ROLES, f"{where}: role {row['role']!r}"
        country = row["country"]
        if country:
            assert pycountry.countries.get(alpha_3=country) is not None, f"{where}: {country!r}"
        else:
            assert row["role"] in STATELESS_ROLES, f"{where}: no country for {row['name']}"
        if row["role"] == "IGO":
            assert not country, f"{where}: international officials carry no country"
        for alias in _aliases(row):
            assert alias == alias.strip() and "  " not in alias, f"{where}: {alias!r}"


def test_no_alias_is_a_single_word() -> None:
    # Bare surnames and given names are left to the resolver's surname matching.
    single = [(row["name"], a) for row in _rows() for a in _aliases(row) if len(a.split()) < 2]
    assert not single


def test_single_word_names_are_known_mononyms() -> None:
    assert {row["name"] for row in _rows() if len(row["name"].split()) < 2} <= MONONYMS


def test_no_phrase_names_two_people() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in _rows():
        for phrase in _phrases(row):
            owners[_key(phrase)].add(row["name"])
    shared = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not shared


def test_no_alias_repeats_within_a_row() -> None:
    for row in _rows():
        keys = [_key(p) for p in _phrases(row)]
        assert len(keys) == len(set(keys)), row["name"]


def test_diacritic_names_have_an_ascii_alias() -> None:
    missing = [
        row["name"]
        for row in _rows()
        if not row["name"].isascii() and not any(a.isascii() for a in _aliases(row))
    ]
    assert not missing


def test_coverage() -> None:
    rows = _rows()
    assert len(rows) >= 500
    assert len({row["country"] for row in rows if row["country"]}) >= 40


def test_ambiguous_names_are_left_out() -> None:
    # "George Bush" could be either president; each keeps only his distinct forms.
    for phrase in ("george bush", "king abdullah", "benigno aquino", "kim jong"):
        assert phrase not in _by_phrase(), phrase


@pytest.mark.parametrize(
    ("text", "country", "role"),
    [
        ("John Kerry", "USA", "GOV"),
        ("Jacques Chirac", "FRA", "GOV"),
        ("George W. Bush", "USA", "GOV"),
        ("George H. W. Bush", "USA", "GOV"),
        ("John McCain", "USA", "LEG"),
        ("Saddam Hussein", "IRQ", "GOV"),
        ("Iyad Allawi", "IRQ", "GOV"),
        ("Nouri al-Maliki", "IRQ", "GOV"),
        ("Sheikh Hamad bin Khalifa", "QAT", "GOV"),
        ("Hamad bin Jassim", "QAT", "GOV"),
        ("Mohammed bin Salman", "SAU", "GOV"),
        ("Ali Khamenei", "IRN", "GOV"),
        ("Vladimir Putin", "RUS", "GOV"),
        ("Xi Jinping", "CHN", "GOV"),
        ("Volodymyr Zelensky", "UKR", "GOV"),
        ("Recep Tayyip Erdogan", "TUR", "GOV"),
        ("Alexei Navalny", "RUS", "OPP"),
        ("Osama bin Laden", "SAU", "REB"),
        ("Abu Bakr al-Baghdadi", "IRQ", "REB"),
        ("Hassan Nasrallah", "LBN", "REB"),
        ("Abu Mohammad al-Julani", "SYR", "GOV"),
        ("Kofi Annan", "", "IGO"),
        ("Antonio Guterres", "", "IGO"),
        ("Mohamed ElBaradei", "", "IGO"),
        ("Jens Stoltenberg", "", "IGO"),
        ("Ursula von der Leyen", "", "IGO"),
        ("Donald Tusk", "POL", "GOV"),
    ],
)
def test_key_people(text: str, country: str, role: str) -> None:
    row = _by_phrase()[_key(text)]
    assert (row["country"], row["role"]) == (country, role)


@cache
def _other_phrases() -> dict[str, str]:
    """Country, capital, demonym and organisation phrases, read from their own sources."""
    data = resources.files("cablegram") / "data"
    phrases: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if isinstance(value, str):
                phrases[_key(value)] = country.alpha_3
    for name, column in (("country_short_names.csv", "name"), ("country_aliases.csv", "text")):
        for row in csv.DictReader(io.StringIO((data / name).read_text(encoding="utf-8"))):
            phrases[_key(row[column])] = row["iso3"]
    orgs = (data / "organizations.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(orgs)):
        for phrase in _phrases(row):
            phrases[_key(phrase)] = row["name"]
    return phrases


def test_person_phrases_do_not_shadow_other_entries() -> None:
    # A person's name must not also name a country, capital, demonym or organisation: whichever
    # the loader read last would silently win.
    others = _other_phrases()
    clashes = [
        (phrase, others[_key(phrase)])
        for row in _rows()
        for phrase in _phrases(row)
        if _key(phrase) in others
    ]
    assert not clashes


def test_dictionary_still_loads() -> None:
    dictionary = load_dictionary()
    assert dictionary.phrases
    if dictionary.entry("Jacques Chirac") is None:
        pytest.skip("the loader does not read people.csv yet")
    # Once it does, every phrase resolves to its own row.
    wrong = []
    for row in _rows():
        for phrase in _phrases(row):
            entry = dictionary.entry(phrase)
            got = None if entry is None else (entry.kind, entry.country or "", entry.role or "")
            if got != ("person", row["country"], row["role"]):
                wrong.append((phrase, got))
    assert not wrong
