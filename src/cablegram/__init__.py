"""cablegram: turn news into a sourced record of who said and did what to whom.

``cablegram.extract(text)`` annotates a text; ``cablegram.open(path)`` opens a store to
query. Both load on first use (see :mod:`cablegram.api`), so importing the package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from cablegram.api import CablegramStore, extract, open

__all__ = ["CablegramStore", "__version__", "extract", "open"]

_API_NAMES = frozenset({"CablegramStore", "extract", "open"})


def __getattr__(name: str) -> Any:
    # PEP 562: the API module (and through it the store) is imported on first use only.
    if name in _API_NAMES:
        from cablegram import api

        return getattr(api, name)
    raise AttributeError(f"module 'cablegram' has no attribute {name!r}")
