"""Statements: direct quotes and reported speech, each with speaker, cue, addressee, offsets
and the name of the attribution rule that found it.

The finder runs the registered rules (``statements.registry``) stage by stage: layout rules
(interview turns), clause rules (reported speech from the parse, "according to"), then, for
each quote still unattributed, the quote rules in order. A quote attributed as the continuation
of the previous utterance ("'A,' he said. 'B.'", a paragraph reopening the quote) becomes a
further part (span) of that statement. One statement per stretch of text: a statement inside
another by the same speaker is dropped. The author's own voice, scare quotes and titles are not
statements.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from cablegram.actors.resolve import DocumentActors
from cablegram.records import PART_JOINER, Statement, stable_id

# Importing registers the rules; the order of import is the order rules run within a stage.
# isort: off
from cablegram.statements import (  # noqa: F401
    clauses,
    phrases,
    layout,
    objects,
    passives,
    demand_clauses,
    made_clear,
    carried,
    quoted,
    governed,
    releases,
)

# isort: on
from cablegram.statements.context import Context, Found
from cablegram.statements.cues import Cues, load_cues
from cablegram.statements.cuts import cut_at_inner_reports, released_quote, same_speaker
from cablegram.statements.registry import REGISTRY, STAGES, Attribution, rules


class StatementFinder:
    """Finds the statements of one parsed document."""

    def __init__(self, parsed: Doc, actors: DocumentActors, cues: Cues | None = None) -> None:
        self.ctx = Context(parsed, actors, cues)

    def found(self) -> list[Found]:
        """Every statement before it becomes a record, in text order."""
        ctx = self.ctx
        found: list[Found] = []
        for r in rules("layout"):
            found.extend(r.func(ctx))
        reported: list[Found] = []
        for r in rules("clause"):
            reported.extend(f for f in r.func(ctx) if not _in_question(ctx, f))
        found.extend(reported)
        found.extend(self._quotations(found))
        for r in rules("nested"):
            found.extend(inner for outer in list(found) for inner in r.func(ctx, outer))
        cut_at_inner_reports(ctx, found)
        kept = _drop_nested(found)
        kept.sort(key=lambda f: (f.start, f.end))
        return kept

    def _quotations(self, earlier: list[Found]) -> list[Found]:
        ctx = self.ctx
        covered = {n for f in earlier for n in f.quotes} | ctx.claimed_quotes
        # A quotation inside speech already reported ('tweeted that Machado was "disgusting"
        # and "a con"') is part of that statement, not one of its own, unless it carries its
        # own attribution (``released_quote``).
        inside: dict[int, Found] = {}
        for f in earlier:
            for lo, hi in f.spans:
                for n in ctx.quotes_within(lo, hi):
                    if lo <= ctx.quotes[n].open_mark and ctx.quotes[n].close_mark < hi + 1:
                        covered.add(n)
                        if f.kind != "direct" and not f.more:
                            inside.setdefault(n, f)
        quote_rules = rules("quote")
        found: list[Found] = []
        # Statements by their cue: quotes one verb governs are parts of one utterance ('called
        # Trump a "liar," a "bully" and a "narcissist"').
        by_cue = {f.cue.i: f for f in earlier if f.cue is not None and not ctx.is_silenced(f.start)}
        previous: Found | None = None
        for number, q in enumerate(ctx.quotes):
            if number in covered:
                owner_report = inside.get(number)
                if owner_report is None or not released_quote(
                    ctx, owner_report, number, quote_rules, previous, by_cue
                ):
                    previous = None
                    continue
            if quoted.skip_quote(ctx, q):
                continue
            attribution: Attribution | None = None
            name = ""
            for r in quote_rules:
                attribution = r.func(ctx, number, previous)
                if attribution is not None:
                    name = r.name
                    break
            if attribution is None or (attribution.cue is None and attribution.cue_text is None):
                continue  # unattributed, or its only cue is negated ("did not say 'never'")
            start, end = q.start, q.end
            while end > start and ctx.text[end - 1] in ",;:":
                end -= 1
            if attribution.continues and previous is not None:
                previous.more.append((start, end))
                previous.quotes.append(number)
                continue
            owner = by_cue.get(attribution.cue.i) if attribution.cue is not None else None
            if owner is not None and owner.last_end <= start and start - owner.last_end < 200:
                owner.more.append((start, end))
                owner.quotes.append(number)
                continue
            current = Found(
                kind=attribution.kind,
                start=start,
                end=end,
                cue=attribution.cue,
                cue_text=attribution.cue_text,
                speaker=attribution.speaker,
                rule=name,
                addressee=attribution.addressee,
                quotes=[number],
            )
            found.append(current)
            if current.cue is not None:
                by_cue.setdefault(current.cue.i, current)
            previous = current if current.kind == "direct" else None
        return found

    def statements(self, doc_id: str) -> list[Statement]:
        records = []
        for f in self.found():
            spans = without_dateline(self.ctx.text, list(f.spans))
            text = PART_JOINER.join(self.ctx.text[s:e] for s, e in spans)
            end = f.last_end
            records.append(
                Statement(
                    doc_id=doc_id,
                    statement_id=stable_id(doc_id, spans[0][0], end),
                    kind=f.kind,
                    text=text,
                    start=spans[0][0],
                    end=end,
                    sentence=self.ctx.sentence_of(f.start, end, f.cue),
                    speaker=f.speaker,
                    cue=f.cue_text,
                    addressee=f.addressee,
                    spans=tuple(spans),
                    rule=f.rule,
                )
            )
        return records


def _in_question(ctx: Context, f: Found) -> bool:
    """Reported speech asked about, not reported ("Did he say that ...?")."""
    if f.cue is None or ctx.in_quote(f.cue) >= 0:
        return False
    sentence = f.cue.sent
    return sentence.text.rstrip().endswith("?") and any(
        t.lower_ in ("did", "does", "do", "has", "have", "will", "would", "could")
        and t.i < f.cue.i
        and t.dep_ == "aux"
        and t.head.i == f.cue.i
        and t.i < min((s.i for s in f.cue.children if s.dep_ == "nsubj"), default=t.i + 1)
        for t in sentence
    )


# A dateline opening a paragraph: "ISLAMABAD --", "BERLIN, March 15 (Reuters) -", "(AP) —".
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’ ]{1,40}[A-Z.](?:\s*,\s*[A-Z][a-z]{2,9}\.?(?:\s+\d{1,2})?)?\s*)?"
    r"(?:\([A-Z][\w&. ]{1,30}\)\s*)?(?:--|[-–—])\s+(?=\S)"
)

# What may stand before the cut on its line: nothing, or the dateline's place in capitals.
_PLACE = re.compile(r"(?:[A-Z][A-Z.'’ ]{1,40}[A-Z.]\s*)?")


def without_dateline(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts with a dateline cut from the start of the first, when the statement
    begins a paragraph with one ("(Reuters) - Turkey is working to ...")."""
    start, end = spans[0]
    line_start = text.rfind("\n", 0, start) + 1
    if not _PLACE.fullmatch(text, line_start, start):
        return spans  # mid-paragraph: not a dateline
    m = _DATELINE.match(text, start, end)
    if m is None or m.end() == start or not text[start : m.end()].strip(" -–—"):
        return spans
    return [(m.end(), end), *spans[1:]]


def _drop_nested(found: list[Found], *, prune: bool = True) -> list[Found]:
    """One statement per stretch of text: drop one that lies inside another of the same
    speaker (a quote inside a quote, or speech reported inside an answer, keeps its own).

    Only kept statements still open at a statement's start can hold it, so each is checked
    against those alone: time grows with the number of statements, not with its square.
    ``prune=False`` checks against every kept one (the slow pass, for tests to compare).
    """
    kept: list[Found] = []
    open_: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.last_end - f.start))):
        if prune:
            open_ = [k for k in open_ if k.last_end >= f.start]
        if f.rule == "nested_quote":
            # A quote inside a quote is its own statement, even when the outer speaker made it.
            if any((k.start, k.last_end) == (f.start, f.last_end) for k in open_):
                continue
        elif any(
            k.start <= f.start
            and f.last_end <= k.last_end
            and (same_speaker(k, f) or set(f.quotes) & set(k.quotes) or k.rule != "transcript_turn")
            for k in open_
        ):
            continue
        kept.append(f)
        open_.append(f)
    return kept


def extract_statements(parsed: Doc, actors: DocumentActors, doc_id: str) -> list[Statement]:
    """Every statement of a parsed document, in text order."""
    return StatementFinder(parsed, actors).statements(doc_id)


def rule_names() -> list[str]:
    """The names of the registered attribution rules, stage by stage."""
    return [r.name for stage in STAGES for r in REGISTRY.values() if r.stage == stage]


__all__ = ["Cues", "StatementFinder", "extract_statements", "load_cues", "rule_names"]
