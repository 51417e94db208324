"""Press-release layout: a paragraph that announces a statement with a colon, followed by the
statement itself as unquoted paragraphs.

- ``statement_follows``: "Senator Vance issued the following statement:", "The ministry said in
  a statement:", "Chair Alvarez said:" ending a paragraph, then paragraphs without quotation
  marks: one direct statement of the announcing clause's speaker, a part (span) per paragraph.
  The statement ends before a paragraph with a quotation mark, a short line ("###", a heading),
  a boilerplate opener ("About ...", "Contact ..."), or after six paragraphs.

A quotation after such a colon is the quote rule ``colon_intro``'s, not this one's.

- ``headline_colon``: a headline "Sanders: Clinton needs to focus on the issues", "Poll: Voters
  split on tariffs": the name (one to four proper nouns, or a document noun such as "Poll")
  before the colon says what follows. Section labels ("The Latest:", "Analysis:") are not
  names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from cablegram.statements.clauses import unrealised
from cablegram.statements.context import QUOTE_CHARS, Context, Found
from cablegram.statements.cues import core_cue
from cablegram.statements.layout import NOT_LABELS
from cablegram.statements.registry import rule
from cablegram.statements.speakers import speaker_from, speaker_of

_PARAGRAPH = re.compile(r"[^\n]+")
_BOILERPLATE = re.compile(r"^\s*(about|contact|for more|media|press contact|###|-30-)\b", re.I)
_MAX_PARAGRAPHS = 6
_MIN_PARAGRAPH = 40


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _announcing_verb(ctx: Context, lo: int, colon: int) -> Token | None:
    """The speech verb of the clause ending in the colon ("issued the following statement",
    "said in a statement", "said"): a core cue, or a verb whose object is a statement noun."""
    tokens = [t for t in ctx.tokens_in(lo, colon) if ctx.in_quote(t) < 0]
    for token in reversed(tokens):
        if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound", "aux"):
            continue  # "the following statement": a modifier, not the clause's verb
        objects = [c for c in token.children if c.dep_ == "dobj"]
        stated = any(o.lemma_.lower() in ctx.cues.document_nouns for o in objects)
        if core_cue(token, ctx.cues) is not None or stated:
            return token
        return None  # the last verb of the clause is not speech: no announcement
    return None


@rule("statement_follows", "layout")
def statement_follows(ctx: Context) -> Iterable[Found]:
    """Paragraphs of unquoted text after "X issued the following statement:"."""
    text = ctx.text
    paragraphs = _paragraphs(text)
    for k, (lo, hi) in enumerate(paragraphs[:-1]):
        intro = text[lo:hi].rstrip()
        if not intro.endswith(":") or len(intro) > 300:
            continue
        colon = lo + len(intro) - 1
        verb = _announcing_verb(ctx, lo, colon)
        if verb is None or unrealised(verb):
            continue
        speaker, usable = speaker_of(ctx, verb)
        if not usable or speaker is None:
            continue
        parts: list[tuple[int, int]] = []
        for start, end in paragraphs[k + 1 : k + 1 + _MAX_PARAGRAPHS]:
            body = text[start:end]
            if any(c in body for c in QUOTE_CHARS if c not in "'’"):
                break
            if len(body.strip()) < _MIN_PARAGRAPH or _BOILERPLATE.match(body):
                break
            if body.rstrip().endswith(":"):
                break
            parts.append((start, len(body.rstrip()) + start))
        if not parts:
            continue
        yield Found(
            kind="direct",
            start=parts[0][0],
            end=parts[0][1],
            cue=verb,
            cue_text=core_cue(verb, ctx.cues) or verb.text,
            speaker=speaker,
            rule="statement_follows",
            more=parts[1:],
        )


_HEADLINE = re.compile(r"^[ \t]*(?P<label>[^\n:]{2,40}):[ \t]+(?P<body>[^\n]{10,})$", re.M)
_FUNCTION_WORDS = frozenset(
    ["the", "a", "an", "of", "on", "in", "over", "for", "to", "and", "at", "by", "with", "from"]
)
_SECTION_LABELS = frozenset(["analysis", "opinion", "editorial", "explainer", "factbox", "latest"])


@rule("headline_colon", "layout")
def headline_colon(ctx: Context) -> Iterable[Found]:
    """The document's first line "Name: what they said"."""
    m = _HEADLINE.match(ctx.text)
    if m is None:
        return
    tokens = [t for t in ctx.tokens_in(m.start("label"), m.end("label")) if not t.is_punct]
    if not tokens or len(tokens) > 4:
        return
    words = {t.lower_ for t in tokens}
    if words & (NOT_LABELS | _SECTION_LABELS):
        return
    head = tokens[-1]
    document = len(tokens) == 1 and head.lower_ in ctx.cues.document_sources
    rest = ctx.text[m.end() :]
    named = (
        all(t.text[:1].isupper() and t.lower_ not in _FUNCTION_WORDS for t in tokens)
        and re.search(rf"\b{re.escape(head.text)}\b", rest) is not None
    )
    if not document and not named:
        return  # a name must be a name the article goes on to use ("Stealth Over Health")
    if len(head.text) < 3 or f"{m.group('label').strip()}:" in rest:
        return  # "Q:", or a transcript whose turns carry the same label
    speaker, usable = speaker_from(ctx, head)
    if not usable or speaker is None or (speaker.kind == "document") != document:
        return
    end = m.end("body")
    while end > m.start("body") and ctx.text[end - 1] in " .":
        end -= 1
    start = m.start("body")
    yield Found(
        kind="mixed" if ctx.quotes_within(start, end) else "indirect",
        start=start,
        end=end,
        cue=None,
        cue_text=":",
        speaker=speaker,
        rule="headline_colon",
        quotes=ctx.quotes_within(start, end),
    )


__all__ = ["headline_colon", "statement_follows"]
