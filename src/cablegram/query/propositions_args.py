"""How a claim's named arguments are compared with a proposition's: places, targets and the
parties an act is about.

A country is compared by its ISO code whatever name the text gives it ("Tehran", "Iranian",
"Iran"); an organisation by the actor dictionary's name for it ("U.N.", "United Nations"),
or by a shortened name of two words or more ("the Health Organization"); anything else by
its words ("Gaza" and "Gaza Strip"). A name of several parties ("EU-Mercosur", "Romania
and Bulgaria") is split into its parties (:func:`parts_of`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Final

# Roles a preposition gives: an explicit place or target ("to Iraq", "on Russia"). Names
# that only modify a noun ("French troops", "UN sanctions") are "about" roles.
EXPLICIT_ROLES: Final = frozenset({"place", "target", "partner", "beneficiary"})


def argument_key(text: str, country_of: Callable[[str], str | None]) -> str:
    """How an argument is compared: a country's ISO code, else the actor dictionary's name
    for an organisation ("U.N." and "United Nations" are one), else its case-folded words
    without stops."""
    from cablegram.actors.dictionary import load_dictionary

    cleaned = re.sub(r"^(?:the)\s+", "", text.strip(), flags=re.IGNORECASE)
    code = country_of(cleaned)
    if code:
        return f"country:{code}"
    entry = load_dictionary().entry(cleaned)
    if entry is not None and entry.kind == "organization":
        return f"entry:{entry.name}"
    return " ".join(cleaned.replace(".", "").casefold().split())


# Fewest words a shortened name must keep to name a known organisation ("the Health
# Organization" for the World Health Organization; one word, "Organization", names none).
_SHORT_NAME_WORDS: Final = 2


def same_argument(a: str, b: str) -> bool:
    """Whether two argument keys (:func:`argument_key`) name the same place or target: the
    same key, or, for names that are neither a country nor a known organisation, one's
    words among the other's ("Gaza" and "Gaza Strip"); a name of two words or more that
    the dictionary does not know names an organisation whose name holds all its words
    ("the Health Organization" and the World Health Organization)."""
    if a == b:
        return True
    if a.startswith("country:") or b.startswith("country:"):
        return False
    if a.startswith("entry:") and b.startswith("entry:"):
        return False
    if a.startswith("entry:") or b.startswith("entry:"):
        entry, plain = (a, b) if a.startswith("entry:") else (b, a)
        words = frozenset(plain.split())
        if len(words) < _SHORT_NAME_WORDS:
            return False
        return any(words <= named for named in _organisation_names(entry.removeprefix("entry:")))
    wa, wb = set(a.split()), set(b.split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


@cache
def _organisation_names(name: str) -> tuple[frozenset[str], ...]:
    """The words of every phrase the actor dictionary knows an organisation by ("world
    health organization", "who" for the WHO)."""
    from cablegram.actors.dictionary import load_dictionary

    phrases = load_dictionary().phrases.items()
    return tuple(
        frozenset(phrase.split())
        for phrase, entry in phrases
        if entry.kind == "organization" and entry.name == name
    )


# How a name of several parties is written: "EU-Mercosur", "Romania and Bulgaria".
_PARTS: Final = re.compile(r"\s*(?:[-–/,]|\band\b)\s*")


def parts_of(text: str, country_of: Callable[[str], str | None]) -> tuple[str, ...]:
    """The parties a name joins ("EU-Mercosur" -> ("EU", "Mercosur"), "Romania and
    Bulgaria" -> ("Romania", "Bulgaria")), each a country or a known organisation, else
    ``(text,)``: a name that is one party, or parts the dictionary does not know."""
    from cablegram.actors.dictionary import load_dictionary

    pieces = [p for p in _PARTS.split(text.strip()) if p]
    if len(pieces) < 2:
        pieces = text.split()  # "EU Mercosur": the parser joined them
    if len(pieces) < 2:
        return (text,)
    dictionary = load_dictionary()
    known = all(country_of(p) or dictionary.entry(p) is not None for p in pieces)
    return tuple(pieces) if known else (text,)
