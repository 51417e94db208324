"""Lines that recur across the documents of one source, found CCNet-style by line hashes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from cablegram.ingest.prepare import Prepared, prepare, source_group
from cablegram.ingest.text import fold, line_hash, split_paragraphs, words
from cablegram.records import IngestError, RawDocument, stable_id

# Long lines that recur are syndicated article text, not site furniture: never boilerplate.
MAX_BOILERPLATE_WORDS = 60
# CCNet counts lines over thousands of pages; a handful of documents is no evidence that
# a line is furniture rather than a story retold. At least this many documents of a source
# must hold the line, and more than half of them.
MIN_DOCS = 5


class BoilerplateIndex:
    """Counts, per source, in how many documents each (hashed, normalised) line occurs.

    A line is boilerplate for a source when it occurs in at least ``min_docs`` of its
    documents and in more than half of them. Only hashes and counts are kept, and the same
    document added twice counts once.
    """

    def __init__(self, min_docs: int = MIN_DOCS) -> None:
        self.min_docs = max(min_docs, MIN_DOCS)
        self._docs: Counter[str] = Counter()
        self._lines: dict[str, Counter[str]] = {}
        self._seen: set[str] = set()

    @classmethod
    def from_raws(
        cls, raws: Iterable[RawDocument | IngestError], min_docs: int = MIN_DOCS
    ) -> BoilerplateIndex:
        """An index over a stream of raw documents (errors in the stream are skipped)."""
        index = cls(min_docs=min_docs)
        for raw in raws:
            if isinstance(raw, RawDocument):
                index.add(raw)
        return index

    def add(self, raw: RawDocument) -> None:
        """Count the lines of one raw document (one that has no text is skipped)."""
        prepared = prepare(raw)
        if isinstance(prepared, Prepared):
            self.add_text(source_group(raw, prepared), prepared.text)

    def add_text(self, group: str, text: str) -> None:
        """Count the lines of one document's text under a source group."""
        hashes = {h for h in (self._hash(p) for p in split_paragraphs(text)) if h}
        # The same text counts once per source; digits matter here, unlike in line hashes.
        doc_key = stable_id(group, fold(text))
        if not hashes or doc_key in self._seen:
            return
        self._seen.add(doc_key)
        self._docs[group] += 1
        self._lines.setdefault(group, Counter()).update(hashes)

    def is_boilerplate(self, group: str, line: str) -> bool:
        """Does this line recur in enough documents of the group?"""
        counts = self._lines.get(group)
        key = self._hash(line)
        if counts is None or not key:
            return False
        count = counts.get(key, 0)
        return count >= self.min_docs and 2 * count > self._docs[group]

    def documents(self, group: str) -> int:
        """How many distinct documents the group holds."""
        return self._docs[group]

    @staticmethod
    def _hash(line: str) -> str:
        return line_hash(line) if len(words(line)) <= MAX_BOILERPLATE_WORDS else ""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form, for the store to persist."""
        return {
            "min_docs": self.min_docs,
            "groups": {
                group: {"documents": self._docs[group], "lines": dict(lines)}
                for group, lines in self._lines.items()
            },
            "seen": sorted(self._seen),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BoilerplateIndex:
        """The index back from ``to_dict``'s form."""
        index = cls(min_docs=int(data.get("min_docs", MIN_DOCS)))
        for group, entry in dict(data.get("groups") or {}).items():
            index._docs[group] = int(entry["documents"])
            index._lines[group] = Counter({k: int(v) for k, v in entry["lines"].items()})
        index._seen = set(data.get("seen") or ())
        return index
