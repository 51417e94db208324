"""Acts of reprisal the pattern dictionary does not see from a word alone: each rule reads the
verb's own dependents (PLOVER types as in the CAMEO to PLOVER table,
../shared/gold/plover/CAMEO2PLOVER-2021.txt). Trigger rules in ``TRIGGER_RULES``, tried
after the dictionary, so a word the dictionary knows keeps its pattern:

- ``vowed-reprisal``: a vow, pledge or promise whose direct object is a reprisal ("vowed
  swift retaliation", "pledged revenge", "promised the harshest punishment", "vowed
  retaliatory measures") is a THREATEN (CAMEO 13), not the AGREE a vow defaults to; a
  reprisal owned by someone else ("promised the fans their revenge"),
  refused ("promised no retaliation") or a plain "response" ("promised a response") is
  left, and so is one vowed by no party (a person, "voters", "the mayor") against no party
  (a match, the polls, lawbreakers);
- ``punitive-stop``: stopping, suspending or cutting off something told as a punishment or
  a retaliation ("suspended operations at the plant as punishment for", "halted flights in
  retaliation for", "cut off the link to punish") is a SANCTION (CAMEO 160 "reduce
  relations") when a state does it; "cut output in response to weak demand" is no
  reprisal, nor "not as punishment", nor people suspended as punishment (discipline),
  nor a hostility or a restraint ended ("ended the ceasefire in retaliation" resumes
  fighting);
- ``expelled-people``: a state (or its government) expelling or throwing out another
  party's people ("expelled the North's workers", "kicked out Russian journalists", "threw
  out all South Koreans") is a COERCE (CAMEO 174 "expel or deport individuals"); envoys,
  consuls and inspectors thrown out are a SANCTION (CAMEO 166) as the dictionary codes
  them expelled. Expelling a pupil, a party's or club's members ("Labour expelled the
  Jewish activist"), or throwing out a proposal ("threw out the Republican amendment") is
  left;
- ``dialogue-broken-off``: a dialogue with a party ended, suspended, frozen, cancelled,
  broken or called off ("ended its dialogue with Iran") is talks halted, SANCTION (CAMEO
  164); a dialogue with no party named ("with students", "the dialogue coach") is left.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import RESPONSE_MODIFIERS, RESPONSE_NOUNS, VOWING
from cablegram.events.patterns import Pattern, PatternTable
from cablegram.events.triggers import TRIGGER_RULES
from cablegram.gazetteer.dictionary import key, load_dictionary

# Nouns that name a reprisal in themselves: the responses in kind of events/kinds.py less a
# plain "response" or "reply".
REPRISAL_NOUNS = RESPONSE_NOUNS - {"response", "reply"}
# Nouns that name a reprisal only when qualified as one (``RESPONSE_MODIFIERS``:
# "retaliatory measures"; "military steps" are no reprisal).
QUALIFIED_NOUNS = frozenset({"response", "measure", "step", "action", "strike", "attack"})
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG"})
# Heads of a party's own subject phrase when no name is on them ("the government vowed").
GOVERNMENT_NOUNS = frozenset(
    {"government", "authority", "authorities", "regime", "administration", "ministry",
     "army", "military", "junta", "cabinet"}
)  # fmt: skip
# Verbs of stopping something: a stop told as punishment reduces relations.
STOP_VERBS = frozenset(
    {"suspend", "cut", "halt", "stop", "sever", "shut", "close", "freeze", "end", "cancel",
     "discontinue", "withdraw", "pull", "block", "ban"}
)  # fmt: skip
# What, stopped, ends a hostility or a restraint: no relations reduced.
HOSTILITIES = frozenset(
    {"ceasefire", "cease-fire", "truce", "armistice", "moratorium", "blockade", "embargo",
     "sanction", "siege", "boycott"}
)  # fmt: skip
# Words whose phrase tells the act as a punishment ("as punishment", "in retaliation for").
PUNITIVE_NOUNS = frozenset(
    {"punishment", "retaliation", "reprisal", "retribution", "revenge", "penalty"}
)
PUNITIVE_VERBS = frozenset({"punish", "retaliate", "penalize", "penalise"})
# People by a common noun that no title of the actor dictionary names.
PEOPLE_NOUNS = frozenset(
    {"player", "captain", "coach", "member", "employee", "staff", "worker", "student",
     "pupil", "teacher", "manager", "referee", "athlete", "officer", "official", "people",
     "person", "man", "woman", "national", "citizen", "resident", "researcher", "migrant",
     "refugee", "tourist", "missionary", "reporter", "correspondent", "scientist",
     "businessman", "expert", "volunteer", "journalist", "activist", "priest"}
)  # fmt: skip
# Verbs of expelling, alone or with "out".
EXPEL_VERBS = frozenset({"expel", "deport"})
# ("drove out the militants" is fighting, ASSAULT: not listed)
OUT_VERBS = frozenset({"kick", "throw"})
# Envoys and monitors expelled reduce relations (CAMEO 166), as the dictionary codes them.
ENVOYS = frozenset(
    {"diplomat", "ambassador", "envoy", "consul", "attache", "inspector", "observer",
     "monitor", "peacekeeper"}
)  # fmt: skip
# Verbs, with their particle where one is needed, that break off a dialogue.
DIALOGUE_STOPS = {
    "end": None, "suspend": None, "halt": None, "stop": None, "freeze": None,
    "cancel": None, "sever": None, "break": "off", "call": "off",
}  # fmt: skip
DIALOGUES = frozenset({"dialogue", "dialog"})


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _party(tok: Token) -> bool:
    """TOK names a party: a state, people or organisation by name ("France", "the PKK"),
    or a government word, bare or owned by one ("the government", "Turkish officials")."""
    if tok.ent_type_ in PARTY_ENTS:
        return True
    lemma = tok.lemma_.lower()
    owned = any(
        c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP")
        for c in tok.children
    )
    return lemma in GOVERNMENT_NOUNS or (owned and lemma in ("official", "leader", "force"))


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _state(subject: Token | None) -> bool:
    """SUBJECT is a state or its government ("Kenya", "the Israeli authorities"), not an
    organisation (a party, a club, a company: "Labour expelled ...", "Juventus suspended
    ...")."""
    return subject is not None and subject.ent_type_ != "ORG" and _party(subject)


def _person(noun: Token) -> bool:
    """NOUN names people: a pronoun, a person's name, a people ("Britons"), a title of the
    actor dictionary ("two generals") or a common noun of ``PEOPLE_NOUNS`` ("its captain")."""
    if noun.pos_ == "PRON" or noun.ent_type_ in ("PERSON", "NORP"):
        return True
    lemma = noun.lemma_.lower()
    titles = load_dictionary().titles
    return lemma in PEOPLE_NOUNS or key(lemma) in titles or key(noun.lower_) in titles


def _reprisal(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if any(c.dep_ == "poss" for c in noun.children):
        return False  # "promising its furious revenge": someone else's
    if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in noun.children):
        return False  # "promised no retaliation": refused
    if lemma in REPRISAL_NOUNS:
        return True
    return lemma in QUALIFIED_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in RESPONSE_MODIFIERS for c in noun.children
    )


def _against_party(noun: Token) -> bool:
    """The reprisal is aimed at a state or people: "revenge against Iran", "retaliation on
    the Kurds" (an organisation's name is left: the tagger makes players of them)."""
    return any(
        p.dep_ == "prep" and p.lower_ in ("against", "on") and o.ent_type_ != "ORG" and _party(o)
        for p in noun.children
        for o in p.children
        if o.dep_ == "pobj"
    )


@TRIGGER_RULES.rule("vowed-reprisal")
def _vowed_reprisal(token: Token, table: PatternTable) -> Pattern | None:
    """ "vowed swift retaliation": a party's vow whose object is a reprisal threatens."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VOWING:
        return None
    obj = _object(token)
    if obj is None or not _reprisal(obj):
        return None
    subject = _subject(token)
    if not ((subject is not None and _party(subject)) or _against_party(obj)):
        return None  # "Serena Williams vowed revenge against Kerber": no party's reprisal
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


def _denied(prep: Token) -> bool:
    """ "not as punishment": the phrase is denied."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return any(c.dep_ == "neg" for c in prep.children) or (
        before is not None and before.lower_ in ("not", "never")
    )


def punitive(verb: Token) -> bool:
    """The verb's act is told as a punishment: "as punishment for", "in retaliation for",
    "in reprisal" (see :func:`_attached`; "not as punishment" is not), or "to punish them"
    on the verb itself."""
    for kid in _attached(verb):
        if kid.dep_ == "prep" and kid.lower_ in ("as", "in") and not _denied(kid):
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
    if not _state(_subject(token)):
        return None  # "Juventus suspended its goalkeeper as punishment": no relations
    if _person(obj):
        return None  # "suspended two generals as punishment": discipline, no relations
    if obj.lemma_.lower() in HOSTILITIES:
        return None  # "ended the ceasefire in retaliation": no relations reduced
    return Pattern(token.lemma_.lower(), "verb", "SANCTION")


def _party_people(obj: Token) -> bool:
    """The people expelled are named as a party's: a party as owner ("the North's
    workers"), a party's adjective or name on people ("Russian journalists"), or a people
    ("South Koreans")."""
    if obj.ent_type_ == "NORP":
        return True
    if not _person(obj):
        return False  # "threw out the Republican amendment": no people
    for kid in obj.children:
        if kid.dep_ == "poss" and kid.pos_ == "PROPN":
            return True
        if kid.dep_ in ("amod", "compound") and kid.ent_type_ in PARTY_ENTS:
            return True
    return False


@TRIGGER_RULES.rule("expelled-people")
def _expelled_people(token: Token, table: PatternTable) -> Pattern | None:
    """ "Kenya expelled the North's workers", "kicked out Russian journalists": coercion;
    "kicked out the Russian envoy": relations reduced, as "expelled the envoy"."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    if lemma not in EXPEL_VERBS and not (
        lemma in OUT_VERBS and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    ):
        return None
    obj = _object(token)
    if obj is None:
        return None
    if obj.lemma_.lower() in ENVOYS:
        return Pattern(lemma, "verb", "SANCTION", mode="expel")
    if not _state(_subject(token)):
        return None  # "Labour expelled the Jewish activist": a party's own discipline
    if not _party_people(obj):
        return None
    return Pattern(lemma, "verb", "COERCE")


def _with_party(obj: Token) -> bool:
    """A "with" phrase on the dialogue or its verb names a party ("with Iran")."""
    preps = [c for c in obj.children if c.dep_ == "prep"]
    preps += [c for c in obj.head.children if c.dep_ == "prep"]
    return any(
        p.lower_ == "with" and _party(o) for p in preps for o in p.children if o.dep_ == "pobj"
    )


@TRIGGER_RULES.rule("dialogue-broken-off")
def _dialogue_broken_off(token: Token, table: PatternTable) -> Pattern | None:
    """ "ended its dialogue with Iran", "called off the dialogue with Pakistan": talks
    halted with a party."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in DIALOGUE_STOPS:
        return None
    particle = DIALOGUE_STOPS[token.lemma_.lower()]
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in token.children):
        return None
    obj = _object(token)
    if obj is None or obj.lemma_.lower() not in DIALOGUES or not _with_party(obj):
        return None
    return Pattern(token.lemma_.lower(), "verb", "SANCTION")
