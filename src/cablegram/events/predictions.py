"""What is judged likely, possible or within reach is no event, nor is an act an analyst only
describes (blocking rules registered in :data:`cablegram.events.blockers.BLOCKERS`; imported
by the coder so that they register). Precision first: such acts are not coded at all.

- ``prediction-or-capacity``: an act under "(un)likely to", "(un)able to", "capable of",
  "in a position to", "the ability/capacity to": "Moscow is unlikely to be able to offer
  Niger protection", "the army is capable of launching strikes", "Iran's ability to supply
  drones". A past "was able to" tells that the act was done ("Kenya was able to send
  troops"), and stays.
- ``described-act``: an act in a free relative clause ("what France offered", "whatever
  Russia sent") that is the subject of a copular clause, an analyst's comparison or
  description: "What France offered with its coordination is far more superior"; so is an
  act in a relative clause on the subject of a copular comparison ("The support France
  offered was far weaker than Russia's").
- ``foreseen-noun``: a noun event that is the object of a verb of foreseeing ("predicting an
  impending withdrawal", "forecast an offensive", "ruled out a withdrawal").
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site
from cablegram.events.tree import conj_root

# Adjectives of likelihood and capacity whose "to" complement is only predicted or possible.
LIKELIHOOD_ADJECTIVES = frozenset(
    {"likely", "unlikely", "able", "unable", "capable", "incapable", "probable", "possible",
     "impossible", "positioned", "poised"}
)  # fmt: skip
# Nouns of capacity whose "to" or "of" complement is only possible.
CAPACITY_NOUNS = frozenset(
    {"ability", "inability", "capacity", "capability", "position", "likelihood", "chance",
     "possibility", "potential", "means", "power", "wherewithal"}
)  # fmt: skip
# The words by which an adjective or noun takes the act.
COMPLEMENT_DEPS = frozenset({"xcomp", "acl", "pcomp", "pobj", "prep", "ccomp"})
# Wh-words opening a free relative clause.
FREE_RELATIVES = frozenset({"what", "whatever", "whichever"})
COMPARATIVES = frozenset({"superior", "inferior", "preferable", "comparable", "similar"})
COPULAS = frozenset({"be", "seem", "appear", "remain", "look", "prove", "become"})
MAX_STEPS = 8


def _told_done(adjective: Token) -> bool:
    """ "was able to send", "were able to reach": a past, unnegated "able" tells the act."""
    if adjective.lemma_.lower() != "able":
        return False
    verb = adjective.head if adjective.dep_ == "acomp" else adjective
    if any(c.dep_ == "neg" for c in (*verb.children, *adjective.children)):
        return False
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lemma_.lower() != "would"
        for c in verb.children
    )


@BLOCKERS.rule("prediction-or-capacity")
def _prediction(site: Site) -> bool:
    tok = site.trigger
    for _ in range(MAX_STEPS):
        infinitive = tok.dep_ == "relcl" and any(c.lower_ == "to" for c in tok.children)
        if tok.head == tok or (tok.dep_ not in COMPLEMENT_DEPS | {"conj"} and not infinitive):
            return False
        head = tok.head
        lemma = head.lemma_.lower()
        if head.pos_ == "ADJ" and lemma in LIKELIHOOD_ADJECTIVES and tok.dep_ != "conj":
            return not _told_done(head)
        if head.pos_ == "NOUN" and lemma in CAPACITY_NOUNS and tok.dep_ != "conj":
            # "the position to ..." only reads so in "in a position to"
            return lemma != "position" or any(c.lower_ == "in" for c in head.ancestors)
        if head.pos_ == "VERB" and head.dep_ not in ("xcomp", "conj", "pcomp", "acomp"):
            # the clause of the act's own finite verb: stop unless it is a copula of
            # likelihood ("is unlikely to be able to")
            if lemma not in COPULAS:
                return False
        tok = head
    return False


def _comparison(copula: Token) -> bool:
    """Whether a copular clause compares: "is far more superior", "was weaker than"."""
    for c in copula.children:
        if c.dep_ not in ("acomp", "attr"):
            continue
        if c.tag_ in ("JJR", "JJS", "RBR") or c.lemma_.lower() in COMPARATIVES:
            return True
        if any(m.lower_ in ("more", "less", "most", "least") for m in c.children):
            return True
    return False


def _compared_noun(tok: Token) -> bool:
    """ "The support France offered was far weaker": an act in a relative clause on the
    subject of a copular comparison."""
    tok = conj_root(tok)
    if tok.dep_ != "relcl":
        return False
    noun = tok.head
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in COPULAS and _comparison(noun.head)


@BLOCKERS.rule("described-act")
def _described(site: Site) -> bool:
    tok = site.trigger
    if _compared_noun(tok):
        return True
    clause = tok
    for _ in range(MAX_STEPS):
        if clause.dep_ in ("csubj", "csubjpass"):
            break
        if clause.head == clause or clause.dep_ not in ("conj", "xcomp", "advcl", "prep", "pobj"):
            return False
        clause = clause.head
    else:
        return False
    if clause.head.lemma_.lower() not in COPULAS:
        return False
    return any(
        c.lower_ in FREE_RELATIVES and c.i < clause.i and c.dep_ in ("dobj", "nsubj", "pobj")
        for c in clause.subtree
    )


# Verbs whose object is an act only foreseen: "predicting an impending U.S. withdrawal",
# "forecast a Russian offensive", "ruled out a withdrawal".
FORESEE_VERBS = frozenset(
    {"predict", "forecast", "foresee", "anticipate", "envisage", "envision", "project",
     "prophesy", "fear", "dread", "rule"}
)  # fmt: skip


@BLOCKERS.rule("foreseen-noun")
def _foreseen_noun(site: Site) -> bool:
    """A noun event that is the object of a verb of foreseeing names a prospect, not an act:
    "critics had been predicting an impending U.S. withdrawal", "analysts forecast a
    Russian offensive", "the minister ruled out a withdrawal"."""
    trigger = site.trigger
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    head = trigger.head
    if trigger.dep_ != "dobj" or head.pos_ != "VERB":
        return False
    lemma = head.lemma_.lower()
    if lemma == "rule":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    return lemma in FORESEE_VERBS
