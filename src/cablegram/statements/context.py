"""What every attribution rule reads: the parsed document, its quotes and its actors.

``Context`` holds one document's parse, quote spans and actor resolver, with the helpers the
rules share: which quote holds a character, the attribution windows before and after a quote,
trimming a content span, and ``Found``, a statement before it becomes a record.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from cablegram.actors.resolve import DocumentActors
from cablegram.records import Actor, StatementKind
from cablegram.statements.cues import Cues, load_cues
from cablegram.statements.quotes import Quote, quotes_of

# Titles written before a name, as the tokenizer leaves them (without the full stop): "Gen.",
# "Cmdr.", "Sen."; also read by the event coder (a title cut off from its name is no actor).
NAME_TITLES = frozenset(
    {"capt", "cmdr", "cdr", "lt", "gen", "col", "maj", "brig", "sgt", "adm", "cpl", "pvt",
     "gov", "sen", "rep", "dr", "mr", "mrs", "ms", "prof", "rev", "amb", "lieut", "cmdt"}
)  # fmt: skip
# Abbreviations whose full stop ends no sentence: the titles and a few common others.
_ABBREVIATIONS = NAME_TITLES | frozenset(
    {"st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "univ"}
)
QUOTE_CHARS = "\"“”„«»‘’'"
_TRIM = " \t\n,;:—–-" + QUOTE_CHARS
_MARKS = frozenset(QUOTE_CHARS)


@dataclass(slots=True)
class Found:
    """A statement before it becomes a record: its parts (character spans), how it was found
    (``rule``, a registry name) and who said it."""

    kind: StatementKind
    start: int
    end: int
    cue: Token | None
    cue_text: str | None
    speaker: Actor | None
    rule: str
    addressee: Actor | None = None
    quotes: list[int] = field(default_factory=list)
    # Further parts of the same utterance ("'A,' he said. 'B.'"): [start, end) spans after the
    # first one, in text order.
    more: list[tuple[int, int]] = field(default_factory=list)

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(self.start, self.end), *self.more]

    @property
    def last_end(self) -> int:
        return self.more[-1][1] if self.more else self.end


class Context:
    """One document as the rules see it."""

    def __init__(self, parsed: Doc, actors: DocumentActors, cues: Cues | None = None) -> None:
        self.doc = parsed
        self.text = parsed.text
        self.actors = actors
        self.cues = cues or load_cues()
        self.quotes = quotes_of(parsed)
        # Quotes by start offset, for quotes_within (a look-up, not a pass over them all).
        self._quote_order = sorted(range(len(self.quotes)), key=lambda n: self.quotes[n].start)
        self._quote_starts = [self.quotes[n].start for n in self._quote_order]
        self._longest_quote = max((q.end - q.start for q in self.quotes), default=0)
        self.quote_of_char = self._index_quotes()
        # Who issued which document ("said in a statement"): (offset, noun, issuer).
        self.issued: list[tuple[int, str, Actor]] = []
        # Quotes already attributed by a layout rule (transcript turns, press-release forms).
        self.claimed_quotes: set[int] = set()
        # Character spans no other rule may report from: interviewers' questions.
        self.silenced: list[tuple[int, int]] = []
        # Character spans spoken by a known speaker (transcript answers): [start, end, actor].
        self.voices: list[tuple[int, int, Actor]] = []

    def _index_quotes(self) -> array[int]:
        # One small integer per character: which quote (if any) holds it.
        index = array("i", [-1]) * (len(self.text) + 1)
        for number, q in enumerate(self.quotes):
            index[q.open_mark : q.close_mark + 1] = array("i", [number]) * (
                q.close_mark + 1 - q.open_mark
            )
        return index

    def in_quote(self, token: Token) -> int:
        """The number of the quote holding the token, or -1."""
        return self.quote_of_char[token.idx]

    def voice_at(self, token: Token) -> Actor | None:
        """Who "I" (or "me", "my") is outside quotation marks: the labelled speaker of the
        transcript answer holding the token; None elsewhere (the author's own voice)."""
        if token.lower_ not in ("i", "me", "my", "myself"):
            return None
        for lo, hi, actor in self.voices:
            if lo <= token.idx < hi:
                return actor
        return None

    def person_by_surname(self, token: Token) -> Actor | None:
        """A capitalised word the tagger read as a common noun ('"...," Price said') that is
        the surname of a person the document names in full; None otherwise."""
        if not token.text.istitle():
            return None
        person = self.actors.by_surname.get(token.lower_)
        if person is None or person.kind != "person" or len(person.name.split()) < 2:
            return None
        return person.actor(*self.actors.where(token.idx, token.idx + len(token.text)))

    def is_silenced(self, start: int) -> bool:
        return any(lo <= start < hi for lo, hi in self.silenced)

    # --- windows and spans --------------------------------------------------------------------

    def is_sentence_end(self, j: int) -> bool:
        text = self.text
        if text[j] not in ".!?…":
            return False
        after = text[j + 1] if j + 1 < len(text) else " "
        if not (after.isspace() or after in QUOTE_CHARS):
            return False
        if text[j] == ".":
            k = j
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            word = text[k:j].lower()
            if len(word) == 1 or word in _ABBREVIATIONS:
                return False
        return True

    def window_after(self, q: Quote) -> tuple[int, int]:
        """Characters after the quote's closing mark up to the sentence's end or the next quote."""
        j = q.close_mark + 1
        # A quotation ending its own sentence with a full stop is attributed before it or not at
        # all, unless a lower-case word carries the sentence on ("... .” he said" is rare).
        rest = self.text[j:].lstrip()
        if self.text[q.start : q.end].rstrip().endswith(".") and not rest[:1].islower():
            return j, j
        while j < len(self.text):
            if self.text[j] == "\n" or self.quote_of_char[j] >= 0 or self.is_sentence_end(j):
                break
            j += 1
        return q.close_mark + 1, j

    def window_before(self, q: Quote) -> tuple[int, int]:
        """Characters from the sentence's start (or the previous quote) to the opening mark."""
        j = q.open_mark - 1
        while j >= 0:
            if self.text[j] == "\n" or self.quote_of_char[j] >= 0 or self.is_sentence_end(j):
                break
            j -= 1
        return j + 1, q.open_mark

    def starts_sentence(self, q: Quote) -> bool:
        start, _ = self.window_before(q)
        return not self.text[start : q.open_mark].strip()

    def starts_paragraph(self, q: Quote) -> bool:
        line_start = self.text.rfind("\n", 0, q.open_mark) + 1
        return not self.text[line_start : q.open_mark].strip()

    def quote_root(self, q: Quote) -> Token | None:
        """The parse root of a quotation's words, or None when they make no span."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        return span.root if span is not None else None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        if end <= start:
            return []
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        return [t for t in span if start <= t.idx < end]

    def trimmed(self, span: Span) -> tuple[int, int] | None:
        """A content span without "that", edge punctuation or a dangling quotation mark."""
        start, end = span.start_char, span.end_char
        text = self.text
        words = text[start:end].split(maxsplit=1)
        if words and words[0].lower() in ("that", "whether") and len(words) > 1:
            start = text.index(words[1], start)
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM + ".":
            end -= 1
        # Keep the closing mark of a quotation opened inside the span, and the stop before it
        # ('was "stronger than ever."').
        inside = text[start:end]
        if inside.count("“") > inside.count("”") or inside.count('"') % 2:
            close = next((j for j in range(end, min(end + 3, len(text))) if text[j] in '”"'), -1)
            if close >= 0:
                end = close + 1
        if (
            start < end
            and text[start] in '“"'
            and not any(c in text[start + 1 : end] for c in '”"')
        ):
            start += 1
        # Keep the opening mark of a quotation that closes inside the span ('saying that
        # "race still matters" in America'): the text never holds half a pair.
        inside = text[start:end]
        mark = text[start - 1] if start > 0 else ""
        if (mark == "“" and inside.count("”") > inside.count("“")) or (
            mark == '"' and inside.count('"') % 2
        ):
            start -= 1
        return (start, end) if end - start >= 2 else None

    def quotes_within(self, start: int, end: int) -> list[int]:
        """The numbers of the quotes overlapping [start, end), in text order; reads only the
        quotes starting near the span, so a long document costs no more per call."""
        lo = bisect.bisect_left(self._quote_starts, start - self._longest_quote)
        hi = bisect.bisect_left(self._quote_starts, end)
        quotes = self.quotes
        return sorted(
            n for n in self._quote_order[lo:hi] if quotes[n].start < end and quotes[n].end > start
        )

    def sentence_of(self, start: int, end: int, cue: Token | None) -> str:
        """The sentence (or sentences) holding a statement and its cue."""
        lo, hi = start, end
        if cue is not None:
            lo, hi = min(lo, cue.idx), max(hi, cue.idx + len(cue.text))
        span = self.doc.char_span(lo, max(hi, lo + 1), alignment_mode="expand")
        if span is None or not len(span):
            return self.text[lo:hi]
        first, last = span[0].sent, span[-1].sent
        return self.text[first.start_char : last.end_char].strip()


def across_quote(a: Token, b: Token) -> bool:
    """A quotation mark stands between the two tokens: one is inside a quote the other is
    outside of ('"Probably not," Ms. Moore said': the "not" is the quote's, not the verb's)."""
    lo, hi = sorted((a.i, b.i))
    marks = sum(1 for t in a.doc[lo + 1 : hi] if t.text.strip() and set(t.text) <= _MARKS)
    return marks % 2 == 1  # a whole quotation between them leaves both on the same side


__all__ = ["QUOTE_CHARS", "Context", "Found", "across_quote"]
