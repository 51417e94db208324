"""The look-ups that keep a long document's annotation linear give what a pass over
everything gave: statements holding a span, quotes overlapping a span, nested statements
dropped, the entity a token is in."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from cablegram import nlp
from cablegram.events.modality import StatementSpans, statement_at
from cablegram.events.tree import entity_span
from cablegram.records import Statement
from cablegram.statements.context import Context, Found
from cablegram.statements.extract import _drop_nested


def _spans(rng: random.Random, n: int, width: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        start = rng.randrange(0, 2000)
        out.append((start, start + rng.randint(1, width)))
    return out


@pytest.mark.parametrize("seed", range(5))
def test_statement_at_finds_the_narrowest_holding_statement(seed: int) -> None:
    rng = random.Random(seed)
    statements = [
        Statement(
            doc_id="d", statement_id=str(i), kind="direct", text="x", start=a, end=b, sentence="x"
        )
        for i, (a, b) in enumerate(_spans(rng, 120, rng.choice((5, 60, 900))))
    ]
    spans = StatementSpans(statements)
    assert list(spans) == statements and len(spans) == len(statements)
    for start, end in _spans(rng, 300, 30):
        holding = [s for s in statements if s.start <= start and end <= s.end]
        expected = min(holding, key=lambda s: s.end - s.start) if holding else None
        assert statement_at(start, end, spans) is expected
        assert statement_at(start, end, statements) is expected


@pytest.mark.parametrize("seed", range(5))
def test_quotes_within_lists_the_overlapping_quotes_in_order(seed: int) -> None:
    rng = random.Random(seed)
    quotes = [SimpleNamespace(start=a, end=b) for a, b in _spans(rng, 80, 200)]
    ctx = Context.__new__(Context)
    ctx.quotes = quotes  # type: ignore[assignment]
    ctx._quote_order = sorted(range(len(quotes)), key=lambda n: quotes[n].start)
    ctx._quote_starts = [quotes[n].start for n in ctx._quote_order]
    ctx._longest_quote = max(q.end - q.start for q in quotes)
    for start, end in _spans(rng, 200, 100):
        expected = [n for n, q in enumerate(quotes) if q.start < end and q.end > start]
        assert ctx.quotes_within(start, end) == expected


@pytest.mark.parametrize("seed", range(8))
def test_drop_nested_keeps_what_the_pass_over_all_kept(seed: int) -> None:
    rng = random.Random(seed)
    found = []
    for a, b in _spans(rng, 150, 120):
        more = [(b + 5, b + rng.randint(6, 80))] if rng.random() < 0.2 else []
        found.append(
            Found(
                kind="direct",
                start=a,
                end=b,
                cue=None,
                cue_text=None,
                speaker=None,
                rule=rng.choice(("transcript_turn", "nested_quote", "quote_said")),
                quotes=[rng.randrange(10)] if rng.random() < 0.5 else [],
                more=more,
            )
        )
    assert _drop_nested(found) == _drop_nested(found, prune=False)


def test_entity_span_is_the_entity_the_token_is_in() -> None:
    parsed = nlp.load()(
        "Talks between Ivory Coast and the United Nations Security Council resumed in "
        "New York City on Monday, Angela Merkel told the German Bundestag in Berlin."
    )
    assert len(parsed.ents) >= 4
    for token in parsed:
        ent = next((e for e in parsed.ents if e.start <= token.i < e.end), None)
        expected = (ent.start, ent.end) if ent is not None else (token.i, token.i + 1)
        span = entity_span(token)
        assert (span.start, span.end) == expected
