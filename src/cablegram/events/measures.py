"""Bans that are sanctions (a type rule registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by :mod:`cablegram.events.registered`).

- ``sanction-ban`` (round 13, i110): the pattern dictionary reads an imposed "ban" as a
  coercive measure (COERCE: "imposed a ban on the party"). A ban on travel, visas, trade,
  exports, imports, arms or flights, imposed, announced, extended or lifted on others ("the
  U.S. imposed travel bans and asset freezes against individuals"), is a sanction, SANCTION
  (CAMEO 163). A ban on a party, a rally or a publication stays a COERCE. Narrowed (round 13,
  f110): the ban must be laid "on"/"against"/"to" a named state or its people (a GPE or NORP
  name in that phrase); a ban on "thousands of academics" or "the opposition leader" may be
  a state's restriction on its own people (COERCE, CAMEO 17) and stays COERCE. Widened
  (round 14, i133): what the ban is "on" may carry the sanction word ("a ban on arms sales to
  Turkey", "a ban on exports to Iran", "a ban on the sale of weapons to Syria"), also when
  the parser hangs that "on" on the imposing verb (round 14, f133).
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


# What a ban "on" stops that makes it a sanction when it is not a modifier: "a ban on arms
# sales to Turkey", "a ban on exports to Iran".
BANNED_DEALINGS = frozenset({"sale", "shipment", "delivery", "purchase", "transfer", "supply"})


def _sanction_word(tok: Token) -> bool:
    return lemma(tok) in SANCTION_BAN_WORDS or tok.lower_ in SANCTION_BAN_WORDS


def _banned_dealing(noun: Token, verb: Token | None = None) -> bool:
    """ "a ban on arms sales", "a ban on exports", "a ban on the sale of weapons": the object
    of the ban's "on" (or of the "on" the parser hangs on the verb that imposes the ban,
    "imposed a ban on the sale of weapons to X") is a sanction word or a dealing in one."""
    holders = [noun] if verb is None else [noun, verb]
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if _sanction_word(obj):
                return True
            if lemma(obj) in BANNED_DEALINGS and any(
                _sanction_word(c)
                for c in obj.subtree
                if c is not obj and c.dep_ in ("compound", "amod", "nmod", "pobj")
            ):
                return True
    return False


def _sanction_ban(noun: Token, verb: Token | None = None) -> bool:
    if lemma(noun) != "ban":
        return False
    return _banned_dealing(noun, verb) or any(
        c.dep_ in ("compound", "amod", "nmod") and _sanction_word(c) for c in noun.children
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
    return any(_sanction_ban(o, trigger) and _laid_on_a_state(o, trigger) for o in objects)


@SITE_TYPES.rule("sanction-ban")
def _sanction_ban_rule(site: Site, event_type: str) -> str | None:
    return "SANCTION" if sanction_ban(site, event_type) else None
