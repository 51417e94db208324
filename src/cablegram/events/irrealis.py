"""Acts under a clause of disbelief or fear: the article does not say they happened.

Blocking rules registered in :data:`cablegram.events.blockers.BLOCKERS` (imported by the
coder so that they register). Each walks from the trigger up its clause chain
(:func:`cablegram.events.modality.governors`) to the verb or adjective whose that-clause
holds it, and codes nothing when that word marks the clause as not told as fact:

- ``disbelieved``: a belief denied or a doubt ("South Korea said it did not believe that
  North Korea had deployed a missile", "officials doubt that Russia attacked the convoy",
  "nobody thinks that Iran sent the weapons"): what is disbelieved is not reported; a doubt
  denied or held by few ("nobody doubts", "did not doubt", "few doubt") is a belief and
  blocks nothing;
- ``feared``: a fear ("Washington fears that Moscow will invade Ukraine", "fears that rebels
  attacked"), or a worry or alarm over an act still to come or only possible ("Kiev is
  worried that Russia could attack", "there are concerns that Iran will send weapons"): a
  feared act is no act, not even a planned one (its doer planned nothing the text says).
  Worry and alarm are factive: "the EU is concerned that Russia has deployed troops" tells
  the deployment, which keeps the modality of any that-clause.

- ``obliged``: an act in the infinitive of a verb of obligation ("Syria is obliged to
  release prisoners", "combatants are required to halt fighting", "the deal obliges Syria to
  end the siege and to release prisoners", "troops are supposed to withdraw"): what someone
  must do is not what they did (a verb that makes the act happen, "forced Syria to
  release", is no obligation and stays).

- ``to-be-stopped``: an act named as what is to be stopped ("and to halt fighting on
  Saturday", "must stop attacks on civilians", "agreed to end the shelling"): the stopping
  is still to come (a base-form verb: an infinitive, an imperative, under a modal) and the
  act stopped is not told by the clause; "Russia halted its bombing" is left as it was.

- ``attempted-only``: an act that someone tries, struggles or strives to do ("Iran is
  trying to send weapons to the rebels", "diplomats struggled to restore the ceasefire"):
  the trying is told, not the act; an attempted attack or seizure ("tried to storm the
  base", "tried to threaten") is still an ASSAULT, COERCE or THREATEN, as PLOVER codes
  attempts at violence, and trying to pressure or persuade someone is pressing them.

- ``hearsay`` (a modality rule in :data:`cablegram.events.modality.MODALITIES`, not a
  block): an act the writer passes on as others' word ("Russia reportedly sent troops",
  "allegedly attacked the convoy", "is said to have attacked", "was reported to have
  seized") is ``reported``, never ``asserted``, even with no statement to link.

A belief held ("the Kremlin believes that the U.S. seized ...") stays coded as hypothetical
by the modality rule ``believed`` in :mod:`~cablegram.events.prospects`.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import MODALITIES, MODALITY_OF_RULE, Site
from cablegram.events.tree import conj_root

# Verbs whose that-clause is a belief; denied, the clause is disbelieved.
BELIEF_VERBS = frozenset(
    {"believe", "think", "consider", "accept", "expect", "suspect", "feel", "assume"}
)
# Verbs whose that-clause is doubted.
DOUBT_VERBS = frozenset({"doubt", "question", "dispute", "discount", "disbelieve"})
# Verbs, adjectives and nouns of true fear: their that-clause is only feared, whatever its
# tense ("fears that Moscow attacked" does not say that Moscow did).
FEAR_WORDS = frozenset({"fear", "afraid", "dread", "apprehensive"})
# Words of worry or alarm: factive ("is alarmed that police fired on protesters" tells that
# they fired), so their that-clause is feared only when its act is still to come or only
# possible ("is worried that Russia could attack").
WORRY_WORDS = frozenset(
    {"worry", "worried", "concern", "concerned", "anxious", "alarm", "alarmed", "nervous"}
)  # fmt: skip
# Auxiliaries and markers by which a clause's act is still to come or only possible.
UNREALISED_AUX = frozenset(
    {"will", "shall", "wo", "'ll", "would", "'d", "could", "may", "might", "can", "to",
     "should", "must"}
)  # fmt: skip
NEGATIONS = frozenset({"not", "n't", "never"})
# Subjects that deny a belief: "nobody thinks that".
NO_ONE = frozenset({"nobody", "none", "no one"})
# Determiners and adverbs that make a doubt nobody's or almost nobody's ("few doubt that",
# "little doubt that", "hardly anyone doubts").
FEW = frozenset({"few", "little", "hardly", "scarcely", "barely", "no"})


def _holders(site: Site) -> list[Token]:
    """The words whose that-clause (ccomp) holds the trigger, nearest first; the walk stops
    above the first one, so that "said it did not believe that" reads the belief, and
    "doubted whether X said Y attacked" reads no further than "said"."""
    out: list[Token] = []
    for gov in site.chain:
        if gov.via == "ccomp":
            out.append(gov.token)
            if gov.token.lemma_.lower() in site.table.speech_verbs:
                break
    return out


def _denied(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "neg" or (child.lower_ in NEGATIONS and child.dep_ == "advmod"):
            return True
        if child.dep_ == "nsubj" and child.lower_ in NO_ONE:
            return True
    return False


def _doubt_denied(verb: Token) -> bool:
    """ "did not doubt", "nobody doubts", "few doubt", "hardly anyone doubts": the clause
    is believed, not doubted."""
    if _denied(verb):
        return True
    for child in verb.children:
        if child.lower_ in FEW and child.dep_ in ("advmod", "amod", "nsubj", "neg"):
            return True
        if child.dep_ == "nsubj" and any(
            c.lower_ in FEW and c.dep_ in ("amod", "det", "advmod") for c in child.children
        ):
            return True
    return False


@BLOCKERS.rule("disbelieved")
def _disbelieved(site: Site) -> bool:
    for holder in _holders(site):
        lemma = holder.lemma_.lower()
        if lemma in DOUBT_VERBS:
            return not _doubt_denied(holder)
        if lemma in BELIEF_VERBS and _denied(holder):
            return True
        if lemma in site.table.speech_verbs:
            return False
    return False


def _unrealised(site: Site, holder: Token) -> bool:
    """Whether the trigger's clause, up to ``holder``, says its act is still to come or only
    possible: a modal or "to" on the trigger or a verb between it and ``holder``, or "be
    going to"."""
    path = [conj_root(site.trigger, heads=("VERB", "AUX"))]
    for gov in site.chain:
        if gov.token.i == holder.i:
            break
        path.append(gov.token)
    for tok in path:
        auxes = {c.lower_.replace("\u2019", "'") for c in tok.children if c.dep_ == "aux"}
        if auxes & UNREALISED_AUX or tok.lower_ == "going":
            return True
    return False


@BLOCKERS.rule("feared")
def _feared(site: Site) -> bool:
    for holder in _holders(site):
        words = {holder.lemma_.lower(), holder.lower_}
        if words & FEAR_WORDS:
            return True
        if words & WORRY_WORDS:
            return _unrealised(site, holder)
        if holder.lemma_.lower() in site.table.speech_verbs:
            return False
    return False


# The ways from a noun act to the verb that governs it ("to end the siege").
OBJECT_VIAS = frozenset({"dobj", "pobj", "prep"})
# Verbs of obligation whose infinitive is owed, not done.
# ("due to" and "bound to" tell what is scheduled or certain: they stay future.)
OBLIGATION_VERBS = frozenset(
    {"oblige", "obligate", "require", "suppose", "mandate", "obliged", "required", "supposed"}
)


@BLOCKERS.rule("obliged")
def _obliged(site: Site) -> bool:
    below = conj_root(site.trigger, heads=("VERB", "AUX"))
    for gov in site.chain:
        infinitive = gov.via == "xcomp" or (
            gov.via == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
        )
        if not infinitive and gov.via not in OBJECT_VIAS:
            return False
        word = gov.token
        if infinitive and (
            word.lemma_.lower() in OBLIGATION_VERBS or word.lower_ in OBLIGATION_VERBS
        ):
            return True
        below = word
    return False


# Verbs of stopping whose object or gerund is the act stopped.
STOP_VERBS = frozenset({"halt", "stop", "cease", "end", "suspend", "pause", "quit", "abandon"})


@BLOCKERS.rule("to-be-stopped")
def _to_be_stopped(site: Site) -> bool:
    trigger = site.trigger
    if trigger.dep_ not in ("xcomp", "dobj"):
        return False
    head = trigger.head
    return head.lemma_.lower() in STOP_VERBS and head.tag_ == "VB"


# Verbs of trying whose infinitive is attempted, not done ("scrambled", "rushed" and
# "raced to evacuate" tell haste in an act under way: no trying).
TRY_VERBS = frozenset({"try", "attempt", "struggle", "strive", "endeavour", "endeavor"})
# Types whose attempt is itself the act (an attempted attack is an attack, a threat tried
# is a threat).
ATTEMPT_IS_ACT = frozenset({"ASSAULT", "COERCE", "THREATEN"})
# Verbs of pressing someone whose attempt is itself the pressing ("tried to pressure Kyiv
# into a deal", "tried to persuade Iran to").
PRESSING_VERBS = frozenset({"pressure", "persuade", "convince", "push", "press", "coax", "lobby"})


@BLOCKERS.rule("attempted-only")
def _attempted_only(site: Site) -> bool:
    if site.pattern.event_type in ATTEMPT_IS_ACT:
        return False
    if site.trigger.lemma_.lower() in PRESSING_VERBS:
        return False
    for gov in site.chain:
        if gov.via != "xcomp":
            return False
        if gov.token.lemma_.lower() in TRY_VERBS:
            return True
    return False


# Adverbs by which the writer passes an act on as others' word.
HEARSAY_ADVERBS = frozenset(
    {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly", "ostensibly"}
)
# Verbs whose passive passes its infinitive on as others' word: "is said to have attacked".
HEARSAY_PASSIVES = frozenset({"say", "report", "allege", "claim", "rumour", "rumor", "purport"})


@MODALITIES.rule("hearsay")
def _hearsay(site: Site) -> bool:
    for tok in site.tokens:
        if any(c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS for c in tok.children):
            return True
    for gov in site.chain:
        if gov.via != "xcomp":
            break
        word = gov.token
        if word.lemma_.lower() in HEARSAY_PASSIVES and any(
            c.dep_ == "auxpass" for c in word.children
        ):
            return True
    return False


MODALITY_OF_RULE["hearsay"] = "reported"
