"""Article text, titles, quotes and actor names full of HTML are shown as text, never run."""

from __future__ import annotations

from fastapi.testclient import TestClient
from web_samples import EVIL_NAME

PAGES = (
    "/",
    "/documents/doc-hostile",
    "/quotes",
    "/quotes?q=quote",
    "/quotes?speaker=Mallory",
    "/actors/FRA",
    "/actors/Mallory",
    "/stance?q=claims",
    "/network",
    "/network?actor=%3Cb%3E",
)


def test_no_page_carries_raw_markup_from_the_articles(client: TestClient) -> None:
    for path in PAGES:
        page = client.get(path)
        assert page.status_code == 200, path
        html = page.text
        assert "<script>alert" not in html, path
        assert "<b>bold</b>" not in html, path
        assert "<i>the</i>" not in html, path
        assert "<em>Evil</em>" not in html, path
        assert "<script" not in html, path


def test_document_page_shows_the_markup_as_text(client: TestClient) -> None:
    html = client.get("/documents/doc-hostile").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Breaking &lt;b&gt;bold&lt;/b&gt;" in html
    # In the highlighted text, inside the quote's mark, and in the statements table.
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 4
    assert "&amp; &lt;not&gt; a quote" in html
    assert "&lt;em&gt;Evil&lt;/em&gt; Press" in html
    # The speaker's name is escaped inside attributes and its link is percent-encoded.
    assert "Mallory &#34;&lt;i&gt;the&lt;/i&gt;&#34; Hacker" in html
    assert 'href="/actors/Mallory%20%22%3Ci%3Ethe%3C%2Fi%3E%22%20Hacker"' in html
    # A javascript: URL from the metadata is never made a link.
    assert "javascript:" not in html
    # What cleaning removed is escaped too.
    assert "reader says &lt;script&gt;" in html


def test_quotes_and_json_keep_the_text_as_it_was(client: TestClient) -> None:
    html = client.get("/quotes", params={"speaker": "Mallory"}).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; is &lt;b&gt;bold&lt;/b&gt;" in html
    data = client.get("/api/quotes", params={"speaker": "Mallory"}).json()
    assert data[0]["text"] == "<script>alert(1)</script> is <b>bold</b> & <not> a quote"
    assert data[0]["speaker"]["name"] == EVIL_NAME
    # JSON is served as JSON, which a browser does not render as HTML.
    assert client.get("/api/quotes").headers["content-type"] == "application/json"


def test_an_actor_named_with_markup_has_a_working_page(client: TestClient) -> None:
    page = client.get("/actors/" + "Mallory%20%22%3Ci%3Ethe%3C%2Fi%3E%22%20Hacker")
    assert page.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt; is &lt;b&gt;bold&lt;/b&gt;" in page.text
