"""A body's short name tagged as a person's: "the Observatory" after "the Syrian Observatory
for Human Rights".

The recogniser tags the long name ORG and, often, the short one PERSON ("the Observatory
said"); the person it made took the body's name and was listed apart from the body, as a
person with no country. Rule ``short_body_name`` of ``NameKinds.org_tagged_person``
(:mod:`cablegram.actors.kinds`): a name tagged PERSON of one word, right after "the", that is
a word of a name the text tags ORG, is that body's short name. People's names take no
article ("the Kamal" is no one), and a plural ("the Kennedys") is a family, not a body.
Both rules take only the long name's head noun (:func:`head_noun`): "the Observatory" of
"the Syrian Observatory for Human Rights", but not "the Senate" of "the Senate Foreign Relations
Committee" (the body's parent) nor "Clinton" of "the Clinton Foundation" (a person's name the
body bears). The short name must head its own phrase too: "the Clinton campaign" is no body
called "Clinton".
Rule ``short_body_fold`` (:func:`fold_short_bodies`) then makes the short name one actor
with the long one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span

from cablegram.actors.base import ResolverState
from cablegram.actors.namesakebodies import fold_cluster as fold

# Words after which a body's name goes on past its head: "Observatory for Human Rights",
# "Ministry of Defence", "Committee on Foreign Affairs".
_AFTER_HEAD = frozenset({"for", "of", "on", "in", "to", "against", "and", "at", "&"})


def head_noun(name: str) -> str:
    """The head word of a body's name, as written: the last word before the first word
    that continues past the head ("Observatory" of "Syrian Observatory for Human Rights",
    "Committee" of "Senate Foreign Relations Committee"); "" for an empty name."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    kept: list[str] = []
    for word in words:
        if kept and word.lower() in _AFTER_HEAD:
            break
        kept.append(word)
    return kept[-1] if kept else ""


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
    if word.dep_ == "compound" or (
        word.i + 1 < len(word.doc) and word.doc[word.i + 1].pos_ in ("NOUN", "PROPN")
    ):
        return False  # "the Clinton campaign": a modifier, not a body's name
    return any(head_noun(name).lower() == word.lower_ and name != word.lower_ for name in org_names)


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
        if len(fits) == 1 and head_noun(fits[0].name) != name:
            continue  # "the Senate" of "the Senate Foreign Relations Committee": its parent
        if len(fits) == 1 and fits[0].kind == "organization":
            fold(resolver, cluster, fits[0])
