"""Actor filters for a phrase that names people related to an actor, not the actor itself.

Registered in :data:`cablegram.events.junk.JUNK_ACTORS` (run on each actor the lookup reads
from a source or target phrase; imported by :mod:`cablegram.events.registered`):

- ``members-not-body``: an international body read from a modifier of a phrase that picks
  some of its members out ("most of her fellow EU leaders refuse", "several NATO allies
  want", "other EU member states"): those members acted, not the body; the members as a
  whole at work ("EU foreign ministers agreed to extend sanctions", "EU governments agreed
  to list ...") stay the body's, as its council.
- ``relation-not-possessor``: a person or body read from the possessor of a noun of people
  related to them ("called on Chavez's political heirs", "Putin's critics", "Maduro's
  opponents", "the general's family"): the heirs, critics or family are the argument, not
  the one they are related to (who may be dead, or on the other side).

All drop the actor; with no other actor in the phrase the event loses that argument (a
source-less event is not coded), which is the precision-first reading.

A source screen (registered in :data:`cablegram.events.parties.SOURCE_SCREENS`):

- ``describing-participle``: a stance participle that describes the subject of another
  clause ("Several governments opposed to Maduro balked at expelling Venezuela", "rebels
  committed to the truce attacked"): it tells who they are, not an act they did then; no
  event is coded from it.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.actors.places import STATE_NOUNS
from cablegram.events.junk import JUNK_ACTORS
from cablegram.events.modality import Site
from cablegram.events.parties import SOURCE_SCREENS, Lookup
from cablegram.records import Actor

# Words that pick some of a body's members out: "fellow EU leaders", "other NATO allies",
# "individual EU states".
SOME_WORDS = frozenset({"fellow", "other", "individual", "several", "some", "many", "most"})
# Nouns for a body's members: "fellow EU leaders", "other NATO allies", "EU member states".
# The shared nouns for states (actors.places.STATE_NOUNS) and this stage's own.
MEMBER_NOUNS = STATE_NOUNS | {"leader", "ally", "capital", "minister", "partner"}
# Quantifiers of a partitive "of" ("most of the EU leaders", "some of NATO's members").
PARTITIVES = frozenset(
    {"most", "some", "many", "several", "few", "none", "all", "half", "one", "two", "three",
     "majority", "minority", "rest", "each", "any"}
)  # fmt: skip
# People named by their relation to a person or body, never that person or body.
RELATED_PEOPLE = frozenset(
    {"heir", "successor", "supporter", "follower", "loyalist", "backer", "critic", "opponent",
     "rival", "enemy", "foe", "detractor", "family", "relative", "widow", "widower", "son",
     "daughter", "wife", "husband", "brother", "sister", "father", "mother", "child",
     "children", "lawyer", "attorney", "victim", "kin", "descendant", "admirer"}
)  # fmt: skip


def _in_modifier(tok: Token, actor: Actor, deps: tuple[str, ...]) -> bool:
    """The actor's mention lies in a modifier of ``tok`` with one of ``deps``, not in
    ``tok`` itself."""
    if actor.start < 0 or actor.start <= tok.idx < actor.end:
        return False
    for kid in tok.children:
        if kid.dep_ not in deps:
            continue
        sub = list(kid.subtree)
        if sub[0].idx <= actor.start < sub[-1].idx + len(sub[-1].text):
            return True
    return False


def _picked_out(tok: Token) -> bool:
    """The phrase names some members: a picking word on it ("fellow", "other") or a
    partitive above it ("most of the EU leaders")."""
    if any(c.lower_ in SOME_WORDS and c.dep_ in ("amod", "det", "nummod") for c in tok.children):
        return True
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lower_ in PARTITIVES
        and head.head != tok
    )


@JUNK_ACTORS.rule("members-not-body")
def _members_not_body(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """Rule ``members-not-body``: an international organisation in a modifier of a phrase
    picking some of its members out (``SOME_WORDS``, a partitive)."""
    if actor.kind != "organization" or actor.country is not None:
        return False
    if tok.lower_ in PARTITIVES:
        # "Most of his fellow NATO leaders": the phrase's head is the quantifier
        return any(
            _members_phrase(obj, actor, partitive=True)
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj"
        )
    return _members_phrase(tok, actor, partitive=False)


def _members_phrase(tok: Token, actor: Actor, partitive: bool) -> bool:
    """A plural noun of members (``MEMBER_NOUNS``) with the body in a modifier; a body's
    resolutions, warships or troops are its own ("Other NATO warships also fired")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NNS", "NNPS"):
        return False
    if tok.lemma_.lower() not in MEMBER_NOUNS and tok.lower_ not in MEMBER_NOUNS:
        return False
    if not _in_modifier(tok, actor, ("compound", "amod", "poss", "nmod")):
        return False
    if any(c.lower_ in ("including", "like", "such") for c in tok.children):
        # "Several EU member states including Greece, Cyprus and Malta": the members are
        # named; the claims stage reads the group (left as it was)
        return False
    return partitive or _picked_out(tok)


@JUNK_ACTORS.rule("relation-not-possessor")
def _relation_not_possessor(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """Rule ``relation-not-possessor``: the actor is the possessor (or "of" object) of a
    noun of related people (``RELATED_PEOPLE``)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in RELATED_PEOPLE:
        return False
    if _in_modifier(tok, actor, ("poss",)):
        return True
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and _in_modifier(prep, actor, ("pobj",)):
            return True
    return False


@SOURCE_SCREENS.rule("describing-participle")
def _describing_participle(site: Site, actor: Actor, lookup: Lookup) -> bool:
    """Rule ``describing-participle``: the trigger is a stance participle (the pattern
    table's ``stative_passives``: "opposed", "committed") hung on a noun that is the subject
    of another clause."""
    trigger = site.trigger
    if trigger.lemma_.lower() not in site.table.stative_passives:
        return False
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        noun = trigger.head
        return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj", "nsubjpass")
    # The parser's reading of the same: the participle made the main verb, the real main
    # verb hung on it as a subjectless finite clause ("governments opposed to Maduro
    # balked at ...": "balked" under "opposed").
    return trigger.tag_ in ("VBN", "VBD") and any(
        c.dep_ == "advcl"
        and c.i > trigger.i
        and c.tag_ in ("VBD", "VBZ", "VBP")
        and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "advmod") for g in c.children)
        for c in trigger.children
    )
