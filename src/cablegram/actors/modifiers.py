"""The state a modifier names: "Israeli" in "Israeli tanks", "Russian" in "five Russian banks".

The document resolver deliberately gives a demonym or country name written as a modifier no
actor of its own: it describes its head's actor ("German officials" is a German group). Where
the head names no actor at all ("Israeli tanks shelled ...", "sanctions on Russian banks"),
the event coder still needs the state behind the phrase; :func:`modifier_state` gives it, as
the same actor (name, id, code) that the resolver gives for the country named outright.

Only the package's gazetteer is read (country names and ``data/country_aliases.csv``:
demonyms, aliases, capitals). A people's plural ("Kurds", "Albanians") is not a state, nor is
a country's name shared with a subdivision ("Georgia": the US state or the country); a
demonym is read as the country's ("Somali", though Ethiopia has a Somali Region).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from cablegram.actors.base import Cluster, key, strip_possessive
from cablegram.actors.codes import code_for
from cablegram.gazetteer.dictionary import ActorDictionary, load_dictionary
from cablegram.gazetteer.subdivisions import subdivision_countries
from cablegram.records import Actor

# How a dictionary phrase may name a state when written as a modifier.
STATE_VIAS = frozenset({"country", "demonym", "capital"})


def modifier_state(span: Span | Token, dictionary: ActorDictionary | None = None) -> Actor | None:
    """The state a modifier span names ("Israeli", "U.S.", "Kremlin" is not one), or None.

    ``dictionary`` defaults to the shipped one. The actor's ``text``, ``start`` and ``end`` are
    the modifier's own; its id and code are those of the country's state actor.
    """
    if isinstance(span, Token):
        span = span.doc[span.i : span.i + 1]
    return state_of_text(span.text, span.start_char, span.end_char, dictionary)


def state_of_text(
    text: str, start: int, end: int, dictionary: ActorDictionary | None = None
) -> Actor | None:
    """:func:`modifier_state` for a written name with its character offsets, where no span of
    its own holds it ("U.S." of the one token "U.S.-led"): the same state, or None, under the
    same checks ("Georgia-led": the US state's as likely as the country's)."""
    name = strip_possessive(text)
    if not name:
        return None
    entry = (dictionary or load_dictionary()).entry(name)
    if entry is None or entry.kind != "state" or not entry.country:
        return None
    if entry.via not in STATE_VIAS:
        return None
    if entry.via == "country" and key(name) in subdivision_countries():
        return None  # "Georgia troops": the US state's guard as likely as the country's
    cluster = Cluster(
        key=f"state:{entry.name.lower()}",
        name=entry.name,
        kind="state",
        country=entry.country,
        role=entry.role,
    )
    cluster.code = code_for("state", entry.country, entry.role)
    return cluster.actor(text, start, end)
