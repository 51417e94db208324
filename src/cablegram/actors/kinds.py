"""Which kind of thing a recognised name is, where the recogniser's label misleads: a person
tagged as an organisation, an organisation tagged as a person, a place or a dateline tagged as
either. One small rule each (precision first: when unsure, the recogniser's label stands):

* ``dateline``: an upper-case place opening a paragraph and set off by a dash, a bracket or a
  comma ("ISTANBUL (Reuters) -", "BERLIN —") names where the story was filed, no actor;
* ``place_name``: a name whose head is a geographic feature ("Line of Control", "Strait of
  Hormuz", "Red Sea"), and an abbreviation the text defines for one ("the Line of Control
  (LoC)", then "the LoC"), is a place, no actor;
* ``person_tagged_org``: a name tagged ORG that reads as a person's name: two or three
  capitalised words, no organisation word, and either a given name some known person has
  ("Dmitry Kiselyov") or a person's title just before it ("duma deputy Alexei Pushkov");
* ``org_tagged_person``: a name tagged PERSON right after an organisation noun ("state news
  agency Rossiya Segodnya"), or tagged ORG elsewhere in the text, is that organisation;
* ``body_tagged_person``: a name tagged PERSON that ends in a body's name the dictionary
  knows ("the Obama White House", "the Bush Justice Department"; tagged ORG, when the words
  before the body name a known person: "the Trump Justice Department") or in a word only a
  body's name ends in ("Clinton Foundation", "Trump University") is that body, named after
  the person;
* ``member_tagged_place``: a name tagged GPE that the dictionary, the gazetteers and the
  text know as no place, of two or three capitalised words, the subject of its clause, right
  before "from" or "of" and a body the recogniser tagged ORG ("Bassem Naim from Hamas said"),
  is a person's: a place is not "from" a party;
* ``person_as_modifier``: a surname tagged ORG as a modifier ("Trump" in "Trump campaign
  spokesman Jason Miller") is a mention of the person of the text with that surname.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from cablegram.actors.appostitles import joined_words, title_apposition
from cablegram.actors.base import ResolverState, entity_of, key, strip_possessive
from cablegram.actors.placeonly import used_only_as_place
from cablegram.actors.shortbodies import short_body_name
from cablegram.actors.things import placed_names
from cablegram.gazetteer.dictionary import Entry

# Lower-case particles inside a person's name: "Staffan de Mistura", "Ursula von der Leyen".
INNER_PARTICLES = frozenset(
    {"de", "del", "della", "der", "den", "da", "das", "do", "dos", "di", "du", "la", "le"}
    | {"van", "von", "bin", "ibn", "bint", "al", "el", "ben", "ter", "ten", "y", "e"}
)

# Head words of geographic features: a name with one as its last word, or as its first word
# before "of", names a place.
_PLACE_HEADS = frozenset(
    {
        "line", "strait", "straits", "river", "sea", "gulf", "valley", "heights", "border",
        "crossing", "corridor", "peninsula", "desert", "mountains", "pass", "canal", "bay",
        "island", "islands", "lake", "coast", "plateau", "basin", "delta", "highway",
    }
)  # fmt: skip
# Last words of a settlement's or district's name ("Gaza City", "Dade County").
_SETTLEMENT_WORDS = frozenset(
    {"city", "town", "village", "county", "province", "district", "region", "camp", "state"}
)
# Words that make a name an organisation's, not a person's.
ORG_WORDS = frozenset(
    {
        "party", "ministry", "office", "agency", "bank", "council", "committee", "union",
        "news", "tv", "channel", "group", "company", "corporation", "inc", "ltd", "association",
        "institute", "university", "times", "post", "press", "network", "foundation", "fund",
        "service", "forces", "army", "court", "commission", "department", "house", "centre",
        "center", "media", "radio", "league", "front", "movement", "board", "authority",
        "bureau", "club", "society", "daily", "journal", "herald", "tribune", "gazette",
        "hospital", "clinic", "hotel", "hotels",
    }
)  # fmt: skip
# Last words of bodies' names that are no one's surname (unlike "Post", "Court", "House").
_BODY_LAST_WORDS = frozenset(
    {"foundation", "organization", "organisation", "university", "institute", "hospital"}
)
# Nouns of organisations a name can stand in apposition to ("news agency Rossiya Segodnya").
_ORG_NOUNS = frozenset(
    {
        "agency", "broadcaster", "channel", "newspaper", "daily", "company", "firm", "bank",
        "party", "group", "network", "station", "outlet", "website", "magazine", "weekly",
    }
)  # fmt: skip
_DATELINE_MARKS = frozenset({"—", "–", "--", "-", "(", ","})
_DATELINE_DASHES = frozenset({"—", "–", "--", "-"})


def _dateline_word(token: Token) -> bool:
    """An upper-case word of a dateline ("ANKARA"), not an acronym of two letters."""
    return token.text.isupper() and token.text.isalpha() and len(token.text) > 2


def _dateline_slash(doc: Doc, i: int) -> bool:
    """A slash between two dateline words ("MOSCOW/KIEV")."""
    return (
        doc[i].text == "/"
        and 0 < i < len(doc) - 1
        and _dateline_word(doc[i - 1])
        and _dateline_word(doc[i + 1])
    )


def is_dateline(doc: Doc, token: Token) -> bool:
    """An upper-case word opening a paragraph, set off by a dash, bracket or comma; a story
    filed from two places joins them with a slash ("MOSCOW/KIEV (Reuters) -")."""
    if not _dateline_word(token):
        return False
    i = token.i
    while i > 0 and (_dateline_word(doc[i - 1]) or _dateline_slash(doc, i - 1)):
        i -= 1
    at_start = i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space
    end = token.i + 1
    while end < len(doc) and (_dateline_word(doc[end]) or _dateline_slash(doc, end)):
        end += 1
    return at_start and end < len(doc) and doc[end].text in _DATELINE_MARKS


def in_dateline(doc: Doc, token: Token) -> bool:
    """Whether the token is part of a dateline: its place words and what follows them up to
    and including the dash ("BEIJING (Reuters) –"), not the words after the dash."""
    for i in range(token.i, max(-1, token.i - 8), -1):
        if i < token.i and doc[i].text in _DATELINE_DASHES:
            return False
        if is_dateline(doc, doc[i]):
            return True
    return False


# "Line of Control (LoC)": a place's abbreviation defined in brackets. Not the acronym reader
# of :mod:`cablegram.actors.acronyms` (all-capital acronyms of bodies, spelling the whole
# name): place abbreviations are often mixed-case, and only their capitals are matched
# against the run's last words (see that module's doc).
_DEFINED = re.compile(
    r"([A-Z][\w'’-]*(?:\s+(?:of|the|and|[A-Z][\w'’-]*))*)\s*\(\s*([A-Z][A-Za-z]{1,6})\s*\)"
)


def is_place_name(name: str) -> bool:
    """Whether a name is a geographic feature's ("Line of Control", "Red Sea")."""
    words = key(name).split()
    if not words:
        return False
    return words[-1] in _PLACE_HEADS or (
        len(words) > 2 and words[0] in _PLACE_HEADS and words[1] == "of"
    )


def _initials_match(acronym: str, expansion: str) -> bool:
    capitals = [c.lower() for c in acronym if c.isupper()]
    words = [w for w in expansion.split() if w[:1].isupper()]
    return len(capitals) >= 2 and capitals == [w[0].lower() for w in words[-len(capitals) :]]


class NameKinds(ResolverState):
    """The kind rules of the module doc, for the mention finder."""

    _places: frozenset[str] | None = None

    def defined_places(self) -> frozenset[str]:
        """Abbreviations the text defines for places ("LoC" after "Line of Control (LoC)")."""
        if self._places is None:
            found = set()
            for match in _DEFINED.finditer(self.text):
                expansion, acronym = match.group(1), match.group(2)
                if _initials_match(acronym, expansion):
                    tail = expansion.split()[-(sum(c.isupper() for c in acronym) + 1) :]
                    if is_place_name(expansion) or is_place_name(" ".join(tail)):
                        found.add(acronym.lower())
            self._places = frozenset(found)
        return self._places

    def names_a_place(self, token: Token, entity: Span | None) -> bool:
        """A dateline, a geographic feature's name, or a place's defined abbreviation."""
        if self.is_dateline(token):
            return True
        if entity is None or entity.label_ not in ("ORG", "PERSON", "FAC", "LOC"):
            return token.pos_ == "PROPN" and (
                token.lower_ in self.defined_places()
                or (token.lower_ in placed_names(self.text) and self.entry(token.text) is None)
            )
        name = " ".join(t.text for t in entity if t.lower_ not in ("the", "(", ")"))
        if is_place_name(name) or key(name) in self.defined_places():
            return True
        if (
            entity.label_ in ("ORG", "PERSON")
            and [t.i for t in entity if t.lower_ != "the"] == [token.i]
            and token.pos_ == "PROPN"
            and self.entry(token.text) is None
            and used_only_as_place(self.doc, token)
        ):
            return True  # "in Kaesong", "Raqa province": a town tagged as a person or body
        # A name the text calls a place elsewhere ("the city of Falluja" ... "Falluja's
        # population"), unless the dictionary knows it as an actor.
        # A verb the recogniser took into the name goes first: "Retaking Falluja".
        words = [t for t in entity if t.lower_ not in ("the", "(", ")")]
        while len(words) > 1 and (
            words[0].tag_.startswith("VB") or words[0].lower_.endswith("ing")
        ):
            words = words[1:]
        bare = strip_possessive("".join(t.text_with_ws for t in words).strip())  # "al-Raqqa"
        placed = placed_names(self.text)
        return bare.casefold() in placed and self.entry(bare) is None

    def is_dateline(self, token: Token) -> bool:
        """An upper-case word opening a paragraph, set off by a dash, bracket or comma (see
        :func:`is_dateline`)."""
        return is_dateline(self.doc, token)

    def dateline_country(self) -> str | None:
        """The country of the place the story was filed from ("ANKARA (Reuters) -": Turkey),
        when the dictionary knows the place; None without a dateline."""
        for start in self.sentence_starts[:3]:
            token = self.doc[start]
            if not self.is_dateline(token):
                continue
            end = start
            while end < len(self.doc) and self.doc[end].text.isupper() and self.doc[end].is_alpha:
                end += 1
            entry = self.entry(self.doc[start:end].text.title())
            if entry is not None and entry.kind == "state":
                return entry.country
            return self.state_country(list(self.doc[start:end]))
        return None

    def person_tagged_org(self, entity: Span) -> Span | None:
        """The person's name a name tagged ORG reads as (see the module doc), with a given
        name the recogniser left out ("Dmitry" of "Dmitry Kiselyov"), or None."""
        first = entity.start
        while (
            first > 0
            and self.doc[first - 1].pos_ == "PROPN"
            and self.doc[first - 1].dep_ == ("compound")
        ):
            first -= 1
        words = [t for t in self.doc[first : entity.end] if t.lower_ not in ("the", "'s", "’s")]
        while len(words) > 1 and getattr(self.entry(words[0].text), "via", None) == "demonym":
            words = words[1:]  # "Pakistani Imran Qureshi": the adjective gives the country
        last = words[-1] if words else None
        if (
            last is not None
            and len(words) <= 3
            and last.lower_ in self.by_surname
            and all(t.text.isupper() and t.is_alpha and len(t) <= 4 for t in words[:-1])
        ):
            # "CS Mutua" after "Cabinet Secretary Alfred Mutua": an abbreviated title before
            # the surname of a person the text has named.
            return Span(self.doc, last.i, last.i + 1, label="PERSON")
        parts = joined_words(words)  # "Sin Son-ho": three words, not five tokens
        if not 1 <= len(parts) <= 3 or any(key(p) in ORG_WORDS for p in parts):
            return None
        if not all(
            (p[:1].isupper() or (0 < n < len(parts) - 1 and p.lower() in INNER_PARTICLES))
            and p.replace("-", "").isalpha()
            for n, p in enumerate(parts)
        ):
            return None  # "Staffan de Mistura": a lower-case particle only inside the name
        span = Span(self.doc, words[0].i, words[-1].i + 1, label="PERSON")
        if len(parts) != len(words):
            # A hyphenated name ("Rolls-Royce", "Sin Son-ho") is a person's only by apposition.
            return span if title_apposition(self.dictionary, words[-1]) else None
        whole = self.entry(span.text)
        if whole is not None and whole.kind == "person":
            return span  # a person of the dictionary: "Gustavo Petro"
        if any(self.entry(t.text) is not None for t in words) or whole or self.entry(entity.text):
            return None
        given = key(words[0].text)
        if (
            len(words) >= 2
            and given in self.dictionary.given_names
            and self.dictionary.title(given) is None
            and given not in self.dictionary.honorifics
        ):
            return span  # "Dmitry Kiselyov"; not "King Salman Relief Centre", not "Sheikh X"
        before = self.doc[max(0, words[0].i - 2) : words[0].i]
        titles = [self.dictionary.title(t.text) or self.dictionary.title(t.lemma_) for t in before]
        found = [title for title in titles if title is not None]
        if found and all(title.kind == "person" for title in found):
            return span
        # "X, an Interior Ministry spokesman": the apposition says X is a person.
        return span if title_apposition(self.dictionary, words[-1]) else None

    _orgs: frozenset[str] | None = None

    def _org_names(self) -> frozenset[str]:
        """The names the recogniser tags as organisations anywhere in the text."""
        if self._orgs is None:
            self._orgs = frozenset(
                key(strip_possessive(e.text)) for e in self.doc.ents if e.label_ == "ORG"
            )
        return self._orgs

    def org_tagged_person(self, entity: Span) -> bool:
        """Whether a name tagged PERSON stands right after an organisation noun, or is a name
        the text elsewhere tags as an organisation's (with the words the tag left out)."""
        tagged = entity_of(self.doc[entity.end - 1])
        if tagged is None or tagged.label_ != "PERSON":
            return False  # a name this module itself took for a person's ("Alexei Pushkov")
        if self.body_tagged_person(entity):
            return True
        if short_body_name(entity, self._org_names()):
            return True  # "the Observatory" after "the Syrian Observatory for Human Rights"
        i = entity.start - 1
        while i >= 0 and self.doc[i].pos_ == "PROPN" and self.doc[i].text[:1].isupper():
            i -= 1  # a first word the recogniser left out ("Rossiya" of "Rossiya Segodnya")
        whole = key(strip_possessive(self.doc[i + 1 : entity.end].text))
        if i + 1 < entity.start and len(whole.split()) > 1 and whole in self._org_names():
            # The tag took only part of a name the text elsewhere tags in full as an
            # organisation's ("Segodnya" of "Rossiya Segodnya"); a name tagged whole stays.
            return True
        while i >= 0 and self.doc[i].is_punct and self.doc[i].text in "])":
            i -= 1
        return i >= 0 and self.doc[i].lower_ in _ORG_NOUNS and self.doc[i].pos_ == "NOUN"

    def body_tagged_person(self, entity: Span) -> bool:
        """The ``body_tagged_person`` rule of the module doc: a name tagged PERSON that ends
        in a body's name ("Obama White House", "Bush Justice Department") or in a word only
        a body's name ends in ("Clinton Foundation", "Trump University")."""
        words = [t for t in entity if t.lower_ not in ("the", "'s", "’s")]
        if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
            return False
        if key(words[-1].text) in _BODY_LAST_WORDS:
            return True
        return self.body_tail(entity) is not None

    def body_tail(self, entity: Span) -> tuple[Entry, Span] | None:
        """The dictionary body a name tagged PERSON ends in, with its words ("White House"
        of "the Obama White House"), or None. A name tagged ORG qualifies only when the words
        before the body name a person the dictionary knows ("the Trump Justice Department":
        the body of that person's administration)."""
        if entity.label_ not in ("PERSON", "ORG") or len(entity) < 2:
            return None
        for size in (3, 2):
            if size >= len(entity):
                continue
            tail = entity[len(entity) - size :]
            entry = self.entry(tail.text)
            if entry is None or entry.kind != "organization":
                continue
            if entity.label_ == "ORG" and not self._person_before(entity[: len(entity) - size]):
                return None
            return entry, tail
        return None

    def _person_before(self, words: Span) -> bool:
        """Whether the words before a body's name (without "the") are a known person's name
        or surname ("Obama", "George W. Bush"), capitalised."""
        kept = [t for t in words if t.lower_ != "the"]
        if not 1 <= len(kept) <= 3 or not all(t.text[:1].isupper() for t in kept):
            return False
        text = " ".join(t.text for t in kept)
        found = self.entry(text)
        if found is not None:
            return found.kind == "person"
        return len(kept) == 1 and self.dictionary.person_by_surname(text) is not None

    def member_tagged_place(self, entity: Span) -> bool:
        """The ``member_tagged_place`` rule of the module doc."""
        if entity.label_ != "GPE" or not 2 <= len(entity) <= 3 or entity.end + 1 >= len(self.doc):
            return False
        if not all(t.text[:1].isupper() and t.is_alpha and not t.text.isupper() for t in entity):
            return False
        after, body = self.doc[entity.end], self.doc[entity.end + 1]
        if after.lower_ not in ("from", "of") or body.ent_type_ != "ORG":
            return False
        if entity.root.dep_ != "nsubj" or is_place_name(entity.text):
            return False  # a place is where something is: "officials from Gaza City of ..."
        if entity[-1].lower_ in _SETTLEMENT_WORDS:
            return False  # "Gaza City of ...": a settlement's name
        if self.entry(entity.text) is not None or self.state_country(list(entity)) is not None:
            return False
        if any(self.entry(t.text) is not None for t in entity):
            return False
        # The same words tagged as a place elsewhere in the text: a place after all.
        others = (e for e in self.doc.ents if e.text == entity.text and e.start != entity.start)
        return all(e.label_ == "PERSON" for e in others)

    def person_as_modifier(self, token: Token) -> bool:
        """A person's surname the recogniser took for an organisation as a modifier ("Trump" in
        "Trump campaign spokesman Jason Miller"): a mention of the person of the text with
        that surname and a full name, not an organisation of its own."""
        ent = entity_of(token)
        if ent is None or ent.label_ != "ORG" or len(ent) != 1:
            return False
        person = self.by_surname.get(strip_possessive(token.text).lower())
        if person is None or person.kind != "person" or len(person.name.split()) < 2:
            return False
        person.add(*self.where(token.idx, token.idx + len(token.text)))
        self.head_cluster[token.i] = person
        return True
