"""One shape for every listing (quotes, events, timeline entries): the items shown, how many
matched, and what a date range left out.

A listing is what ``--json`` prints and what the Python API returns: iterate it, take its
``len``, index it, or call ``to_json()``. ``total`` counts every match before a limit;
``undated`` counts (and names a few documents of) the records that have no date: a date range
leaves them out (``left_out``), so that they never vanish without a word; without a range
they are listed last. ``coarse`` counts the kept records whose month or year only overlaps
the range. ``unsure`` counts the events left out because the coder rated them less sure
than ``floor`` (see :data:`cablegram.query.events.EVENT_FLOOR`), so that they too never vanish
without a word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Generic, Protocol, TypeVar

from cablegram.query.dates import DateRange
from cablegram.query.dates import sort_key as date_sort_key

JSON = dict[str, Any]
# Rows a table shows unless --limit or --all says otherwise.
TABLE_ROWS: Final = 50
# Documents an undated note names.
NAMED_UNDATED: Final = 3


class Item(Protocol):
    def to_json(self) -> JSON: ...


T = TypeVar("T", bound=Item)


@dataclass(frozen=True, slots=True)
class Undated:
    """Records without a date: how many, from which documents, and whether a date range
    left them out (else they are listed last)."""

    count: int = 0
    documents: tuple[str, ...] = ()
    left_out: bool = True

    def to_json(self) -> JSON:
        return {"count": self.count, "documents": list(self.documents), "left_out": self.left_out}


@dataclass(frozen=True, slots=True)
class Listing(Generic[T]):
    """Items in a stated ``order`` (``"date"`` or ``"relevance"``), cut to a limit."""

    key: str
    items: tuple[T, ...]
    total: int
    order: str = "date"
    range: DateRange = field(default_factory=DateRange)
    undated: Undated = field(default_factory=Undated)
    coarse: int = 0
    unsure: int = 0
    floor: float | None = None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]

    def __bool__(self) -> bool:
        return bool(self.items)

    @property
    def truncated(self) -> bool:
        return len(self.items) < self.total

    def to_json(self) -> JSON:
        return {
            "count": len(self.items),
            "total": self.total,
            "order": self.order,
            "since": self.range.since,
            "until": self.range.until,
            "undated": self.undated.to_json(),
            "coarse": self.coarse,
            "min_confidence": self.floor,
            "below_min_confidence": self.unsure,
            self.key: [item.to_json() for item in self.items],
        }

    def notes(self, what: str) -> list[str]:
        """Lines a table prints under itself: what was cut, and what had no date."""
        lines: list[str] = []
        if self.truncated:
            lines.append(
                f"Showing {len(self.items)} of {self.total} {what}: "
                "--limit N shows N, --all shows every one."
            )
        if self.coarse:
            lines.append(
                f"{self.coarse} {what} dated only by month or year overlap "
                f"the range {self.range.describe()} and are included."
            )
        if self.undated.count and self.undated.left_out:
            named = "; ".join(self.undated.documents)
            more = " ..." if self.undated.count > len(self.undated.documents) else ""
            lines.append(
                f"{self.undated.count} {what} have no date and are not shown (from: {named}{more})."
            )
        elif self.undated.count:
            lines.append(f"{self.undated.count} {what} have no date and are listed last.")
        if self.unsure:
            lines.append(unsure_note(self.unsure, what, self.floor))
        return lines


def unsure_note(count: int, what: str, floor: float | None) -> str:
    """The line that says how many events a confidence floor left out, and how to see them."""
    return (
        f"{count} {what} the coder rates under confidence {floor:g} are not shown "
        "(--min-confidence 0 on the command line shows every one)."
    )


def select(
    key: str,
    found: Sequence[T],
    date_of: Callable[[T], tuple[str | None, str | None]],
    document_of: Callable[[T], str],
    *,
    date_range: DateRange,
    limit: int | None,
    order: str = "date",
    unsure: int = 0,
    floor: float | None = None,
) -> Listing[T]:
    """The listing of ``found`` within ``date_range``: sorted by date (undated last) when
    ``order`` is ``"date"``, else kept as given; cut to ``limit`` after sorting. ``unsure`` and
    ``floor`` are passed through to say what a confidence floor left out."""
    kept: list[T] = []
    undated: list[str] = []
    coarse = 0
    for item in found:
        date, precision = date_of(item)
        fit = date_range.fit(date, precision)
        if fit == "outside":
            continue
        if date is None:
            undated.append(document_of(item))
        if fit == "undated":
            continue
        coarse += fit == "coarse"
        kept.append(item)
    if order == "date":
        ranked = sorted(enumerate(kept), key=lambda pair: date_sort_key(*date_of(pair[1]), pair[0]))
        kept = [item for _, item in ranked]
    total = len(kept)
    shown = kept[:limit] if limit is not None else kept
    return Listing(
        key=key,
        items=tuple(shown),
        total=total,
        order=order,
        range=date_range,
        undated=Undated(
            len(undated), tuple(dict.fromkeys(undated))[:NAMED_UNDATED], not date_range.open
        ),
        coarse=coarse,
        unsure=unsure,
        floor=floor,
    )
