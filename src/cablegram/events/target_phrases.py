"""Who is acted on in an event (the target), as the parse says: the object, the passive
subject, the "to/with/against/on" objects of the trigger and of a noun trigger's light verb,
the noun a relative clause hangs on, and the one asked in a reported demand. The caller's
actor lookup says what those phrases name; filters drop the source itself, venues, places
inside the object, name fragments and the source's own people.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cablegram.events.act_words import INNER_PLACE_PREPS
from cablegram.events.day_phrases import time_noun
from cablegram.events.filters import not_actor
from cablegram.events.junk import (
    OPPONENT_WORDS,
    held_by,
    junk_actor,
    not_the_state,
)
from cablegram.events.moods import resumed_charge
from cablegram.events.orders import states_of
from cablegram.events.patterns import Pattern, PatternTable
from cablegram.events.phrases import Context, phrase_actors, placeless, possessed_thing
from cablegram.events.reporters import quoting_subjects
from cablegram.events.subjects import PUT_FORWARD
from cablegram.events.targets import names_a_place, names_meeting
from cablegram.events.tree import agent, child, for_clause, is_one_of, is_passive
from cablegram.records import Actor

__all__ = ["relative_object", "target_actor", "target_candidates"]

# Verbs whose subject undergoes, not does, what is said of it: "voters shouldn't lose their
# right to vote" demands nothing of voters.
UNDERGONE_VERBS = frozenset({"lose", "suffer", "face", "receive", "get", "die", "feel", "undergo"})
# Prepositions whose object may be the target, in order of preference.
TARGET_PREPS = (
    "against",
    "with",
    "to",
    "on",
    "toward",
    "towards",
    "into",
    "from",
    "at",
    "of",
    "for",
    "in",
)
NOUN_TARGET_PREPS = (
    "with",
    "against",
    "to",
    "on",
    "between",
    "toward",
    "towards",
    "of",
    "from",
    "in",
    "into",
)
# A pattern's own object ("summoned the ambassador", "expelled two diplomats") is the target
# when it names a person or an official body, not what is sent ("sent Polish troops").
OBJECT_TARGET_ROLES = frozenset({"GOV"})


def named_venue(phrase: Token, actor: Actor) -> bool:
    """The actor was read from a place that only names a meeting or an accord: "opposed the
    Madrid peace talks" is not aimed at Spain."""
    if not names_meeting(phrase) or not names_a_place(actor):
        return False
    modifiers = [c for c in phrase.children if c.dep_ in ("compound", "amod", "nmod")]
    return any(actor.text and actor.text in m.text for m in modifiers) and not any(
        c.dep_ == "poss" for c in phrase.children
    )


def _light_carriers(noun: Token, table: PatternTable) -> list[Token]:
    """Words whose objects may name a noun event's target: the noun it modifies ("mediation
    mission between X and Y") and the light verb that governs it ("gave a warm welcome to
    X", "arrived in X on a visit")."""
    out: list[Token] = []
    place = noun
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        place = noun.head
        out.append(place)
    head = place.head
    if place.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif place.dep_ not in ("dobj", "attr", "nsubjpass"):
        return out
    if head.pos_ in ("VERB", "AUX") and is_one_of(head, table.light_verbs):
        out.append(head)
    return out


def relative_object(trigger: Token) -> Token | None:
    """Rule ``relative-object``: the object of a relative clause is the noun the clause
    hangs on ("Israel, which Tehran refuses to recognize", "Egypt, which Turkey accuses of
    torture"): the relative pronoun stands for that noun."""
    clause, objects = trigger, [c for c in trigger.children if c.dep_ == "dobj"]
    if trigger.dep_ == "xcomp":
        clause = trigger.head
    elif trigger.dep_ != "relcl":
        return None
    objects += [c for x in trigger.children if x.dep_ == "xcomp" for c in x.children
                if c.dep_ == "dobj"]  # fmt: skip
    pronoun = next((o for o in objects if o.lower_ in ("which", "whom", "that")), None)
    if clause.dep_ != "relcl" or pronoun is None:
        return None
    # The pronoun stands for the noun the clause hangs on ("The rally in Moscow, which police
    # dispersed"); for the noun just before it only where that noun is the object of a
    # preposition of relation on the head ("Hostility to Israel, which Tehran refuses to
    # recognize"), not of a place ("the convoy near Kyiv, which ...": where the head is).
    head = clause.head
    if (
        head.dep_ == "pobj"
        and head.head.lower_ in INNER_PLACE_PREPS
        and head.head.head.pos_ in ("NOUN", "PROPN")
    ):
        head = head.head.head  # "the convoy near Kyiv, which ...": hung on the place word
    before = pronoun.i - 1
    while before > 0 and pronoun.doc[before].is_punct:
        before -= 1
    noun = pronoun.doc[before]
    prep = noun.head
    related = (
        noun.dep_ == "pobj"
        and noun.pos_ in ("NOUN", "PROPN")
        and prep.dep_ == "prep"
        and prep.lower_ not in INNER_PLACE_PREPS
        and prep.head in (head, *head.subtree)
    )
    if related or head.pos_ not in ("NOUN", "PROPN"):
        return noun if noun.pos_ in ("NOUN", "PROPN") else None
    return head


def target_candidates(
    trigger: Token, pattern: Pattern, table: PatternTable | None = None
) -> list[Token]:
    """Noun phrases that may name the target, most likely first."""
    out: list[Token] = []
    is_noun = trigger.pos_ in ("NOUN", "PROPN")
    stative = (
        table is not None
        and agent(trigger) is None
        and trigger.lemma_.lower() in table.stative_passives
    )
    if not is_noun and is_passive(trigger) and not stative:
        # "was rejected by X": the passive subject is acted on ("were engaged in" is a state).
        subj = child(trigger, "nsubjpass")
        if subj is not None:
            out.append(subj)
    carriers = [trigger]
    if is_noun and table is not None:
        for carrier in _light_carriers(trigger, table):
            carriers.append(carrier)
            out.extend(
                child(c, "pobj") or c for c in carrier.children if c.dep_ in ("dative", "iobj")
            )
    relative = relative_object(trigger)
    if relative is not None:
        out.append(relative)
    for kid in trigger.children:
        if kid.dep_ in ("dative", "iobj"):
            out.append(child(kid, "pobj") or kid)
        if kid.dep_ == "dobj":
            # The pattern's own object ("send troops") is not the target, but what it is
            # sent to may hang on it ("sanctions on Iran").
            if kid.lemma_.lower() in pattern.objects or kid.lower_ in pattern.objects:
                carriers.append(kid)
            else:
                out.append(kid)
    preps: tuple[str, ...] = NOUN_TARGET_PREPS if is_noun else TARGET_PREPS
    if against_an_opponent(trigger):
        # Rule ``ally-with``: "fight with the Iraqi government against terrorism": with an
        # opponent named after "against", the "with" object is a partner, not the target.
        preps = tuple(p for p in preps if p != "with")
    for carrier in carriers[1:]:
        out.extend(held_by(carrier))
    for rank in preps:
        for carrier in carriers:
            if carrier != trigger and rank in INNER_PLACE_PREPS and carrier.pos_ == "NOUN":
                continue  # rule ``place-in-object``: "struck a base in Yemen": where it is
            for kid in carrier.children:
                if kid.dep_ not in ("prep", "dative") or kid.lower_ != rank:
                    continue
                # rule ``time-no-target``: "on Tuesday" dates the act (day_phrases.py)
                out.extend(
                    c
                    for c in kid.children
                    if c.dep_ == "pobj" and c != trigger and not time_noun(c)
                )
                for sub in kid.children:
                    if sub.dep_ == "prep":
                        out.extend(c for c in sub.children if c.dep_ == "pobj")
    # "out of Iraq" hangs its object under "out".
    for kid in trigger.children:
        if kid.dep_ in ("prep", "advmod", "prt") and kid.lower_ == "out":
            for sub in kid.children:
                if sub.dep_ == "prep":
                    out.extend(c for c in sub.children if c.dep_ == "pobj")
    # "called for the government to resign": the one asked is the for-clause's subject.
    asked = for_clause(trigger)
    if asked is not None and pattern.event_type == "REQUEST":
        subj = child(asked, "nsubj")
        if subj is not None and not possessed_thing(subj):
            out.append(subj)
    # "demanded that the US cancel", "said Russia must withdraw": the one asked.
    for kid in trigger.children:
        if kid.dep_ == "ccomp":
            subj = child(kid, "nsubj", "nsubjpass")
            # "said Sudan's efforts must fail" asks nothing of Sudan; "said Kenyans should
            # be allowed to ..." asks it of whoever would allow them, not of Kenyans.
            if (
                subj is not None
                and not possessed_thing(subj)
                and not _passive_xcomp(kid)
                and subj.dep_ == "nsubj"
                and kid.lemma_.lower() not in UNDERGONE_VERBS
            ):
                out.append(subj)
    seen: set[int] = set()
    unique: list[Token] = []
    for tok in out:
        if tok.i not in seen:
            seen.add(tok.i)
            unique.append(tok)
    return unique


def _guessed_description(pronoun: Token, trigger: Token, found: list[Actor]) -> bool:
    """A pronoun subject of a clause that nobody is reported to say, read as a bare common
    description ("officials"); not "rebels saying they were being bombed" (the speaker),
    nor "strikes against them" (read as "Islamic State fighters")."""
    if not pronoun.dep_.startswith("nsubj") or not found:
        return False
    if any(t.dep_ == "ccomp" for t in (trigger, *trigger.ancestors)):
        return False
    return all(placeless(a) and a.name[:1].islower() for a in found)


def _passive_xcomp(verb: Token) -> bool:
    """Rule ``undergoer-not-asked``: "said Islamic State would have to be defeated": the
    subject of a clause whose act is passive undergoes it; nothing is asked of it."""
    return any(c.dep_ == "xcomp" and is_passive(c) for c in verb.children)


# Acts that move or recall one's own people: "its ambassador" is not their target.
OWN_PEOPLE_TYPES = frozenset({"RETREAT", "SANCTION", "MOBILIZE", "AID", "REJECT"})


def target_actor(
    trigger: Token, pattern: Pattern, event_type: str, sources: Sequence[Actor], ctx: Context
) -> Actor | None:
    """The first candidate phrase that names an actor other than the source (an actor does
    not act on itself: "Pakistan is committed to ..."), and is not ruled out by a filter;
    failing that, the pattern's own object when it names a person or an official body
    ("summoned the Afghan ambassador")."""
    if resumed_charge(trigger):
        return None  # "..., a charge Pakistan denies": the accuser is not named as the target
    source_keys = {(a.name, a.country) for a in sources}
    source_states = {a.country for a in sources if a.country}
    state_sources = {a.country for a in sources if a.kind == "state" and a.country}
    moved = event_type in OWN_PEOPLE_TYPES
    for tok in target_candidates(trigger, pattern, ctx.table):
        if not_actor(tok, "target", event_type, ctx.table):
            continue
        # "its ambassador Sylvain Itte": the owner is on the noun the name stands beside
        owned = [tok, tok.head] if tok.dep_ == "appos" else [tok]
        own = any(c.dep_ == "poss" and c.pos_ == "PRON" for t in owned for c in t.children)
        found = phrase_actors(tok, "target", ctx)
        quoting = {  # rule ``quoting-outlet`` (events.reporters)
            (a.name, a.country)
            for s in quoting_subjects(tok)
            for a in phrase_actors(s, "source", ctx)
        }
        found = [a for a in found if (a.name, a.country) not in quoting]
        if tok.pos_ == "PRON" and _guessed_description(tok, trigger, found):
            # Rule ``placeless-pronoun``: "They were bombed during what officials said was a
            # ceremony": a pronoun read as a description with no state ("officials") is a
            # guess at the last plural named, not a target.
            continue
        for actor in not_the_state(tok, found):
            if own and actor.kind == "organization" and actor.role == "GOV" and actor.country:
                # Rule ``office-owns-for-state``: "China's Foreign Ministry said the navy
                # detained its crew": what a ministry's "its" owns is its state's
                actor = states_of([actor])[0]
            if (actor.name, actor.country) in source_keys or named_venue(tok, actor):
                continue
            if junk_actor(tok, actor, "target", event_type):
                continue  # the registered actor filters (events.junk.JUNK_ACTORS)
            if own and (actor.kind == "group" or (actor.kind == "person" and moved)):
                # "withdrew its troops", "would withdraw its ambassador Sylvain Itte": the
                # source's own people, not whom it acts on
                continue
            if actor.kind == "state" and actor.country in source_states:
                continue  # "Lavrov warned that Russia would retaliate": not a threat to Russia
            if actor.role == "GOV" and actor.country in state_sources:
                continue  # "Russia will withdraw ..., the Kremlin said": its own government
            return actor
    obj = child(trigger, "dobj")
    if obj is None or not (obj.lemma_.lower() in pattern.objects or obj.lower_ in pattern.objects):
        return None
    if not_actor(obj, "target", event_type, ctx.table):
        return None  # "expelled diplomats": whose envoys, the phrase does not say
    if moved and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return None  # "withdraw its ambassador": the source's own envoy
    for actor in phrase_actors(obj, "target", ctx):
        fits = actor.kind == "person" or (
            actor.kind == "group" and actor.role in OBJECT_TARGET_ROLES
        )
        if (
            fits
            and actor.country not in source_states
            and (actor.name, actor.country) not in source_keys
        ):
            return actor
    return None


# Words of a foe, or of a thing opposed, that may follow "against" ("fought with X against
# the rebels", "against terrorism", "voted with Russia against the resolution"); never a
# setting ("against the backdrop of", "against the odds").
FOE_WORDS = OPPONENT_WORDS | frozenset(
    {"terrorism", "terrorist", "terrorists", "enemy", "enemies", "invader", "invaders",
     "occupier", "occupiers", "occupation", "extremist", "extremists", "extremism", "army",
     "forces", "troops", "regime", "government", "taliban", "gunmen", "fighters", "aggression",
     "aggressor", "aggressors", "jihad", "invasion"}
) | PUT_FORWARD | frozenset({"bill", "law", "measure", "sanction", "sanctions", "war"})  # fmt: skip
# Entity labels of an "against" object that names an actor: "against Russia", "against ISIS".
FOE_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def against_an_opponent(trigger: Token) -> bool:
    """The trigger names an opponent after "against": an actor ("against Russia", "against
    Islamic State") or a word of a foe ("against terrorism", "against the rebels"), not a
    setting ("against the backdrop of the Gaza war", "against all odds")."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "against":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if (
                obj.ent_type_ in FOE_ENTS
                or obj.lemma_.lower() in FOE_WORDS
                or obj.lower_ in FOE_WORDS
            ):
                return True
            if any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in FOE_ENTS for c in obj.children
            ):
                return True
    return False
