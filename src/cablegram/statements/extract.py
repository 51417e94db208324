"""Statements: direct quotes and reported speech, each with speaker, cue, addressee and offsets.

Two passes over a parsed document. The first finds reported speech from the dependency parse: a
speech verb ("say", "tell", "point out") with a subject and a clausal complement, a
parenthetical attribution ("..., Kerry told al-Thani, and ..."), or "according to X". The
second pairs quotation marks and attributes each quote that the first pass did not already
cover: a speech verb just before or after it, a clause introduced by a colon, a judging verb or
a possessed speech noun above it in the parse ("Kerry's plan is to '...'"), or, for a quote
with no attribution of its own, the speaker of the quote just before it. The author's own
voice (first person outside quotes) and unattributed scare quotes are not statements.
"""

from __future__ import annotations

import tomllib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from cablegram.actors.resolve import FIRST_PERSON, DocumentActors
from cablegram.records import Actor, Statement, StatementKind, stable_id
from cablegram.statements.quotes import Quote, quotes_of

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "sgt",
        "st",
        "jr",
        "sr",
        "prof",
        "rev",
        "adm",
        "capt",
        "maj",
        "cmdr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "univ",
    ]
)
_QUOTE_CHARS = "\"“”„«»‘’'"
_TRIM = " \t\n,;:—–-" + _QUOTE_CHARS
_TELL_LIKE = frozenset({"tell", "assure", "warn", "urge", "inform", "ask", "remind", "advise"})
# A speech verb used as a noun phrase ("the bargain would involve Bush admitting that ...")
# describes speech that may never happen; it is not a report of speech.
_NOMINAL_DEPS = frozenset({"pcomp", "pobj", "dobj", "csubj", "nsubj", "nsubjpass", "attr"})


@dataclass(frozen=True, slots=True)
class Cues:
    """The speech cue vocabulary (data/speech_cues.toml)."""

    speech_verbs: frozenset[str]
    direct_only: frozenset[str]
    phrasal: frozenset[tuple[str, str]]
    judging_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    attribution_phrases: tuple[tuple[str, ...], ...]
    document_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    raw = tomllib.loads(
        (resources.files("cablegram") / "data" / "speech_cues.toml").read_text(encoding="utf-8")
    )
    phrasal = frozenset(tuple(p.split(maxsplit=1)) for p in raw["phrasal_verbs"])
    return Cues(
        speech_verbs=frozenset(raw["speech_verbs"]),
        direct_only=frozenset(raw["direct_only_verbs"]),
        phrasal=frozenset((a, b) for a, b in phrasal),
        judging_verbs=frozenset(raw["judging_verbs"]),
        speech_nouns=frozenset(raw["speech_nouns"]),
        attribution_phrases=tuple(tuple(p.split()) for p in raw["attribution_phrases"]),
        document_nouns=frozenset(raw.get("document_nouns", ())),
    )


@dataclass(slots=True)
class _Found:
    """A statement before it becomes a record."""

    kind: StatementKind
    start: int
    end: int
    cue: Token | None
    cue_text: str | None
    speaker: Actor | None
    addressee: Actor | None = None
    quotes: list[int] = field(default_factory=list)


class StatementFinder:
    """Finds the statements of one parsed document."""

    def __init__(self, parsed: Doc, actors: DocumentActors, cues: Cues | None = None) -> None:
        self.doc = parsed
        self.text = parsed.text
        self.actors = actors
        self.cues = cues or load_cues()
        self.quotes = quotes_of(parsed)
        self._quote_of_char = self._index_quotes()
        # Who issued which document ("said in a statement"): (offset, noun, issuer).
        self._issued: list[tuple[int, str, Actor]] = []

    def _index_quotes(self) -> array[int]:
        # One small integer per character: which quote (if any) holds it.
        index = array("i", [-1]) * (len(self.text) + 1)
        for number, q in enumerate(self.quotes):
            index[q.open_mark : q.close_mark + 1] = array("i", [number]) * (
                q.close_mark + 1 - q.open_mark
            )
        return index

    def _in_quote(self, token: Token) -> int:
        return self._quote_of_char[token.idx]

    # --- cue words ------------------------------------------------------------------------

    def cue_phrase(self, token: Token) -> str | None:
        """The cue a verb token stands for ("said", "pointed out"), or None."""
        if token.pos_ not in ("VERB", "AUX"):
            return None
        lemma = token.lemma_.lower()
        for child in token.children:
            if child.dep_ == "prt" and (lemma, child.lower_) in self.cues.phrasal:
                return f"{token.text} {child.text}"
        if lemma in self.cues.speech_verbs:
            return token.text
        return None

    def _is_judging(self, token: Token) -> bool:
        return token.pos_ == "VERB" and token.lemma_.lower() in self.cues.judging_verbs

    # --- speakers ---------------------------------------------------------------------------

    def _subject(self, verb: Token) -> Token | None:
        """The verb's subject, climbing through conjoined and subordinate verbs that share it."""
        current = verb
        for _ in range(4):
            subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                # "[Pentagon spokesman] Little said": the subject nearest the verb is the name.
                return min(subjects, key=lambda s: abs(s.i - current.i))
            if current.dep_ in ("conj", "xcomp", "advcl") and current.head.i != current.i:
                current = current.head
                continue
            after_comma = current.i > 0 and current.doc[current.i - 1].text == ","
            if current.dep_ == "acl" and (current.tag_ == "VBD" or after_comma):
                # "Germany's minister, Boris Pistorius, announced ...": a finite verb the parser
                # hung on the subject noun as if it were a reduced relative clause.
                return current.head
            return None
        return None

    def _speaker(self, verb: Token) -> tuple[Actor | None, bool]:
        """(speaker, usable): usable is False when the subject is the author or unresolvable."""
        subject = self._subject(verb)
        if subject is None:
            return None, False
        lower = subject.lower_
        if lower in FIRST_PERSON and self._in_quote(subject) < 0:
            return None, False  # the author's own voice
        if lower in ("it", "you", "this", "that", "there", "what", "which"):
            return None, False
        actor = self.actors.speaker(subject)
        if actor is None and subject.pos_ == "PROPN":
            actor = self.actors.name_as_person(subject)
        noun = subject.lemma_.lower()
        if actor is None and noun in self.cues.document_nouns:
            # "The statement said": whoever issued the statement last mentioned.
            issuers = [a for at, n, a in self._issued if n == noun and at < subject.idx]
            actor = issuers[-1] if issuers else None
        if actor is not None:
            self._note_documents(verb, actor)
        if actor is None and subject.pos_ == "PRON":
            return None, False
        return actor, True

    def _note_documents(self, verb: Token, speaker: Actor) -> None:
        """Remember that the speaker issued the document the verb names ("in a statement")."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "through", "via"):
                for pobj in prep.children:
                    noun = pobj.lemma_.lower()
                    if pobj.dep_ == "pobj" and noun in self.cues.document_nouns:
                        self._issued.append((pobj.idx, noun, speaker))

    def _addressee(self, verb: Token) -> Actor | None:
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and verb.lemma_.lower() in _TELL_LIKE:
                actors = self.actors.lookup(child)
                if actors:
                    return actors[0]
            if child.dep_ == "prep" and child.lower_ == "to":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        actors = self.actors.lookup(pobj)
                        if actors:
                            return actors[0]
        return None

    # --- pass 1: reported speech ----------------------------------------------------------

    def _content_span(self, verb: Token) -> tuple[int, int] | None:
        """Character span of what the verb reports: its clausal complement(s)."""
        complements = [c for c in verb.children if c.dep_ == "ccomp"]
        lemma = verb.lemma_.lower()
        if not complements and lemma in ("promise", "pledge", "vow", "threaten", "urge"):
            complements = [c for c in verb.children if c.dep_ == "xcomp"]
        if not complements:
            # "said in a statement that ...": the parser may hang the clause on the document.
            complements = [
                clause
                for prep in verb.children
                if prep.dep_ == "prep"
                for pobj in prep.children
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in self.cues.document_nouns
                for clause in pobj.children
                if clause.dep_ in ("acl", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            ]
        if complements and lemma not in _TELL_LIKE:
            # "officials say the dangers ... could make": the parser may hang the complement's
            # subject on the speech verb as its object.
            complements += [
                c
                for c in verb.children
                if c.dep_ == "dobj" and verb.i < c.i < min(x.i for x in complements)
            ]
        if complements:
            start = min(c.left_edge.i for c in complements)
            end = max(c.right_edge.i for c in complements) + 1
            return self._trimmed(self.doc[start:end])
        # A parenthetical attribution: "..., the senator continues, he'll be telling ...",
        # "As Lynch points out, the rebels ...", "Ankara, he said, would not wait".
        if verb.dep_ in ("advcl", "parataxis") and verb.head.pos_ in ("VERB", "AUX"):
            marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
            if marks - {"as"} or any(c.dep_ == "dobj" for c in verb.children):
                return None  # "because he said so", "after telling them": not an attribution
            head = verb.head
            inner = {t.i for t in verb.subtree}
            outer = [t.i for t in head.subtree if t.i not in inner]
            if not outer:
                return None
            lo, hi = min(outer), max(outer)
            if not lo < min(inner) < max(inner) < hi:
                # The attribution stands at one edge: keep the side that holds the head.
                lo = hi = head.i
                while lo - 1 in outer:
                    lo -= 1
                while hi + 1 in outer:
                    hi += 1
            return self._trimmed(self.doc[lo : hi + 1])
        return None

    def _trimmed(self, span: Span) -> tuple[int, int] | None:
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
        return (start, end) if end - start >= 2 else None

    def _quotes_within(self, start: int, end: int) -> list[int]:
        return [n for n, q in enumerate(self.quotes) if q.start < end and q.end > start]

    def reported_speech(self) -> list[_Found]:
        found: list[_Found] = []
        for token in self.doc:
            cue = self.cue_phrase(token)
            if cue is None or token.lemma_.lower() in self.cues.direct_only:
                continue
            if any(c.dep_ == "neg" for c in token.children) or token.dep_ in _NOMINAL_DEPS:
                continue  # "did not say that ..." reports nothing
            if _hypothetical(token):
                continue  # "the bargain would involve Bush admitting that ...": not a report
            if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in token.children):
                continue
            subject = self._subject(token)
            inside = self._in_quote(token)
            if inside >= 0:
                if subject is None or self._in_quote(subject) >= 0:
                    continue  # a speech verb inside someone's quote belongs to the quote
                # He "observed that ...": the quotation opens with the speech verb itself.
                speaker, usable = self._speaker(token)
                if any(inside in f.quotes for f in found):
                    continue  # already reported through a speech verb outside the quote
                if usable and speaker is not None:
                    q = self.quotes[inside]
                    found.append(
                        _Found("mixed", q.start, q.end, token, cue, speaker, None, [inside])
                    )
                continue
            span = self._content_span(token)
            if span is None:
                continue
            start, end = span
            quotes = self._quotes_within(start, end)
            if quotes and all(
                self.quotes[n].start <= start + 1 and self.quotes[n].end >= end - 1 for n in quotes
            ):
                continue  # the whole content is a quotation: the quote pass attributes it
            speaker, usable = self._speaker(token)
            if not usable or speaker is None:
                continue  # reported speech with no one reporting it is the author's claim
            found.append(
                _Found(
                    kind="mixed" if quotes else "indirect",
                    start=start,
                    end=end,
                    cue=token,
                    cue_text=cue,
                    speaker=speaker,
                    addressee=self._addressee(token),
                    quotes=quotes,
                )
            )
        found.extend(self._according_to())
        return found

    def _according_to(self) -> Iterable[_Found]:
        for phrase in self.cues.attribution_phrases:
            first, *rest = phrase
            for token in self.doc:
                if token.lower_ != first or token.i + len(rest) >= len(self.doc):
                    continue
                if [t.lower_ for t in self.doc[token.i + 1 : token.i + 1 + len(rest)]] != rest:
                    continue
                last = self.doc[token.i + len(rest)]
                objects = [c for c in last.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                actors = self.actors.lookup(objects[0])
                speaker = self.actors.speaker(objects[0]) if actors else None
                clause = token.head
                inner = {t.i for t in token.subtree} | {t.i for t in last.subtree}
                outer = [t.i for t in clause.subtree if t.i not in inner]
                if not outer:
                    continue
                # Keep the side of the attribution that holds the clause's head.
                lo = hi = clause.i if clause.i in outer else outer[0]
                while lo - 1 in outer:
                    lo -= 1
                while hi + 1 in outer:
                    hi += 1
                span = self._trimmed(self.doc[lo : hi + 1])
                if span is None:
                    continue
                yield _Found(
                    kind="mixed" if self._quotes_within(*span) else "indirect",
                    start=span[0],
                    end=span[1],
                    cue=token,
                    cue_text=" ".join(phrase),
                    speaker=speaker,
                    quotes=self._quotes_within(*span),
                )

    # --- pass 2: quotations ----------------------------------------------------------------

    def _is_sentence_end(self, j: int) -> bool:
        text = self.text
        if text[j] not in ".!?…":
            return False
        after = text[j + 1] if j + 1 < len(text) else " "
        if not (after.isspace() or after in _QUOTE_CHARS):
            return False
        if text[j] == ".":
            k = j
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            word = text[k:j].lower()
            if len(word) == 1 or word in _ABBREVIATIONS:
                return False
        return True

    def _window_after(self, q: Quote) -> tuple[int, int]:
        j = q.close_mark + 1
        # A quotation ending its own sentence with a full stop is attributed before it or not at
        # all, unless a lower-case word carries the sentence on ("... .” he said" is rare).
        rest = self.text[j:].lstrip()
        if self.text[q.start : q.end].rstrip().endswith(".") and not rest[:1].islower():
            return j, j
        while j < len(self.text):
            ch = self.text[j]
            if ch == "\n" or self._quote_of_char[j] >= 0 or self._is_sentence_end(j):
                break
            j += 1
        return q.close_mark + 1, j

    def _window_before(self, q: Quote) -> tuple[int, int]:
        j = q.open_mark - 1
        while j >= 0:
            ch = self.text[j]
            if ch == "\n" or self._quote_of_char[j] >= 0 or self._is_sentence_end(j):
                break
            j -= 1
        return j + 1, q.open_mark

    def _tokens_in(self, start: int, end: int) -> list[Token]:
        if end <= start:
            return []
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        return [t for t in span if start <= t.idx < end]

    def _attribute_quote(self, q: Quote) -> tuple[Token | None, str | None, Actor | None, bool]:
        """(cue token, cue text, speaker, judged) for a quote, or cue None when unattributed."""
        after = self._tokens_in(*self._window_after(q))
        before = self._tokens_in(*self._window_before(q))
        for tokens in (after, list(reversed(before))):
            for token in tokens:
                cue = self.cue_phrase(token)
                if cue is None:
                    continue
                speaker, usable = self._speaker(token)
                if usable:
                    return token, cue, speaker, False
        # "Biden had this to say: '...'": the subject of the clause before the colon.
        before_text = self.text[: q.open_mark].rstrip()
        if before_text.endswith(":"):
            for token in reversed(before):
                speechlike = token.lemma_.lower() in self.cues.speech_verbs
                if token.pos_ in ("VERB", "AUX") or speechlike:
                    speaker, usable = self._speaker(token)
                    if usable and speaker is not None:
                        cue = self.cue_phrase(token) or (token.text if speechlike else None)
                        return token, cue, speaker, False
        return self._attribute_by_parse(q)

    def _attribute_by_parse(self, q: Quote) -> tuple[Token | None, str | None, Actor | None, bool]:
        """A judging verb or a possessed speech noun above the quote in the parse."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return None, None, None, False
        node = span.root
        for _ in range(8):
            if node.i != span.root.i and self._in_quote(node) < 0:
                if self._is_judging(node) or self.cue_phrase(node):
                    speaker, usable = self._speaker(node)
                    if usable and speaker is not None:
                        return node, node.text, speaker, True
                possessor = self._speech_noun_possessor(node)
                if possessor is not None:
                    return node, None, possessor, True
            if node.head.i == node.i:
                break
            node = node.head
        return None, None, None, False

    def _speech_noun_possessor(self, node: Token) -> Actor | None:
        """The possessor of a speech noun at the node or in its subject ("Kerry's plan")."""
        candidates = [node]
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                candidates.extend(child.subtree)
        for token in candidates:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in self.cues.speech_nouns:
                continue
            for child in token.children:
                if child.dep_ == "poss" and child.lower_ not in FIRST_PERSON:
                    actor = self.actors.speaker(child)
                    if actor is not None:
                        return actor
        return None

    def _starts_sentence(self, q: Quote) -> bool:
        start, _ = self._window_before(q)
        return not self.text[start : q.open_mark].strip()

    def quotations(self, reported: list[_Found]) -> list[_Found]:
        covered = {n for f in reported for n in f.quotes}
        found: list[_Found] = []
        previous: _Found | None = None
        previous_end = -1
        for number, q in enumerate(self.quotes):
            if number in covered:
                previous = None
                continue
            if self._is_title(q):
                continue  # "wrote in 'The Post-American World'": a title, not speech
            cue, cue_text, speaker, judged = self._attribute_quote(q)
            if (
                cue is None
                and previous is not None
                and (q.continues or (self._starts_sentence(q) and self._adjacent(previous_end, q)))
            ):
                # A quote with no attribution of its own right after one: the same speaker.
                cue, cue_text, speaker = previous.cue, previous.cue_text, previous.speaker
            if cue is None:
                continue
            start, end = q.start, q.end
            while end > start and self.text[end - 1] in ",;:":
                end -= 1
            current = _Found(
                kind="mixed" if judged else "direct",
                start=start,
                end=end,
                cue=cue,
                cue_text=cue_text,
                speaker=speaker,
                addressee=self._addressee(cue) if cue is not None and not judged else None,
                quotes=[number],
            )
            found.append(current)
            previous, previous_end = current, q.close_mark
        return found

    def _is_title(self, q: Quote) -> bool:
        """A book, article or programme title: a short quotation in title case, or one that is
        the object of a preposition ("in 'X'", "to 'Meet the Press'")."""
        words = self.text[q.start : q.end].rstrip(",.;:").split()
        if not words or len(words) > 10 or self.text[q.start : q.end].rstrip().endswith(("?", "!")):
            return False
        small = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with"}
        capitalised = [w for w in words[1:] if w.lower() not in small]
        # Three words or more: "Absolutely Not," he said is an answer, not a title.
        if len(words) >= 3 and words[0][:1].isupper() and all(w[:1].isupper() for w in capitalised):
            return True
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        return (
            span is not None
            and span.root.dep_ == "pobj"
            and span.root.head.lower_ in ("in", "to", "on", "titled", "entitled", "called")
        )

    def _adjacent(self, previous_end: int, q: Quote) -> bool:
        """No sentence of the author's stands between the previous quote and this one."""
        between = self.text[previous_end + 1 : q.open_mark]
        if between.count("\n") > 2:
            return False
        sentence_ends = sum(
            1 for j in range(previous_end + 1, q.open_mark) if self._is_sentence_end(j)
        )
        return sentence_ends <= 1 and len(between) < 200

    # --- records ----------------------------------------------------------------------------

    def _sentence(self, start: int, end: int, cue: Token | None) -> str:
        lo, hi = start, end
        if cue is not None:
            lo, hi = min(lo, cue.idx), max(hi, cue.idx + len(cue.text))
        span = self.doc.char_span(lo, max(hi, lo + 1), alignment_mode="expand")
        if span is None or not len(span):
            return self.text[lo:hi]
        first, last = span[0].sent, span[-1].sent
        return self.text[first.start_char : last.end_char].strip()

    def statements(self, doc_id: str) -> list[Statement]:
        reported = self.reported_speech()
        found = _drop_nested(reported + self.quotations(reported))
        found.sort(key=lambda f: (f.start, f.end))
        records = []
        for f in found:
            records.append(
                Statement(
                    doc_id=doc_id,
                    statement_id=stable_id(doc_id, f.start, f.end),
                    kind=f.kind,
                    text=self.text[f.start : f.end],
                    start=f.start,
                    end=f.end,
                    sentence=self._sentence(f.start, f.end, f.cue),
                    speaker=f.speaker,
                    cue=f.cue_text,
                    addressee=f.addressee,
                )
            )
        return records


_UNSPOKEN_AUX = frozenset({"would", "could", "might", "may", "should", "will", "shall", "'ll"})
_EXPECTING = frozenset({"expect", "plan", "intend", "want", "hope", "set", "due", "likely"})


def _hypothetical(verb: Token) -> bool:
    """Speech not (yet) made: a modal or future auxiliary on the verb or on the verb it
    complements ("would say", "will tell parliament"), or speech that is only expected
    ("is expected to tell", "plans to announce")."""
    chain = [verb]
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i:
        chain.append(verb.head)
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _EXPECTING:
            return True
    return any(c.dep_ == "aux" and c.lower_ in _UNSPOKEN_AUX for v in chain for c in v.children)


def _drop_nested(found: list[_Found]) -> list[_Found]:
    """One statement per stretch of text: drop any that lies inside another one."""
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if any(k.start <= f.start and f.end <= k.end for k in kept):
            continue
        kept.append(f)
    return kept


def extract_statements(parsed: Doc, actors: DocumentActors, doc_id: str) -> list[Statement]:
    """Every statement of a parsed document, in text order."""
    return StatementFinder(parsed, actors).statements(doc_id)


__all__ = ["Cues", "StatementFinder", "extract_statements", "load_cues"]
