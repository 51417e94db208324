"""A state's name that opens the name of a county or township, or of a town's own public
body: "Lebanon County" (in Pennsylvania), "Jordan Township", "the Jordan School District" (in
Utah), "the Lebanon Police Department" (in New Hampshire). The word names the local unit or
town, not the state whose name it shares: a state's national bodies are not named so. It
gives no country ("the Lebanon County Board of Commissioners" is not Lebanese); the body's
country comes from the story (see :mod:`cablegram.actors.bodyplaces`) or stays unknown.

Only single-word state names right before a capitalised unit word of :data:`LOCAL_UNITS` or
the words of a local body (:data:`cablegram.actors.bodyplaces.LOCAL_BODY_ENDS`) are read so;
"Gaza City", "Kuwait City" and "Mexico City" are capitals of the state they name and keep it.

Shapes: :func:`county_namesake` takes the resolver and one token and says whether the token
is such a word, to be left out of the tokens a country is read from;
:func:`names_another_place` adds the capitals of :mod:`cablegram.actors.capitalnames`.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.base import ResolverState
from cablegram.actors.bodyplaces import LOCAL_BODY_ENDS
from cablegram.actors.capitalnames import capital_in_a_name

# Local units named after a place, never a state's own subdivision of that state's name.
LOCAL_UNITS = frozenset({"county", "township", "parish", "borough"})


def county_namesake(resolver: ResolverState, token: Token) -> bool:
    """Whether ``token`` is a state's name right before a county or township word."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not token.text[:1].isupper():
        return False
    unit = doc[token.i + 1]
    if not unit.text[:1].isupper():
        return False
    after = [t.lower_ for t in doc[token.i + 1 : token.i + 5] if t.tag_ != "POS"]
    local = any(tuple(after[: len(end)]) == end for end in LOCAL_BODY_ENDS)
    if unit.lower_ not in LOCAL_UNITS and not local:
        return False
    if resolver.entry(f"{token.text} {unit.text}") is not None:
        return False  # "Mexico City Council": the capital "Mexico City" names the state
    entry = resolver.entry(token.text)
    return entry is not None and entry.kind == "state"


def names_another_place(resolver: ResolverState, token: Token) -> bool:
    """Whether ``token`` is a state's name or a capital's that here names another place: a
    county, a town's body (above) or a namesake capital in a body's name ("Georgetown
    University") or a town named like a capital ("Mayor X of Athens" in a US story), so no
    word a country is read from."""
    if token.lower_ in resolver.towns():
        return True  # "Athens, Ga.": :mod:`cablegram.actors.townnames`
    return capital_in_a_name(resolver, token) or county_namesake(resolver, token)
