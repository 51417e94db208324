"""A body's short name tagged as a person's: "the Observatory" after "the Syrian Observatory
for Human Rights".

The recogniser tags the long name ORG and, often, the short one PERSON ("the Observatory
said"); the person it made took the body's name and was listed apart from the body, as a
person with no country. Rule ``short_body_name`` of ``NameKinds.org_tagged_person``
(:mod:`cablegram.actors.kinds`): a name tagged PERSON of one word, right after "the", that is
a word of a name the text tags ORG, is that body's short name. People's names take no
article ("the Kamal" is no one), and a plural ("the Kennedys") is a family, not a body.
Rule ``short_body_fold`` (:func:`fold_short_bodies`) then makes the short name one actor
with the long one.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from cablegram.actors.base import ResolverState
from cablegram.actors.namesakebodies import _fold as fold


def short_body_name(entity: Span, org_names: Iterable[str]) -> bool:
    """Whether ``entity`` (tagged PERSON) is one word after "the" that is a word of one of
    ``org_names`` (keys of the names tagged ORG in the text: lower-case, one space)."""
    words = [t for t in entity if t.lower_ != "the"]
    if len(words) != 1:
        return False
    word = words[0]
    if word.pos_ != "PROPN" or word.lower_.endswith("s") or not word.text[:1].isupper():
        return False
    before = entity.doc[word.i - 1] if word.i > 0 else None
    if before is None or before.lower_ != "the":
        return False
    return any(word.lower_ in name.split() and name != word.lower_ for name in org_names)


def fold_short_bodies(resolver: ResolverState) -> None:
    """Rule ``short_body_fold``: a body named by one word after "the" ("the Observatory")
    whose word is a word of exactly one other body's name in the text ("the Syrian
    Observatory for Human Rights") is that body; its mentions move there. A body the
    dictionary knows is never folded (``namesakebodies.short_forms`` reads those), and a
    word that two bodies of the text share ("the Council" beside two councils) folds into
    neither. Changes the resolver's clusters in place."""
    bodies = [
        c
        for c in resolver.clusters.values()
        if c.kind in ("organization", "group") and c.mentions and len(c.name.split()) > 1
    ]
    for cluster in list(resolver.clusters.values()):
        if cluster.kind != "organization" or cluster.identity or not cluster.mentions:
            continue
        name = cluster.name.strip()
        if len(name.split()) != 1 or not name[:1].isupper():
            continue
        if not all(m.text.lower() == f"the {name.lower()}" for m in cluster.mentions):
            continue
        fits = [b for b in bodies if b is not cluster and name in b.name.split()]
        if len(fits) == 1 and fits[0].kind == "organization":
            fold(resolver, cluster, fits[0])
