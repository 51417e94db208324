"""One event per act within one document: the tellings of one act merged.

An article that tells an act in its lede and again in a quote or a later paragraph tells one
act, even when one telling names no target or no date, or quotes it where the other asserts
it (:func:`one_per_act`). A telling marked as a further act ("also", "later", "again", "too",
"another", "a second": rule ``another-act``), one by a co-national who is not the state's own
arm ("Iranian fishermen", "American senators"), by another force of the state (its army and
its navy), or by a speaker not known to be the doer's, stays a separate event. A later
telling in other words that names no one new and no other time is the one earlier act it
can restate (rule ``retold-act``, :mod:`cablegram.events.retold`). Who counts as the doer's
own side is :mod:`cablegram.events.sides`. No two tellings merge that a registered merge
veto keeps apart (:mod:`cablegram.events.merge_vetoes`: ``stretch-of-time``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from cablegram.events.merge_vetoes import vetoed
from cablegram.events.restated import coordinated, fuller, own_objects, result_clause, same_actor
from cablegram.events.retellings import (
    anaphoric_of,
    bare_force,
    official_we_retelling,
    same_act_word,
)
from cablegram.events.retold import retold_of
from cablegram.events.sides import (
    ANOTHER_ACT,
    another_act,
    same_side,
    spokesman_retelling,
)
from cablegram.records import Event, Telling

# Modalities of one act told in the article's own voice and in someone's words.
_TOLD = frozenset({"asserted", "reported"})
_PRECISION_LEN = {"day": 10, "month": 7, "year": 4}


def _told_as(modality: str) -> str:
    return "told" if modality in _TOLD else modality


def _within(date: str, precision: str | None, other: str) -> bool:
    """``other`` (a day) falls inside ``date`` read at its precision ("2023-03" holds
    "2023-03-07")."""
    size = _PRECISION_LEN.get(precision or "day", 10)
    return date[:size] == other[:size]


def dates_agree(a: Event, b: Event) -> bool:
    """Two tellings of one act in one article: either undated, the same date, or the coarser
    date holds the finer ("in March" and "on March 7")."""
    if a.date is None or b.date is None or a.date == b.date:
        return True
    return _within(a.date, a.date_precision, b.date) or _within(b.date, b.date_precision, a.date)


def _same_act(kept: Event, event: Event, parsed: Doc | None = None) -> bool:
    """Same type, source actor, negation and way of telling (asserted and reported count as
    one), compatible targets (the same, or one not named where just one telling is in a
    statement) and agreeing dates."""
    if (kept.event_type, kept.negated, _told_as(kept.modality)) != (
        event.event_type,
        event.negated,
        _told_as(event.modality),
    ):
        return False
    if kept.source is None and event.source is None:
        return False  # two acts by no known doer ("Gunmen killed ..."): nothing makes them one
    if kept.sentence != event.sentence and another_act(event):
        return False  # "Ukrainian partisans also attacked a freight train": a second act
    if own_objects(kept, event):
        return False  # "raided the town and arrested his brother": two acts, two objects
    if not same_actor(kept.source, event.source):
        # told again by another of the same side: only in someone's words or with fewer
        # arguments ("All now have been sanctioned by the Treasury"); the writer's two
        # tellings naming the same target may be a state's and its minister's two acts
        retold = event.statement_id is not None or event.target is None
        if not (
            (retold and _own_side(kept, event) and same_act_word(kept, event, parsed))
            or spokesman_retelling(kept, event)
            or official_we_retelling(kept, event)
        ):
            return False
        if event.date is not None and event.date != kept.date:
            return False  # "Indonesia seized a vessel in May": the state's other act
    if not same_actor(kept.target, event.target):
        # One telling may leave the target out only where the other is someone's words
        # ("Yoon apologized" ... "I apologize to the citizens," he said); two tellings in
        # the writer's voice, one with a target and one without, may be two acts. A later
        # telling in someone's words that names no target adds nothing (rule
        # ``bare-retelling``: "the navy opened fire at a Chinese boat, the ministry said" ...
        # "when the navy shot at it", the ministry said).
        if kept.target is not None and event.target is not None:
            return False
        bare_retelling = event.target is None and event.statement_id is not None
        if (kept.statement_id is None) == (event.statement_id is None) and not bare_retelling:
            return False
    return dates_agree(kept, event)


def one_per_act(events: Sequence[Event], parsed: Doc | None = None) -> list[Event]:
    """One event per act within a document, the first telling kept (its sentence, statement
    and arguments).

    "began its offensive carrying out airstrikes" is one ASSAULT, and a lede retold in a quote
    ("X summoned the ambassador on Monday" ... "We summoned him," she said) is one act: the
    same type, source actor, negation and telling (asserted or reported), targets that agree
    (the same, or one unnamed where only one of the two is told in a statement) and dates
    that agree (the same, one undated, or one inside the other) are one act. Different
    targets, dates, negation or a plan against a deed stay apart. ``parsed`` (the parsed
    document the events' character offsets point into) lets rule ``retold-act`` read the
    later telling's own clause and undergoer; without it that rule reads the sentence text.
    """
    kept: list[Event] = []
    for event in events:
        for n, first in enumerate(kept):
            if vetoed(first, event, parsed) is None and (
                result_clause(first, event)
                or coordinated(first, event)
                or _same_act(first, event, parsed)
            ):
                kept[n] = _completed(first, event)
                break
        else:
            retold = retold_of(kept, event, ANOTHER_ACT, same_side, parsed)  # ``retold-act``
            if retold is None:  # ``act-noun-retelling``
                retold = anaphoric_of(kept, event, ANOTHER_ACT, same_side, parsed)
            if retold is None or vetoed(kept[retold], event, parsed) is not None:
                kept.append(event)
            else:
                kept[retold] = _completed(kept[retold], event)
    return kept


def _own_side(kept: Event, event: Event) -> bool:
    """The later doer is of the first's side (``state-and-its-own``) or the first force
    named by its bare force word (``bare-force``)."""
    return same_side(kept.source, event.source) or bare_force(kept.source, event.source)


def _completed(first: Event, later: Event) -> Event:
    """The first telling, with what only the later one names: its target, and its date
    where the first has none or a coarser one holding it; the later sentence (with its own
    tellings) joins its ``tellings``, so a reader sees every sentence that told the act. A
    completed date then keeps later tellings of other days apart ("in November" ... "on
    November 3" ... "on November 20" are two acts, not one)."""
    first = replace(first, tellings=_tellings(first, later))
    if first.target is None and later.target is not None:
        first = replace(first, target=later.target)
    # rule ``short-name``: "Wang" told after "Wang Yi" is kept as the fuller mention
    if same_actor(first.source, later.source):
        first = replace(first, source=fuller(first.source, later.source))
    if not result_clause(first, later):
        first = replace(first, target=fuller(first.target, later.target))
    finer = _PRECISION_LEN.get(later.date_precision or "day", 10) > _PRECISION_LEN.get(
        first.date_precision or "day", 10
    )
    if later.date is not None and (first.date is None or finer):
        first = replace(first, date=later.date, date_precision=later.date_precision)
    return first


def _tellings(first: Event, later: Event) -> tuple[Telling, ...]:
    """``first``'s tellings and ``later``'s sentence with its own, each sentence once and
    never ``first``'s own sentence (two verbs of one sentence cite it once)."""
    told = [*first.tellings, Telling(later.sentence, later.start, later.end), *later.tellings]
    seen = {first.sentence}
    kept: list[Telling] = []
    for telling in told:
        if telling.sentence not in seen:
            seen.add(telling.sentence)
            kept.append(telling)
    return tuple(kept)
