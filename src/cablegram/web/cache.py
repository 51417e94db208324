"""Answers kept while the store is unchanged, with ETags: a page asked again costs a look-up.

The web UI only reads, and a page is a function of its URL and the store's content. So
:class:`PageCache`, a plain ASGI middleware, keeps the 200 answers of GET requests (up to
a total size) and serves them again while the store has not changed since; each carries
an ``ETag`` (a hash of its body), and a request whose ``If-None-Match`` names it is
answered ``304 Not Modified`` without a body.

Whether the store changed is SQLite's ``PRAGMA data_version`` on one connection of the
server's own: it changes exactly when another connection (an ingest) commits, and reading
it costs microseconds. An answer is kept only when the version is the same before and
after it was built, so a page built while an ingest committed is never kept.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The most one server process keeps, and the largest answer it keeps.
CACHE_BYTES: Final = 64 * 1024 * 1024
ENTRY_BYTES: Final = 2 * 1024 * 1024


class StoreVersion:
    """The store's change counter, read through a connection of its own (read-only)."""

    def __init__(self, path: str | Path) -> None:
        uri = f"{Path(path).resolve().as_uri()}?mode=ro"
        self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._lock = threading.Lock()

    def __call__(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self._conn.close()


@dataclass(frozen=True, slots=True)
class _Entry:
    version: int
    etag: str
    headers: list[tuple[bytes, bytes]]
    body: bytes


def etag_of(body: bytes) -> str:
    """A strong ETag for an answer's body."""
    return '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'


def _matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    return if_none_match.strip() == "*" or etag in (t.strip() for t in if_none_match.split(","))


class PageCache:
    """Keeps GET answers of status 200 per URL while :class:`StoreVersion` is unchanged."""

    def __init__(
        self,
        app: ASGIApp,
        version: StoreVersion,
        max_bytes: int = CACHE_BYTES,
        entry_bytes: int = ENTRY_BYTES,
    ) -> None:
        self.app = app
        self.version = version
        self.max_bytes = max_bytes
        self.entry_bytes = entry_bytes
        self._entries: OrderedDict[tuple[str, bytes], _Entry] = OrderedDict()
        self._size = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        asked = Headers(scope=scope).get("if-none-match")
        version = self.version()
        entry = self._entries.get(key)
        if entry is not None and entry.version == version:
            self._entries.move_to_end(key)
            await self._send(send, entry.headers, entry.etag, entry.body, asked)
            return
        await self._build(scope, receive, send, key, version, asked)

    async def _build(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        key: tuple[str, bytes],
        version: int,
        asked: str | None,
    ) -> None:
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        passing = False  # too large or not a 200: sent on as it comes, not kept

        async def capture(message: Message) -> None:
            nonlocal start, size, passing
            if passing:
                await send(message)
                return
            if message["type"] == "http.response.start":
                start = message
                if message["status"] != 200:
                    passing = True
                    await send(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.entry_bytes:
                passing = True
                assert start is not None
                await send(start)
                await send({**message, "body": b"".join(chunks)})
                chunks.clear()
                return
            if message.get("more_body", False):
                return
            assert start is not None
            body = b"".join(chunks)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in (b"etag",)]
            etag = etag_of(body)
            if self.version() == version:
                self._keep(key, _Entry(version, etag, headers, body))
            await self._send(send, headers, etag, body, asked)

        await self.app(scope, receive, capture)

    @staticmethod
    async def _send(
        send: Send,
        headers: list[tuple[bytes, bytes]],
        etag: str,
        body: bytes,
        asked: str | None,
    ) -> None:
        fresh = _matches(asked, etag)
        message: Message = {
            "type": "http.response.start",
            "status": 304 if fresh else 200,
            "headers": list(headers),
        }
        out = MutableHeaders(scope=message)
        out["ETag"] = etag
        # Browsers ask again each time, naming the ETag; an unchanged page is then a 304.
        out["Cache-Control"] = "no-cache"
        if fresh:
            for name in ("content-length", "content-type"):
                if name in out:
                    del out[name]
        await send(message)
        await send({"type": "http.response.body", "body": b"" if fresh else body})

    def _keep(self, key: tuple[str, bytes], entry: _Entry) -> None:
        old = self._entries.pop(key, None)
        if old is not None:
            self._size -= len(old.body)
        self._entries[key] = entry
        self._size += len(entry.body)
        while self._size > self.max_bytes and self._entries:
            _, dropped = self._entries.popitem(last=False)
            self._size -= len(dropped.body)
