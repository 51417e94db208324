"""What keeps the server quick under load: paged listings, pooled connections, headers."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from cablegram.web.app import ReadPool


def test_documents_api_pages(client: TestClient) -> None:
    everything = client.get("/api/documents").json()
    page = client.get("/api/documents", params={"offset": 1, "limit": 1}).json()
    assert page == everything[1:2]
    assert everything[0]["counts"]["statements"] >= 1
    assert "text" not in page[0] and "removed" in page[0]
    assert client.get("/api/documents", params={"limit": 0}).status_code == 422


def test_security_headers_on_pages_json_and_errors(client: TestClient) -> None:
    for path in ("/", "/api/documents", "/api/quotes?q=troops", "/no-such-page"):
        response = client.get(path)
        assert "default-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"


def test_connections_are_reused_between_requests(web_db: Path) -> None:
    pool = ReadPool(str(web_db), idle=2)
    first = pool.acquire()
    pool.release(first)
    assert pool.acquire() is first  # the idle one is lent again
    others = [pool.acquire() for _ in range(3)]
    assert first not in others
    for store in [first, *others]:
        pool.release(store)  # two kept idle, the others closed
    pool.close()
