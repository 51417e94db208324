"""CAMEO-style actor codes: a country's ISO alpha-3 code followed by a sector role.

* a state is its country: ``FRA``;
* a person, group or organisation of a country with a role: ``FRAGOV``, ``USAMIL``;
  with a country only: ``FRA``;
* an international body without a country: the dictionary's own code (``IGOUNO`` for the UN,
  ``IGOWSTNAT`` for NATO, ``IGOEUREEC`` for the EU; see ``data/organization_codes.csv``),
  else its role alone (``IGO``, ``NGO``).

The codes follow CAMEO's actor codebook as used by the Phoenix dictionaries; ``country`` stays
ISO so that country rows group by it, while ``code`` groups IGOs and alliances.
"""

from __future__ import annotations

import re

CODE_SHAPE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3}){0,4}$")


def code_for(kind: str, country: str | None, role: str | None) -> str | None:
    """The code of an actor from its kind, ISO country and CAMEO role; None when it has none."""
    if kind == "state":
        return country
    if country:
        return country + (role or "")
    if role in ("IGO", "NGO"):
        return role
    return None


def is_code(text: str) -> bool:
    """Whether a filter term has the shape of a CAMEO code (upper case, letters in threes)."""
    return bool(CODE_SHAPE.match(text))


def is_igo(code: str | None) -> bool:
    """Whether an actor code is an international body's (``IGOEUREEC``, ``IGOUNO``)."""
    return bool(code) and str(code).startswith("IGO")
