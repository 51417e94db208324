"""Request checks every route shares, and an error answer that every response gets.

:class:`ParameterCheck` is a plain ASGI middleware in front of the routes:

* a NUL byte (or another C0 control character but tab and line breaks) in the path or in
  a query parameter is refused: SQLite reads a bound string only up to its NUL, so
  ``speaker=%00`` would otherwise filter on the empty string and match every quote;
* a numeric parameter (``page``, ``limit``, ``offset``, ...) must fit SQLite's integers
  (below 2**63); a larger one would make the query raise;
* an exception a route lets through becomes a plain 500 answer here, so that it passes the
  security-header middleware like any other response (Starlette's own error handler
  sits outside every middleware).

Refusals answer 422 with JSON ``{"detail": ...}`` under ``/api``, and an HTML error page
(400) elsewhere; neither echoes the input back.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Final
from urllib.parse import parse_qsl

from fastapi.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Query parameters that hold counts or positions, wherever a route declares them.
NUMERIC_PARAMS: Final = frozenset(
    {"page", "limit", "offset", "min_count", "count", "top", "size", "per_page", "since_id"}
)
MAX_INTEGER: Final = 2**63 - 1
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INTEGER: Final = re.compile(r"\s*[+-]?\d+\s*")
_log = logging.getLogger("cablegram.web")

# (status, message) -> the HTML page for people.
ErrorPage = Callable[[int, str], Response]


def problem(path: str, query_string: bytes) -> str | None:
    """Why this request's path or parameters are refused, or None when they are fine."""
    if _CONTROL.search(path):
        return "The address holds a control character."
    try:
        query = query_string.decode("latin-1")
        pairs = parse_qsl(query, keep_blank_values=True, errors="replace")
    except ValueError:
        return "The query string is malformed."
    for name, value in pairs:
        if _CONTROL.search(name) or _CONTROL.search(value):
            return f"The parameter {_shown(name)} holds a control character."
        if name in NUMERIC_PARAMS and _INTEGER.fullmatch(value) and len(value.strip()) > 0:
            digits = value.strip().lstrip("+-")
            if len(digits) > 19 or abs(int(value)) > MAX_INTEGER:
                return f"The parameter {name} is out of range (at most {MAX_INTEGER})."
    return None


def _shown(name: str) -> str:
    # Parameter names come from the request: show a tame name only, never the input.
    return name if re.fullmatch(r"[a-z_]{1,30}", name) else "given"


class ParameterCheck:
    """Refuses bad parameters before routing; turns an escaped exception into a 500 answer."""

    def __init__(self, app: ASGIApp, error_page: ErrorPage) -> None:
        self.app = app
        self.error_page = error_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        reason = problem(path, scope.get("query_string", b""))
        if reason is not None:
            await self._answer(path, 400, reason)(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            _log.exception("error answering %s", path)
            if started:
                raise
            answer = self._answer(path, 500, "Something went wrong reading the store.")
            await answer(scope, receive, send)

    def _answer(self, path: str, status: int, reason: str) -> Response:
        if path == "/api" or path.startswith("/api/"):
            return JSONResponse({"detail": reason}, 422 if status == 400 else status)
        return self.error_page(status, reason)
