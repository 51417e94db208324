"""The coded type after reading negation and intention, as PLOVER defines them.

A pattern gives a trigger its plain type ("send aid" is AID). What the sentence says about
the act can change it; each reading is one named rule in ``RETYPES``, tried in order, the
first that applies wins:

- a refused cooperative act ("will not send troops", "refused to meet") is a REJECT: the
  refusal happened, so the REJECT is not ``negated``; an act denied as a past fact ("we have
  not met", "did not attend") and other denied acts ("did not attack") are not events; a
  refusal to let another side do a wrong ("will not allow X to violate our sovereignty") is
  a warning, THREATEN;
- an act held over an "unless" is a THREATEN;
- a hostile act under a condition ("may halt mediation if ...") is a THREATEN;
- a withdrawal promised on a condition ("they're going to pull out if you proceed") is a
  THREATEN (CAMEO 136, threaten to halt involvement);
- an intended cooperative act ("promised to send aid", "will visit") and forces offered
  ("offered to send officers for the force") are an AGREE; a sanction
  or coercive measure announced as decided ("announced it would prohibit all aid") keeps its
  type; a demonstration the writer says was planned ("protesters who planned to march")
  stays a PROTEST; any other intended hostile act ("vowed to impose a curfew") is a
  THREATEN;
- a protest voiced by a state, an official or a body (:func:`spoken_protest`: "China
  protested the arms sale") is an ACCUSE, read once the source is known;
- an attack on a named person by armed men (:func:`armed_attack`: "militants attacked
  Sharif", "rebel fighters attacked Karzai"), not told as words, is force used on them, an
  ASSAULT.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cablegram.events.modality import (
    Site,
    has_unless,
    in_condition,
    is_future,
    is_hypothetical,
    is_negated,
    stated_would,
)
from cablegram.events.triggers import match_token
from cablegram.rules import Registry

# Denied, these are refusals (PLOVER REJECT: "decline to cooperate, to aid, to yield, to meet").
REFUSABLE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "MOBILIZE"}
)
# An attempt is an act tried, not an intention: "an attempt to assassinate the governor was
# thwarted" is an ASSAULT (CAMEO 186 codes attempted assassination), not a THREATEN; "the
# administration's effort to slash foreign aid" is under way, not threatened.
ATTEMPTS = frozenset({"attempt", "bid", "try", "effort"})
# Intended, these are offers (AGREE) or threats (THREATEN).
INTENDED_AGREE = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
INTENDED_THREAT = frozenset({"COERCE", "ASSAULT", "SANCTION", "PROTEST"})
# Measures a government decides and announces: "announced it would prohibit all aid" is the
# sanction itself (told as future), not a threat made to sway anyone (CAMEO 16, 17).
DECIDED = frozenset({"SANCTION", "COERCE"})
# Verbs that announce a decision, whose "would"/"will" complement is the decision taken.
DECISION_VERBS = frozenset({"announce", "decide", "rule", "order"})
# Nouns of a decision taken, whose "to" complement is the measure decided.
DECISION_NOUNS = frozenset({"decision", "order", "ruling", "verdict"})

# Adjectives of readiness: "is willing to send its forces" offers them, and an act one is
# "ready to" do is intended, not done (:mod:`cablegram.events.forewarned` adds "poised").
READY_ADJECTIVES = frozenset({"willing", "ready", "prepared"})


@dataclass(frozen=True, slots=True)
class Reading:
    """What the sentence says of the act: denied, intended, threatened on a condition."""

    negated: bool
    intended: bool
    unless: bool
    conditional: bool
    # an if/unless clause on the act (not a bare "would")
    on_condition: bool = False
    announced: bool = False
    # denied as a past fact ("we have not met", "did not attend"), not refused
    past_denial: bool = False
    # a permission refused for someone else's wrong ("will not allow X to violate ...")
    forbids_harm: bool = False
    # the intention is only a plan the writer tells of ("protesters who planned to march")
    unvoiced_plan: bool = False
    # the act is offered or pledged to someone ("offered to send officers for the force")
    offered: bool = False


def intended(site: Site) -> bool:
    """An expressed intention: future tense in someone's own words ("said it will allow"),
    a governing "promise to"/"plan to", "ready to", an intention noun ("its decision to"),
    or a reported "would" ("said it would allow").

    A plain future in the writer's own voice ("Russia will withdraw its troops from Syria",
    "Russia is to expel 23 diplomats") reports an act to come, not a promise or a threat
    made by anyone: it keeps its own type, told as ``future``."""
    if is_future(list(site.tokens)) and site.voiced():
        return True
    for step, gov in enumerate(site.chain):
        if gov.via == "pobj" and gov.token.pos_ == "ADP":
            continue  # "pledged to remain in close cooperation": through the preposition
        if gov.via == "prep" and gov.token.lemma_.lower() in STAYING_VERBS:
            continue  # ... to the verb of staying that carries it
        if step == 0 and gov.via == "dobj" and site.trigger.pos_ in ("NOUN", "PROPN"):
            continue  # "promised to introduce new sanctions": the noun's verb carries it
        if gov.via not in ("xcomp", "acomp", "acl"):
            break
        lemma = gov.token.lemma_.lower()
        if lemma in site.table.intent_verbs or lemma in READY_ADJECTIVES:
            return True
        if gov.via == "acl" and lemma in site.table.intent_nouns and lemma not in ATTEMPTS:
            return True
    return stated_would(site)


def read(site: Site) -> Reading:
    tokens = list(site.tokens)
    return Reading(
        negated=is_negated(
            site.trigger, site.chain, site.table.negative_verbs, site.table.negative_nouns
        ),
        intended=intended(site),
        unless=has_unless(tokens),
        conditional=is_hypothetical(tokens),
        on_condition=any(in_condition(t) for t in tokens),
        announced=announced(site),
        past_denial=past_denial(site),
        forbids_harm=forbids_harm(site),
        unvoiced_plan=unvoiced_plan(site),
        offered=offered(site),
    )


# Verbs that put an act at someone's disposal: an offer or a pledge of it.
OFFER_VERBS = frozenset({"offer", "pledge", "promise", "volunteer", "commit"})


def offered(site: Site) -> bool:
    """ "have also offered to send officers for the force", "pledged to deploy 1,000
    police", "has said it is willing to send its forces into Syria": the act is offered,
    which PLOVER codes as the offer (AGREE), not as the act done."""
    gov = site.chain[0] if site.chain else None
    if gov is None or gov.via != "xcomp":
        return False
    lemma = gov.token.lemma_.lower()
    return lemma in OFFER_VERBS or (gov.token.pos_ == "ADJ" and lemma in READY_ADJECTIVES)


def unvoiced_plan(site: Site) -> bool:
    """The act is planned ("planned to march", "intends to strike") and nobody is quoted
    saying so: the writer tells of a plan, which threatens nobody by itself."""
    if site.voiced():
        return False
    for gov in site.chain:
        if gov.via not in ("xcomp", "acomp", "acl"):
            return False
        if gov.token.lemma_.lower() in site.table.plan_verbs:
            return True
    return False


# Verbs of staying in a state, through whose preposition an intention reaches a noun act:
# "pledged to remain in close cooperation" (not "plans to join them at the protest").
STAYING_VERBS = frozenset({"remain", "stay", "continue", "keep", "persist"})
# Verbs of letting: refused, they keep someone else from acting.
PERMIT_VERBS = frozenset({"allow", "permit", "tolerate", "let", "accept"})
# Acts that are wrongs done to the speaker's side: "violate our sovereignty".
WRONG_VERBS = frozenset(
    {"violate", "breach", "undermine", "interfere", "destabilize", "destabilise", "threaten",
     "attack", "invade", "annex", "harm", "hurt", "trample", "infringe", "encroach",
     "intimidate", "provoke", "occupy", "humiliate", "meddle", "bully", "blackmail", "use"}
)  # fmt: skip
# What the act let happen is when it is one of these types.
HARM_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"})


def forbids_harm(site: Site) -> bool:
    """ "We will not allow the Colombian Government to violate our sovereignty", "will not
    tolerate attacks on our forces": refusing to let another side do a wrong is a warning
    to that side (THREATEN), not a refusal of anything asked (REJECT)."""
    verb = site.trigger
    if verb.lemma_.lower() not in PERMIT_VERBS:
        return False
    acts = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    acts += [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    for act in acts:
        if act.lemma_.lower() in WRONG_VERBS:
            return True
        pattern = match_token(act, site.table)
        if pattern is not None and pattern.event_type in HARM_TYPES:
            return True
    return False


# Auxiliaries of a past or perfect verb: "did not attend", "have not met", "had not sent".
_PAST_AUX = frozenset({"do", "have"})


def past_denial(site: Site) -> bool:
    """The act denied as a past fact, with a plain "not" on its own verb ("We have not met
    for a long time", "Paris did not send troops"): it did not happen, which is no refusal.
    A governing "refuse to"/"reject", a future or modal ("will not", "cannot") and a present
    "does not accept" stay refusals."""
    verb = site.trigger
    if verb.pos_ != "VERB" or not any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(
        gov.token.lemma_.lower() in site.table.negative_verbs
        for gov in site.chain
        if gov.via in ("xcomp", "ccomp", "conj")
    ):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return any(
        a.lemma_.lower() in _PAST_AUX and (a.tag_ == "VBD" or a.lemma_.lower() == "have")
        for a in auxes
    )


def announced(site: Site) -> bool:
    """The act is the complement of a verb announcing a decision ("announced it would
    prohibit", "decided it will close"), reached through clauses, not through a noun, and
    held on no condition ("would close it if ..." is a threat)."""
    if any(in_condition(t) for t in site.tokens):
        return False
    for gov in site.chain:
        lemma = gov.token.lemma_.lower()
        if lemma in DECISION_VERBS and gov.via == "ccomp":
            return True
        if lemma in DECISION_NOUNS and gov.via == "acl":
            return True  # "Britain's decision to expel 23 diplomats": the decision was taken
        if gov.via not in ("ccomp", "conj", "xcomp"):
            return False
    return False


# A rule returns the new type, "" to drop the event, or None when it does not apply.
Retype = Callable[[str, Reading], str | None]
RETYPES: Registry[Retype] = Registry("retypes")


@RETYPES.rule("refusal")
def _refusal(event_type: str, reading: Reading) -> str | None:
    if not reading.negated:
        return None
    if reading.past_denial:
        return ""  # "we have not met": the act did not happen, nobody refused it
    if reading.forbids_harm:
        return "THREATEN"  # "will not allow X to violate our sovereignty": a warning
    return "REJECT" if event_type in REFUSABLE else ""


@RETYPES.rule("ultimatum")
def _ultimatum(event_type: str, reading: Reading) -> str | None:
    return "THREATEN" if reading.intended and reading.unless else None


@RETYPES.rule("announced-measure")
def _announced(event_type: str, reading: Reading) -> str | None:
    """ "The United States announced it would prohibit all aid": a measure announced as
    decided keeps its type (told as future), where another intended harm is a threat."""
    if reading.intended and reading.announced and not reading.unless:
        return event_type if event_type in DECIDED else None
    return None


@RETYPES.rule("conditional-threat")
def _conditional_threat(event_type: str, reading: Reading) -> str | None:
    return "THREATEN" if reading.conditional and event_type in INTENDED_THREAT else None


@RETYPES.rule("conditional-withdrawal")
def _conditional_withdrawal(event_type: str, reading: Reading) -> str | None:
    if event_type == "RETREAT" and reading.intended and reading.on_condition:
        return "THREATEN"
    return None


@RETYPES.rule("offered-forces")
def _offered_forces(event_type: str, reading: Reading) -> str | None:
    """ "Jamaica has offered to send officers for the force": forces offered are an offer
    (AGREE), not a deployment made."""
    return "AGREE" if event_type == "MOBILIZE" and reading.offered else None


@RETYPES.rule("intent-to-cooperate")
def _offer(event_type: str, reading: Reading) -> str | None:
    return "AGREE" if reading.intended and event_type in INTENDED_AGREE else None


@RETYPES.rule("planned-protest")
def _planned_protest(event_type: str, reading: Reading) -> str | None:
    """ "protesters who planned to march to Parliament": a demonstration planned, as the
    writer tells it, is a protest not (yet) held, not a threat (the plan reads it as
    hypothetical); "farmers said they would blockade Paris" stays a threat."""
    return event_type if event_type == "PROTEST" and reading.unvoiced_plan else None


@RETYPES.rule("intent-to-harm")
def _threat(event_type: str, reading: Reading) -> str | None:
    return "THREATEN" if reading.intended and event_type in INTENDED_THREAT else None


def final_type(event_type: str, reading: Reading) -> tuple[str | None, str | None]:
    """(type, rule name): the type after the first retyping rule that applies; a ``None``
    type drops the event; the rule name is ``None`` when the pattern's type stands."""
    for rule in RETYPES:
        out = rule.fn(event_type, reading)
        if out is not None:
            return (out or None), rule.name
    return event_type, None
