"""Actors named only by a pronoun's possession (an actor filter registered in
:data:`cablegram.events.junk.JUNK_ACTORS`; imported by :mod:`cablegram.events.registered`).

- ``pronoun-owned-name`` (round 13, i110): "the group said that 14 of its fighters were
  killed", "the militants said one of their fighters rammed a car bomb into the base": the
  lookup may return the phrase itself as a placeless group ("its fighters", "their
  fighters"). Such a name says only that someone owns the people, not who: it is no actor
  (the event keeps its other argument; precision first). A phrase whose pronoun the lookup
  resolved to a named party (one with a country, or a name not opened by the pronoun) is
  kept.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.junk import JUNK_ACTORS
from cablegram.records import Actor

__all__ = ["POSSESSIVE_PRONOUNS", "pronoun_owned_name"]

POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def pronoun_owned_name(actor: Actor) -> bool:
    """Whether the actor's name is opened by a possessive pronoun, with no country."""
    words = actor.name.lower().split()
    return bool(words) and words[0] in POSSESSIVE_PRONOUNS and actor.country is None


@JUNK_ACTORS.rule("pronoun-owned-name")
def _pronoun_owned_name(tok: Token, actor: Actor, role: str, event_type: str) -> bool:
    return pronoun_owned_name(actor)
