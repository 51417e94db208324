"""The coded type after reading negation and intention, as PLOVER defines them.

A pattern gives a trigger its plain type ("send aid" is AID). What the sentence says about
the act can change it; each reading is one named rule in ``RETYPES``, tried in order, the
first that applies wins:

- a refused cooperative act ("will not send troops", "refused to meet") is a REJECT: the
  refusal happened, so the REJECT is not ``negated``; other denied acts ("did not attack")
  are not events;
- an act held over an "unless" is a THREATEN;
- a hostile act under a condition ("may halt mediation if ...") is a THREATEN;
- a withdrawal promised on a condition ("they're going to pull out if you proceed") is a
  THREATEN (CAMEO 136, threaten to halt involvement);
- an intended cooperative act ("promised to send aid", "will visit") is an AGREE, an
  intended hostile act ("vowed to impose a curfew") a THREATEN.
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
from cablegram.events.rules import Registry

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


@dataclass(frozen=True, slots=True)
class Reading:
    """What the sentence says of the act: denied, intended, threatened on a condition."""

    negated: bool
    intended: bool
    unless: bool
    conditional: bool
    # an if/unless clause on the act (not a bare "would")
    on_condition: bool = False


def intended(site: Site) -> bool:
    """An expressed intention: future tense, a governing "promise to"/"plan to", "ready to",
    an intention noun ("its decision to"), or a reported "would" ("said it would allow")."""
    if is_future(list(site.tokens)):
        return True
    for gov in site.chain:
        if gov.via not in ("xcomp", "acomp", "acl"):
            break
        lemma = gov.token.lemma_.lower()
        if lemma in site.table.intent_verbs or lemma in ("willing", "ready", "prepared"):
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
    )


# A rule returns the new type, "" to drop the event, or None when it does not apply.
Retype = Callable[[str, Reading], str | None]
RETYPES: Registry[Retype] = Registry("retypes")


@RETYPES.rule("refusal")
def _refusal(event_type: str, reading: Reading) -> str | None:
    if not reading.negated:
        return None
    return "REJECT" if event_type in REFUSABLE else ""


@RETYPES.rule("ultimatum")
def _ultimatum(event_type: str, reading: Reading) -> str | None:
    return "THREATEN" if reading.intended and reading.unless else None


@RETYPES.rule("conditional-threat")
def _conditional_threat(event_type: str, reading: Reading) -> str | None:
    return "THREATEN" if reading.conditional and event_type in INTENDED_THREAT else None


@RETYPES.rule("conditional-withdrawal")
def _conditional_withdrawal(event_type: str, reading: Reading) -> str | None:
    if event_type == "RETREAT" and reading.intended and reading.on_condition:
        return "THREATEN"
    return None


@RETYPES.rule("intent-to-cooperate")
def _offer(event_type: str, reading: Reading) -> str | None:
    return "AGREE" if reading.intended and event_type in INTENDED_AGREE else None


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
