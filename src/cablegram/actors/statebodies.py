"""A state's own court or election commission named by its function alone: the story's
country. Rule ``state_institution`` of :data:`cablegram.actors.evidence.COUNTRY_RULES`.

"the Constitutional Court", "a High Court", "the Central Election Commission", "the
electoral commission" belong to one state, and a text that names them without a country
is about that state: the country most of its places belong to
(:meth:`cablegram.actors.evidence.CountryEvidence.story_country`), never without one.
Only the whole name counts: "the International Criminal Court", "the European Court of
Human Rights" and "the Election Commission of India" are other names (and the last has its
country in it).

Another state's court is no story's court: the rule gives nothing when a sentence naming the
body names another state ("In Brazil, the Supreme Court ordered ...") or when the text names
the same body as another state's ("the Supreme Court of India", "Uganda's electoral
commission") (:func:`another_states_body`).

Shapes: a cluster of kind organization (or group: a court the title list reads) -> ISO3
of the story's country, or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

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


def _other_state(resolver: CountryEvidence, words: Span | str, country: str) -> bool:
    """Whether ``words`` name a state (a country, demonym or capital) other than ``country``."""
    text = words if isinstance(words, str) else words.text
    entry = resolver.entry(strip_possessive(strip_determiner(text)))
    return entry is not None and entry.kind == "state" and entry.country not in (None, country)


def _owned_elsewhere(resolver: CountryEvidence, doc: Doc, name: str, country: str) -> bool:
    """Whether the text names the body ``name`` as another state's: "India's Supreme Court",
    "the Supreme Court of India"."""
    size = len(name.split())
    for i in range(len(doc) - size + 1):
        if key(doc[i : i + size].text) != name:
            continue
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.text in ("'s", "’s") and before.i > 0:
            owner = doc[before.i - 1]
            if _other_state(resolver, owner.text, country):
                return True
        end = i + size
        if (
            end + 1 < len(doc)
            and doc[end].lower_ == "of"
            and _other_state(resolver, doc[end + 1].text, country)
        ):
            return True
    return False


def another_states_body(
    resolver: CountryEvidence, cluster: Cluster, name: str, country: str
) -> bool:
    """Whether the body may be another state's than ``country`` (see the module doc)."""
    doc = resolver.doc
    for mention in cluster.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for ent in span.sent.ents:
            if ent.label_ in ("GPE", "NORP") and _other_state(resolver, ent, country):
                return True
    return _owned_elsewhere(resolver, doc, name, country)


def state_institution(resolver: CountryEvidence, cluster: Cluster) -> str | None:
    if cluster.kind not in ("organization", "group") or cluster.role in ("IGO", "NGO"):
        return None
    name = key(strip_possessive(strip_determiner(cluster.name)))
    if name not in STATE_INSTITUTIONS:
        return None
    country = resolver.story_country()
    if country is None or another_states_body(resolver, cluster, name, country):
        return None
    return country
