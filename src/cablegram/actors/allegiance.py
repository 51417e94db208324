"""Words of allegiance, which name the state a party sides with, not the party's own state.

"the pro-Iranian Hezbollah group", "anti-Syrian militias", "Iranian-backed Houthi rebels",
"Saudi-allied forces": the state or demonym inside such a compound says whom the party is
for, against or backed by. It gives the party no country (and no reason to take the
dictionary's country away from it).

Other participles after a hyphen tie a party to a place that is not its home either
(:data:`NOT_HOME_PARTICIPLES`): "a London-listed miner" (where its shares trade), "a
Chinese-owned port operator" (who owns it), "a British-educated lawyer" (where a person
studied). They are read as the allegiance words are: the place gives no country. "-born" is
left a home on purpose: it names an origin, not a citizenship, but reading it as no country
let weaker words decide ("an American-born judge" whom a quoted speaker called "Mexican"),
and on PolNeAR train it turned as many right countries wrong or missing as it mended.

A relation noun (:data:`RELATION_NOUNS`) owned by a place, or with the place after "of" or
before it, says whose ally, rival or neighbour a party is: "Belarus, Moscow's main ally",
"Petrov, an ally of Moscow", "a key U.S. ally", "Iraq's neighbour Iran". The place (a
country, capital or people the recogniser tags ``GPE`` or ``NORP``) gives no country; a
body ("Kremlin ally X" of the Kremlin's own) and a domestic partner ("Germany's coalition
partner") are left as they are.
"""

from __future__ import annotations

from spacy.tokens import Token

# Prefixes of siding: "pro-Iranian", "anti-Western".
SIDING_PREFIXES = frozenset({"pro", "anti"})
# Participles of backing after a hyphen: "Iranian-backed", "Saudi-allied".
BACKING_PARTICIPLES = frozenset(
    {"backed", "allied", "aligned", "funded", "supported", "sponsored", "armed", "trained",
     "inspired", "linked", "affiliated", "leaning", "financed"}
)  # fmt: skip
# Participles after a hyphen that tie a party to a place without making it the party's home.
NOT_HOME_PARTICIPLES = frozenset({"listed", "owned", "educated"})
_TIES = BACKING_PARTICIPLES | NOT_HOME_PARTICIPLES
# Nouns of a relation to another party (lemmas): "Moscow's ally", "a rival of Tehran".
RELATION_NOUNS = frozenset(
    {"ally", "rival", "enemy", "foe", "adversary", "neighbour", "neighbor", "partner", "proxy"}
)
# Words before a relation noun that make the relation domestic: "coalition partner".
_DOMESTIC = frozenset({"coalition", "junior", "senior", "governing", "business", "trading"})
# Relation nouns a people's adjective describes rather than relates: "an Italian partner at
# the firm", "her French partner", "a Polish neighbour" are Italian, French and Polish. So is
# any relation noun with an owner, whose relation the owner gives: "his Spanish rival X",
# "Iran's Lebanese ally Hezbollah" (a Spanish rival, a Lebanese ally).
_DESCRIBED = frozenset({"partner", "neighbour", "neighbor"})
_PLACE_LABELS = frozenset({"GPE", "NORP"})


def of_relation(token: Token) -> bool:
    """Whether ``token`` is a place that a relation noun relates its party to: "Moscow" of
    "Moscow's main ally", "an ally of Moscow", "a Moscow ally" (see the module doc)."""
    if token.ent_type_ not in _PLACE_LABELS:
        return False
    head = token.head
    if token.dep_ == "compound" and head.lemma_.lower() not in RELATION_NOUNS:
        if head.dep_ in ("compound", "poss") and head.ent_type_ == token.ent_type_:
            head = head.head  # "United" of "the United States' ally"
    if token.dep_ in ("poss", "compound", "nmod", "amod"):
        noun = head
    elif token.dep_ == "pobj" and head.lower_ == "of":
        noun = head.head
    else:
        return False
    if noun.lemma_.lower() not in RELATION_NOUNS or noun.i == token.i:
        return False
    if token.dep_ == "amod" and (
        noun.lemma_.lower() in _DESCRIBED or any(c.dep_ == "poss" for c in noun.children)
    ):
        return False  # "an Italian partner", "his Spanish rival": the adjective is the party's
    if token.dep_ != "pobj" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False  # "a Russian ally of the president": the other party follows "of"
    return not any(c.lower_ in _DOMESTIC for c in noun.children)


def of_allegiance(token: Token) -> bool:
    """Whether ``token`` is the state word of an allegiance compound: "Iranian" in
    "pro-Iranian" (written as one token or split at the hyphen), "Iranian-backed", or of a
    tie that is no home ("London" of "London-listed", "Chinese" of "Chinese-owned"), or the
    place of a relation noun (:func:`of_relation`: "Moscow" of "Moscow's main ally")."""
    lower = token.lower_
    if "-" in lower:
        first, _, rest = lower.partition("-")
        return first in SIDING_PREFIXES or rest in _TIES
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        if doc[token.i - 2].lower_ in SIDING_PREFIXES:
            return True
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-":
        if doc[token.i + 2].lower_ in _TIES:
            return True
    return lower in SIDING_PREFIXES or lower in _TIES or of_relation(token)
