"""Extraction never raises on hostile text, and every offset points at its own text."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cablegram.pipeline import Annotator, annotate_parsed
from cablegram.records import PART_JOINER, Annotation, Document, document_id

PIECES = st.sampled_from(
    [
        "Kerry said",
        " said ",
        "“",
        "”",
        '"',
        "'",
        "«",
        "»",
        "„",
        " told reporters that ",
        "France",
        "the minister",
        "he",
        ".",
        ",",
        "\n",
        "\n\n",
        " ",
        "\x00",
        "\x1b[31m",
        "\u202e",
        "\u200b",
        "مرحبا بالعالم",
        "שלום",
        "Angela Merkel",
        "Iran",
        "warned",
        "sanctions",
    ]
)
hostile = st.one_of(
    st.lists(PIECES, max_size=60).map("".join),
    st.text(max_size=300),
    st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
)


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator.load()


def _annotate(annotator: Annotator, text: str) -> Annotation:
    document = Document(doc_id=document_id(text), source_path="fuzz.txt", text=text)
    return annotate_parsed(document, annotator.nlp(text), annotator.dictionary)


def check_offsets(annotation: Annotation) -> None:
    """Every record's offsets lie inside the text and slice out the record's own text."""
    text = annotation.document.text
    n = len(text)
    for actor in annotation.actors:
        for mention in actor.mentions:
            assert 0 <= mention.start <= mention.end <= n
            assert text[mention.start : mention.end] == mention.text
    for statement in annotation.statements:
        assert 0 <= statement.start <= statement.end <= n
        # One utterance in parts (the contract's `spans`): its text is the parts' texts joined.
        for a, b in statement.parts:
            assert statement.start <= a <= b <= statement.end
        assert PART_JOINER.join(text[a:b] for a, b in statement.parts) == statement.text
        for who in (statement.speaker, statement.addressee):
            if who is not None and who.start >= 0:
                assert 0 <= who.start <= who.end <= n
                assert text[who.start : who.end] == who.text
    for event in annotation.events:
        assert 0 <= event.start <= event.end <= n
        assert text[event.start : event.end] == event.trigger


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile)
def test_extraction_of_hostile_text_never_raises(annotator: Annotator, text: str) -> None:
    check_offsets(_annotate(annotator, text))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "“" * 500,
        "”“" * 200 + '"' * 101,
        "\n".join(["Kerry said the talks went well and Merkel agreed with him"] * 40),
        "\x00\x01\x02\x03 Kerry said \x07\x08 “yes” \x1b[0m",
        "قال وزير الخارجية “نحن مستعدون” للصحفيين. Kerry said “שלום” to Israel.",
        "\u202e“We will not,” Kerry said.\u202c",
        "“Unclosed quote said Kerry\n\nand “another “nested” one,” he said.",
        # Found by the fuzzing above: a mention's text trimmed, its offsets not.
        '”warned«Angela Merkel"“”warned"»“Angela Merkel\u200b\n\nIran',
        "·\xa0¤d\x07,",
    ],
)
def test_extraction_of_hostile_shapes(annotator: Annotator, text: str) -> None:
    check_offsets(_annotate(annotator, text))


def test_extraction_of_a_50_kilobyte_document(annotator: Annotator) -> None:
    # 50 KB, not 5 MB: parsing runs at about 25 KB/s here, and extraction grows faster
    # than the text (200 KB took 207 s, most of it in actor resolution), so larger sizes
    # would dominate the suite's time budget.
    rng = random.Random(5)
    speakers = ["Kerry", "Merkel", "the French minister", "Lavrov"]
    paragraphs: list[str] = []
    while sum(len(p) + 2 for p in paragraphs) < 50_000:
        roll = rng.random()
        who = rng.choice(speakers)
        if roll < 0.2:
            paragraphs.append(" ".join(rng.choice(speakers) + " talks" for _ in range(60)))
        elif roll < 0.3:
            paragraphs.append("“" * rng.randint(1, 30))
        else:
            paragraphs.append(
                f"“The sanctions stay,” {who} said. {who} warned Iran on day {rng.random()}."
            )
    text = "\n\n".join(paragraphs)
    annotation = _annotate(annotator, text)
    check_offsets(annotation)
    assert annotation.statements
