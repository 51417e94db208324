"""Gold files for ``cablegram evaluate``: reading them and normalising text for comparison.

The format is ``shared/gold/README.md``'s: one JSON object a line, statement lines (``doc``,
``text_contains``, ``speaker`` names, ``kind``, ``optional``) and event lines (``doc``,
``event_type``, ``sentence_contains``, ``source``, ``target``, ``optional``). A line that
cannot be read raises ``GoldFileError`` naming the file and line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
    }
)
_SPACE = re.compile(r"\s+")
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "i",
        "we",
        "you",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "their",
        "theirs",
        "its",
        "us",
        "me",
    ]
)


def normalise(text: str) -> str:
    """Lower case, straight quotes, plain dashes, white space folded to one space."""
    return _SPACE.sub(" ", text.translate(_QUOTES).lower()).strip()


@dataclass(frozen=True, slots=True)
class GoldStatement:
    doc: str
    text_contains: str
    speakers: tuple[str, ...]
    kind: str | None = None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldEvent:
    doc: str
    event_type: str
    sentence_contains: str
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True, slots=True)
class Gold:
    statements: tuple[GoldStatement, ...]
    events: tuple[GoldEvent, ...]

    @property
    def docs(self) -> frozenset[str]:
        return frozenset(g.doc for g in self.statements) | frozenset(g.doc for g in self.events)


class GoldFileError(Exception):
    """The gold file cannot be read; the message names the file and line."""


def load_gold(path: str | Path) -> Gold:
    statements: list[GoldStatement] = []
    events: list[GoldEvent] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise GoldFileError(f"{path}: cannot read gold file ({err})") from err
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if row["record"] == "statement":
                statements.append(
                    GoldStatement(
                        doc=row["doc"],
                        text_contains=normalise(row["text_contains"]),
                        speakers=tuple(normalise(s) for s in row.get("speaker") or ()),
                        kind=row.get("kind"),
                        optional=bool(row.get("optional", False)),
                    )
                )
            elif row["record"] == "event":
                events.append(
                    GoldEvent(
                        doc=row["doc"],
                        event_type=row["event_type"].upper(),
                        sentence_contains=normalise(row["sentence_contains"]),
                        sources=tuple(s.upper() for s in row.get("source") or ()),
                        targets=tuple(s.upper() for s in row.get("target") or ()),
                        optional=bool(row.get("optional", False)),
                    )
                )
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise GoldFileError(f"{path}:{number}: malformed gold line ({err!r})") from err
    return Gold(tuple(statements), tuple(events))


__all__ = [
    "PRONOUNS",
    "Gold",
    "GoldEvent",
    "GoldFileError",
    "GoldStatement",
    "load_gold",
    "normalise",
]
