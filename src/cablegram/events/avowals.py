"""Vows, commitments and admissions that are no agreement and no concession.

Type rules registered in :data:`cablegram.events.kinds.SITE_TYPES` (imported by the coder
so that they register). PLOVER's AGREE (CAMEO 03) is an agreement or an intent to cooperate
with someone; its CONCEDE (CAMEO 08) is yielding to someone's demand. The trigger words
"vow", "commit" and "allow" have senses that are neither:

- ``vowed-against``: a vow or commitment to act against someone ("vowed to find those
  responsible", "vowed to hunt down the attackers", "is committed to pressuring North
  Korea") is an intent to harm, THREATEN (CAMEO 13), not an intent to cooperate; the
  object must be a person or party ("vowed to bring stability", "to find the money", "to
  root out corruption" stay as they were);
- ``bare-commitment``: a commitment to a principle or to compliance, with no act and no
  party ("is fully committed to compliance with the laws", "committed to transparency")
  expresses a stance of no one towards anyone: no event ("Vietnam is committed to opening
  up the economy", an act, stays AGREE as the PLOVER gold codes it);
- ``allowed-that``: "allow" with a that-clause and no object ("Kerry allowed that the
  agreements were commitments on paper") grants a point in words; it lets no one do
  anything, so no CONCEDE ("allowed aid convoys into Syria" stays).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.triggers import match_token

VOW_LEMMAS = frozenset({"vow", "swear", "pledge", "promise", "commit", "committed", "resolve"})
# Verbs of acting against someone that the pattern table codes as no hostile act.
PURSUIT_VERBS = frozenset(
    {"find", "hunt", "track", "pursue", "punish", "capture", "catch", "avenge", "pressure",
     "isolate", "confront", "eradicate", "eliminate", "annihilate", "crush", "defeat",
     "destroy", "bring", "root", "smash", "wipe"}
)  # fmt: skip
# Entity labels that make a committed-to noun name a party.
PARTY_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
# Nouns and pronouns that name people pursued ("vowed to find those responsible", "to
# track down the killers"); a vow to find money or to bring stability pursues no one.
PURSUED_NOUNS = frozenset(
    {"killer", "attacker", "perpetrator", "culprit", "murderer", "assassin", "gunman",
     "terrorist", "militant", "insurgent", "rebel", "jihadist", "extremist", "bomber",
     "kidnapper", "abductor", "assailant", "criminal", "enemy", "foe", "aggressor",
     "invader", "occupier", "smuggler", "trafficker", "hijacker", "those", "them", "him",
     "her", "whoever", "anyone", "group", "gang", "cell", "network", "regime", "force",
     "militia"}
)  # fmt: skip


def _complements(trigger: Token) -> list[Token]:
    """The verb or noun a vow is to: "vowed to find" (xcomp), "committed to pressuring"
    (pcomp), "committed to compliance" (pobj)."""
    out = [c for c in trigger.children if c.dep_ == "xcomp"]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            out += [c for c in prep.children if c.dep_ in ("pcomp", "pobj")]
    return out


@SITE_TYPES.rule("vowed-against")
def _vowed_against(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "AGREE" or trigger.lemma_.lower() not in VOW_LEMMAS:
        return None
    for comp in _complements(trigger):
        if comp.pos_ == "VERB" and comp.lemma_.lower() in PURSUIT_VERBS and _pursues_party(comp):
            return "THREATEN"
    return None


def _pursues_party(verb: Token) -> bool:
    """Whether the verb's object is a person or party: a named actor ("to destroy the
    Islamic State", "to pressure North Korea") or a noun for people pursued ("those
    responsible", "the killers"); "to bring stability", "to root out corruption" are not."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("for", "after")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    # "to find those responsible", parsed as a small clause
    objects += [
        s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
    ]
    for obj in objects:
        if obj.lemma_.lower() in PURSUED_NOUNS or obj.lower_ in PURSUED_NOUNS:
            return True
        if obj.pos_ == "PROPN" or any(
            t.ent_type_ in PARTY_LABELS for t in obj.subtree if t.i <= obj.i
        ):
            return True
    return False


@SITE_TYPES.rule("bare-commitment")
def _bare_commitment(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "AGREE" or trigger.lemma_.lower() not in ("commit", "committed"):
        return None
    comps = _complements(trigger)
    if not comps or any(c.pos_ == "VERB" for c in comps):
        return None
    for comp in comps:
        if match_token(comp, site.table) is not None:
            return None  # "committed to a ceasefire": an act
        if any(t.ent_type_ in PARTY_LABELS for t in comp.subtree):
            return None  # "committed to the defence of Estonia": a party
    return ""


@SITE_TYPES.rule("allowed-that")
def _allowed_that(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "CONCEDE" or trigger.lemma_.lower() != "allow":
        return None
    children = list(trigger.children)
    if any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in children):
        return None
    # a finite that-clause, not "allowed the leader to hold a rally" parsed as a clause
    finite = [
        c
        for c in children
        if c.dep_ == "ccomp" and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    return "" if finite else None


# Pro-verbs that stand for an act told elsewhere: "pledged to do just that", "vowed to do so".
PRO_OBJECTS = frozenset({"so", "that", "it", "this", "same", "likewise", "the same"})
# Nouns of a time limit set on someone: setting one is a demand, never an agreement.
DEADLINE_NOUNS = frozenset({"deadline", "ultimatum", "timetable", "time limit"})
SETTING_VERBS = frozenset({"issue", "set", "give", "impose", "announce", "deliver", "fix"})


def _does_the_same(verb: Token) -> bool:
    """ "do just that", "do so", "do it", "do the same": an act named elsewhere."""
    if verb.lemma_.lower() != "do":
        return False
    return any(c.dep_ in ("dobj", "advmod") and c.lower_ in PRO_OBJECTS for c in verb.children)


def _sets_deadline(verb: Token) -> bool:
    """ "issuing a six-month deadline", "gave the government an ultimatum"."""
    return verb.lemma_.lower() in SETTING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DEADLINE_NOUNS for c in verb.children
    )


@SITE_TYPES.rule("anaphoric-vow")
def _anaphoric_vow(site: Site, event_type: str) -> str | None:
    """A vow whose act stands elsewhere ("the opposition has pledged to do just that",
    "vowed to do so") tells no act of its own; and a vow made by setting a deadline or an
    ultimatum ("pledged to remove him, issuing a six-month deadline") is a demand on the
    one given the deadline, coded where the deadline is (REQUEST), never an AGREE."""
    trigger = site.trigger
    if event_type != "AGREE" or trigger.lemma_.lower() not in VOW_LEMMAS:
        return None
    if any(_does_the_same(c) for c in _complements(trigger)):
        return ""
    # the deadline clause hangs on the vow or on the act vowed, as the parser attaches it
    holders = [trigger, *_complements(trigger)]
    if any(c.dep_ in ("advcl", "conj") and _sets_deadline(c) for h in holders for c in h.children):
        return ""
    return None
