"""The cleaning rules: each finds one kind of junk among an article's paragraphs.

A rule looks at the paragraphs still kept and returns which of them to drop, with the
kind of each, plus any metadata it read on the way (the publisher from a copyright
footer, the author from a bio). Rules are general: they know the shapes of web-page
furniture and generic UI words, never the strings of particular sites. ``RULES`` is their
order; each runs on what the rules before it left.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from cablegram.ingest.metadata import (
    bio_author,
    byline_names,
    is_copyright_line,
    is_handle_line,
    is_title_like,
    looks_like_person,
    publisher_from_footer,
)
from cablegram.ingest.text import fold, vocabulary, words
from cablegram.records import RemovedKind


@dataclass(frozen=True, slots=True)
class RuleContext:
    """What a rule may know beyond the paragraphs: the corpus-wide boilerplate test."""

    is_boilerplate: Callable[[str], bool] | None = None


@dataclass(frozen=True, slots=True)
class Findings:
    """A rule's verdict: paragraph index -> removed kind, and metadata read on the way."""

    removed: Mapping[int, RemovedKind] = field(default_factory=dict)
    publisher: str | None = None
    authors: tuple[str, ...] = ()


Rule = Callable[[Sequence[str], RuleContext], Findings]

# Sections (comments, teasers) only end an article when enough article stands before them;
# a "12 comments" link under the headline must not swallow the story.
MIN_WORDS_BEFORE_SECTION = 60
# Bios, bylines and disclaimers sit at the edges of an article.
HEAD_ZONE, TAIL_ZONE = 3, 5
MAX_FOOTER_WORDS = 40
MAX_DISCLAIMER_WORDS = 60
MAX_STANDFIRST_WORDS = 40
# Truncated teaser copies shorter than this are too weak a match to call duplicates.
MIN_TRUNCATED_CHARS = 30
MIN_DUPLICATE_CHARS = 20

_TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")


def _words_before(paragraphs: Sequence[str], index: int) -> int:
    return sum(len(words(p)) for p in paragraphs[:index])


def _tail(paragraphs: Sequence[str]) -> range:
    return range(max(0, len(paragraphs) - TAIL_ZONE), len(paragraphs))


def _edges(paragraphs: Sequence[str]) -> list[int]:
    head = range(min(HEAD_ZONE, len(paragraphs)))
    return sorted(set(head) | set(_tail(paragraphs)))


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


# --- reader comments ---------------------------------------------------------------------

_COMMENT_TRIGGER = re.compile(
    r"^(?:"
    r"(?:show|hide|view|load|read|see|open)\s+(?:all\s+)?(?:\d+\s+)?comments?"
    r"|\d+\s+(?:comments?|responses?|replies)"
    r"|(?:reader\s+)?comments?(?:\s*\(\d+\))?"
    r"|(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)"
    r"|join\s+the\s+(?:discussion|conversation|debate)"
    r"|(?:\d+\s+)?(?:comments?|responses?|replies)\s+(?:to|on)\s+.{1,100}"
    r")\s*:?$",
    re.I,
)
_BULLET = re.compile(r"^[•·▪●◦‣]\s*(?P<item>.+)$")
MAX_COMMENTER_WORDS = 5


def _commenter(para: str) -> bool:
    """A bullet item holding only a short name: how comment lists introduce each author."""
    match = _BULLET.match(para)
    return match is not None and len(words(match.group("item"))) <= MAX_COMMENTER_WORDS


def _comment_run_at(paragraphs: Sequence[str], i: int) -> bool:
    """Does a run of "• name" + comment pairs (at least two) start at paragraph i?"""

    def pair(j: int) -> bool:
        return (
            _commenter(paragraphs[j])
            and j + 1 < len(paragraphs)
            and not _BULLET.match(paragraphs[j + 1])
        )

    return pair(i) and any(pair(j) for j in range(i + 2, len(paragraphs)))


def comment_section(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """A reader-comment section and everything after it -> comments."""
    for i, para in enumerate(paragraphs):
        is_start = bool(_COMMENT_TRIGGER.match(para)) or _comment_run_at(paragraphs, i)
        if is_start and _words_before(paragraphs, i) >= MIN_WORDS_BEFORE_SECTION:
            return Findings(dict.fromkeys(range(i, len(paragraphs)), "comments"))
    return Findings()


# --- related-article teasers -------------------------------------------------------------

_RELATED_TRIGGER = re.compile(
    r"^(?:"
    r"more\s+(?:from|on|in|by|about)\s+\S.{0,60}"
    r"|more\s+(?:stories|articles|news|coverage|reading)"
    r"|(?:read|see)\s+(?:more|also|next)"
    r"|related(?:\s+(?:articles?|stories|posts?|content|coverage|reading|links|topics))?"
    r"|recommended(?:\s+(?:for\s+you|articles?|stories|reading))?"
    r"|(?:you\s+)?(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)"
    r"|further\s+reading"
    r"|most\s+(?:popular|read|viewed|shared)"
    r"|trending(?:\s+now)?"
    r"|editors?['’]?\s+picks?"
    r"|don['’]t\s+miss"
    r")\s*:?$",
    re.I,
)
# "Read more: Some Other Headline" inside the text.
_INLINE_TEASER = re.compile(r"^(?:read|see)\s+(?:more|also)\s*:\s*\S.{0,150}$", re.I)
MAX_TRIGGER_WORDS = 8
MIN_BARE_HEADLINES = 2


def _teasers_end(paragraphs: Sequence[str], start: int) -> int:
    """Where a list of headline (+ standfirst) teasers starting at ``start`` ends."""
    j = start
    while j < len(paragraphs) and is_title_like(paragraphs[j]):
        j += 1
        following = paragraphs[j] if j < len(paragraphs) else ""
        if (
            following
            and not is_title_like(following)
            and len(words(following)) <= MAX_STANDFIRST_WORDS
        ):
            j += 1
    return j


def related_teasers(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """ "More from X" / "Related" headings and the teaser list under them -> related.

    When the teasers run to the end of the text the whole tail goes; in the middle of the
    text only the heading and the bare headlines right under it go, so that a short
    article paragraph after them is never taken for a standfirst.
    """
    removed: dict[int, RemovedKind] = {}
    for i, para in enumerate(paragraphs):
        if _INLINE_TEASER.match(para):
            removed[i] = "related"
            continue
        if not (_RELATED_TRIGGER.match(para) and len(words(para)) <= MAX_TRIGGER_WORDS):
            continue
        end = _teasers_end(paragraphs, i + 1)
        if end < len(paragraphs):
            end = i + 1
            while end < len(paragraphs) and is_title_like(paragraphs[end]):
                end += 1
            if end - (i + 1) < MIN_BARE_HEADLINES:
                end = i + 1  # no list of headlines: a lone heading may head article text
        removed.update(dict.fromkeys(range(i, end), "related"))
    return Findings(removed)


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
    r"|\bfor\s+informational\s+purposes\s+only\b",
    re.I,
)


def disclaimers(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Editorial disclaimers at the head or tail of the text -> disclaimer."""
    return Findings(
        {
            i: "disclaimer"
            for i in _edges(paragraphs)
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
    tail = set(_tail(paragraphs))
    for i in _edges(paragraphs):
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
    for i in _tail(paragraphs):
        if i == 0:
            continue  # a lone paragraph is the article, whatever it looks like
        name = bio_author(paragraphs[i])
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
    save copy link read view all on this page article story account my
    and or via the"""
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
    if _TERMINAL.search(line):
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


def recurring_lines(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Lines that recur across the documents of the same source -> boilerplate."""
    test = ctx.is_boilerplate
    if test is None:
        return Findings()
    return Findings({i: "boilerplate" for i, p in enumerate(paragraphs) if test(p)})


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
    first complete copy stays; truncated copies go wherever they stand.
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
    return Findings(removed)


# Order matters: the footer goes before the comment section can swallow it; sections that
# run to the end go before the rules that look at the tail; duplicates go last, among the
# paragraphs that are left.
RULES: tuple[tuple[str, Rule], ...] = (
    ("footer", copyright_footers),
    ("comments", comment_section),
    ("related", related_teasers),
    ("disclaimer", disclaimers),
    ("byline", bylines),
    ("bio", author_bios),
    ("navigation", navigation_lines),
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
