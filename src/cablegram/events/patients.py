"""The one an act is done to is never its doer (rules registered in
:data:`cablegram.events.parties.SOURCE_SCREENS` and :data:`cablegram.events.blockers.BLOCKERS`;
imported by the coder so that they register):

- ``participle-patient`` (screen): a passive participle clause acts on the noun it hangs on
  or on the subject of the clause it modifies: in "Kavala has been in prison, charged with
  financing protests" and "the envoy, expelled last week, ..." Kavala and the envoy are
  charged and expelled, not charging or expelling. Only a "by" agent of the participle can
  be its doer. So for a conjunct of a passive verb: in "Jo Roe, a student, was shot and
  killed by an officer" the student is killed, not killing.
- ``custody-possessor`` (screen): the possessor of a noun of custody or punishment is the
  one held ("Kavala's continued detention", "the journalist's arrest"); with no "of" object
  the possessor is never the doer, nor is the subject of a verb that only judges the act
  ("the court called Kavala's detention a violation"). A "by" agent, or the subject of a
  verb of doing ("Turkey extended Kavala's detention"), stays.
- ``charged-act`` (blocker): the act someone is charged with, convicted of, arrested or
  jailed for is the charge's content, not an act the text reports: "charged with financing
  protests and participating in a coup", "jailed for insulting the president", "arrested on
  suspicion of spying". The parse often takes a second charge for a conjunct of the
  charging verb ("charged with X and participating in Y"): a gerund conjunct after the
  preposition counts as the charge's content too.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site
from cablegram.events.parties import DOING_VERBS, SOURCE_SCREENS, Lookup, mention_span
from cablegram.records import Actor

# Verbs and nouns of charging, judging and holding whose "with"/"of"/"for" object (or
# "on charges of", "on suspicion of") is the act someone is charged with.
CHARGE_WORDS = frozenset(
    {"charge", "convict", "sentence", "arrest", "jail", "detain", "imprison", "try",
     "prosecute", "indict", "suspect", "acquit", "investigate", "fine", "execute",
     "conviction", "trial", "prosecution", "indictment", "suspicion", "detention",
     "investigation", "probe"}
)  # fmt: skip
CHARGE_PREPS = frozenset({"with", "of", "for"})
# Nouns in "on charges of X", "on suspicion of X", "over allegations of X".
CHARGE_NOUNS = frozenset({"charge", "suspicion", "count", "accusation", "allegation"})
# Nouns of custody and punishment whose possessor is the one held.
CUSTODY_NOUNS = frozenset(
    {"detention", "arrest", "imprisonment", "incarceration", "jailing", "internment",
     "custody", "captivity", "abduction", "kidnapping", "kidnap", "execution", "trial",
     "prosecution", "conviction", "sentencing", "extradition", "deportation", "expulsion",
     "torture", "killing", "murder", "assassination", "capture", "release", "exile"}
)  # fmt: skip
MAX_STEPS = 6


def _within(mention: tuple[int, int], tok: Token) -> bool:
    left, right = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return left <= mention[0] < right


def _in_agent(mention: tuple[int, int], head: Token) -> bool:
    """Whether the mention lies in a "by" phrase of ``head``."""
    return any(_within(mention, c) for c in head.children if c.dep_ == "agent" or c.lower_ == "by")


def _passive_participle(trigger: Token) -> Token | None:
    """The participle clause holding the trigger, when the trigger is (a conjunct of) a
    passive participle with no subject of its own: "charged with ...", "the envoy, expelled
    last week"; or a conjunct of a passive verb ("was shot and killed by ...")."""
    tok = trigger
    while tok.dep_ == "conj" and tok.head != tok:
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
            return None  # a conjunct with a subject or tense of its own
        tok = tok.head
    if trigger.tag_ == "VBN" and tok != trigger and tok.tag_ == "VBN":
        kids = {c.dep_ for c in tok.children}
        if "auxpass" in kids and "nsubjpass" in kids:
            return tok  # "Crutcher was shot and killed by an officer"
    if tok.tag_ != "VBN" or tok.dep_ not in ("advcl", "acl"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return None  # "having charged", "after it was charged": a clause of its own
    if trigger.tag_ != "VBN":
        return None
    return tok


@SOURCE_SCREENS.rule("participle-patient")
def _participle_patient(site: Site, actor: Actor, lookup: Lookup) -> bool:
    clause = _passive_participle(site.trigger)
    if clause is None:
        return False
    mention = mention_span(site, actor)
    if mention is None or _in_agent(mention, site.trigger) or _in_agent(mention, clause):
        return False
    if any(c.dep_ == "nsubjpass" for c in clause.children):
        subject = next(c for c in clause.children if c.dep_ == "nsubjpass")
        return _within(mention, subject)
    if clause.dep_ == "acl":
        # "Kavala, charged with ...": the noun the participle describes (its head word, not
        # a modifier: "the Russia-Turkey memorandum signed yesterday" names its signers)
        return _names_head(mention, clause.head)
    subjects = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_names_head(mention, s) for s in subjects)


def _names_head(mention: tuple[int, int], noun: Token) -> bool:
    """Whether the mention covers the noun's head word ("the Sudanese minister", "Kavala")."""
    return mention[0] <= noun.idx < mention[1]


@SOURCE_SCREENS.rule("custody-possessor")
def _custody_possessor(site: Site, actor: Actor, lookup: Lookup) -> bool:
    noun = site.trigger
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in CUSTODY_NOUNS:
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False  # "Turkey's detention of Kavala": the possessor is the doer
    mention = mention_span(site, actor)
    if mention is None or _in_agent(mention, noun):
        return False
    if _within(mention, owner):
        return True
    # "Turkey extended Kavala's detention": the subject of a verb of doing stays
    done = noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in DOING_VERBS
    return not done


def _charge_content(tok: Token) -> bool:
    """Whether ``tok`` is the object of a charge's preposition: "charged with financing",
    "on charges of spying", "jailed for insulting"."""
    prep = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.lower_ not in CHARGE_PREPS:
        return False
    word = prep.head
    lemma = word.lemma_.lower()
    if lemma in CHARGE_WORDS and word.pos_ in ("VERB", "NOUN"):
        return True
    return lemma in CHARGE_NOUNS


@BLOCKERS.rule("charged-act")
def _charged_act(site: Site) -> bool:
    tok = site.trigger
    for _ in range(MAX_STEPS):
        if tok.head == tok:
            return False
        if _charge_content(tok):
            return True
        head = tok.head
        if (
            tok.dep_ == "conj"
            and tok.tag_ == "VBG"
            and head.lemma_.lower() in CHARGE_WORDS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children)
            and any(
                c.dep_ == "prep" and c.lower_ in CHARGE_PREPS and c.i < tok.i for c in head.children
            )
        ):
            # "charged with financing protests and participating in a coup", parsed with
            # "participating" a conjunct of "charged"
            return True
        if tok.dep_ not in ("conj", "pcomp", "pobj", "prep", "xcomp", "compound"):
            return False
        tok = head
    return False
