"""What a run did, and when to stop: counts, the summary, the exit status, fatal errors.

The summary and the exit status follow the record contract (shared/spec/records.md,
Errors): counts of stored, already stored, linked, unreadable and failed documents; exit 0
only when every readable document was stored (or already was) and something was read.

A store error that would fail every later document as well (a full disk, a read-only or
corrupt file, an I/O error) is fatal: the run stops at once with one line, instead of
annotating the rest of the corpus only to fail to store each document.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

# SQLite's primary result codes that no later write can overcome.
_FATAL_CODES: dict[int, str] = {
    8: "the store is read-only",  # SQLITE_READONLY
    10: "disk I/O error",  # SQLITE_IOERR
    11: "the store is corrupt",  # SQLITE_CORRUPT
    13: "the disk is full",  # SQLITE_FULL
    14: "cannot open the store's files",  # SQLITE_CANTOPEN
    26: "the store is not a database",  # SQLITE_NOTADB
}
# How many failed inputs the summary names before it says "and N more".
NAMED_FAILURES = 10


class RunHalted(Exception):
    """A condition that fails every document: the run stops; the message is one line."""


def fatal_reason(err: BaseException) -> str | None:
    """Why ``err`` (or the SQLite error behind it) will fail every document, or None."""
    seen: set[int] = set()
    current: BaseException | None = err
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            code = getattr(current, "sqlite_errorcode", None)
            if isinstance(code, int) and (code & 0xFF) in _FATAL_CODES:
                return _FATAL_CODES[code & 0xFF]
            text = str(current).lower()
            for needle, reason in _FATAL_TEXT:
                if needle in text:
                    return reason
        if isinstance(current, OSError) and current.errno == 28:  # ENOSPC
            return "the disk is full"
        current = current.__cause__ or current.__context__
    return None


_FATAL_TEXT: tuple[tuple[str, str], ...] = (
    ("disk is full", "the disk is full"),
    ("readonly database", "the store is read-only"),
    ("malformed", "the store is corrupt"),
    ("not a database", "the store is not a database"),
    ("disk i/o error", "disk I/O error"),
)


@dataclass(slots=True)
class IngestStats:
    """What a run did, document by document."""

    documents: int = 0  # readable input documents, whatever became of them
    stored: int = 0  # new documents stored, linked copies included
    already: int = 0
    syndicated: int = 0  # of ``stored``: copies linked to an earlier original
    unreadable: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)  # the failed inputs, as shown

    def fail(self, source_path: str) -> None:
        """Count one readable document that could not be stored."""
        self.failed += 1
        if len(self.failures) < NAMED_FAILURES:
            self.failures.append(source_path)

    @property
    def exit_status(self) -> int:
        """0 when every readable document was stored and something was read, else 1."""
        return 1 if self.failed or self.documents == 0 else 0

    def summary(self, target: str) -> str:
        """One line: what became of the inputs, and where they went."""
        return (
            f"{self.stored - self.syndicated} stored, {self.already} already stored, "
            f"{self.syndicated} linked, {self.unreadable} unreadable, {self.failed} failed "
            f"-> {target}"
        )

    def failure_line(self) -> str | None:
        """ "cablegram: N documents could not be stored: a, b, ..." or None when none failed."""
        if not self.failed:
            return None
        names = ", ".join(self.failures)
        more = self.failed - len(self.failures)
        tail = f" and {more} more" if more > 0 else ""
        noun = "document" if self.failed == 1 else "documents"
        return (
            f"cablegram: {self.failed} {noun} could not be stored: {names}{tail} "
            "(the reasons are above; the rest was stored)"
        )
