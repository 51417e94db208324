"""Dated lives of known people: when a person died, and whether the dated offices the
dictionary lists for them are all the offices their role comes from.

Data: ``data/people_dates.csv`` (``name,died,offices_complete,source``), one row per person
of ``people.csv`` (``name`` exactly as there); ``died`` an ISO date or empty; ``offices_complete``
``yes`` or empty; ``source`` the page that gives the death date or the career. See
``data/README.md``.

* A person who died before a document's date holds no office and no role on it: "Saddam
  Hussein" (died 2006-12-30) in a 2016 story keeps Iraq as his country but is not IRQGOV.
* ``offices.csv`` lists only top offices, so a date before a person's first listed office
  normally says nothing (an unlisted office may hold). A row marked ``offices_complete``
  declares that the listed offices are every office the person's ``people.csv`` role comes
  from: "Donald Trump" in a 2016 campaign story held no government office, and is not USAGOV
  (no data can otherwise tell an office not yet held from one the gazetteer omits).

Shapes: :func:`died_by` and :func:`offices_complete` take a dictionary ``Entry`` (and an ISO
date "YYYY-MM-DD" or a longer or shorter prefix) and return a bool.
"""

from __future__ import annotations

from functools import cache

from cablegram.datafiles import package_csv
from cablegram.gazetteer.dictionary import Entry, key

DATA_FILE = "people_dates.csv"


@cache
def _lives() -> dict[str, tuple[str | None, bool]]:
    """Person identity ("person:<key of name>") -> (ISO death date or None, offices complete)."""
    lives: dict[str, tuple[str | None, bool]] = {}
    for row in package_csv(DATA_FILE):
        died = row["died"].strip() or None
        complete = row["offices_complete"].strip().lower() == "yes"
        lives[f"person:{key(row['name'])}"] = (died, complete)
    return lives


def died_by(entry: Entry, date: str | None) -> bool:
    """Whether the person ``entry`` had died before ``date`` (False when either is unknown)."""
    if date is None or entry.kind != "person":
        return False
    died = _lives().get(entry.identity, (None, False))[0]
    return died is not None and died < date[:10]


def offices_complete(entry: Entry) -> bool:
    """Whether ``offices.csv`` lists every office ``entry``'s dictionary role comes from."""
    return entry.kind == "person" and _lives().get(entry.identity, (None, False))[1]
