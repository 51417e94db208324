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
from collections.abc import Callable, Iterable
from functools import cache
from typing import Final

# Roles a preposition gives: an explicit place or target ("to Iraq", "on Russia"). Names
# that only modify a noun ("French troops", "UN sanctions") are "about" roles.
EXPLICIT_ROLES: Final = frozenset({"place", "target", "partner", "beneficiary"})


def argument_key(text: str, country_of: Callable[[str], str | None]) -> str:
    """How an argument is compared: a country's ISO code (also for its people named in one
    word, "Palestinians"), else the actor dictionary's name for an organisation ("U.N." and
    "United Nations" are one), else its case-folded words without stops."""
    from cablegram.gazetteer.dictionary import load_dictionary

    cleaned = re.sub(r"^(?:the)\s+", "", text.strip(), flags=re.IGNORECASE)
    code = country_of(cleaned)
    if code and named_after_place(cleaned, country_of):
        # "the Ottawa Convention", "the Paris Agreement": a thing named after a place
        return f"{_NAMED}{_plain(cleaned)}|{code}"
    if code:
        return f"country:{code}"
    entry = load_dictionary().entry(cleaned)
    if entry is not None and entry.kind == "organization":
        return f"entry:{entry.name}"
    if entry is not None and entry.kind == "group" and entry.country and " " not in cleaned:
        # a people ("Palestinians", "Ukrainians"): compared as its country
        return f"country:{entry.country}"
    return _plain(cleaned)


# Words a place name may be written by alone, standing for the whole name the document
# gives: its compass qualifier ("the South" for South Korea, "the North") or its generic
# head noun ("the Republic" for the Czech Republic, "the Kingdom", "the Strip"). A proper
# name written alone ("Korea", "Africa") names a place of its own and is no such form.
_SHORT_FORM_WORDS: Final = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "republic", "kingdom", "federation", "emirates", "islands", "strip",
    }
)  # fmt: skip


def shortened_place(
    key: str,
    texts: Iterable[str],
    document_mentions: Callable[[Iterable[str]], bool] | None = None,
) -> bool:
    """Whether an argument key (:func:`argument_key`) of a name that is no country and no
    known organisation is a place name of ``texts`` written by its generic words alone
    (:data:`_SHORT_FORM_WORDS`): "the South" for "South Korea", "the North" for "North
    Korea", "the Republic" for "the Czech Republic". Such a shortened name neither confirms
    nor contradicts the place (the document must name it); a different name ("Lebanon",
    "the Gulf") or a proper name written alone ("Africa" for South Africa, "Korea" for
    South Korea) still contradicts. With ``document_mentions``, a head noun alone is no
    short form where the claim's document names another thing by it ("the Central African
    Republic" beside "the Czech Republic")."""
    if key.startswith(("country:", "entry:", _NAMED)):
        return False
    words = set(key.split())
    if not words or not words <= _SHORT_FORM_WORDS:
        return False
    for text in texts:
        full = _plain(text).split()
        if not words < set(full):
            continue
        if document_mentions is not None and full[-1] in words:
            from cablegram.query.propositions_names import OTHER_NAMED

            if document_mentions([OTHER_NAMED + re.sub(r"^(?i:the)\s+", "", text.strip())]):
                continue
        return True
    return False


def _plain(text: str) -> str:
    return " ".join(text.replace(".", "").casefold().split())


# Key prefix of a name given after a place ("Ottawa Convention"): "named:<words>|<ISO3>".
_NAMED: Final = "named:"


def named_after_place(name: str, country_of: Callable[[str], str | None]) -> bool:
    """Whether a name of two words or more that the dictionary does not know as a whole
    names a thing after a place in it ("Ottawa Convention", "Paris Agreement", "Black Sea
    Initiative") rather than the place: its last word is capitalised and names no place
    itself. "Russian Federation" and "Gaza Strip" are known whole or end in a place word."""
    from cablegram.gazetteer.dictionary import load_dictionary

    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper() or country_of(words[-1]):
        return False
    entry = load_dictionary().entry(name)
    return entry is None or entry.kind != "state"


def _split_named(key: str) -> tuple[str, str]:
    words, _, code = key.removeprefix(_NAMED).rpartition("|")
    return words, code


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
    if a.startswith(_NAMED) or b.startswith(_NAMED):
        return _same_named(a, b)
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


# Nouns naming a written agreement between states, one kind for a named instrument: "the
# Ottawa Treaty" is "the Ottawa Convention", "the Paris Accord" "the Paris Agreement"
# (WordNet 3.1: treaty, pact, accord, "a written agreement between two states or
# sovereigns"; convention, "an international agreement").
_INSTRUMENTS: Final = frozenset({"treaty", "convention", "accord", "agreement", "pact"})


def _instrument_words(words: str) -> set[str]:
    return {"<instrument>" if w in _INSTRUMENTS else w for w in words.split()}


def _same_named(a: str, b: str) -> bool:
    """A name given after a place ("Ottawa Convention") meets the place it is named after
    (the parser leaves "Paris" of "the Paris climate agreement" as the place), another such
    name whose words are among its own or hold them ("the Paris Agreement", "the Paris
    climate accord"; treaty, convention, accord, agreement and pact are one noun), and a
    name that holds all its words. A bare noun ("the Convention") does not meet it here
    (see ``propositions_names.bare_head``); a known organisation never."""
    named, other = (a, b) if a.startswith(_NAMED) else (b, a)
    words, code = _split_named(named)
    if other.startswith("country:"):
        return other == f"country:{code}"
    if other.startswith("entry:"):
        return False
    wa = _instrument_words(words)
    if other.startswith(_NAMED):
        wb = _instrument_words(_split_named(other)[0])
        return bool(wa and wb) and (wa <= wb or wb <= wa)
    wb = _instrument_words(other)
    return bool(wa) and wa <= wb


def bare_head(named: str, other: str) -> bool:
    """Whether ``other`` (an argument key) is the bare last noun of the name given after a
    place ``named`` ("convention" for "named:ottawa convention|CAN")."""
    if not named.startswith(_NAMED) or other.startswith(("country:", "entry:", _NAMED)):
        return False
    words = _split_named(named)[0].split()
    return len(words) > 1 and other == words[-1]


@cache
def _organisation_names(name: str) -> tuple[frozenset[str], ...]:
    """The words of every phrase the actor dictionary knows an organisation by ("world
    health organization", "who" for the WHO)."""
    from cablegram.gazetteer.dictionary import load_dictionary

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
    from cablegram.gazetteer.dictionary import load_dictionary

    pieces = [p for p in _PARTS.split(text.strip()) if p]
    if len(pieces) < 2:
        pieces = text.split()  # "EU Mercosur": the parser joined them
    if len(pieces) < 2:
        return (text,)
    dictionary = load_dictionary()
    known = all(country_of(p) or dictionary.entry(p) is not None for p in pieces)
    return tuple(pieces) if known else (text,)


_PRONOUNS: Final = frozenset({"it", "him", "her", "them", "this", "that"})
# Referring nouns that, after a name, name a place of their own, not a party described ("the
# Donetsk region", "Sichuan province", "the Nordic region").
_PLACE_HEADS: Final = frozenset({"region", "province"})
# A word describing a party by where it lies is an adjective ("Nordic", "Scandinavian",
# "Arctic", "Korean", "Kashmiri"), after compass words ("Central Asian"); a name of a place
# ("Donetsk", "Faroe", "Wuhan", "Kurdistan", "Idlib") names another place.
_DESCRIBING: Final = re.compile(r"\w+(?:[ie]an|can|ic|ish|ese|i)", re.IGNORECASE)
_COMPASS: Final = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)


def _describing(text: str) -> bool:
    """Whether ``text`` is an adjective of place, after compass words ("Central Asian")."""
    *first, last = text.split()
    return _DESCRIBING.fullmatch(last) is not None and all(
        w.casefold() in _COMPASS or _DESCRIBING.fullmatch(w) for w in first
    )


def described_party(text: str, key: str, sentence: str | None) -> bool:
    """Rule ``described-party``: whether an explicit argument only describes a party the
    text named before ("buy the island from **the Nordic country**", where the claim keeps
    "Nordic"): its sentence writes it after "the" and before a noun standing for a party
    (the synonym data's ``referring_nouns``: country, nation, government, company ...;
    never "region" or "province", which name a place), and each of its words is an
    adjective of place ("Nordic", "Scandinavian"), not a name ("the Donetsk
    administration", "the Faroe government" name another place). It names no other place,
    so it neither confirms nor contradicts the proposition's; a country or known
    organisation ("from the Danish government": Denmark) is a name and still counts
    (``key``: :func:`argument_key`)."""
    from cablegram.query.meaning import synonyms

    if sentence is None or key.startswith(("country:", "entry:")) or not text.strip():
        return False
    if not _describing(text):
        return False
    nouns = sorted(synonyms().referring - _PRONOUNS - _PLACE_HEADS, key=len, reverse=True)
    if not nouns:
        return False
    pattern = (
        r"(?<!\w)the\s+"
        + re.escape(" ".join(text.split()))
        + r"\s+(?:"
        + "|".join(re.escape(n) for n in nouns)
        + r")s?(?!\w)"
    )
    return re.search(pattern, " ".join(sentence.split()), re.IGNORECASE) is not None


def part_named(part: str, have: set[str], country_of: Callable[[str], str | None]) -> bool:
    """Whether one part of a name of several parties ("Romania" of "Romania and Bulgaria") is
    among the argument keys a claim names (``have``, from :func:`argument_key`)."""
    key = argument_key(part, country_of)
    return any(same_argument(key, h) for h in have)
