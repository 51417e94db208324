"""HTML through trafilatura: main text and page metadata, furniture left out."""

from __future__ import annotations

from cablegram.ingest import clean_document
from cablegram.records import Document, IngestError, RawDocument

PAGE = """<!DOCTYPE html>
<html><head>
<title>Envoy Rejects River Plan | The Daily Example</title>
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2012-03-04T10:00:00Z">
<meta property="article:modified_time" content="2013-05-06T10:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/login">Sign in</a></li></ul></nav>
<article>
<h1>Envoy Rejects River Plan</h1>
<p>The envoy rejected the river plan on Monday, saying it would not bring peace to the
valley. Officials in the capital said they were surprised and would respond soon.</p>
<p>“We cannot accept this,” the envoy told reporters after meeting the foreign minister.
The minister said talks would resume next week in Geneva with both delegations.</p>
<p>Analysts said the rejection made a deal before the summer unlikely, though both sides
kept their channels open.</p>
</article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>bob42: This is outrageous and everyone knows it, frankly.</p></div>
</section>
<footer><p>Copyright 2012 The Daily Example. All rights reserved.</p></footer>
</body></html>"""


def test_html_page_text_and_metadata() -> None:
    doc = clean_document(RawDocument(source_path="page.html", html=PAGE))
    assert isinstance(doc, Document)
    assert doc.title == "Envoy Rejects River Plan"
    assert doc.authors == ("Jane Roe",)
    assert doc.publisher == "The Daily Example"
    assert (doc.date, doc.date_source) == ("2012-03-04", "metadata")
    assert doc.text.startswith("The envoy rejected the river plan on Monday")
    assert "“We cannot accept this,” the envoy told reporters" in doc.text
    assert doc.text.endswith("kept their channels open.")
    for junk in ("Sign in", "Home", "bob42", "outrageous", "Copyright", "All rights"):
        assert junk not in doc.text


def test_html_metadata_from_the_caller_wins() -> None:
    raw = RawDocument(
        source_path="x.jsonl:1",
        html=PAGE,
        title="Given Title",
        authors=("A. B.",),
        date="2020-01-02",
    )
    doc = clean_document(raw, user_date="2021-02-03")
    assert isinstance(doc, Document)
    assert (doc.title, doc.authors) == ("Given Title", ("A. B.",))
    assert (doc.date, doc.date_source) == ("2021-02-03", "user")


def test_html_without_article_text() -> None:
    for body in ("", "<p>Share Tweet Email</p>"):
        raw = RawDocument(source_path="empty.html", html=f"<html><body>{body}</body></html>")
        result = clean_document(raw)
        assert isinstance(result, IngestError) and result.path == "empty.html"


def test_a_jsonl_html_fragment_is_read_as_its_paragraphs() -> None:
    from cablegram.ingest.extract import extract_html

    page = extract_html("<p>France said no.</p><div>Germany <b>agreed</b>.<br>Spain left.</div>")
    assert page is not None
    assert [line for line in page.text.splitlines() if line] == [
        "France said no.",
        "Germany agreed.",
        "Spain left.",
    ]
    # A fragment too short for the article extractor is taken as it stands.
    short = extract_html("<p>France said no.</p>")
    assert short is not None and short.text == "France said no."
    assert extract_html("<p><script>alert(1)</script></p>") is None
