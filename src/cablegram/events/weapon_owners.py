"""A weapon's nationality is no government (a phrase rewrite read by
:func:`cablegram.events.arguments.source_actors`).

- ``weapon-nationality``: a munition named by a people word ("Palestinian rockets", "Syrian
  mortar shells", "Lebanese rockets", "Russian missiles") says from which country it came,
  not that the country's government fired it: rockets from Gaza or Lebanon are mostly fired
  by armed groups. The source keeps the country and loses the role: the state the lookup
  read from the adjective becomes a group of that country with no sector. A state force
  named in the phrase ("Israeli army shells", "Syrian government rockets", "Russian
  military drones") or the state's own name as owner ("Israel's missiles") says who fired:
  the phrase is left as the lookup read it. Aircraft and ships ("Israeli warplanes",
  "Russian jets") are flown by state forces and are left alone too.

Shape: ``weapon_nationals(head, actors) -> actors``; ``head`` is the source phrase's head.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from cablegram.records import Actor, stable_id

__all__ = ["weapon_nationals"]

# Munitions that armed groups fire as well as states (not aircraft, ships or tanks).
MUNITION_NOUNS = frozenset(
    {"rocket", "missile", "mortar", "shell", "bomb", "grenade", "bullet", "projectile",
     "explosive", "mine", "drone", "katyusha", "shrapnel", "munition"}
)  # fmt: skip
# Words in the phrase that name a state force or the government as the one firing.
STATE_FORCE_WORDS = frozenset(
    {"army", "military", "government", "regime", "navy", "naval", "air", "force", "forces",
     "troops", "state", "official", "defence", "defense", "police", "artillery", "guard"}
)  # fmt: skip


def _munition(head: Token) -> bool:
    return head.pos_ in ("NOUN", "PROPN") and (
        head.lemma_.lower() in MUNITION_NOUNS or head.lower_ in MUNITION_NOUNS
    )


def _nationality_words(head: Token) -> dict[str, Token]:
    """The people words on the weapon ("Palestinian" of "Palestinian rockets"), by text."""
    return {
        c.text: c
        for c in head.children
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ == "NORP"
    }


def weapon_nationals(head: Token, actors: list[Actor]) -> list[Actor]:
    """Rule ``weapon-nationality``: a state read off a people word on a munition is a group
    of that country with no role; other actors pass unchanged."""
    if not actors or not _munition(head):
        return actors
    words = {t.lower_ for t in head.subtree if t.i < head.i}
    if words & STATE_FORCE_WORDS:
        return actors  # "Israeli army shells": a state force fired them
    nationals = _nationality_words(head)
    out: list[Actor] = []
    for actor in actors:
        if actor.kind == "state" and actor.text in nationals and actor.country:
            name = nationals[actor.text].text
            actor = dataclasses.replace(
                actor,
                kind="group",
                name=name,
                role=None,
                code=actor.country,
                actor_id=stable_id("group", name.lower(), actor.country),
            )
        out.append(actor)
    return out
