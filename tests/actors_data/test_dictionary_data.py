"""Checks on the actor dictionary data shipped in ``cablegram/data``.

These test the CSV files only (headers, codes, roles, duplicates, coverage, collisions), not the
resolver that reads them. Phrase keys are normalised the way ``cablegram.gazetteer.dictionary``
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


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ROLES = _words("IGO NGO GOV MIL LEG JUD MED BUS REB OPP EDU CVL COP SPY REF ELI LAB HLH")
ALIAS_KINDS = frozenset({"alias", "demonym", "demonym_plural", "capital"})

# The 193 UN member states (ISO 3166-1 alpha-3).
UN_MEMBERS = _words(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
    BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
    COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
    GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
    LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG
    MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL
    PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
    SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA
    USA URY UZB VUT VEN VNM YEM ZMB ZWE
    """
)
# Not UN members, covered too. Kosovo is not in ISO 3166-1 (nor pycountry): see data/README.md.
OTHER_STATES = frozenset({"TWN", "PSE", "VAT"})

# Phrases that name more than one country on purpose. The first row in the file wins in the
# loader (``setdefault``), so the first iso3 listed here must come first in the file.
COUNTRY_COLLISIONS = {
    "congolese": ("COD", "COG"),
    "dominican": ("DOM", "DMA"),
    "dominicans": ("DOM", "DMA"),
}

# Lower-cased forms that are everyday English words: an alias whose key is one of these would
# match ordinary text once the loader lower-cases it. Documented exceptions only.
COMMON_WORDS = _words(
    "us who ice it is as at in on an or so no sec ft let pew rand spa diet quad amnesty labour "
    "labor fed shell apple amazon meta conservatives democrats republicans congress inc male "
    "chair head chief guardian economist times sun mail post"
)
COMMON_WORD_EXCEPTIONS = frozenset({"us", "who", "congress"})


def _key(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


@cache
def _read(name: str) -> tuple[tuple[str, ...], tuple[dict[str, str], ...]]:
    text = (resources.files("cablegram") / "data" / name).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    rows = tuple(reader)
    return tuple(reader.fieldnames or ()), rows


def _rows(name: str) -> tuple[dict[str, str], ...]:
    return _read(name)[1]


@cache
def _pycountry_phrases() -> dict[str, set[str]]:
    phrases: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if isinstance(value, str):
                phrases[_key(value)].add(country.alpha_3)
    return phrases


@cache
def _country_phrases() -> dict[str, set[str]]:
    """Every country phrase key (pycountry names and the alias file) -> iso3 codes."""
    phrases: dict[str, set[str]] = defaultdict(set)
    for key, codes in _pycountry_phrases().items():
        phrases[key] |= codes
    for row in _rows("country_aliases.csv"):
        phrases[_key(row["text"])].add(row["iso3"])
    return phrases


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("country_aliases.csv", ("iso3", "kind", "text")),
        ("organizations.csv", ("name", "aliases", "kind", "country", "role")),
        ("titles.csv", ("title", "role", "kind")),
        ("honorifics.csv", ("text", "implies_role", "implies_title", "implies_country")),
        ("us_state_abbreviations.csv", ("abbreviation", "state")),
    ],
)
def test_header_and_rows_well_formed(name: str, header: tuple[str, ...]) -> None:
    fields, rows = _read(name)
    assert fields == header
    assert rows
    for number, row in enumerate(rows, start=2):
        assert None not in row, f"{name}:{number}: too many fields"
        assert all(v is not None for v in row.values()), f"{name}:{number}: too few fields"
        assert all(v == v.strip() for v in row.values()), f"{name}:{number}: stray whitespace"
    values = [tuple(row.values()) for row in rows]
    assert len(values) == len(set(values)), f"{name}: duplicate rows"


def test_country_aliases_codes_and_kinds() -> None:
    for row in _rows("country_aliases.csv"):
        assert pycountry.countries.get(alpha_3=row["iso3"]) is not None, row
        assert row["kind"] in ALIAS_KINDS, row
        assert row["text"], row


def test_country_aliases_hold_only_what_pycountry_lacks() -> None:
    pyc = _pycountry_phrases()
    for row in _rows("country_aliases.csv"):
        if row["kind"] == "alias":
            assert row["iso3"] not in pyc.get(_key(row["text"]), set()), row


def test_every_state_has_demonym_plural_and_capital() -> None:
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in _rows("country_aliases.csv"):
        kinds[row["iso3"]].add(row["kind"])
    assert len(UN_MEMBERS) == 193
    for iso3 in UN_MEMBERS:
        assert {"demonym", "demonym_plural", "capital"} <= kinds[iso3], iso3
    for iso3 in OTHER_STATES:
        assert {"demonym", "capital"} <= kinds[iso3], iso3
    complete = [c for c, k in kinds.items() if {"demonym", "capital"} <= k]
    assert len(complete) >= 190


def test_country_phrases_do_not_collide() -> None:
    for key, codes in _country_phrases().items():
        if len(codes) > 1 and key not in _pycountry_phrases():
            assert key in COUNTRY_COLLISIONS, (key, sorted(codes))
            assert set(COUNTRY_COLLISIONS[key]) == codes, (key, sorted(codes))
    # A file phrase must not shadow or be shadowed by another country's pycountry name.
    pyc = _pycountry_phrases()
    for row in _rows("country_aliases.csv"):
        others = pyc.get(_key(row["text"]), set()) - {row["iso3"]}
        assert not others, (row, sorted(others))


def test_documented_collisions_list_the_preferred_country_first() -> None:
    first: dict[str, str] = {}
    for row in _rows("country_aliases.csv"):
        first.setdefault(_key(row["text"]), row["iso3"])
    for key, codes in COUNTRY_COLLISIONS.items():
        assert first[key] == codes[0], key


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        *[
            (t, "USA")
            for t in ("U.S.", "U.S", "US", "America", "United States", "American", "Americans")
        ],
        *[
            (t, "GBR")
            for t in ("Britain", "UK", "U.K.", "U.K", "British", "Britons", "Brits", "London")
        ],
        ("Russia", "RUS"),
        ("Iran", "IRN"),
        ("South Korea", "KOR"),
        ("North Korea", "PRK"),
        ("Syria", "SYR"),
        ("Vietnam", "VNM"),
        ("Ivory Coast", "CIV"),
        ("Czech Republic", "CZE"),
        ("Burma", "MMR"),
        ("Holland", "NLD"),
        ("French", "FRA"),
        ("Frenchmen", "FRA"),
        ("German", "DEU"),
        ("Germans", "DEU"),
        ("Australian", "AUS"),
        ("Aussies", "AUS"),
        ("Fijians", "FJI"),
        ("Qatari", "QAT"),
        ("Iraqis", "IRQ"),
        ("Iranian", "IRN"),
        ("Pole", "POL"),
        ("Poles", "POL"),
        ("Polish", "POL"),
        ("Spaniards", "ESP"),
        ("Dutch", "NLD"),
        ("Swiss", "CHE"),
        ("Paris", "FRA"),
        ("Berlin", "DEU"),
        ("Washington", "USA"),
        ("Tehran", "IRN"),
        ("Moscow", "RUS"),
        ("Beijing", "CHN"),
        ("Kabul", "AFG"),
        ("Baghdad", "IRQ"),
        ("Damascus", "SYR"),
        ("Jerusalem", "ISR"),
        ("Brussels", "BEL"),
        ("Kyiv", "UKR"),
        ("Taipei", "TWN"),
        ("Palestinians", "PSE"),
        ("Vatican", "VAT"),
        ("DRC", "COD"),
        ("Congolese", "COD"),
    ],
)
def test_common_country_phrases_resolve(text: str, iso3: str) -> None:
    assert iso3 in _country_phrases()[_key(text)]


def test_organizations_fields() -> None:
    rows = _rows("organizations.csv")
    assert len(rows) >= 200
    names = [_key(row["name"]) for row in rows]
    assert len(names) == len(set(names)), "duplicate organisation names"
    for row in rows:
        assert row["name"], row
        assert row["kind"] in {"organization", "group"}, row
        assert not row["country"] or pycountry.countries.get(alpha_3=row["country"]), row
        assert not row["role"] or row["role"] in ROLES, row
        aliases = row["aliases"].split("|") if row["aliases"] else []
        assert all(a and a == a.strip() for a in aliases), row
        assert len(aliases) == len(set(aliases)), row
        assert row["name"] not in aliases, row


def _organization_phrases() -> dict[str, set[str]]:
    phrases: dict[str, set[str]] = defaultdict(set)
    for row in _rows("organizations.csv"):
        aliases = row["aliases"].split("|") if row["aliases"] else []
        for text in (row["name"], *aliases):
            phrases[_key(text)].add(row["name"])
    return phrases


def test_organization_phrases_do_not_collide() -> None:
    organizations = _organization_phrases()
    for key, names in organizations.items():
        assert len(names) == 1, (key, sorted(names))
    # The loader lets organisations overwrite country phrases; keep the two apart.
    countries = _country_phrases()
    for key in organizations:
        assert key not in countries, key


def test_no_alias_is_an_everyday_word() -> None:
    keys = set(_organization_phrases()) | {_key(r["text"]) for r in _rows("country_aliases.csv")}
    assert keys & COMMON_WORDS <= COMMON_WORD_EXCEPTIONS, sorted(keys & COMMON_WORDS)


@pytest.mark.parametrize(
    ("text", "country", "role"),
    [
        ("NATO", "", "IGO"),
        ("Nato", "", "IGO"),
        ("UN", "", "IGO"),
        ("EU", "", "IGO"),
        ("IAEA", "", "IGO"),
        ("ICC", "", "JUD"),
        ("Red Cross", "", "NGO"),
        ("Pentagon", "USA", "MIL"),
        ("White House", "USA", "GOV"),
        ("Congress", "USA", "LEG"),
        ("CIA", "USA", "SPY"),
        ("FBI", "USA", "COP"),
        ("Kremlin", "RUS", "GOV"),
        ("Elysee", "FRA", "GOV"),
        ("Élysée", "FRA", "GOV"),
        ("Downing Street", "GBR", "GOV"),
        ("Bundestag", "DEU", "LEG"),
        ("Bundeswehr", "DEU", "MIL"),
        ("IDF", "ISR", "MIL"),
        ("Quai d'Orsay", "FRA", "GOV"),
        ("Hezbollah", "LBN", "REB"),
        ("Daesh", "", "REB"),
        ("al Qaeda", "", "REB"),
        ("Houthis", "YEM", "REB"),
        ("Wagner Group", "RUS", "MIL"),
        ("SPD", "DEU", ""),
        ("GOP", "USA", ""),
        ("AP", "USA", "MED"),
        ("AFP", "FRA", "MED"),
        ("Xinhua", "CHN", "MED"),
        ("IISS", "GBR", "EDU"),
        ("SIPRI", "SWE", "EDU"),
    ],
)
def test_key_organizations(text: str, country: str, role: str) -> None:
    by_name = {row["name"]: row for row in _rows("organizations.csv")}
    (name,) = _organization_phrases()[_key(text)]
    assert (by_name[name]["country"], by_name[name]["role"]) == (country, role)


@cache
def _titles() -> dict[str, dict[str, str]]:
    return {row["title"]: row for row in _rows("titles.csv")}


def test_titles_fields() -> None:
    rows = _rows("titles.csv")
    assert len(rows) >= 100
    assert len(_titles()) == len(rows), "duplicate titles"
    for row in rows:
        assert row["title"] and row["title"] == _key(row["title"]), row
        assert not row["role"] or row["role"] in ROLES, row
        assert row["kind"] in {"person", "group"}, row
    titles = _titles()
    for title, role, kind in [
        ("president", "GOV", "person"),
        ("senator", "LEG", "person"),
        ("sen.", "LEG", "person"),
        ("general", "MIL", "person"),
        ("troops", "MIL", "group"),
        ("rebels", "REB", "group"),
        ("officials", "GOV", "group"),
        ("judge", "JUD", "person"),
        ("police", "COP", "group"),
        ("journalist", "MED", "person"),
        ("refugees", "REF", "group"),
        ("ceo", "BUS", "person"),
        ("chairman", "", "person"),
        ("opposition leader", "OPP", "person"),
    ]:
        assert (titles[title]["role"], titles[title]["kind"]) == (role, kind), title


def test_honorifics_fields() -> None:
    rows = _rows("honorifics.csv")
    texts = [_key(row["text"]) for row in rows]
    assert len(texts) == len(set(texts)), "duplicate honorifics"
    titles = _titles()
    # Ranks whose bare noun is too ambiguous to list as a title ("a major attack").
    not_titles = {"major", "private", "captain"}
    for row in rows:
        assert not row["implies_role"] or row["implies_role"] in ROLES, row
        title = row["implies_title"]
        assert title == _key(title), row
        if title and title not in not_titles:
            assert title in titles, row
            assert titles[title]["role"] == row["implies_role"], row
    # Honorifics are matched lower-cased, so none may be an everyday word ("general election").
    everyday = {"general", "major", "captain", "private", "justice", "miss", "officer"}
    assert not everyday & set(texts), sorted(everyday & set(texts))
    by_text = {row["text"]: row for row in rows}
    assert by_text["Sen."]["implies_role"] == "LEG"
    assert by_text["Gen."]["implies_role"] == "MIL"
    assert by_text["Mr"]["implies_role"] == ""


def test_common_surnames_are_1000_distinct_lower_case_names_with_their_source() -> None:
    from importlib import resources

    from cablegram.actors.surnames import common_surnames, is_common_surname

    text = (resources.files("cablegram") / "data" / "common_surnames.txt").read_text("utf-8")
    assert "Census" in text.splitlines()[0]
    names = common_surnames()
    assert len(names) == 1000
    assert all(n == n.lower() and n.isalpha() for n in names)
    assert is_common_surname("Smith's") and is_common_surname("KIM")
    assert not is_common_surname("Putin")


def test_state_abbreviations_name_us_states() -> None:
    """Every abbreviation stands for a US state (or the District of Columbia) ISO 3166-2
    knows, so that a home written "Town, Abbr." is in the USA."""
    import pycountry

    states = {s.name for s in pycountry.subdivisions.get(country_code="US")}
    for row in _rows("us_state_abbreviations.csv"):
        assert row["state"] in states, row
        assert row["abbreviation"].endswith("."), row
