"""Opening input files safely: regular files only, a size limit, names of any bytes.

A folder of articles may hold things that are not articles: a named pipe (reading it
blocks forever), a socket, a device, a file far too large to parse. Each is refused here
with a reason, before a byte of it is read. File names are bytes on POSIX systems and
need not be UTF-8; :func:`display_path` gives the form shown and stored, which keeps
every byte (undecodable ones as ``\\xNN``).
"""

from __future__ import annotations

import os
import re
import stat
from typing import BinaryIO

# Inputs larger than this are refused unless the caller raises the limit (``--max-size``).
DEFAULT_MAX_BYTES = 10_000_000

# C0 controls, DEL and C1 controls: shown escaped so that a name cannot move the cursor,
# colour the terminal or break a line in a report.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class InputRefused(Exception):
    """The path is not a file we read; the message is the reason shown to the user."""


def display_path(path: str) -> str:
    """The path as shown in messages and stored in ``source_path``: printable, lossless.

    Python represents undecodable bytes of a file name as lone surrogates
    (``surrogateescape``), which SQLite, JSON and a terminal all reject. Such bytes become
    ``\\xNN``, as do control characters; a name that needed no escaping is returned as it
    is. When anything was escaped, a literal backslash becomes ``\\\\``, so the display
    form maps back to exactly one name (:func:`raw_path`).
    """
    raw = os.fsencode(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and not _CONTROL.search(text):
        return text
    if text is None:
        text = raw.replace(b"\\", b"\\\\").decode("utf-8", "backslashreplace")
    else:
        text = text.replace("\\", "\\\\")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def raw_path(shown: str) -> bytes:
    """The file name's bytes from a :func:`display_path` form (the inverse for escaped names)."""
    if "\\x" not in shown:
        return os.fsencode(shown)
    out = bytearray()
    i = 0
    while i < len(shown):
        if shown.startswith("\\\\", i):
            out += b"\\"
            i += 2
        elif shown.startswith("\\x", i) and re.fullmatch(r"[0-9a-f]{2}", shown[i + 2 : i + 4]):
            out.append(int(shown[i + 2 : i + 4], 16))
            i += 4
        else:
            out += shown[i].encode("utf-8")
            i += 1
    return bytes(out)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def open_regular(path: str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> BinaryIO:
    """Open a regular file for reading; raise :class:`InputRefused` for anything else.

    The file is opened without blocking (a FIFO opened for reading would otherwise wait for
    a writer) and checked on the open descriptor, so a file swapped for a pipe between the
    check and the read is still refused. ``max_bytes`` refuses larger files (None: no limit).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise InputRefused(f"cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(mode):
        raise InputRefused(f"skipped: {_kind(mode)}, not a regular file")
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputRefused(f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputRefused(f"skipped: {_kind(info.st_mode)}, not a regular file")
        if max_bytes is not None and info.st_size > max_bytes:
            raise InputRefused(too_large(info.st_size, max_bytes))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def too_large(size: int, max_bytes: int) -> str:
    """The reason given for an input over the size limit."""
    return f"too large ({_mb(size)}; the limit is {_mb(max_bytes)}, raise it with --max-size MB)"


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
