"""cablegram: turn news into a sourced record of who said and did what to whom."""

from __future__ import annotations

__version__ = "0.1.0"
