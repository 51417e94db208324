"""Armed and police acts whose pattern type is not the PLOVER one (type rules registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by the coder so that they register).

Each reads the trigger's own arguments; the types follow the CAMEO-to-PLOVER table in
../shared/gold/plover/CAMEO2PLOVER-2021.txt:

- ``weapon-test``: firing, launching or testing a missile or rocket at no one, marked as a
  test ("test-fired a cruise missile", "tested two missiles", "in a test") or by where it
  fell or flew ("fired a ballistic missile into the sea", "off the coast", "into orbit",
  "toward the Sea of Japan", "fired a missile over Japan": a flight over a land strikes
  nothing, round 16, i11) shows military power, MOBILIZE (CAMEO 150), not an ASSAULT:
  nothing was hit. Fired "at", "on", "into" or "toward" a place or people, or with killing
  or wounding in the sentence, it stays an ASSAULT; a missile's kind or range ("cruise",
  "ballistic", "long-range") is no mark of a test ("Russia launched cruise missiles across
  Ukraine" is an attack: precision first); a firing told as one of a series of launches or
  as a drill ("fired two rockets in its second launch this month", "during a military
  exercise") is a test too (trial 17), but a launch or exercise of something other than a
  weapon or a force ("during the launch of an offensive", "in an exercise of its right to
  self-defence") is none (review f14e);
- ``police-raid``: a raid or search by police, prosecutors or security forces ("police
  raided the offices of Zaman", "security forces raided the homes of 40 journalists") is a
  coercive measure, COERCE (CAMEO 171/173), not an ASSAULT, unless the sentence reports
  killing, wounding or shooting in it; a raid by anyone else ("militants raided a bank")
  stays an ASSAULT, whatever was raided;
- ``rescue-search``: a search "for" survivors, victims, bodies or the missing ("soldiers
  searched the collapsed building for survivors") is a rescue, not a police search: not
  coded;
- ``tested-thing``: testing something whose head noun is no weapon ("NASA tested a rocket
  engine", where the pattern saw the modifier "rocket") shows no force: not coded;
- ``gone-to-fight``: fighters leaving, travelling, offering or volunteering to fight, or
  fighting "alongside" a side, with no opponent named ("3,000 Tunisians have left to fight
  with Islamic State", "offered to fight again for Kiev") join a side: no ASSAULT on, or
  THREATEN against, the side joined;
- ``vowed-battle``: a vow or pledge to battle, combat, crush or defeat someone ("vowed to
  keep battling them", "pledged to crush the insurgency") is a threat of force, THREATEN
  (CAMEO 138), not the AGREE that a vow of cooperation is;
- ``outlawed-practice``: outlawing, banning or abolishing a practice or a law ("the death
  penalty, which Turkey outlawed in 2004") coerces no one: PLOVER's COERCE ban (CAMEO 1722)
  is of parties, groups and people, which the pattern dictionary names.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.campaigns import PLEDGE_WORDS
from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.tree import lemma as _lemma

# What is fired, launched or tested in a show of force.
MISSILES = frozenset({"missile", "rocket", "projectile", "satellite", "icbm", "slbm"})
# Words on a missile, or on the firing, that make it a test (a missile's kind or range does not).
TEST_MARKS = frozenset({"test", "satellite"})
# Where a test falls: "into the sea", "off the coast", "into orbit", "toward the Sea of
# Japan", "over the sea".
WATERS = frozenset({"sea", "ocean", "water", "waters", "gulf", "bay", "strait"})
TEST_PLACES = {
    "into": WATERS | frozenset({"orbit", "space"}),
    "off": frozenset({"coast", "coastline", "shore", "peninsula"}),
    "toward": WATERS,
    "towards": WATERS,
    "to": WATERS,
    "over": WATERS | frozenset({"island", "territory", "peninsula", "archipelago", "region"}),
}
# Verbs of a missile's own flight, on a clause hung on it ("a missile that flew over Japan",
# "a rocket that passed over Hokkaido before plunging into the Pacific").
FLIGHT_VERBS = frozenset(
    {"fly", "pass", "travel", "land", "fall", "plunge", "splash", "crash", "overfly", "head"}
)  # fmt: skip
# Entity labels of a state or land a missile flies over ("fired a missile over Japan"): a
# flight over it, no strike on it.
OVERFLOWN_ENTS = frozenset({"GPE", "LOC"})
# Nouns that tell a firing as a launch or drill, not a strike: "fired two rockets in the
# second such launch", "during an exercise" (an object of "in"/"during" on the trigger).
LAUNCH_EVENTS = frozenset({"launch", "drill", "exercise", "maneuver", "manoeuvre", "test"})
LAUNCH_EVENT_PREPS = frozenset({"in", "during"})
# What a test of force tests (the head noun, not a modifier: "a rocket engine" is an engine).
WEAPONS = MISSILES | frozenset({"weapon", "bomb", "warhead", "launcher"})
LAUNCH_VERBS = frozenset({"fire", "launch", "test", "test-fire"})
# What a launch or drill "of" may name and still be one: the weapon or the force drilled
# ("the launch of a missile", "an exercise of its navy"); not "the launch of an offensive".
LAUNCHED_OR_DRILLED = WEAPONS | frozenset(
    {"navy", "army", "force", "troop", "unit", "military", "fleet", "battery", "brigade",
     "division", "corps", "artillery", "system"}
)  # fmt: skip
# Prepositions that name what a launch was aimed at.
# Not "over": a missile fired over a land flies over it ("fired a missile over Japan").
AIMED_PREPS = frozenset({"at", "on", "upon", "into", "against", "toward", "towards"})
# "on Friday", "over the weekend": when, not at whom.
TIME_LABELS = frozenset({"DATE", "TIME"})
# Where a test lands, and when ("at periods of tension"): no target.
NO_TARGET_PLACES = WATERS | frozenset(
    {"orbit", "space", "desert", "period", "time", "moment"}
)  # fmt: skip

# Those whose raids are police work, and what police raid.
POLICE_WORDS = frozenset(
    {"police", "policeman", "policemen", "officer", "prosecutor", "investigator", "detective",
     "gendarme", "gendarmerie", "agent", "authority", "authorities", "inspector", "security",
     "agents", "officers", "prosecutors", "investigators", "detectives", "inspectors"}
)  # fmt: skip
# Whom a rescue searches for: "searched the rubble for survivors".
SOUGHT_IN_RESCUE = frozenset(
    {"survivor", "victim", "body", "missing", "remains", "people", "child", "children"}
)  # fmt: skip
RAID_WORDS = frozenset({"raid", "search"})
# Violence reported in a raid keeps it an ASSAULT.
VIOLENCE_WORDS = frozenset(
    {"kill", "dead", "death", "wound", "injure", "shoot", "shot", "gunfight", "shootout",
     "clash", "gunbattle", "casualty"}
)  # fmt: skip

FIGHT_WORDS = frozenset({"fight", "battle", "combat"})
# Verbs that take fighters to a war rather than into a fight with someone.
JOINING_VERBS = frozenset(
    {"leave", "go", "travel", "head", "return", "volunteer", "offer", "enlist", "sign", "come",
     "move", "join"}
)  # fmt: skip
# "fight alongside X" joins X; "fight for X" may be for a side or over a place ("fight for
# every village"), so it counts only under a joining verb ("offered to fight for Kiev").
SIDE_PREPS = frozenset({"alongside"})

# Words of vowing, from the campaign-promise rules' pledges; not committing or guaranteeing
# ("Syria committed to destroy its chemical weapons" is a promise of disarmament, no threat).
VOW_WORDS = PLEDGE_WORDS - {"commit", "commitment", "guarantee"}
# Words of force whose promise is a threat.
FORCE_WORDS = frozenset(
    {"battle", "combat", "fight", "crush", "defeat", "destroy", "eliminate", "eradicate",
     "annihilate", "wipe", "smash", "attack"}
)  # fmt: skip

OUTLAW_WORDS = frozenset({"outlaw", "ban", "abolish"})
# Who can be banned: parties, groups and people (CAMEO 1722).
BANNABLE = frozenset(
    {"party", "group", "organization", "organisation", "movement", "union", "newspaper",
     "candidate", "opposition", "network", "association", "militia", "brotherhood", "sect",
     "faction", "outlet", "broadcaster", "channel", "station", "website", "politician"}
)  # fmt: skip
ACTOR_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})


def launch_objects(trigger: Token) -> list[Token]:
    """The trigger's direct objects (or passive subjects); a relative pronoun stands for the
    noun its clause hangs on ("the penalty, which Turkey outlawed")."""
    out: list[Token] = []
    for kid in trigger.children:
        if kid.dep_ in ("dobj", "nsubjpass"):
            if kid.tag_ in ("WDT", "WP") and trigger.dep_ == "relcl":
                out.append(trigger.head)
            else:
                out.append(kid)
    if not out and trigger.dep_ == "relcl" and trigger.head.pos_ in ("NOUN", "PROPN"):
        # "the penalty Turkey outlawed": the object is the noun the clause hangs on
        if not any(k.dep_ in ("dobj", "nsubjpass") for k in trigger.children):
            out.append(trigger.head)
    if trigger.pos_ in ("NOUN", "PROPN"):
        out += [o for p in trigger.children if p.lower_ == "of" for o in p.children]
    return out


def _of_other(event: Token) -> bool:
    """A launch or exercise of something other than a weapon: "the launch of an offensive",
    "an exercise of its right to self-defence" tell no test (review f14e)."""
    return any(
        _lemma(o) not in LAUNCHED_OR_DRILLED
        for p in event.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _test_marked(trigger: Token, missile: Token) -> bool:
    words = {t.lower_ for t in missile.subtree} | {t.lower_ for t in trigger.children}
    words |= {_lemma(t) for t in missile.subtree}
    # "test-fired": the tokenizer splits off "test" before the verb
    # "launched a rocket, putting a satellite into orbit"
    # "in a test", "a test launch"
    if any(_lemma(t) in (*TEST_MARKS, "orbit") for t in trigger.subtree):
        return True
    prev = trigger.nbor(-1) if trigger.i > 0 else None
    if prev is not None and prev.text == "-" and prev.i > 0 and prev.nbor(-1).lower_ == "test":
        return True
    if any(
        _lemma(o) in LAUNCH_EVENTS and not _of_other(o)
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ in LAUNCH_EVENT_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ):
        return True  # "in the third such launch", "during a drill"
    if any(
        _lemma(o) in TEST_PLACES.get(p.lower_, ())
        or (p.lower_ == "over" and o.ent_type_ in OVERFLOWN_ENTS)
        for p in _flight_preps(trigger, missile)
        for o in p.children
        if o.dep_ == "pobj"
    ):
        return True  # "into the sea", "toward the Sea of Japan", "over Japan"
    return bool(words & TEST_MARKS)


def _flight_preps(trigger: Token, missile: Token) -> list[Token]:
    """The prepositions that tell where a launch went: on the trigger, on the missile, and
    on a clause of the missile's own flight hung on it ("a missile that flew over Japan
    before plunging into the Pacific"), followed down its adverbial clauses."""
    heads = [trigger, missile]
    flights = [c for c in missile.children if c.dep_ in ("relcl", "acl")]
    while flights:
        verb = flights.pop()
        if _lemma(verb) in FLIGHT_VERBS:
            heads.append(verb)
            flights += [c for c in verb.children if c.dep_ in ("advcl", "conj", "pcomp")]
        elif verb.dep_ == "pcomp" or verb.tag_ == "VBG":
            flights += [c for c in verb.children if c.dep_ in ("advcl", "conj")]
    return [p for h in heads for p in h.children if p.dep_ == "prep"]


def aimed(trigger: Token) -> bool:
    """Whether the launch is aimed at a place or party ("fired missiles at Guam")."""
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in AIMED_PREPS:
            if any(
                _lemma(o) not in NO_TARGET_PLACES and o.ent_type_ not in TIME_LABELS
                for o in prep.children
                if o.dep_ == "pobj"
            ):
                return True
    return False


@SITE_TYPES.rule("weapon-test")
def _weapon_test(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "ASSAULT" or _lemma(trigger) not in LAUNCH_VERBS:
        return None
    missiles = [o for o in launch_objects(trigger) if _lemma(o) in MISSILES]
    if not missiles or aimed(trigger) or violent_sentence(trigger):
        return None
    if _lemma(trigger) == "test" or any(_test_marked(trigger, m) for m in missiles):
        return "MOBILIZE"
    return None


def violent_sentence(trigger: Token) -> bool:
    """Killing, wounding or shooting told anywhere in the trigger's sentence."""
    return any(
        _lemma(t) in VIOLENCE_WORDS or t.lower_ in VIOLENCE_WORDS
        for t in trigger.sent
        if t.i != trigger.i
    )


def _violent(trigger: Token) -> bool:
    """Killing, wounding or shooting told in the raid's clause."""
    return any(
        _lemma(t) in VIOLENCE_WORDS or t.lower_ in VIOLENCE_WORDS
        for t in trigger.subtree
        if t.i != trigger.i
    )


def _raiders(trigger: Token) -> list[Token]:
    """The raid's doers: the verb's subject, a noun raid's possessor or "by" agent, or the
    light verb's subject ("police carried out raids")."""
    out = [c for c in trigger.children if c.dep_ in ("nsubj", "poss", "compound", "amod")]
    out += [o for p in trigger.children if p.lower_ == "by" for o in p.children]
    head = trigger.head
    if trigger.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "ADP"):
        verb = head if head.pos_ == "VERB" else head.head
        out += [c for c in verb.children if c.dep_ == "nsubj"]
    return out


@SITE_TYPES.rule("police-raid")
def _police_raid(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "ASSAULT" or _lemma(trigger) not in RAID_WORDS or _violent(trigger):
        return None
    by_police = any(
        t.lower_ in POLICE_WORDS or _lemma(t) in POLICE_WORDS
        for doer in _raiders(trigger)
        for t in doer.subtree
    )
    return "COERCE" if by_police else None


@SITE_TYPES.rule("rescue-search")
def _rescue_search(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if _lemma(trigger) != "search":
        return None
    # "for survivors" on the verb, or hung on its object ("the building for survivors")
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    sought = [
        o
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return "" if any(_lemma(o) in SOUGHT_IN_RESCUE for o in sought) else None


def _opponent_named(trigger: Token) -> bool:
    if any(c.dep_ == "dobj" for c in trigger.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in trigger.children)


def _joining_governor(trigger: Token) -> bool:
    head = trigger.head
    if trigger.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif trigger.dep_ not in ("xcomp", "advcl", "acl"):
        return False
    return _lemma(head) in JOINING_VERBS or _lemma(head) in {"readiness", "willingness"}


@SITE_TYPES.rule("tested-thing")
def _tested_thing(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "MOBILIZE" or _lemma(trigger) != "test" or trigger.pos_ != "VERB":
        return None
    tested = launch_objects(trigger)
    if tested and not any(_lemma(o) in WEAPONS for o in tested):
        return ""  # "tested a rocket engine": the thing tested is no weapon
    return None


@SITE_TYPES.rule("gone-to-fight")
def _gone_to_fight(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type not in ("ASSAULT", "THREATEN") or _lemma(trigger) not in FIGHT_WORDS:
        return None
    if _opponent_named(trigger):
        return None
    for_a_side = any(c.dep_ == "prep" and c.lower_ in SIDE_PREPS for c in trigger.children)
    return "" if for_a_side or _joining_governor(trigger) else None


@SITE_TYPES.rule("vowed-battle")
def _vowed_battle(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "AGREE" or _lemma(trigger) not in VOW_WORDS:
        return None
    promised = [t for c in trigger.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree]
    if any(_lemma(t) in FORCE_WORDS and t.pos_ == "VERB" for t in promised):
        return "THREATEN"
    return None


def _bannable(tok: Token) -> bool:
    if tok.ent_type_ in ACTOR_LABELS:
        return True
    return _lemma(tok) in BANNABLE or tok.lower_ in BANNABLE


@SITE_TYPES.rule("outlawed-practice")
def _outlawed_practice(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "COERCE" or _lemma(trigger) not in OUTLAW_WORDS:
        return None
    banned = launch_objects(trigger)
    if banned and not any(_bannable(t) for t in banned):
        return ""
    return None
