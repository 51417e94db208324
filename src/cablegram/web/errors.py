"""Every error as a page for people (HTML) and as JSON under ``/api``, never echoing input.

FastAPI's own answer to a bad parameter is JSON that repeats what was sent; here a bad
parameter is a 422 page naming the parameter and what it takes, a missing page a 404, and
anything unexpected a 500 page, all from ``error.html``. Under ``/api/`` the same errors are
JSON: ``{"detail": ...}`` with the parameter's name and the rule, never the value.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from cablegram.store.filters import FilterError

_MESSAGES = {
    404: "There is nothing at this address.",
    405: "This address does not take that kind of request.",
    500: "Something went wrong on the server.",
}


def _is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


def page(request: Request, status: int, detail: str) -> Response:
    """``detail`` (text the server wrote, never the user's input) as an error page or JSON."""
    if _is_api(request):
        return JSONResponse({"detail": detail}, status)
    from cablegram.web.app import render

    response: HTMLResponse = render("error.html", status_code=status, code=status, detail=detail)
    return response


def _rule(error: dict[str, Any]) -> str:
    """What a parameter takes, from a validation error, without the value sent."""
    kind = str(error.get("type", ""))
    context = error.get("ctx") or {}
    if kind == "greater_than_equal":
        return f"a whole number of {context.get('ge')} or more"
    if kind == "less_than_equal":
        return f"a whole number of {context.get('le')} or less"
    if kind in ("int_parsing", "int_type"):
        return "a whole number"
    if kind == "string_too_long":
        return f"at most {context.get('max_length')} characters"
    if kind == "missing":
        return "a value (it is missing)"
    return "another value"


def _name(error: dict[str, Any]) -> str:
    loc = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")]
    return ".".join(loc) or "request"


async def _validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = [f"{_name(e)} must be {_rule(e)}" for e in exc.errors()]
    return page(request, 422, "Bad request: " + "; ".join(problems) + ".")


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    # Details the app raises itself are its own words; Starlette's defaults are generic.
    detail = exc.detail if isinstance(exc.detail, str) else _MESSAGES.get(exc.status_code, "")
    if exc.status_code in _MESSAGES and detail in ("Not Found", "Method Not Allowed"):
        detail = _MESSAGES[exc.status_code]
    return page(request, exc.status_code, detail or "The request could not be served.")


async def _filter(request: Request, exc: Exception) -> Response:
    # A filter that would widen into everything (see cablegram.store.filters): the message
    # names the filter and the rule, never the value.
    return page(request, 422 if _is_api(request) else 400, f"Bad request: {exc}.")


async def _unexpected(request: Request, exc: Exception) -> Response:
    return page(request, 500, _MESSAGES[500])


def install(app: FastAPI) -> None:
    """Route every error of ``app`` through :func:`page`."""
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(FilterError, _filter)
    app.add_exception_handler(Exception, _unexpected)
