"""Defending one's own acts (a type rule registered in
:data:`cablegram.events.kinds.SITE_TYPES`; imported by :mod:`cablegram.events.registered`).

- ``own-acts-defended`` (round 13, i110): the pattern dictionary reads defending a decision,
  policy, action or right as support for it (SUPPORT, CAMEO 051: "defended Trump's
  decision"). A party defending its own ("the Chinese Foreign Ministry defended its
  actions in Scarborough Shoal", "the minister defended his decision", "defended their own
  policy") answers criticism; it supports no one else: no SUPPORT. The object is the
  party's own when a possessive pronoun or "own" sits on it; a decision owned by a name
  ("defended Trump's decision") stays a SUPPORT. Narrowed (round 13, f110): a party named
  with it ("defended its ally Syria": a name in apposition or compound, or a word for a
  partner) is another party, and the SUPPORT stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from cablegram.events.kinds import SITE_TYPES
from cablegram.events.modality import Site
from cablegram.events.tree import lemma

__all__ = ["own_acts_defended"]

OWN_WORDS = frozenset({"its", "his", "her", "their", "our", "my", "own"})
PARTNER_WORDS = frozenset(
    {
        "ally",
        "partner",
        "friend",
        "neighbour",
        "neighbor",
        "client",
        "proxy",
        "leader",
        "president",
        "government",
        "people",
    }
)


def _names_another(obj: Token) -> bool:
    return (
        lemma(obj) in PARTNER_WORDS
        or obj.ent_type_ != ""
        or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in obj.children)
    )


def own_acts_defended(site: Site, event_type: str) -> bool:
    """Whether the site is a party's defence of its own decision, policy or acts."""
    verb = site.trigger
    if event_type != "SUPPORT" or verb.pos_ != "VERB" or lemma(verb) != "defend":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        not _names_another(o)
        and any(k.dep_ in ("poss", "amod") and k.lower_ in OWN_WORDS for k in o.children)
        for o in objects
    )


@SITE_TYPES.rule("own-acts-defended")
def _own_acts_defended(site: Site, event_type: str) -> str | None:
    return "" if own_acts_defended(site, event_type) else None
