"""Countries of organisations from the article: the place a body serves or is based in, as
the text gives it. Each kind is one named rule of :data:`BODY_PLACE_RULES`, tried after the
dictionary and the body's own name gave no country (precision first: no country rather than a
wrong one).

* ``local_body``: a body whose name ends in the name of a local public body ("Atlanta Police
  Department", "Gangnam Police Station", "Fulton County Sheriff's Office", "Mobile City
  Council", "Jordan School District"; :data:`LOCAL_BODY_ENDS`) serves a place of the story:
  the country of the story's dateline ("SEOUL, March 5 (Yonhap) -", "HARRISBURG, Pa. -",
  "BIRMINGHAM, England -", or a large US city, "ATLANTA (AP) -": see
  :mod:`cablegram.actors.uscities`), else the country most of the story's places belong to
  (:meth:`cablegram.actors.evidence.CountryEvidence.story_country`), else none. A national
  body with a country in its name ("the Seoul Metropolitan Police Agency") has it already.
* ``described_place``: an apposition of the body's name that describes it with a place:
  "the Levada Center, Moscow's independent pollster," (a capital or country in the
  possessive), "the Tax Foundation, a Washington-based think tank," (a "-based" place), "X,
  an independent Russian pollster," (a demonym before the head noun), "X, a think tank in
  Washington," -> that place's country. The apposition's head must be a common noun (not a
  person's title: "X, a Russian diplomat" is no body), and the place must name one country.

Shapes: each rule takes the resolver and a cluster and returns an ISO 3166 alpha-3 code or
None; :func:`dateline_home` returns the dateline's country (see ``local_body``) or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from cablegram.actors.allegiance import of_allegiance
from cablegram.actors.base import Cluster, ResolverState, key, strip_possessive
from cablegram.actors.kinds import is_dateline
from cablegram.actors.placed import us_state_abbreviations
from cablegram.actors.uscities import us_city
from cablegram.gazetteer.subdivisions import state_names

# Last words of the names of bodies that serve one town, county or district.
LOCAL_BODY_ENDS: tuple[tuple[str, ...], ...] = (
    ("police", "department"),
    ("police", "dept."),
    ("police", "station"),
    ("police", "precinct"),
    ("sheriff", "office"),
    ("sheriff", "department"),
    ("sheriffs", "office"),
    ("city", "council"),
    ("town", "council"),
    ("county", "council"),
    ("borough", "council"),
    ("county", "commission"),
    ("city", "commission"),
    ("board", "of", "commissioners"),
    ("board", "of", "supervisors"),
    ("board", "of", "aldermen"),
    ("board", "of", "education"),
    ("school", "district"),
    ("school", "board"),
    ("fire", "department"),
    ("district", "attorney", "office"),
)
# "ATLANTA (AP) -", "HARRISBURG, Pa. -": the place words after the upper-case town.
_DATELINE_STATE = re.compile(r"^[A-Z][A-Z .'-]+,\s+(?P<state>[A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)?)")
# Dependencies of a description's modifiers that can hold its place.
_PLACE_MODIFIERS = frozenset({"poss", "amod", "compound", "nmod", "npadvmod"})
# Nouns of persons, which make an apposition no description of a body.
_NOT_BODY_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "member", "official"})


def _name_words(cluster: Cluster) -> list[str]:
    return [w for w in key(strip_possessive(cluster.name)).replace("'s", "").split() if w]


def is_local_body(words: list[str]) -> bool:
    """Whether a body's name (lower-case words, possessives stripped) ends in a local public
    body's name ("fulton county sheriff office")."""
    return any(
        len(words) > len(end) and tuple(words[-len(end) :]) == end for end in LOCAL_BODY_ENDS
    )


def dateline_home(resolver: ResolverState) -> str | None:
    """The country of the story's dateline: the place the dictionary knows ("SEOUL"), or a US
    state or its AP abbreviation after the town ("HARRISBURG, Pa." -> USA)."""
    found = resolver.dateline_country()
    if found is not None:
        return found
    for start in resolver.sentence_starts[:3]:
        token = resolver.doc[start]
        if not token.text.isupper() or not is_dateline(resolver.doc, token):
            continue
        town = re.match(r"[A-Z][A-Z .'-]*[A-Z]", resolver.text[token.idx : token.idx + 40])
        if town is not None and us_city(town.group()):
            return "USA"  # "CHARLOTTE -", "ATLANTA (AP) -"
        match = _DATELINE_STATE.match(resolver.text[token.idx : token.idx + 60])
        if match is None:
            continue
        state = match.group("state")
        if state in us_state_abbreviations() or state.split()[0] in us_state_abbreviations():
            return "USA"
        entry = resolver.entry(state.rstrip("."))
        if entry is not None and entry.kind == "state" and entry.country:
            return entry.country  # "BIRMINGHAM, England -"
        country = state_names().get(key(state.rstrip(".")))
        if country is not None:
            return country
    return None


def _names_local_body(resolver: ResolverState, cluster: Cluster) -> bool:
    """The body's name, or a mention's words up to its head (a name the recogniser cut at a
    possessive: "Office" of "the Fulton County Sheriff's Office"), ends in a local body's."""
    if is_local_body(_name_words(cluster)):
        return True
    for mention in cluster.mentions:
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        phrase = resolver.doc[span.root.left_edge.i : span.root.i + 1]
        words = [key(strip_possessive(t.text)) for t in phrase if t.tag_ != "POS" and t.is_alpha]
        if is_local_body([w for w in words if w != "the"]):
            return True
    return False


def local_body(resolver: ResolverState, cluster: Cluster) -> str | None:
    if cluster.kind != "organization" or not _names_local_body(resolver, cluster):
        return None
    return dateline_home(resolver) or resolver.story_country()


def _place_country(resolver: ResolverState, token: Token) -> str | None:
    """The one country a place word names: a country, capital or demonym of the dictionary,
    or a state or province ("Ohio")."""
    text = strip_possessive(token.text)
    entry = resolver.entry(text)
    if entry is not None and entry.kind == "state" and entry.country:
        return entry.country
    return resolver.state_country([token])


def _description_country(resolver: ResolverState, head: Token) -> str | None:
    """The one country of the places in a body's description headed by ``head``: in its
    modifiers ("Moscow's", "Washington-based", "Russian", "a Washington think tank") or an
    "in"/"from" phrase after it; a word of allegiance ("Saudi-backed") names no home."""
    words: list[Token] = []
    for child in head.children:
        if child.i < head.i and child.dep_ in _PLACE_MODIFIERS:
            words.extend(child.subtree)
        elif child.i > head.i and child.dep_ == "prep" and child.lower_ in ("in", "from"):
            words.extend(p for p in child.children if p.dep_ == "pobj")
    found: set[str] = set()
    for word in words:
        if not word.text[:1].isupper() or not word.is_alpha or of_allegiance(word):
            continue
        country = _place_country(resolver, word)
        if country:
            found.add(country)
    return found.pop() if len(found) == 1 else None


def described_place(resolver: ResolverState, cluster: Cluster) -> str | None:
    if cluster.kind != "organization":
        return None
    found: set[str] = set()
    for mention in cluster.mentions:
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for appos in span.root.children:
            if appos.dep_ != "appos" or appos.i < span.root.i or appos.pos_ != "NOUN":
                continue
            title = resolver.dictionary.title(appos.lemma_)
            if appos.lower_ in _NOT_BODY_HEADS or (title is not None and title.kind == "person"):
                continue  # "X, a Russian diplomat": a person, not the body's description
            country = _description_country(resolver, appos)
            if country:
                found.add(country)
    return found.pop() if len(found) == 1 else None


BodyPlaceRule = Callable[[ResolverState, Cluster], str | None]

BODY_PLACE_RULES: tuple[tuple[str, BodyPlaceRule], ...] = (
    ("local_body", local_body),
    ("described_place", described_place),
)
