"""What every cleaning rule shares: its context, its verdict and the zones of an article."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from cablegram.ingest.text import words
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

TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")


def words_before(paragraphs: Sequence[str], index: int) -> int:
    return sum(len(words(p)) for p in paragraphs[:index])


def tail_zone(paragraphs: Sequence[str]) -> range:
    return range(max(0, len(paragraphs) - TAIL_ZONE), len(paragraphs))


def edges(paragraphs: Sequence[str]) -> list[int]:
    head = range(min(HEAD_ZONE, len(paragraphs)))
    return sorted(set(head) | set(tail_zone(paragraphs)))


# A cheap surface test for a paragraph that reports speech: a quotation mark, or a verb of
# saying right after a capitalised name ("Moscow denies it plans to attack").
_QUOTE_MARK = re.compile(r"[\"“”«»„]|(?:^|\s)[‘'][A-Z]")
_SPEECH_VERB = (
    r"(?:said|says|say|told|tells|stated|states|announced|announces|denied|denies|deny|"
    r"warned|warns|added|adds|insisted|insists|claimed|claims|declared|declares|argued|"
    r"argues|accused|accuses|urged|urges|vowed|vows|pledged|pledges|rejected|rejects|"
    r"called|calls|demanded|demands|threatened|threatens|promised|promises|confirmed|"
    r"confirms|according)"
)
_NAMED_SPEAKER = re.compile(rf"\b[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+)*\s+{_SPEECH_VERB}\b")
MIN_SENTENCE_WORDS = 6


def is_sentence_like(paragraph: str) -> bool:
    """Prose rather than a label: several words, ending like a sentence."""
    return len(words(paragraph)) >= MIN_SENTENCE_WORDS and bool(
        re.search(r"[.!?][\"”’)]*$", paragraph.rstrip())
    )


def carries_speech(paragraph: str) -> bool:
    """A sentence-like paragraph with a quotation mark or a named speaker and a verb of
    saying: article text that statements and events are drawn from, never furniture."""
    return is_sentence_like(paragraph) and bool(
        _QUOTE_MARK.search(paragraph) or _NAMED_SPEAKER.search(paragraph)
    )
