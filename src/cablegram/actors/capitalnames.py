"""A capital's name inside the name of an organisation or a building: "Georgetown
University", "Nassau Coliseum". Such a word names the body, not the state whose capital
shares it: Georgetown University is in Washington, not Guyana.

Only capitals whose name is as well a city, county or namesake elsewhere are read so
(:data:`SHARED_CAPITAL_NAMES`: Kingston upon Thames and Kingston, Ontario; Victoria in Canada
and Australia; Nassau County, New York). A body named after an unambiguous capital is in it
("Tokyo Electric Power", "Seoul National University"), and a dateline the recogniser took into
a body's name ("LONDON - Capital Economics") is no part of the name: both keep the capital's
country.

The word gives the capital's country only when the dictionary knows the whole name ("The
Washington Post" is American), or when the text names that country in another way too (a
state, demonym or capital outside such names: "Cairo University" in a story that says
"Egypt"). Otherwise it gives none, so the body keeps the country other words give, or none.

Shapes: :func:`capital_in_a_name` takes the resolver and one token and says whether the token
is such a word, to be left out of the tokens a country is read from.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from cablegram.actors.base import ResolverState, entity_of, strip_determiner, strip_possessive
from cablegram.actors.kinds import in_dateline

_NAME_LABELS = frozenset({"ORG", "FAC"})
# Capitals sharing their name with well-known places or namesakes in other countries.
SHARED_CAPITAL_NAMES = frozenset(
    {
        "georgetown",
        "kingston",
        "victoria",
        "nassau",
        "wellington",
        "san jose",
        "santiago",
        "tripoli",
    }
)


def capital_in_a_name(resolver: ResolverState, token: Token) -> bool:
    """Whether ``token`` is a capital's name that is only part of a longer organisation or
    building name the dictionary does not know, in a text that names the capital's country
    nowhere else."""
    entity = entity_of(token)
    if entity is None or entity.label_ not in _NAME_LABELS:
        return False
    if token.lower_ not in SHARED_CAPITAL_NAMES or in_dateline(token.doc, token):
        return False
    entry = resolver.entry(token.text)
    if entry is None or entry.via != "capital" or not entry.country:
        return False
    words = [t for t in entity if t.is_alpha and t.lower_ != "the" and t.tag_ != "POS"]
    if len(words) < 2:
        return False  # "Paris" alone tagged as an organisation is still the capital
    if resolver.entry(strip_possessive(strip_determiner(entity.text))) is not None:
        return False  # a body the dictionary knows
    return not country_named_elsewhere(resolver, token.doc, entry.country, _NAME_LABELS)


def country_named_elsewhere(
    resolver: ResolverState,
    doc: Doc,
    country: str,
    skip_labels: frozenset[str],
    skip_word: str = "",
) -> bool:
    """Whether a name (an entity not labelled ``PERSON`` nor in ``skip_labels``) or a
    capitalised word outside entities is a name, demonym or capital of ``country`` ("Egypt",
    "Israeli", "Amman"); ``skip_word`` (lower case) is not counted either. Shared by this
    rule and :mod:`cablegram.actors.surnamestates`."""
    for ent in doc.ents:
        if ent.label_ in skip_labels or ent.label_ == "PERSON" or ent.text.lower() == skip_word:
            continue
        entry = resolver.entry(strip_possessive(strip_determiner(ent.text)))
        if entry is not None and entry.kind == "state" and entry.country == country:
            return True
    for token in doc:
        if token.ent_type_ or token.lower_ == skip_word or not token.text[:1].isupper():
            continue
        entry = resolver.entry(strip_possessive(token.text))
        if entry is not None and entry.kind == "state" and entry.country == country:
            return True
    return False
