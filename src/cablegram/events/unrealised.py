"""Blocking rules for acts that a modal context leaves unrealised (registered in
:data:`cablegram.events.blockers.BLOCKERS`; imported by the coder so that they register).

- ``nonspecific``: an act told in a relative clause of an indefinite noun that a modal or
  conditional governs describes something that may never exist: "would have to rest on a
  grand compromise, in which the factions agreed to ..." (a definite noun, "the treaty,
  which Russia signed", names a real thing and its clause stays as told);
- ``counterfactual-speech``: a verbal act in the counterfactual mood under a stated
  condition was not performed: "If you did nothing, I'd advise Kerry to leave" advises no
  one. Without a condition, "I would urge both sides to talk" is a polite way of urging,
  and stays an event; so does a reported conditional offer ("said they would meet the
  mediator if he ...", a verb of saying above the act).
- ``generic-agent``: an act in the present whose doer is a bare indefinite noun ("a soldier
  is prepared to fight", "a country that ... must pay") tells what such doers do, not what
  anyone did; "a gunman opened fire" (past) and "a Russian warplane bombs ..." (a name on
  the noun) stay events.
"""

from __future__ import annotations

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import (
    HYPOTHETICAL_AUX,
    Site,
    aux_lemmas,
    controlling,
    governors,
    in_condition,
    is_hypothetical,
)

# PLOVER's verbal types: the act is the utterance itself.
VERBAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)
# Determiners of a noun that names no particular thing.
INDEFINITE = frozenset({"a", "an", "any", "some", "another"})


@BLOCKERS.rule("nonspecific")
def _nonspecific(site: Site) -> bool:
    clause = site.trigger
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    for _ in range(3):  # "in which the factions agreed to stop": up to the relative clause
        if clause.dep_ in ("relcl", "acl") or clause.head == clause:
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return False
    noun = clause.head
    determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
    if noun.dep_ == "poss" or not determiners or determiners - INDEFINITE:
        return False
    chain = governors(noun)
    return is_hypothetical(controlling(noun, chain) + [g.token for g in chain[:3]])


@BLOCKERS.rule("counterfactual-speech")
def _counterfactual_speech(site: Site) -> bool:
    if site.pattern.event_type not in VERBAL_TYPES or site.under_speech():
        return False  # "said they would meet him if ...": a conditional offer, reported
    verb = site.trigger
    return bool(aux_lemmas(verb) & HYPOTHETICAL_AUX) and in_condition(verb)


# Tags of a verb told in the present: "is prepared", "fights", "must pay".
_PRESENT_TAGS = frozenset({"VBZ", "VBP", "MD"})


@BLOCKERS.rule("generic-agent")
def _generic_agent(site: Site) -> bool:
    verb = site.trigger
    # up through "prepared to"/"ready to"/"able to" and conjoined verbs to the clause's verb
    for _ in range(3):
        if verb.dep_ in ("xcomp", "conj", "acomp") and verb.head != verb:
            verb = verb.head
        else:
            break
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.tag_ == "WDT" or subject.lower_ in ("that", "which", "who"):
        if verb.dep_ != "relcl":
            return False
        subject = verb.head  # "a government that attacks ...": the noun the clause is on
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.ent_type_:
        return False
    determiners = {c.lower_ for c in subject.children if c.dep_ == "det"}
    if determiners != {"a"} and determiners != {"an"}:
        return False
    named = ("amod", "compound", "nmod", "poss")
    if any(c.dep_ in named and c.ent_type_ for c in subject.children):
        return False  # "a Russian warplane": a particular one
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(tags & _PRESENT_TAGS) and "VBD" not in tags
