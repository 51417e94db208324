"""Acts argued for, acts one is only willing to do, and harm told of its victims (blockers
registered in :data:`cablegram.events.blockers.BLOCKERS`; imported by the coder so that
they register). Each reads a trigger's :class:`~cablegram.events.modality.Site` and returns
True when the sentence tells no act:

- ``argued-for``: "the tests argue strongly for tougher sanctions", "made the case for
  air strikes": a measure argued for is not taken;
- ``reading-of-willingness``: "a signal that France is finally willing to strike", "an
  analyst said Russia is ready to attack": an act under "willing / ready / prepared to",
  read into a party by an onlooker (a word of reading, a commentator's saying), is no
  THREATEN. The party's word ("we are ready to strike", "Japan said it is ready to impose
  sanctions", "Egypt is ready to deploy soldiers, the minister said") stays;
- ``stopped-doing``: "Hungary stopped allowing refugees through", "ceased bombing the
  city": an act whose doing was stopped is not done (stopping a permission is no
  concession);
- ``harm-without-object``: "one Iraqi killed every hour", "three Afghans wounded every day":
  a verb of harm that takes an object, read with a subject and no object, tells its subject
  as the one harmed; with no doer named, no event (precision first).
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.blockers import BLOCKERS
from cablegram.events.modality import Site
from cablegram.events.standing import COMMENTATORS

# Words whose "for" names what is argued for: "argue for", "the case for", "plead for".
ARGUE_WORDS = frozenset({"argue", "plead", "case", "argument", "rationale", "militate"})
# Adjectives of a disposition to act: "willing to", "ready to", "prepared to".
WILLING_WORDS = frozenset({"willing", "ready", "prepared", "eager", "keen", "unwilling"})
# Pronouns that let the party speak of itself ("we are ready", "said it is willing").
OWN_PRONOUNS = frozenset({"i", "we", "it", "they", "he", "she"})
# Words that read a party's mood off its acts: "a signal that the U.S. is willing to".
READING_WORDS = frozenset(
    {"signal", "sign", "indication", "message", "suggest", "show", "indicate", "mean",
     "reflect", "demonstrate", "prove"}
)  # fmt: skip
# Verbs that end a doing told as their gerund: "stopped allowing", "ceased bombing".
STOP_VERBS = frozenset({"stop", "cease", "quit", "discontinue"})
# Verbs of harm that take the harmed as object: without one, their subject is the harmed.
HARM_VERBS = frozenset(
    {"kill", "wound", "injure", "maim", "displace", "abduct", "kidnap", "behead", "execute",
     "slaughter", "massacre", "murder", "torture", "uproot"}
)  # fmt: skip
# Nouns that count time, not victims: "killed every 25 minutes".
TIME_NOUNS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "night", "morning"}
)


@BLOCKERS.rule("argued-for")
def _argued_for(site: Site) -> bool:
    for tok in (site.trigger, *(g.token for g in site.chain)):
        prep = tok.head
        if tok.dep_ == "pobj" and prep.lower_ == "for":
            return prep.head.lemma_.lower() in ARGUE_WORDS
    return False


def _subject(word: Token) -> Token | None:
    """The subject of an adjective: its own, or its copula's ("France is willing")."""
    for holder in (word, word.head):
        found = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
        if holder.dep_ != "acomp":
            break
    return None


@BLOCKERS.rule("reading-of-willingness")
def _reading_of_willingness(site: Site) -> bool:
    willing = next(
        (
            i
            for i, g in enumerate(site.chain[:2])
            if g.via == "xcomp" and g.token.lower_ in WILLING_WORDS
        ),
        None,
    )
    if willing is None:
        return False
    subject = _subject(site.chain[willing].token)
    if subject is None or subject.lower_ in OWN_PRONOUNS:
        return False  # the party's own word: "we are ready", "said it is willing"
    # read by an onlooker: "a signal that X is willing", "an analyst said X is ready"
    for gov in site.chain[willing + 1 : willing + 4]:
        word = gov.token
        if word.lemma_.lower() in READING_WORDS:
            return True
        if word.lemma_.lower() in site.table.speech_verbs:
            return any(c.dep_ == "nsubj" and _onlooker(c) for c in word.children)
    return False


def _onlooker(subject: Token) -> bool:
    """A commentator noun ("an analyst"), or a name titled as one ("analyst John Smith")."""
    words = [subject, *(c for c in subject.children if c.dep_ in ("compound", "appos"))]
    return any(w.lemma_.lower() in COMMENTATORS for w in words)


def _time_count(tok: Token) -> bool:
    return tok.lemma_.lower() in TIME_NOUNS or tok.ent_type_ in ("DATE", "TIME")


@BLOCKERS.rule("harm-without-object")
def _harm_without_object(site: Site) -> bool:
    verb = site.trigger
    if verb.lemma_.lower() not in HARM_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "nsubj" for c in kids):
        return False  # passives and participles without a subject are read elsewhere
    if any(c.dep_ in ("aux", "auxpass", "agent") and c.lemma_ != "be" for c in kids):
        return False  # "have killed", "killed by": a doer's act
    if any(c.dep_ in ("dobj", "obj", "dative") and not _time_count(c) for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in kids):
        return False
    # "shot and killed three villagers": a conjunct may hold the shared object
    return verb.dep_ != "conj" and not any(c.dep_ == "conj" for c in kids)


@BLOCKERS.rule("stopped-doing")
def _stopped_doing(site: Site) -> bool:
    verb = site.trigger
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("xcomp", "ccomp", "dobj")
        and verb.head.lemma_.lower() in STOP_VERBS
    )
