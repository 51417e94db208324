"""One raw document in, one cleaned Document (or the reason there is none) out."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from cablegram.ingest.boilerplate import BoilerplateIndex
from cablegram.ingest.datelines import is_restored_dateline, restore_datelines
from cablegram.ingest.glue import split_glued_captions
from cablegram.ingest.metadata import byline_names, take_title
from cablegram.ingest.pagedate import text_byline_date, text_month_date
from cablegram.ingest.prepare import Prepared, prepare, source_group
from cablegram.ingest.rulebase import is_sentence_like
from cablegram.ingest.rules import RuleContext, apply_rules
from cablegram.ingest.text import fold, join_paragraphs, split_paragraphs, words
from cablegram.records import (
    DateSource,
    Document,
    IngestError,
    RawDocument,
    Removed,
    document_id,
)

# A byline line longer than this is a dateline opening the lede: it stays in the text,
# unless it is a credit line that does not end like a sentence, up to MAX_CREDIT_WORDS.
MAX_BYLINE_WORDS = 15
MAX_CREDIT_WORDS = 40
# "By Ana Rojas · 3 March 2022": the separator and the date after the names.
_BYLINE_TAIL = re.compile(r"\s*(?:[·|•]|,?\s+on\s).*$")
# What remains after a paywall prompt, or of a text cut off mid-way, shorter than this is
# a teaser of the article, not the article.
MAX_TEASER_WORDS = 150
# The page's own line names the month it was published in: as sure as a text estimate gets.
MONTH_STAMP_CONFIDENCE = 0.9
_CUT_OFF = re.compile(r"(?:\.\.\.|…|\[\s*…\s*\]|\(\s*more\s*\))\s*$", re.I)


def is_teaser(text: str, removed_kinds: list[str]) -> bool:
    """Only a teaser remains: a short text behind a paywall prompt, or one cut off mid-way."""
    if len(words(text)) > MAX_TEASER_WORDS:
        return False
    return "paywall" in removed_kinds or bool(_CUT_OFF.search(text))


def clean_document(
    raw: RawDocument,
    *,
    user_date: str | None = None,
    boilerplate: BoilerplateIndex | None = None,
) -> Document | IngestError:
    """Extract, repair and clean one document; pure (reads no files).

    ``user_date`` (YYYY-MM-DD, checked by the caller) overrides the page's date. With a
    ``boilerplate`` index, lines recurring across the document's source are dropped too.
    Plain text that opens with a title-like line gets it as its title, and the line leaves
    the body; HTML whose text repeats its title in the first line loses that line.
    """
    prepared = prepare(raw)
    if isinstance(prepared, IngestError):
        return prepared
    is_boilerplate: Callable[[str], bool] | None = None
    if boilerplate is not None:
        is_boilerplate = partial(boilerplate.is_boilerplate, source_group(raw, prepared))

    # A caption glued to the first sentence ("John KerryIf Sen. ...") is a line of its own.
    # A dateline that lost its dash ("TRIPOLI U.S. warplanes ...") gets it back.
    paragraphs = restore_datelines(split_glued_captions(split_paragraphs(prepared.text)))
    cleaned = apply_rules(paragraphs, RuleContext(is_boilerplate))
    kept = list(cleaned.kept)
    removed = list(cleaned.removed)

    # The byline goes first, so that no title takes it for a headline.
    date, date_source, byline = _date(prepared, user_date, paragraphs)
    # A page dated only to a month ("August 2019") is dated from its text, with that range.
    month = text_month_date(paragraphs) if date is None else None
    if month is not None:
        date, date_source = month[0], "text"
    byline_authors: tuple[str, ...] = ()
    if byline is not None:
        byline_authors = byline_names(_BYLINE_TAIL.sub("", paragraphs[byline]))
        if any(index == byline for index, _ in kept):
            removed.append((byline, "bio", paragraphs[byline]))
            removed.sort(key=lambda item: item[0])
            kept = [item for item in kept if item[0] != byline]

    title = prepared.title
    if title is None and not prepared.from_html and not _opens_with_dateline(kept):
        title, used = take_title([text for _, text in kept])
        kept = kept[used:]
    elif title is not None and kept and fold(kept[0][1]) == fold(title):
        removed.append((kept[0][0], "duplicate", kept[0][1]))
        kept = kept[1:]
        removed.sort(key=lambda item: item[0])

    if not kept:
        return IngestError(raw.source_path, "no article text after cleaning")
    text = join_paragraphs([t for _, t in kept])
    return Document(
        doc_id=document_id(text),
        source_path=raw.source_path,
        text=text,
        title=title,
        publisher=prepared.publisher or cleaned.publisher,
        authors=prepared.authors or cleaned.authors or byline_authors,
        date=date,
        date_source=date_source,
        date_range=month,
        date_confidence=MONTH_STAMP_CONFIDENCE if month else None,
        url=prepared.url,
        removed=tuple(Removed(kind, piece) for _, kind, piece in removed),
        teaser=is_teaser(text, [kind for _, kind, _ in removed]),
    )


def _opens_with_dateline(kept: list[tuple[int, str]]) -> bool:
    """The text opens with a dateline set on its own line: a title is no part of it."""
    return bool(kept) and is_restored_dateline(kept[0][1])


def _date(
    prepared: Prepared, user_date: str | None, paragraphs: list[str]
) -> tuple[str | None, DateSource | None, int | None]:
    """The date, where it came from, and which paragraph was a byline-only line.

    A plain-text byline, date stamp or dateline near the head ("By Ana Rojas · 3 March
    2022", "Posted December 7th, 2012", "BERLIN, March 15, 2024 (Reuters) - ...") dates a
    document that has no metadata date. Read from the paragraphs before cleaning, since the
    cleaning rules drop bylines and stamps.
    """
    if user_date:
        return user_date, "user", None
    if prepared.date:
        return prepared.date, prepared.date_source or "metadata", None
    found = text_byline_date(paragraphs)
    if found is None:
        return None, None, None
    date, index = found
    return date, "byline", index if is_byline_only(paragraphs[index]) else None


def is_byline_only(line: str) -> bool:
    """A dating line that is page metadata, not a dateline opening the lede: short, or a
    longer credit and stamp line that does not end like a sentence ("Reported by: Desk
    Edited by: Jo Roe -- July 02nd 2024 05:21 PM -- Updated: ...")."""
    count = len(words(line))
    if count <= MAX_BYLINE_WORDS:
        return True
    return count <= MAX_CREDIT_WORDS and not is_sentence_like(line)
