"""Whose time is it? Rules that keep a time expression from dating an event it does not govern.

An event's date comes from a time expression governed by its own trigger (or, for an act told
in a statement, by the verb of saying above it), never from one that modifies another noun
or another clause. Each rule below takes the expression, the trigger and the verb whose
clause holds the expression (the *owner*) and says whether the expression dates something
else; :func:`foreign_time` names the first rule that does, for
:func:`cablegram.events.dates.event_date` to skip the expression.

- ``possessive-time``: "France condemned Tuesday's missile launch": "Tuesday's" dates the
  launch, not the condemning (the condemnation's date is the clause's own, or the article's);
  so does "Tuesday night's bombing", where the parse puts the possessive on "night". Nor does
  the saying's day above stand in ("detained four men over Tuesday's clashes, the ministry
  said on Thursday": see :data:`OWN_CLAUSE_RULES`).
- ``argument-noun-time``: "condemned the attack on Tuesday" parsed with the time on "attack":
  a time inside the verb's subject or object dates that noun's event (a bare time after the
  object, "expelled two envoys the following month", is the clause's own).
- ``nested-trigger``: "the Russian invasion of Ukraine has fed into prices, Macklem noted on
  Oct. 6": a trigger inside a noun phrase, or in a clause under a noun (a relative clause),
  is dated only by its own clause, never by a verb above that noun.
- ``pluperfect-report``: "Officials said Friday that Yoon had ordered the arrest": the past
  perfect puts the act before the saying, so the saying's Friday does not date it.
- ``deadline-of-another``: "her pledge of more soldiers by 2023": a deadline ("by", "until")
  dates the act it sets a term for, never an act that already happened.
- ``own-relative-time``: "Greece closed its border two weeks before the vote, officials
  said on Monday": an act whose clause gives its own time relative to something else
  ("before the summit", "late", "earlier") is not dated by a time of the verb above it,
  nor is one in a clause that runs "so far" ("... on Jan. 23, but Maduro has so far
  refused calls to step down").
- ``sequenced-clause``: "Marcos said Monday the envoy was summoned after the coast guard
  fired water cannons": an act in a clause that an "after", "before", "until" or "since"
  puts before or after another is not dated by the time of the clause above it (the firing
  was on Saturday); a "when" clause shares its head's time and is left alone.
- ``naming-time``: "pulled out of the 2015 nuclear deal last year", "lifted the 2014
  sanctions": a time written before a noun, as its modifier, names which deal or which
  sanctions; it dates the act only when that noun is the trigger itself ("the 2015 deal"
  as an AGREE). The act's own time ("last year") or none stands (round 16, i11).
- ``event-noun-time``: "Police arrested three men in connection with the bombing of a bus on
  Tuesday": a time the parse hangs on a noun of another event (an attack, the shootings, an
  execution, an election) dates that event, wherever the noun stands in the clause, unless the
  act lies inside the event or is done at or through it ("attacked Israel during the war in
  2014", "agreed at a summit on Thursday", "as part of an operation", "on a visit to Doha",
  "with a vote"). When the time so skipped is in the act's own clause, no time of a clause
  above (the saying's "police said on Thursday") dates the act either (see
  :data:`OWN_CLAUSE_RULES`). A time the parse hangs on the verb ("expelled two diplomats after
  the poisoning on Monday") is left to the verb: the parse cannot tell the two apart.

:func:`expression_owner` finds the owner, passing over a noun the parse tags as a verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from cablegram.events.act_words import ACT_NOUNS, MEASURE_NOUNS
from cablegram.events.tense import clause_verb, looks_forward

TimeRule = Callable[[Span, Token, Token, bool], bool]
"""(expression, trigger, owner, on_trigger) -> whether the expression dates something else."""
RULES: dict[str, TimeRule] = {}

# Dependents of a verb that name what it is done to: a time inside them dates that noun's
# event. Not the active subject: "France on Wednesday condemned ..." is parsed with the time
# on "France", and news puts the verb's time there.
_ARGUMENT_DEPS = frozenset({"nsubjpass", "dobj", "attr", "dative", "oprd"})
# Nouns that are times themselves ("the morning of Tuesday", "the end of March").
_TIME_NOUNS = frozenset(
    {
        "morning", "afternoon", "evening", "night", "day", "days", "week", "weekend", "hours",
        "hour", "start", "end", "beginning", "middle", "time", "dawn", "midnight", "noon",
        "date", "eve", "course",
    }
)  # fmt: skip
# Clause links under which an act shares the time of the clause above it: speech and
# control complements ("said on Tuesday that it would ...", "agreed on Monday to ...") and
# coordinated verbs ("met on Monday and signed ...").
_SHARED_CLAUSE = frozenset({"ccomp", "xcomp", "conj", "advcl", "parataxis", "ROOT"})
# Places of a noun trigger in the clause whose time is its own: "held talks", "talks were
# held", "met for talks".
_NOUN_SLOTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj"})


def rule(name: str) -> Callable[[TimeRule], TimeRule]:
    def register(fn: TimeRule) -> TimeRule:
        RULES[name] = fn
        return fn

    return register


def _path_up(start: Token, stop: Token) -> list[Token]:
    """The tokens strictly between ``start`` and its ancestor ``stop`` (empty when ``stop``
    is not an ancestor)."""
    path: list[Token] = []
    tok = start
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i == stop.i:
            return path
        path.append(tok)
    return []


def _clauses_up(trigger: Token, owner: Token) -> list[Token]:
    """The trigger and the tokens between it and ``owner`` above it, whose clauses an act told
    under the owner passes through; empty when ``owner`` is not above the trigger."""
    if owner.i not in {a.i for a in trigger.ancestors}:
        return []
    return [trigger, *_path_up(trigger, owner)]


def _possessor(token: Token) -> Token | None:
    """The word of a time that is a possessive ("Tuesday's", "Tuesday night's"), climbing
    from a compound to its head; ``None`` when the time is no possessive."""
    for _ in range(3):
        if token.dep_ == "poss" or any(c.tag_ == "POS" for c in token.children):
            return token
        if token.dep_ != "compound" or token.head.i == token.i:
            return None
        token = token.head
    return None


@rule("possessive-time")
def _possessive(expr: Span, trigger: Token, owner: Token, on_trigger: bool) -> bool:
    possessor = _possessor(expr.root)
    return possessor is not None and possessor.head.i != trigger.i


@rule("argument-noun-time")
def _argument_noun(expr: Span, trigger: Token, owner: Token, on_trigger: bool) -> bool:
    if expr.root.dep_ == "npadvmod" and expr.root.head.dep_ in ("dobj", "dative"):
        # "expelled two envoys the following month": a bare time after the object is the
        # clause's, attached to the object by the parse.
        return False
    for tok in _path_up(expr.root, owner):
        if tok.i == trigger.i:
            return False
        if tok.i in range(expr.start, expr.end) or tok.lower_ in _TIME_NOUNS:
            continue
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in _ARGUMENT_DEPS:
            return True
    return False


@rule("nested-trigger")
def _nested(expr: Span, trigger: Token, owner: Token, on_trigger: bool) -> bool:
    if on_trigger or owner.i == trigger.i or owner not in trigger.ancestors:
        return False
    if any(t.i in range(expr.start, expr.end) for t in trigger.ancestors):
        return False  # "in 2002, when militants killed 20 people": a clause on the time itself
    path = _path_up(trigger, owner)
    if trigger.pos_ in ("NOUN", "PROPN"):
        # "held talks on Tuesday", "met for talks on Tuesday": the noun is the clause's own
        # argument; "the invasion of Ukraine has fed into prices, he noted on Oct. 6" is not.
        return trigger.dep_ not in _NOUN_SLOTS or any(t.dep_ != "prep" for t in path)
    if trigger.dep_ not in _SHARED_CLAUSE | {"pcomp", "acomp"}:
        return True  # a relative or adnominal clause: "a minister who has declared ..."
    return any(t.dep_ not in _SHARED_CLAUSE | {"prep", "pcomp"} for t in path)


@rule("pluperfect-report")
def _pluperfect(expr: Span, trigger: Token, owner: Token, on_trigger: bool) -> bool:
    if on_trigger or owner.i == trigger.i or owner not in trigger.ancestors:
        return False
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


@rule("deadline-of-another")
def _deadline(expr: Span, trigger: Token, owner: Token, on_trigger: bool) -> bool:
    before = expr.doc[expr.start - 1] if expr.start > 0 else None
    if before is None or before.lower_ not in ("by", "until", "till"):
        return False
    return not looks_forward(trigger)


# Words on a trigger that place its act in time by something other than a date.
_OWN_TIME_PREPS = frozenset({"before", "after", "during", "ahead", "prior", "following"})
_OWN_TIME_ADVS = frozenset(
    {"late", "early", "earlier", "later", "previously", "recently", "beforehand",
     "afterwards", "afterward", "once"}
)  # fmt: skip


@rule("own-relative-time")
def _own_relative(expr: Span, trigger: Token, owner: Token, on_trigger: bool) -> bool:
    clauses = [] if on_trigger else _clauses_up(trigger, owner)
    if not clauses:
        return False
    if any(
        (c.dep_ == "prep" and c.lower_ in _OWN_TIME_PREPS)
        or (c.dep_ == "advmod" and c.lower_ in _OWN_TIME_ADVS)
        for c in trigger.children
    ):
        return True
    # "Tensions rose on Jan. 23 ..., but Maduro has so far refused calls to step down": a
    # clause between the act and the dated verb that runs "so far" is a span up to now.
    return any(_so_far(tok) for tok in clauses)


def _so_far(verb: Token) -> bool:
    """Whether the verb's clause runs up to now: "has so far refused", "thus far"."""
    return any(
        c.dep_ == "advmod"
        and c.lower_ == "far"
        and any(g.lower_ in ("so", "thus") for g in c.children)
        for c in verb.children
    )


# Words that put one clause before or after another: the clause's act has a time of its own.
_SEQUENCE_WORDS = frozenset({"after", "before", "until", "till", "since", "once"})


@rule("sequenced-clause")
def _sequenced(expr: Span, trigger: Token, owner: Token, on_trigger: bool) -> bool:
    for tok in [] if on_trigger else _clauses_up(trigger, owner):
        if tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _SEQUENCE_WORDS for c in tok.children
        ):
            return True
        if tok.dep_ == "pcomp" and tok.head.lower_ in _SEQUENCE_WORDS:
            return True
    return False


# Nouns of an event other than acts of war (act_words.ACT_NOUNS, MEASURE_NOUNS): a time hung
# on one of them dates that event. Matched by lemma too: "the attacks", "the shootings".
_OTHER_EVENT_NOUNS = frozenset(
    {"poisoning", "killing", "murder", "assassination", "kidnapping", "abduction", "execution",
     "election", "vote", "referendum", "coup", "arrest", "death", "protest", "riot", "clash",
     "fighting", "incident", "crash", "summit", "launch", "test", "visit"}
)  # fmt: skip
EVENT_NOUNS = ACT_NOUNS | MEASURE_NOUNS | _OTHER_EVENT_NOUNS
# Prepositions that put an act inside an event, whose time is then the act's own.
_WITHIN_PREPS = frozenset({"during", "in", "amid", "throughout"})
# Nouns before "of" that put an act inside the event after it: "as part of a crackdown",
# "on the sidelines of a summit", "in the midst of the protests".
_SETTING_FRAMES = frozenset({"part", "sidelines", "margins", "midst", "height"})
# Events an act is done at, on or by, whose time is then the act's own: "at a summit" (on a
# verb), "on a visit to Doha", "with a vote", "by a vote of 60 to 40".
_AT_PREPS = frozenset({"at"})
_JOURNEY_NOUNS = frozenset({"visit", "trip", "tour"})
_BALLOT_NOUNS = frozenset({"vote", "referendum", "ballot"})


def _noun_word(tok: Token) -> str:
    """The noun's lemma when it is a known event noun, else its lower-case form."""
    lemma = tok.lemma_.lower()
    return lemma if lemma in EVENT_NOUNS else tok.lower_


def _inside_event(noun: Token) -> bool:
    """Whether the act is told as taking place inside, at or through the event the noun names
    ("attacked Israel during the war", "agreed at a summit", "killed a man as part of an
    operation", "signed a deal on a visit to Doha", "rejected the bill with a vote"): the
    time on the noun is then the act's own."""
    if noun.dep_ != "pobj":
        return False
    prep, word = noun.head, _noun_word(noun)
    if prep.lower_ in _WITHIN_PREPS:
        return True
    if prep.lower_ == "of":
        return prep.head.lower_ in _SETTING_FRAMES
    if prep.lower_ in _AT_PREPS:
        return prep.head.pos_ in ("VERB", "AUX")
    if prep.lower_ == "on":
        return word in _JOURNEY_NOUNS
    return prep.lower_ in ("with", "by") and word in _BALLOT_NOUNS


# Verbs that make the thing a pact noun names: its year is theirs ("signed the 2015 deal").
_MAKING_VERBS = frozenset({"sign", "conclude", "reach", "strike", "seal", "negotiate", "broker"})
# A year's number: only a year names a deal or a measure ("the 2015 deal", "the March 2014
# sanctions"); a day read onto the next word is a slip of the parse.
_YEAR_NUMBER = re.compile(r"\b(?:1[89]|20)\d{2}\b")
# Links by which a time modifies the noun after it ("the 2015 deal", "the March 2014 vote").
_NAMING_DEPS = frozenset({"nummod", "compound", "amod", "nmod"})


@rule("naming-time")
def _naming(expr: Span, trigger: Token, owner: Token, on_trigger: bool) -> bool:
    root = expr.root
    head = root.head
    if (
        root.dep_ not in _NAMING_DEPS
        or head.i <= root.i
        or head.i < expr.end
        or head.i == trigger.i
        or head.pos_ != "NOUN"
        or head.lower_ in _TIME_NOUNS
        or not _YEAR_NUMBER.search(expr.text)
    ):
        return False  # "said earlier Sunday Israel has agreed": a parse slip, no name
    # "bombed Gaza in the 2014 war": the act inside the named event shares its time; "signed
    # the 2015 deal": the pact's year is its making's.
    made = head.head.i == trigger.i and trigger.lemma_.lower() in _MAKING_VERBS
    return not (_inside_event(head) or made)


@rule("event-noun-time")
def _event_noun(expr: Span, trigger: Token, owner: Token, on_trigger: bool) -> bool:
    tok = expr.root
    while tok.head.i != tok.i and tok.i != owner.i:
        tok = tok.head
        if tok.i == trigger.i or tok.i == owner.i:
            return False
        if tok.i in range(expr.start, expr.end) or tok.lower_ in _TIME_NOUNS:
            continue
        if tok.pos_ in ("NOUN", "PROPN") and _noun_word(tok) in EVENT_NOUNS:
            return not _inside_event(tok)
    return False


# Rules that find, in the act's own clause, a time of an event the act is told beside ("over
# Tuesday's clashes", "in connection with the bombing on Tuesday"): no
# time of a clause above (the saying's "on Thursday") stands in for it.
OWN_CLAUSE_RULES = frozenset({"event-noun-time", "possessive-time"})


# Dependencies a noun has: a word in one of them tagged VERB is a noun the tagger missed
# ("expelled two Ugandan envoys the following year" with "envoys" a VERB).
_NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "dative", "pobj", "attr"})


def expression_owner(root: Token) -> Token:
    """The verb whose clause holds the time expression with head ``root`` (the root itself
    when none is found), passing over nouns the parse tags as verbs: an object "envoys"
    tagged VERB is no clause of its own."""
    owner = clause_verb(root)
    while owner.i != root.i and owner.dep_ in _NOMINAL_DEPS and owner.head.i != owner.i:
        owner = clause_verb(owner.head)
    return owner


def foreign_time(
    expr: Span, trigger: Token, owner: Token, on_trigger: bool, forward: bool = False
) -> str | None:
    """The name of the first rule saying the expression dates something other than the
    trigger's event, or ``None`` when it may date the event. ``forward``: the event lies
    ahead (future modality), so a deadline may be its date."""
    for name, check in RULES.items():
        if forward and name == "deadline-of-another":
            continue
        if check(expr, trigger, owner, on_trigger):
            return name
    return None
