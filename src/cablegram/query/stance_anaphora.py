"""Claims on an act the text named just before: "join such a mission", "rejected the plan".

A claim whose act is a word that only points back (a shell noun of ``data/claim_words.toml``,
read through :func:`cablegram.claims.antecedents.shell_kind`: "such a mission", "the plan",
"the move") says nothing by itself about which act it is. It bears on
a proposition when its **antecedent**, a claim of the same document at most
:data:`~cablegram.query.stance_places.REACH` sentences before it (or in its own sentence),
bears on the proposition; the pointing claim's own places and targets must still agree
(:func:`~cablegram.query.propositions_match.bears_on` with the antecedent's act and the pointing
claim's arguments).

Which way it points depends on the word:

- an **act** word ("mission", "operation", "effort") names the act itself: "willing to join
  such a mission" is for sending the peacekeepers the sentence before asked for, whoever
  asked or refused;
- a **decision** word ("plan", "proposal", "decision", "move", "idea") names what another
  actor decided or proposed: "condemned the move" is against the act when the antecedent
  was for it, and for it when the antecedent was a refusal of it ("decided not to send
  troops ... criticised the decision"). When the antecedents in reach point different ways
  the word is ambiguous and the claim is left out (precision first).

Relevance is at most :data:`~cablegram.query.propositions_match.DOCUMENT_CONTEXT`: the act is
named only in the context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from cablegram.claims.antecedents import shell_kind
from cablegram.query.meaning import points_back, synonyms
from cablegram.query.propositions import Proposition
from cablegram.query.propositions_match import DOCUMENT_CONTEXT, Bearing, bears_on
from cablegram.query.stance_places import REACH, sentence_index
from cablegram.records import Claim

AnaphorKind = Literal["act", "decision"]
Side = Literal["support", "oppose"]


@dataclass(frozen=True, slots=True)
class Antecedent:
    """A claim of a document that bears on the proposition, by where it stands."""

    claim: Claim
    index: int
    side: Side


def _kind(word: str) -> AnaphorKind | None:
    """The kind of a shell noun from the project's one list, which the claims stage owns
    (:func:`cablegram.claims.antecedents.shell_kind`); a treaty noun ("the deal") is matched
    as a treaty, not resolved here."""
    kind = shell_kind(word)
    return kind if kind in ("act", "decision") else None


def anaphor_kind(claim: Claim) -> AnaphorKind | None:
    """Whether the claim's act is a word pointing back, and of which kind; None otherwise.

    The act word is the object of a light verb or of "join", else a predicate without an
    object; the sentence must write it after a determiner that points ("such a mission",
    "the plan"), not as a new thing ("a mission to Mars").
    """
    light = synonyms().light_verbs | {"join"}
    if claim.object is None:
        word = claim.predicate
    elif claim.predicate in light:
        word = claim.object
    else:
        return None
    kind = _kind(word)
    if kind is None or not points_back(word, claim.sentence):
        return None
    return kind


def _side(kind: AnaphorKind, claim: Claim, antecedents: list[Antecedent]) -> Side | None:
    """The side the pointing claim takes on the proposition, or None when ambiguous.

    A decision word takes the antecedent's side as the decision's own only when the
    antecedent is another party's: when the pointing claim's holder (or a party of it) holds
    the antecedent too, the antecedent is that holder's own view of the act ("Slovakia will
    sue over the decision to ban ... Slovakia voted against the plan"), not the decision, and
    which way the word points is unknown."""
    if kind == "act":
        return claim.polarity
    sides = {a.side for a in antecedents}
    if len(sides) != 1:
        return None
    if sides == {"support"}:
        return claim.polarity
    if any(_shared_party(claim, a.claim) for a in antecedents):
        return None
    return "oppose" if claim.polarity == "support" else "support"


def _shared_party(one: Claim, other: Claim) -> bool:
    """Whether two claims' holders are one actor or share a country."""
    a, b = one.actor, other.actor
    if a is None or b is None:
        return False
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    return a.country is not None and a.country == b.country


def resolve(
    query: Proposition,
    claim: Claim,
    antecedents: Iterable[Antecedent],
    index: int | None,
    country_of: Callable[[str], str | None],
    mentions: Callable[[Iterable[str]], bool],
) -> tuple[Side, Bearing] | None:
    """The side and bearing of a pointing claim at sentence ``index`` of its document,
    from the antecedents in reach before it; None when it points at nothing that bears on
    the proposition, or ambiguously."""
    kind = anaphor_kind(claim)
    if kind is None or index is None:
        return None
    near = [a for a in antecedents if index - REACH <= a.index <= index and a.claim is not claim]
    if not near:
        return None
    side = _side(kind, claim, near)
    if side is None:
        return None
    first = near[-1].claim
    bearing = bears_on(
        query,
        first.predicate,
        first.object,
        dict(claim.arguments),
        country_of,
        mentions,
        first.sentence,
        first.actor.country,  # the antecedent's actor does the act
    )
    if bearing is None or bearing.undoes or bearing.requires is not None:
        return None
    relevance = min(bearing.relevance, DOCUMENT_CONTEXT)
    direction = side if query.polarity == "support" else _flip(side)
    return direction, Bearing(relevance, bearing.matched, True)


def _flip(side: Side) -> Side:
    return "oppose" if side == "support" else "support"


def antecedents_in(text: str, found: Iterable[tuple[Claim, Side]]) -> list[Antecedent]:
    """The claims found to name the proposition's act in one document, each with its own
    polarity toward that act, placed by sentence."""
    out = []
    for claim, side in found:
        index = sentence_index(text, claim.sentence)
        if index is not None:
            out.append(Antecedent(claim, index, side))
    return sorted(out, key=lambda a: a.index)


__all__ = ["Antecedent", "anaphor_kind", "antecedents_in", "resolve", "sentence_index"]
