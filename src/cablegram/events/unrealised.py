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
  anyone did, as does a bare plural in the simple present ("soldiers fight because ...",
  "governments impose sanctions when diplomacy fails"); "a gunman opened fire" (past),
  "a Russian warplane bombs ..." and "Russian troops fight for every village" (a name on
  the noun) stay events.
- ``provision``: a noun event that a plan or an accord provides for is one of its terms:
  "the proposed agreement includes ... a complete Israeli withdrawal from Gaza";
- ``speculated-participle``: what a possible act would do: "may trigger the mechanism —
  reinstating UN sanctions";
- ``danger-verb``: a verb of threatening with a state of things as its object names a
  danger: "the actions threatened regional peace and stability";
- ``words-given``: giving words or evidence to no one ("offered no proof", "offered
  insights into ...") is no act between actors;
- ``landscape-subject``: borders or roads that "meet" hold no meeting;
- ``kept-from``: an act someone was kept from: "used a water cannon to block the vessels
  from delivering food", "prevented protesters from marching".
- ``opposed-act``: an act someone's resistance or objection is to: "deepened his resistance
  to providing the rebels with weapons", "dropped its objection to sending tanks".
"""

from __future__ import annotations

from spacy.tokens import Token

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
from cablegram.events.tree import conj_root


def _bare_plural(noun: Token) -> bool:
    """A plural common noun with no determiner, number, owner or name on it: "soldiers",
    "governments"; not "Russian troops", "their forces", "200 protesters"."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.ent_type_:
        return False
    marked = ("det", "poss", "nummod", "quantmod", "compound", "nmod")
    if any(c.dep_ in marked or c.ent_type_ for c in noun.children):
        return False
    return not any(c.dep_ == "amod" and c.pos_ == "PROPN" for c in noun.children)


# PLOVER's verbal types: the act is the utterance itself.
VERBAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)
# Determiners of a noun that names no particular thing.
INDEFINITE = frozenset({"a", "an", "any", "some", "another"})


@BLOCKERS.rule("nonspecific")
def _nonspecific(site: Site) -> bool:
    clause = conj_root(site.trigger)
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
    if _bare_plural(subject) and verb.tag_ == "VBP":
        # "Soldiers fight because ...", "governments impose sanctions when diplomacy
        # fails": a bare plural in the simple present tells what such doers do.
        return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
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


# Verbs by which a plan or an accord lists what is to be done: "the proposal includes a
# complete Israeli withdrawal", "the deal envisages the release of hostages".
PROVISION_VERBS = frozenset(
    {"include", "envisage", "envision", "foresee", "contain", "stipulate", "entail",
     "involve", "require", "cover", "offer", "propose", "outline", "feature"}
)  # fmt: skip
# Nouns of a plan or an accord: what they provide for is to come, if it ever does.
ACCORD_NOUNS = frozenset(
    {"agreement", "deal", "accord", "treaty", "proposal", "plan", "draft", "resolution",
     "framework", "roadmap", "road", "map", "package", "initiative", "offer", "text",
     "bill", "ceasefire", "truce", "arrangement", "pact", "blueprint", "scheme", "document"}
)  # fmt: skip


# Verbs by which an accord itself asks for something: "the agreement, which calls for a
# two-month ceasefire"; what it asks is a term, and the asking is nobody's REQUEST.
ACCORD_ASKS = frozenset({"call", "mandate", "demand", "require", "stipulate", "urge"})


def _accord_subject(verb: Token, lemmas: frozenset[str]) -> bool:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("relcl", "acl"):
        subject = verb.head
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
        # "the agreement, brokered by the United States and France, which calls for ...":
        # the parser may hang the clause on the broker; its antecedent is the accord
        for step, above in enumerate(subject.ancestors):
            if step > 4:
                break
            if above.lemma_.lower() in lemmas and above.pos_ == "NOUN":
                return True
    return subject is not None and subject.lemma_.lower() in lemmas


@BLOCKERS.rule("provision")
def _provision(site: Site) -> bool:
    """ "The proposed agreement includes ... a complete Israeli withdrawal from Gaza": a noun
    event that a plan or an accord provides for is a term of it, not an act anybody did;
    nor is an accord's own asking ("the agreement ..., which calls for a ceasefire") a
    REQUEST by those who brokered it."""
    noun = site.trigger
    if noun.pos_ == "VERB" and noun.lemma_.lower() in ACCORD_ASKS:
        return _accord_subject(noun, ACCORD_NOUNS | site.table.plan_nouns)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    for _ in range(4):  # up through lists: "a truce, a withdrawal, and the release of ..."
        if noun.dep_ in ("conj", "appos") and noun.head != noun:
            noun = noun.head
        else:
            break
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in PROVISION_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("relcl", "acl"):
        subject = verb.head  # "a plan that includes a withdrawal"
    if subject is None:
        return False
    if subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    lemma = subject.lemma_.lower()
    return lemma in ACCORD_NOUNS or lemma in site.table.plan_nouns


# Verbs that keep someone from an act: "blocked the vessels from delivering food".
KEEP_FROM_VERBS = frozenset(
    {"block", "prevent", "stop", "bar", "ban", "keep", "prohibit", "deter", "restrain",
     "discourage", "dissuade", "forbid", "hinder", "impede", "obstruct"}
)  # fmt: skip


@BLOCKERS.rule("kept-from")
def _kept_from(site: Site) -> bool:
    """ "used a water cannon to block the vessels from delivering food", "barred them from
    entering": an act someone was kept from did not take place."""
    verb = site.trigger
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    return prep.head.lemma_.lower() in KEEP_FROM_VERBS


# Modals that leave an act possible, not told: "may trigger ..., reinstating sanctions".
POSSIBLE_AUX = frozenset({"could", "may", "might"})


@BLOCKERS.rule("speculated-participle")
def _speculated_participle(site: Site) -> bool:
    """ "warned they may trigger the snapback mechanism — reinstating UN sanctions": a
    participle that spells out what a possible act would do is as possible as that act."""
    tok = site.trigger
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj":
        tok = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "advcl":
        return False
    return bool(aux_lemmas(tok.head) & POSSIBLE_AUX)


# What a danger threatens, as opposed to whom a threat is made against: "threatened regional
# peace and stability", "jeopardises the ceasefire".
DANGER_OBJECTS = frozenset(
    {"peace", "stability", "security", "safety", "life", "future", "economy", "process",
     "talks", "ceasefire", "truce", "existence", "health", "environment", "order", "unity",
     "integrity", "progress", "recovery", "livelihood", "relation", "tie", "prospect"}
)  # fmt: skip


@BLOCKERS.rule("danger-verb")
def _danger_verb(site: Site) -> bool:
    """ "saying the actions directly threatened regional peace and stability": a verb of
    threatening whose object is a state of things, with no act threatened ("threatened to
    strike") nor anyone threatened ("threatened Iran"), names a danger, not a threat."""
    verb = site.trigger
    if verb.pos_ != "VERB" or site.pattern.event_type != "THREATEN":
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in DANGER_OBJECTS for o in objects)


# What one gives that is only words or evidence: "offered no proof", "gave no details".
WORD_OBJECTS = frozenset(
    {"proof", "evidence", "detail", "explanation", "comment", "indication", "sign", "clue",
     "information", "reason", "timeline", "timetable", "answer", "specific", "insight",
     "estimate", "figure", "name", "credit", "hint"}
)  # fmt: skip


@BLOCKERS.rule("words-given")
def _words_given(site: Site) -> bool:
    """ "offered no proof that Clinton had a role", "offered insights into his approach":
    giving words or evidence to no one is no act of cooperation or aid between actors
    ("shared evidence with the U.S." stays)."""
    verb = site.trigger
    if verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not all(o.lemma_.lower() in WORD_OBJECTS for o in objects):
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for o in objects for c in o.children):
        return True  # "offered no proof": nothing given
    # "shared evidence with the U.S.", "gave details to the inspectors": given to someone,
    # it may be cooperation; with no one to receive it, it is only said
    return not any(
        c.dep_ in ("dative", "iobj") or (c.dep_ == "prep" and c.lower_ in ("to", "with"))
        for tok in (verb, *objects)
        for c in tok.children
    )


# Things in a landscape that "meet", "cross" or "run" without anybody acting.
LANDSCAPE_NOUNS = frozenset(
    {"border", "frontier", "boundary", "road", "river", "line", "highway", "path", "railway",
     "track", "pipeline", "coast", "coastline", "street", "valley", "range", "corridor"}
)  # fmt: skip


@BLOCKERS.rule("landscape-subject")
def _landscape_subject(site: Site) -> bool:
    """ "where the borders of Lebanon, Syria, and Israel meet": borders and roads that meet
    hold no meeting, whoever's they are."""
    verb = site.trigger
    if verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in LANDSCAPE_NOUNS


# Nouns of opposing an act: "his resistance to providing the rebels with weapons".
OPPOSE_NOUNS = frozenset(
    {"resistance", "opposition", "objection", "reluctance", "hostility", "aversion",
     "resistence", "veto", "hesitance", "hesitancy"}
)  # fmt: skip


@BLOCKERS.rule("opposed-act")
def _opposed_act(site: Site) -> bool:
    trigger = site.trigger
    if trigger.dep_ not in ("pcomp", "pobj") or trigger.head.lower_ != "to":
        return False
    holder = trigger.head.head
    if holder.lemma_.lower() in OPPOSE_NOUNS:
        return True
    # "deepened his resistance to providing ...", the "to" parsed on the verb
    return holder.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in OPPOSE_NOUNS and c.i < trigger.i
        for c in holder.children
    )
