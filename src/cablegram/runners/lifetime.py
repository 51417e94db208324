"""Worker processes that end with their parent, however the parent ends.

A pool's workers normally stop when the parent shuts the pool down; a parent killed with
``kill -9`` never does, and its workers would idle on, each holding a loaded model. Each
worker therefore (1) asks Linux to send it SIGKILL when its parent dies
(``prctl(PR_SET_PDEATHSIG)``, through ctypes), and (2) runs a watchdog thread that exits the
process as soon as its parent process id changes (the orphan is re-parented), which also
covers systems without ``prctl``.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from typing import Final

PR_SET_PDEATHSIG: Final = 1
# How often the watchdog looks at the parent, in seconds.
POLL_S: Final = 0.5


def _pdeathsig() -> None:
    """Have the kernel kill this process when its parent thread exits (Linux only)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _watch(parent: int) -> None:
    while True:
        time.sleep(POLL_S)
        if os.getppid() != parent:
            os._exit(1)


def die_with_parent(parent: int | None = None) -> None:
    """Make this process end when ``parent`` (default: its parent now) is gone.

    Call it first thing in a worker. If the parent is already gone, exits at once.
    """
    expected = os.getppid() if parent is None else parent
    _pdeathsig()
    if os.getppid() != expected:
        os._exit(1)
    threading.Thread(target=_watch, args=(expected,), name="parent-watchdog", daemon=True).start()
