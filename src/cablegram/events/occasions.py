"""Occasions that end or are called off without anyone being sanctioned (type rules
registered in :data:`cablegram.events.kinds.SITE_TYPES`; imported by the coder through
:mod:`cablegram.events.registered`).

PLOVER's SANCTION for talks and visits is CAMEO 164 "halt negotiations" and 16 "reduce
relations" (../shared/gold/plover/CAMEO2PLOVER-2021.txt): one party stops dealing with
another ("Syrian officers ended mediation efforts between the militias", a PLOVER gold
SANCTION; "Israel ended peace talks with the Palestinians"), or calls off a visit to or by
another party ("a French minister has cancelled a planned visit to Haiti", PLOVER gold).
Two shapes read the same words and sanction no one; both code no event:

- ``concluded-session``: a session of talks that came to its end ("Egypt and Ethiopia ended
  another round of talks without a deal", "US and Chinese negotiators ended two days of
  meetings", "the two sides ended talks on Wednesday"). The sign is in the grammar: the
  object ended is a span of the talks ("round", "session", "days" *of* talks) rather than
  the talks themselves, or the subject names both sides (conjoined: "US and North Korean
  envoys"; "the two sides", "both parties"). Talks "with" a party named beside the subject
  ("France and Germany ended talks with Turkey", "the rebels ended a round of talks with the
  government") stop dealing with that party and stay a SANCTION, whatever the object.
- ``own-trip-called-off``: a party calling off its own trip or visit with no host named
  ("the finance minister canceled a trip to the IMF meetings to remain in Brasilia",
  "Hill ... canceled the trip", "canceled his trip following a bombing") changes its own
  plans and sanctions no one. A visit by another ("cancelled a visit by the Dalai Lama's
  envoy", "canceled the Japanese defense minister's visit") or to a named state or body
  ("cancelled a planned visit to Haiti"), also when the place is named by a common noun
  with a nationality or a name ("a trip to the Dutch capital", "a visit to the German city
  of Hamburg"), stays a SANCTION of that party. A gathering is no host ("a trip to the IMF
  meetings").
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.tree import lemma

# Verbs by which an occasion comes to its end (not "halt", "stop", "suspend", "break off",
# which stop dealing whoever does it).
ENDING_VERBS = frozenset({"end", "conclude", "close", "finish", "wrap", "complete"})
# Nouns of talks, and of a span or sitting of them: "a round of talks", "two days of talks".
TALK_NOUNS = frozenset(
    {"talk", "negotiation", "meeting", "consultation", "dialogue", "dialog", "discussion",
     "mediation", "summit", "conference"}
)  # fmt: skip
SPAN_NOUNS = frozenset(
    {"round", "session", "day", "week", "month", "hour", "sitting", "stage", "phase", "leg"}
)  # fmt: skip
# Subjects that name both sides: "the two sides", "both parties", "the delegations".
BOTH_SIDES = frozenset({"side", "party", "delegation", "negotiator", "envoy", "team"})
BOTH_WORDS = frozenset({"two", "both", "three", "four", "all"})

# Words of calling an appointment off, and of one's own travel.
CALL_OFF_VERBS = frozenset({"cancel", "scrap", "postpone", "shelve", "call", "delay", "cut"})
TRIP_NOUNS = frozenset({"trip", "visit", "tour", "journey", "travel", "stopover", "stop"})
# A host named as a place, state or body: "a visit to Haiti", "a trip to NATO headquarters".
HOST_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"})
OWN_PRONOUNS = frozenset({"his", "her", "its", "their", "my", "our", "your"})
# Gatherings a trip may go to that host no one: "a trip to the IMF meetings".
GATHERING_NOUNS = TALK_NOUNS | frozenset(
    {"assembly", "forum", "games", "ceremony", "festival", "funeral", "inauguration",
     "wedding", "celebration", "event", "gathering", "convention", "congress", "session"}
)  # fmt: skip
# What talks end "with" that is no party: "ended talks with a deal".
OUTCOME_NOUNS = frozenset(
    {"deal", "agreement", "accord", "breakthrough", "result", "statement", "declaration",
     "communique", "handshake", "pledge", "promise", "progress", "success", "failure",
     "understanding", "plan", "call", "commitment", "note", "other", "another"}
)  # fmt: skip


def _objects(verb: Token) -> list[Token]:
    """The direct objects of the verb, conjuncts included ("ended the talks and the visit")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return out + [c for o in out for c in o.conjuncts]


def _subject(verb: Token) -> Token | None:
    """The verb's active subject, if any."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _both_sides(subject: Token) -> bool:
    """ "Egypt and Ethiopia", "US and North Korean envoys", "the two sides", "both parties"."""
    if subject.conjuncts or any(t.dep_ == "conj" for t in subject.subtree):
        return True
    return lemma(subject) in BOTH_SIDES and any(
        c.lower_ in BOTH_WORDS for c in subject.children if c.dep_ in ("nummod", "det", "predet")
    )


def _span_of_talks(obj: Token) -> bool:
    """ "another round of talks", "two days of negotiations", "the first session"."""
    if lemma(obj) not in SPAN_NOUNS:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(lemma(p) in TALK_NOUNS for p in c.children)
        for c in obj.children
    )


def _other_party(verb: Token, objects: list[Token], subject: Token | None) -> bool:
    """Talks "with" a party other than the subjects ("ended talks with Turkey", "ended a
    round of talks with the government"): on the verb, an object, or the object's talks.
    An outcome ("with a deal") or the subjects themselves ("with each other") is no party."""
    own = {t.lower_ for t in subject.subtree} if subject is not None else set()
    holders = [verb, *objects]
    holders += [p for o in objects for c in o.children if c.dep_ == "prep" for p in c.children]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for p in prep.children:
                if p.dep_ != "pobj" or lemma(p) in OUTCOME_NOUNS or p.lower_ in own:
                    continue
                if p.pos_ in ("NOUN", "PROPN") or p.ent_type_ in HOST_ENTS:
                    return True
    return False


@SITE_TYPES.rule("concluded-session")
def _concluded_session(site: Site, event_type: str) -> str | None:
    verb = site.trigger
    if event_type != "SANCTION" or verb.pos_ != "VERB" or lemma(verb) not in ENDING_VERBS:
        return None
    objects = _objects(verb)
    if _other_party(verb, objects, _subject(verb)):
        return None  # "ended talks with Turkey": it stops dealing with Turkey
    if any(_span_of_talks(o) for o in objects):
        return ""
    subject = _subject(verb)
    talks = any(lemma(o) in TALK_NOUNS for o in objects)
    if talks and subject is not None and _both_sides(subject):
        return ""
    return None


def _hosted(trip: Token) -> bool:
    """The trip names another party: its host ("to Haiti") or its traveller ("by the
    envoy", "of the president", "the minister's visit")."""
    for c in trip.children:
        if c.dep_ == "poss" and c.lower_ not in OWN_PRONOUNS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("by", "of", "from"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("to", "in"):
            for p in c.children:
                if p.dep_ == "pobj" and _host_place(p):
                    return True
    return False


def _host_place(place: Token) -> bool:
    """A place named ("Haiti", "NATO"), or a common noun of place with a nationality or a
    name ("the Dutch capital", "the German city of Hamburg"); not a gathering ("the IMF
    meetings")."""
    if place.ent_type_ in HOST_ENTS or place.pos_ == "PROPN":
        return True
    if lemma(place) in GATHERING_NOUNS:
        return False
    return any(t.ent_type_ in HOST_ENTS for t in place.subtree if t.i != place.i)


@SITE_TYPES.rule("own-trip-called-off")
def _own_trip_called_off(site: Site, event_type: str) -> str | None:
    verb = site.trigger
    if event_type != "SANCTION" or lemma(verb) not in CALL_OFF_VERBS:
        return None
    trips = [o for o in _objects(verb) if lemma(o) in TRIP_NOUNS]
    if not trips or len(trips) != len(_objects(verb)):
        return None  # "cancelled the visit and the contract": the contract may be a sanction
    if any(_hosted(t) for t in trips):
        return None
    return ""
