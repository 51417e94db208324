"""Whole-pipeline cases of trustworthy input: cleaned, parsed and annotated.

Each input is written for the test and stands for a kind: apostrophe look-alikes, a
weekday equal to the publication day, an HTML page whose only other dates are furniture,
a plain-text comment section, a statement dated by its own words.
"""

from __future__ import annotations

import pytest

from cablegram.ingest import clean_document
from cablegram.pipeline import Annotator
from cablegram.records import Annotation, Document, RawDocument


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator.load()


def annotate(annotator: Annotator, raw: RawDocument, date: str | None = None) -> Annotation:
    doc = clean_document(raw, user_date=date)
    assert isinstance(doc, Document)
    return next(iter(annotator.annotate([doc])))


def summary(result: Annotation) -> list[tuple[str, bool, str | None]]:
    return sorted(
        (e.event_type, e.negated, e.source.name if e.source else None) for e in result.events
    )


SOLBERG = (
    "Norway's fisheries minister Ingrid Solberg told reporters the talks \"shouldn{m}t drag "
    'on past the spring". "We won{m}t accept a deal that empties our waters," Solberg said.'
)


@pytest.mark.parametrize("mark", ["‘", "ʼ", "´", "`"])
def test_apostrophe_lookalikes_code_like_apostrophes(annotator: Annotator, mark: str) -> None:
    plain = annotate(annotator, RawDocument("a.txt", text=SOLBERG.format(m="’")), "2023-03-10")
    odd = annotate(annotator, RawDocument("b.txt", text=SOLBERG.format(m=mark)), "2023-03-10")
    assert summary(odd) == summary(plain)
    # The refusal is the event: a REJECT that happened, so not negated (issue 11's rule).
    assert ("REJECT", False, "Ingrid Solberg") in summary(odd)
    assert not any(e.event_type == "AGREE" for e in odd.events)
    # Offsets point into the text as written.
    text = odd.document.text
    for statement in odd.statements:
        assert len(text[statement.start : statement.end]) == len(statement.text)
    assert [s.kind for s in odd.statements] == [s.kind for s in plain.statements]


def test_weekday_of_the_publication_day(annotator: Annotator) -> None:
    text = (
        "BERLIN, March 15 (Wire) - Germany on Friday recalled its ambassador to Russia "
        "for consultations."
    )
    result = annotate(annotator, RawDocument("w.txt", text=text), "2024-03-15")
    assert result.events
    assert {(e.date, e.date_precision) for e in result.events} == {("2024-03-15", "day")}


def test_html_page_dated_by_its_byline(annotator: Annotator) -> None:
    page = """<html><head><meta charset="utf-8"><title>Treaty signed</title></head><body>
    <div class="update-bar">Updated 5 minutes ago · Tuesday 19 July 2022</div>
    <article><h1>Treaty signed</h1><p class="byline">By Ana Rojas · 3 March 2022</p>
    <p>Peru and Bolivia signed a treaty to share the waters of the lake, ending a dispute
    that had dragged on for a decade, officials in both capitals said.</p></article>
    <aside><h2>Most read</h2><a href="/x">Floods</a> 12 June 2019
    <a href="/y">Parade</a> 2 January 2020</aside>
    <div id="comments"><p>lakeside · 18 July 2022</p><p>Toothless.</p></div>
    </body></html>"""
    result = annotate(annotator, RawDocument("p.html", html=page))
    assert (result.document.date, result.document.date_source) == ("2022-03-03", "byline")


def test_no_record_from_a_plain_text_comment_section(annotator: Annotator) -> None:
    text = (
        "Dam talks stall again\n\n"
        "Egypt and Ethiopia ended another round of talks on Thursday without a deal on "
        "how to fill the reservoir behind the dam on the Blue Nile.\n\n"
        '"We will not accept any filling without a binding deal," Egypt\'s irrigation '
        "minister Hani Sewilam said after the meeting.\n\n"
        "3 comments\n\n"
        "riverwatcher · Mar 14, 2024\n\n"
        'My cousin says the Egyptian army chief told him "we are ready to fight for the '
        'Nile".\n\n'
        "nile_daily · Mar 14, 2024\n\n"
        "The United States should sanction Ethiopia until it signs.\n\n"
        "tomK · Mar 15, 2024\n\n"
        "Sudan condemned the dam years ago and will suffer most."
    )
    result = annotate(annotator, RawDocument("c.txt", text=text), "2024-03-14")
    cut = result.document.text.find("3 comments")
    assert cut == -1 and "sanction Ethiopia" not in result.document.text
    assert [s.speaker.name if s.speaker else None for s in result.statements] == ["Hani Sewilam"]
    assert all(e.start < len(result.document.text) for e in result.events)
    assert not any(e.event_type == "SANCTION" for e in result.events)


@pytest.mark.parametrize(
    ("sentence", "date", "precision"),
    [
        (
            "Solberg told parliament in February 2005 that Norway would not sign the deal.",
            "2005-02-01",
            "month",
        ),
        ('"We will not sign," Solberg said on Tuesday.', "2023-03-07", "day"),
        # A date inside the quote is what the quote is about, not when it was said.
        ('"We will sign in 2030," Solberg said.', "2023-03-10", "day"),
    ],
)
def test_statement_dated_by_its_own_words(
    annotator: Annotator, sentence: str, date: str, precision: str
) -> None:
    result = annotate(annotator, RawDocument("s.txt", text=sentence), "2023-03-10")
    assert result.statements
    assert {(s.date, s.date_precision) for s in result.statements} == {(date, precision)}


def test_records_keep_the_text_as_written(annotator: Annotator) -> None:
    text = '"We will not retreat," [Russian leader Vladimir] Putin said on Tuesday.'
    result = annotate(annotator, RawDocument("b.txt", text=text), "2023-03-10")
    [statement] = result.statements
    assert statement.speaker is not None and statement.speaker.name == "Vladimir Putin"
    assert statement.sentence == text
    assert statement.speaker.text == text[statement.speaker.start : statement.speaker.end]
    assert (statement.date, statement.date_precision) == ("2023-03-07", "day")


def test_one_speakers_next_words_share_the_occasion(annotator: Annotator) -> None:
    # Written for the test: a wire story's interview, its date on the first quote only.
    text = (
        '"The rebels broke the truce," army spokesman Tomas Odera told reporters on Sunday.\n\n'
        '"Today the rebels shelled Malakal. We will respond," Odera said.\n\n'
        "The talks in Addis Ababa resume next month.\n\n"
        '"The mediators have our answer," said Ruth Kamau, the opposition spokeswoman.'
    )
    result = annotate(annotator, RawDocument("w.txt", text=text), "2024-03-12")
    dates = {s.text[:12]: s.date for s in result.statements}
    assert dates["The rebels b"] == dates["Today the re"] == "2024-03-10"
    # another speaker's words take no date from Odera's interview
    assert dates["The mediator"] == "2024-03-12"
    shelled = [e for e in result.events if e.trigger == "shelled"]
    assert [e.date for e in shelled] == ["2024-03-10"]  # "today" is the day he spoke
