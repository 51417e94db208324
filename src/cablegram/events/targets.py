"""Target recovery: when the argument finder named no target, the trigger's own arguments
may still name one through a word that is no actor itself.

Each is a small named rule in ``TARGET_RULES`` returning candidate phrases (most likely
first); the first candidate naming an actor other than the source is the target:

- ``called-upon``: "called upon Russia to cooperate" (an "upon" the finder does not read);
- ``object-owner``: the one whose thing the act is done to: "condemned the Australian
  sanctions" (Australia), "froze Rossiya Segodnya's account" (Rossiya Segodnya), "imposed
  sanctions on the vice-chairpersons of China's parliament" (China), "condemned the
  violations by Indian forces" (India).

Only the trigger's object, its "on/against/upon/at/over" objects and, for a noun trigger,
its "on/against" objects are read: never the nearest name in the sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from cablegram.events.day_phrases import time_noun
from cablegram.events.filters import KEEPING_NOUNS, PLACE_PREPS, PLACE_TYPES, pointed_at
from cablegram.events.junk import junk_actor, place_modifiers
from cablegram.events.members import RELATED_PEOPLE
from cablegram.events.named_places import PLACE_NOUNS
from cablegram.events.patients import CUSTODY_NOUNS
from cablegram.events.phrase_groups import demonym_state
from cablegram.events.press import PRESS_WORDS, SPEAKING_LEMMAS
from cablegram.records import Actor
from cablegram.rules import Registry

TargetRule = Callable[[Token], list[Token]]
TARGET_RULES: Registry[TargetRule] = Registry("target-rules")

# Prepositions whose object is what a verb's act is done to.
ACTED_ON = ("on", "against", "upon", "at", "onto")
# Prepositions by which a thing is laid on someone ("sanctions on X"); not a place ("at").
LAID_ON = ("on", "against", "upon")
# Types whose act is done to someone: worth a target found through an owner.
DIRECTED_TYPES = frozenset(
    {"ACCUSE", "REQUEST", "THREATEN", "SANCTION", "ASSAULT", "COERCE", "REJECT", "SUPPORT",
     "AID", "CONCEDE", "PROTEST"}
)  # fmt: skip
# Entity labels that may name an owner: a state, a people, an organisation, a person, a place.
OWNER_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})


def _pobjs(tok: Token, preps: Sequence[str]) -> list[Token]:
    out: list[Token] = []
    for kid in tok.children:
        if kid.dep_ == "prep" and kid.lower_ in preps:
            out.extend(c for c in kid.children if c.dep_ == "pobj")
    return out


@TARGET_RULES.rule("called-upon")
def _called_upon(trigger: Token) -> list[Token]:
    return [t for t in _pobjs(trigger, ("upon",)) if not time_noun(t)]


def _owners(noun: Token) -> list[Token]:
    """Names that own a thing: its possessor ("Rossiya Segodnya's account"), a name or a
    people modifying it ("the Australian sanctions"), its "of" object ("vice-chairpersons of
    China's parliament"), one level down."""
    out: list[Token] = []
    if noun.lemma_.lower() in RELATED_PEOPLE:
        # Rule ``relation-not-possessor``: "called on Chavez's political heirs": the heirs,
        # critics or family are acted on, not the one they are related to
        return out
    places = place_modifiers(noun)  # "condemned the Kabul bombing": where, not whose
    for kid in noun.children:
        if kid in places:
            continue
        if kid.dep_ == "poss" and kid.pos_ != "PRON":
            # not "her demise": a pronoun's owner is whoever the story is about
            out.append(kid)
        elif kid.dep_ in ("amod", "compound", "nmod") and kid.ent_type_ in OWNER_ENTS:
            out.append(kid)
    # "the targeting of civilians by Pakistani forces": who does the thing acted against;
    # "diplomats from the Russian mission": whom the people acted against belong to
    out.extend(_pobjs(noun, ("by", "from")))
    if any(n.lemma_.lower() in CUSTODY_NOUNS for n in (noun, *noun.conjuncts)):
        # Rule ``harm-victim``: "condemn the murder of Robert Hall", "the detention of
        # Kavala": the "of" object of a noun of harm or custody (or of the adjective the
        # parser made it a conjunct of, "the brutal and senseless murder of") is its victim,
        # not whom the act is aimed at or who owns it
        return out
    if noun.lemma_.lower() in PLACE_NOUNS:
        return out  # rule ``named-place``: "captured the village of al-Tamura": its name
    for of_obj in _pobjs(noun, ("of",)):
        if of_obj.ent_type_ in OWNER_ENTS:
            out.append(of_obj)
        out.extend(_owners(of_obj) if of_obj != noun else [])
    return out


@TARGET_RULES.rule("object-owner")
def object_owners(trigger: Token) -> list[Token]:
    """What the trigger's act is done to, and who owns it."""
    things = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    things.extend(_pobjs(trigger, ACTED_ON))
    if trigger.pos_ in ("NOUN", "PROPN"):
        # "the expulsion of 12 diplomats from the Russian mission": a noun's object
        things.extend(_pobjs(trigger, ("of",)))
        # "sanctions and a travel ban on X": a conjoined noun carries the "on"
        for conj in trigger.conjuncts:
            things.extend(_pobjs(conj, ACTED_ON))
        if trigger.dep_ == "dobj":
            # "imposed sanctions on X": the light verb carries the noun's "on"
            things.extend(_pobjs(trigger.head, ACTED_ON))
    if trigger.lemma_.lower() in SPEAKING_LEMMAS:
        # rule ``outlet-owner``: "he told Germany's Handelsblatt newspaper": the outlet one
        # speaks to, and its owner, are not whom a demand is made of
        things = [t for t in things if t.lemma_.lower() not in PRESS_WORDS]
    for thing in list(things):
        # "imposed sanctions and a travel ban on X": what the object is laid on
        for part in (thing, *thing.conjuncts):
            things.extend(t for t in _pobjs(part, LAID_ON) if t not in things)
    out: list[Token] = []
    for thing in things:
        if thing.lemma_.lower() in KEEPING_NOUNS:
            # filter ``text-kept``: "the implementation of UN resolution 2216" is aimed at no
            # writer of the text; "compliance from Iran" at the party it is asked of
            out.extend(_pobjs(thing, ("by", "from")))
            out.extend(c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON")
            continue
        if thing.ent_type_ in OWNER_ENTS:
            out.append(thing)
        out.extend(_owners(thing))
    return out


def recover_target(
    trigger: Token,
    event_type: str,
    sources: Sequence[Actor],
    lookup: Callable[[Span], Sequence[Actor]],
) -> tuple[Actor | None, str | None]:
    """(target, rule name) for an event the argument finder left without one; (None, None)
    when no rule finds an actor other than the source (nor the source's own state)."""
    if event_type not in DIRECTED_TYPES:
        return None, None
    source_keys = {(a.name, a.country) for a in sources}
    source_states = {a.country for a in sources if a.country}
    venues = [t for t in _pobjs(trigger, tuple(PLACE_PREPS)) if _venue(t, trigger, event_type)]
    for rule in TARGET_RULES:
        for tok in rule.fn(trigger):
            if any(v == tok or v in tok.ancestors for v in venues):
                continue
            if pointed_at(tok):
                continue  # filter ``demonstrative``: "this regime's abuses"
            at_meeting = tok.dep_ in ("compound", "amod", "nmod") and names_meeting(tok.head)
            span = _phrase(tok)
            found = list(lookup(span))
            if not found and (_owning_demonym(tok, trigger) or rule.name in DOER_DEMONYM_RULES):
                # rule ``owner-demonym``: "rejected French charges": the people word that
                # owns the thing names its state, though the lookup does not read it alone
                found = demonym_state(tok)
            for actor in found:
                if at_meeting and names_a_place(actor):
                    continue  # "opposed the Madrid peace talks": where, not whom
                if (actor.name, actor.country) in source_keys:
                    continue
                if actor.country and actor.country in source_states:
                    continue
                if junk_actor(tok, actor, "target", event_type):
                    continue  # the registered actor filters ("Derna, a town": a place)
                return actor, rule.name
    return None, None


# Rules whose people word names the doer of an act answered: "vowed to retaliate against
# the Israeli strike" threatens Israel (vows.py ``answered-doer``; round 14, f133).
DOER_DEMONYM_RULES = frozenset({"answered-doer"})


def _owning_demonym(tok: Token, trigger: Token) -> bool:
    """A people word on the trigger's own object ("rejected French charges"), not on a
    place further down ("besieged the town on the Turkish border")."""
    if tok.dep_ != "amod" or tok.ent_type_ != "NORP":
        return False
    thing = tok.head
    return thing.head == trigger and thing.dep_ in ("dobj", "nsubjpass")


# Nouns of meetings and accords that a place names: "the Madrid peace talks", "the Minsk
# agreements", "the Geneva conference" (the place is where, not who).
VENUE_NAMED = frozenset(
    {"talk", "talks", "conference", "summit", "agreement", "agreements", "accord", "accords",
     "process", "format", "declaration", "protocol", "meeting", "negotiation", "negotiations",
     "dialogue", "forum", "initiative", "framework", "communique", "consensus", "memorandum"}
)  # fmt: skip


def names_a_place(actor: Actor) -> bool:
    """The actor was read from a place in it (a capital, a city), not from its own name:
    "the Madrid talks" name where they were held, "the US-China talks" and "the Ukraine peace
    summit" name a party."""
    return (
        actor.kind == "state"
        and bool(actor.text)
        and actor.text.lower()
        not in (
            actor.name.lower(),
            f"the {actor.name.lower()}",
        )
        and (actor.country is None or actor.text.upper() != actor.country)
    )


def names_meeting(noun: Token) -> bool:
    """A noun of a meeting or an accord, which a place modifying it only names."""
    return noun.lemma_.lower() in VENUE_NAMED or noun.lower_ in VENUE_NAMED


def _venue(tok: Token, trigger: Token, event_type: str) -> bool:
    """ "was protesting at the National Archives": the place of an act that is not done to
    a place (as an attack or a seizure is) is no target, nor is any name inside it, as the
    argument finder's ``venue`` filter says of the same phrase."""
    prep = tok.head if tok.dep_ == "pobj" else None
    return (
        prep is not None
        and prep.head == trigger
        and prep.lower_ in PLACE_PREPS
        and event_type not in PLACE_TYPES
    )


def _phrase(tok: Token) -> Span:
    """The token's own phrase: its subtree for a name, the token alone for a possessor's
    bare name ("Australia's" without the thing it owns)."""
    left = tok.left_edge.i
    right = tok.right_edge.i
    if tok.dep_ == "poss" or tok.dep_ in ("amod", "compound", "nmod"):
        # the owner's own words only: "Rossiya Segodnya" in "Rossiya Segodnya's account"
        right = tok.i
        left = min((c.left_edge.i for c in tok.children if c.dep_ == "compound"), default=tok.i)
    return tok.doc[left : right + 1]
