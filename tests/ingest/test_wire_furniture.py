"""Wire copy as aggregators and live blogs print it: outlet credits with dates, day-first
dashed stamps, stock-image credits, feed disclaimers and live-blog post times."""

from __future__ import annotations

from cablegram.ingest import clean_document
from cablegram.ingest.glue import split_post_time
from cablegram.records import Document, RawDocument

LEDE = (
    "Arvelia said a missile from Dostrana violated its airspace on Friday morning, and the "
    "foreign ministry summoned Dostrana's ambassador to protest."
)
SECOND = (
    '"We resolutely reject these unfriendly actions," the foreign ministry said in a '
    "statement, adding that it would raise the matter at the United Nations."
)


def clean(text: str) -> Document:
    doc = clean_document(RawDocument(source_path="wire.txt", text=text))
    assert isinstance(doc, Document)
    return doc


def kinds(doc: Document) -> dict[str, str]:
    return {r.text: r.kind for r in doc.removed}


def test_outlet_credits_with_a_date_date_the_page_and_leave_the_text() -> None:
    for credit, day in (
        ("The Daily Courier (Arvelia), August 7, 2023", "2023-08-07"),
        ("Arvelia and Dostrana Herald, May 7, 2025", "2025-05-07"),
        ("Xinhua, February 9, 2015", "2015-02-09"),
    ):
        doc = clean(f"Arvelia protests missile\n{credit}\n{LEDE}\n{SECOND}\n")
        assert (doc.date, doc.date_source) == (day, "byline")
        assert credit not in doc.text


def test_a_created_stamp_and_dashed_day_first_dates() -> None:
    line = "Wire | Updated: 10-02-2023 16:01 IST | Created: 09-02-2023 15:59 IST"
    doc = clean(f"Arvelia protests missile\n{line}\n{LEDE}\n{SECOND}\n")
    assert doc.date == "2023-02-09"
    assert "IST" not in doc.text


def test_stock_image_credits_and_feed_disclaimers_leave_the_text() -> None:
    caption = "Representative image Image Credit: ANI"
    note = (
        "(This story has not been edited by Wirehub staff and is auto-generated from a "
        "syndicated feed.)"
    )
    doc = clean(f"Arvelia protests missile\n{caption}\n{LEDE}\n{SECOND}\n{note}\n")
    assert kinds(doc)[caption] == "caption"
    assert kinds(doc)[note] == "disclaimer"
    assert doc.text == f"{LEDE}\n\n{SECOND}"


def test_live_blog_post_times_are_split_off_and_removed() -> None:
    assert split_post_time("10.45am BST Israel says the deal takes effect after a vote") == [
        "10.45am BST",
        "Israel says the deal takes effect after a vote",
    ]
    assert split_post_time("9:05 p.m. ET Officials said talks would resume on Monday.") == [
        "9:05 p.m. ET",
        "Officials said talks would resume on Monday.",
    ]
    # A bare post time stays one line; a number is no time.
    assert split_post_time("10.56am BST") == ["10.56am BST"]
    assert split_post_time("10.5 Million people voted, the commission said.") == [
        "10.5 Million people voted, the commission said."
    ]
    doc = clean(
        f"Arvelia live\n{LEDE}\n10.56am BST\n{SECOND}\n"
        "10.45am BST Dostrana says the talks will resume only after a cabinet vote\n"
        "Officials in the capital said the cabinet would meet on Sunday evening to vote.\n"
    )
    assert "BST" not in doc.text
    assert "Dostrana says the talks will resume only after a cabinet vote" in doc.text
    assert kinds(doc)["10.56am BST"] == "navigation"


def test_a_dashed_date_is_read_day_first_only_where_it_cannot_be_month_first() -> None:
    from cablegram.ingest.pagedate import line_date

    assert line_date("Posted 03-04-2023 10:15 AM ET") is None  # American: 4 March or 3 April?
    assert line_date("Posted 28-04-2023") == "2023-04-28"
    assert line_date("Created: 03-04-2023 15:59 IST") == "2023-04-03"
