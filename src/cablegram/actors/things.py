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
  "Obama's State of the Union");
* ``place_by_position``: a name the text uses as a place: after a preposition of place
  ("fighting near Karmuz", "a bomb went off in Halabiya", "troops moved into Qasrin"), held by
  a side ("rebel-held Karmuz", "the government-controlled city"), or named by a place noun
  ("the town of Karmuz", "Karmuz province"); a person after "in" only when unknown (a
  dictionary or text name stays an actor: "in Congress", "a stake in Konex" is a body only
  when the text or dictionary knows it, so bodies need a verb of place: "fought in Karmuz");
* ``code_or_address``: a market ticker ("KNX.O"), a web address or a domain
  ("www.konex.gov.cn", "konex.com"), or a hyphenated modifier of a body's act ("U.N.-set",
  "EU-brokered"): words, not actors.

Each rule is one entry of :data:`THING_RULES`: a function of the entity and of whether a
word is the surname of a person named in the text, true when the entity names a thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Span, Token

from cablegram.actors.hyphenedunits import hyphened_unit_name
from cablegram.actors.placelists import more_placed_names
from cablegram.actors.places import PLACE_NOUNS
from cablegram.gazetteer.dictionary import Entry

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
    hyphened = before.i > 0 and doc[before.i - 1].text in ("-", "–")  # "hard-liner X"
    return before.lower_ in _VESSEL_NOUNS and not hyphened


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


# Prepositions that put a name in place: after them a name is where something is.
_PLACE_PREPOSITIONS = frozenset(
    {"near", "around", "outside", "inside", "into", "toward", "towards", "across"}
    | {"throughout", "in", "nearby", "outskirts"}
)
# A side holding a place: "rebel-held", "government-controlled", "Kurdish-besieged".
_HELD = frozenset({"held", "controlled", "besieged", "occupied", "encircled", "run"})
_PLACE_NOUNS = PLACE_NOUNS | frozenset(
    {"area", "neighbourhood", "neighborhood", "suburb", "countryside", "governorate", "border"}
    | {"outskirts", "mosque", "square", "airport", "base", "camp", "valley", "mountains"}
)
# Particles of Arabic, Dutch or German names, which tell nothing of whose name it is.
_NAME_PARTICLES = frozenset({"the", "al", "el", "ad", "as", "an", "ar", "at", "de", "van", "von"})
_TICKER = re.compile(r"^[A-Z]{1,5}\.[A-Z]{1,2}$")
_WEB = re.compile(
    r"(?:^(?:https?://|www\.)|@\w|\.(?:com|org|net|gov|edu|int|cn|ru|uk|de|fr|ir|tr)(?:\.\w\w)?/?$)",
    re.IGNORECASE,
)
_ACT_MODIFIER = re.compile(
    r"-(?:set|led|backed|brokered|imposed|sponsored|funded|mandated|sanctioned|drafted|run)$"
)


def _place_head(entity: Span) -> Token:
    """The head of a name inside a coordination: "near Hama and Raqqa" -> "Hama"."""
    root = entity.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root


def _place_by_position(entity: Span, known: Callable[[str], bool]) -> bool:
    if entity.label_ not in ("PERSON", "ORG", "FAC", "NORP"):
        return False
    words = [t for t in entity if t.is_alpha and t.lower_ not in _NAME_PARTICLES]
    if not words or len(words) > 3 or any(known(t.text) for t in words):
        return False
    doc = entity.doc
    before = doc[max(0, entity.start - 3) : entity.start]
    if any(t.lower_ in _HELD and t.i > 0 and doc[t.i - 1].text == "-" for t in before) or any(
        t.text.endswith(tuple(f"-{w}" for w in _HELD)) for t in before
    ):
        return True  # "rebel-held Karmuz"
    after = doc[entity.end] if entity.end < len(doc) else None
    if after is not None and after.lower_ in _PLACE_NOUNS and entity.root.head.i == after.i:
        return entity.label_ != "PERSON" or after.lower_ not in ("base", "camp", "border")
    root = _place_head(entity)
    head = root.head
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("of", "between", "near", "around")
        and head.head.lower_ in _PLACE_NOUNS
    ):
        return True  # "the town of Karmuz", "the border between Hama and Karmuz"
    if root.dep_ != "pobj" or head.lower_ not in _PLACE_PREPOSITIONS:
        return False
    return _placed_by_preposition(entity, head)


def _placed_by_preposition(entity: Span, prep: Token) -> bool:
    """A name after a place preposition, with no place noun: a place only when nothing says
    it is a person or a body. A person's name is one only in a list with a tagged place
    ("around Tell Maraq and Deir Hafer"), never "rallied around Kwame Mensah", "near Rep.
    Gabrielle Giffords"; a body's never after "in" ("invested in Vantor Systems", "voted in
    the National Assembly") nor with an article ("into the Interior Ministry")."""
    if entity.label_ == "PERSON":
        root = entity.root
        places = ("GPE", "LOC", "FAC")
        return (root.dep_ == "conj" and root.head.ent_type_ in places) or any(
            c.dep_ == "conj" and c.ent_type_ in places for c in root.children
        )
    if entity.label_ == "ORG":
        return prep.lower_ != "in" and entity[0].lower_ != "the" and len(entity) <= 2
    if prep.lower_ != "in":
        return True
    return prep.head.pos_ in ("VERB", "AUX")  # "fought in Karmuz", not "a stake in Konex"


def _code_or_address(entity: Span, _known: Callable[[str], bool]) -> bool:
    text = entity.text.strip()
    return bool(_TICKER.match(text) or _WEB.search(text) or _ACT_MODIFIER.search(text))


THING_RULES: dict[str, Rule] = {
    "vessel": _vessel,
    "word_as_modifier": _word_as_modifier,
    "address": _address,
    "place_by_position": _place_by_position,
    "code_or_address": _code_or_address,
}


def names_a_thing(entity: Span, known: Callable[[str], bool]) -> str | None:
    """The name of the first rule of :data:`THING_RULES` that finds ``entity`` a thing, or
    None. ``known(word)``: whether a word (as written) is the surname or name of a person or
    body the text or the dictionary knows (such a word is an actor, whatever it modifies)."""
    return next((name for name, rule in THING_RULES.items() if rule(entity, known)), None)


# Participles after a hyphen that make the name before it a place, not an actor: "a
# Washington-based group", "a London-listed miner" (where its shares trade).
_WHERE_PARTICIPLES = frozenset({"based", "listed"})


def in_hyphen_modifier(token: Token) -> bool:
    """A noun that opens a hyphenated modifier ("rebel" of "rebel-held Karmuz", "government"
    of "government-backed militias", "state" of "state-run media"): a common noun there names
    the modifier's agent, not an actor of its own mention; a name ("US-led") stays one."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text not in ("-", "–"):
        return False
    if doc[token.i + 2].lower_ in ("like", "style", "type"):
        return True  # "a Dayton-like compromise": a likeness, no mention of Dayton
    if doc[token.i + 2].lower_ in _WHERE_PARTICIPLES and not token.whitespace_:
        return True  # "the UK-based Observatory", "a London-listed miner": where, not who
    if token.pos_ != "NOUN":
        return False  # a name stays its actor's mention: "US-led", "NATO-led"
    if token.whitespace_ or doc[token.i + 1].whitespace_:
        return False
    after = doc[token.i + 2]
    return after.tag_ in ("VBN", "VBD", "VBG", "JJ") and after.lower_ not in ("elect",)


# Determiners of one member: "an Argentine", "another American", "one Briton".
_ONE = frozenset({"a", "an", "another", "one", "each", "every"})


def not_the_state(token: Token, via: str, entry: Callable[[str], Entry | None]) -> bool:
    """A state's name or demonym that names no state: a national counted one by one ("an
    Argentine", "another American": a person of that country, not the country), or a word
    glued by a hyphen to another name, of which it is a part ("CNN-Turk", a broadcaster, or
    a county's name, "Athens-Clarke County").
    ``via`` is how the dictionary matched the word ("demonym", "alias", ...); ``entry`` looks a
    word up in the dictionary, so that a pair of states ("the Egypt-Sudan pact") stays two."""
    doc = token.doc
    if via == "demonym" and any(c.dep_ == "det" and c.lower_ in _ONE for c in token.children):
        return True
    if hyphened_unit_name(token, entry):
        return True  # "Athens-Clarke County": the county, not Greece
    i = token.i
    return (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].text[:1].isupper()
        and doc[i - 2].pos_ == "PROPN"
        and getattr(entry(doc[i - 2].text), "kind", None) != "state"
    )


def generic_plural(phrase: Span) -> bool:
    """A plural common noun phrase in lower case ("defense departments", "foreign
    ministries"): a kind of body, not the one body of a dictionary name."""
    return phrase.root.tag_ in ("NNS", "NNPS") and not any(
        t.text[:1].isupper() for t in phrase if t.is_alpha
    )


def ship_names(text: str) -> frozenset[str]:
    """Names the text gives to ships ("USS Carl Vinson", "the destroyer Ross"), casefolded:
    every later mention of such a name ("the Carl Vinson") is the ship, not a person."""
    found = set()
    nouns = "|".join(sorted(_VESSEL_NOUNS | {"carrier"}))
    prefixes = "|".join(sorted(_SHIP_PREFIXES))
    for match in re.finditer(
        # Not a word's tail after a hyphen: "hard-liner X" is no ship "liner X".
        rf"(?<![\w-])(?:(?:{prefixes})|(?:{nouns}))\s+((?:[A-Z][\w.'’-]*\s?){{1,3}})",
        text,
    ):
        words = match.group(1).split()
        while words and words[0] in _SHIP_PREFIXES:
            words = words[1:]
        if words:
            found.add(" ".join(words).casefold())
    return frozenset(found)


# "the city of Falluja", "his southern city of Davao", "the town of Azaz", "rebel-held Azaz":
# the text says the name is a place.
# The shared place nouns (:data:`cablegram.actors.places.PLACE_NOUNS`) and this rule's own.
_NAMED_PLACE_NOUNS = PLACE_NOUNS | {"suburb", "enclave", "governorate"}
_NAMED_PLACE = re.compile(
    r"\b(?:(?:" + "|".join(sorted(_NAMED_PLACE_NOUNS)) + r")\s+of"
    r"|(?:rebel|government|militant|insurgent|army|opposition)-(?:"
    + "|".join(sorted(_HELD))
    + r"))"
    r"\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})"
)


@lru_cache(maxsize=8)
def placed_names(text: str) -> frozenset[str]:
    """Names the text itself calls places ("the city of Falluja", "rebel-held Azaz"),
    casefolded without a possessive: every other mention of such a name ("Falluja's
    population", "Retaking Falluja") is the place too, unless a person or body of the text
    or the dictionary bears it (the caller checks)."""
    found = set()
    for match in _NAMED_PLACE.finditer(text):
        name = re.sub(r"['’]s?$", "", match.group(1))
        found.add(name.casefold())
    return frozenset(found | more_placed_names(text))
