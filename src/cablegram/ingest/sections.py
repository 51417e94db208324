"""Sections that end an article: reader comments and lists of teaser links.

A comment section is a count line or a comment header ("3 comments", "Reader comments")
before the article's end, or a run of comment blocks, each opened by a ``handle · date``
line ("riverwatcher · Mar 14, 2024") or a "• name" bullet. It and everything after it go.
A teaser list is a "More from X" / "Related" heading with headlines under it, or bulleted
headlines that link elsewhere ("- Why might Russia invade Ukraine? Everything you need to
know").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cablegram.ingest.metadata import is_title_like
from cablegram.ingest.rulebase import (
    MAX_STANDFIRST_WORDS,
    MIN_WORDS_BEFORE_SECTION,
    Findings,
    RuleContext,
)
from cablegram.ingest.text import words
from cablegram.records import RemovedKind

# --- reader comments ---------------------------------------------------------------------

_COMMENT_TRIGGER = re.compile(
    r"^(?:"
    r"(?:show|hide|view|load|read|see|open)\s+(?:all\s+)?(?:\d+\s+)?comments?"
    r"|\d+\s+(?:comments?|responses?|replies)"
    r"|(?:reader\s+|your\s+)?comments?(?:\s*\(\d+\))?"
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


# "riverwatcher · Mar 14, 2024", "J. Smith | 2 hours ago", "@lake_fan — 14/03/2024 10:32"
_WHEN = (
    r"(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d+\s*(?:s|m|h|d|w|y|min|mins|hrs?|"
    r"(?:second|minute|hour|day|week|month|year)s?)\s+ago|yesterday|today|just\s+now)"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?"
)
_COMMENT_META = re.compile(
    rf"^@?[\w.\-']{{2,30}}(?:\s+[\w.\-']{{1,20}}){{0,2}}\s*[·•|—–-]\s*{_WHEN}\s*$", re.I
)
# Comment-policy lines: "Comments: Our rules", "Comments are closed", "Read our community
# guidelines", "Comments are moderated".
_COMMENT_POLICY = re.compile(
    r"^(?:comments?\s*:\s*(?:our|read|see|the)\s+(?:rules|guidelines|policy)"
    r"|comments?\s+(?:are|is)\s+(?:now\s+)?(?:closed|moderated|disabled|open)\b"
    r"|(?:read|see|view)\s+our\s+(?:community\s+)?(?:rules|guidelines|comment\s+policy)"
    r"|(?:community|commenting|comment)\s+(?:guidelines|policy|rules)).{0,80}$",
    re.I,
)
# A comment section opened by a strong sign (a comment block follows) needs only this
# much article before it.
MIN_WORDS_BEFORE_COMMENTS = 15
MAX_COMMENT_LABEL_WORDS = 5


def is_comment_meta(para: str) -> bool:
    """A comment block's opening line: a handle, a separator and when it was posted."""
    return bool(_COMMENT_META.match(para))


def _meta_run_at(paragraphs: Sequence[str], i: int) -> bool:
    """Two or more comment blocks start here: this line and a later one are handle · date."""
    return is_comment_meta(paragraphs[i]) and any(is_comment_meta(p) for p in paragraphs[i + 2 :])


def comment_section(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """A reader-comment section and everything after it -> comments; policy lines too.

    A count line or header counts when a ``handle · date`` line follows it, or when enough
    article stands before it; a run of comment blocks counts on its own.
    """
    removed: dict[int, RemovedKind] = {
        i: "comments" for i, p in enumerate(paragraphs) if _COMMENT_POLICY.match(p)
    }
    before = 0
    for i, para in enumerate(paragraphs):
        if i:
            before += len(words(paragraphs[i - 1]))
        trigger = bool(_COMMENT_TRIGGER.match(para))
        followed = i + 1 < len(paragraphs) and is_comment_meta(paragraphs[i + 1])
        strong = (trigger and followed) or _meta_run_at(paragraphs, i)
        weak = trigger or _comment_run_at(paragraphs, i)
        if (strong and before >= MIN_WORDS_BEFORE_COMMENTS) or (
            weak and before >= MIN_WORDS_BEFORE_SECTION
        ):
            removed.update(dict.fromkeys(range(i, len(paragraphs)), "comments"))
            break
        if trigger and len(words(para)) <= MAX_COMMENT_LABEL_WORDS:
            removed[i] = "comments"  # "Leave a comment" under a headline: a lone UI label
    return Findings(removed)


# --- related-article teasers -------------------------------------------------------------

_RELATED_TRIGGER = re.compile(
    r"^(?:"
    r"more\s+(?:from|on|in|by|about)\s+\S.{0,60}"
    r"|more\s+(?:stories|articles|news|coverage|reading)"
    r"|(?:read|see)\s+(?:more|also|next)"
    r"|also\s+(?:read|see|on\s+\S+)"
    r"|related(?:\s+(?:articles?|stories|posts?|content|coverage|reading|links|topics))?"
    r"|recommended(?:\s+(?:for\s+you|articles?|stories|reading))?"
    r"|(?:you\s+)?(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)"
    r"|further\s+reading"
    r"|most\s+(?:popular|read|viewed|shared)"
    r"|trending(?:\s+now)?"
    r"|editors?['’]?\s+picks?"
    r"|don['’]t\s+miss"
    r"|off\s+the\s+wire"
    r"|(?:top|latest|breaking)\s+(?:news|stories|headlines)(?:\s+view(?:\s+more)?)?(?:\.\.\.|…)?"
    r"|latest\s+from\s+\S.{0,40}"
    r")\s*:?$",
    re.I,
)
# "Read more: Some Other Headline" inside the text.
# "Also Read: ...", "READ: ...", "FEATURED: ...", "WATCH: ..." likewise.
_INLINE_TEASER = re.compile(
    r"^(?:(?:read|see)\s+(?:more|also)|also\s+(?:read|see)|read|watch|featured|related|"
    r"recommended|must\s+read)\s*:\s*\S.{0,150}$",
    re.I,
)
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


# "- Why might Russia invade Ukraine? Everything you need to know": a bulleted headline.
_BULLET_ITEM = re.compile(r"^(?:[-–*•▪●◦‣]|\d{1,2}[.)])\s+(?P<item>\S.*)$")
MAX_TEASER_WORDS = 20


def is_teaser_bullet(para: str) -> bool:
    """A bullet item that reads as a headline: short, no sentence end, a question at most.

    "- Why might Russia invade Ukraine? Everything you need to know" is one; a bullet of
    article text ("- The EU will cut tariffs on steel.") ends like a sentence and is not.
    """
    match = _BULLET_ITEM.match(para)
    if not match:
        return False
    item = match.group("item").strip()
    if len(words(item)) > MAX_TEASER_WORDS or re.search(r"[.;:,!]$|[\"”’]$", item):
        return False
    return item[:1].isupper() or item[:1].isdigit()


# A bullet this short is a menu item ("• Facebook", "1. Politics"), not a headline.
MAX_MENU_ITEM_WORDS = 3
# A related heading over at most this many short lines that end the text heads a list of
# teasers, whatever punctuation they end with.
MAX_TAIL_TEASERS, MAX_TAIL_TEASER_WORDS = 12, 25
# Article prose that reports speech is never a teaser, however short.
_REPORTED = re.compile(r"[\"“”]|\b(?:said|says|told|tells)\b")


def _short_tail(paragraphs: Sequence[str], start: int) -> bool:
    rest = paragraphs[start:]
    return 0 < len(rest) <= MAX_TAIL_TEASERS and all(
        len(words(p)) <= MAX_TAIL_TEASER_WORDS and not _REPORTED.search(p) for p in rest
    )


# "Stay up to date with the latest news!", "Subscribe to our Telegram channel": a site's
# prompt to follow it. Headlines after it at the end of the text are the site's, not the
# article's ("The Red Cross sent 30 tons of aid to the Donbass").
_FOLLOW_PROMPT = re.compile(
    r"^(?:(?:subscribe|follow|join|sign\s+up)\b.{0,40}\b(?:channel|newsletter|page|feed|us|"
    r"telegram|whatsapp|twitter|facebook|instagram|youtube|tiktok)\b"
    r"|stay\s+(?:up\s+to\s+date|tuned|informed)\b)",
    re.I,
)
MAX_PROMPT_WORDS = 10


def _follow_prompt(para: str) -> bool:
    return (
        bool(_FOLLOW_PROMPT.match(para))
        and len(words(para)) <= MAX_PROMPT_WORDS
        and not _REPORTED.search(para)
    )


def related_teasers(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """ "More from X" / "Related" headings and the teaser list under them -> related.

    When the teasers run to the end of the text the whole tail goes; in the middle of the
    text only the heading and the bare headlines right under it go, so that a short
    article paragraph after them is never taken for a standfirst. Bulleted headlines go
    wherever they stand.
    """
    removed: dict[int, RemovedKind] = {}
    for i, para in enumerate(paragraphs):
        if _follow_prompt(para):
            removed[i] = "navigation"
            tail = paragraphs[i + 1 :]
            if _short_tail(paragraphs, i + 1) and all(
                is_title_like(p) or _follow_prompt(p) for p in tail
            ):
                for j in range(i + 1, len(paragraphs)):
                    removed.setdefault(j, "related")
            continue
        if _INLINE_TEASER.match(para) or is_teaser_bullet(para):
            removed[i] = "navigation" if len(words(para)) <= MAX_MENU_ITEM_WORDS else "related"
            continue
        if not (_RELATED_TRIGGER.match(para) and len(words(para)) <= MAX_TRIGGER_WORDS):
            continue
        end = _teasers_end(paragraphs, i + 1)
        if end < len(paragraphs) and _short_tail(paragraphs, i + 1):
            end = len(paragraphs)  # a heading over a short list that ends the text
        if end < len(paragraphs):
            end = i + 1
            while end < len(paragraphs) and is_title_like(paragraphs[end]):
                end += 1
            if end - (i + 1) < MIN_BARE_HEADLINES:
                end = i + 1  # no list of headlines: a lone heading may head article text
        removed.update(dict.fromkeys(range(i, end), "related"))
    return Findings(removed)
