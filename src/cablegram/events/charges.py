"""Acts that are only what someone charges, or what someone is disposed or fitted to do
(blocking rules registered in :data:`cablegram.events.blockers.BLOCKERS`; imported by the
coder so that they register). Precision first: such acts are not coded at all.

- ``grounds-of-reproach``: the act for which someone is reproached or praised ("lashed out
  at Turkey for having shot down a Russian bomber", "criticised Berlin over sending
  tanks") is the grounds the speaker gives, told by the speaker and parsed with the
  speaker as its nearest subject; the reproach is coded at its own verb, the act is not.
- ``charged-violation``: "violated"/"breached" is a charge: an act or a measure said to
  violate something ("said the launch violated UN resolutions", "the test breached the
  ban"), or a violation inside what someone says, claims or accuses ("Seoul said Pyongyang
  had violated the truce") is the speaker's accusation, not an act of rejecting by the
  accused;
- ``disposition``: an act under a noun of reluctance or means ("his resistance to
  providing the rebels with weapons", "lacked the funds to send aid", "lacked the
  resources to provide support") or a word of being
  fitted for it ("trained and equipped to fight the militants", "averse to sending
  troops", "terrorists bent on attacking the United States") names what someone is
  disposed or fitted to do, not what was done ("reluctant to send" is read as a refusal
  by the retyping rules, and stays so);
- ``stance-on-act``: an act named as the object of a stance ("favored imposing heavy
  tariffs on China", "advocates sending troops", "supports arming the rebels") is a
  policy someone favours or opposes, not an act done (the stance, when it is an event,
  is coded at its own verb).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site
from cablegram.events.tree import conj_root
from cablegram.events.triggers import match_token

# Verbs (and phrasal heads) of reproach or praise whose "for"/"over" gerund gives grounds.
REPROACH_VERBS = frozenset(
    {"lash", "rail", "criticize", "criticise", "condemn", "denounce", "slam", "rebuke",
     "blast", "fault", "chide", "scold", "castigate", "berate", "lambaste", "lambast",
     "attack", "assail", "censure", "reprimand", "praise", "commend", "thank", "hail",
     "applaud", "congratulate", "salute", "punish", "sanction", "penalize", "penalise",
     "mock", "ridicule", "deride", "chastise", "admonish", "upbraid", "round"}
)  # fmt: skip
GROUND_PREPS = frozenset({"for", "over"})
# Verbs of breaking a rule: what they say is a charge.
VIOLATE_VERBS = frozenset({"violate", "breach", "contravene", "flout", "infringe"})
# Words whose clause is someone's saying or charge.
SAYING_WORDS = frozenset(
    {"say", "claim", "argue", "insist", "charge", "accuse", "allege", "complain", "assert",
     "contend", "maintain", "declare", "state", "tell", "warn", "note", "add", "believe",
     "consider", "deem", "call", "statement", "accusation", "complaint"}
)  # fmt: skip
# Nouns and adjectives of a disposition towards an act, or of fitness for it.
DISPOSITION_NOUNS = frozenset(
    {"resistance", "reluctance", "opposition", "objection", "aversion", "hesitancy",
     "hesitation", "refusal", "unwillingness", "reticence", "resource", "fund", "money",
     "training", "equipment", "mandate", "authority", "authorization", "authorisation"}
)  # fmt: skip
DISPOSITION_ADJECTIVES = frozenset(
    {"loath", "loth", "averse", "disinclined", "bent", "hellbent", "intent", "equipped",
     "trained", "qualified", "fit", "unfit", "free", "entitled", "authorized", "authorised",
     "empowered", "mandated", "licensed"}
)  # fmt: skip
# Verbs of wanting the means: what one lacks the means to do was not done.
LACK_VERBS = frozenset({"lack", "miss"})
MAX_STEPS = 6


@BLOCKERS.rule("grounds-of-reproach")
def _grounds(site: Site) -> bool:
    tok = conj_root(site.trigger)
    if tok.dep_ != "pcomp" or tok.head.lower_ not in GROUND_PREPS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False  # "criticised the plan over how Russia attacked": its own subject
    verb = tok.head.head
    # "lashed out at Turkey for": the preposition may hang on the particle's object.
    while verb.dep_ in ("pobj", "prep") and verb.head != verb:
        verb = verb.head
    return verb.lemma_.lower() in REPROACH_VERBS


def _acts_or_measures(subject: Token, site: Site) -> bool:
    """The subject is an act or a measure, not a doer: an event noun ("the launch", "the
    attack", "the deployment") or one of what states decide ("the decision", "the law")."""
    if subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_:
        return False
    if match_token(subject, site.table) is not None:
        return True
    return subject.lemma_.lower() in {
        "launch", "test", "move", "decision", "law", "measure", "policy", "plan", "step",
        "action", "order", "flight", "construction", "exercise", "drill", "program",
        "programme", "settlement", "project", "visit", "deal", "transfer", "shipment", "sale",
    }  # fmt: skip


@BLOCKERS.rule("charged-violation")
def _charged_violation(site: Site) -> bool:
    trig = site.trigger
    if trig.lemma_.lower() not in VIOLATE_VERBS:
        return False
    subjects = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_acts_or_measures(s, site) for s in subjects):
        return True
    clause = conj_root(trig)
    for _ in range(MAX_STEPS):
        if clause.head == clause:
            return False
        if clause.dep_ in ("ccomp", "acl") and clause.head.lemma_.lower() in SAYING_WORDS:
            return True
        if clause.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
            return False
        clause = clause.head
    return False


def _noun_before(prep: Token) -> bool:
    """ "deepened his resistance to providing": the parse may hang the "to" on the verb; the
    verb's object just before it is then the noun that takes the act."""
    return any(
        c.dep_ == "dobj" and c.right_edge.i == prep.i - 1 and c.lemma_.lower() in DISPOSITION_NOUNS
        for c in prep.head.children
    )


# Verbs of a stance whose gerund object is a policy, not an act done.
STANCE_VERBS = frozenset(
    {"favor", "favour", "advocate", "support", "back", "endorse", "prefer", "oppose",
     "reject", "like", "dislike", "rule", "consider", "suggest", "recommend", "propose",
     "urge", "champion", "defend", "criticize", "criticise", "condemn", "resist", "debate",
     "contemplate", "envisage", "float"}
)  # fmt: skip


@BLOCKERS.rule("stance-on-act")
def _stance(site: Site) -> bool:
    tok = conj_root(site.trigger)
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("dobj", "xcomp", "ccomp", "pcomp")
        and tok.head.lemma_.lower() in STANCE_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


@BLOCKERS.rule("disposition")
def _disposition(site: Site) -> bool:
    tok = site.trigger
    if tok.dep_ == "pcomp" and tok.head.lower_ == "to" and _noun_before(tok.head):
        return True
    for _ in range(MAX_STEPS):
        if tok.head == tok or tok.dep_ not in ("xcomp", "acl", "pcomp", "pobj", "prep", "conj"):
            return False
        head = tok.head
        lemma = head.lemma_.lower()
        if tok.dep_ != "conj":
            if head.pos_ == "NOUN" and lemma in DISPOSITION_NOUNS:
                return True
            fitted = lemma in DISPOSITION_ADJECTIVES or head.lower_ in DISPOSITION_ADJECTIVES
            if fitted and (head.tag_ in ("JJ", "VBN") or tok.dep_ == "prep"):
                return True
        if head.pos_ == "VERB" and lemma in LACK_VERBS and tok.dep_ == "xcomp":
            return True  # "lacked the resources to provide", "lacks the troops to send"
        if head.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp", "conj", "prep"):
            return False
        tok = head
    return False
