"""Large cities of the United States as places of a story: "Dallas", "Charlotte", "Salt Lake
City" -> USA, read from ``data/us_cities.csv`` (``city,state``).

The list holds cities of the United States of about 200,000 inhabitants or more in the US
Census Bureau's 2020 count, leaving out those that share their name with a well-known place
abroad or in Britain ("Birmingham", "Durham", "Richmond", "Rochester", "Toledo", "Norfolk",
"Worcester", "Lincoln", "St. Petersburg", "Aurora") and "Washington" and "San Jose", which the
country aliases read as capitals. A city is read only where the recogniser tagged it as a
place (GPE) or where it opens a dateline ("CHARLOTTE -"), never from a word alone ("Charlotte"
the given name, "Phoenix" the bird).

Shapes: :func:`us_city` takes a place name as written and returns "USA" or None.
"""

from __future__ import annotations

from functools import cache

from cablegram.datafiles import package_csv
from cablegram.gazetteer.dictionary import key

DATA_FILE = "us_cities.csv"


@cache
def _cities() -> frozenset[str]:
    return frozenset(key(row["city"]) for row in package_csv(DATA_FILE))


def us_city(name: str) -> str | None:
    """ "USA" when ``name`` (any case, a leading "the" or a trailing possessive stripped) is
    one of the listed cities, else None."""
    words = key(name).removesuffix("'s").removesuffix("’s").split()
    if words and words[0] == "the":
        words = words[1:]
    return "USA" if " ".join(words) in _cities() else None
