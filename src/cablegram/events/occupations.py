"""Occupations that are protests (a type rule registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by the coder so that it registers).

PLOVER's COERCE (CAMEO 17) is repression or seizure by a party with force: "troops occupied
the town", "the army seized the airport". Protesters who occupy or take over a building or
a seat of government, or who occupy it while protesting ("students occupied the parliament
for weeks protesting against a trade bill", "demonstrators seized the regional
administration building", "activists stormed the ministry to protest the decision"), are
demonstrating: PROTEST (CAMEO 14, PLOVER PROTEST), with no target coded as seized.

- ``protest-occupation``: a COERCE (or the ASSAULT of "stormed") by a verb of occupying,
  seizing or storming whose object is a building or seat (not a town or territory: "rebels
  seized the town" stays COERCE), when the occupiers are named by a word for unarmed
  protesters ("protesters", "students", "activists"; not "supporters", "youths", "a mob",
  "troops", nor protesters said to be armed: "armed students seized the embassy") or the
  occupying is done while or in order to protest ("protesting against", "to protest", "in
  protest"; a verb conjoined to it is another act: "stormed the palace and struck the
  guards" stays force); when a participle tells the protest itself ("occupied the
  parliament for weeks, protesting against a trade bill"), that protest is the event and
  the occupying adds none.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site

# Verbs of taking a place over.
OCCUPYING_VERBS = frozenset({"occupy", "seize", "storm", "take", "overrun", "invade"})
# Buildings and seats where a protest is held (what an army takes is a town or a base).
SEATS = frozenset(
    {"parliament", "legislature", "assembly", "building", "office", "offices", "ministry",
     "headquarters", "hall", "square", "campus", "university", "embassy", "consulate",
     "chamber", "palace", "residence", "statehouse", "capitol", "congress", "senate",
     "administration", "courthouse", "factory", "plant", "station", "lobby", "park",
     "street", "streets", "plaza", "compound", "premises", "cathedral", "church"}
)  # fmt: skip
# Words for people who protest, unarmed by the word itself: supporters, youths, crowds,
# mobs and rioters may come armed ("a mob stormed the police station and killed two
# officers"), so they make no protest without a protest verb or purpose.
PROTESTERS = frozenset(
    {"protester", "protestor", "demonstrator", "activist", "marcher", "striker", "picketer",
     "student"}
)  # fmt: skip
# Verbs of protesting, as a purpose or an adverbial clause of the occupying ("to protest",
# "protesting against"); not "strike" or "march", which armed men do too ("stormed the
# palace and struck the guards", "marched on the capital").
PROTEST_WORDS = frozenset({"protest", "demonstrate", "rally", "picket"})
# Modifiers that arm the occupiers: "armed students seized the embassy" is force.
ARMED_MODIFIERS = frozenset({"armed", "masked", "gun-toting", "gun-wielding"})


def _occupied(trigger: Token) -> list[Token]:
    """The place taken: the direct object ("occupied the parliament", "took over the
    station", where "over" is the verb's particle)."""
    return [c for c in trigger.children if c.dep_ == "dobj"]


def _is_seat(obj: Token) -> bool:
    if obj.ent_type_ in ("GPE", "LOC") and obj.lemma_.lower() not in SEATS:
        return False
    return obj.lemma_.lower() in SEATS or obj.lower_ in SEATS


def _by_protesters(trigger: Token) -> bool:
    """The occupiers are protesters: "protesters seized", "hundreds of students occupied"."""
    for subj in (c for c in trigger.children if c.dep_ == "nsubj"):
        heads = [subj] + [
            o
            for p in subj.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if any(h.lemma_.lower() in PROTESTERS for h in heads):
            return True
    return False


def _armed_subject(trigger: Token) -> bool:
    """The occupiers are said to be armed: "armed students", "heavily armed activists"."""
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in ARMED_MODIFIERS
        for subj in trigger.children
        if subj.dep_ == "nsubj"
        for c in subj.children
    )


def _while_protesting(trigger: Token) -> bool:
    """ "occupied ... protesting against", "to protest", "in protest at"."""
    for kid in trigger.children:
        # a conjoined verb is another act of the same men, not the occupying's purpose
        if kid.dep_ in ("advcl", "xcomp") and kid.lemma_.lower() in PROTEST_WORDS:
            return True
        if (
            kid.dep_ == "prep"
            and kid.lower_ == "in"
            and any(o.dep_ == "pobj" and o.lemma_.lower() == "protest" for o in kid.children)
        ):
            return True
    return False


@SITE_TYPES.rule("protest-occupation")
def _protest_occupation(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type not in ("COERCE", "ASSAULT") or trigger.lemma_.lower() not in OCCUPYING_VERBS:
        return None
    if not any(_is_seat(o) for o in _occupied(trigger)):
        return None
    if _protesting_told(trigger):
        return ""  # "occupied ..., protesting against": the protest is coded on its own verb
    if _armed_subject(trigger):
        return None  # "armed students stormed the embassy": force, whatever their purpose
    if _by_protesters(trigger) or _while_protesting(trigger):
        return "PROTEST"
    return None


def _protesting_told(trigger: Token) -> bool:
    """ "occupied the parliament for weeks protesting against a bill": the participle tells
    the protest itself, which is coded where it stands."""
    return any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in PROTEST_WORDS
        for c in trigger.children
    )
