"""The parser's view of a cleaned text, and records read from it put back as written.

The parser reads a same-length copy of the cleaned text in which apostrophe look-alikes
between letters are apostrophes and the brackets of editorial insertions are spaces. Every
offset carries over unchanged; :func:`as_written` then gives the records' strings (quotes,
sentences, triggers, mentions) the characters of the text as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cablegram.records import PART_JOINER, Actor, Annotation, Claim, Event, Mention, Statement

# Apostrophe look-alikes: the left single quote, the modifier letter apostrophe, the acute
# accent, the grave accent and the prime, between two letters ("won‘t", "Austriaʼs").
_APOSTROPHE_LOOKALIKE = re.compile(r"(?<=[^\W\d_])[‘ʼ´`′](?=[^\W\d_])")
# An editorial insertion: "[Russian leader Vladimir] Putin", "President [Donald] Trump",
# "[in Helsinki]". One line, a letter first, no sentence punctuation inside.
_INSERTION = re.compile(r"\[(?=[^\W\d_])[^\[\]\n.!?;]{1,80}\]")


def parser_view(text: str) -> str:
    """The text as the parser should read it, the same length, so offsets carry over.

    Apostrophe look-alikes between letters become the apostrophe (U+2019), so that
    negation, contractions and quote pairing read "won‘t" as "won’t"; the brackets of an
    editorial insertion become spaces, so that "[Russian leader Vladimir] Putin" reads as
    the name it completes. Every other character stays in place; records keep pointing
    into the cleaned text as written.
    """
    text = _APOSTROPHE_LOOKALIKE.sub("’", text)
    return _INSERTION.sub(lambda m: " " + m.group(0)[1:-1] + " ", text)


def as_written(annotation: Annotation, parsed_text: str) -> Annotation:
    """The annotation with every string read from ``parsed_text`` (the parser's view)
    taken from the document's text as written, at the same offsets."""
    text = annotation.document.text
    if parsed_text == text or len(parsed_text) != len(text):
        return annotation
    restore = _Restorer(text, parsed_text)
    return replace(
        annotation,
        actors=tuple(
            replace(a, mentions=tuple(restore.mention(m) for m in a.mentions))
            for a in annotation.actors
        ),
        statements=tuple(restore.statement(s) for s in annotation.statements),
        events=tuple(restore.event(e) for e in annotation.events),
        claims=tuple(restore.claim(c) for c in annotation.claims),
    )


class _Restorer:
    """Maps strings of the parser's view back to the text as written."""

    def __init__(self, text: str, parsed: str) -> None:
        self.text = text
        self.parsed = parsed

    def span(self, value: str, start: int, end: int) -> str:
        if 0 <= start <= end <= len(self.text) and self.parsed[start:end] == value:
            return self.text[start:end]
        return self.find(value)

    def find(self, value: str) -> str:
        at = self.parsed.find(value) if value else -1
        return self.text[at : at + len(value)] if at >= 0 else value

    def actor(self, actor: Actor | None) -> Actor | None:
        if actor is None:
            return None
        return replace(actor, text=self.span(actor.text, actor.start, actor.end))

    def mention(self, mention: Mention) -> Mention:
        return replace(mention, text=self.span(mention.text, mention.start, mention.end))

    def statement(self, s: Statement) -> Statement:
        parts = [self.parsed[a:b] for a, b in s.parts]
        if PART_JOINER.join(parts) == s.text:
            text = PART_JOINER.join(self.text[a:b] for a, b in s.parts)
        else:
            text = self.find(s.text)
        return replace(
            s,
            text=text,
            sentence=self.find(s.sentence),
            speaker=self.actor(s.speaker),
            addressee=self.actor(s.addressee),
        )

    def event(self, e: Event) -> Event:
        return replace(
            e,
            trigger=self.span(e.trigger, e.start, e.end),
            sentence=self.find(e.sentence),
            source=self.actor(e.source),
            target=self.actor(e.target),
        )

    def claim(self, c: Claim) -> Claim:
        actor = self.actor(c.actor)
        return replace(c, sentence=self.find(c.sentence), actor=actor or c.actor)
