"""Trigger rules for shapes of copy whose trigger word alone says too little: who leaves,
what is stationed, which paper was signed. They join the ``TRIGGER_RULES`` registry of
:mod:`cablegram.events.triggers` after its own rules (a word the dictionary knows keeps its
dictionary pattern):

- ``forces-leave``: forces leaving a country ("The African Union troops serving in Somalia
  will leave the country", "the last soldiers departed from the base") are a RETREAT
  (CAMEO 0874 "retreat or surrender militarily"); anyone else leaving is no event;
- ``forces-stationed``: forces in a passive of stationing or sending ("About 4,000 German
  soldiers are to be stationed permanently in Lithuania", "troops will be sent to Mali")
  are a deployment, MOBILIZE (CAMEO 15 "exhibit military posture"); a participle that only
  describes forces ("the marines stationed on the atoll") tells of no act;
- ``signed-pact``: the participle saying a pact was signed ("the Russia-Turkey memorandum
  signed yesterday") is an AGREE of the pact's parties (CAMEO 057 "sign formal agreement"),
  where the noun alone ("a memorandum", "the Minsk agreements") names no act;
- ``deadline-to-leave``: giving an envoy hours or days to leave ("gave French Ambassador Joel
  Meyer 72 hours to leave Bamako", "gave the diplomats a week to leave the country") is an
  expulsion, SANCTION (CAMEO 166 "expel or withdraw"), as "ordered the envoy to leave" is.

Two target rules join the ``TARGET_RULES`` of :mod:`cablegram.events.targets`, for events
those shapes code with no target of their own:

- ``asked-first``: the one asked in "At the request of the Arab League, Egypt agreed ..." is
  the subject of the act the request occasioned (Egypt);
- ``agreed-act``: the target of "EU governments agreed to impose sanctions on Iran" (coded
  SANCTION by ``events.kinds``) is the target of the act agreed (Iran).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import ENVOY_NOUNS
from cablegram.events.pacts import SIGNED_PACTS
from cablegram.events.patterns import Pattern, PatternTable
from cablegram.events.targets import TARGET_RULES, object_owners
from cablegram.events.tree import child, is_passive
from cablegram.events.triggers import TRIGGER_RULES, asked_first

# Heads of a phrase naming armed forces.
FORCES = frozenset(
    {
        "troop", "soldier", "force", "peacekeeper", "contingent", "unit", "army", "military",
        "marine", "battalion", "brigade", "division", "paratrooper", "commando", "battlegroup",
        "reinforcement", "personnel", "mission", "regiment", "squadron", "legionnaire",
    }
)  # fmt: skip
# Verbs of leaving a place, and the prepositions of the place left.
LEAVE_VERBS = frozenset({"leave", "quit", "exit", "depart", "vacate", "evacuate"})
LEAVE_PREPS = frozenset({"from", "out"})
# Verbs whose passive with forces as subject is a deployment.
STATION_VERBS = frozenset(
    {"station", "deploy", "send", "dispatch", "transfer", "redeploy", "relocate", "move",
     "post", "base", "position", "rotate"}
)  # fmt: skip
# Participles telling that a pact was made (the pacts they tell of: SIGNED_PACTS).
SIGN_VERBS = frozenset({"sign", "ink", "conclude", "seal", "ratify"})


# Heads of a phrase naming a diplomat or a mission, and the spans of time a deadline counts.
ENVOYS = ENVOY_NOUNS
SPANS = frozenset({"hour", "day", "week", "month"})


def forces_phrase(token: Token | None) -> bool:
    """The phrase headed by ``token`` names armed forces ("2,000 AU troops", "the
    Burundian contingent")."""
    return token is not None and token.lemma_.lower() in FORCES


def _verb_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it completes or is conjoined to."""
    for _ in range(4):
        subject = child(verb, "nsubj", "nsubjpass")
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return None
        verb = verb.head
    return None


@TRIGGER_RULES.rule("forces-leave")
def _forces_leave(token: Token, table: PatternTable) -> Pattern | None:
    """ "The troops will leave the country", "soldiers departed from the base"."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in LEAVE_VERBS or is_passive(token):
        return None
    if token.dep_ in ("acl", "relcl", "amod"):
        return None  # "the troops leaving" describes them
    if not forces_phrase(_verb_subject(token)):
        return None
    place = child(token, "dobj") is not None or any(
        c.dep_ in ("prep", "prt", "advmod") and c.lower_ in LEAVE_PREPS for c in token.children
    )
    if not place:
        return None
    return Pattern(token.lemma_.lower(), "verb", "RETREAT", "military")


def stationed_forces(verb: Token) -> Token | None:
    """The forces a passive of stationing or sending moves: its passive subject, or, for
    "are to be stationed", the subject of "be"."""
    if verb.lemma_.lower() not in STATION_VERBS or not is_passive(verb):
        return None
    subject = child(verb, "nsubjpass")
    if subject is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be":
        subject = child(verb.head, "nsubj")
    return subject if forces_phrase(subject) else None


@TRIGGER_RULES.rule("forces-stationed")
def _forces_stationed(token: Token, table: PatternTable) -> Pattern | None:
    """ "4,000 German soldiers are to be stationed in Lithuania": a deployment."""
    if token.pos_ != "VERB" or token.dep_ in ("acl", "relcl", "amod"):
        return None
    if stationed_forces(token) is None:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("in", "to", "into", "at") for c in token.children):
        return None  # stationed somewhere: "troops were moved" alone says too little
    return Pattern(token.lemma_.lower(), "verb", "MOBILIZE", "troops")


def signed_pact(token: Token) -> Token | None:
    """The pact noun a participle of signing describes ("the memorandum signed yesterday")."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or token.lemma_.lower() not in SIGN_VERBS:
        return None
    return token.head if token.head.lemma_.lower() in SIGNED_PACTS else None


@TRIGGER_RULES.rule("signed-pact")
def _signed_pact(token: Token, table: PatternTable) -> Pattern | None:
    """ "The Russia-Turkey memorandum signed yesterday": the signing is an AGREE."""
    if signed_pact(token) is None:
        return None
    return Pattern(token.lemma_.lower(), "verb", "AGREE")


def _envoy(token: Token) -> bool:
    """The phrase names a diplomat ("the French ambassador", "Ambassador Joel Meyer")."""
    return token.lemma_.lower() in ENVOYS or any(
        c.dep_ == "compound" and c.lemma_.lower() in ENVOYS for c in token.children
    )


@TRIGGER_RULES.rule("deadline-to-leave")
def _deadline_to_leave(token: Token, table: PatternTable) -> Pattern | None:
    """ "gave the ambassador 72 hours to leave": an expulsion with a deadline."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "give":
        return None
    kids = list(token.children)
    envoys = [c for c in kids if c.dep_ in ("dobj", "dative") and _envoy(c)]
    spans = [
        t
        for c in kids
        for t in [c, *c.children]
        if t.lemma_.lower() in SPANS and t.dep_ in ("dobj", "npadvmod", "appos", "dative")
    ]
    if not envoys or not spans:
        return None
    leaves = [
        c
        for t in [token, *spans]
        for c in t.children
        if c.dep_ in ("advcl", "relcl", "acl", "xcomp")
    ]
    if not any(v.lemma_.lower() in LEAVE_VERBS for v in leaves):
        return None
    return Pattern("give", "verb", "SANCTION", "expel")


@TARGET_RULES.rule("asked-first")
def _asked_first(trigger: Token) -> list[Token]:
    if not asked_first(trigger):
        return []
    verb = trigger.head.head
    subject = child(verb, "nsubj")
    return [subject] if subject is not None and verb.pos_ in ("VERB", "AUX") else []


@TARGET_RULES.rule("agreed-act")
def _agreed_act(trigger: Token) -> list[Token]:
    if trigger.lemma_.lower() != "agree":
        return []
    return [t for kid in trigger.children if kid.dep_ == "xcomp" for t in object_owners(kid)]
