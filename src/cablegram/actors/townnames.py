"""Rule ``actors.townnamesakes``: a capital's name that here names a town elsewhere, mostly
in the United States ("Athens, Ga.", "Paris, Texas", "Mayor Lisa Grant of Athens"). Such a
word names the town, not the capital, so it gives no country and no state record.

A capital is read so in a document when one of its mentions is

* followed by a comma and a US state, by name or as the AP abbreviates it ("Athens,
  Georgia", "Paris, Texas", "Rome, Ga."): the town is in that state; or
* the seat of a mayor ("the mayor of Athens", "Athens Mayor X", "Mayor X of Athens") in a text
  that names the capital's country nowhere else: a mayor is a town's official, and a town's
  name alone does not say it is the foreign capital. "Paris Mayor X" in a story that says
  "France" or "French", or names one of that state's own bodies ("the Kremlin", "the State
  Duma", "the Elysee": :func:`state_body_named`), keeps the capital.

One such mention decides for every mention of the word in the document (as the subnational
cues of :mod:`cablegram.actors.context` do). Shapes: :func:`town_namesakes` takes the
resolver and returns the lower-cased capital words read as towns.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from cablegram.actors.base import ResolverState, key, strip_determiner, strip_possessive
from cablegram.actors.capitalnames import country_named_elsewhere
from cablegram.actors.placed import us_state_abbreviations
from cablegram.gazetteer.subdivisions import state_names, subdivision_countries

_MAYOR = frozenset({"mayor", "mayors"})
# Words that join places into a list: a comma between two places there is no town's.
_LIST_JOINERS = frozenset({",", "and", "or", "&"})
# Roles of a state's own bodies in the dictionary ("Kremlin": RUS GOV, "State Duma": RUS LEG).
_STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL"})


def us_state_at(doc: Doc, i: int) -> bool:
    """Whether the words from token ``i`` name a US state: "Texas", "New Mexico", "Georgia"
    (the state sharing a country's name), or an AP abbreviation ("Ga.", "N.Y.")."""
    for size in (3, 2, 1):
        if i + size > len(doc):
            continue
        words = doc[i : i + size]
        if not all(t.text[:1].isupper() for t in words):
            continue
        text = words.text
        if text in us_state_abbreviations() or f"{text}." in us_state_abbreviations():
            return True
        if state_names().get(key(text)) == "USA" or subdivision_countries().get(key(text)) == "USA":
            return True
    return False


def town_and_state(doc: Doc, town: int) -> bool:
    """Whether the word at ``town`` is followed by a comma and a US state, outside a list of
    places: "Athens, Georgia, said", not "Moscow, Georgia and Ukraine" nor "in Kyiv, Moscow,
    Georgia" (the word before the town and the word after the state join no list)."""
    if town + 2 >= len(doc) or doc[town + 1].text != "," or not us_state_at(doc, town + 2):
        return False
    if town > 0 and doc[town - 1].lower_ in _LIST_JOINERS:
        return False
    state_end = town + 2
    while state_end + 1 < len(doc) and doc[state_end + 1].text[:1].isupper():
        state_end += 1  # "New Mexico"
    after = doc[state_end + 1].lower_ if state_end + 1 < len(doc) else ""
    after_next = doc[state_end + 2].lower_ if state_end + 2 < len(doc) else ""
    return after not in _LIST_JOINERS or (after == "," and after_next not in _LIST_JOINERS)


def _mayor_seat(token: Token) -> bool:
    """Whether the capital word is a mayor's town: "mayor of W", "W Mayor", "Mayor X of W"."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _MAYOR:
        return True
    if token.i < 2 or doc[token.i - 1].lower_ != "of":
        return False
    before = doc[token.i - 2]
    if before.lower_ in _MAYOR:
        return True
    if before.ent_type_ != "PERSON":
        return False
    start = before.i
    while start > 0 and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    return start > 0 and doc[start - 1].lower_ in _MAYOR


def state_body_named(resolver: ResolverState, doc: Doc, country: str) -> bool:
    """Whether the document names a body of ``country``'s state that the dictionary knows
    ("the Kremlin", "the State Duma", "Downing Street"): then a mayor of its capital is the
    capital's mayor. Shape: names of entities, else capitalised words outside them."""
    names = [ent.text for ent in doc.ents if ent.label_ != "PERSON"]
    names += [t.text for t in doc if not t.ent_type_ and t.text[:1].isupper()]
    for name in names:
        entry = resolver.dictionary.entry(strip_possessive(strip_determiner(name)))
        if (
            entry is not None
            and entry.kind == "organization"
            and entry.country == country
            and entry.role in _STATE_ROLES
        ):
            return True
    return False


def town_namesakes(resolver: ResolverState) -> frozenset[str]:
    """The capital words this document uses as towns' names (see the module doc)."""
    doc = resolver.doc
    found: set[str] = set()
    for token in doc:
        if not token.text[:1].isupper() or token.lower_ in found:
            continue
        entry = resolver.dictionary.entry(token.text)
        if entry is None or entry.via != "capital" or not entry.country:
            continue
        if town_and_state(doc, token.i):
            state = resolver.dictionary.entry(doc[token.i + 2].text)
            if state is None or state.country != entry.country:  # not "Tbilisi, Georgia"
                found.add(token.lower_)
        elif (
            _mayor_seat(token)
            and not country_named_elsewhere(
                resolver, doc, entry.country, frozenset(), skip_word=token.lower_
            )
            and not state_body_named(resolver, doc, entry.country)
        ):
            found.add(token.lower_)
    return frozenset(found)
