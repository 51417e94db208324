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
  ("Turkish Prime Minister", "Israel's defence minister"). A sportswoman's "revenge", a
  bare "the president" (of a club, a company) are left;
- ``forceful-response-vowed``: a party or a leader vows a response of force to a hostile
  move ("promised a punishing response to the rocket attack", "vowed a harsh response to
  the bombing"): a response qualified as forceful (``FORCEFUL_RESPONSES``) and answering an
  attack (``HOSTILE_MOVES``) or aimed at a party; "promised a swift response to the flood",
  "a strong response to the pandemic" are no threat;
- ``will-respond-in-force``: a party or a leader that will respond or retaliate, in force or
  to a hostile move ("Israel will respond with force to a rocket attack", "Iran will
  retaliate against Israel"): a future told in the clause itself ("will", "shall"); a past
  response ("Israel responded with air strikes") is the act itself, left to its own words;
  a response refused ("will not retaliate") is left;

and a type rule in ``SITE_TYPES`` (after those of :mod:`cablegram.events.kinds`):

- ``vowed-response-in-force``: a vow to respond in force to hostile doers ("vowed to
  respond forcefully to the terrorists who killed ...") is a THREATEN, as a vow to respond
  in force to an attack is (kinds.py ``vowed-response``); "vowed to respond forcefully to
  the criticism" or "to the voters" stays the vow's own type.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import (
    FORCEFUL_MANNERS,
    HOSTILE_MOVES,
    RESPONSE_MODIFIERS,
    SITE_TYPES,
    VOWING,
)
from cablegram.events.modality import Site
from cablegram.events.patterns import Pattern, PatternTable
from cablegram.events.reprisals import GOVERNMENT_NOUNS, PARTY_ENTS, QUALIFIED_NOUNS, REPRISAL_NOUNS
from cablegram.events.triggers import TRIGGER_RULES
from cablegram.gazetteer.dictionary import key, load_dictionary

# Roles of the actor dictionary that make a person a state's leader or commander.
LEADER_ROLES = frozenset({"GOV", "MIL"})
# Qualifiers that make a "response" one of force.
FORCEFUL_RESPONSES = frozenset(
    {"harsh", "punishing", "forceful", "crushing", "proportionate", "proportional",
     "military", "severe", "decisive", "tough", "painful", "devastating", "firm",
     "resolute", "strong", "powerful", "heavy", "overwhelming"}
)  # fmt: skip
# Nouns of a response that are a threat only when qualified as forceful.
RESPONSE_HEADS = frozenset({"response", "reply", "answer", "action", "measure", "step"})
# Verbs of responding that, in the future, threaten.
RESPOND_VERBS = frozenset({"respond", "retaliate", "avenge", "strike"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
# Doers of hostile moves a response of force may be aimed at.
HOSTILE_DOERS = frozenset(
    {"terrorist", "attacker", "militant", "perpetrator", "aggressor", "enemy", "assailant",
     "gunman", "insurgent", "bomber", "killer", "culprit", "jihadist", "extremist"}
)  # fmt: skip
# Hostile moves a response answers: those of events/kinds.py and armed attacks by name.
ANSWERED_MOVES = HOSTILE_MOVES | frozenset(
    {"ambush", "raid", "assault", "shelling", "bombardment", "massacre", "airstrike",
     "blast", "explosion", "offensive", "murder", "kidnapping", "abduction"}
)  # fmt: skip


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
    """A government or military title with its state on it: "Turkish Prime Minister",
    "Israel's defence minister" (a bare "the president" may head a club)."""
    words = _name_tokens(subject)
    if not any(t.ent_type_ in ("GPE", "NORP") for t in words):
        return False
    titles = load_dictionary().titles
    texts = [t.lower_ for t in words if t.ent_type_ not in ("GPE", "NORP", "PERSON")]
    for i in range(len(texts)):
        for j in range(i + 1, min(len(texts), i + 3) + 1):
            title = titles.get(key(" ".join(texts[i:j])))
            if title is not None and title.role in LEADER_ROLES:
                return True
    return False


def leader(subject: Token | None) -> bool:
    """SUBJECT names a state's leader (see :func:`_known_leader`, :func:`_titled_leader`)."""
    return subject is not None and (_known_leader(subject) or _titled_leader(subject))


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


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _refused(noun: Token) -> bool:
    return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in noun.children)


def _owned(noun: Token) -> bool:
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
    return any(o.lemma_.lower() in ANSWERED_MOVES or o.ent_type_ in PARTY_ENTS for o in targets)


def _reprisal_noun(noun: Token) -> bool:
    """ "revenge", "retaliation", or a noun qualified as one ("retaliatory actions")."""
    lemma = noun.lemma_.lower()
    if lemma in REPRISAL_NOUNS:
        return True
    return lemma in QUALIFIED_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_.strip("'\"\u201c\u201d") in RESPONSE_MODIFIERS
        for c in noun.children
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
        c.dep_ in ("amod", "compound") and c.lower_.strip("'\"\u201c\u201d") in FORCEFUL_RESPONSES
        for c in obj.children
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
        if kid.dep_ == "advmod" and kid.lower_.strip("'\"\u201c\u201d") in FORCEFUL_MANNERS:
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
    if lemma == "respond" and not (
        _in_force(token) or any(o.lemma_.lower() in ANSWERED_MOVES for o in _answered(token))
    ):
        return None  # "will respond to the letter", "will respond to Germany", "soon"
    subject = _subject(token)
    if not (state_party(subject) or leader(subject)):
        return None
    return Pattern(lemma, "verb", "THREATEN")


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
        if any(
            o.lemma_.lower() in HOSTILE_DOERS or o.ent_type_ in PARTY_ENTS for o in _answered(kid)
        ):
            return "THREATEN"
    return None
