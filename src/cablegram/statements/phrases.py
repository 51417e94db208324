"""Phrase cues: attributions carried by a phrase or a noun rather than a speech verb.

- ``according_to``: "according to X", at either edge of the clause it modifies; when the
  parser loses the phrase ("According" as the root), read from the surface at the sentence's
  start or end.
- ``as_put_it``: "..., as a Homeland Security memo put it", "as he put it, '...'": the clause
  the phrase modifies, spoken (or written) by the phrase's subject.
- ``nominal_cue``: "released a statement saying ...", "in a statement, ... ": a speech noun
  whose verb ("saying", "that ...") carries the content, spoken by the noun's issuer.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from cablegram.statements.clauses import unrealised
from cablegram.statements.context import Context, Found
from cablegram.statements.cues import lexicon_cue
from cablegram.statements.registry import rule
from cablegram.statements.speakers import speaker_from, speaker_of


@rule("according_to", "clause")
def according_to(ctx: Context) -> Iterable[Found]:
    """ "according to X": the clause on the side of the phrase that holds its head."""
    for phrase in ctx.cues.attribution_phrases:
        first, *rest = phrase
        for token in ctx.doc:
            if token.lower_ != first or token.i + len(rest) >= len(ctx.doc):
                continue
            if [t.lower_ for t in ctx.doc[token.i + 1 : token.i + 1 + len(rest)]] != rest:
                continue
            last = ctx.doc[token.i + len(rest)]
            objects = [c for c in last.children if c.dep_ == "pobj"]
            clause = token.head
            inner = {t.i for t in token.subtree} | {t.i for t in last.subtree}
            outer = [t.i for t in clause.subtree if t.i not in inner]
            if not objects or not outer or clause.i == token.i:
                # The parser lost the phrase ("According" as the root, "show insiders" as a
                # verb): read it from the surface, at the sentence's start or end.
                surface = _according_by_surface(ctx, token, last)
                if surface is None:
                    continue
                source, lo, hi = surface
            else:
                if _conduit(ctx, clause):
                    continue  # '"...," Lopes said, according to the Lusa agency': hers
                source = objects[0]
                lo = hi = clause.i if clause.i in outer else outer[0]
                while lo - 1 in outer:
                    lo -= 1
                while hi + 1 in outer:
                    hi += 1
            speaker, _ = speaker_from(ctx, source)
            span = ctx.trimmed(ctx.doc[lo : hi + 1])
            if span is None:
                continue
            quotes = ctx.quotes_within(*span)
            yield Found(
                kind="mixed" if quotes else "indirect",
                start=span[0],
                end=span[1],
                cue=token,
                cue_text=" ".join(phrase),
                speaker=speaker,
                rule="according_to",
                quotes=quotes,
            )


@rule("as_put_it", "clause")
def as_put_it(ctx: Context) -> Iterable[Found]:
    """ "as X put it": the clause the phrase modifies, on the side that holds its head."""
    for verb in ctx.doc:
        if verb.lemma_.lower() != "put" or verb.pos_ != "VERB" or unrealised(verb):
            continue
        children = list(verb.children)
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in children):
            continue
        subjects = [c for c in children if c.dep_ == "nsubj"]
        clause = verb.head
        if not subjects or clause.i == verb.i or ctx.in_quote(verb) >= 0:
            continue
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head  # "The deal, as he put it, was ...": hung on the subject
        inner = {t.i for t in verb.subtree}
        outer = [t.i for t in clause.subtree if t.i not in inner]
        if not outer:
            continue
        speaker, usable = speaker_from(ctx, subjects[0], verb)
        if not usable or speaker is None:
            continue
        if min(outer) < min(inner) and max(inner) < max(outer):
            # "The deal, as the minister put it, was '...'": the clause on both sides.
            parts = [
                ctx.trimmed(ctx.doc[min(outer) : min(inner)]),
                ctx.trimmed(ctx.doc[max(inner) + 1 : max(outer) + 1]),
            ]
        else:
            lo = hi = clause.i if clause.i in outer else outer[0]
            while lo - 1 in outer:
                lo -= 1
            while hi + 1 in outer:
                hi += 1
            parts = [ctx.trimmed(ctx.doc[lo : hi + 1])]
        spans = [p for p in parts if p is not None]
        if not spans:
            continue
        quotes = [n for lo_, hi_ in spans for n in ctx.quotes_within(lo_, hi_)]
        yield Found(
            kind="mixed" if quotes else "indirect",
            start=spans[0][0],
            end=spans[0][1],
            cue=verb,
            cue_text="put it",
            speaker=speaker,
            rule="as_put_it",
            quotes=quotes,
            more=spans[1:],
        )


def _according_by_surface(ctx: Context, token: Token, last: Token) -> tuple[Token, int, int] | None:
    """(source head, first, last token of the content) for "According to X, ..." opening a
    sentence or "..., according to X." closing one; None for any other placement."""
    sent = token.sent
    words = [t for t in sent if not t.is_space]
    opening = words and words[0].i == token.i
    if opening:
        comma = next((t.i for t in sent if t.i > last.i and t.text == ","), None)
        if comma is None or comma - last.i > 8:
            return None
        source_tokens, lo, hi = ctx.doc[last.i + 1 : comma], comma + 1, words[-1].i
    elif token.i > sent.start and ctx.doc[token.i - 1].text == ",":
        end = words[-1].i if words[-1].is_punct else words[-1].i + 1
        if end - last.i > 8 or end <= last.i + 1:
            return None
        source_tokens, lo, hi = ctx.doc[last.i + 1 : end], sent.start, token.i - 2
    else:
        return None
    heads = [t for t in source_tokens if t.pos_ in ("NOUN", "PROPN")]
    if not heads or hi < lo:
        return None
    return heads[-1], lo, hi


# Verbs by which the subject issues the speech noun it governs ("released a statement",
# "made a promise", "gave a warning"); a subject that ignores, rejects or welcomes a ruling
# did not make it.
_ISSUING = frozenset(
    [
        "issue",
        "release",
        "make",
        "give",
        "publish",
        "send",
        "deliver",
        "post",
        "put",
        "offer",
        "file",
        "write",
        "tweet",
        "circulate",
        "present",
        "voice",
        "express",
        "repeat",
        "reiterate",
        "renew",
        "sound",
        "hand",
        "highlight",
        "stress",
        "emphasize",
        "emphasise",
        "underline",
        "outline",
        "revise",
        "update",
        "amend",
        "clarify",
    ]
)


def _issued(verb: Token, noun: Token) -> bool:
    """Whether the verb's subject issued the noun it governs: an issuing verb, and no other
    author named on the noun ("a ruling by the court", "the court's ruling")."""
    if verb.lemma_.lower() not in _ISSUING:
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ == "by") or (c.dep_ == "poss" and c.lower_ not in _OWN)
        for c in noun.children
    )


_OWN = frozenset(["his", "her", "its", "their", "our", "my", "your"])


@rule("nominal_cue", "clause")
def nominal_cue(ctx: Context) -> Iterable[Found]:
    """ "released a statement saying ...", "issued a warning that ...": the noun's issuer."""
    for noun in ctx.doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.cues.lexicon_nouns:
            continue
        if noun.dep_ not in ("dobj", "pobj") or ctx.in_quote(noun) >= 0:
            continue
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        if verb.pos_ != "VERB" or unrealised(verb):
            continue
        if noun.dep_ == "dobj" and not _issued(verb, noun):
            continue  # "ignored a ruling by the court that ...": someone else's words
        clause = next(
            (
                c
                for c in noun.children
                if (c.dep_ == "acl" and c.lemma_.lower() in ctx.cues.speech_verbs)
                or (
                    c.dep_ in ("acl", "relcl")
                    and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
                )
            ),
            None,
        )
        if clause is None:
            continue
        inner = (
            [c for c in clause.children if c.dep_ == "ccomp"]
            if clause.dep_ == "acl" and clause.lemma_.lower() in ctx.cues.speech_verbs
            else [clause]
        )
        if not inner:
            continue
        span = ctx.trimmed(
            ctx.doc[min(c.left_edge.i for c in inner) : max(c.right_edge.i for c in inner) + 1]
        )
        if span is None:
            continue
        speaker, usable = speaker_of(ctx, verb)
        if not usable or speaker is None:
            continue
        quotes = ctx.quotes_within(*span)
        yield Found(
            "mixed" if quotes else "indirect",
            span[0],
            span[1],
            noun,
            noun.text,
            speaker,
            "nominal_cue",
            None,
            quotes,
        )


def _conduit(ctx: Context, verb: Token) -> bool:
    """The clause is itself someone's speech: a cue verb with its own named speaker ("X
    said ..., according to Y"). Y only passes the words on; the statement is X's, found by
    the rules for X's cue."""
    if lexicon_cue(verb, ctx.cues) is None or unrealised(verb):
        return False
    speaker, usable = speaker_of(ctx, verb)
    return usable and speaker is not None


__all__ = ["according_to", "nominal_cue"]
