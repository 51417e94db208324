"""Threats of reprisal by a state's leader or a state, read off the verb's own dependents
(PLOVER THREATEN, CAMEO 138 "threaten to use military force" and 13 "threaten"; the CAMEO
to PLOVER table, ../shared/gold/plover/CAMEO2PLOVER-2021.txt). Trigger rules in
``TRIGGER_RULES``, tried after the dictionary and after :mod:`cablegram.events.reprisals`
(which takes a vow of reprisal by a party, "Turkey vowed revenge"):

- ``leader-vowed-reprisal``: a state's leader vows, pledges or promises a reprisal ("Erdogan
  vowed revenge against the PKK", "President X promised very serious retaliation",
  "retaliatory actions"). A
  leader is a person the actor dictionary places in a state's government or military
  (by full name or surname), or a government or military title with its state named on it
  ("Turkish Prime Minister", "Israel's defence minister"), the title heading the subject
  with no body noun before it (``BODY_NOUNS``: "the Turkish football federation
  president" is the federation's). A sportswoman's "revenge", a bare "the president" (of a
  club, a company), a former office holder are left;
- ``forceful-response-vowed``: a party or a leader vows a response of force to a hostile
  move ("promised a punishing response to the rocket attack", "vowed a harsh response to
  the bombing"): a response qualified as forceful (``FORCEFUL_RESPONSES``; not "strong",
  "firm": "a firm response to Brussels" is talk) and answering an armed act or its doers
  (``ARMED_ACTS``, ``HOSTILE_DOERS``), not a named addressee; "promised a swift response
  to the flood", "a strong response to the pandemic" are no threat;
- ``will-respond-in-force``: a party or a leader that will retaliate ("Iran will retaliate
  against Israel"), or will respond with force proper to an armed act ("Israel will respond
  with force to a rocket attack", "militarily to the raid", "in kind to the expulsion"; not
  "firmly to the criticism", "to the threat of climate change", "to China's move"): a
  future told in the clause itself ("will", "shall"); a past
  response ("Israel responded with air strikes") is the act itself, left to its own words;
  a response refused ("will not retaliate") is left;

a source screen in ``SOURCE_SCREENS`` (:mod:`cablegram.events.parties`):

- ``leader-in-office``: a person who vows a reprisal or a response is a leader only as the
  actor stage codes them at the document's date (``LEADER_CODE_ROLES``: "Hillary Clinton"
  in 2016 is USA, a candidate, "Ahmet Davutoglu" after May 2016 is TUR, an ex-premier):
  their "revenge" on a rival is political talk, no state's threat; a subject called
  "former" or "ex-" is never one;

a target rule in ``TARGET_RULES`` (:mod:`cablegram.events.targets`):

- ``answered-doer``: the doer named on the attack a vow or a response answers ("vowed
  revenge for the Hamas attack", "a harsh response to the PKK bombing", "the attack by
  Hamas") is whom it threatens, also through the response verb the vow takes ("vowed to
  retaliate against the Israeli strike", "to avenge the Indian strikes": the people word
  names the doer, ``targets.DOER_DEMONYM_RULES``; round 14, f133); the attack keeps its own
  record (answering.ANSWERING_RULES);

and a type rule in ``SITE_TYPES`` (after those of :mod:`cablegram.events.kinds`):

- ``vowed-response-in-force``: a vow to respond in force to hostile doers ("vowed to
  respond forcefully to the terrorists who killed ...") is a THREATEN, as a vow to respond
  in force to an attack is (kinds.py ``vowed-response``); "vowed to respond forcefully to
  the criticism", "to the voters", "firmly to the European Commission" or "to the
  extremists who won seats" stays the vow's own type.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.junk import place_modifiers
from cablegram.events.kinds import (
    FORCEFUL_MANNERS,
    HOSTILE_MOVES,
    RESPONSE_MODIFIERS,
    SITE_TYPES,
    VOWING,
)
from cablegram.events.modality import Site
from cablegram.events.parties import SOURCE_SCREENS, Lookup
from cablegram.events.patterns import Pattern, PatternTable
from cablegram.events.reprisals import GOVERNMENT_NOUNS, QUALIFIED_NOUNS, REPRISAL_NOUNS
from cablegram.events.targets import OWNER_ENTS, TARGET_RULES
from cablegram.events.triggers import TRIGGER_RULES
from cablegram.gazetteer.dictionary import key, load_dictionary
from cablegram.records import Actor

# Roles of the actor dictionary that make a person a state's leader or commander.
LEADER_ROLES = frozenset({"GOV", "MIL"})
# Nouns of bodies other than a state's government whose head may be titled "president" or
# "chairman": a title after one is the body's.
BODY_NOUNS = frozenset(
    {"federation", "club", "party", "bank", "company", "association", "union", "league",
     "committee", "council", "university", "team", "firm", "corporation", "foundation",
     "group", "board", "chamber", "organisation", "organization", "society", "church"}
)  # fmt: skip
# Roles of a person's actor code (at the document date) that make their vow a state's or an
# armed body's threat.
LEADER_CODE_ROLES = frozenset({"GOV", "MIL", "REB", "INS", "ISM", "UAF", "SPY", "COP"})
# Words that put a subject out of office.
FORMER_WORDS = frozenset({"former", "ex", "onetime", "one-time", "erstwhile", "ousted"})
# Qualifiers that make a "response" one of force.
FORCEFUL_RESPONSES = frozenset(
    {"harsh", "punishing", "forceful", "crushing", "proportionate", "proportional",
     "military", "severe", "painful", "devastating", "heavy", "overwhelming", "powerful"}
)  # fmt: skip
# ("strong", "firm", "tough", "resolute", "decisive" answer criticism and talks as often:
# "a firm response to Brussels" is diplomacy, left.)
# Nouns of a response that are a threat only when qualified as forceful.
RESPONSE_HEADS = frozenset({"response", "reply", "answer", "action", "measure", "step"})
# Verbs of responding that, in the future, threaten.
RESPOND_VERBS = frozenset({"respond", "retaliate", "avenge", "strike"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
# Doers of hostile moves a response of force may be aimed at.
HOSTILE_DOERS = frozenset(
    {"terrorist", "attacker", "militant", "perpetrator", "aggressor", "enemy", "assailant",
     "gunman", "insurgent", "bomber", "killer", "culprit", "jihadist"}
)  # fmt: skip
# Hostile moves a response answers: those of events/kinds.py and armed attacks by name.
ANSWERED_MOVES = HOSTILE_MOVES | frozenset(
    {"ambush", "raid", "assault", "shelling", "bombardment", "massacre", "airstrike",
     "blast", "explosion", "offensive", "murder", "kidnapping", "abduction"}
)  # fmt: skip
# Of those, the armed acts a response of force answers: not a move of words or policy
# ("the threat of climate change", "China's move on exports", "the U.S. action on tariffs").
ARMED_ACTS = ANSWERED_MOVES - frozenset(
    {"action", "move", "threat", "violation", "breach", "deviation", "adventure",
     "misadventure", "escalation"}
)  # fmt: skip
# Manners of responding that are force itself ("respond militarily"); "firmly", "strongly",
# "adequately" answer criticism as often.
FORCE_MANNERS = frozenset(
    {"forcefully", "militarily", "forcibly", "harshly", "mercilessly", "severely",
     "proportionally", "proportionately", "asymmetrically", "symmetrically"}
)  # fmt: skip
# Moves a response "in kind" answers: armed acts and a state's measures against another.
IN_KIND_MOVES = ARMED_ACTS | frozenset({"expulsion", "sanction", "ban", "tariff"})


def _name_tokens(subject: Token) -> list[Token]:
    """The words of the subject's phrase up to its head (its modifiers and appositions)."""
    return [t for t in subject.subtree if t.i <= subject.i or t.dep_ in ("appos", "flat")]


def _known_leader(subject: Token) -> bool:
    """A person's name in the subject that the actor dictionary places in a state's
    government or military ("Erdogan", "Tayyip Erdogan")."""
    words = [t for t in _name_tokens(subject) if t.ent_type_ == "PERSON"]
    if not words:
        return False
    dictionary = load_dictionary()
    full = " ".join(t.text for t in words)
    entry = dictionary.entry(full) or dictionary.person_by_surname(words[-1].text)
    return entry is not None and entry.role in LEADER_ROLES and entry.country is not None


def _titled_leader(subject: Token) -> bool:
    """A government or military title heading the subject, with its state on it: "Turkish
    Prime Minister", "Israel's defence minister" (a bare "the president" may head a club; a
    body noun between the state and the title makes it that body's: "the Turkish football
    federation president", "the Israeli bank's chairman")."""
    words = _name_tokens(subject)
    if not any(t.ent_type_ in ("GPE", "NORP") for t in words):
        return False
    if any(t.lemma_.lower() in BODY_NOUNS for t in words):
        return False
    titles = load_dictionary().titles
    texts = [
        t.lower_ for t in words if t.i <= subject.i and t.ent_type_ not in ("GPE", "NORP", "PERSON")
    ]
    for i in range(max(0, len(texts) - 3), len(texts)):
        title = titles.get(key(" ".join(texts[i:])))  # a title ending at the head
        if title is not None and title.role in LEADER_ROLES:
            return True
    return False


def leader(subject: Token | None) -> bool:
    """SUBJECT names a state's leader (see :func:`_known_leader`, :func:`_titled_leader`),
    not a former one ("Former defence minister X", "ex-premier X")."""
    if subject is None or _former(subject):
        return False
    return _known_leader(subject) or _titled_leader(subject)


def _former(subject: Token) -> bool:
    """The subject's phrase calls it out of office ("former", "ex-")."""
    return any(
        t.lower_ in FORMER_WORDS or t.lower_.startswith("ex-") for t in _name_tokens(subject)
    )


@SOURCE_SCREENS.rule("leader-in-office")
def _leader_in_office(site: Site, actor: Actor, lookup: Lookup) -> bool:
    """A person's vow or response (THREATEN) whose code at the date is no office's."""
    trigger = site.trigger
    if site.pattern.event_type != "THREATEN" or actor.kind != "person":
        return False
    if trigger.lemma_.lower() not in (VOWING - {"threaten"}) | RESPOND_VERBS:
        return False
    return (actor.code or "")[3:6] not in LEADER_CODE_ROLES


def state_party(subject: Token | None) -> bool:
    """SUBJECT is a state or its government by name or noun ("Israel", "the Israeli
    government"), not a named organisation (a party, a club, a company)."""
    if subject is None or subject.ent_type_ == "ORG":
        return False
    if subject.ent_type_ in ("GPE", "NORP"):
        return True
    return subject.lemma_.lower() in GOVERNMENT_NOUNS and any(
        c.ent_type_ in ("GPE", "NORP") for c in subject.children
    )


def _bare(token: Token) -> str:
    """The word in lower case without quotes around it ('"punishing" response')."""
    return token.lower_.strip("'\"\u201c\u201d")


def _subject(verb: Token) -> Token | None:
    """The verb's active subject, or None."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _refused(noun: Token) -> bool:
    """ "no revenge", "not retaliation": a reprisal refused."""
    return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in noun.children)


def _owned(noun: Token) -> bool:
    """ "vowed their revenge": a possessor on the noun (whose reprisal is not the subject's)."""
    return any(c.dep_ == "poss" for c in noun.children)


def _answered(noun: Token) -> list[Token]:
    """What a response noun or verb answers or is aimed at: the objects of its "to",
    "against", "on" and "for" phrases."""
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("to", "against", "on", "for")
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _hostile_or_party(targets: list[Token]) -> bool:
    """An answered armed act or hostile doer among TARGETS ("the rocket attack", "the
    gunmen"); a named addressee ("Brussels", "the European Commission") or a move of talk
    ("the threat", "the move", "the action") is none."""
    return any(o.lemma_.lower() in ARMED_ACTS | HOSTILE_DOERS for o in targets)


def _reprisal_noun(noun: Token) -> bool:
    """ "revenge", "retaliation", or a noun qualified as one ("retaliatory actions")."""
    lemma = noun.lemma_.lower()
    if lemma in REPRISAL_NOUNS:
        return True
    return lemma in QUALIFIED_NOUNS and any(
        c.dep_ in ("amod", "compound") and _bare(c) in RESPONSE_MODIFIERS for c in noun.children
    )


@TRIGGER_RULES.rule("leader-vowed-reprisal")
def _leader_vowed_reprisal(token: Token, table: PatternTable) -> Pattern | None:
    """ "Erdogan vowed revenge against the PKK": a state leader's vow of a reprisal."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VOWING - {"threaten"}:
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or not _reprisal_noun(obj):
        return None
    if _refused(obj) or _owned(obj) or not leader(_subject(token)):
        return None
    return Pattern(token.lemma_.lower(), "verb", "THREATEN")


@TRIGGER_RULES.rule("forceful-response-vowed")
def _forceful_response(token: Token, table: PatternTable) -> Pattern | None:
    """ "promised a punishing response to the rocket attack": a vowed response of force."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VOWING - {"threaten"}:
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in RESPONSE_HEADS or _refused(obj) or _owned(obj):
        return None
    if not any(
        c.dep_ in ("amod", "compound") and _bare(c) in FORCEFUL_RESPONSES for c in obj.children
    ):
        return None
    if not _hostile_or_party(_answered(obj)):
        return None
    subject = _subject(token)
    if not (state_party(subject) or leader(subject)):
        return None
    return Pattern(token.lemma_.lower(), "verb", "THREATEN")


def _in_force(verb: Token) -> bool:
    """ "respond with force", "respond in kind", "respond forcefully"."""
    for kid in verb.children:
        if kid.dep_ == "advmod" and _bare(kid) in FORCEFUL_MANNERS:
            return True
        if kid.dep_ == "prep" and kid.lower_ in ("in", "with"):
            if any(o.lemma_.lower() in ("kind", "force") for o in kid.children):
                return True
    return False


@TRIGGER_RULES.rule("will-respond-in-force")
def _will_respond(token: Token, table: PatternTable) -> Pattern | None:
    """ "Israel will respond with force to a rocket attack": a future response of force."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in RESPOND_VERBS:
        return None
    if lemma == "strike" and not any(c.lower_ == "back" for c in token.children):
        return None  # only "will strike back"
    kids = list(token.children)
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in kids):
        return None
    if any(c.dep_ == "neg" for c in kids):
        return None  # "will not retaliate"
    if lemma == "respond" and not _respond_in_force(token):
        return None  # "will respond to the letter", "firmly to the criticism", "to the threat"
    subject = _subject(token)
    if not (state_party(subject) or leader(subject)):
        return None
    return Pattern(lemma, "verb", "THREATEN")


def _respond_in_force(verb: Token) -> bool:
    """ "respond with force to any attack", "respond militarily to the raid", "respond in
    kind to the expulsion": force proper, answering an armed act or its doers (a response in
    kind also a state's measure)."""
    answered = {o.lemma_.lower() for o in _answered(verb)}
    for kid in verb.children:
        if kid.dep_ == "advmod" and kid.lower_ in FORCE_MANNERS and answered & ARMED_ACTS:
            return True
        if kid.dep_ != "prep" or kid.lower_ not in ("in", "with"):
            continue
        objects = {o.lemma_.lower() for o in kid.children if o.dep_ == "pobj"}
        if "force" in objects and answered & (ARMED_ACTS | HOSTILE_DOERS):
            return True
        if "kind" in objects and answered & IN_KIND_MOVES:
            return True
    return False


@SITE_TYPES.rule("vowed-response-in-force")
def _vowed_response_in_force(site: Site, event_type: str) -> str | None:
    """ "vowed to respond forcefully to the terrorists": a vowed response in force aimed at
    hostile doers threatens them."""
    trigger = site.trigger
    if event_type != "AGREE" or trigger.lemma_.lower() not in VOWING:
        return None
    for kid in trigger.children:
        if kid.dep_ != "xcomp" or kid.lemma_.lower() != "respond" or not _in_force(kid):
            continue
        if any(o.lemma_.lower() in HOSTILE_DOERS for o in _answered(kid)):
            return "THREATEN"
    return None


@TARGET_RULES.rule("answered-doer")
def _answered_doer(trigger: Token) -> list[Token]:
    """ "vowed revenge for the Hamas attack": the names on the answered attack (its
    modifiers, its "by" object), for a vow or a response verb."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in VOWING | RESPOND_VERBS:
        return []
    answered = _answered(trigger)
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        answered.extend(_answered(obj))
    for verb in (c for c in trigger.children if c.dep_ == "xcomp"):
        if verb.lemma_.lower() in RESPOND_VERBS:  # "vowed to retaliate against the strike"
            answered.extend(_answered(verb))
            answered.extend(c for c in verb.children if c.dep_ == "dobj")  # "to avenge"
    out: list[Token] = []
    for act in answered:
        if act.lemma_.lower() not in ANSWERED_MOVES:
            continue
        places = place_modifiers(act)  # "the Ankara bombing": where, not whose
        for kid in act.children:
            if kid in places:
                continue
            named = kid.ent_type_ in OWNER_ENTS or kid.pos_ == "PROPN"
            if kid.dep_ in ("compound", "amod", "nmod", "poss") and named:
                out.append(kid)
            elif kid.dep_ == "agent" or (kid.dep_ == "prep" and kid.lower_ == "by"):
                out.extend(o for o in kid.children if o.dep_ == "pobj")
    return out
