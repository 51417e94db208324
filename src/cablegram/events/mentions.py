"""Acts a sentence only names, not tells (blocking rules registered in
:data:`cablegram.events.blockers.BLOCKERS`; imported by the coder so that they register).
Precision first: such acts are not coded at all.

- ``named-decision``: an act hanging on a noun of deciding or intending that is itself the
  object of another noun's preposition names an earlier decision as the setting of the
  sentence: "any change in our decision not to send troops", "the row over Britain's
  decision to expel diplomats", "in response to its plan to deploy", "the row over
  Germany's refusal". The decision is coded
  where it is told ("decided not to send troops", "announced its decision to expel").
- ``announced-later``: a noun event that someone will (or may) announce, present or unveil
  is not told by the announcement to come, and its announcer is no party to it: "Borrell
  will announce the political agreement on Monday" (the agreement is coded where the text
  says it was reached).
- ``consequence-participle``: a participle clause of a clause whose subject is an act or a
  state of things ("The attacks have been popular, allowing the group to recruit") tells a
  consequence, with no actor doing it: "allowing", "enabling", "forcing" here is nobody's
  CONCEDE or COERCE. Violence a participle tells of an attack ("the strikes hit the town,
  killing 20") stays: the attack's doer killed.
- ``term-of-plan``: what "would" or "will" happen in a relative clause on a plan, a
  proposal or an accord is one of its terms, not an act told: "a proposal for a 60-day
  ceasefire, during which some hostages would be released and the sides would negotiate a
  lasting ceasefire", "a deal under which Israel will withdraw";
- ``campaign-promise``: an intention named as a campaign's or an election's ("his campaign
  promise to withdraw the troops", "pledged on the campaign trail to end the war") is a
  promise to voters of what would be done after an election, not an act towards the
  actors it names. (A candidate's own pledges are screened in :mod:`~.campaigns`.)
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.campaigns import PLEDGE_WORDS
from cablegram.events.modality import FUTURE_AUX, HYPOTHETICAL_AUX, Site, aux_lemmas
from cablegram.events.tree import conj_root
from cablegram.events.triggers import match_token
from cablegram.events.unrealised import ACCORD_NOUNS

# Nouns of deciding and intending whose "to" clause is the act decided or intended.
DECISION_NOUNS = frozenset(
    {"decision", "plan", "intention", "intent", "commitment", "pledge", "promise", "refusal",
     "resolve", "determination", "vow", "choice", "order", "offer", "proposal", "move"}
)  # fmt: skip
# Verbs of making known whose object names an event made known, not done by the speaker.
ANNOUNCE_VERBS = frozenset(
    {"announce", "unveil", "present", "publish", "publicise", "publicize", "reveal",
     "disclose", "confirm", "detail", "outline"}
)  # fmt: skip
# Words that put a future or a possibility on a verb: "is expected to", "is due to".
LATER_HEADS = frozenset({"expect", "due", "set", "likely", "scheduled", "slated", "going"})
# Nouns of a state of things or a measure, which do nothing themselves.
STATE_NOUNS = frozenset(
    {"move", "decision", "step", "measure", "policy", "situation", "development", "change",
     "law", "rule", "ruling", "crisis", "war", "conflict", "violence", "unrest", "instability",
     "rise", "increase", "fall", "decline", "shift", "trend", "popularity", "success",
     "failure", "vacuum", "absence", "presence", "chaos", "collapse", "delay"}
)  # fmt: skip
# Types whose act a participle of an attack tells as the attack's own: "killing 20 people".
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})
# Modifiers that make an intention a campaign's: "campaign promise", "electoral pledge".
CAMPAIGN_WORDS = frozenset({"campaign", "election", "electoral", "pre-election", "manifesto"})
# Where a campaign's promises are made: "on the campaign trail", "at a campaign rally".
CAMPAIGN_PLACES = frozenset({"trail", "rally", "stop", "event", "speech", "debate"})
# Words of promising, whose act a campaign makes a promise to voters.
PROMISE_WORDS = PLEDGE_WORDS | {"offer"}


@BLOCKERS.rule("named-decision")
def _named_decision(site: Site) -> bool:
    clause = conj_root(site.trigger)
    if clause.pos_ == "NOUN" and clause.lemma_.lower() in DECISION_NOUNS:
        noun = clause  # "the row over Germany's refusal": the decision is the trigger
    elif clause.dep_ == "acl" and clause.head.lemma_.lower() in DECISION_NOUNS:
        noun = clause.head
    else:
        return False
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    # "any change in our decision", "the row over its decision": a noun's complement
    return prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")


def _later(verb: Token) -> bool:
    """ "will announce", "could announce", "is expected to announce", "is to announce"."""
    if aux_lemmas(verb) & (FUTURE_AUX | HYPOTHETICAL_AUX):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in LATER_HEADS:
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP")


@BLOCKERS.rule("announced-later")
def _announced_later(site: Site) -> bool:
    noun = site.trigger
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj":
        return False
    verb = noun.head
    return verb.lemma_.lower() in ANNOUNCE_VERBS and _later(verb)


def _inert_subject(noun: Token, site: Site) -> bool:
    """The subject names an act ("the Houthi attacks") or a state of things ("the move")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.lemma_.lower() in STATE_NOUNS or match_token(noun, site.table) is not None


@BLOCKERS.rule("consequence-participle")
def _consequence(site: Site) -> bool:
    verb = site.trigger
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or site.pattern.event_type in VIOLENT_TYPES:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # an absolute clause with its own doer
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and _inert_subject(subject, site)


@BLOCKERS.rule("term-of-plan")
def _term_of_plan(site: Site) -> bool:
    clause = conj_root(site.trigger)
    if clause.dep_ != "relcl" or not aux_lemmas(clause) & (FUTURE_AUX | HYPOTHETICAL_AUX):
        return False
    noun = clause.head
    for _ in range(3):  # "a proposal for a 60-day ceasefire, during which ...": up the phrase
        if noun.lemma_.lower() in ACCORD_NOUNS or noun.lemma_.lower() in site.table.plan_nouns:
            return True
        if noun.dep_ != "pobj" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = noun.head.head
    return False


@BLOCKERS.rule("campaign-promise")
def _campaign_promise(site: Site) -> bool:
    words = [(site.trigger, "acl"), *((g.token, g.via) for g in site.chain[:3])]
    for word, via in words:
        if via not in ("xcomp", "acl"):
            return False
        if word.lemma_.lower() not in PROMISE_WORDS:
            continue
        if any(
            c.dep_ in ("compound", "amod", "nmod") and c.lower_ in CAMPAIGN_WORDS
            for c in word.children
        ):
            return True  # "his campaign promise to withdraw"
        for prep in word.children:
            # "pledged on the campaign trail to", "promised during the election campaign"
            if prep.dep_ == "prep" and any(_campaign_place(o) for o in prep.children):
                return True
    return False


def _campaign_place(noun: Token) -> bool:
    """ "the campaign trail", "the election campaign", "a campaign rally"."""
    if noun.dep_ != "pobj":
        return False
    if noun.lemma_.lower() in CAMPAIGN_WORDS:
        # "pledged during the campaign", not "pledged after the election"
        return noun.head.lower_ in ("during", "in", "on")
    return noun.lemma_.lower() in CAMPAIGN_PLACES and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in CAMPAIGN_WORDS for c in noun.children
    )
