"""CCNet-style boilerplate: lines recurring across a source's documents."""

from __future__ import annotations

import json
from pathlib import Path

from cablegram.ingest import BoilerplateIndex, clean_document, ingest
from cablegram.records import Document, RawDocument

PROMO = "Get the Valley Courier in your inbox every morning"


TOPICS = ["orchards", "dams", "elections", "schools", "floods", "roads", "markets"]


def article(n: int) -> str:
    topic = TOPICS[n % len(TOPICS)]
    return (
        f"This story begins with a sentence about the valley and its {topic}.\n"
        f"It goes on with a second sentence on {topic} that differs from story to story.\n"
        f"{PROMO}\n"
    )


def raws(count: int, publisher: str | None = "Valley Courier") -> list[RawDocument]:
    return [
        RawDocument(source_path=f"f/{n}.txt", text=article(n), publisher=publisher)
        for n in range(count)
    ]


def test_line_in_most_documents_of_a_source_is_boilerplate() -> None:
    index = BoilerplateIndex.from_raws(raws(6))
    group = "publisher:valley courier"
    assert index.documents(group) == 6
    assert index.is_boilerplate(group, PROMO)
    assert index.is_boilerplate(group, PROMO.upper() + "!")  # normalised before hashing
    assert not index.is_boilerplate(group, article(1).splitlines()[0])
    assert not index.is_boilerplate("publisher:other", PROMO)


def test_needs_five_documents_and_most_of_the_group() -> None:
    # Three or four documents are no evidence: three updates of one story share lines.
    assert not BoilerplateIndex.from_raws(raws(4)).is_boilerplate("publisher:valley courier", PROMO)
    index = BoilerplateIndex.from_raws(
        [
            *raws(5),
            *(
                RawDocument(f"f/x{n}.txt", f"Other story {n}.", publisher="Valley Courier")
                for n in range(5)
            ),
        ]
    )
    assert not index.is_boilerplate("publisher:valley courier", PROMO)  # 5 of 10: not most


def test_same_document_twice_counts_once() -> None:
    doc = raws(1)[0]
    index = BoilerplateIndex.from_raws([doc, doc, doc])
    assert index.documents("publisher:valley courier") == 1


def test_groups_fall_back_to_site_then_folder() -> None:
    by_url = [
        RawDocument(f"a/{n}.txt", article(n), url=f"https://www.courier.example/{n}")
        for n in range(3)
    ]
    by_folder = raws(3, publisher=None)
    index = BoilerplateIndex.from_raws([*by_url, *by_folder])
    assert index.documents("site:courier.example") == 3
    assert index.documents("folder:f") == 3


def test_round_trip_through_a_dict() -> None:
    index = BoilerplateIndex.from_raws(raws(5))
    data = json.loads(json.dumps(index.to_dict()))
    again = BoilerplateIndex.from_dict(data)
    assert again.to_dict() == index.to_dict()
    assert again.is_boilerplate("publisher:valley courier", PROMO)


def test_clean_document_drops_boilerplate_lines() -> None:
    docs = raws(5)
    index = BoilerplateIndex.from_raws(docs)
    doc = clean_document(docs[0], boilerplate=index)
    assert isinstance(doc, Document)
    assert PROMO not in doc.text
    assert [(r.kind, r.text) for r in doc.removed] == [("boilerplate", PROMO)]


def test_ingest_runs_two_passes_over_files(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(article(n), encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    results = list(ingest([str(tmp_path)], user_date="2012-05-06"))
    docs = [r for r in results if isinstance(r, Document)]
    assert len(docs) == 5 and len(results) == 6
    assert all(PROMO not in d.text for d in docs)
    assert all((d.date, d.date_source) == ("2012-05-06", "user") for d in docs)


def _update(n: int) -> str:
    """One of several updates of a live story: the same lines, one new line each."""
    return (
        "Russian troops massed near the border on Tuesday, satellite images showed.\n"
        "Moscow denies it plans to attack its neighbour.\n"
        "Western capitals have threatened sanctions if Russian forces cross the border.\n"
        f"Update {n}: officials in Kyiv reported new movements near the town of Number {n}.\n"
    )


def test_updates_of_one_story_are_never_emptied() -> None:
    docs = [RawDocument(f"live/{n}.txt", _update(n), publisher="Wire") for n in range(8)]
    index = BoilerplateIndex.from_raws(docs)
    for raw in docs:
        doc = clean_document(raw, boilerplate=index)
        assert isinstance(doc, Document)
        # Speech stays, and the index never takes more than half of a document's words.
        assert "Moscow denies it plans to attack its neighbour." in doc.text
        removed = sum(len(r.text.split()) for r in doc.removed if r.kind == "boilerplate")
        assert removed <= len(raw.text.split()) / 2


def test_a_shared_background_paragraph_survives_three_stories() -> None:
    background = "Moscow denies it plans to attack Ukraine."
    docs = [
        RawDocument(
            f"w/{n}.txt",
            f"Story {n} opens with its own news about the {TOPICS[n]} today.\n{background}\n",
            publisher="Wire",
        )
        for n in range(3)
    ]
    index = BoilerplateIndex.from_raws(docs)
    for raw in docs:
        doc = clean_document(raw, boilerplate=index)
        assert isinstance(doc, Document) and background in doc.text
