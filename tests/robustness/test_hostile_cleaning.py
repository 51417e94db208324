"""Cleaning never raises on hostile text: random, huge, unpunctuated, quotes only, RTL, binary."""

from __future__ import annotations

import random
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cablegram.ingest import BoilerplateIndex, clean_document
from cablegram.records import Document, IngestError, RawDocument

HOSTILE_ALPHABET = st.sampled_from(
    [
        *"abcXYZ .,;:!?'\"“”„«»‹›—–-()[]\n\t\r",
        *["\x00", "\x07", "\x1b", "\u200b", "\u202e", "\u2028", "\ufeff", "\ufffd"],
        *"مرحباשלום",  # right-to-left scripts
    ]
)
# Characters, and now and then words that make a sentence look like speech.
hostile_text = st.lists(
    st.one_of(st.text(HOSTILE_ALPHABET, max_size=30), st.sampled_from(["Kerry said", " said "])),
    max_size=20,
).map("".join)


def _check(result: Document | IngestError) -> None:
    assert isinstance(result, Document | IngestError)
    if isinstance(result, Document):
        assert result.text.strip()
        assert result.doc_id


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=600), hostile_text))
def test_cleaning_random_text_never_raises(text: str) -> None:
    _check(clean_document(RawDocument(source_path="fuzz.txt", text=text)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=hostile_text, title=st.text(max_size=40))
def test_cleaning_random_html_never_raises(body: str, title: str) -> None:
    html = f"<html><head><title>{title}</title></head><body><p>{body}</p><p>{body}"
    _check(clean_document(RawDocument(source_path="fuzz.html", html=html)))


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=600))
def test_cleaning_binary_decoded_as_latin1_never_raises(data: bytes) -> None:
    raw = RawDocument(source_path="fuzz.bin", text=data.decode("latin-1"))
    index = BoilerplateIndex()
    index.add(raw)
    _check(clean_document(raw, boilerplate=index))


def _five_megabytes(seed: int = 3) -> str:
    rng = random.Random(seed)
    words = ["talks", "Geneva", "Kerry", "sanctions", "said", "the", "minister", "Iran"]
    lines: list[str] = []
    size = 0
    while size < 5_000_000:
        kind = rng.random()
        if kind < 0.3:  # a long line without any punctuation
            line = " ".join(rng.choice(words) for _ in range(rng.randint(50, 400)))
        elif kind < 0.4:
            line = "“" * rng.randint(1, 50) + "”" * rng.randint(0, 50)
        elif kind < 0.5:
            line = "שלום עולם مرحبا بالعالم " * rng.randint(1, 20)
        else:
            line = f"“We will not give up,” {rng.choice(words)} said on day {len(lines)}."
        lines.append(line)
        size += len(line) + 2
    return "\n\n".join(lines)


def test_cleaning_a_five_megabyte_document() -> None:
    text = _five_megabytes()
    assert len(text) >= 5_000_000
    started = time.perf_counter()
    result = clean_document(RawDocument(source_path="huge.txt", text=text))
    elapsed = time.perf_counter() - started
    assert isinstance(result, Document)
    assert len(result.text) > 1_000_000
    assert elapsed < 60, f"cleaning 5 MB took {elapsed:.1f}s"
