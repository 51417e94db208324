"""Acts named only as a standing condition or as an open question: no new act is told
(blocking rules registered in :data:`cablegram.events.blockers.BLOCKERS`, a phrase filter in
:data:`cablegram.events.filters.NOT_ACTORS`; imported by the coder through
:mod:`cablegram.events.registered`). Precision first: none of these is coded.

- ``state-of-affairs``: an act noun told as a condition that lasts, not as something done:
  the object or owner of a noun of a thing's condition ("the state of the truce", "the fate
  of the talks", "the future of the peace deal", "the ceasefire's stability"), or the subject
  of a copula whose complement is a condition ("the truce is fragile", "the talks remain in
  doubt", "the ceasefire seems shaky", "the agreement is in tatters", "the truce teeters on
  the brink of collapse") or of "hold"/"hold up"
  with no object ("the ceasefire held overnight"). The act itself, where told ("declared a
  ceasefire", "the truce declared on Monday"), is coded where its own verb is.
- ``open-question``: an act in a question clause under a word of not knowing ("it is
  unclear whether Turkey attacked", "it is not known who fired the rockets", "no one knows
  how many soldiers took part", "officials did not say which group carried out the raid")
  is not asserted ("neither the army nor the police said who ..." denies too). A
  "whether"/"if" clause leaves the act itself open; a clause whose subject is a question
  word ("who", "which group", "how many soldiers") leaves its doer open. A clause of the
  reason, time, place or manner of an act ("it is unclear why Russia attacked", "when",
  "where", "how") takes the act as done, and stays coded.
- ``question-phrase`` (filter): a phrase that is a question word or opens with one ("how
  many soldiers", "which group", "who") names nobody: no source or target.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.filters import NOT_ACTORS
from cablegram.events.modality import Site
from cablegram.events.patterns import PatternTable
from cablegram.events.tree import lemma

# Nouns of the condition a thing is in: "the state of the ceasefire", "the fate of the talks".
CONDITION_NOUNS = frozenset(
    {"state", "fate", "future", "status", "fragility", "durability", "viability", "survival",
     "health", "condition", "stability", "longevity", "strength", "resilience"}
)  # fmt: skip
# Copulas: "is fragile", "remains in doubt", "looks shaky".
COPULAS = frozenset(
    {"be", "remain", "seem", "appear", "look", "stay", "hang", "sound", "teeter", "totter"}
)  # fmt: skip
# Adjectives of a lasting condition: "the truce is fragile".
CONDITION_ADJECTIVES = frozenset(
    {"fragile", "shaky", "tenuous", "precarious", "uncertain", "doubtful", "intact", "weak",
     "stable", "unstable", "effective", "ineffective", "dead", "alive", "moribund",
     "stalled", "elusive", "unlikely", "vulnerable", "durable", "solid", "brittle"}
)  # fmt: skip
# Objects of "in"/"under" that are a condition: "in doubt", "in tatters", "under threat".
CONDITION_PLACES = frozenset(
    {"doubt", "jeopardy", "question", "tatters", "danger", "peril", "limbo", "trouble",
     "place", "effect", "force", "threat", "pressure", "disarray", "crisis", "ruin", "shambles",
     "brink", "verge", "edge"}
)  # fmt: skip
# Verbs of a condition that lasts, with no object: "the ceasefire held".
# Not "last", "endure": "the war lasted two years" tells a war waged.
HOLD_VERBS = frozenset({"hold"})

# Words of not knowing: "it is unclear whether", "no one knows who".
UNKNOWN_ADJECTIVES = frozenset(
    {"unclear", "unknown", "uncertain", "unconfirmed", "undetermined", "undisclosed", "murky",
     "unsure", "unanswered", "unexplained"}
)  # fmt: skip
# Words of knowing that, denied or asked, leave a question open: "it is not clear who".
KNOWN_WORDS = frozenset(
    {"clear", "known", "certain", "sure", "evident", "know", "say", "confirm", "disclose",
     "reveal", "specify", "determine", "establish", "explain", "identify", "tell"}
)  # fmt: skip
# Verbs of asking that hold a question open whether or not denied.
ASKING_VERBS = frozenset({"wonder", "ask", "investigate", "question", "examine", "probe"})
# Question words that leave the doer or the act open (not "why", "when", "where", "how").
OPEN_MARKS = frozenset({"whether", "if"})
QUESTION_WORDS = frozenset({"who", "whom", "which", "what", "whoever"})
# "no one knows", "nobody can say".
NOBODY = frozenset({"nobody", "no"})


def _is_condition_complement(verb: Token) -> bool:
    """The copula ``verb`` takes a complement of a condition: "fragile", "in doubt"."""
    for c in verb.children:
        if c.dep_ == "acomp" and c.lower_ in CONDITION_ADJECTIVES:
            return True
        if c.dep_ == "prep" and c.lower_ in ("in", "under", "on"):
            if any(
                o.dep_ == "pobj" and (lemma(o) in CONDITION_PLACES or o.lower_ in CONDITION_PLACES)
                for o in c.children
            ):
                return True
    return False


@BLOCKERS.rule("state-of-affairs")
def _state_of_affairs(site: Site) -> bool:
    """ "the state of the ceasefire is in doubt", "the truce remains fragile", "the
    ceasefire held": the act noun names a condition that lasts, no act done."""
    noun = site.trigger
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        if lemma(noun.head.head) in CONDITION_NOUNS:
            return True
    if noun.dep_ == "poss" and lemma(noun.head) in CONDITION_NOUNS:
        return True  # "the ceasefire's stability"
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "the truce and the talks remain fragile"
    if noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if lemma(verb) in COPULAS and _is_condition_complement(verb):
        return True
    return (
        lemma(verb) in HOLD_VERBS
        and not any(c.dep_ in ("dobj", "attr") for c in verb.children)
        and not any(c.dep_ == "prt" and c.lower_ != "up" for c in verb.children)
    )


def _question_word(tok: Token) -> bool:
    """ "who", "which group", "how many soldiers", "what": a question word, or a phrase
    opened by one."""
    if tok.lower_ in QUESTION_WORDS and tok.tag_ in ("WP", "WDT", "WP$"):
        return tok.head.dep_ != "relcl"  # "the rebels, who attacked": a relative pronoun
    for c in tok.children:
        if c.dep_ == "det" and c.tag_ in ("WDT", "WP", "WP$"):
            return True  # "which group"
        if c.dep_ == "amod" and c.lower_ in ("many", "much"):
            if any(a.lower_ == "how" for a in c.children):
                return True  # "how many soldiers"
    return False


def _open_clause(verb: Token) -> bool:
    """The clause of ``verb`` leaves the act or its doer open: "whether ...", "if ...", or
    a question word as (or in) its subject."""
    if any(c.dep_ == "mark" and c.lower_ in OPEN_MARKS for c in verb.children):
        return True
    return any(
        (c.dep_ in ("nsubj", "nsubjpass", "agent") and _question_word(c))
        or (c.dep_ == "agent" and any(_question_word(o) for o in c.children))
        for c in verb.children
    )


def _negated(word: Token) -> bool:
    """ "is not clear", "did not say", "no one knows", "nobody can tell"."""
    if any(c.dep_ == "neg" for c in word.children):
        return True
    head = word.head if word.dep_ == "acomp" else word
    if any(c.dep_ == "neg" for c in head.children):
        return True
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (
            c.lower_ in ("nobody", "noone", "none")
            or any(d.lower_ in ("no", "neither") for d in c.subtree)
        )
        for c in head.children
    )


def _of_not_knowing(word: Token) -> bool:
    """``word`` says the answer is not known: "unclear", "not known", "wonders"."""
    if word.lower_ in UNKNOWN_ADJECTIVES or lemma(word) in ASKING_VERBS:
        return True
    return (word.lower_ in KNOWN_WORDS or lemma(word) in KNOWN_WORDS) and _negated(word)


def _clause_verb(trigger: Token) -> Token | None:
    """The verb of the clause holding the trigger (the trigger itself when a verb)."""
    tok = trigger
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head == tok:
            return None
        tok = tok.head
    return None


@BLOCKERS.rule("open-question")
def _open_question(site: Site) -> bool:
    """ "it is unclear whether Turkey attacked", "no one knows who fired the rockets": an
    act in a question left open is not told as done, or not told of its doer."""
    verb = _clause_verb(site.trigger)
    while verb is not None and verb.dep_ in ("conj", "xcomp"):
        verb = verb.head  # "who planned and carried out the attack", "who tried to attack"
    if verb is None or verb.dep_ not in ("ccomp", "csubj", "dobj", "pcomp", "advcl"):
        return False
    if not _open_clause(verb):
        return False
    above = verb.head
    if above.dep_ == "acomp" and above.lower_ not in UNKNOWN_ADJECTIVES | KNOWN_WORDS:
        return False
    if above.dep_ == "prep":
        above = above.head  # "questions remain about who ..."
    return _of_not_knowing(above) or any(
        c.dep_ == "acomp" and _of_not_knowing(c) for c in above.children
    )


@NOT_ACTORS.rule("question-phrase")
def _question_phrase(tok: Token, role: str, event_type: str, table: PatternTable) -> bool:
    """ "how many soldiers", "which group", "who": a question names nobody."""
    return _question_word(tok)
