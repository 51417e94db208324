"""A press release's furniture (ingest/releases.py) and wire archive captions leave the text."""

from __future__ import annotations

from cablegram.ingest import clean_document
from cablegram.records import Document, RawDocument

LEDE = (
    "The Ministry of Foreign Affairs of Arvelia on Monday condemned the shelling of a "
    "hospital in the border town of Nesk, which killed four people."
)
SECOND = (
    "The ministry called on the government of Dostrana to open an independent inquiry "
    "into the shelling and to bring those responsible to justice."
)


def clean(text: str) -> Document:
    doc = clean_document(RawDocument(source_path="release.txt", text=text))
    assert isinstance(doc, Document)
    return doc


def kinds(doc: Document) -> dict[str, str]:
    return {r.text: r.kind for r in doc.removed}


def test_release_labels_at_the_head_are_navigation_and_leave_the_title() -> None:
    for label in (
        "FOR IMMEDIATE RELEASE",
        "For immediate release:",
        "PRESS RELEASE No. 114/2023",
        "News Release",
        "Embargoed until 00:01 GMT, 4 March",
    ):
        doc = clean(f"{label}\nArvelia condemns shelling of Nesk hospital\n{LEDE}\n{SECOND}\n")
        assert doc.title == "Arvelia condemns shelling of Nesk hospital"
        assert kinds(doc)[label] == "navigation"
        assert doc.text.startswith("The Ministry of Foreign Affairs")


def test_an_end_mark_takes_the_short_lines_after_it_and_contacts_go_as_footer() -> None:
    for mark in ("###", "-ends-", "- END -", "-30-"):
        doc = clean(
            f"Arvelia condemns shelling\n{LEDE}\n{SECOND}\n{mark}\n"
            "About the ministry: it conducts the foreign policy of Arvelia.\n"
            "Media contact: press@mfa.example, +1 555 0100\n"
        )
        assert doc.text.endswith("to justice.")
        assert kinds(doc)[mark] == "footer"
    doc = clean(
        f"Arvelia condemns shelling\n{LEDE}\n{SECOND}\n"
        "For more information, please contact the press office on +1 555 0100.\n"
    )
    assert doc.text.endswith("to justice.")


def test_an_end_mark_dividing_an_article_leaves_the_text_after_it() -> None:
    third = (
        '"We will not accept this," the minister told reporters in the capital on Tuesday, '
        "adding that the ambassador had been summoned."
    )
    doc = clean(f"Arvelia condemns shelling\n{LEDE}\n###\n{SECOND}\n{third}\n")
    assert "the minister told reporters" in doc.text
    assert SECOND in doc.text


def test_a_release_word_inside_a_sentence_is_kept() -> None:
    doc = clean(
        "Arvelia condemns shelling\nThe press release issued by the ministry on Monday "
        "condemned the shelling.\n" + SECOND + "\n"
    )
    assert doc.text.startswith("The press release issued")


def test_a_wire_archive_photo_caption_is_a_caption() -> None:
    caption = (
        "FILE PHOTO: Soldiers stand guard at a checkpoint near the town of Nesk, Arvelia, "
        "January 5, 2023. REUTERS/Jo Roe/File Photo"
    )
    doc = clean(f"Arvelia condemns shelling\n{LEDE}\n{caption}\n{SECOND}\n")
    assert kinds(doc)[caption] == "caption"
    assert "Soldiers stand guard" not in doc.text


def test_a_release_section_label_and_window_controls_are_navigation() -> None:
    doc = clean(f"Press Releases|\n{LEDE}\n{SECOND}\n28 October 2011\nClose Search Window\n")
    assert doc.title is None
    assert doc.text.startswith("The Ministry") and doc.text.endswith("to justice.")
    assert doc.date == "2011-10-28"
    for line in ("Search in archive", "Back to Index", "Back to press releases"):
        doc = clean(f"Arvelia condemns shelling\n{LEDE}\n{SECOND}\n{line}\n")
        assert kinds(doc)[line] == "navigation"


def test_a_date_closing_a_release_dates_it_and_an_updated_stamp_does_not() -> None:
    body = "\n".join([LEDE, SECOND] * 4)
    doc = clean(f"Arvelia condemns shelling\n{body}\n28 October 2011\nBack to Index\n")
    assert (doc.date, doc.date_source) == ("2011-10-28", "byline")
    assert "28 October 2011" not in doc.text
    doc = clean(f"Arvelia condemns shelling\n{body}\nLast updated: 28 October 2011\n")
    assert doc.date is None
