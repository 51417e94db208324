"""Word senses that are no event of the pattern's type (type rules registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by the coder so that they register).

Each rule reads the trigger's own arguments and returns a new type, or "" to code nothing
(PLOVER verb patterns as in the CAMEO-to-PLOVER table, ../shared/gold/plover/):

- ``own-mediation-stopped``: halting mediation is a SANCTION of the parties mediated
  between (CAMEO 165 "halt mediation": "ended mediation efforts between rival militias"),
  never of a fellow mediator: a mediation stopped "with" or "alongside" a partner ("Qatar
  suspended its mediation with Egypt") or talks halted with mediators ("paused talks with
  mediators from Egypt") would make the co-mediator the target, so no event is coded;
- ``plea-in-court``: pleading guilty, innocent or no contest ("pleaded guilty to illegal
  lobbying") answers a charge in court; it is no appeal to anyone (REQUEST);
- ``money-taken``: accepting or receiving money, bribes, donations or gifts ("on record
  as accepting money to advocate for foreign governments") is being paid, no AGREE to
  anything (CAMEO 03 is an agreement or an intent to cooperate);
- ``left-a-state``: pulling out of, withdrawing from or emerging from a state of affairs or
  a contest ("would pull out of its current slump", "withdrew from the race") leaves no
  territory and no pact: no RETREAT, no AGREE;
- ``beaten-in-a-vote``: beating or defeating someone in an election, a primary or a vote
  ("was beaten in the Republican primary by X") is winning a contest, no ASSAULT;
- ``belittled-as``: dismissing, writing off or brushing aside someone "as" something
  ("dismissed Estonia as being in the suburbs of St. Petersburg", "dismissed Guaido as a
  puppet") disparages them, a criticism (ACCUSE, CAMEO 111); dismissing a proposal "as a
  provocation" still rejects it (REJECT);
- ``casualty-count``: a participle naming people hurt ("lost 6,000 dead and wounded",
  "the wounded were taken to hospital", "among the injured") counts casualties; the act
  that hurt them is coded where it is told;
- ``trade-restriction``: restrictions on imports, exports or trade imposed on another
  state's goods ("imposed new import restrictions on Chinese goods") are an embargo,
  SANCTION (CAMEO 163), not the coercion of people that other restrictions are (COERCE);
- ``endangered-good``: "threaten" with a common good as its object and no threat made ("an
  insurgency was threatening the gains made since 2001", "rising prices threaten the
  recovery") says the good is in danger; PLOVER's THREATEN is a threat made to an actor
  ("threatened Seoul with strikes", "threatened to cut aid"), so nothing is coded;
- ``struck-a-deal``: "strike" whose object is a pact, or in a relative clause on one ("the
  nuclear deal Iran struck with world powers", "struck an agreement with the rebels"), makes
  the pact: AGREE (CAMEO 057), never a strike (PROTEST) or an attack (ASSAULT);
- ``backed-hostile-act``: backing, supporting or endorsing a hostile act against a third
  party ("China and Russia backed U.N. sanctions against Iran", "supported the strikes on
  the militants") supports the party acting, not the one acted against; the party acting is
  seldom the object, so no SUPPORT is coded (precision first).

"Is committed to" stays AGREE: the PLOVER gold codes a stated commitment ("Vietnam is
committed to opening up the economy") as an intent to cooperate (CAMEO 030).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.act_words import HOSTILE_ACT_NOUNS
from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site

# What a mediator does: stopping it stops no relation with anyone.
MEDIATION_WORDS = frozenset(
    {"mediation", "mediate", "mediating", "mediator", "intermediary", "facilitator", "broker",
     "go-between", "shuttle"}
)  # fmt: skip
# The nouns that carry mediation as their object: "its role as mediator", "mediation efforts".
ROLE_NOUNS = frozenset({"role", "effort", "work", "mission", "activity", "involvement"})
# Talks or contacts whose partners may be fellow mediators: "talks with mediators from Egypt".
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "contact", "meeting", "dialogue"})
# What a plea in court answers with.
PLEAS = frozenset({"guilty", "innocent", "contest", "fifth"})
# Modifiers that make restrictions a measure on trade.
TRADE_WORDS = frozenset(
    {"import", "export", "trade", "customs", "tariff", "quota", "commercial", "investment"}
)  # fmt: skip


PARTNER_PREPS = frozenset({"with", "alongside", "together"})
# Goods a state of affairs can endanger: "threatening the gains", "threaten the recovery".
ENDANGERED_GOODS = frozenset(
    {"gain", "progress", "recovery", "stability", "peace", "future", "existence", "ceasefire",
     "truce", "process", "economy", "growth", "livelihood", "unity", "order", "democracy",
     "health", "environment", "credibility", "effort", "fight", "campaign", "achievement",
     "reform", "security", "prosperity", "survival", "viability"}
)  # fmt: skip


def _partnered(tok: Token) -> bool:
    """A "with"/"alongside" phrase hangs on the word."""
    return any(c.dep_ in ("prep", "advmod") and c.lower_ in PARTNER_PREPS for c in tok.children)


def _mediation_phrase(tok: Token) -> bool:
    """ "its mediation", "its mediation efforts", "its role as mediator"."""
    if tok.lemma_.lower() in MEDIATION_WORDS or tok.lower_ in MEDIATION_WORDS:
        return True
    return tok.lemma_.lower() in ROLE_NOUNS and any(
        w.lemma_.lower() in MEDIATION_WORDS for w in tok.subtree if w.i != tok.i
    )


def _talks_with_mediators(tok: Token) -> bool:
    """ "talks with (the) mediators from Egypt"."""
    if tok.lemma_.lower() not in TALK_NOUNS and tok.lower_ not in TALK_NOUNS:
        return False
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in MEDIATION_WORDS
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in PARTNER_PREPS
        for o in p.children
    )


@SITE_TYPES.rule("own-mediation-stopped")
def _own_mediation(site: Site, event_type: str) -> str | None:
    if event_type != "SANCTION":
        return None
    trigger = site.trigger
    stopped = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "xcomp")]
    if trigger.pos_ in ("NOUN", "PROPN"):
        # "the suspension of its mediation"
        stopped += [
            o for p in trigger.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
    for tok in stopped:
        if _talks_with_mediators(tok):
            return ""
        if _mediation_phrase(tok) and (_partnered(tok) or _partnered(trigger)):
            return ""
    return None


@SITE_TYPES.rule("plea-in-court")
def _plea(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "REQUEST" or trigger.lemma_.lower() != "plead":
        return None
    for tok in trigger.subtree:
        if (
            tok.i != trigger.i
            and tok.lemma_.lower() in PLEAS
            and tok.head.i
            in (
                trigger.i,
                *(c.i for c in trigger.children),
            )
        ):
            return ""
    return None


# What one is paid with.
MONEY_NOUNS = frozenset(
    {"money", "cash", "bribe", "kickback", "donation", "contribution", "gift", "payment",
     "fee", "fund", "check", "cheque", "salary", "sum"}
)  # fmt: skip
TAKE_VERBS = frozenset({"accept", "take", "receive", "get", "pocket"})
# States of affairs and contests one pulls out of without leaving a place or a pact.
STATE_NOUNS = frozenset(
    {"slump", "recession", "crisis", "downturn", "decline", "depression", "stagnation",
     "doldrums", "rut", "deficit", "debt", "race", "contest", "primary",
     "competition", "tournament", "championship", "nomination", "running"}
)  # fmt: skip
LEAVING_VERBS = frozenset({"pull", "withdraw", "emerge", "climb", "drop", "bow"})


@SITE_TYPES.rule("money-taken")
def _money_taken(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "AGREE" or trigger.lemma_.lower() not in TAKE_VERBS:
        return None
    taken = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return "" if any(t.lemma_.lower() in MONEY_NOUNS for t in taken) else None


@SITE_TYPES.rule("left-a-state")
def _left_state(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type not in ("RETREAT", "AGREE") or trigger.lemma_.lower() not in LEAVING_VERBS:
        return None
    for prep in (c for c in trigger.children if c.dep_ in ("prep", "prt", "advmod")):
        preps = [prep, *(c for c in prep.children if c.dep_ == "prep")]
        for p in preps:
            if p.lower_ not in ("of", "from", "out"):
                continue
            if any(o.dep_ == "pobj" and o.lemma_.lower() in STATE_NOUNS for o in p.children):
                return ""
    return None


# Contests won at the polls or in a game.
CONTEST_NOUNS = frozenset(
    {"election", "primary", "primaries", "race", "vote", "poll", "polls", "ballot", "runoff",
     "run-off", "caucus", "contest", "match", "game", "final", "referendum", "nomination"}
)  # fmt: skip
WIN_VERBS = frozenset({"beat", "defeat", "trounce", "rout", "crush", "thrash", "oust"})


@SITE_TYPES.rule("beaten-in-a-vote")
def _beaten_in_vote(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "ASSAULT" or trigger.lemma_.lower() not in WIN_VERBS:
        return None
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "during", "for"):
            if any(
                o.dep_ == "pobj"
                and (o.lemma_.lower() in CONTEST_NOUNS or o.lower_ in CONTEST_NOUNS)
                for o in prep.children
            ):
                return ""
    return None


BELITTLE_VERBS = frozenset({"dismiss", "write", "brush", "wave", "deride"})


@SITE_TYPES.rule("belittled-as")
def _belittled(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "REJECT" or trigger.lemma_.lower() not in BELITTLE_VERBS:
        return None
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(o.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") for o in objects):
        return None  # "dismissed the proposal as a provocation" rejects the proposal
    holders = [trigger, *objects]
    if any(c.dep_ == "prep" and c.lower_ == "as" for h in holders for c in h.children):
        return "ACCUSE"
    return None


HURT_WORDS = frozenset({"wounded", "injured", "killed", "maimed", "dead", "missing", "hurt"})


@SITE_TYPES.rule("casualty-count")
def _casualty_count(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "ASSAULT" or trigger.lower_ not in HURT_WORDS:
        return None
    doc = trigger.doc
    i = trigger.i
    if i >= 2 and doc[i - 1].lower_ in ("and", "or") and doc[i - 2].lower_ in HURT_WORDS:
        return ""  # "dead and wounded"
    if trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in trigger.children
    ):
        return ""  # "the wounded were taken"
    return None


@SITE_TYPES.rule("trade-restriction")
def _trade_restriction(site: Site, event_type: str) -> str | None:
    if event_type != "COERCE":
        return None
    trigger = site.trigger
    measures = [
        c
        for c in trigger.children
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("restriction", "curb", "ban")
    ]
    if trigger.lemma_.lower() in ("restriction", "curb"):
        measures.append(trigger)
    for measure in measures:
        if any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in TRADE_WORDS
            for c in measure.children
        ):
            return "SANCTION"
    return None


@SITE_TYPES.rule("endangered-good")
def _endangered_good(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "THREATEN" or trigger.lemma_.lower() != "threaten":
        return None
    if any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "with") for c in trigger.children
    ):
        return None
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return "" if objects and all(o.lemma_.lower() in ENDANGERED_GOODS for o in objects) else None


# Nouns of a pact that one strikes, seals or cuts.
STRUCK_PACTS = frozenset(
    {"deal", "agreement", "accord", "pact", "bargain", "compromise", "truce", "ceasefire",
     "cease-fire", "treaty", "settlement", "understanding", "arrangement"}
)  # fmt: skip


@SITE_TYPES.rule("struck-a-deal")
def _struck_a_deal(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if trigger.lemma_.lower() != "strike" or event_type == "AGREE":
        return None
    pacts = [c for c in trigger.children if c.dep_ == "dobj"]
    if trigger.dep_ == "relcl":
        pacts.append(trigger.head)
    if any(p.lemma_.lower() in STRUCK_PACTS for p in pacts):
        return "AGREE"
    return None


BACKING_VERBS = frozenset({"back", "support", "endorse", "approve", "welcome", "favor", "favour"})


@SITE_TYPES.rule("backed-hostile-act")
def _backed_hostile_act(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "SUPPORT" or trigger.lemma_.lower() not in BACKING_VERBS:
        return None
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in HOSTILE_ACT_NOUNS and any(
            p.dep_ == "prep" and p.lower_ in ("against", "on") for p in obj.children
        ):
            return ""
    return None
