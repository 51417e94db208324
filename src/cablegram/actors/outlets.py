"""Media outlets the recogniser tagged as people or cut short, relabelled before mentions are
read: "Broadcaster NTV" (PERSON), "Sabah newspaper" ... "Sabah said" (PERSON), "CNN Turk"
("CNN" ORG, "Turk" then read as Türkiye or as a person named Türk).

:func:`relabel_outlets` changes the entity spans of a parse in place, on the parse alone:

* ``acronym_before_name``: a span that begins with a media noun and holds an acronym
  ("Broadcaster NTV", "Broadcaster CNN Turk") is the outlet's ORG span, without the noun; a
  person's name after "broadcaster" has no acronym ("broadcaster David Dimbleby" stays);
* ``acronym_glued``: an acronym ORG span followed by a capitalised proper noun that the parser
  hangs on the same head ("CNN Turk", "CNN" a compound of "Turk") takes that word in: the
  outlet's name holds a demonym but names no state; not when that word is itself a compound
  of a name after it, a title ("FCC Chairman Tom Wheeler");
* ``outlet_compound``: a PERSON span of proper nouns whose last word is a compound of a media
  noun ("the Sabah newspaper", "Cihan agency") is an ORG span, and so is every PERSON span
  of the text with the same words ("Sabah said").

:func:`broadcast_title` (rule ``broadcast_title_context``) tells when "host"/"anchor" is a
broadcaster's title. Media nouns are :data:`MEDIA_NOUNS`; an acronym is two to five capital
letters. A state's name or demonym inside such an outlet's ORG span names no state
(:func:`in_outlet_name`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from cablegram.actors.base import set_entities

MEDIA_NOUNS = frozenset(
    {"broadcaster", "newspaper", "daily", "agency", "channel", "network", "station", "tv"}
    | {"television", "radio", "website", "magazine", "weekly", "tabloid", "outlet"}
)
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


def _acronym(token: Token) -> bool:
    return bool(_ACRONYM.match(token.text))


def _noun_first(ent: Span) -> Span | None:
    """``acronym_before_name``: the outlet's name of a span that begins with a media noun."""
    if len(ent) < 2 or ent[0].lower_ not in MEDIA_NOUNS:
        return None
    rest = ent[1:]
    if not any(_acronym(t) for t in rest):
        return None
    return Span(ent.doc, rest.start, rest.end, label="ORG")


def _glued(ent: Span) -> Span | None:
    """``acronym_glued``: an acronym span widened by the proper noun it is a compound of."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 1 or not _acronym(ent[0]) or ent.end >= len(doc):
        return None
    after = doc[ent.end]
    if after.pos_ != "PROPN" or not after.text[:1].isupper() or after.ent_type_:
        return None
    if after.dep_ == "compound":
        return None  # "FCC Chairman Tom Wheeler", "EU President Donald Tusk": a title
    if ent[0].dep_ != "compound" or ent[0].head.i != after.i or not ent[0].whitespace_:
        return None
    return Span(doc, ent.start, ent.end + 1, label="ORG")


def _proper(ent: Span) -> bool:
    return all(t.pos_ == "PROPN" for t in ent)


def _before_media_noun(ent: Span) -> bool:
    """``outlet_compound``: a PERSON span whose last word is a compound of a media noun."""
    last = ent[-1]
    return (
        ent.label_ == "PERSON"
        and _proper(ent)
        and last.dep_ == "compound"
        and last.head.i == ent.end
        and last.head.lower_ in MEDIA_NOUNS
    )


def relabel_outlets(doc: Doc, is_state_word: Callable[[Token], bool]) -> None:
    """Relabel and widen the outlet spans of ``doc`` in place (see the module doc).
    ``is_state_word`` tells a state's name or demonym: "the Bangladeshi newspaper" is a
    state's press, no outlet's name."""
    ents = list(doc.ents)
    outlets = {
        e.text for e in ents if _before_media_noun(e) and not any(is_state_word(t) for t in e)
    }
    out: list[Span] = []
    changed = False
    for ent in ents:
        fixed = _noun_first(ent) or _glued(ent)
        if fixed is None and ent.label_ == "PERSON" and ent.text in outlets and _proper(ent):
            fixed = Span(doc, ent.start, ent.end, label="ORG")
        if fixed is None:
            out.append(ent)
            continue
        if out and out[-1].end > fixed.start:
            out.append(ent)
            continue
        out.append(fixed)
        changed = True
    if changed:
        set_entities(doc, out)


def in_outlet_name(token: Token, entity: Span | None) -> bool:
    """Whether ``token`` is a word after the acronym that opens an ORG span ("Turk" of "CNN
    Turk"): a part of an outlet's or body's name, no state of its own."""
    return (
        entity is not None
        and entity.label_ == "ORG"
        and len(entity) >= 2
        and _acronym(entity[0])
        and token.i > entity.start
    )


# Titles that name a broadcaster only beside a show or channel word, an outlet or the person's
# name: a bare "host" is as often a state that hosts a summit ("the host, Kenya") and a bare
# "anchor" a mainstay ("the anchor of the coalition").
BROADCAST_TITLES = frozenset({"host", "anchor"})
_SHOW_WORDS = MEDIA_NOUNS | {"show", "talk", "news", "cable", "chat", "podcast", "programme"}
_SHOW_WORDS |= {"program", "breakfast", "late-night", "morning", "evening"}


def broadcast_title(title: Token) -> bool:
    """Rule ``broadcast_title_context``: whether "host"/"anchor" is a broadcaster's title here:
    a show word or an outlet before it ("talk-show host", "Fox News host", "CNN anchor"), or
    after it ("host of the show", "anchor on CNN"), or the person's name it is the title of
    ("host Sean Hannity", "the host, Sean Hannity,"). Shapes: ``title`` the title's token."""
    before = [t for t in title.lefts if t.dep_ not in ("det", "poss", "punct", "case")]
    after = [
        t
        for p in title.rights
        if p.dep_ == "prep" and p.lower_ in ("of", "on", "at")
        for t in p.children
        if t.dep_ == "pobj"
    ]
    for word in (w for t in [*before, *after] for w in t.subtree):
        if word.lower_ in _SHOW_WORDS or word.ent_type_ == "ORG":
            return True
    named = [c for c in title.children if c.dep_ == "appos"]
    if title.dep_ == "compound":
        named.append(title.head)
    return any(t.ent_type_ == "PERSON" for t in named)
