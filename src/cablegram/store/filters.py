"""The one check every record filter passes, whoever sends it (CLI, Python API, web).

A filter narrows a listing; it must never widen it into "everything". Two kinds of text
would: a NUL byte (SQLite reads a bound string only up to it, so ``speaker="\\x00"``
filtered on the empty string, which every speaker contains) and an empty or blank filter
(which every label contains; a blank full-text search matches nothing and is let
through). Both are refused here, in the store's read methods, with
:class:`FilterError`; so are other control characters and lone surrogates (undecodable
bytes), which no stored label holds.
"""

from __future__ import annotations

import re
from typing import Final

_CONTROL: Final = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


class FilterError(ValueError):
    """A filter value that could only widen a listing; the message is one line naming the
    filter and the rule, never the value."""


def checked(name: str, value: str | None, *, blank: bool = False) -> str | None:
    """``value`` when it is a usable filter (or None: no filter); raises :class:`FilterError`
    for text that holds a control character or a lone surrogate, or that is empty or blank
    (unless ``blank``: a blank full-text search matches nothing, so it cannot widen)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise FilterError(f"the {name} filter must be text, not {type(value).__name__}")
    if _CONTROL.search(value):
        raise FilterError(
            f"the {name} filter holds a control character or undecodable bytes; "
            "a filter is plain text"
        )
    if not blank and not value.strip():
        raise FilterError(
            f"the {name} filter is empty, which would match everything; leave it out instead"
        )
    return value
