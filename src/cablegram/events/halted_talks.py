"""Talks brought to an end by a verb or idiom the patterns do not list, and gatherings called
off with no party to sanction (type rules registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by the coder through
:mod:`cablegram.events.registered`).

PLOVER's SANCTION for talks is CAMEO 164 "halt negotiations" and for visits and meetings 16
"reduce relations" (../shared/gold/plover/CAMEO2PLOVER-2021.txt): one party stops dealing
with another. Two shapes:

- ``talks-halted-idiom``: a noun of talks (coded CONSULT on its own) that is the thing ended
  by its head ("pulled the plug on its negotiations with the EU", "put an end to the talks",
  "abandoned its negotiations with Kiev", "froze talks with the rebels") is no meeting held:
  it is talks halted, a SANCTION by the one ending them (CAMEO 164), as the verb patterns
  already code "broke off", "suspended", "halted" talks. Talks resumed, held or joined stay
  a CONSULT ("resumed its negotiations with the EU").
- ``gathering-called-off``: a summit, conference or forum called off with no other party
  named as its partner or guest ("Chile cancelled the APEC summit it was to host", "the
  government cancelled a planned summit of Pacific leaders", "cancelled the conference
  because of the unrest") changes a host's plans and sanctions no one: no event. A meeting
  called off *with* a party ("cancelled a planned summit with Peru", "cancelled the meeting
  with President Putin") stays the SANCTION of that party, as PLOVER's gold codes a visit
  to a named state called off.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.occasions import CALL_OFF_VERBS, HOST_ENTS, OUTCOME_NOUNS, TALK_NOUNS
from cablegram.events.tree import lemma

# Nouns of talks that a verb of ending can halt: the occasions' talk nouns less a single
# sitting ("meeting", "summit", "conference"), which is called off, not halted.
HALTED_NOUNS = TALK_NOUNS - frozenset({"meeting", "summit", "conference"})
# Verbs whose direct object is ended by the subject: "abandoned its negotiations".
HALTING_VERBS = frozenset({"abandon", "freeze", "terminate", "quit", "scrap", "shelve"})
# Idioms whose noun takes the talks by a preposition: "pulled the plug on", "put an end to".
IDIOM_NOUNS = {"plug": "on", "end": "to", "halt": "to", "stop": "to"}
IDIOM_VERBS = frozenset({"pull", "put", "bring", "call"})
# Outcomes that conclude talks rather than halt them: "put an end to the talks with a treaty".
CONCLUDING_NOUNS = frozenset(
    {"deal", "agreement", "accord", "treaty", "pact", "settlement", "truce", "ceasefire",
     "compromise", "breakthrough", "understanding", "declaration", "communique"}
)  # fmt: skip
CONCLUDING_VERBS = frozenset({"sign", "reach", "conclude", "seal", "strike", "agree", "adopt"})

# Gatherings whose calling off sanctions no one when no party is named.
GATHERING_NOUNS = frozenset(
    {"summit", "conference", "forum", "congress", "convention", "assembly", "gathering",
     "games", "ceremony", "festival", "celebration", "session"}
)  # fmt: skip
# Prepositions by which a gathering names the other party: "a summit with Peru".
PARTY_PREPS = frozenset({"with", "between", "by", "for"})


def _ended_by(noun: Token) -> bool:
    """The talks noun is the thing ended: the direct object of a halting verb, or the object
    of the preposition of an ending idiom ("the plug on", "an end to")."""
    if noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in HALTING_VERBS:
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    head = prep.head  # "the plug on X" or, as parsed, "pulled [the plug] on X"
    if lemma(head) in IDIOM_VERBS:
        return any(
            c.dep_ == "dobj" and IDIOM_NOUNS.get(lemma(c)) == prep.lower_ for c in head.children
        )
    if IDIOM_NOUNS.get(lemma(head)) != prep.lower_:
        return False
    return head.dep_ == "dobj" and lemma(head.head) in IDIOM_VERBS


def _concluded(noun: Token) -> bool:
    """Talks brought to an end by their outcome, not halted: "put an end to their talks with
    a peace treaty", "by signing an agreement" (review f14e). Read on the talks noun and on
    the verbs above it up to the clause."""
    heads = [noun, *[a for a in noun.ancestors if a.pos_ in ("VERB", "NOUN")][:3]]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "by")):
            for o in prep.children:
                if o.dep_ == "pobj" and lemma(o) in CONCLUDING_NOUNS:
                    return True
                if o.dep_ == "pcomp" and lemma(o) in CONCLUDING_VERBS:
                    return True
    return False


@SITE_TYPES.rule("talks-halted-idiom")
def _talks_halted_idiom(site: Site, event_type: str) -> str | None:
    noun = site.trigger
    if event_type != "CONSULT" or noun.pos_ != "NOUN" or lemma(noun) not in HALTED_NOUNS:
        return None
    members = [noun, *([noun.head] if noun.dep_ == "conj" else [])]
    if not any(_ended_by(m) for m in members):
        return None
    return None if _concluded(noun) else "SANCTION"


def _names_party(gathering: Token) -> bool:
    """The gathering names another party by a preposition ("with Peru", "between the two
    leaders") or as a possessor ("Putin's visit"); an outcome ("with a deal") is none."""
    for c in gathering.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ != "prep" or c.lower_ not in PARTY_PREPS:
            continue
        for p in c.children:
            if p.dep_ == "pobj" and lemma(p) not in OUTCOME_NOUNS:
                if p.pos_ in ("PROPN", "NOUN", "PRON") or p.ent_type_ in HOST_ENTS:
                    return True
    return False


@SITE_TYPES.rule("gathering-called-off")
def _gathering_called_off(site: Site, event_type: str) -> str | None:
    verb = site.trigger
    if event_type != "SANCTION" or verb.pos_ != "VERB" or lemma(verb) not in CALL_OFF_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]
    if not objects or any(lemma(o) not in GATHERING_NOUNS for o in objects):
        return None  # "cancelled the summit and the contract": the contract may be a sanction
    if any(lemma(o) in TALK_NOUNS - GATHERING_NOUNS for o in objects):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return None  # "cancelled a summit with Peru" parsed onto the verb
    return None if any(_names_party(o) for o in objects) else ""
