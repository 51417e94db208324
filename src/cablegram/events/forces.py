"""Acts of armed forces read as civil acts and civil acts read as military ones, and phrases
read as the wrong party (type rules registered in :data:`cablegram.events.kinds.SITE_TYPES`,
argument filters in :data:`cablegram.events.filters.NOT_ACTORS` and one actor filter in
:data:`cablegram.events.junk.JUNK_ACTORS`; imported by the coder so that they register).

- ``armed-protest``: PLOVER's PROTEST (CAMEO 14) is civilian dissent. When the doers of a
  PROTEST trigger are named by a word for armed forces or police ("soldiers", "troops",
  "riot police", "rebels", "insurgents", "security forces") and no protest is told of them
  ("to protest", "in protest", "protesting"), the act is force, not protest: blocking roads
  or bridges by a state's forces is restricting movement, COERCE (CAMEO 191, "impose
  blockade, restrict movement"; rebels or fighters blocking roads stay PROTEST, as PLOVER's
  gold codes them); any other PROTEST trigger ("rebels on the march", "troops marched into the
  town") is movement, not coded. "Protesters blocked two bridges" stays PROTEST, and so
  does "police officers marched in protest against pay cuts"; so do forces with a
  grievance of their own ("to demand their pay", "demanding pensions", "a mutiny") or named
  off duty ("retired soldiers", "mutinous troops"). "Strike" tells no protest but in "on
  strike" ("after the air strike").
- ``defended-from``: the object of "from" or "against" after a verb of defending,
  protecting, shielding or guarding ("helped defend the city from Islamic State",
  "protected the villagers against rebel raids") is the adversary the defence is against:
  never the target of the SUPPORT or AID that defending codes.
- ``cut-route``: cutting or severing a route ("cut off the main supply route", "cut the
  supply line linking the city to Turkey") is restricting movement, COERCE (CAMEO
  191), not the economic SANCTION of cutting supplies or aid ("cut gas supplies to
  Ukraine" stays SANCTION); the ends of the route ("from Turkey to Aleppo") are places,
  no target of the COERCE (``route-ends``). Only physical routes count: roads, routes,
  corridors, highways, supply lines; "severed diplomatic links with Tehran", "cut its air
  links to Egypt" stay SANCTION with their target.
- ``civil-departure``: leaving a country or city is a RETREAT (CAMEO 087, a withdrawal)
  only for forces, states, delegations, envoys or missions ("Russian troops left Georgia",
  "the opposition delegation left Geneva"); a person, a company, a legislature or a team
  leaving a place ("He left Paris shortly after the bombing", "Congress left Washington
  for the recess", "the Rams left Los Angeles") travels, moves or flees: no event.
- ``record-place``: the possessor of an act noun with a superlative or ordinal
  ("Baghdad's worst car bombing", "France's deadliest attack", "the city's first suicide
  bombing") names where the record was set, usually the victim's place: no source. A plain
  possessor ("Russia's bombing of Aleppo"), one that is no place ("Islamic State's deadliest
  attack"), a record act aimed at someone ("Russia's deadliest strike on Kyiv") or done in
  or to another place ("Israel's largest offensive in Gaza"), a campaign ("France's first
  airstrikes", "the country's biggest offensive") and a series ("Russia's latest
  airstrikes") still name the doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.act_words import ATTACK_NOUNS, IN_PREPS
from cablegram.events.filters import NOT_ACTORS
from cablegram.events.junk import JUNK_ACTORS
from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.occupations import PROTEST_WORDS
from cablegram.events.patterns import PatternTable
from cablegram.events.tree import lemma
from cablegram.records import Actor

# Head nouns (lemmas) naming armed forces, police or armed groups.
ARMED_NOUNS = frozenset(
    {"soldier", "troop", "army", "force", "police", "policeman", "policemen", "gendarme",
     "gendarmerie", "militant", "rebel", "insurgent", "fighter", "gunman", "gunmen", "militia",
     "militiaman", "militiamen", "guard", "commando", "paratrooper", "marine", "tank",
     "jihadist", "military", "peacekeeper", "sniper", "paramilitary", "paramilitaries"}
)  # fmt: skip
# Of those, the forces of a state: armed groups blocking roads may be staging a protest
# (PLOVER's gold codes "rebels blocked transport into Abidjan" PROTEST).
STATE_FORCE_NOUNS = frozenset(
    {"soldier", "troop", "army", "force", "police", "policeman", "policemen", "gendarme",
     "gendarmerie", "guard", "commando", "paratrooper", "marine", "tank", "military"}
)  # fmt: skip
# Words that count people: "dozens of police", "hundreds of soldiers".
COUNT_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores", "some", "many", "group"})
# Words telling that the act is itself a protest: the protest verbs of occupations.py
# (not "strike", which armed men do: "after the air strike") and their nouns.
PROTEST_TOLD = PROTEST_WORDS | {"demonstration", "demonstrator"}
# Words telling a grievance of the men themselves, the purpose of a protest: pay, pensions,
# a mutiny ("to demand unpaid wages", "demanding their pensions", "the mutiny over pay").
GRIEVANCE_WORDS = frozenset(
    {"demand", "pay", "wage", "wages", "salary", "salaries", "pension", "bonus", "arrears",
     "allowance", "mutiny", "mutineer", "grievance"}
)  # fmt: skip
# Modifiers of the doers making them no force on duty: retired, former or mutinous soldiers.
OFF_DUTY_MODIFIERS = frozenset(
    {"retired", "former", "ex", "demobilized", "demobilised", "disbanded", "mutinous",
     "mutinying", "off-duty", "veteran", "unpaid", "disgruntled"}
)  # fmt: skip
# Words with which "officer" names police or soldiers ("police officers", "army officers").
OFFICER_MODIFIERS = frozenset({"security", "riot", "traffic", "border"})
# Modes of a PROTEST pattern that restrict movement (CAMEO 191 when done by force).
OBSTRUCT_MODES = frozenset({"obstruct"})

# Verbs of cutting, and the physical routes whose cutting blocks movement. "Line" and "link"
# are routes only as supply lines ("cut the supply line"); "diplomatic links", "trade links",
# "air links" or "a lifeline to Assad" are ties between states, whose cutting is a SANCTION.
CUT_VERBS = frozenset({"cut", "sever", "block"})
ROUTE_NOUNS = frozenset({"route", "road", "corridor", "highway"})
SUPPLY_ROUTE_NOUNS = frozenset({"line", "link"})
SUPPLY_WORDS = frozenset({"supply", "supplies", "logistics"})
# Modifiers that make a route a tie between states, not a way through the ground.
TIE_MODIFIERS = frozenset(
    {"diplomatic", "trade", "air", "economic", "commercial", "financial", "flight", "shipping",
     "telephone", "communication", "communications", "business", "political", "sea", "maritime"}
)  # fmt: skip
# Types whose route ends are places, not targets: cutting a route, a blockade.
ROUTE_TYPES = frozenset({"COERCE"})
ROUTE_PREPS = frozenset({"from", "to", "between", "into"})
# Verbs of leaving a place, and the parties (besides forces and states) whose leaving is a
# withdrawal: delegations walking out, envoys recalled, missions pulled out.
LEAVE_VERBS = frozenset({"leave", "depart"})
WITHDRAWING_NOUNS = frozenset(
    {"delegation", "opposition", "negotiator", "envoy", "ambassador", "diplomat", "embassy",
     "mission", "peacekeeper", "observer", "monitor", "inspector", "government", "regime"}
)  # fmt: skip
# Verbs (lemmas) of defending, whose "from"/"against" object is the adversary.
DEFEND_VERBS = frozenset(
    {"defend", "protect", "shield", "guard", "safeguard", "secure", "save", "rescue",
     "defence", "defense", "protection"}
)  # fmt: skip
ADVERSARY_PREPS = frozenset({"from", "against"})
# Adjectives and ordinals that make an act noun a record of a place; superlatives of time
# ("latest", "last", "most recent") tell a doer's series, not a record ("Russia's latest
# airstrikes").
RECORD_WORDS = frozenset({"first", "only", "single"})
SERIES_WORDS = frozenset({"latest", "last", "late", "next", "recent", "newest"})
# Campaigns a party launches rather than a place suffers: their possessor is the doer even
# with a record word ("Israel's largest offensive", "France's first airstrikes"). Not
# act_words.LAUNCHED_NOUNS, which holds "bombing" and "attack": "Belgium's worst bombing".
CAMPAIGN_NOUNS = frozenset(
    {"offensive", "airstrike", "raid", "incursion", "invasion", "operation", "campaign",
     "sortie", "counteroffensive", "counter-offensive"}
)  # fmt: skip
# Prepositions naming where an act noun took place ("airstrikes in Syria", "bombing of Homs").
WHERE_PREPS = IN_PREPS | {"of", "across", "over"}
# A possessor that is a place, by entity label or by its noun ("the city's worst attack").
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PLACE_WORDS = frozenset({"city", "country", "nation", "capital", "town", "region", "province"})
NOT_PLACE_ENTS = frozenset({"DATE", "TIME", "EVENT", "ORDINAL", "CARDINAL", "PERSON"})
# Prepositions naming at whom an act noun is aimed ("strike on Kyiv", "attack against").
AIMED_PREPS = frozenset({"on", "against", "upon"})


def _doers(trigger: Token) -> list[Token]:
    """The trigger's subjects (through the verbs it is conjoined to or the clause it
    completes: "troops moved in and blocked the bridges"), a noun's possessor or modifier,
    and "by" agents."""
    out: list[Token] = []
    verb = trigger
    while True:
        out += [c for c in verb.children if c.dep_ in ("nsubj", "poss", "compound", "amod")]
        out += [o for p in verb.children if p.lower_ == "by" for o in p.children]
        if out or verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    # "were on the march": the trigger is the object of a preposition under the verb
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        verb = trigger.head.head
        out += [c for c in verb.children if c.dep_ == "nsubj"]
    for tok in list(out):
        out += tok.conjuncts
    return [_named(t) for t in out]


def _named(doer: Token) -> Token:
    """Who a doer word stands for: the noun a relative pronoun's clause hangs on ("the
    insurgents who were on the march"), what a count names ("dozens of police")."""
    if doer.tag_ in ("WP", "WDT") and doer.head.dep_ == "relcl":
        return doer.head.head
    if doer.ent_type_ in ("CARDINAL", "QUANTITY") or doer.lower_ in COUNT_WORDS:
        for prep in doer.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((o for o in prep.children if o.dep_ == "pobj"), doer)
    return doer


def _armed(tok: Token) -> bool:
    """Armed forces, police or an armed group by the word ("soldiers", "police officers")."""
    if lemma(tok) in ARMED_NOUNS or tok.lower_ in ARMED_NOUNS:
        return True
    return lemma(tok) == "officer" and any(
        c.dep_ in ("compound", "amod") and (_armed(c) or c.lower_ in OFFICER_MODIFIERS)
        for c in tok.children
    )


def _state_force(tok: Token) -> bool:
    """A state's forces or police ("troops", "riot police", "police officers"), not an armed
    group ("rebels", "militants")."""
    if lemma(tok) in STATE_FORCE_NOUNS or tok.lower_ in STATE_FORCE_NOUNS:
        return True
    return lemma(tok) == "officer" and _armed(tok)


def _off_duty(tok: Token) -> bool:
    """Forces named as off duty or in revolt: "retired soldiers", "mutinous troops"."""
    return any(
        c.dep_ in ("amod", "compound", "advmod") and c.lower_ in OFF_DUTY_MODIFIERS
        for c in tok.children
    )


def _protest_told(trigger: Token) -> bool:
    """A protest told with the act: the trigger is itself a protest word ("soldiers
    protested over pay"), or one is under it or above it ("marched in protest", "blocked
    the road to protest the ruling")."""
    near = list(trigger.subtree)
    if trigger.dep_ in ("advcl", "xcomp", "conj", "pcomp"):
        near += list(trigger.head.children)
    # the trigger too: "soldiers protested"; or a grievance: "to demand unpaid wages"
    return any(
        lemma(t) in PROTEST_TOLD
        or lemma(t) in GRIEVANCE_WORDS
        or (lemma(t) == "strike" and t.head.lower_ == "on")  # "police on strike"
        for t in near
    )


@SITE_TYPES.rule("armed-protest")
def _armed_protest(site: Site, event_type: str) -> str | None:
    if event_type != "PROTEST":
        return None
    trigger = site.trigger
    doers = _doers(trigger)
    if not doers or not all(_armed(d) for d in doers) or _protest_told(trigger):
        return None
    if any(_off_duty(d) for d in doers):
        return None  # "retired soldiers blocked the road": a protest of their own
    if site.pattern.mode not in OBSTRUCT_MODES:
        return ""
    if all(_state_force(d) for d in doers):
        return "COERCE"
    return None


@SITE_TYPES.rule("cut-route")
def _cut_route(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "SANCTION" or lemma(trigger) not in CUT_VERBS:
        return None
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if objects and all(is_route(o) for o in objects):
        return "COERCE"
    return None


def is_route(noun: Token) -> bool:
    """A physical route: a road, route, corridor or highway, or a supply line or link
    ("the main supply route", "the supply line linking the city to Turkey"); not a tie
    between states ("diplomatic links", "air links", "trade routes", "a lifeline")."""
    mods = {lemma(c) for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    mods |= {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if mods & TIE_MODIFIERS:
        return False
    if lemma(noun) in ROUTE_NOUNS:
        return True
    return lemma(noun) in SUPPLY_ROUTE_NOUNS and bool(mods & SUPPLY_WORDS)


@SITE_TYPES.rule("civil-departure")
def _civil_departure(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "RETREAT" or lemma(trigger) not in LEAVE_VERBS:
        return None
    doers = _leavers(trigger)
    if doers and not any(_withdrawing(d) for d in doers):
        return ""
    return None


def _leavers(trigger: Token) -> list[Token]:
    """Who leaves: the verb's subject, or that of the clause a participle or a verb
    conjoined to it hangs on ("checks her phone after leaving Malta"), with conjuncts."""
    verb = trigger
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return [_named(d) for s in subjects for d in (s, *s.conjuncts)]
        if verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp") or verb.head.i == verb.i:
            return []
        verb = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    return []


def _withdrawing(tok: Token) -> bool:
    """A party whose leaving is a withdrawal: forces, a state, a delegation or envoys."""
    return (
        _armed(tok)
        or tok.ent_type_ in ("GPE", "NORP")
        or lemma(tok) in WITHDRAWING_NOUNS
        or tok.lower_ in WITHDRAWING_NOUNS
    )


@NOT_ACTORS.rule("route-ends")
def _route_ends(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    return role == "target" and event_type in ROUTE_TYPES and route_part(tok)


@JUNK_ACTORS.rule("route-ends")
def _route_end_actor(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    # the owners the target rules recover
    return role == "target" and event_type in ROUTE_TYPES and route_part(tok)


def route_part(tok: Token) -> bool:
    """ "cut off a supply line from Turkey to Aleppo": a route, and where it runs, is no
    target; a route's owner ("the rebels' supply line", "the supply line of the rebels")
    may be."""
    if is_route(tok):
        return not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children
        )
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    owner = prep.head
    if owner.dep_ == "acl":  # "the supply route linking the city to Turkey"
        owner = owner.head
    return prep.lower_ in ROUTE_PREPS and is_route(owner)


@NOT_ACTORS.rule("defended-from")
def _defended_from(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    if role != "target" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in ADVERSARY_PREPS and lemma(prep.head) in DEFEND_VERBS


@NOT_ACTORS.rule("record-place")
def _record_place(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    if role != "source":
        return False
    if tok.dep_ == "poss":
        return _record_of_place(tok.head)
    return _record_of_place(tok)  # "Kabul's first suicide bombing killed 12": the phrase


def _record_of_place(noun: Token) -> bool:
    """An act noun ("bombing", "attack") with a record word ("worst", "deadliest",
    "first") and a place as its possessor ("Baghdad's", "France's", "the city's"), aimed at
    no one named ("Russia's deadliest strike on Kyiv" names the doer)."""
    if lemma(noun) not in ATTACK_NOUNS:
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.ent_type_ in PLACE_ENTS or lemma(owner) in PLACE_WORDS):
        return False
    if any(c.dep_ == "prep" and c.lower_ in AIMED_PREPS for c in noun.children):
        return False
    if _launched(noun) or _placed_elsewhere(noun):
        return False
    return any(
        c.dep_ in ("amod", "nummod", "advmod")
        and c.lower_ not in SERIES_WORDS
        and (c.tag_ in ("JJS", "RBS") or c.lower_ in RECORD_WORDS or c.ent_type_ == "ORDINAL")
        for c in noun.children
    )


def _launched(noun: Token) -> bool:
    """An act a party launches: an offensive, a raid, an air strike ("air raids")."""
    if lemma(noun) in CAMPAIGN_NOUNS or noun.lower_ in CAMPAIGN_NOUNS:
        return True
    return lemma(noun) == "strike" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("air", "missile", "drone", "aerial")
        for c in noun.children
    )


def _place_named(obj: Token) -> bool:
    """A place by entity label or noun, or a name the tagger mislabels ("of Aleppo" read as
    a nationality): a proper noun that is no date, time or event."""
    if obj.ent_type_ in PLACE_ENTS or lemma(obj) in PLACE_WORDS:
        return True
    return obj.pos_ == "PROPN" and obj.ent_type_ not in NOT_PLACE_ENTS


def _placed_elsewhere(noun: Token) -> bool:
    """The act is told to have happened in, or been done to, a place named after it
    ("airstrikes in Syria", "bombardment of Aleppo"): the possessor is then the doer."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in WHERE_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and _place_named(obj):
                return True
    return False
