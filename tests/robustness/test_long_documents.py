"""Long documents are parsed in windows of paragraphs; resolution still spans the text."""

from __future__ import annotations

import random

import pytest

from cablegram import windows
from cablegram.pipeline import Annotator
from cablegram.records import Document, document_id

FILLER = (
    "Traders in the harbour district reported quiet business on the {n}th day of the fair. "
    "Ferries ran on time and the weather stayed mild."
)


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator.load()


def test_windows_cover_the_text_exactly_and_cut_at_paragraph_breaks() -> None:
    rng = random.Random(3)
    paragraphs = [" ".join(["word"] * rng.randint(5, 60)) + "." for _ in range(200)]
    text = "\n\n".join(paragraphs)
    spans = list(windows.windows(text, 1_000))
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(b - a <= 1_000 for a, b in spans)
    assert all(text[a - 2 : a] == "\n\n" for a, _ in spans[1:])


def test_a_paragraph_longer_than_a_window_is_cut_at_a_sentence_end() -> None:
    text = " ".join(f"Sentence number {i} ends here." for i in range(200))
    spans = list(windows.windows(text, 500))
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(text[a:b].rstrip().endswith(".") for a, b in spans[:-1])
    # No white space at all: a hard cut, still covering the text.
    solid = "x" * 1_234
    assert "".join(solid[a:b] for a, b in windows.windows(solid, 500)) == solid


def test_windowed_parse_rebuilds_the_text_with_sentences_and_entities(
    annotator: Annotator,
) -> None:
    text = "\n\n".join(
        f"Minister Pierre Lemaire visited Oslo on day {i}. He met officials." for i in range(30)
    )
    joined = windows.parse(annotator.nlp, text, size=400)
    assert joined.text == text
    assert sum(1 for _ in joined.sents) >= 60
    assert sum(1 for e in joined.ents if e.text == "Oslo") == 30


def test_an_actor_named_early_is_resolved_in_a_later_window(
    annotator: Annotator, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\n\n".join(
        [
            "Angela Verhoeven, the Dutch trade minister, arrived in Vienna on Monday.",
            *(FILLER.format(n=n) for n in range(4, 24)),
            "“We will not accept new tariffs,” Verhoeven told reporters.",
        ]
    )
    monkeypatch.setattr(windows, "WINDOW_CHARS", 600)
    document = Document(doc_id=document_id(text), source_path="long.txt", text=text)
    (annotation,) = annotator.annotate([document])
    speakers = {s.speaker.name for s in annotation.statements if s.speaker is not None}
    assert "Angela Verhoeven" in speakers
    last = annotation.statements[-1]
    assert text[last.start : last.end] == last.text  # offsets point into the whole text


def test_long_documents_go_through_windows(
    annotator: Annotator, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    original = windows.parse

    def counting(nlp: object, text: str, size: int | None = None) -> object:
        calls.append(len(text))
        return original(nlp, text, size)  # type: ignore[arg-type]

    monkeypatch.setattr(windows, "parse", counting)
    monkeypatch.setattr(windows, "WINDOW_CHARS", 300)
    short = "Kerry said the talks went well."
    long = "\n\n".join(FILLER.format(n=n) for n in range(4, 10))
    docs = [Document(doc_id=document_id(t), source_path="x", text=t) for t in (short, long)]
    annotations = list(annotator.annotate(docs))
    assert [a.document.text for a in annotations] == [short, long]
    assert calls == [len(long)]
