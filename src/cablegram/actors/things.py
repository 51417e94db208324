"""Names of things, not actors, that the recogniser tags as persons or organisations:

* ``vessel``: a ship named after a person, after a vessel noun or a navy's prefix ("the
  aircraft carrier Harry S. Truman", "USS Carl Vinson"); a body only after a navy's prefix,
  since a company follows its trade's noun ("the German carrier Lufthansa", "the tanker
  operator Frontline"), and a bare "carrier" is an airline or a telephone company;
* ``word_as_modifier``: one or two unknown capitalised words tagged as a person's name that
  modify a common noun: a faith,
  a language, a style or an industry ("Shinto shrines", "Art Deco buildings", "Bollywood
  films"), not a person the text names elsewhere ("Trump supporters" after "Donald Trump");
* ``address``: a speech named after the state it reports on ("the State of the Union",
  "Obama's State of the Union").

Each rule is one entry of :data:`THING_RULES`: a function of the entity and of whether a
word is the surname of a person named in the text, true when the entity names a thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

# Nouns of vessels before a ship's name ("carrier" as "aircraft carrier" or before a full
# name), and the
# prefixes of navies' ships.
_VESSEL_NOUNS = frozenset(
    {"ship", "warship", "destroyer", "frigate", "cruiser", "submarine", "vessel"}
    | {"tanker", "freighter", "ferry", "boat", "corvette", "yacht", "liner", "trawler"}
)
_SHIP_PREFIXES = frozenset({"USS", "HMS", "HMCS", "HMAS", "INS", "USNS", "RFS"})
_ADDRESS = re.compile(r"^(?:the )?State of the (?:Union|Nation)\b", re.IGNORECASE)

Rule = Callable[[Span, Callable[[str], bool]], bool]


def _vessel(entity: Span, _known: Callable[[str], bool]) -> bool:
    doc = entity.doc
    before = doc[entity.start - 1] if entity.start > 0 else None
    if entity[0].text in _SHIP_PREFIXES or (before is not None and before.text in _SHIP_PREFIXES):
        return True
    if entity.label_ != "PERSON" or before is None or before.pos_ != "NOUN":
        return False  # "the wireless carrier Verizon": a company after its trade's noun
    if before.lower_ == "carrier":
        # "the aircraft carrier Harry S. Truman", "the carrier Carl Vinson" (a person's full
        # name), not "the national carrier Aeroflot" (one word the recogniser took for a name).
        aircraft = before.i > 0 and doc[before.i - 1].lower_ == "aircraft"
        return aircraft or len(entity) >= 2
    return before.lower_ in _VESSEL_NOUNS


def _word_as_modifier(entity: Span, known: Callable[[str], bool]) -> bool:
    if entity.label_ != "PERSON":
        return False  # "EU governments", "Acme shares": a body as a modifier is an actor
    words = [t for t in entity if t.lower_ not in ("the", "'s", "’s")]
    if not words or len(words) > 2:
        return False
    last = words[-1]
    head = last.head
    if last.dep_ not in ("compound", "amod", "nmod") or head.i != entity.end:
        return False
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    return not any(known(t.text) for t in words)


def _address(entity: Span, _known: Callable[[str], bool]) -> bool:
    text = entity.text
    start = entity.start
    # The recogniser may leave "State of the" out and tag only "Union".
    if start >= 3 and entity.doc[start - 3 : start].text.lower() == "state of the":
        text = "State of the " + text
    return bool(_ADDRESS.match(text.removeprefix("his ").removeprefix("her ")))


THING_RULES: dict[str, Rule] = {
    "vessel": _vessel,
    "word_as_modifier": _word_as_modifier,
    "address": _address,
}


def names_a_thing(entity: Span, known: Callable[[str], bool]) -> str | None:
    """The name of the first rule of :data:`THING_RULES` that finds ``entity`` a thing, or
    None. ``known(word)``: whether a word (as written) is the surname or name of a person or
    body the text or the dictionary knows (such a word is an actor, whatever it modifies)."""
    return next((name for name, rule in THING_RULES.items() if rule(entity, known)), None)
