"""The words of violent acts and of places inside a phrase, in one place.

- :data:`ACT_NOUNS`: nouns of a violent act ("bombing", "raid", "siege"): read by
  :mod:`cablegram.events.junk` (``act-at-a-place``: "the Kabul bombing") and
  :mod:`cablegram.events.owners`;
- :data:`WEAPON_NOUNS`: what is fired or planted, which may be said to strike or kill
  ("rockets fired by Hamas hit Ashkelon");
- :data:`ATTACK_NOUNS`: both, the nouns that may stand for an attack as the subject of an act:
  read by :mod:`cablegram.events.subjects` (``claimed-attack``) and
  :mod:`cablegram.events.named_places` (``place-of-an-attack``);
- :data:`HOSTILE_ACT_NOUNS`: the launched acts of :data:`ACT_NOUNS` ("attack", "strike",
  "offensive") and hostile measures (:data:`MEASURE_NOUNS`: "sanctions", "embargo",
  "invasion"), what one may back against a third party: read by
  :mod:`cablegram.events.senses` (``backed-hostile-act``);
- :data:`IN_PREPS`: prepositions that put a thing inside a place ("in Pakistan", "inside
  Syria"): read by :mod:`cablegram.events.abroad`;
- :data:`INNER_PLACE_PREPS`: those and the ones that put it at or by a place ("at a market",
  "near the border"): read by :mod:`cablegram.events.junk` and
  :mod:`cablegram.events.target_phrases`.
"""

from __future__ import annotations

# Acts of war one launches and may back against a third party ("backed air strikes on X").
LAUNCHED_NOUNS = frozenset({"bombing", "attack", "strike", "airstrike", "offensive"})
ACT_NOUNS = LAUNCHED_NOUNS | frozenset(
    {"blast", "shelling", "explosion", "raid", "ambush", "assault", "shooting", "massacre",
     "bombardment", "siege"}
)  # fmt: skip
WEAPON_NOUNS = frozenset({"bomb", "rocket", "missile", "mortar", "grenade"})
ATTACK_NOUNS = ACT_NOUNS | WEAPON_NOUNS

# Hostile measures that are no violent act themselves: sanctions, wars, campaigns.
MEASURE_NOUNS = frozenset(
    {"sanction", "sanctions", "war", "embargo", "blockade", "invasion", "operation", "campaign",
     "crackdown", "intervention"}
)  # fmt: skip
HOSTILE_ACT_NOUNS = LAUNCHED_NOUNS | MEASURE_NOUNS

IN_PREPS = frozenset({"in", "inside"})
INNER_PLACE_PREPS = IN_PREPS | frozenset({"at", "near", "outside", "outside of"})
