"""clean_document on plain text: titles, metadata read from junk, ids, errors."""

from __future__ import annotations

from cablegram.ingest import clean_document
from cablegram.ingest.pagedate import is_date_stamp
from cablegram.records import Document, IngestError, RawDocument, document_id

BODY = (
    "The council met on Tuesday to discuss the water dispute between the two provinces, "
    "which has dragged on for most of the decade.\n"
    "Delegates from both sides said they were ready to compromise, but each insisted the "
    "other had to move first.\n"
    "Observers said the talks would resume next month in the capital, where a mediator "
    "from the regional bank is expected to present a new proposal on sharing the river.\n"
)


def clean(text: str, **kwargs: object) -> Document:
    doc = clean_document(RawDocument(source_path="a.txt", text=text, **kwargs))  # type: ignore[arg-type]
    assert isinstance(doc, Document)
    return doc


def test_title_like_first_line_becomes_the_title_and_leaves_the_body() -> None:
    doc = clean("Water Talks Stall Again\n" + BODY)
    assert doc.title == "Water Talks Stall Again"
    assert doc.text.startswith("The council met on Tuesday")


def test_kicker_and_headline_make_one_title() -> None:
    doc = clean("Analysis\nWater Talks Stall Again\n" + BODY)
    assert doc.title == "Analysis: Water Talks Stall Again"


def test_sentence_first_line_is_no_title() -> None:
    doc = clean(BODY)
    assert doc.title is None
    assert doc.text.startswith("The council met")


def test_given_title_is_kept_and_first_line_stays() -> None:
    doc = clean("Water Talks Stall Again\n" + BODY, title="Given")
    assert doc.title == "Given"
    assert doc.text.startswith("Water Talks Stall Again")


def test_paragraphs_are_separated_by_blank_lines_and_spaces_collapse() -> None:
    doc = clean("The  council\u00a0met.\r\nDelegates   spoke.\n\n\nObservers left.")
    assert doc.text == "The council met.\n\nDelegates spoke.\n\nObservers left."


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = (
        "The council met on Tuesday to discuss the water dispute between\n"
        "the two provinces, which has dragged on for most of the decade\n"
        "without a settlement.\n\nA second paragraph.\n"
    )
    doc = clean(wrapped)
    assert doc.text.split("\n\n")[0].endswith("for most of the decade without a settlement.")


def test_metadata_read_from_removed_lines() -> None:
    text = (
        BODY
        + "Omar Haddad is a correspondent for the paper. Follow him on Twitter @ohaddad\n"
        + "© 2019 River Media Group Ltd. All rights reserved.\n"
    )
    doc = clean(text)
    assert doc.authors == ("Omar Haddad",)
    assert doc.publisher == "River Media Group"
    assert {r.kind for r in doc.removed} == {"bio", "footer"}


def test_given_metadata_wins_over_metadata_read_from_text() -> None:
    text = BODY + "© 2019 River Media Group Ltd. All rights reserved.\n"
    doc = clean(text, publisher="Given Publisher", date="2011-12-13T08:00:00Z")
    assert doc.publisher == "Given Publisher"
    assert (doc.date, doc.date_source) == ("2011-12-13", "metadata")


def test_no_date_anywhere() -> None:
    doc = clean(BODY)
    assert (doc.date, doc.date_source) == (None, None)


def test_doc_id_is_the_hash_of_the_cleaned_text_and_is_stable() -> None:
    one = clean("Share Tweet Email\n" + BODY)
    two = clean(BODY + "\nShare Tweet Email")
    assert one.doc_id == two.doc_id == document_id(one.text)


def test_mojibake_is_repaired_in_text() -> None:
    doc = clean("Kerryâ€™s plan was discussed at length by the council on Tuesday.")
    assert doc.text == "Kerry’s plan was discussed at length by the council on Tuesday."


def test_nothing_left_after_cleaning_is_an_error() -> None:
    result = clean_document(RawDocument(source_path="j.jsonl:4", text="Share Tweet Email\nMenu"))
    assert result == IngestError("j.jsonl:4", "no article text after cleaning")


def test_document_serialises() -> None:
    data = clean("Water Talks Stall Again\n" + BODY + "Share Tweet Email").to_json()
    assert data["record"] == "document"
    assert data["removed"] == [{"kind": "navigation", "text": "Share Tweet Email"}]


def test_a_month_stamp_line_dates_the_page_to_that_month_from_the_text() -> None:
    for stamp, first, last in (
        ("August 2019", "2019-08-01", "2019-08-31"),
        ("Published: Feb. 2024", "2024-02-01", "2024-02-29"),
        ("December 2020", "2020-12-01", "2020-12-31"),
    ):
        doc = clean(f"Talks Stall\n{stamp}\n" + BODY)
        assert doc.title == "Talks Stall"
        assert (doc.date, doc.date_source, doc.date_range) == (first, "text", (first, last))
        assert doc.date_confidence is not None and doc.date_confidence < 1
        assert stamp not in doc.text


def test_a_day_stamp_wins_over_a_month_stamp_and_a_sentence_naming_a_month_is_no_stamp() -> None:
    doc = clean("Talks Stall\nAugust 2019\nPosted August 14, 2019\n" + BODY)
    assert (doc.date, doc.date_source, doc.date_range) == ("2019-08-14", "byline", None)
    doc = clean("Talks Stall\nThe talks began in August 2019.\n" + BODY)
    assert doc.date is None


def test_a_stamp_followed_by_its_issuing_body_dates_the_page() -> None:
    for line, day in (
        ("Thursday, February 24, 2022, 7:42 p.m. Ministry of Foreign Affairs", "2022-02-24"),
        ("12 March 2023 | Office of the Spokesperson", "2023-03-12"),
    ):
        doc = clean(f"Statement on the Border\n{line}\n" + BODY)
        assert (doc.date, doc.date_source) == (day, "byline")
        assert "Ministry" not in doc.text and "Spokesperson" not in doc.text
    # A name that is no issuing body is no part of a stamp.
    assert not is_date_stamp("March 12, 2023 Obama Wins Again")
    assert not is_date_stamp("March 12, 2023 the Ministry of Defence said")
