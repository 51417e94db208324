"""The state a bare "the regime", "the junta" or "the government" stands for.

Two shapes give the state, each a named rule of :data:`STANDING_RULES`, tried in order:

* ``ruler``: the phrase names the person it belongs to, by possessive or name modifier
  ("Assad's regime", "the Kim regime", "Putin's government"): the country of that person of
  the text. A ruler the text gives no country ("the Kim regime" with no Kim of the text known)
  gives none;
* ``one_state_before``: a bare definite "the regime" whose own sentence, up to it, and the
  :data:`REACH_SENTENCES` sentences before it name actors of exactly one country ("North Korea
  fired two missiles. The regime said ..."): that country. Two countries ("Seoul condemned
  the regime" after a North Korean launch), or none, leave it unresolved.

The rules run with the country evidence (``standing_state`` of
:data:`cablegram.actors.evidence.COUNTRY_RULES`), once every person of the text has its
dictionary country, on the phrase's first mention; its other mentions share the cluster.

Precision first: any other modifier ("the former regime", "the new government", "the
military junta of 1976") leaves the phrase to the general rules, and a phrase no rule resolves
keeps no country: a wrong state would credit events to it (events take the actor's country).
Bodies the text has named before ("the Afghan government" ... "the government") are taken up
earlier by :meth:`cablegram.actors.referents.Referents.earlier_body`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from cablegram.actors.base import (
    DETERMINERS,
    NO_STATE_ROLES,
    Cluster,
    ResolverState,
    noun_phrase,
)

# Nouns that stand for the government of a state.
STATE_NOUNS = frozenset({"regime", "junta", "government"})
# Titles of a ruler, whose name makes "X's regime" that state's.
RULER_TITLES = frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "amir",
     "sultan", "supreme leader", "leader", "chairman", "dictator", "general secretary",
     "head of state", "crown prince", "monarch", "shah", "ayatollah"}
)  # fmt: skip
# How many sentences before the phrase's own one the one-state rule reads.
REACH_SENTENCES = 2

StandingRule = Callable[[ResolverState, Token, Span], str | None]


def _ruler(resolver: ResolverState, head: Token, phrase: Span) -> str | None:
    modifiers = [t for t in phrase if t.i != head.i and t.lower_ not in DETERMINERS]
    names = [t for t in modifiers if t.dep_ in ("poss", "compound") and t.pos_ == "PROPN"]
    # The possessive's own "'s" hangs on the name; anything else is another modifier.
    if not names or any(t not in names and t.dep_ != "case" for t in modifiers):
        return None
    countries = set()
    for name in names:
        # The name's own cluster only, never a namesake found by surname ("the Kim regime"
        # beside Foreign Minister Kim Sung-han is not South Korea's), and only a ruler: a head
        # of state or government by title (or a government figure named without one).
        cluster = resolver.head_cluster.get(name.i)
        if cluster is None or cluster.kind != "person" or not cluster.country:
            return None
        title = (cluster.title or "").lower()
        if title not in RULER_TITLES and (title or cluster.role != "GOV"):
            return None
        countries.add(cluster.country)
    return countries.pop() if len(countries) == 1 else None


def _one_state_before(resolver: ResolverState, head: Token, phrase: Span) -> str | None:
    if len(phrase) != 2 or phrase[0].lower_ != "the":
        return None
    # "the regime", "the junta" are what one says of an adversary: a person named before (the
    # critic: "Pompeo spoke in Washington. He said the regime must stop ...") and a place
    # named as a venue say nothing of whose regime it is; only states and bodies that act do.
    critic_words = head.lower_ != "government"
    starts = resolver.sentence_starts
    own = max(n for n, start in enumerate(starts) if start <= head.i)
    first = starts[max(0, own - REACH_SENTENCES)]
    countries = set()
    for index in range(first, phrase.start):
        cluster = resolver.head_cluster.get(index)
        if cluster is None or not cluster.country or cluster.role in NO_STATE_ROLES:
            continue
        if critic_words and (cluster.kind == "person" or resolver.doc[index].dep_ == "pobj"):
            continue
        countries.add(cluster.country)
    return countries.pop() if len(countries) == 1 else None


STANDING_RULES: tuple[tuple[str, StandingRule], ...] = (
    ("ruler", _ruler),
    ("one_state_before", _one_state_before),
)


def standing_state(resolver: ResolverState, head: Token, phrase: Span) -> str | None:
    """The country (ISO) of the state a singular "the regime"-like phrase headed by ``head``
    stands for, by the first rule of :data:`STANDING_RULES` that finds one; None when the
    head is not a noun of :data:`STATE_NOUNS` or no rule finds exactly one country."""
    if head.lower_ not in STATE_NOUNS:
        return None
    for _name, rule in STANDING_RULES:
        found = rule(resolver, head, phrase)
        if found:
            return found
    return None


def standing_state_of(resolver: ResolverState, cluster: Cluster) -> str | None:
    """The country evidence rule: :func:`standing_state` on the first mention of a singular
    group cluster whose name is headed by a noun of :data:`STATE_NOUNS`."""
    if cluster.kind != "group" or not cluster.mentions:
        return None
    if cluster.name.lower().split()[-1] not in STATE_NOUNS:
        return None
    first = min(cluster.mentions, key=lambda m: m.start)
    span = resolver.doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    if head.tag_ in ("NNS", "NNPS"):
        return None
    return standing_state(resolver, head, noun_phrase(head))
