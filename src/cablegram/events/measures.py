"""Bans that are sanctions (a type rule registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by :mod:`cablegram.events.registered`).

- ``sanction-ban`` (round 13, i110): the pattern dictionary reads an imposed "ban" as a
  coercive measure (COERCE: "imposed a ban on the party"). A ban on travel, visas, trade,
  exports, imports, arms or flights, imposed, announced, extended or lifted on others ("the
  U.S. imposed travel bans and asset freezes against individuals"), is a sanction, SANCTION
  (CAMEO 163). A ban on a party, a rally or a publication stays a COERCE. Narrowed (round 13,
  f110): the ban must be laid "on"/"against"/"to" a named state or its people (a GPE or NORP
  name in that phrase); a ban on "thousands of academics" or "the opposition leader" may be
  a state's restriction on its own people (COERCE, CAMEO 17) and stays COERCE.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.tree import lemma

__all__ = ["SANCTION_BAN_WORDS", "sanction_ban"]

# Modifiers that make a ban a sanction: what it stops crossing a border.
SANCTION_BAN_WORDS = frozenset(
    {"travel", "visa", "trade", "export", "import", "arms", "weapons", "flight", "oil",
     "investment", "entry"}
)  # fmt: skip


def _sanction_ban(noun: Token) -> bool:
    return lemma(noun) == "ban" and any(
        c.dep_ in ("compound", "amod", "nmod")
        and (lemma(c) in SANCTION_BAN_WORDS or c.lower_ in SANCTION_BAN_WORDS)
        for c in noun.children
    )


FOREIGN_ENTS = frozenset({"GPE", "NORP"})


def _laid_on_a_state(noun: Token, verb: Token) -> bool:
    preps = [
        c
        for h in (noun, verb)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "to")
    ]
    return any(t.ent_type_ in FOREIGN_ENTS for p in preps for t in p.subtree if t is not p)


def sanction_ban(site: Site, event_type: str) -> bool:
    """Whether the site is a COERCE whose object is a ban on travel, trade, arms ...."""
    trigger = site.trigger
    if event_type != "COERCE" or trigger.pos_ != "VERB":
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(_sanction_ban(o) and _laid_on_a_state(o, trigger) for o in objects)


@SITE_TYPES.rule("sanction-ban")
def _sanction_ban_rule(site: Site, event_type: str) -> str | None:
    return "SANCTION" if sanction_ban(site, event_type) else None
