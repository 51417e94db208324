"""The store's one error type."""

from __future__ import annotations


class StoreError(Exception):
    """A store that cannot be opened or written; its message is one line naming the file."""
