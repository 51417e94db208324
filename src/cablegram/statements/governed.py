"""Quote rules by the parse's governor, and quotes inside quotes.

- ``open_verb_quote`` (stage ``quote``, after the rules of ``statements.quoted``): any verb off
  the stop-list with a person, group or organisation as subject, in whose clause the quote
  stands ('likened the rules to "burning the Constitution"', 'Reid has gone after Trump as a
  "con artist"'): a mixed statement. Not: words borrowed after a quantifier ('rejected any
  "need"'), words held or displayed ("wore a shirt reading 'Vote'").
- ``nested_quote`` (stage ``nested``, run on each direct statement): a quote inside a quote
  belongs to its own speaker, unless that speech is only imagined ("Maybe I can say, '...'").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from cablegram.actors.base import first_person
from cablegram.records import Actor
from cablegram.statements.clauses import unrealised
from cablegram.statements.context import Context, Found
from cablegram.statements.cues import core_cue, open_cue
from cablegram.statements.quoted import scare_quote
from cablegram.statements.quotes import Quote, find_quotes
from cablegram.statements.registry import Attribution, rule
from cablegram.statements.speakers import is_agent, speaker_from, subject_of

# Verbs that hold or display words without anyone saying them ("wore a shirt reading",
# "named the boat 'Liberty'"); the open-class quote rule never takes them as cues.
_NOT_SAYING_A_QUOTE = frozenset(
    [
        "wear",
        "carry",
        "hold",
        "name",
        "title",
        "entitle",
        "print",
        "paint",
        "display",
        "read",
        "watch",
        "hear",
        "sign",
        "post",
        "share",
        "air",
        "broadcast",
        "play",
        "publish",
        "host",
    ]
)


@rule("open_verb_quote", "quote")
def open_verb_quote(ctx: Context, number: int, previous: Found | None) -> Attribution | None:
    """A quotation in the clause of any verb off the stop-list whose subject is certainly a
    person, group or organisation ('Tribe likened the rules to "burning the Constitution"',
    'Reid has gone after Trump as a "con artist"'): a mixed statement of that subject."""
    q = ctx.quotes[number]
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or scare_quote(ctx, q) or _borrowed(ctx, q):
        return None
    verb = _governing_verb(ctx, span.root)
    if verb is None or open_cue(verb, ctx.cues) is None or unrealised(verb):
        return None
    if verb.lemma_.lower() in _NOT_SAYING_A_QUOTE:
        return None
    subject = subject_of(verb)
    if subject is None or not is_agent(ctx, subject) or subject.ent_type_ == "GPE":
        return None
    speaker, usable = speaker_from(ctx, subject, verb)
    if not usable or speaker is None:
        return None
    return Attribution(verb, verb.text, speaker, kind="mixed")


def _governing_verb(ctx: Context, root: Token) -> Token | None:
    """The first verb outside the quotation above its root, climbing only through the noun
    phrases and prepositions of one clause (never out of a relative or adverbial clause)."""
    node = root
    for _ in range(6):
        if node.head.i == node.i:
            return None
        if ctx.in_quote(node) < 0 and node.dep_ in ("relcl", "advcl", "acl", "csubj"):
            return None
        node = node.head
        if ctx.in_quote(node) >= 0:
            continue
        if node.pos_ == "VERB":
            subjectless = not any(c.dep_.startswith("nsubj") for c in node.children)
            if subjectless and node.dep_ in ("xcomp", "pcomp") and node.tag_ in ("VB", "VBG"):
                continue  # "lauded X for helping develop '...'": the finite verb above
            return node
        if node.pos_ not in ("NOUN", "PROPN", "ADP", "ADJ", "PRON", "NUM", "PART"):
            return None
    return None


_QUANTIFIERS = frozenset(["any", "no", "some", "such", "every", "much", "more", "less", "this"])


def _borrowed(ctx: Context, q: Quote) -> bool:
    """A word or two borrowed after a quantifier ('rejected any "need"', 'no "deal"')."""
    words = ctx.text[q.start : q.end].split()
    before = ctx.text[max(0, q.open_mark - 10) : q.open_mark].split()
    return len(words) <= 2 and bool(before) and before[-1].lower() in _QUANTIFIERS


def _inner_quotes(ctx: Context, outer: Found) -> list[tuple[int, int]]:
    """(start, end) of the quotations inside a direct statement's parts."""
    inner: list[tuple[int, int]] = []
    for lo, hi in outer.spans:
        for q in find_quotes(ctx.text[lo:hi]):
            inner.append((lo + q.start, lo + q.end))
    return inner


@rule("nested_quote", "nested")
def nested_quote(ctx: Context, outer: Found) -> Iterable[Found]:
    """A quote inside a quote belongs to its own speaker: the subject of a speech verb inside
    the outer quote ("'He told me, "never again,"' she said"); "I" and "we" are the outer
    speaker."""
    if outer.kind != "direct" or outer.speaker is None:
        return
    for start, end in _inner_quotes(ctx, outer):
        before = [t for t in ctx.tokens_in(outer.start, start) if t.sent.start_char <= start]
        sentence_start = ctx.doc.char_span(start, end, alignment_mode="expand")
        if sentence_start is None:
            continue
        sent = sentence_start[0].sent
        cues = [t for t in before if t.idx >= sent.start_char and core_cue(t, ctx.cues)]
        if not cues or unrealised(cues[-1]):
            continue
        verb = cues[-1]
        if _imagined(ctx, verb):
            continue
        subject = subject_of(verb)
        if subject is None:
            continue
        if first_person(subject):
            speaker: Actor | None = outer.speaker
        else:
            speaker, usable = speaker_from(ctx, subject, verb)
            if not usable:
                continue
        while end > start and ctx.text[end - 1] in ",;:":
            end -= 1
        yield Found("direct", start, end, verb, core_cue(verb, ctx.cues), speaker, "nested_quote")


def _imagined(ctx: Context, verb: Token) -> bool:
    """Speech a speaker imagines rather than reports ("Maybe I can say, 'Look ...'", "they
    thought Obama saying 'go vote' would do it"): an ability modal, or a verb of thinking above."""
    if any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children):
        return True
    head = verb.head
    for _ in range(3):
        if head.lemma_.lower() in ctx.cues.not_speech and head.pos_ == "VERB":
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


__all__ = ["nested_quote", "open_verb_quote"]
