"""Two tellings of one act inside one article, which the dedup stage reads as one.

Rules (used by :func:`cablegram.events.within_document.one_per_act`):

- ``short-name``: one person named in full and again by one word of the name ("Wang Yi will
  meet John Kerry" ... "Wang is due to meet Kerry on Tuesday"): the same actor, though the
  lookup may give the short mention no country or another kind. The fuller actor is kept.
- ``coordinated-verbs``: two verbs of one type joined by "and" in one sentence, one naming
  no target ("accused and publicly condemned China"): one act told by two verbs.
- ``own-objects``: two verbs joined by "and" in one sentence, the first with words of its
  own before the "and" ("raided the opposition leader's hometown and arrested his
  brother"): two acts, each on its own object, even when neither object names an actor.
- ``result-clause``: a participle after a comma that tells what an act did ("carried out air
  strikes against militants on Friday, killing as many as 40 people"): the killing is the
  strikes' result, one act, not a second one.
"""

from __future__ import annotations

import re

from cablegram.records import Actor, Event


def _words(actor: Actor) -> list[str]:
    return actor.name.casefold().replace(".", " ").split()


def short_name(full: Actor, short: Actor) -> bool:
    """``short`` names the person ``full`` by one word of the name (its first or last, as
    "Wang" of "Wang Yi" and "Kerry" of "John Kerry"), and places it in no other state."""
    if full.kind != "person" or short.kind == "state":
        return False
    words, one = _words(full), _words(short)
    if len(words) < 2 or len(one) != 1 or one[0] not in (words[0], words[-1]):
        return False
    return short.country is None or short.country == full.country


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    """The same actor: equal name and country, or one the ``short-name`` of the other."""
    if a is None or b is None:
        return a is b
    if (a.name.casefold(), a.country) == (b.name.casefold(), b.country):
        return True
    return short_name(a, b) or short_name(b, a)


def fuller(a: Actor | None, b: Actor | None) -> Actor | None:
    """Of two mentions of one actor, the one with more to it: a country, then a longer name."""
    if a is None or b is None:
        return a or b
    return max((a, b), key=lambda x: (x.country is not None, len(_words(x))))


def result_clause(first: Event, later: Event) -> bool:
    """Rule ``result-clause``: ``later`` is told by a participle after a comma in
    ``first``'s sentence, after ``first``'s trigger, of the same type and doer (or a doer
    of the same state, where a "the Pentagon said" between made the speaker the subject):
    what the first act did ("..., killing 40 people"), not another act."""
    if first.sentence != later.sentence or first.event_type != later.event_type:
        return False
    if later.start <= first.start or not later.trigger.lower().endswith("ing"):
        return False
    if first.source is None or later.source is None:
        return False
    if not same_actor(first.source, later.source) and (
        first.source.country is None or first.source.country != later.source.country
    ):
        return False  # "American warplanes struck ..., the Pentagon said, killing": one side
    told = re.search(rf",\s+{re.escape(later.trigger)}\b", first.sentence)
    if told is None:
        return False
    return first.sentence.find(first.trigger) < told.start()


def coordinated(first: Event, later: Event) -> bool:
    """Rule ``coordinated-verbs``: two verbs of one type joined by "and" or "or" in one
    sentence, by the same doer ("accused and publicly condemned China", "condemned and
    denounced the attack"), one of them naming no target: the object they share is one act's
    target, told by two verbs."""
    if first.sentence != later.sentence or first.event_type != later.event_type:
        return False
    if first.source is None or not same_actor(first.source, later.source):
        return False
    if first.target is not None and later.target is not None:
        return False
    one, two = sorted((first, later), key=lambda e: e.start)
    joined = (
        rf"\b{re.escape(one.trigger)}\s*,?\s+(?:and|or)\s+(?:\w+ly\s+)?{re.escape(two.trigger)}\b"
    )
    return re.search(joined, first.sentence) is not None


def own_objects(first: Event, later: Event) -> bool:
    """Rule ``own-objects``: two different verbs in one sentence joined by "and" (or "and
    then"), the first followed by words of its own before the "and" ("raided the town and
    detained 14 men", "stormed a village on Sunday and burned homes"): two acts, not one
    told twice, though neither target names an actor. Verbs that share one object
    ("stormed and raided the building") are :func:`coordinated`."""
    if first.sentence != later.sentence or first.trigger.lower() == later.trigger.lower():
        return False
    one, two = sorted((first, later), key=lambda e: e.start)
    if _results_of_one_act(one, two):
        return False
    joined = (
        rf"\b{re.escape(one.trigger)}\s+[^.;:]*?\w[^.;:]*?\s+and\s+(?:then\s+)?(?:\w+ly\s+)?"
        rf"{re.escape(two.trigger)}\b"
    )
    return re.search(joined, first.sentence) is not None


def _results_of_one_act(one: Event, two: Event) -> bool:
    """Two participles after a comma joined by "and" (", killing 19 people and wounding 48
    others") tell what one act did, not two acts on their own objects."""
    if not (one.trigger.lower().endswith("ing") and two.trigger.lower().endswith("ing")):
        return False
    return re.search(rf",\s+{re.escape(one.trigger)}\b", one.sentence) is not None
