"""Countries of organisations from the article: the place a body serves or is based in, as
the text gives it. Each kind is one named rule of :data:`BODY_PLACE_RULES`, tried after the
dictionary and the body's own name gave no country (precision first: no country rather than a
wrong one).

* ``local_body``: a body whose name ends in the name of a local public body ("Atlanta Police
  Department", "Gangnam Police Station", "Fulton County Sheriff's Office", "Mobile City
  Council", "Jordan School District"; :data:`LOCAL_BODY_ENDS`) serves its town: a large US
  city's ("the Dallas Police Department", :mod:`cablegram.actors.uscities`) is American
  wherever the story was filed; else the country of a local dateline ("HARRISBURG, Pa. -",
  "BIRMINGHAM, England -", "ATLANTA (AP) -") or of a bureau's capital dateline that names the
  town itself ("SEOUL -" for "the Seoul ...", never "JERUSALEM -" for "the Hebron City
  Council": a bureau covers a region); else, with no dateline, the story's country
  (:meth:`cablegram.actors.evidence.CountryEvidence.story_country`) when the text names the
  town as a place too. Never when the text names another country than that one, outside the
  body's name ("South Korean police said the Gangnam Police Station ...", "flights to New
  York" against "in Ontario"). A national body with a country in its name ("the Seoul
  Metropolitan Police Agency") has it already.
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
from cablegram.actors.employers import appositions_after
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


def _local_town(resolver: ResolverState, cluster: Cluster) -> list[str] | None:
    """The words before the local body's end in the body's name, or in a mention's words up
    to its head (a name the recogniser cut at a possessive: "Office" of "the Fulton County
    Sheriff's Office"); None when no name ends in a local body's."""
    phrases = [_name_words(cluster)]
    for mention in cluster.mentions:
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        phrase = resolver.doc[span.root.left_edge.i : span.root.i + 1]
        words = [key(strip_possessive(t.text)) for t in phrase if t.tag_ != "POS" and t.is_alpha]
        phrases.append([w for w in words if w != "the"])
    for words in phrases:
        for end in LOCAL_BODY_ENDS:
            if len(words) > len(end) and tuple(words[-len(end) :]) == end:
                return words[: -len(end)]
    return None


def _other_countries(resolver: ResolverState, cluster: Cluster) -> set[str]:
    """The countries of the places and peoples the text names outside the body's own
    mentions ("South Korean police", "the English city", "in Ontario", "Dallas")."""
    inside = [(m.start, m.end) for m in cluster.mentions]
    found: set[str] = set()
    for ent in resolver.doc.ents:
        if ent.label_ not in ("GPE", "NORP"):
            continue
        if any(start <= ent.start_char < end for start, end in inside):
            continue
        entry = resolver.entry(ent.text)
        country = entry.country if entry is not None and entry.kind == "state" else None
        country = country or resolver.state_country(list(ent))
        if country is None and ent.label_ == "GPE":
            country = us_city(ent.text)
        if country:
            found.add(country)
    return found


def _dateline_town(resolver: ResolverState) -> str | None:
    """The upper-case town that opens the story's dateline, lower-cased ("seoul"), or None."""
    for start in resolver.sentence_starts[:3]:
        token = resolver.doc[start]
        if token.text.isupper() and is_dateline(resolver.doc, token):
            town = re.match(r"[A-Z][A-Z .'-]*[A-Z]", resolver.text[token.idx : token.idx + 40])
            return key(town.group()) if town is not None else None
    return None


def local_body(resolver: ResolverState, cluster: Cluster) -> str | None:
    """The country of a town's or county's public body (see the module doc): a large US
    city's ("the Dallas Police Department") is USA; else the dateline's country when the
    dateline names the town itself or a local place (a US city, "TOWN, State -", not a
    bureau's capital: "JERUSALEM -" says nothing of "the Hebron City Council"), else the
    story's one country when the text also names the body's town as a place; and never when
    the text names another country than the one given (other places, peoples: "South Korean
    police said the Gangnam Police Station ..."). Returns an alpha-3 code or None."""
    if cluster.kind != "organization":
        return None
    town = _local_town(resolver, cluster)
    if town is None:
        return None
    place = " ".join(town)
    if place and us_city(place):
        return "USA"  # "the Dallas Police Department", wherever the story was filed
    others = _other_countries(resolver, cluster)
    home = dateline_home(resolver)
    if home is not None:
        bureau = resolver.dateline_country() is not None
        if bureau and not (place and _dateline_town(resolver) == place):
            return None  # a capital's bureau covers more than its own town
        return home if others <= {home} else None
    if len(others) != 1 or not place:
        return None
    story = resolver.story_country()
    elsewhere = [
        m
        for m in re.finditer(rf"\b{re.escape(place)}\b", resolver.text.lower())
        if not any(c.start <= m.start() < c.end for c in cluster.mentions)
    ]
    return story if story in others and elsewhere else None


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
    """The one country an organisation's apposition gives it by a place ("the Levada Center,
    Moscow's independent pollster": RUS), or None for none or several."""
    if cluster.kind != "organization":
        return None
    found: set[str] = set()
    for appos in appositions_after(resolver, cluster):
        if appos.pos_ != "NOUN":
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
