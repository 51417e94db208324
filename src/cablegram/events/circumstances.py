"""Parties of a circumstance: the doer of an act told inside the trigger's phrase is no target.

A phrase after the trigger may tell a circumstance that is itself an act, with its own doer:
"canceled her trip with the prospect of the Senate suspending her", "closed its embassy with
the threat of militants attacking it". The Senate and the militants act in the nested
clause; they are not whom the trigger's act is done to. Of the target prepositions, only
"with" tells such a circumstance; the object of an opposing act keeps the doer of what it
opposes ("protested against the prospect of the president extending his term").

The actor filter ``nested-agent`` (in :data:`cablegram.events.junk.JUNK_ACTORS`) drops a
target actor whose mention is the subject of a clause nested in the "with" phrase, in two
shapes of the parse:

- the subject of a verb inside the phrase ("fears of China expanding": ``China`` is the
  ``nsubj`` of ``expanding``, which hangs under the phrase);
- the "of" object just before a gerund that the parser hung on the head noun instead
  ("the prospect of the Senate suspending her": ``suspending`` is an ``acl`` of
  ``prospect``), or on a verb above it (an ``advcl``: "canceled the talks with the threat
  of Turkey boycotting them"), unless the head names people who may do the act themselves
  ("leaders of the Senate calling for ...": a title, a relation or a body of people).

The phrase's own head is never dropped ("met with the rebels fighting the army").
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.junk import JUNK_ACTORS
from cablegram.events.members import RELATED_PEOPLE
from cablegram.events.phrases import FOLLOWERS
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Actor

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Heads naming people, who may themselves do what a gerund after them tells.
_PEOPLE_HEADS = (
    RELATED_PEOPLE
    | FOLLOWERS
    | frozenset({"member", "people", "resident", "citizen", "voter", "group", "party", "worker"})
)


def _names_people(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return (
        lemma in _PEOPLE_HEADS
        or noun.ent_type_ in ("PERSON", "NORP", "ORG", "GPE")
        or load_dictionary().title(lemma) is not None
    )


def _gerund_after(tok: Token, noun: Token) -> bool:
    """Whether a gerund follows the "of" object ``tok`` at once, hung by the parse on the
    head ``noun`` ("the prospect of X suspending her") or on a word above it ("canceled the
    talks with the threat of X boycotting them": ``boycotting`` an ``advcl`` of
    "canceled")."""
    after = tok.right_edge.i + 1
    if after >= len(tok.doc):
        return False
    gerund = tok.doc[after]
    if gerund.tag_ != "VBG" or gerund.dep_ not in ("acl", "advcl"):
        return False
    return gerund.head.i == noun.i or gerund.head in noun.ancestors


def nested_agents(phrase: Token) -> list[Token]:
    """The subjects of clauses nested in the phrase headed by ``phrase`` (see the module)."""
    found: list[Token] = []
    for tok in phrase.subtree:
        if tok.i == phrase.i:
            continue
        head = tok.head
        if (
            tok.dep_ in _SUBJECTS
            and head.i != phrase.i
            and head.pos_ in ("VERB", "AUX")
            and head in phrase.subtree
        ):
            found.append(tok)
            continue
        if tok.dep_ != "pobj" or head.lower_ != "of":
            continue
        noun = head.head
        if _gerund_after(tok, noun) and not _names_people(noun):
            found.append(tok)
    return found


@JUNK_ACTORS.rule("nested-agent")
def _nested_agent(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    """A target whose mention is the doer of an act told inside a "with" phrase of the
    trigger. Only "with" tells a circumstance where it may also name the target ("met with
    X"); the object of an opposing act keeps the doer of what it opposes ("protested against
    the prospect of the president extending his term": the president)."""
    if role != "target" or actor.start < 0 or tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    for agent in nested_agents(tok):
        first, last = agent.left_edge, agent.right_edge
        if first.idx <= actor.start < last.idx + len(last.text):
            return True
    return False
