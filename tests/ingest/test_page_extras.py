"""Full pages carry more than the story: data tables printed from a widget, credit lines
naming the reporters, and date metadata some CMSs keep in a ``value=`` attribute."""

from __future__ import annotations

import pytest

from cablegram.ingest import clean_document
from cablegram.ingest.htmlpagedate import page_date
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
    doc = clean_document(RawDocument(source_path="page.txt", text=text))
    assert isinstance(doc, Document)
    return doc


def test_a_table_of_figures_leaves_the_text_as_embed() -> None:
    table = (
        "| Province | Cases | Deaths |\n|---|---|---|\n"
        "| Northcoast Port Vell 312 Lindau 40 | 352 | 7 |\n| Southmark Ferro 96 | 96 | 1 |\n"
    )
    doc = clean(f"Arvelia protests missile\n{LEDE}\n{SECOND}\n{table}")
    assert "Lindau" not in doc.text and "Cases" not in doc.text
    removed = {r.text: r.kind for r in doc.removed}
    assert removed["| Southmark Ferro 96 | 96 | 1 |"] == "embed"
    assert LEDE in doc.text and SECOND in doc.text


def test_a_table_whose_cells_are_sentences_stays() -> None:
    table = (
        "| Date | Remark |\n|---|---|\n"
        "| 3 May | The minister said the border would stay closed until further notice. |\n"
    )
    doc = clean(f"Arvelia protests missile\n{LEDE}\n{SECOND}\n{table}")
    assert "the border would stay closed" in doc.text


def test_reporters_credit_lines_leave_the_text() -> None:
    for credit in (
        "(Additional reporting by Ana Rey and Bo Ek in Vell; Writing by Jo Roe; Editing by Al Li)",
        "Wire writers Ana Rey in Vell, Bo C. Ek at the United Nations and Jo Roe in "
        "Lindau contributed to this report.",
        "The Daily Courier contributed to this report.",
        "Jo Roe contributed reporting from Vell.",
    ):
        doc = clean(f"Arvelia protests missile\n{LEDE}\n{SECOND}\n{credit}\n")
        assert credit not in doc.text, credit
        assert {r.text: r.kind for r in doc.removed}[credit] == "footer"


@pytest.mark.parametrize(
    "last",
    [
        "Dostrana contributed troops to the force last year.",
        "Ana Rey, who contributed reporting to the Courier from Vell for years, was arrested "
        "in Lindau on Monday.",
        "Arvelia said the drone strikes contributed to the report.",
    ],
)
def test_a_last_sentence_that_is_no_credit_stays(last: str) -> None:
    doc = clean(f"Arvelia protests missile\n{LEDE}\n{SECOND}\n{last}\n")
    assert last in doc.text


def test_date_metadata_kept_in_a_value_attribute_dates_the_page() -> None:
    html = (
        "<html><head><title>Arvelia protests missile</title>"
        '<meta name="publish-date" itemprop="" '
        'value="Tue, 07 Apr 2020 15:49:34 +0530"></head>'
        f"<body><article><p>{LEDE}</p><p>{SECOND}</p></article></body></html>"
    )
    assert page_date(html) == ("2020-04-07", "metadata")
