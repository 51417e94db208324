"""What a warning warns of: a THREATEN only when the warner names an act of its own side.

PLOVER's THREATEN (CAMEO 13) is a threat made: the one warning says what it will do to
someone ("warned that it might launch a strike", "warned Iran of repercussions", "warned of
retaliation"). A warning of what someone else may do, of what a thing will cause, or of what
is so is a comment or an accusation, never the warner's threat. The type rule
``warned-of-another`` (registered in :data:`cablegram.events.kinds.SITE_TYPES`; imported by
the coder so that it registers) codes nothing for such a warning:

- a clause under "warn" whose subject is another party and whose verb only may happen
  ("The Pentagon warned that Russia could attack Ukraine", "warning they could undermine the
  fight");
- a clause whose subject is a thing, not an actor nor a punitive act, and whose verb is
  active ("warned that the deployments threaten peace", "warned that the plan would hurt
  the economy"; "warned that sanctions would follow" stays a threat);
- a clause telling what another party does or did, with no future ("warned that Russia is
  massing troops": an accusation, coded at its own verb if at all);
- "warned of" a state of affairs rather than a punitive act ("warned of a collapse of the
  government", "warning of a humanitarian catastrophe"; "warned of consequences",
  "warned of retaliation" stay threats).

The clause may have no "that" and its subject hung on "warn" as an object ("analysts warning
Australia's credit rating could be at risk", "hotel operators warned the hike would force them
to cut staff"): rule ``warned-object-as-subject`` (:func:`object_as_subject`) reads the object
followed at once by a modal as the clause's subject, and the clause is judged as above. Seen
in round 12 (i100) on 27 teftst sentences with "warned X could/would ...": four such
forecasts coded THREATEN (0.43 to 0.51), while "warned North Korea would face tougher
sanctions", "warned the North it would pay", "warned he would skip" stayed threats. An actor
so warned by an actor of a loss it may undergo ("the Commission warned Poland could lose its
voting rights") is the party warned and stays a threat (rule ``warned-party-loss``, round 12,
f100; review r100).

A person or state warned ("warned Iran", "warned Seoul not to"), "warned against", a
clause whose subject is the warner's own side ("it", "we", "he"; "they" after a plural
warner; "its forces") ready to act ("are prepared to attack"), and a hostile act done by no
one named under a condition ("hostages may be killed if the bombing continues") keep the
THREATEN; the
rule ``pessimistic-comment`` in :mod:`~cablegram.events.blockers` still reads the clauses
it reads.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.moods import FUTURE_AUX, MAY_AUX
from cablegram.events.retype import READY_ADJECTIVES
from cablegram.events.triggers import match_token

WARN_LEMMAS = frozenset({"warn", "warning", "caution"})
# Pronouns by which a warning's clause names the warner itself ("North Korea warned that it
# might launch a strike"); "they" is the warner's only when the act is stated as coming.
OWN_PRONOUNS = frozenset({"i", "we", "it", "he", "she", "us", "'s"})
# Possessives by which a clause's subject is the warner's own ("its forces").
OWN_POSSESSIVES = frozenset({"its", "our", "his", "her", "my"})
# Common nouns that name an actor (a clause with one as subject may be the warner's side).
ACTOR_NOUNS = frozenset(
    {"force", "troop", "army", "military", "navy", "government", "police", "country",
     "state", "regime", "administration", "authority", "official", "soldier", "militant",
     "rebel", "fighter", "group", "ally", "alliance", "coalition", "nation", "leader"}
)  # fmt: skip
# Adjectives of readiness: "warned that it is ready to strike" is a threat of its own.
READY_WORDS = READY_ADJECTIVES | {"poised", "determined"}
# Conjunctions of a condition: "may be killed if the bombing continues".
CONDITION_MARKS = frozenset({"if", "unless"})
# Entity labels of actors.
ACTOR_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
# Nouns of punishment that make "warned of ..." a threat.
PUNITIVE_NOUNS = frozenset(
    {"consequence", "repercussion", "retaliation", "reprisal", "response", "retribution",
     "punishment", "action", "measure", "step", "countermeasure", "revenge", "force"}
)  # fmt: skip
# Types that make "warned of <noun>" a threat when the noun is one of their triggers.
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})


def _subject(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _auxes(clause: Token) -> set[str]:
    return {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}


def _is_actor(noun: Token) -> bool:
    if noun.ent_type_ in ACTOR_LABELS or noun.pos_ == "PROPN":
        return True
    return noun.lemma_.lower() in ACTOR_NOUNS


def another_party_clause(clause: Token, site: Site, subject: Token | None = None) -> bool:
    """Whether a clause under "warn" tells what another party or a thing may do or does,
    not what the warner will do (see the module docstring); ``subject`` is the clause's
    subject where the parser hung it elsewhere (:func:`object_as_subject`)."""
    subject = subject if subject is not None else _subject(clause)
    if subject is None or subject.dep_ == "expl":
        return False  # "warned that there would be consequences"
    word = subject.lower_
    auxes = _auxes(clause)
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    if word in OWN_PRONOUNS:
        return False
    own = _own_side(subject, site.trigger)
    if own and _readiness(clause):
        return False  # "warned that they are prepared to attack", "its forces are ready to"
    if passive and _conditional_harm(clause, site):
        return False  # "warned that hostages may be killed if the bombing continues"
    coming = bool(auxes & (FUTURE_AUX | {"would", "'d"}))
    if coming and not _is_actor(subject) and not state_of_affairs(subject, site):
        return False  # "warned that sanctions would follow": a punitive act to come
    if auxes & MAY_AUX:
        return True  # "warned that Russia could attack", "warning they could undermine"
    if word == "they":
        return not coming
    if not _is_actor(subject):
        return not passive  # "the plan would hurt"; "any attack would be met with force" stays
    # An actor named: "warned that Russia would retaliate" may be the warner's own state;
    # "warned that Russia is massing troops" tells what another does.
    return not coming


def _own_side(subject: Token, warn: Token) -> bool:
    """The clause's subject is the warner's side: "they" after a plural warner ("the rebels
    warned they ..."), or a noun owned by the warner ("its forces", "our troops")."""
    if subject.lower_ == "they":
        warner = next((c for c in warn.children if c.dep_ == "nsubj"), None)
        return warner is not None and (warner.tag_ in ("NNS", "NNPS") or warner.lower_ == "they")
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subject.children)


def _readiness(clause: Token) -> bool:
    """ "are ready to attack", "is prepared to strike": readiness to act of one's own."""
    words = [clause] + [c for c in clause.children if c.dep_ == "acomp"]
    return any(
        w.lower_ in READY_WORDS and any(c.dep_ == "xcomp" for c in w.children) for w in words
    )


def _conditional_harm(clause: Token, site: Site) -> bool:
    """A hostile act done to someone by no one named, under a condition ("hostages may be
    killed if the bombing continues"): the harm the warner holds over the condition."""
    if any(c.dep_ == "agent" for c in clause.children):
        return False
    conditioned = any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in clause.children
    )
    if not conditioned:
        return False
    pattern = match_token(clause, site.table)
    return pattern is not None and pattern.event_type in HOSTILE_TYPES


def state_of_affairs(noun: Token, site: Site) -> bool:
    """ "warned of a collapse", not "warned of consequences" or "warned of strikes"; nor
    "warned of a Russian invasion", "an invasion by Russia" when another party than the
    warner is named as its doer (:func:`another_doer`: issue 11, round 15)."""
    if noun.lemma_.lower() in PUNITIVE_NOUNS:
        return False
    pattern = match_token(noun, site.table)
    if pattern is None or pattern.event_type not in HOSTILE_TYPES:
        return True
    return another_doer(noun, site.trigger)


def another_doer(act: Token, warn: Token) -> bool:
    """The act noun names its doer ("Russian", "Russia's", "by Russia"), and the doer is not
    the warner: "NATO warned of a Russian invasion" warns of Russia's act, no threat of its
    own. "Iran warned of Iranian strikes" names itself, and stays."""
    doers = [c for c in act.children if c.dep_ in ("amod", "compound", "poss") and c.i < act.i]
    by = [c for c in act.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
    doers += [o for c in by for o in c.children if o.dep_ == "pobj"]
    named = [d for d in doers if d.ent_type_ in ACTOR_LABELS]
    warner = _subject(warn)
    own = {t.lower_[:4] for t in warner.subtree if len(t) >= 4} if warner is not None else set()
    # a name and its demonym share their first four letters ("Iran", "Iranian")
    return bool(named) and all(d.lower_[:4] not in own for d in named)


# Verbs by which the party warned undergoes what the warner may do to it ("could lose its
# aid", "may face sanctions", "would pay a price").
UNDERGO_VERBS = frozenset({"lose", "face", "pay", "suffer", "forfeit", "incur"})


def _party_warned_of_loss(warn: Token, verb: Token, subject: Token) -> bool:
    """Rule ``warned-party-loss`` (round 12, f100): the object taken for the clause's subject
    is an actor warned by an actor, and the clause tells a loss it undergoes ("Germany warned
    Greece could lose its seat", "Washington warned Pakistan may face sanctions"): a threat
    aimed at the party warned, not a forecast. "Analysts warned Greece could lose its rating"
    (no actor warns) and "bankers warned the tax would force" (a thing) stay forecasts."""
    warner = next((c for c in warn.children if c.dep_ == "nsubj"), None)
    if warner is None or verb.lemma_.lower() not in UNDERGO_VERBS:
        return False
    named = warner.ent_type_ in ACTOR_LABELS or warner.lemma_.lower() in ACTOR_NOUNS
    return named and subject.ent_type_ in ACTOR_LABELS


def object_as_subject(warn: Token) -> tuple[Token, Token] | None:
    """Rule ``warned-object-as-subject``: a clause with no "that" whose subject the parser
    made the warning's object ("analysts warning Australia's credit rating could be at
    risk", "had warned the hike would force them to cut staff"): the object phrase is
    followed at once by a modal whose verb has no subject of its own. Returns (the clause's
    verb, its subject), or None ("warned Seoul not to", "warned the North it would pay":
    a party warned)."""
    obj = next((c for c in warn.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    end = max(t.i for t in obj.subtree)
    if end + 1 >= len(warn.doc):
        return None
    modal = warn.doc[end + 1]
    verb = modal.head
    if modal.tag_ != "MD" or modal.dep_ != "aux" or verb.i <= modal.i or verb == warn:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    return verb, obj


@SITE_TYPES.rule("warned-of-another")
def _warned_of_another(site: Site, event_type: str) -> str | None:
    trigger = site.trigger
    if event_type != "THREATEN" or trigger.lemma_.lower() not in WARN_LEMMAS:
        return None
    children = list(trigger.children)
    hidden = object_as_subject(trigger)
    if hidden is not None:
        verb, subject = hidden
        if _party_warned_of_loss(trigger, verb, subject):
            return None  # "the EU warned Turkey could lose its deal": the party warned
        return "" if another_party_clause(verb, site, subject) else None
    if any(c.dep_ in ("dobj", "dative") for c in children):
        return None  # "warned Iran", "warned Seoul not to"
    if any(c.dep_ == "prep" and c.lower_ in ("against", "to") for c in children):
        return None  # "warned against intervention", "a warning to Moscow"
    clauses = [c for c in children if c.dep_ in ("ccomp", "acl")]
    if clauses:
        return "" if all(another_party_clause(c, site) for c in clauses) else None
    objects = [
        o
        for c in children
        if c.dep_ == "prep" and c.lower_ in ("of", "about")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if objects and all(state_of_affairs(o, site) for o in objects):
        return ""
    return None
