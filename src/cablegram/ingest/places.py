"""Place names the package ships, for the ingest rules that must tell a place from a label.

Read from the package's data (see ``data/README.md``): the names of ``pycountry``'s
countries, ``data/country_short_names.csv``, the aliases and capitals of
``data/country_aliases.csv`` (demonyms are people, not places) and the states of
``data/us_state_abbreviations.csv`` and ``pycountry``'s US subdivisions. All casefolded;
towns are not listed (no gazetteer of towns ships), so a caller must not require one.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from cablegram.datafiles import package_csv


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names and aliases, casefolded ("united arab emirates", "uae", "south korea")."""
    found = {row["name"] for row in package_csv("country_short_names.csv")}
    found |= {row["text"] for row in package_csv("country_aliases.csv") if row["kind"] == "alias"}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if isinstance(value, str):
                found.add(value.split(",")[0])
    return frozenset(name.strip().casefold() for name in found)


@lru_cache(maxsize=1)
def capitals() -> frozenset[str]:
    """Capital cities, casefolded ("washington", "beirut")."""
    return frozenset(
        row["text"].casefold()
        for row in package_csv("country_aliases.csv")
        if row["kind"] == "capital"
    )


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """US states and their wire abbreviations, casefolded ("texas", "md.")."""
    rows = package_csv("us_state_abbreviations.csv")
    found = {v for row in rows for v in (row["abbreviation"], row["state"])}
    # AP style leaves eight states unabbreviated ("Texas", "Ohio"): pycountry lists them all.
    found |= {sub.name for sub in pycountry.subdivisions if sub.country_code == "US"}
    return frozenset(v.casefold() for v in found)


def is_place(name: str) -> bool:
    """Whether ``name`` is a shipped country, capital or US state (any case)."""
    key = " ".join(name.split()).casefold()
    return key in countries() or key in capitals() or key in us_states()
