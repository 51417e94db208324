"""Descriptions tied to the named person they describe, whichever comes first: "Pakistan's
leader said ... . Shehbaz Sharif, the prime minister, said later"; "A Pentagon spokesman said
... . Spokesman George Little added". The description becomes an alias of the person, not an
actor of its own.

The resolver already takes a description back to a person named *before* it with the same
title ("the senator"); these rules run once every actor of the document has its country and
title, and tie a description that stayed an actor of its own to a named person of the text.
Only a description that may stand for one holder (no "former", "deputy" ...; not one of two
descriptions joined by "and"; nothing after the title: "Senator from Texas") is tied, and
only to a person the recogniser or the dictionary names, the one candidate of the rule,
first named after the description. Each rule is one named unit of :data:`TIE_RULES`,
tried in order:

* ``next_sentence``: the same title in the same or the next sentence, the
  description's country, if it names one, the person's (a person of no country takes it); the
  description definite ("the Pentagon spokesman") or indefinite ("a Pentagon spokesman");
* ``sole_holder``: a definite description that names its country ("Pakistan's leader", "the
  Iranian foreign minister") and one named person of the document with that country and the
  same title, anywhere in it; "leader" stands for the head of a state or government
  (:data:`HEAD_TITLES`).

Precision first: two candidates, a country that differs or is missing where the rule needs
it, or a title that is not the same leave the description as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from cablegram.actors.base import Cluster, ResolverState, noun_phrase
from cablegram.actors.codes import code_for
from cablegram.actors.nominees import NOT_THE_HOLDER

# The titles "leader" stands for when a description of a state's leader meets a name.
HEAD_TITLES = frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "emir", "supreme leader"}
)
_GENERIC_HEAD = frozenset({"leader", "head of state", "head of government"})
# The titles a bare "leader" is sure to mean: not a prime minister, who is "Russia's
# leader" in no story where a president rules (Mishustin is not "Russia's leader").
GENERIC_HEAD_TITLES = HEAD_TITLES - {"prime minister", "premier"}
_DETERMINERS = frozenset({"the", "a", "an"})

TieRule = Callable[[ResolverState, Cluster, list[Cluster]], Cluster | None]


def _same_title(resolver: ResolverState, description: Cluster, named: str | None) -> bool:
    """Whether the description holds the person's title exactly: its own title, or its name
    ending in the title after words that only name a country or body ("the Iranian foreign
    minister" for a "foreign minister"; not "the deputy foreign minister")."""
    if not description.title or not named:
        return False
    if description.title == named or (
        description.title in _GENERIC_HEAD and named in GENERIC_HEAD_TITLES
    ):
        return True
    words = description.name.lower().split()
    size = len(named.split())
    if " ".join(words[-size:]) != named:
        return False
    for word in description.name.split()[:-size]:
        bare = word.removesuffix("'s").removesuffix("’s")
        found = resolver.entry(bare)
        if bare.lower() not in _DETERMINERS and (found is None or found.kind == "person"):
            return False
    return True


def is_description(resolver: ResolverState, cluster: Cluster) -> bool:
    """A person or group cluster the resolver made of a description, not a name: no
    dictionary identity, a title, and every capitalised word of its name a title, an
    honorific or a dictionary name ("Pentagon spokesman", "Pakistan's leader")."""
    if cluster.kind != "person" or cluster.identity or not cluster.title:
        return False
    for word in cluster.name.replace("-", " ").split():
        bare = word.strip(".,;:'’\"()[]").removesuffix("'s").removesuffix("’s")
        if not bare[:1].isupper() or bare.lower() in _DETERMINERS:
            continue
        lowered = bare.lower()
        if resolver.dictionary.title(lowered) or lowered in resolver.dictionary.honorifics:
            continue
        found = resolver.entry(bare)
        if found is None or found.kind == "person":
            return False
    return True


def is_named(resolver: ResolverState, cluster: Cluster) -> bool:
    """A person the text names: a dictionary identity, or a mention the recogniser tagged as
    a person's name ("New York judge" or "Democratic source" is none)."""
    if cluster.identity:
        return True
    for mention in cluster.mentions:
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and any(t.ent_type_ == "PERSON" for t in span):
            return True
    return False


def _tieable(resolver: ResolverState, description: Cluster) -> bool:
    """A description that may stand for one holder: not a past or other holder's ("the former
    president", "the deputy minister") and not one of two descriptions of one person ("the
    former first lady and U.S. senator")."""
    for mention in description.mentions:
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root
        if head.dep_ == "conj" or any(
            c.dep_ in ("conj", "cc", "prep", "relcl", "acl") for c in head.children
        ):
            return False  # "and U.S. senator"; "Senator from Texas", "a judge who ..."
        if any(t.lower_.strip("-") in NOT_THE_HOLDER for t in noun_phrase(head)):
            return False
    return True


def _sentence_of(resolver: ResolverState, char: int) -> int:
    token = resolver.doc.char_span(char, char + 1, alignment_mode="expand")
    index = token.start if token is not None else 0
    starts = resolver.sentence_starts
    return max(n for n, start in enumerate(starts) if start <= index) if starts else 0


def _compatible(
    resolver: ResolverState, description: Cluster, person: Cluster, countryless: bool = False
) -> bool:
    """Same title, and the description's country, if it names one, the person's (or, with
    ``countryless``, a person of no country yet, who takes it)."""
    if not _same_title(resolver, description, person.title) or _former(resolver, person):
        return False
    if description.country is None or description.country == person.country:
        return True
    return countryless and person.country is None


def _former(resolver: ResolverState, person: Cluster) -> bool:
    """The person is named as a past or other holder ("Former foreign minister Javad
    Zarif"): no description of the office's holder is theirs."""
    for mention in person.mentions:
        span = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and any(
            t.lower_.strip("-") in NOT_THE_HOLDER for t in noun_phrase(span.root)
        ):
            return True
    return False


def _next_sentence(
    resolver: ResolverState, description: Cluster, people: list[Cluster]
) -> Cluster | None:
    first = min(description.mentions, key=lambda m: m.start).text.lower().split()
    bare = len(first) - 1 <= len((description.title or "").split())
    if first[:1] in (["a"], ["an"]) and description.country is None and bare:
        # "A senator said ...": any senator, not the one named next ("a government
        # spokeswoman", "a Pentagon spokesman" name their body and may be that one).
        return None
    near = {_sentence_of(resolver, m.start) for m in description.mentions}
    near |= {n + 1 for n in near} | {n - 1 for n in near}
    found = [
        person
        for person in people
        if _compatible(resolver, description, person, countryless=True)
        and any(_sentence_of(resolver, m.start) in near for m in person.mentions)
    ]
    return found[0] if len(found) == 1 else None


def _sole_holder(
    resolver: ResolverState, description: Cluster, people: list[Cluster]
) -> Cluster | None:
    first = min(description.mentions, key=lambda m: m.start).text.lower()
    if not description.country or first.startswith(("a ", "an ")):
        return None
    found = [p for p in people if p.country and _compatible(resolver, description, p)]
    return found[0] if len(found) == 1 else None


TIE_RULES: tuple[tuple[str, TieRule], ...] = (
    ("next_sentence", _next_sentence),
    ("sole_holder", _sole_holder),
)


def tie_descriptions(resolver: ResolverState) -> None:
    """Merge every description cluster a rule of :data:`TIE_RULES` ties to a named person
    into that person: its mentions become the person's, and its words resolve to the person."""
    clusters = [c for c in resolver.clusters.values() if c.mentions]
    named = [c for c in clusters if c.kind == "person" and is_named(resolver, c)]
    for description in clusters:
        if not is_description(resolver, description) or not _tieable(resolver, description):
            continue
        first = min(m.start for m in description.mentions)
        for _name, rule in TIE_RULES:
            person = rule(resolver, description, named)
            if person is None:
                continue
            if min(m.start for m in person.mentions) < first:
                # The one candidate was named before: the resolver's own rules take such a
                # description up or leave it, and "a senator" after "Senator X" is someone new.
                break
            for mention in description.mentions:
                person.add(mention.text, mention.start, mention.end)
            person.enrich(description.country, description.role, description.title)
            if person.country and not person.code:
                person.code = code_for(person.kind, person.country, person.role)
            for index, cluster in list(resolver.head_cluster.items()):
                if cluster is description:
                    resolver.head_cluster[index] = person
            description.mentions.clear()
            break
