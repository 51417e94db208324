"""The cleaning rules: each finds one kind of junk among an article's paragraphs.

A rule looks at the paragraphs still kept and returns which of them to drop, with the
kind of each, plus any metadata it read on the way (the publisher from a copyright
footer, the author from a bio). Rules are general: they know the shapes of web-page
furniture and generic UI words, never the strings of particular sites. ``RULES`` is their
order; each runs on what the rules before it left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cablegram.ingest.furniture import (
    captions,
    date_stamps,
    embedded_posts,
    name_captions,
    paywall_prompts,
)
from cablegram.ingest.metadata import (
    bio_author,
    byline_names,
    is_copyright_line,
    is_handle_line,
    looks_like_person,
    publisher_from_footer,
)
from cablegram.ingest.releases import release_marks
from cablegram.ingest.rulebase import (
    HEAD_ZONE,
    MAX_DISCLAIMER_WORDS,
    MAX_FOOTER_WORDS,
    MIN_DUPLICATE_CHARS,
    MIN_TRUNCATED_CHARS,
    TERMINAL,
    Findings,
    Rule,
    RuleContext,
    carries_speech,
    edges,
    tail_zone,
)
from cablegram.ingest.sections import comment_section, related_teasers
from cablegram.ingest.sitejunk import (
    credit_lines,
    headline_strips,
    sign_off_tails,
    tag_lines,
    tool_rows,
    transcript_headers,
)
from cablegram.ingest.subheads import subhead_lines
from cablegram.ingest.tables import data_tables
from cablegram.ingest.text import fold, vocabulary, words
from cablegram.records import RemovedKind

__all__ = [
    "RULES",
    "Findings",
    "Rule",
    "RuleContext",
    "apply_rules",
    "author_bios",
    "bylines",
    "captions",
    "comment_section",
    "copyright_footers",
    "credit_lines",
    "date_stamps",
    "disclaimers",
    "embedded_posts",
    "headline_strips",
    "is_navigation",
    "name_captions",
    "navigation_lines",
    "paywall_prompts",
    "recurring_lines",
    "related_teasers",
    "release_marks",
    "repeated_paragraphs",
    "sign_off_tails",
    "subhead_lines",
    "tag_lines",
    "tool_rows",
    "transcript_headers",
]


# --- copyright footers -------------------------------------------------------------------


def copyright_footers(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Copyright lines ("© X LLC 2005-2016 ...", "... All rights reserved.") -> footer."""
    removed: dict[int, RemovedKind] = {}
    publisher = None
    for i, para in enumerate(paragraphs):
        if len(words(para)) <= MAX_FOOTER_WORDS and is_copyright_line(para):
            removed[i] = "footer"
            # The last footer names the site; an earlier one may credit a photo.
            publisher = publisher_from_footer(para) or publisher
    return Findings(removed, publisher=publisher)


# --- disclaimers ---------------------------------------------------------------------------

_DISCLAIMER = re.compile(
    r"\bis\s+not\s+responsible\s+for\s+the\s+content"
    r"|\b(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\b.*\b(?:own|not\s+necessarily|"
    r"do\s+not|does\s+not|solely)\b"
    r"|\b(?:do|does)\s+not\s+necessarily\s+(?:reflect|represent)\b"
    r"|\b(?:this|the)\s+(?:article|story|post|piece|column|essay|interview|report)\s+"
    r"(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran)\b"
    r"|^(?:originally|first)\s+(?:published|appeared)\s+(?:in|on|at|by)\b"
    r"|\b(?:reprinted|republished|reproduced)\s+(?:here\s+)?with\s+(?:the\s+)?permission\b"
    r"|\bfor\s+informational\s+purposes\s+only\b"
    # "(This story has not been edited by X staff and is auto-generated from a syndicated
    # feed.)": the aggregator's note on wire copy.
    r"|\bhas\s+not\s+been\s+edited\s+by\b.{0,60}\bstaff\b"
    r"|\bauto(?:matically)?[-\s]?generated\s+from\s+(?:a\s+)?(?:syndicated|wire|news)\s+feed\b",
    re.I,
)


def disclaimers(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Editorial disclaimers at the head or tail of the text -> disclaimer."""
    return Findings(
        {
            i: "disclaimer"
            for i in edges(paragraphs)
            if len(words(paragraphs[i])) <= MAX_DISCLAIMER_WORDS
            and _DISCLAIMER.search(paragraphs[i])
        }
    )


# --- bylines and author bios ---------------------------------------------------------------


def bylines(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """A byline-only line ("By Jane Roe", "By Foreign Policy") at the head or tail.

    A trailing one credits the source of a republished piece (kind footer), a leading one
    the writer (kind bio). Personal names become authors, other names the publisher.
    """
    removed: dict[int, RemovedKind] = {}
    authors: list[str] = []
    publisher = None
    tail = set(tail_zone(paragraphs))
    for i in edges(paragraphs):
        names = byline_names(paragraphs[i])
        if not names:
            continue
        removed[i] = "footer" if i in tail and i >= HEAD_ZONE else "bio"
        for name in names:
            if looks_like_person(name):
                authors.append(name)
            elif publisher is None:
                publisher = name
    return Findings(removed, publisher=publisher, authors=tuple(authors))


def author_bios(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Author-bio paragraphs near the end ("X is a professor ... Twitter: @x") -> bio."""
    removed: dict[int, RemovedKind] = {}
    authors: list[str] = []
    for i in tail_zone(paragraphs):
        if i == 0:
            continue  # a lone paragraph is the article, whatever it looks like
        name = bio_author(paragraphs[i], paragraphs[:i])
        if name:
            removed[i] = "bio"
            authors.append(name)
        elif is_handle_line(paragraphs[i]):
            removed[i] = "bio"
    return Findings(removed, authors=tuple(authors))


# --- navigation lines ------------------------------------------------------------------------

# Words of generic web-page furniture. "Widget" words name a UI element outright; a short
# line holding one is furniture ("Features Icon"). Weak words are only UI next to others.
_UI_WIDGET = vocabulary(
    """icon icons menu toggle tweet permalink advertisement rss login logout signin signup
    newsletter newsletters reprints bookmark"""
)
_UI_STRONG = _UI_WIDGET | vocabulary(
    """share shares email e-mail print subscribe comments comment facebook twitter linkedin
    whatsapp reddit pinterest instagram youtube telegram advertising sponsored search
    navigation skip cookies sign log register"""
)
_UI_WEAK = vocabulary(
    """show hide load more home in up out us follow back to top next previous prev close open
    save copy link read view all on this page article story account my our channel channels
    feed and or via the"""
)
MAX_UI_WORDS = 8
MAX_WIDGET_LINE_WORDS = 4
# Menus of lower-case words ("mead cohen berger ...") hold hardly any function words.
_FUNCTION_WORDS = vocabulary(
    """the a an of to in on and or but is are was were be been has have had for with as at by
    from that this it its not will would can could should he she they we i you his her their
    our who which what when if than then so"""
)
_SEPARATORS = re.compile(r"\s+[|•·/»›>]\s+")


def is_navigation(line: str) -> bool:
    """Is the line web-page furniture rather than prose or a heading?

    Three shapes: a short line of UI words ("Share Tweet Email", "show comments"); a
    run of lower-case words with no sentence structure (a menu of names); a menu split by
    separators ("Home | World | Politics"). Lines ending like sentences never are.
    """
    if TERMINAL.search(line):
        return False
    tokens = [w.casefold() for w in words(line) if not w.isdigit()]
    if not tokens:
        return False
    if len(tokens) <= MAX_UI_WORDS and any(t in _UI_STRONG for t in tokens):
        ui = sum(t in _UI_STRONG or t in _UI_WEAK for t in tokens)
        widget = any(t in _UI_WIDGET for t in tokens)
        if ui == len(tokens) or (widget and len(tokens) <= MAX_WIDGET_LINE_WORDS):
            return True
    raw_words = words(line)
    if (
        len(raw_words) >= 3
        and all(w.isalpha() and w.islower() for w in raw_words)
        and "," not in line
        and sum(w in _FUNCTION_WORDS for w in raw_words) < 0.2 * len(raw_words)
    ):
        return True
    parts = [p for p in _SEPARATORS.split(line) if p.strip()]
    return len(parts) >= 3 and all(len(words(p)) <= 3 for p in parts)


def navigation_lines(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Menus, share bars and UI labels -> navigation."""
    return Findings({i: "navigation" for i, p in enumerate(paragraphs) if is_navigation(p)})


# --- cross-document boilerplate --------------------------------------------------------------


# The boilerplate index never takes more than this share of a document's words.
MAX_BOILERPLATE_SHARE = 0.5


def recurring_lines(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Lines that recur across the documents of the same source -> boilerplate.

    Never a paragraph that reports speech (a quote, a named speaker with a verb of saying),
    and never more than half of the document's words: recurring article text is a story
    retold or updated, not site furniture. Past that share the shortest lines go first.
    """
    test = ctx.is_boilerplate
    if test is None:
        return Findings()
    found = [i for i, p in enumerate(paragraphs) if not carries_speech(p) and test(p)]
    budget = MAX_BOILERPLATE_SHARE * sum(len(words(p)) for p in paragraphs)
    removed: dict[int, RemovedKind] = {}
    for i in sorted(found, key=lambda i: len(words(paragraphs[i]))):
        budget -= len(words(paragraphs[i]))
        if budget < 0:
            break
        removed[i] = "boilerplate"
    return Findings(removed)


# --- repeated paragraphs ---------------------------------------------------------------------


def _continues(prefix: str, keys: Sequence[str], skip: int) -> bool:
    """Does some run of paragraphs (other than ``skip``) start with ``prefix`` and go on?

    Teasers are cut anywhere, also past the end of the first paragraph, so the run may
    span several paragraphs.
    """
    for j in range(len(keys)):
        if j == skip:
            continue
        run = keys[j]
        k = j + 1
        while len(run) <= len(prefix) and k < len(keys):
            if k != skip:
                run = f"{run} {keys[k]}"
            k += 1
        if len(run) > len(prefix) and run.startswith(prefix):
            return True
    return False


def repeated_paragraphs(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Repeated paragraphs and truncated copies ("... story: French ...") -> duplicate.

    Paragraphs are compared with quote styles, dashes, white space and case folded. The
    first complete copy stays; truncated copies, and paragraphs found whole inside a longer
    one, go wherever they stand.
    """
    keys = [fold(p) for p in paragraphs]
    removed: dict[int, RemovedKind] = {}
    seen: set[str] = set()
    for i, key in enumerate(keys):
        if key.endswith("…"):
            prefix = key[:-1].rstrip()
            if len(prefix) >= MIN_TRUNCATED_CHARS and _continues(prefix, keys, i):
                removed[i] = "duplicate"
                continue
        if len(key) < MIN_DUPLICATE_CHARS:
            continue
        if key in seen:
            removed[i] = "duplicate"
        seen.add(key)
    # A copy inside a longer paragraph that stays (and is no copy itself) goes too.
    kept = [key if i not in removed else "" for i, key in enumerate(keys)]
    for i, key in enumerate(kept):
        if key and _contained(key, kept, i):
            removed[i] = "duplicate"
    return Findings(removed)


# A paragraph at least this long found whole inside a longer one is a copy of it (a pull
# quote, a standfirst repeating the lede, a quote repeated under a photo).
MIN_CONTAINED_CHARS = 80
# Past this many paragraphs the pairwise test is skipped (it is quadratic).
MAX_CONTAINED_PARAGRAPHS = 400


def _contained(key: str, keys: Sequence[str], skip: int) -> bool:
    if len(key) < MIN_CONTAINED_CHARS or len(keys) > MAX_CONTAINED_PARAGRAPHS:
        return False
    return any(
        j != skip and len(other) > len(key) and key in other and not other.endswith("…")
        for j, other in enumerate(keys)
    )


# Order matters: the footer goes before the comment section can swallow it; sections that
# run to the end go before the rules that look at the tail; duplicates go last, among the
# paragraphs that are left.
RULES: tuple[tuple[str, Rule], ...] = (
    ("footer", copyright_footers),
    ("release", release_marks),
    ("comments", comment_section),
    ("related", related_teasers),
    ("sign_off", sign_off_tails),
    ("credit", credit_lines),
    ("transcript", transcript_headers),
    ("headline_strip", headline_strips),
    ("tool_row", tool_rows),
    ("tag_line", tag_lines),
    ("paywall", paywall_prompts),
    ("embed", embedded_posts),
    ("data_table", data_tables),
    ("caption", captions),
    ("name_caption", name_captions),
    ("date_stamp", date_stamps),
    ("disclaimer", disclaimers),
    ("byline", bylines),
    ("bio", author_bios),
    ("navigation", navigation_lines),
    ("subhead", subhead_lines),
    ("boilerplate", recurring_lines),
    ("duplicate", repeated_paragraphs),
)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Paragraphs kept and removed (each with its index in the input), and metadata found."""

    kept: tuple[tuple[int, str], ...]
    removed: tuple[tuple[int, RemovedKind, str], ...]
    publisher: str | None
    authors: tuple[str, ...]


def apply_rules(
    paragraphs: Sequence[str],
    ctx: RuleContext | None = None,
    rules: Sequence[tuple[str, Rule]] = RULES,
) -> Cleaned:
    """Run the rules in order, each on the paragraphs the ones before it kept."""
    ctx = ctx or RuleContext()
    kept: list[tuple[int, str]] = list(enumerate(paragraphs))
    removed: list[tuple[int, RemovedKind, str]] = []
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    for _name, rule in rules:
        findings = rule([text for _, text in kept], ctx)
        publisher = publisher or findings.publisher
        authors = authors or findings.authors
        removed.extend((kept[i][0], kind, kept[i][1]) for i, kind in findings.removed.items())
        kept = [item for i, item in enumerate(kept) if i not in findings.removed]
    removed.sort(key=lambda item: item[0])
    return Cleaned(tuple(kept), tuple(removed), publisher, authors)
