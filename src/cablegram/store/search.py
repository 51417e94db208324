"""Full-text search and filtered, windowed listings of statements and events."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Generic, TypeVar

from cablegram.records import Event, Statement
from cablegram.store.filters import checked
from cablegram.store.rows import (
    _EVENT_SELECT,
    _EVENT_TABLE,
    _STATEMENT_SELECT,
    _STATEMENT_TABLE,
    Record,
    StoreBase,
    _event_from,
    _statement_from,
    _Table,
)

_TERM = re.compile(r'"([^"]*)"|(\S+)')


def fts_query(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must occur.

    Words and ``"quoted phrases"`` are passed as FTS5 strings, so punctuation and words such
    as ``NOT`` or ``NEAR`` never become query syntax; a trailing ``*`` keeps its prefix
    meaning. Returns None when nothing searchable is left.
    """
    parts: list[str] = []
    for match in _TERM.finditer(text):
        phrase, word = match.group(1), match.group(2)
        prefix = word is not None and word.endswith("*")
        raw = phrase if phrase is not None else word.rstrip("*")
        if not any(ch.isalnum() for ch in raw):
            continue
        parts.append('"' + raw.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(parts) or None


def like_pattern(text: str) -> str:
    r"""A LIKE pattern matching ``text`` anywhere, with ``%``, ``_`` and ``\`` taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# The trigram tokenizer indexes runs of three characters: shorter needles need a scan.
_TRIGRAM: Final = 3


def _label_filter(
    fts: str, column: str, needle: str, lower: int | None = None
) -> tuple[str, list[object]]:
    """SQL (and its parameters) for the rowids whose actor labels contain ``needle``.

    Three or more characters make a trigram phrase query: an indexed, case-insensitive
    substring match. A shorter needle falls back to LIKE over the labels. ``lower`` bounds
    the rowids from below, so that a search over its most recent rows reads only those.
    """
    needle = needle.strip()
    bound, extra = ("", []) if lower is None else (" AND rowid >= ?", [lower])
    if len(needle) >= _TRIGRAM:
        return f"SELECT rowid FROM {fts} WHERE {fts} MATCH ?{bound}", [
            '"' + needle.replace('"', '""') + '"',
            *extra,
        ]
    return f"SELECT rowid FROM {fts} WHERE {column} LIKE ? ESCAPE '\\'{bound}", [
        like_pattern(needle),
        *extra,
    ]


_ISO3: Final = re.compile(r"^[A-Z]{3}$")
_CAMEO: Final = re.compile(r"^(?:[A-Z]{3}){2,}$|^(?:IGO|NGO)$")


def _actor_filter(
    term: str, fts: str, column: str, prefixes: tuple[str, ...], lower: int | None
) -> tuple[str, list[object]]:
    """SQL (and parameters) for the rowids whose actor (``prefixes``: "speaker", or "source"
    and "target") matches ``term``: a CAMEO code ("IGOUNO", "FRAGOV") its ``code`` or a code
    under it; an upper-case three-letter ISO code ("RUS") that country only; else a name or
    mention holding ``term`` as whole words ("Truss" does not match "RUS" or "rus")."""
    term = term.strip()
    table = fts.split("_")[0]
    if _CAMEO.match(term) or _ISO3.match(term):
        code = _CAMEO.match(term) is not None
        test = " OR ".join(f"{p}_{'code LIKE' if code else 'country ='} ?" for p in prefixes)
        bound, extra = ("", []) if lower is None else (" AND id >= ?", [lower])
        params: list[object] = [term + "%" if code else term] * len(prefixes)
        return f"SELECT id FROM {table} WHERE ({test}){bound}", [*params, *extra]
    label_sql, args = _label_filter(fts, column, term, lower)
    escaped = "".join(f"[{c}]" if c in "*?[" else c for c in term.lower())
    return f"{label_sql} AND lower(' ' || {column} || ' ') GLOB ?", [
        *args,
        f"*[^a-z0-9]{escaped}[^a-z0-9]*",
    ]


def fts_prefix(term: str) -> str:
    """One term as an FTS5 prefix query (``"term"*``), never query syntax: for callers that
    combine terms themselves with ``AND``/``OR`` and parentheses (see
    :meth:`Store.statements_matching`)."""
    return '"' + term.replace('"', '""') + '"*'


# A search with a limit ranks (bm25) at most this many of its most recent matches; see
# Store.statements. Ranking scores every candidate: 5,000 take ~15 ms, a million ~1.5 s.
RANK_WINDOW: Final = 5_000
# How much the window grows when other filters leave too few of its rows.
_WINDOW_GROWTH: Final = 4
# Marks around the words a full-text expression matched (see Store.statements_matching).
# Control characters: cleaning removes them from article text, so they mark unambiguously.
_MARK_OPEN: Final = "\x01"
_MARK_CLOSE: Final = "\x02"
_MARKED: Final = re.compile("\x01([^\x02]*)\x02")


R = TypeVar("R", Statement, Event)


@dataclass(frozen=True, slots=True)
class Match(Generic[R]):
    """A record found by a full-text expression, with the words of it that matched.

    ``words`` are the matched stretches of text as written (a phrase term's words together,
    e.g. "al-Qaeda"), from every indexed column, in text order.
    """

    record: R
    words: tuple[str, ...]


def _marked(*columns: str) -> tuple[str, ...]:
    return tuple(word for column in columns for word in _MARKED.findall(column))


def _iso(value: str | dt.date | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


class SearchReads(StoreBase):
    """Statements and events by filters and full-text search (a part of :class:`Store`)."""

    def statements(
        self,
        speaker: str | None = None,
        country: str | None = None,
        search: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[Statement]:
        """Statements matching every filter given.

        ``speaker`` matches, case-insensitively and as whole words, the speaker's canonical
        name, the mention that says it, or any mention of that actor in the document; an
        upper-case ISO3 code matches that country and a CAMEO code the speaker's ``code``.
        ``country`` is the speaker's ISO3 code. ``search`` is full-text over the statement
        and its sentence; results then come best match first (bm25), else in stored order.

        Ranking scores every candidate, which a common word over a large store makes slow
        (a word in half of a million statements: 0.8 s). So a search with a ``limit`` ranks
        a window of the most recent matches: the :data:`RANK_WINDOW` most recent statements
        the search matches (newest by rowid, which the full-text index reads in order,
        however many match), widened fourfold at a time until the other filters leave at
        least ``limit`` of them. A search matching fewer statements ranks them all, exactly
        as without a limit. Without a ``limit`` every match is ranked.

        Raises :class:`cablegram.store.filters.FilterError` for a filter that is empty or
        blank or holds a control character: a filter never widens into every statement.
        """
        speaker, country = checked("speaker", speaker), checked("country", country)
        search = checked("search", search, blank=True)
        filtered = speaker is not None or country is not None or doc_id is not None
        return self._select(
            _STATEMENT_TABLE,
            lambda lower, searching: self._statement_filters(
                speaker, country, doc_id, lower, searching
            ),
            filtered,
            search,
            limit,
        )

    @staticmethod
    def _statement_filters(
        speaker: str | None,
        country: str | None,
        doc_id: str | None,
        lower: int | None,
        searching: bool,
    ) -> tuple[list[str], list[object]]:
        where: list[str] = []
        params: list[object] = []
        if speaker is not None:
            label_sql, args = _actor_filter(
                speaker, "statements_speaker_fts", "speaker_label", ("speaker",), lower
            )
            # With a search, "+" keeps SQLite from running the full-text search once per
            # speaker row (a rowid look-up each) instead of once, checking each match.
            where.append(f"{'+' if searching else ''}s.id IN ({label_sql})")
            params.extend(args)
        if country is not None:
            where.append("s.speaker_country = ?")
            params.append(country.upper())
        if doc_id is not None:
            where.append("s.doc_id = ?")
            params.append(doc_id)
        return where, params

    def _select(
        self,
        table: _Table[Record],
        filters: Callable[[int | None, bool], tuple[list[str], list[object]]],
        filtered: bool,
        search: str | None,
        limit: int | None,
    ) -> list[Record]:
        """Rows of a statements- or events-like table: every filter, then full-text search
        ranked over a window of recent matches when there is a ``limit`` (see
        :meth:`statements`), else all in stored order."""
        alias, fts = table.alias, table.fts
        if search is None:
            where, params = filters(None, False)
            sql = f"SELECT {table.select} FROM {table.name} {alias}"
            if where:
                sql += " WHERE " + " AND ".join(where)
            sql += f" ORDER BY {alias}.id"
            if limit is not None:
                sql += " LIMIT ?"
                params.append(limit)
            return [table.from_row(row) for row in self._conn.execute(sql, params)]
        query = fts_query(search)
        if query is None:
            return []
        source = f"{fts} JOIN {table.name} {alias} ON {alias}.id = {fts}.rowid"

        def where_at(lower: int | None) -> tuple[str, list[object]]:
            where, params = filters(lower, True)
            where.insert(0, f"{fts} MATCH ?")
            params.insert(0, query)
            if lower is not None:
                where.append(f"{fts}.rowid >= ?")
                params.append(lower)
            return " AND ".join(where), params

        lower = None
        if limit is not None:
            lower = self._rank_window(fts, source, query, limit, where_at, filtered)
        clause, params = where_at(lower)
        # "+rank": rank only the rows the filters keep, not every match.
        rank = f"+{fts}.rank" if filtered else f"{fts}.rank"
        sql = f"SELECT {table.select} FROM {source} WHERE {clause} ORDER BY {rank}, {alias}.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [table.from_row(row) for row in self._conn.execute(sql, params)]

    def _rank_window(
        self,
        fts: str,
        source: str,
        query: str,
        limit: int,
        where_at: Callable[[int | None], tuple[str, list[object]]],
        filtered: bool,
    ) -> int | None:
        """The lowest rowid of the recent matches to rank (see :meth:`statements`), or None
        when the window takes in every match."""
        window = RANK_WINDOW
        while True:
            row = self._conn.execute(
                f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                (query, window - 1),
            ).fetchone()
            if row is None:
                return None
            lower = int(row[0])
            if not filtered:
                return lower
            where, params = where_at(lower)
            kept = self._conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where} LIMIT ?)",
                [*params, limit],
            ).fetchone()[0]
            if kept >= limit:
                return lower
            window *= _WINDOW_GROWTH

    def statements_matching(self, expression: str, limit: int) -> list[Match[Statement]]:
        """The ``limit`` most recent statements a full-text ``expression`` matches.

        ``expression`` is FTS5 syntax built by the caller: :func:`fts_prefix` terms joined
        with ``AND``, ``OR`` and parentheses, never text a user typed (that goes through
        ``statements(search=...)``). Newest first by rowid, which FTS5 reads in order and
        stops early, so the cost is bounded by ``limit`` rather than by how many match.
        Each statement comes with the words of its text and sentence that matched.
        """
        rows = self._conn.execute(
            f"SELECT {_STATEMENT_SELECT}, highlight(statements_fts, 0, ?, ?), "
            "highlight(statements_fts, 1, ?, ?) "
            "FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid "
            "WHERE statements_fts MATCH ? ORDER BY statements_fts.rowid DESC LIMIT ?",
            (_MARK_OPEN, _MARK_CLOSE, _MARK_OPEN, _MARK_CLOSE, expression, limit),
        )
        return [Match(_statement_from(row[:-2]), _marked(row[-2], row[-1])) for row in rows]

    def events(
        self,
        actor: str | None = None,
        event_type: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        doc_id: str | None = None,
        search: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Events matching every filter given, in stored order (best match first with ``search``).

        ``actor`` matches the source or the target: whole words of its name or mention, an
        upper-case ISO3 country code, or a CAMEO code (see :meth:`statements`).
        ``since``/``until`` bound the event's date (the document's when the event has none),
        inclusive; ``until="2003"`` takes in all of 2003.
        ``doc_id`` finds every event that document reports, deduplicated ones included.
        A ``search`` with a ``limit`` ranks a window of the most recent matches, as
        :meth:`statements` does. Filters are checked as for :meth:`statements`.
        """
        actor, event_type = checked("actor", actor), checked("type", event_type)
        search = checked("search", search, blank=True)
        since = since if not isinstance(since, str) else checked("since", since)
        until = until if not isinstance(until, str) else checked("until", until)
        filtered = any(v is not None for v in (actor, event_type, since, until, doc_id))
        return self._select(
            _EVENT_TABLE,
            lambda lower, searching: self._event_filters(
                actor, event_type, since, until, doc_id, lower, searching=searching
            ),
            filtered,
            search,
            limit,
        )

    @staticmethod
    def _event_filters(
        actor: str | None,
        event_type: str | None,
        since: str | dt.date | None,
        until: str | dt.date | None,
        doc_id: str | None,
        lower: int | None,
        *,
        searching: bool,
    ) -> tuple[list[str], list[object]]:
        where: list[str] = []
        params: list[object] = []
        if actor is not None:
            label_sql, args = _actor_filter(
                actor, "events_actor_fts", "actor_label", ("source", "target"), lower
            )
            where.append(f"{'+' if searching else ''}e.id IN ({label_sql})")
            params.extend(args)
        if event_type is not None:
            where.append("e.event_type = ?")
            params.append(event_type.upper())
        if since is not None:
            where.append("e.sort_date >= ?")
            params.append(_iso(since))
        if until is not None:
            # '~' sorts after every digit and '-', so a bound such as "2003" or "2003-03"
            # takes in every date inside it.
            where.append("e.sort_date <= ?")
            params.append(f"{_iso(until)}~")
        if doc_id is not None:
            where.append("e.event_id IN (SELECT event_id FROM event_citations WHERE doc_id = ?)")
            params.append(doc_id)
        return where, params

    def events_matching(self, expression: str, limit: int) -> list[Match[Event]]:
        """The ``limit`` most recent events a full-text ``expression`` matches, each with
        the words of its sentence and trigger that matched; see :meth:`statements_matching`."""
        rows = self._conn.execute(
            f"SELECT {_EVENT_SELECT}, highlight(events_fts, 0, ?, ?), "
            "highlight(events_fts, 1, ?, ?) "
            "FROM events_fts JOIN events e ON e.id = events_fts.rowid "
            "WHERE events_fts MATCH ? ORDER BY events_fts.rowid DESC LIMIT ?",
            (_MARK_OPEN, _MARK_CLOSE, _MARK_OPEN, _MARK_CLOSE, expression, limit),
        )
        return [Match(_event_from(row[:-2]), _marked(row[-2], row[-1])) for row in rows]
