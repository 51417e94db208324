"""One list of violent-act words shared by every argument rule (round 9 review): a noun
known to one rule is known to all, so an attack noun that the place rule knew ("massacre",
"offensive") also names a claimed attack."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.events import abroad, junk, named_places, senses, subjects, target_phrases
from cablegram.events.act_words import (
    ACT_NOUNS,
    ATTACK_NOUNS,
    HOSTILE_ACT_NOUNS,
    IN_PREPS,
    INNER_PLACE_PREPS,
    LAUNCHED_NOUNS,
)
from cablegram.records import Event

Resolved = Callable[[str], list[Event]]


def test_rules_read_one_list() -> None:
    assert named_places.ATTACK_NOUNS is subjects.ATTACK_NOUNS is ATTACK_NOUNS
    assert junk.ACT_NOUNS is ACT_NOUNS and ACT_NOUNS <= ATTACK_NOUNS
    assert abroad.IN_PREPS is IN_PREPS and IN_PREPS <= INNER_PLACE_PREPS
    assert target_phrases.INNER_PLACE_PREPS is junk.INNER_PLACE_PREPS is INNER_PLACE_PREPS
    # the hostile acts one may back are the launched violent acts plus hostile measures
    assert senses.HOSTILE_ACT_NOUNS is HOSTILE_ACT_NOUNS
    assert LAUNCHED_NOUNS <= ACT_NOUNS and LAUNCHED_NOUNS <= HOSTILE_ACT_NOUNS


def test_every_act_noun_names_a_claimed_attack(resolved: Resolved) -> None:
    for text, doer in (
        ("An offensive launched by the army killed 40 rebels on Sunday.", "army"),
        ("A massacre carried out by militia fighters killed 30 villagers.", "militia fighters"),
    ):
        events = resolved(text)
        assert [(e.event_type, e.source.name if e.source else None) for e in events] == [
            ("ASSAULT", doer)
        ], text
