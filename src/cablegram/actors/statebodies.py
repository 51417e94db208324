"""A state's own court or election commission named by its function alone: the story's
country. Rule ``state_institution`` of :data:`cablegram.actors.evidence.COUNTRY_RULES`.

"the Constitutional Court", "a High Court", "the Central Election Commission", "the
electoral commission" belong to one state, and a text that names them without a country
is about that state: the country most of its places belong to
(:meth:`cablegram.actors.evidence.CountryEvidence.story_country`), never without one.
Only the whole name counts: "the International Criminal Court", "the European Court of
Human Rights" and "the Election Commission of India" are other names (and the last has its
country in it).

Shapes: a cluster of kind organization (or group: a court the title list reads) -> ISO3
of the story's country, or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cablegram.actors.base import Cluster, key, strip_determiner, strip_possessive

if TYPE_CHECKING:
    from cablegram.actors.evidence import CountryEvidence

# Names a state gives its own courts and election bodies, lower-cased, without "the".
STATE_INSTITUTIONS: frozenset[str] = frozenset(
    {
        "constitutional court", "supreme court", "high court", "constitutional council",
        "election commission", "electoral commission", "central election commission",
        "central electoral commission", "independent electoral commission",
        "independent national electoral commission", "national electoral commission",
        "national election commission", "electoral council", "national electoral council",
    }
)  # fmt: skip


def state_institution(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind not in ("organization", "group") or cluster.role in ("IGO", "NGO"):
        return None
    name = key(strip_possessive(strip_determiner(cluster.name)))
    if name not in STATE_INSTITUTIONS:
        return None
    return resolver.story_country()
