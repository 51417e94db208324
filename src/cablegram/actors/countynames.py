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

from cablegram.actors.base import ResolverState, entity_of, strip_determiner, strip_possessive
from cablegram.actors.bodyplaces import LOCAL_BODY_ENDS
from cablegram.actors.capitalnames import capital_in_a_name, country_named_elsewhere
from cablegram.actors.hyphenedunits import LOCAL_UNITS, hyphened_unit_name
from cablegram.actors.kinds import in_dateline
from cablegram.gazetteer.subdivisions import subdivision_countries

_NAME_LABELS = frozenset({"ORG", "FAC"})


def county_namesake(resolver: ResolverState, token: Token) -> bool:
    """Whether ``token`` is a state's name right before a county or township word, or a
    state's or capital's name hyphened into such a unit's name
    (:mod:`cablegram.actors.hyphenedunits`: "Athens-Clarke County")."""
    if hyphened_unit_name(token, resolver.entry):
        return True
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


# Territories of the United States: a body named after one is in it ("Guam Power Authority").
_US_TERRITORIES = frozenset({"ASM", "GUM", "MNP", "PRI", "UMI", "VIR"})


def us_state_in_a_name(resolver: ResolverState, token: Token) -> bool:
    """Rule ``actors.statenamedbodies``: a country's name that is as well a US state's
    ("Georgia") inside a longer organisation or building name the dictionary does not know
    ("Georgia Power", "the University of Georgia", "Northeast Georgia Medical Center"), in a
    text that names the country nowhere outside such names and does not mark the name as the
    state: the body is more likely the state's, and its country is left to other evidence.
    "Georgia's Interior Ministry" (the name stands alone) and a story that says "Tbilisi" or
    "Georgian" keep the country."""
    entity = entity_of(token)
    if entity is None or entity.label_ not in _NAME_LABELS or in_dateline(token.doc, token):
        return False
    if subdivision_countries().get(token.lower_) != "USA" or resolver.is_subnational(token):
        return False
    entry = resolver.entry(token.text)
    if entry is None or entry.kind != "state" or entry.via != "country":
        return False
    if entry.country is None or entry.country in ("USA", *_US_TERRITORIES):
        return False
    words = [t for t in entity if t.is_alpha and t.lower_ != "the" and t.tag_ != "POS"]
    if len(words) < 2 or resolver.entry(strip_possessive(strip_determiner(entity.text))):
        return False
    return not country_named_elsewhere(
        resolver, token.doc, entry.country, _NAME_LABELS, skip_word=token.lower_
    )


def names_another_place(resolver: ResolverState, token: Token) -> bool:
    """Whether ``token`` is a state's name or a capital's that here names another place: a
    county, a town's body (above) or a namesake capital in a body's name ("Georgetown
    University") or a town named like a capital ("Mayor X of Athens" in a US story), so no
    word a country is read from."""
    if token.lower_ in resolver.towns():
        return True  # "Athens, Ga.": :mod:`cablegram.actors.townnames`
    return (
        capital_in_a_name(resolver, token)
        or county_namesake(resolver, token)
        or us_state_in_a_name(resolver, token)
    )
