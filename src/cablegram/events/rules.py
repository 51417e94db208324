"""Kept for branches written before the move: the registry lives in :mod:`cablegram.rules`."""

from __future__ import annotations

from cablegram.rules import Registry, Rule

__all__ = ["Registry", "Rule"]
