"""Which pipeline annotated a document: the package version plus a hash of its data files.

A change to the code (a new release) or to any dictionary, pattern or cue list under
``cablegram/data`` gives a new version, so ``cablegram reannotate`` knows which stored
documents are behind.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from cablegram import __version__

DATA_DIR = Path(__file__).parent / "data"


@functools.cache
def pipeline_version() -> str:
    """``"<package version>+<12 hex digits of the data files' SHA-256>"``."""
    digest = hashlib.sha256()
    for path in sorted(p for p in DATA_DIR.rglob("*") if p.is_file()):
        digest.update(path.relative_to(DATA_DIR).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"
