"""Acts of reprisal the pattern dictionary does not see from a word alone: each rule reads the
verb's own dependents (PLOVER types as in the CAMEO to PLOVER table,
../shared/gold/plover/CAMEO2PLOVER-2021.txt). Trigger rules in ``TRIGGER_RULES``, tried
after the dictionary, so a word the dictionary knows keeps its pattern:

- ``vowed-reprisal``: a vow, pledge or promise whose direct object is a reprisal ("vowed
  swift retaliation", "pledged revenge", "promised the harshest punishment", "vowed
  retaliatory measures") is a THREATEN (CAMEO 13), not the AGREE a vow defaults to; a
  reprisal owned by someone else ("promising its members revenge" read as "its revenge") or
  a plain "response" ("promised a response") is left;
- ``punitive-stop``: stopping, suspending or cutting off something told as a punishment or
  a retaliation ("suspended operations at the plant as punishment for", "halted flights in
  retaliation for", "cut off the link to punish") is a SANCTION (CAMEO 160 "reduce
  relations"), whatever was stopped; "cut output in response to weak demand" is no reprisal,
  nor a person suspended as punishment (discipline);
- ``expelled-people``: expelling or throwing out another party's people ("expelled the
  North's workers", "kicked out Russian journalists", "threw out all South Koreans") is a
  COERCE (CAMEO 174 "expel or deport individuals"); expelling a pupil or "its own members"
  names no party and is left. Envoys and inspectors expelled stay the dictionary's SANCTION.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.patterns import Pattern, PatternTable
from cablegram.events.triggers import TRIGGER_RULES

# Verbs of vowing (the campaign rules' pledges without committing or guaranteeing).
VOW_VERBS = frozenset({"vow", "pledge", "promise", "swear"})
# Nouns that name a reprisal in themselves.
REPRISAL_NOUNS = frozenset(
    {"retaliation", "revenge", "reprisal", "reprisals", "vengeance", "retribution",
     "punishment", "countermeasure", "countermeasures"}
)  # fmt: skip
# Nouns that name a reprisal only when qualified as one ("retaliatory measures").
QUALIFIED_NOUNS = frozenset({"response", "measure", "step", "action", "strike", "attack"})
REPRISAL_MODIFIERS = frozenset(
    {"retaliatory", "punitive", "reciprocal", "counter", "tit-for-tat", "military"}
)
# Verbs of stopping something: a stop told as punishment reduces relations.
STOP_VERBS = frozenset(
    {"suspend", "cut", "halt", "stop", "sever", "shut", "close", "freeze", "end", "cancel",
     "discontinue", "withdraw", "pull", "block", "ban"}
)  # fmt: skip
# Words whose phrase tells the act as a punishment ("as punishment", "in retaliation for").
PUNITIVE_NOUNS = frozenset(
    {"punishment", "retaliation", "reprisal", "retribution", "revenge", "penalty"}
)
PUNITIVE_VERBS = frozenset({"punish", "retaliate", "penalize", "penalise"})
# Verbs of expelling, alone or with "out".
EXPEL_VERBS = frozenset({"expel", "deport"})
# ("drove out the militants" is fighting, ASSAULT: not listed)
OUT_VERBS = frozenset({"kick", "throw"})
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG"})


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _reprisal(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if any(c.dep_ == "poss" for c in noun.children):
        return False  # "promising its furious revenge": someone else's
    if lemma in REPRISAL_NOUNS:
        return True
    return lemma in QUALIFIED_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in REPRISAL_MODIFIERS for c in noun.children
    )


@TRIGGER_RULES.rule("vowed-reprisal")
def _vowed_reprisal(token: Token, table: PatternTable) -> Pattern | None:
    """ "vowed swift retaliation": a vow whose object is a reprisal threatens."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VOW_VERBS:
        return None
    obj = _object(token)
    if obj is None or not _reprisal(obj):
        return None
    return Pattern(token.lemma_.lower(), "verb", "THREATEN")


def _attached(verb: Token) -> list[Token]:
    """The verb's dependents and those of its object's phrase down through prepositions (the
    parser hangs "in retaliation for" on the verb, its object or the object's place:
    "halted flights to Egypt in retaliation for", "suspended operations at the plant as
    punishment for"); no clause of another verb."""
    out: list[Token] = []
    todo = list(verb.children)
    while todo:
        tok = todo.pop()
        out.append(tok)
        if tok.dep_ in ("dobj", "pobj") or (tok.dep_ == "prep" and tok.head.pos_ == "NOUN"):
            todo.extend(c for c in tok.children if c.dep_ in ("prep", "pobj"))
    return out


def punitive(verb: Token) -> bool:
    """The verb's act is told as a punishment: "as punishment for", "in retaliation for",
    "in reprisal" (see :func:`_attached`), or "to punish them" on the verb itself."""
    for kid in _attached(verb):
        if kid.dep_ == "prep" and kid.lower_ in ("as", "in"):
            if any(o.dep_ == "pobj" and o.lemma_.lower() in PUNITIVE_NOUNS for o in kid.children):
                return True
    for kid in verb.children:
        if kid.dep_ in ("advcl", "xcomp") and kid.lemma_.lower() in PUNITIVE_VERBS:
            return any(c.dep_ == "aux" and c.lower_ == "to" for c in kid.children)
    return False


@TRIGGER_RULES.rule("punitive-stop")
def _punitive_stop(token: Token, table: PatternTable) -> Pattern | None:
    """ "suspended operations at the plant as punishment": a stop made as a reprisal."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in STOP_VERBS:
        return None
    obj = _object(token)
    if obj is None or not punitive(token):
        return None
    if obj.pos_ == "PRON" or obj.ent_type_ == "PERSON":
        return None  # "suspended the player as punishment": a person disciplined, no relations
    return Pattern(token.lemma_.lower(), "verb", "SANCTION")


def _party_people(obj: Token) -> bool:
    """The people expelled are named as a party's: a party as owner ("the North's
    workers"), a party's adjective or name on them ("Russian journalists"), or a people
    ("South Koreans")."""
    if obj.ent_type_ == "NORP":
        return True
    for kid in obj.children:
        if kid.dep_ == "poss" and kid.pos_ == "PROPN":
            return True
        if kid.dep_ in ("amod", "compound") and kid.ent_type_ in PARTY_ENTS:
            return True
    return False


@TRIGGER_RULES.rule("expelled-people")
def _expelled_people(token: Token, table: PatternTable) -> Pattern | None:
    """ "expelled the North's workers", "kicked out Russian journalists": coercion."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    if lemma not in EXPEL_VERBS and not (
        lemma in OUT_VERBS and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    ):
        return None
    obj = _object(token)
    if obj is None or not _party_people(obj):
        return None
    return Pattern(lemma, "verb", "COERCE")
