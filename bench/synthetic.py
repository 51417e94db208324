"""A synthetic corpus for the benchmarks: sample sentences recombined, plus generated ones.

Deterministic for a given seed, so two runs measure the same text.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"

SPEAKERS = (
    "Secretary of State John Kerry",
    "President Barack Obama",
    "German Chancellor Angela Merkel",
    "French Foreign Minister Laurent Fabius",
    "Iran's foreign minister",
    "A spokesman for NATO",
    "Russian President Vladimir Putin",
    "The United Nations Secretary-General",
)
CUES = ("said", "told reporters", "warned", "insisted", "added", "argued")
CLAIMS = (
    "the talks would resume next week in Geneva",
    "sanctions against Iran must remain in place",
    "France was ready to send more troops to the region",
    "Germany would not support the resolution",
    "the agreement was a step toward peace",
    "Washington had accused Moscow of violating the ceasefire",
    "the alliance would meet again in Brussels",
    "China and Russia had rejected the proposal",
)
_SENTENCE = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def sample_sentences() -> list[str]:
    """Every sentence of the bundled sample articles."""
    sentences: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            sentences.extend(s.strip() for s in _SENTENCE.split(paragraph) if len(s.split()) > 4)
    return sentences


def generated_sentence(rng: random.Random) -> str:
    speaker, cue, claim = rng.choice(SPEAKERS), rng.choice(CUES), rng.choice(CLAIMS)
    if rng.random() < 0.5:
        return f"“{claim[0].upper()}{claim[1:]},” {speaker} {cue}."
    return f"{speaker} {cue} that {claim}."


def articles(n: int, seed: int = 7, sentences_per_doc: int = 8) -> Iterator[dict[str, str]]:
    """``n`` articles of about ``sentences_per_doc`` sentences, half sampled, half generated."""
    rng = random.Random(seed)
    pool = sample_sentences()
    for i in range(n):
        body: list[str] = []
        for _ in range(sentences_per_doc):
            body.append(rng.choice(pool) if rng.random() < 0.5 else generated_sentence(rng))
        paragraphs = [" ".join(body[j : j + 2]) for j in range(0, len(body), 2)]
        # A serial number makes every article distinct (no accidental duplicates).
        paragraphs.append(f"Report number {i} of the synthetic wire, seed {seed}.")
        yield {
            "title": f"Synthetic report {i}",
            "date": f"2012-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "publisher": f"Wire {i % 5}",
            "text": "\n\n".join(paragraphs),
        }


def write_jsonl(path: Path, n: int, seed: int = 7, sentences_per_doc: int = 8) -> Path:
    """Write ``n`` synthetic articles as one JSONL file."""
    with path.open("w", encoding="utf-8") as handle:
        for article in articles(n, seed, sentences_per_doc):
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path
