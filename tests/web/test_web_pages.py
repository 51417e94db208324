"""Every page and JSON endpoint of the web UI, through FastAPI's test client."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from web_samples import paris_article

from cablegram.store import Store, StoreError
from cablegram.web.app import create_app
from cablegram.web.readonly import open_readonly


class _Marks(HTMLParser):
    """Collects the text inside each <mark> and each <u class="event"> of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[str] = []
        self.events: list[tuple[str, str]] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.marks.append("")
            self._stack.append("mark")
        elif tag == "u":
            self.events.append((dict(attrs).get("title") or "", ""))
            self._stack.append("u")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("mark", "u") and self._stack and self._stack[-1] == tag:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if "mark" in self._stack:
            self.marks[-1] += data
        if "u" in self._stack:
            title, text = self.events[-1]
            self.events[-1] = (title, text + data)


def _text_div(html: str) -> str:
    match = re.search(r'<div class="text" id="text">(.*?)</div>', html, re.S)
    assert match, "the document text is on the page"
    return match.group(1)


def test_home_lists_documents_with_counts_and_a_search_box(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "Paris says no to troops" in page.text
    # An untitled document is listed by its path.
    assert "corpus/madrid.txt" in page.text
    assert re.search(r"<b>3</b> documents", page.text)
    assert '<form class="panel" action="/quotes"' in page.text
    assert 'href="/documents/doc-paris"' in page.text


def test_document_page_marks_statements_and_events(client: TestClient) -> None:
    page = client.get("/documents/doc-paris")
    assert page.status_code == 200
    parser = _Marks()
    parser.feed(_text_div(page.text))
    assert parser.marks == ["We will not send troops to Iraq under any flag"]
    # The statement's mark links to its speaker's page.
    assert '<a href="/actors/Michel%20Barnier">' in page.text
    triggers = [text for _, text in parser.events]
    assert triggers == ["send", "send", "agreed", "rejected"]
    titles = dict((text, title) for title, text in parser.events)
    assert titles["agreed"].startswith("AGREE")
    assert "Germany (DEU) → France (FRA)" in titles["agreed"]
    assert "negated" in parser.events[0][0]
    # Taking the markup away gives back the text exactly.
    assert re.sub(r"<[^>]+>", "", _text_div(page.text)) == paris_article().document.text.replace(
        '"', "&#34;"
    )


def test_document_page_uses_this_articles_offsets_for_a_shared_event(client: TestClient) -> None:
    page = client.get("/documents/doc-madrid")
    parser = _Marks()
    parser.feed(_text_div(page.text))
    assert [text for _, text in parser.events] == ["withdraw", "rejected"]
    assert parser.marks == ["Spain will withdraw its troops from Iraq"]


def test_unknown_document_is_a_404_page(client: TestClient) -> None:
    page = client.get("/documents/no-such-doc")
    assert page.status_code == 404
    assert "no document with this id" in page.text and "no-such-doc" not in page.text
    assert page.headers["content-type"].startswith("text/html")
    answer = client.get("/api/documents/no-such-doc")
    assert answer.status_code == 404
    assert answer.json() == {"detail": "The store holds no document with this id."}


def test_actor_page_by_name_is_a_dated_timeline_with_citations(client: TestClient) -> None:
    page = client.get("/actors/Michel%20Barnier")
    assert page.status_code == 200
    assert "We will not send troops to Iraq under any flag" in page.text
    assert 'href="/documents/doc-paris#st-barnier"' in page.text
    assert "2003-03-10" in page.text


def test_actor_page_by_country_code_orders_by_date(client: TestClient) -> None:
    page = client.get("/actors/FRA")
    assert page.status_code == 200
    dates = re.findall(r'<span class="when"><time datetime="([\d-]+)">', page.text)
    assert dates
    dated = [d for d in dates if d != "undated"]
    assert dated == sorted(dated)
    assert "AID (negated)" in page.text
    assert "Matched: France (FRA)" in page.text
    # The shared REJECT event cites both articles that report it.
    assert 'href="/documents/doc-paris#ev-reject"' in page.text
    assert 'href="/documents/doc-madrid#ev-reject"' in page.text


def test_unknown_actor_says_so(client: TestClient) -> None:
    page = client.get("/actors/Nobody%20At%20All")
    assert page.status_code == 404
    assert "no statement or event of this actor" in page.text
    assert "Nobody" not in page.text


def test_quotes_search_by_words_speaker_and_country(client: TestClient) -> None:
    page = client.get("/quotes", params={"q": "troops"})
    assert page.status_code == 200
    assert "We will not send troops to Iraq under any flag" in page.text
    assert "Spain will withdraw its troops from Iraq" in page.text
    by_speaker = client.get("/quotes", params={"speaker": "Zapatero"})
    assert "Spain will withdraw" in by_speaker.text
    assert "We will not send" not in by_speaker.text
    by_country = client.get("/quotes", params={"country": "fra", "q": ""})
    assert "We will not send" in by_country.text
    assert "Spain will withdraw" not in by_country.text
    nothing = client.get("/quotes", params={"q": "zebra"})
    assert "0 statements" in nothing.text


def test_stance_page_answers_a_proposition_with_citations(client: TestClient) -> None:
    empty = client.get("/stance")
    assert empty.status_code == 200
    assert 'name="q"' in empty.text
    page = client.get("/stance", params={"q": "send troops"})
    assert page.status_code == 200
    table = page.text[page.text.index('<table class="stance country">') :]
    row = table[: table.index("</tr>", table.index("<tbody>"))]
    assert '<a href="/actors/FRA">France</a>' in row
    assert 'class="verdict oppose"' in row
    assert 'href="/documents/doc-paris#' in row
    data = client.get("/api/stance", params={"q": "send troops"}).json()
    assert data["proposition"] == "send troops"
    france = next(row for row in data["countries"] if row["country"] == "FRA")
    assert france["stance"] == "oppose"
    assert france["evidence"]


def test_network_page_draws_the_dyads(client: TestClient) -> None:
    page = client.get("/network")
    assert page.status_code == 200
    assert '<svg id="graph"' in page.text
    assert page.text.count('<path class="edge ') >= 4
    assert '<a href="/actors/Germany">' in page.text
    assert 'class="edge cooperative"' in page.text
    assert 'class="edge conflictual"' in page.text
    only = client.get("/network", params={"actor": "Spain"})
    assert only.text.count('<path class="edge ') == 1
    dyads = client.get("/api/network").json()["event_dyads"]
    pair = next(
        d
        for d in dyads
        if (d["source"]["name"], d["target"]["name"]) == ("France", "United States")
    )
    assert pair["count"] == 1
    assert pair["conflictual"] == 1


def test_json_endpoints_give_the_records(client: TestClient) -> None:
    documents = client.get("/api/documents").json()
    assert [d["doc_id"] for d in documents] == ["doc-paris", "doc-madrid", "doc-hostile"]
    assert "text" not in documents[0]
    one = client.get("/api/documents/doc-paris").json()
    assert one["document"]["text"] == paris_article().document.text
    assert [s["statement_id"] for s in one["statements"]] == ["st-barnier"]
    quotes = client.get("/api/quotes", params={"speaker": "Barnier"}).json()
    assert [q["record"] for q in quotes] == ["statement"]
    timeline = client.get("/api/actors/" + quote("José Zapatero")).json()
    assert timeline["entries"][0]["kind"] == "statement"


def test_static_files_and_no_outside_assets(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200
    assert "mark.statement" in css.text
    for path in ("/", "/documents/doc-paris", "/network", "/stance", "/quotes", "/actors/FRA"):
        html = client.get(path).text
        # Only the article's own source link may point elsewhere; no asset is fetched.
        assert not re.search(r"""src=["']?(https?:)?//""", html), path
        assert not re.search(r"""<link[^>]*href=["']?(https?:)?//""", html), path
        assert not re.search(r"@import|url\(", css.text)
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp
    # FastAPI's interactive docs load from a CDN, so they are off.
    assert client.get("/docs").status_code == 404


def test_the_app_never_writes_the_store(web_db: Path, client: TestClient) -> None:
    before = web_db.read_bytes()
    for path in ("/", "/documents/doc-paris", "/quotes?q=troops", "/network", "/stance?q=x"):
        assert client.get(path).status_code == 200
    assert client.post("/").status_code == 405
    assert web_db.read_bytes() == before
    with open_readonly(web_db) as store, pytest.raises(StoreError, match="readonly"):
        store.write(paris_article())


def test_create_app_refuses_a_missing_or_foreign_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        create_app(str(tmp_path / "missing.db"))
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(StoreError):
        create_app(str(tmp_path / "notes.txt"))
    old = tmp_path / "old.db"
    with Store.open(old) as store:
        store.write(paris_article())
    # An older schema would need migrating, which is a write: it is refused, with advice.
    import sqlite3

    conn = sqlite3.connect(old)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(StoreError, match="older"):
        create_app(str(old))
