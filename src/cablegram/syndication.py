"""Syndicated copies: the same article republished elsewhere, found by MinHash LSH.

A document's fingerprint is the MinHash (datasketch) of its cleaned text's word shingles,
cut into bands. The store keeps each original's signature and band keys in an indexed
table, so finding the candidates for a new document is a handful of index lookups however
many documents are stored, and the index survives between runs without being rebuilt.
A candidate counts as the same article when the Jaccard similarity of the two texts'
shingle sets reaches :data:`THRESHOLD` (0.9: near-identical; an edited copy whose every
"Trump" became "Biden" is another article). The signatures' estimate picks the candidates;
the exact similarity, from the stored original's text, decides.

A linked copy is still annotated: :func:`novel_records` keeps the statements and events
of its sentences that the original lacks, which are stored as that copy's own evidence.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import numpy as np

from cablegram.ingest.text import fold
from cablegram.records import Actor, Annotation, Event, Statement

if TYPE_CHECKING:
    from cablegram.store import Store

# 24 bands of 5 rows: a pair at Jaccard 0.7 becomes a candidate 99% of the time, one at
# 0.3 about 6% of the time; candidates are then checked on the full signature.
BANDS: Final = 24
ROWS: Final = 5
NUM_PERM: Final = BANDS * ROWS
# Fixed, so that signatures stored by one run compare with those computed by the next.
SEED: Final = 1
SHINGLE_WORDS: Final = 5
# Jaccard similarity of the shingle sets from which two texts are one article.
THRESHOLD: Final = 0.9
# Candidates whose estimated similarity falls this far below the threshold are not checked:
# the estimate's error at 120 permutations is about 0.03.
ESTIMATE_SLACK: Final = 0.1
# Below this many shingles a text is too short to call it a copy of anything with confidence.
MIN_SHINGLES: Final = 25

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A document's MinHash signature (uint32 values, as bytes) and its LSH band keys."""

    signature: bytes
    bands: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Match:
    """The stored original that a document is a copy of, and how alike the two are."""

    doc_id: str
    similarity: float


def shingles(text: str) -> set[bytes]:
    """The text's overlapping runs of :data:`SHINGLE_WORDS` case-folded words."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def fingerprint(text: str) -> Fingerprint | None:
    """The text's fingerprint, or None when it is too short to compare reliably."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    # Imported here: datasketch pulls in scipy, a second that a rerun skipping every
    # document (or a run with syndication off) never needs.
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(grams)
    values = np.asarray(minhash.hashvalues, dtype="<u4")
    return Fingerprint(values.tobytes(), band_keys(values))


def band_keys(values: np.ndarray) -> tuple[int, ...]:
    """One signed 64-bit key per band: the band's number and values, hashed together."""
    keys = []
    for band in range(BANDS):
        rows = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + rows, digest_size=8).digest()
        # Signed, because SQLite integers are.
        keys.append(int.from_bytes(digest, "little", signed=True))
    return tuple(keys)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal values."""
    left = np.frombuffer(a, dtype="<u4")
    right = np.frombuffer(b, dtype="<u4")
    if left.shape != right.shape or not left.size:
        return 0.0
    return float(np.count_nonzero(left == right)) / left.size


def jaccard(a: str, b: str) -> float:
    """Exact Jaccard similarity of two texts' shingle sets."""
    left, right = shingles(a), shingles(b)
    union = len(left | right)
    return len(left & right) / union if union else 0.0


def find_original(
    store: Store, print_: Fingerprint, threshold: float = THRESHOLD, text: str | None = None
) -> Match | None:
    """The stored original most like this fingerprint, if one reaches the threshold.

    With the copy's ``text``, a candidate's similarity is the exact Jaccard similarity to
    the stored original's text; without it, the signatures' estimate. Ties go to the
    earliest stored original, so a story republished many times links every copy to its
    first stored appearance.
    """
    best: Match | None = None
    for doc_id, signature in store.minhash_candidates(print_.bands):
        score = similarity(print_.signature, signature)
        if text is not None and score >= threshold - ESTIMATE_SLACK:
            original = store.document(doc_id)
            if original is not None:
                score = jaccard(text, original.text)
        if score >= threshold and (best is None or score > best.similarity):
            best = Match(doc_id, score)
    return best


_SENTENCE_SPACE = re.compile(r"\s+")


def _key(sentence: str) -> str:
    return _SENTENCE_SPACE.sub(" ", fold(sentence)).strip()


def novel_records(annotation: Annotation, original_text: str) -> Annotation:
    """A linked copy's annotation cut to what the original lacks: the statements and
    events of sentences the original does not hold, and the actors they name.

    Sentences are compared folded (quote styles, dashes, case, white space), so a copy
    that only restyles its quotes adds nothing.
    """
    known = _key(original_text)

    def novel(sentence: str) -> bool:
        return _key(sentence) not in known

    statements: tuple[Statement, ...] = tuple(s for s in annotation.statements if novel(s.sentence))
    events: tuple[Event, ...] = tuple(e for e in annotation.events if novel(e.sentence))
    records: list[Statement | Event] = [*statements, *events]
    named = {actor.actor_id for record in records for actor in _actors_of(record) if actor}
    actors = tuple(a for a in annotation.actors if a.actor_id in named)
    kept = {s.statement_id for s in statements} | {e.event_id for e in events}
    claims = tuple(c for c in annotation.claims if c.source_id in kept)
    return Annotation(
        document=annotation.document,
        actors=actors,
        statements=statements,
        events=events,
        claims=claims,
    )


def _actors_of(record: Statement | Event) -> tuple[Actor | None, ...]:
    if isinstance(record, Statement):
        return (record.speaker, record.addressee)
    return (record.source, record.target)
