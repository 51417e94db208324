"""Who may tell one act twice in one article: the doer and its own side.

Rules read by :mod:`cablegram.events.within_document`:

- ``state-and-its-own``, ``body-and-its-official`` (:func:`same_side`): a state and a
  person, body or force of its own; a body of no state and the person coded as its own;
- ``spokesman-retelling`` (:func:`spokesman_retelling`): a quote by a speaker whose own
  description names the doer ("a Hezbollah commander");
- ``another-act`` (:func:`another_act`): words that mark a telling as a further act.
"""

from __future__ import annotations

import re

from cablegram.events.across_articles import stem
from cablegram.records import Actor, Event

# Roles of a state's own arms (CAMEO sectors): government, military, police, intelligence.
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})

# Words that tell a further act of the same kind, not the same act again: "also attacked",
# "later seized", "again fired", "fired too", "another strike", "a second boat".
ANOTHER_ACT = re.compile(
    r"\b(?:also|later|again|too|another|second|third|separately|likewise|as well)\b",
    re.IGNORECASE,
)
# Words of a quote that answer the first act: "we fired back", "in response", "retaliated".
ANSWERING = re.compile(r"\b(?:back|in response|respond\w*|retaliat\w*|in return)\b", re.I)


def another_act(event: Event) -> bool:
    """Rule ``another-act``: the telling's sentence marks its act as a further one."""
    return ANOTHER_ACT.search(event.sentence) is not None


def _force_word(actor: Actor) -> str:
    """The last word of a force's name ("navy" of "Indonesia's navy")."""
    words = actor.name.casefold().split()
    return words[-1] if words else ""


def same_side(a: Actor | None, b: Actor | None) -> bool:
    """Rule ``state-and-its-own``: one of two sources is a state and the other a person,
    body or group of that state ("South Korea warned ..." and "'We warn ...,' the South
    Korean official said"), or both are forces of one state and role ("the Indonesian navy"
    and "Indonesia's navy"): within one article, one act of the same type and trigger word
    told of both, the later in someone's words or with no target, is the state's act told
    twice."""
    if a is None or b is None:
        return False
    if a.country is None and b.country is None and a.code and a.code == b.code:
        # Rule ``body-and-its-official``: a body of no state ("the EU") and the person the
        # dictionary codes as that body's own ("Mogherini", IGOEUREEC): one side (trial 17)
        return {a.kind, b.kind} == {"organization", "person"}
    if a.country is None or a.country != b.country:
        return False
    if a.kind == b.kind == "group":
        # "the Indonesian navy" and "Indonesia's navy": one force, named twice; the army and
        # the navy of one state, or two groups of its people, are two
        return a.role is not None and a.role == b.role and _force_word(a) == _force_word(b)
    if b.kind == "group" and a.kind == "state":
        # the state and a force of its own ("the navy"), not a group of its people
        # ("Iranian fishermen", "Ukrainian partisans", "American senators")
        return b.role is not None and b.role in STATE_ROLES
    if a.kind == "group" and b.kind == "state":
        return a.role is not None and a.role in STATE_ROLES
    return (a.kind == "state") != (b.kind == "state")


def spokesman_retelling(kept: Event, event: Event) -> bool:
    """Rule ``spokesman-retelling``: a later telling in someone's own words, by a speaker
    the lookup placed in no state but whose own description names the first doer ("'We
    tested a missile two weeks ago,' a Hezbollah commander said"), of an act of the same
    trigger on the same day as the first telling: one act. A speaker with no state is not
    thereby on the doer's side ("'We fired back,' said Lt. Col. X" after "Hezbollah fired"),
    and a quote that answers an act ("back", "in response", "retaliated") tells another."""
    speaker = event.source
    return (
        event.statement_id is not None
        and speaker is not None
        and speaker.country is None
        and speaker.kind == "person"
        and kept.source is not None
        and _names_doer(speaker, kept.source)
        and ANSWERING.search(event.sentence) is None
        and kept.date is not None
        and kept.date == event.date
        and kept.date_precision == event.date_precision == "day"
        and same_trigger(kept, event)
    )


def _names_doer(speaker: Actor, doer: Actor) -> bool:
    """The speaker's mention or title names the doer ("a Hezbollah commander")."""
    name = doer.name.casefold()
    told = f"{speaker.text} {speaker.title or ''}".casefold()
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", told) is not None


def same_trigger(a: Event, b: Event) -> bool:
    """The two tellings use one word for the act ("warned" ... "we warn")."""
    return stem(a.trigger.lower()) == stem(b.trigger.lower())
