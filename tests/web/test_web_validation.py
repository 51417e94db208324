"""Hostile parameters answer 4xx (422 JSON under /api), never 500 or "everything"."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cablegram.store.store import Store
from cablegram.web.app import create_app
from cablegram.web.validation import problem

HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy")
TOO_BIG = str(2**63)


def _secured(response: object) -> bool:
    headers = response.headers  # type: ignore[attr-defined]
    return all(name in headers for name in HEADERS)


@pytest.mark.parametrize(
    "url",
    [
        "/quotes?speaker=%00",
        "/quotes?q=kerry%00",
        "/network?actor=%00FRA",
        "/stance?q=%00",
        f"/?page={TOO_BIG}",
        "/?page=99999999999999999999999999",
        "/actors/%00",
    ],
)
def test_pages_refuse_nul_bytes_and_huge_numbers_with_an_html_page(
    client: TestClient, url: str
) -> None:
    response = client.get(url)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>" in response.text and "\x00" not in response.text
    assert TOO_BIG not in response.text  # the input is not echoed
    assert _secured(response)


@pytest.mark.parametrize(
    "url",
    [
        "/api/quotes?speaker=%00",
        "/api/quotes?country=FR%00A",
        f"/api/documents?limit={TOO_BIG}",
        f"/api/documents?offset={TOO_BIG}",
        "/api/documents/%00",
    ],
)
def test_api_refuses_with_422_json(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str)
    assert _secured(response)


def test_a_nul_filter_never_widens_into_everything(client: TestClient) -> None:
    everything = client.get("/api/quotes").json()
    assert everything  # the store holds quotes
    assert client.get("/api/quotes?speaker=%00").status_code == 422
    assert client.get("/api/quotes?speaker=Nobody%20At%20All").json() == []


def test_in_range_numbers_still_work(client: TestClient) -> None:
    assert client.get(f"/api/documents?limit={2**63 - 1}").status_code == 200
    assert client.get("/?page=1").status_code == 200
    assert problem("/", b"q=9223372036854775808") is None  # text search: any number


def test_every_error_carries_the_security_headers(web_db: Path) -> None:
    app = create_app(str(web_db))

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("the disk went away")

    with TestClient(app, raise_server_exceptions=False) as client:
        missing = client.get("/documents/no-such-document")
        assert missing.status_code == 404 and _secured(missing)
        original = Store.counts
        Store.counts = broken  # type: ignore[assignment,method-assign]
        try:
            failed = client.get("/")
            failed_api = client.get("/api/documents/x")
        finally:
            Store.counts = original  # type: ignore[method-assign]
    assert failed.status_code == 500 and _secured(failed)
    assert "the disk went away" not in failed.text
    assert failed.headers["content-type"].startswith("text/html")
    assert failed_api.status_code in (404, 500) and _secured(failed_api)
