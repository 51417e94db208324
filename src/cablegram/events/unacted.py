"""Acts named by a disposition or by a classifying noun, which tell no act (blocking rules
registered in :data:`cablegram.events.blockers.BLOCKERS`; imported by the coder so that they
register). Precision first: none of these is coded.

- ``unvoiced-resolve``: an act hanging on a noun of disposition ("the attack was seen as
  having hardened Pakistan's resolve to fight militants", "tested Europe's will to impose
  sanctions", "doubts about Kenya's readiness to send troops") is an inclination that
  someone else describes, not an intent the party voiced; it stays coded when the party
  voices it ("reaffirmed its determination to fight terrorism", "expressed its readiness
  to send troops");
- ``classed-act``: a noun act that only classes something already told ("It is one of the
  highest-profile U.S. indictments against a foreign nation", "This was the deadliest attack
  since 2015") names what "it" was; the act itself is coded where it is told, or, when the
  article says it is still to come ("charges are expected as soon as Thursday"), not at all;
- ``lifted-act``: a noun act that is the object of its own ending ("clearing the way for the
  lifting of U.N., U.S. and EU sanctions", "the easing of the blockade", "an end to the
  talks") tells the ending, coded where its own verb is, not the act being ended; so does
  the direct object of a verb of ending that is no trigger itself ("the EU likewise ended
  all nuclear-related sanctions against the country", "the confirmation ended most U.N.
  sanctions": round 12, i100, two SANCTIONs on a fresh article; of nine teftst/PolNeAR
  sentences with "end/ease/waive/remove ... sanctions/bombing", the others were coded at
  their verb, "easing stiff sanctions" RETREAT, or not at all);
- ``reversed-measure``: a sanction, embargo, tariff, blockade or ban that is lifted, eased,
  scrapped, suspended or rolled back ("the EU scrapped its sanctions on Belarus", "the
  Treasury relaxed sanctions on Venezuela", "the embargo was dropped", "relaxed sanctions",
  "sanctions relief") is being ended, not imposed, and one modified or adjusted ("the
  administration modified recent U.S. sanctions") is one already in force: no SANCTION (or
  COERCE) at the noun; nor is one kept or maintained ("will keep its arms embargo": no
  new measure, and no THREATEN of one). The
  easing is coded at its own verb where the pattern dictionary has it (RETREAT, CAMEO 085
  "ease economic sanctions"; CONCEDE, CAMEO 081), else nothing (round 16, i11);
- ``prospective-act``: a noun act qualified as still to come or only possible ("in any
  future peace agreement", "a possible military intervention", "an eventual deal") names
  a kind of act, not one that anybody did;
- ``called-for-clause``: an act in a "for X to" clause of a call or a push ("Kim has called
  for his military to be prepared ... and stand ready to use nuclear weapons", "pressed for
  the rebels to lay down their arms") is what is demanded; the call is coded as the REQUEST;
- ``span-of-years``: an act in the present perfect over a span of years ("we have fought
  against coups and interventionism these last 17 years", "has resisted foreign pressure
  for decades", "has detained dozens over the years") tells a course of conduct, not an
  event with a date; the length of a measure ("has jailed him for seven years", "has banned
  her from politics for five years") is no span of conduct, and the act stays coded.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site

# Nouns of an inclination to act.
DISPOSITION_NOUNS = frozenset(
    {"resolve", "determination", "will", "readiness", "willingness", "eagerness", "desire",
     "appetite", "wish", "zeal", "resolution", "inclination", "hunger", "thirst", "urge"}
)  # fmt: skip
# Verbs by which a party voices its own disposition.
VOICING_VERBS = frozenset(
    {"express", "voice", "reaffirm", "reiterate", "declare", "announce", "state", "signal",
     "stress", "underline", "underscore", "confirm", "repeat", "emphasize", "emphasise",
     "affirm", "proclaim", "convey", "indicate", "say", "pledge", "vow"}
)  # fmt: skip
# Subjects that point back at something told before.
POINTING_SUBJECTS = frozenset({"it", "this", "that", "these", "those", "they"})


def _disposition_of(trigger: Token) -> Token | None:
    """The noun of disposition the trigger's clause hangs on ("resolve to fight")."""
    verb = trigger
    if verb.dep_ in ("xcomp", "acl") and verb.head.pos_ == "NOUN":
        head = verb.head
        if head.lemma_.lower() in DISPOSITION_NOUNS or head.lower_ in DISPOSITION_NOUNS:
            return head
    return None


def _voiced(noun: Token) -> bool:
    """The disposition is the object of a verb of voicing ("expressed its readiness")."""
    head = noun.head
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return noun.dep_ in ("dobj", "pobj") and head.lemma_.lower() in VOICING_VERBS


@BLOCKERS.rule("unvoiced-resolve")
def _unvoiced_resolve(site: Site) -> bool:
    noun = _disposition_of(site.trigger)
    return noun is not None and not _voiced(noun)


@BLOCKERS.rule("classed-act")
def _classed_act(site: Site) -> bool:
    trigger = site.trigger
    if trigger.pos_ != "NOUN":
        return False
    # "It is one of the indictments": the noun hangs on "one of" as the attribute
    noun = trigger
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head
    if noun.dep_ != "attr" or noun.head.lemma_.lower() != "be":
        return False
    return any(
        c.dep_ in ("nsubj", "expl") and c.lower_ in POINTING_SUBJECTS for c in noun.head.children
    )


# Nouns of ending an act: "the lifting of sanctions", "an end to the talks".
ENDING_NOUNS = frozenset(
    {"lifting", "easing", "removal", "end", "relief", "suspension", "repeal", "termination",
     "rollback", "withdrawal", "cancellation", "abolition", "scrapping", "halt", "collapse",
     "breakdown", "failure"}
)  # fmt: skip
# Modifiers of a noun that put its act in the future or in doubt.
PROSPECTIVE_MODIFIERS = frozenset(
    {"future", "possible", "eventual", "potential", "prospective", "proposed",
     "hypothetical", "would-be", "likely", "new"}
)  # fmt: skip


# Verbs of ending an act or a measure, whose object is ended, not done: "ended sanctions".
ENDING_VERBS = frozenset(
    {"end", "lift", "ease", "remove", "relax", "waive", "terminate", "revoke", "rescind",
     "repeal", "loosen"}
)  # fmt: skip


@BLOCKERS.rule("lifted-act")
def _lifted_act(site: Site) -> bool:
    trigger = site.trigger
    obj = trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.dep_ == "dobj":
        obj = trigger.head.head  # "waived most of its sanctions"
    if trigger.pos_ == "NOUN" and obj.dep_ == "dobj":
        if obj.head.pos_ == "VERB" and obj.head.lemma_.lower() in ENDING_VERBS:
            return True
        # "announced the lifting of its sanctions": the ending noun is the object of a verb
        # that ends nothing; the check below on the noun still holds.
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    return prep.lower_ in ("of", "to", "on") and prep.head.lemma_.lower() in ENDING_NOUNS


# Measures whose reversal is told by a verb or participle on them.
MEASURE_NOUNS = frozenset(
    {"sanction", "sanctions", "embargo", "tariff", "tariffs", "blockade", "siege", "ban",
     "restriction", "restrictions", "curfew", "penalty", "penalties", "freeze", "blacklist"}
)  # fmt: skip
# Verbs of reversing a measure: "scrapped", "rolled back", "relaxed", "suspended".
REVERSING_VERBS = ENDING_VERBS | frozenset(
    {"scrap", "drop", "abandon", "unfreeze", "cancel", "abolish", "reverse", "withdraw",
     "suspend", "roll", "overturn", "annul", "relieve", "phase", "lighten", "remove",
     # altering a measure already in force imposes none: "modified recent U.S. sanctions"
     "modify", "adjust", "amend", "tweak", "revise", "alter",
     # nor does keeping it: "the EU said it will keep its arms embargo"
     "keep", "maintain", "retain"}
)  # fmt: skip


def _reversing_participle(word: Token) -> bool:
    """A participle of a reversing verb, even one the tagger read as an adjective with
    itself as lemma ("relaxed", "eased", "scrapped")."""
    low = word.lower_
    stems = {word.lemma_.lower(), low[:-1], low[:-2], low[:-3]} if low.endswith("ed") else set()
    return bool(stems & REVERSING_VERBS)


@BLOCKERS.rule("reversed-measure")
def _reversed_measure(site: Site) -> bool:
    noun = site.trigger
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in MEASURE_NOUNS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "lifted most of the sanctions"
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in REVERSING_VERBS:
            return True  # "scrapped the sanctions", "the embargo was dropped"
    if any(
        c.dep_ == "amod" and c.tag_ in ("VBN", "VBD", "JJ") and _reversing_participle(c)
        for c in site.trigger.children
    ):
        return True  # "relaxed sanctions", "the lifted embargo"
    # "sanctions relief", "the embargo's removal"
    return site.trigger.dep_ in ("compound", "poss") and head.lemma_.lower() in ENDING_NOUNS


@BLOCKERS.rule("prospective-act")
def _prospective_act(site: Site) -> bool:
    trigger = site.trigger
    if trigger.pos_ != "NOUN":
        return False
    mods = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound", "nmod")}
    # "new" only with "any": "any new sanctions" (a new deal signed is told as done)
    if "new" in mods and not any(c.lower_ == "any" for c in trigger.children):
        mods.discard("new")
    return bool(mods & PROSPECTIVE_MODIFIERS)


# Verbs of calling or pushing for something, whose "for X to" clause is only demanded.
CALLING_VERBS = frozenset({"call", "press", "push", "appeal", "plead", "ask", "clamor", "clamour"})


@BLOCKERS.rule("called-for-clause")
def _called_for_clause(site: Site) -> bool:
    tok = site.trigger
    for _ in range(10):
        if tok.head == tok:
            return False
        if tok.dep_ == "advcl":
            # the first adverbial clause met is the for-clause, or the act is in another one
            # ("after coming under sanctions for its tests": told as done)
            return tok.head.lemma_.lower() in CALLING_VERBS and any(
                c.dep_ == "mark" and c.lower_ == "for" for c in tok.children
            )
        tok = tok.head
    return False


# Units of a span long enough to make an act a course of conduct.
SPAN_UNITS = frozenset({"year", "decade", "century", "generation"})
SPAN_DETS = frozenset({"these", "last", "past", "many", "several", "for", "over"})
# Verbs of a measure whose "for" phrase is its length ("jailed for seven years"), not a span
# over which the act was done again and again.
MEASURE_VERBS = frozenset(
    {"jail", "imprison", "sentence", "ban", "bar", "suspend", "exile", "banish", "disqualify",
     "expel", "freeze", "extend", "renew", "sanction", "blacklist", "outlaw", "detain",
     "intern", "confine", "lock", "hold", "keep", "restrict", "prohibit", "forbid"}
)  # fmt: skip


def _span_of_years(node: Token) -> bool:
    """ "these last 17 years", "for decades", "over the past ten years"."""
    if node.lemma_.lower() not in SPAN_UNITS or node.tag_ != "NNS":
        return False
    words = {t.lower_ for t in node.subtree} | {node.head.lower_}
    return bool(words & SPAN_DETS)


@BLOCKERS.rule("span-of-years")
def _span_habit(site: Site) -> bool:
    trigger = site.trigger
    if trigger.tag_ != "VBN" or not any(
        c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in trigger.children
    ):
        return False
    for kid in trigger.children:
        if kid.dep_ in ("npadvmod", "obl") and _span_of_years(kid):
            return True
        if kid.dep_ == "prep" and kid.lower_ in ("for", "over"):
            if kid.lower_ == "for" and trigger.lemma_.lower() in MEASURE_VERBS:
                continue  # "has jailed him for seven years": the measure's length
            if any(o.dep_ == "pobj" and _span_of_years(o) for o in kid.children):
                return True
    return False
