"""Acts the sentence names without telling that anyone did them (blocking rules registered in
:data:`cablegram.events.blockers.BLOCKERS`; imported by the coder so that they register).
Precision first: none of these is coded.

- ``judged-act``: a noun act that someone calls, terms, describes or brands something
  ("France's Foreign Ministry called the bombings odious", "described the raid as illegal")
  is the judge's object, not the judge's act: the judging is coded where its own verb is
  ("condemned"), and the act where it is told; nor is the calling a call "on" anyone
  ("called the raids on the city a war crime" is no REQUEST);
- ``unacknowledged``: an act in the that-clause of a denied or withheld telling ("Russia
  has never acknowledged that it sent soldiers", "did not confirm that it had struck the
  convoy") is the writer's suspicion, not a report of the act;
- ``failed-pact``: a truce or deal as the subject of a verb of failing ("since a ceasefire
  collapsed in July", "after the deal unravelled") tells its end, not its making; talks and
  negotiations that ended or broke down were held, so they stay coded, and a pact that
  "ended" or "expired" had been made;
- ``habit``: an act told with an adverb of habit ("North Korea often fires missiles at periods
  of tension", "regularly dismisses the South as a puppet", "has historically struck at the
  security forces"), in the present or present perfect, is a pattern of behaviour, not an
  event with a date;
- ``asked-for``: a noun act that calls, demands or appeals are "for" ("there have been calls
  for mass demonstrations by the Brotherhood", "demands for talks") is only asked for; the
  asking is coded where its own verb is ("called for");
- ``verified-later``: an act in the clause of a check still to come ("after inspectors
  verify that Iran has shipped its fuel out", "once monitors confirm that the troops have
  left") is the condition of something else, not a report; a check told in the past ("after
  the Pentagon confirmed that U.S. jets had bombed the hospital") reports the act.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site
from cablegram.events.tree import lemma as _lemma

# Verbs that judge or name their object: "called the bombings odious".
JUDGING_VERBS = frozenset(
    {"call", "term", "label", "brand", "describe", "deem", "consider", "dub", "characterize",
     "characterise", "view", "regard", "denounce", "decry", "slam", "hail", "praise"}
)  # fmt: skip
# The predicate that says what the object is called: "odious", "a war crime", "as illegal".
PREDICATE_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "attr"})

# Verbs of telling or owning up whose that-clause is only as true as the telling.
TELLING_VERBS = frozenset(
    {"acknowledge", "admit", "confirm", "concede", "disclose", "announce", "say", "reveal",
     "claim", "state", "declare"}
)  # fmt: skip
NEGATIONS = frozenset({"not", "never", "n't", "no"})

# Nouns of a truce or deal (not of talks: talks that broke down were held), and what a
# truce or deal does when it fails without having been kept.
TRUCE_NOUNS = frozenset(
    {"ceasefire", "cease-fire", "truce", "deal", "agreement", "accord", "pact", "armistice"}
)  # fmt: skip
FAILING_VERBS = frozenset(
    {"collapse", "fail", "break", "unravel", "crumble", "falter", "founder", "disintegrate"}
)  # fmt: skip

# Nouns of asking whose "for" object is asked for, not done.
ASK_NOUNS = frozenset(
    {"call", "demand", "appeal", "request", "plea", "petition", "push", "clamor", "clamour",
     "campaign", "pressure", "proposal", "suggestion"}
)  # fmt: skip

# Adverbs that make an act a habit.
HABIT_ADVERBS = frozenset(
    {"often", "regularly", "routinely", "frequently", "usually", "typically", "generally",
     "habitually", "customarily", "historically", "traditionally", "sometimes", "commonly",
     "occasionally", "periodically"}
)  # fmt: skip

# Checks whose clause, when they are still to come, is a condition.
CHECK_VERBS = frozenset({"verify", "certify", "confirm", "ensure", "prove", "establish", "show"})
# Marks of a clause of time or condition (moods.CONDITION_MARKS holds only "if"-type marks).
CHECK_TIME_MARKS = frozenset({"after", "once", "until", "till", "before", "when", "if", "unless"})


@BLOCKERS.rule("judged-act")
def _judged_act(site: Site) -> bool:
    trig = site.trigger
    if _lemma(trig) in JUDGING_VERBS and any(c.dep_ == "oprd" for c in trig.children):
        return True  # "called the raids on the city a war crime": no call "on" anyone
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "dobj":
        return False
    verb = trig.head
    if _lemma(verb) not in JUDGING_VERBS:
        return False
    if any(c.dep_ in PREDICATE_DEPS for c in verb.children):
        return True
    # the parse may hang the predicate elsewhere ("called the bombings in Tartous odious"):
    # an adjective after the object, outside the object's own phrase
    inside = {t.i for t in trig.subtree}
    if any(
        t.pos_ == "ADJ" and t.i > trig.i and t.i not in inside
        for c in verb.children
        if c.dep_ in ("prep", "oprd", "advcl", "dep", "npadvmod")
        for t in c.subtree
    ):
        return True
    # "described the raid as illegal": the "as" phrase on the verb or on the object
    return any(c.dep_ == "prep" and c.lower_ == "as" for h in (verb, trig) for c in h.children)


def _negated(tok: Token) -> bool:
    return any(
        c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ == "advmod") for c in tok.children
    )


@BLOCKERS.rule("unacknowledged")
def _unacknowledged(site: Site) -> bool:
    for gov in site.chain:
        if gov.via == "ccomp" and _lemma(gov.token) in TELLING_VERBS:
            return _negated(gov.token)
    return False


@BLOCKERS.rule("failed-pact")
def _failed_pact(site: Site) -> bool:
    trig = site.trigger
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "nsubj":
        return False
    if _lemma(trig) not in TRUCE_NOUNS and trig.lower_ not in TRUCE_NOUNS:
        return False
    return _lemma(trig.head) in FAILING_VERBS


def _present(verb: Token) -> bool:
    """Simple present or present perfect: "fires", "has struck" (a past habit reported,
    "soldiers routinely beat detainees, a court was told", tells acts that were done)."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


@BLOCKERS.rule("habit")
def _habit(site: Site) -> bool:
    return any(
        c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS and _present(t)
        for t in site.tokens
        for c in t.children
    )


@BLOCKERS.rule("asked-for")
def _asked_for(site: Site) -> bool:
    trig = site.trigger
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj" or trig.head.lower_ != "for":
        return False
    asking = trig.head.head
    return asking.pos_ in ("NOUN", "PROPN") and _lemma(asking) in ASK_NOUNS


def _still_to_come(verb: Token) -> bool:
    """Present or future: "verify", "confirms", "will confirm", "can prove" (a past check,
    "after the Pentagon confirmed that jets had bombed the hospital", told the act)."""
    if verb.tag_ in ("VB", "VBZ", "VBP"):
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBZ", "VBP") for c in verb.children
    )


@BLOCKERS.rule("verified-later")
def _verified_later(site: Site) -> bool:
    for gov in site.chain:
        if gov.via == "ccomp" and _lemma(gov.token) in CHECK_VERBS:
            check = gov.token
            return (
                check.dep_ == "advcl"
                and _still_to_come(check)
                and any(c.dep_ == "mark" and c.lower_ in CHECK_TIME_MARKS for c in check.children)
            )
    return False
