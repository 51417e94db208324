"""Names of states, provinces and other subdivisions (pycountry's ISO 3166-2 data), read the
same way by every stage: ingest (whether a contributors' line names people or places) and
actors (whether "Georgia" is a US state, whether a place word is a state of a country).

Keys are lower-cased with runs of spaces made one (:func:`key`); values are ISO 3166-1 alpha-3
codes of the subdivision's country.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from cablegram.gazetteer.dictionary import key

__all__ = ["state_names", "subdivision_countries"]


@lru_cache(maxsize=1)
def subdivision_countries() -> dict[str, str]:
    """Lower-cased ISO 3166-2 subdivision names -> the alpha-3 code of their country."""
    found: dict[str, str] = {}
    for subdivision in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if country is None:
            continue
        found.setdefault(key(subdivision.name), country.alpha_3)
    return found


# Subdivision kinds whose names news writes as a place of people ("Ohio Gov.", "a New York
# businessman", "Punjab police"): states (USA, India, Australia, Brazil, Mexico, Nigeria ...),
# German Länder, and the provinces and territories of Canada and China.
_PLACE_TYPES = frozenset({"State", "Land"})
_PROVINCE_COUNTRIES = frozenset({"CA", "CN"})
# First-level kinds of other countries that would make a state's name ambiguous ("Punjab":
# an Indian state and a Pakistani province); a county or department of the same name
# ("Florida" in Uruguay) is too minor to stand in the way.
_RIVAL_TYPES = frozenset({"State", "Land", "Province", "Territory", "Region"})


@lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """Lower-cased names of states and provinces (see :data:`_PLACE_TYPES`) that no other
    first-level subdivision shares (:data:`_RIVAL_TYPES`) -> the alpha-3 code of their country
    ("ohio" -> USA).
    Names shared with a country ("Georgia") are left to :func:`subdivision_countries`."""
    seen: dict[str, int] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.type in _RIVAL_TYPES:
            name = key(subdivision.name)
            seen[name] = seen.get(name, 0) + 1
    found: dict[str, str] = {}
    for subdivision in pycountry.subdivisions:
        wanted = subdivision.type in _PLACE_TYPES or (
            subdivision.type in ("Province", "Territory")
            and subdivision.country_code in _PROVINCE_COUNTRIES
        )
        name = key(subdivision.name)
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if not wanted or country is None or seen.get(name, 0) > 1 or len(name) < 4:
            continue
        if pycountry.countries.get(name=subdivision.name) is not None:
            continue
        found[name] = country.alpha_3
    return found
