"""Reading the data files the package ships (``src/cablegram/data/``, sources named in its
README), for every stage that needs them: ingest (places, datelines) and actors (the
dictionary, state abbreviations, surnames).

One reader, below both stages, so that a file is parsed the same way wherever it is used.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from importlib import resources

__all__ = ["package_csv", "package_lines", "package_text", "read_csv"]


def package_text(name: str) -> str:
    """The text of ``data/NAME`` (UTF-8). Raises ``FileNotFoundError`` for a name not shipped."""
    return (resources.files("cablegram") / "data" / name).read_text(encoding="utf-8")


def read_csv(text: str) -> Iterator[dict[str, str]]:
    """The rows of a CSV text with a header line, each a dict keyed by the header's names."""
    yield from csv.DictReader(io.StringIO(text))


def package_csv(name: str) -> Iterator[dict[str, str]]:
    """The rows of the shipped CSV ``data/NAME`` (``csv.DictReader`` rows: header -> value)."""
    yield from read_csv(package_text(name))


def package_lines(name: str) -> list[str]:
    """The non-empty lines of the shipped text file ``data/NAME``, stripped, without ``#``
    comment lines."""
    return [
        line.strip()
        for line in package_text(name).splitlines()
        if line.strip() and not line.startswith("#")
    ]
