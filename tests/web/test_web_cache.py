"""Pages asked again are served from the page cache with an ETag, and only while the store
is unchanged: a commit by another connection (an ingest) makes the next answer fresh."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from cablegram.store import Store
from cablegram.web.app import create_app

HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy")


def test_a_page_asked_again_is_the_same_and_a_known_etag_is_a_304(client: TestClient) -> None:
    first = client.get("/quotes", params={"q": "troops"})
    again = client.get("/quotes", params={"q": "troops"})
    assert first.status_code == again.status_code == 200
    assert first.text == again.text and first.headers["etag"] == again.headers["etag"]
    assert first.headers["cache-control"] == "no-cache"
    unchanged = client.get(
        "/quotes", params={"q": "troops"}, headers={"If-None-Match": first.headers["etag"]}
    )
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert all(name in unchanged.headers for name in HEADERS)
    other = client.get("/quotes", params={"q": "troops"}, headers={"If-None-Match": '"old"'})
    assert other.status_code == 200 and other.text == first.text


def test_errors_are_not_kept(client: TestClient) -> None:
    for _ in range(2):
        missing = client.get("/documents/no-such-document")
        assert missing.status_code == 404 and "etag" not in missing.headers
        assert all(name in missing.headers for name in HEADERS)


def test_a_commit_by_another_connection_makes_the_next_answer_fresh(
    web_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(web_db, db)
    with TestClient(create_app(str(db))) as client:
        before = client.get("/")
        assert client.get("/").headers["etag"] == before.headers["etag"]  # kept
        with Store.open(db) as store:
            doc_id = store.document_summaries(0, 1)[0].doc_id
            assert store.remove_documents([doc_id]) == 1
        after = client.get("/")
        assert after.status_code == 200
        assert after.headers["etag"] != before.headers["etag"]
        assert doc_id in before.text and doc_id not in after.text
        stale = client.get("/", headers={"If-None-Match": before.headers["etag"]})
        assert stale.status_code == 200
