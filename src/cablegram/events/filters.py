"""Argument filters: noun phrases that are no actor of an event, whatever they resolve to.

Each filter is a small named rule in ``NOT_ACTORS``, given the phrase's head token, its role
(``"source"`` or ``"target"``), the event type and the pattern table:

- ``amount``: "sent 10,000 troops", "$5 million" (as a target);
- ``venue``: "in the House of Commons", "at the summit", unless the act is done to the place
  (ASSAULT, COERCE, MOBILIZE) or one travels there ("arrived in Beijing on a visit");
- ``theme``: "the mobilization of security forces", "the withdrawal of troops" (as a
  target of MOBILIZE, RETREAT or AID), "mobilized warships" (the object of MOBILIZE);
- ``audience``: "told reporters", "spoke to journalists" (``audience_nouns`` in the data), as
  a target;
- ``named-after-a-city``: "the Minsk agreements", "the Geneva talks";
- ``destination``: "summoned the ambassador of Russia to the ministry", "invited him to
  Tokyo": where someone is called or brought to, when the verb has its own object (as a
  target only);
- ``streets-of``: "took to the streets of Libreville": the town owning a public space, as a
  target of an act not done to places;
- ``text-kept``: "demanded the implementation of UN Security Council resolution 2216": the
  writer of a text to be kept, implemented or respected, as a target;
- ``unnamed-pair``: "The two leaders, who fought each other", "Both sides accused": a pair
  counted by a side noun with no name in its phrase;
- ``demonstrative``: "condemned this regime's abuses": a common noun after this/that with no
  name in its phrase;
- ``infinitive``: "sent troops to pound rebel fighters": a phrase opened by an infinitive's
  "to" is a purpose, not a nominal (as a target).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from cablegram.events.patterns import PatternTable
from cablegram.events.tree import entity_span
from cablegram.rules import Registry

# "in X" and "at X" name a place; only for acts done to a place is that place the target.
PLACE_PREPS = frozenset({"in", "at"})
PLACE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
MOTION_VERBS = frozenset({"arrive", "travel", "fly", "come", "go", "return", "land"})
# Entity labels that are amounts, never actors ("10,000 troops", "$5 million").
AMOUNT_ENTS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"})
# Entity labels of a modifier that may stand for the actor of its phrase ("Israeli tanks").
MODIFIER_ENTS = frozenset({"NORP", "GPE", "ORG"})


@lru_cache(maxsize=1)
def capitals() -> frozenset[str]:
    """Capital cities (lower case) from the package's country aliases."""
    text = resources.files("cablegram").joinpath("data", "country_aliases.csv")
    with text.open(encoding="utf-8") as handle:
        return frozenset(
            row["text"].lower() for row in csv.DictReader(handle) if row["kind"] == "capital"
        )


ArgFilter = Callable[[Token, str, str, PatternTable], bool]
NOT_ACTORS: Registry[ArgFilter] = Registry("argument filters")


@NOT_ACTORS.rule("amount")
def _amount(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "sent 10,000 troops", "$5 million": an amount, or what it counts, is no target."""
    if role != "target":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "dozens of Russian banks": what is counted may be an actor
    if tok.ent_type_ in AMOUNT_ENTS or tok.like_num:
        return True
    return any(c.dep_ == "nummod" for c in tok.children) and not any(
        c.ent_type_ in MODIFIER_ENTS for c in tok.children
    )


@NOT_ACTORS.rule("venue")
def _venue(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "in the House of Commons", "at the summit": a place where, not a party to the act
    (unless the act is done to the place: an attack, a seizure, a deployment)."""
    prep = tok.head if tok.dep_ == "pobj" else None
    return (
        prep is not None
        and prep.lower_ in PLACE_PREPS
        and event_type not in PLACE_TYPES
        # "arrived in Beijing on a visit": where one travels to is whom one visits, unless the
        # act's partner is named ("returned to Jeddah in Saudi Arabia for talks with X").
        and (prep.head.lemma_.lower() not in MOTION_VERBS or _partner_named(prep.head))
    )


def _partner_named(verb: Token) -> bool:
    """Whether a purpose phrase of the verb names whom the act is with: "for talks with"."""
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("for", "to")
        and any(
            w.dep_ == "prep" and w.lower_ == "with"
            for o in p.children
            if o.dep_ == "pobj"
            for w in o.children
        )
        for p in verb.children
    )


# Types whose noun's "of" object is what is moved: "the mobilization of security forces",
# "the withdrawal of troops", "the delivery of aid".
THEME_OF_TYPES = frozenset({"MOBILIZE", "RETREAT", "AID"})


# Types whose object, when it names forces, is what is offered, sent or withdrawn.
THEME_OBJECT_TYPES = frozenset({"AGREE", "AID", "RETREAT", "MOBILIZE"})
FORCE_NOUNS = frozenset(
    {"troop", "soldier", "officer", "police", "policeman", "force", "personnel",
     "peacekeeper", "warship", "jet", "aircraft", "ship", "unit", "contingent", "battalion",
     "brigade", "marine", "sailor", "adviser", "advisor", "reservist", "instructor"}
)  # fmt: skip


@NOT_ACTORS.rule("theme")
def _theme(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "ordering the mobilization of security forces along the border": the "of" object of
    a deployment, a withdrawal or a delivery, and the object of a verb of deploying, are what
    is sent or pulled back, not whom the act is done to (as a target only)."""
    if role != "target":
        return False
    if event_type == "MOBILIZE" and tok.dep_ == "dobj":
        return True  # "mobilized warships and fighter jets near Iran": what is deployed
    if event_type in THEME_OBJECT_TYPES and tok.dep_ == "dobj":
        # "offered to send officers for the force": the forces offered, sent or pulled out
        if tok.lemma_.lower() in FORCE_NOUNS:
            return True
    prep = tok.head if tok.dep_ == "pobj" else None
    return (
        event_type in THEME_OF_TYPES
        and prep is not None
        and prep.lower_ == "of"
        and prep.head.pos_ in ("NOUN", "PROPN")
    )


@NOT_ACTORS.rule("audience")
def _audience(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "told reporters", "said in an interview with journalists": who listened (as a
    target only: "Turkish journalists demonstrated" is an act of journalists)."""
    words = {tok.lemma_.lower(), tok.lower_}
    return role == "target" and not words.isdisjoint(table.audience_nouns)


@NOT_ACTORS.rule("named-after-a-city")
def _city_name(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "the Minsk agreements", "the Geneva talks": a city naming an agreement or a meeting."""
    return (
        tok.dep_ in ("compound", "nmod")
        and tok.head.pos_ in ("NOUN", "PROPN")
        and entity_span(tok).text.lower() in capitals()
    )


# Verbs that call or bring their object somewhere: their "to" object is where, not whom.
SUMMON_VERBS = frozenset({"summon", "call", "invite", "bring", "take", "escort"})


@NOT_ACTORS.rule("destination")
def _destination(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "summoned the Ambassador of Russia to Japan": the parse hangs "to Japan" on the verb,
    whose own object is the one summoned (or on that object: "summoned the ambassador to the
    Foreign Office"); the "to" object is a destination, not a target."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if role != "target" or prep is None or prep.lower_ != "to":
        return False
    verb = prep.head
    if verb.dep_ == "dobj":
        # "summoned the ambassador to the Foreign Office": the parse may hang it on the envoy
        verb = verb.head
    return verb.lemma_.lower() in SUMMON_VERBS and any(c.dep_ == "dobj" for c in verb.children)


# Public spaces a crowd fills: the town they belong to is where, not whom ("the streets of X").
PUBLIC_SPACES = frozenset(
    {"street", "streets", "square", "plaza", "avenue", "boulevard", "road", "roads"}
)


@NOT_ACTORS.rule("streets-of")
def _streets_of(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "took to the streets of Libreville", "marched through the squares of Kyiv": a town
    owning a public space is where the act happens, not its target (unless the act is done
    to the place: an attack, a seizure, a deployment)."""
    if role != "target" or event_type in PLACE_TYPES:
        return False
    if tok.lemma_.lower() in PUBLIC_SPACES or tok.lower_ in PUBLIC_SPACES:
        return True  # the space itself, with any town named inside it
    prep = tok.head if tok.dep_ == "pobj" else None
    return (
        prep is not None
        and prep.lower_ == "of"
        and (prep.head.lemma_.lower() in PUBLIC_SPACES or prep.head.lower_ in PUBLIC_SPACES)
    )


# Nouns of carrying out, keeping or breaking a text: what is demanded or charged is that a
# text be kept, not anything of whoever wrote it.
KEEPING_NOUNS = frozenset(
    {"implementation", "enforcement", "respect", "compliance", "adherence", "observance",
     "application", "violation", "breach", "fulfilment", "fulfillment"}
)  # fmt: skip


@NOT_ACTORS.rule("text-kept")
def _text_kept(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "demanded the implementation of UN Security Council resolution 2216", "accused them of
    violations of the Minsk agreements": the body that wrote the text to be kept is not whom
    the demand or the charge is aimed at (as a target only; who must keep it is not said)."""
    return (
        role == "target"
        and tok.lemma_.lower() in KEEPING_NOUNS
        # "compliance from Iran", "violations by Russian jets", "Iran's compliance": the
        # party named is whose
        and not any(
            (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")) or c.dep_ == "poss"
            for c in tok.children
        )
    )


# Nouns of one of two sides, which name no one without a name beside them.
SIDE_NOUNS = frozenset(
    {"leader", "side", "rival", "camp", "faction", "adversary", "foe", "enemy", "man"}
)  # fmt: skip
PAIR_WORDS = frozenset({"both", "two", "each", "either", "neither"})


@NOT_ACTORS.rule("unnamed-pair")
def _unnamed_pair(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "The two leaders, who fought each other", "Both sides accused each other": a pair
    counted by a side noun with no name, nationality or owner in its phrase is whoever the
    story named before, which the event cannot tell apart (source or target)."""
    if tok.lemma_.lower() not in SIDE_NOUNS or tok.tag_ != "NNS":
        return False
    if not any(
        c.lower_ in PAIR_WORDS for c in tok.children if c.dep_ in ("det", "nummod", "predet")
    ):
        return False
    return not any(
        t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or t.dep_ == "poss"
        for t in tok.subtree
        if t.i != tok.i
    )


DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


@NOT_ACTORS.rule("demonstrative")
def _demonstrative(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "condemned this regime's abuses", "accused that government of lying": a common noun
    pointed at by "this"/"that", with no name in its phrase, stands for someone named
    before, whom the phrase alone does not say (source or target)."""
    return pointed_at(tok)


def pointed_at(tok: Token) -> bool:
    """A common noun after this/that/these/those with no name in its phrase ("this
    regime")."""
    if tok.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in tok.children
    ):
        return False
    return not any(
        t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
        for t in tok.subtree
        if t.i != tok.i and t.dep_ != "poss"
    )


# Envoys and nationals named without their state: "expelled diplomats and citizens".
UNOWNED_PEOPLE = frozenset(
    {"diplomat", "envoy", "ambassador", "citizen", "national", "official", "staff", "attache"}
)


@NOT_ACTORS.rule("unowned-envoys")
def _unowned_envoys(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "Both countries expelled diplomats and citizens": envoys or nationals with no state
    of their own in the phrase (no possessor, no nationality, no "of"/"from") name no target;
    whose they are is the other state, which the phrase does not say."""
    if role != "target" or tok.lemma_.lower() not in UNOWNED_PEOPLE or tok.tag_ != "NNS":
        return False
    return not any(
        c.dep_ in ("poss", "amod", "compound", "nmod", "det", "prep") for c in tok.children
    )


def not_actor(tok: Token, role: str, event_type: str, table: PatternTable) -> str | None:
    """The name of the first filter that rules the phrase out as the event's ``role``
    ("source" or "target"), if any."""
    for rule in NOT_ACTORS:
        if rule.fn(tok, role, event_type, table):
            return rule.name
    return None


@NOT_ACTORS.rule("infinitive")
def _infinitive(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "sending troops to pound rebel fighters", parsed as a noun phrase: the "to" of an
    infinitive before the head makes the phrase a purpose clause, no target."""
    return role == "target" and any(
        t.tag_ == "TO" and t.dep_ == "aux" and t.i < tok.i for t in tok.subtree
    )
