"""Place names the text gives in ways :func:`cablegram.actors.things.placed_names` does not
read: lists after a plural place noun, names with a lower-case Arabic article, and names
before a noun of a military base or an administrative area.

* ``listed``: "the provinces of Quneitra and Sweida", "the regions of Donetsk and Luhansk",
  "the towns of Hayan, Andan and Tamura": every name of the list is a place;
* ``article``: "the city of al-Raqqa", "the town of ad-Dana": the lower-case article
  ("al-", "el-", "ad-", "ash-" ...) starts the name, and the name is a place like any other;
* ``before``: "the al-Tabaqa airbase", "Latakia governorate": the name of a base or an area.

Each rule returns the names casefolded without a possessive, as ``placed_names`` does; the
caller still keeps a name that the dictionary knows as an actor. Used by ``placed_names``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cablegram.actors.places import PLACE_NOUNS

# Lower-case Arabic articles that start a place's name: "al-Raqqa", "ad-Dana", "el-Arish".
_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez)[-‐])?"
# One word of a name: a capital, or a lower-case article and a capital.
_WORD = _ARTICLE + r"[A-Z][\w'’-]+"
_NAME = _WORD + r"(?:\s+" + _WORD + r"){0,2}"
# Not "areas": "the areas of Jaish al-Islam and Faylaq al-Rahman" are areas HELD by groups.
_PLURALS = sorted({"provinces", "towns", "villages", "cities", "regions", "districts",
                   "governorates", "islands", "ports", "suburbs"})  # fmt: skip
_LISTED = re.compile(
    r"\b(?:" + "|".join(_PLURALS) + r")\s+of\s+"
    r"(?P<names>" + _NAME + r"(?:\s*,\s*" + _NAME + r")*\s*,?\s+and\s+" + _NAME + r")"
)
_SINGULAR = sorted(PLACE_NOUNS | {"suburb", "enclave", "governorate"})
_ARTICLE_NAMED = re.compile(
    r"\b(?:" + "|".join(_SINGULAR) + r")\s+of\s+(?:the\s+)?"
    r"(?P<name>(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez)[-‐][A-Z][\w'’-]+"
    r"(?:\s+" + _WORD + r"){0,2})"
)
# One word only: "the Syrian Army airbase" must not make "Syrian Army" a place.
_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<name>" + _WORD + r")\s+(?:airbase|air\s+base|governorate|province)\b"
)


def _bare(name: str) -> str:
    return re.sub(r"['’]s?$", "", name.strip()).casefold()


def listed(text: str) -> set[str]:
    """Every name of a list after a plural place noun ("the provinces of X and Y")."""
    found = set()
    for match in _LISTED.finditer(text):
        for name in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group("names")):
            if name:
                found.add(_bare(name))
    return found


def article(text: str) -> set[str]:
    """Names with a lower-case Arabic article after a place noun ("the city of al-Raqqa")."""
    return {_bare(m.group("name")) for m in _ARTICLE_NAMED.finditer(text)}


def before(text: str) -> set[str]:
    """Names before a base's or an area's noun ("the al-Tabaqa airbase"), when the name is
    one word that no capitalised word precedes ("the Syrian Army airbase" names no place
    "Army")."""
    found = set()
    for match in _BEFORE.finditer(text):
        words_before = text[: match.start()].split()
        if words_before and words_before[-1][:1].isupper():
            continue
        found.add(_bare(match.group("name")))
    return found


# The registry ``placed_names`` reads, by rule name.
PLACE_RULES: dict[str, Callable[[str], set[str]]] = {
    "listed": listed,
    "article": article,
    "before": before,
}


def more_placed_names(text: str) -> set[str]:
    """The union of every rule of :data:`PLACE_RULES` on ``text``."""
    found: set[str] = set()
    for rule in PLACE_RULES.values():
        found |= rule(text)
    return found
