"""Metadata read out of plain text: titles, copyright holders, bylines, bio names, dates."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from cablegram.ingest.text import vocabulary, words

MAX_TITLE_WORDS = 15
# A kicker ("The Big Idea") is a short section label standing above the headline.
MAX_KICKER_WORDS = 4

# One word of a personal or organisation name: "Daniel", "W.", "O'Neil", "Al-Thani".
NAME_WORD = r"(?:[A-Z][\w'’\-]*\.?)"
# Lower-case particles inside names: "Hamad bin Khalifa", "Ursula von der Leyen".
_PARTICLE = r"(?:de|da|del|der|di|du|la|le|van|von|bin|bint|al|ibn|y)"
NAME = rf"{NAME_WORD}(?:\s+(?:{NAME_WORD}|{_PARTICLE})){{0,4}}"

_SENTENCE_END = (".", ",", ";", ":")
_STARTS_LIKE_TITLE = re.compile(r"^[\"'“‘(\[]?[A-Z0-9]")


# "Foreign Secretary David Lammy said: 'We will not ...'": a verb of saying before a quote
# mark is a lede that quotes someone, never a headline.
_SAYS_THEN_QUOTE = re.compile(
    r"\b(?:said|says|told|tells|added|warned|declared|insisted|stated|wrote|writes)\b"
    r"[^\"“‘']{0,60}[\"“‘']"
)


def is_title_like(line: str) -> bool:
    """A short line that starts with a capital and does not end like a sentence or clause,
    and is no lede that quotes a speaker."""
    count = len(words(line))
    return (
        0 < count <= MAX_TITLE_WORDS
        and bool(_STARTS_LIKE_TITLE.match(line))
        and not line.endswith(_SENTENCE_END)
        and not _SAYS_THEN_QUOTE.search(line)
    )


def take_title(paragraphs: list[str]) -> tuple[str | None, int]:
    """The title at the head of plain text and how many paragraphs it used.

    A title-like first line is the title, when body text follows it. A very short first line
    over a second title-like line is a kicker and a headline: "The Big Idea: NATO to the
    Rescue".
    """
    if len(paragraphs) < 2 or not is_title_like(paragraphs[0]):
        return None, 0
    first, second = paragraphs[0], paragraphs[1]
    if (
        len(paragraphs) >= 3
        and len(words(first)) <= MAX_KICKER_WORDS
        and not first.endswith(("?", "!"))
        and is_title_like(second)
    ):
        return f"{first}: {second}", 2
    return first, 1


_COPYRIGHT = re.compile(r"^(?:copyright\b\s*(?:©|\(c\))?|©|\(c\))\s*(?P<rest>.*)$", re.I)
_YEARS = r"(?:19|20)\d\d(?:\s*[-–—/]\s*(?:(?:19|20)\d\d|\d\d))?"
_LEADING_YEARS = re.compile(rf"^(?:{_YEARS}[\s,.]*)+")
_NAME_END = re.compile(rf"\s*(?:\b{_YEARS}\b|[|•·;,]|\s-\s|\ball rights\b|\bsome rights\b)", re.I)
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH|PLC|plc|Corp\.?|Co\.|S\.A\.)$"
)


def is_copyright_line(line: str) -> bool:
    """Does the line open with a copyright mark or say "all rights reserved"?"""
    return bool(_COPYRIGHT.match(line)) or "all rights reserved" in line.casefold()


def publisher_from_footer(line: str) -> str | None:
    """The holder named in a copyright footer: "© The American Interest LLC 2005-2016 ..."."""
    match = _COPYRIGHT.match(line)
    if not match:
        return None
    rest = _LEADING_YEARS.sub("", match.group("rest").strip())
    end = _NAME_END.search(rest)
    name = rest[: end.start()] if end else rest
    name = _LEGAL_SUFFIX.sub("", name.strip().rstrip(".").strip())
    count = len(words(name))
    return name if 1 <= count <= 6 and name[:1].isupper() else None


_BYLINE = re.compile(
    rf"^(?:(?:(?i:written|reported|words|story|text)\s+)?(?i:by):?|(?i:author|authors):)\s+"
    rf"(?P<names>{NAME}(?:\s*(?:,|and|&)\s*{NAME})*)\.?$",
)
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
# Generic words of organisation names; bylines naming one credit a publisher, not a person.
_ORG_WORDS = vocabulary(
    """policy news times post press journal magazine review daily weekly staff agency
    service institute project network media group report wire editors editorial board
    associated international foundation center centre council online radio tv television
    broadcasting tribune herald gazette telegraph guardian monitor observer chronicle
    interest affairs reporters correspondents desk team bureau syndication"""
)


def byline_names(line: str) -> tuple[str, ...]:
    """The names in a byline-only line ("By Jane Roe and John Doe"), else ()."""
    match = _BYLINE.match(line)
    if not match:
        return ()
    return tuple(n for n in _NAME_SPLIT.split(match.group("names")) if n)


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words with no organisation word: likely a personal name."""
    parts = name.split()
    return 2 <= len(parts) <= 4 and not any(p.casefold().strip(".") in _ORG_WORDS for p in parts)


# "is a/an/the ...", or a capitalised title with no article: "is Senior Editor for/at ...".
_BIO_START = re.compile(
    rf"^(?P<name>{NAME_WORD}(?:\s+(?:{NAME_WORD}|{_PARTICLE})){{1,3}}),?\s+"
    r"(?:is|was|has been|serves as)\s+(?:(?:a|an|the)\b|"
    r"(?:[A-Z][\w-]*\s+){0,2}(?:Editor|Writer|Correspondent|Columnist|Reporter|Fellow|"
    r"Professor|Director|Analyst|Contributor|Producer|Editor-in-Chief)s?\s+(?:for|at|of|with)\s"
    # ... whose sentence ends at the employer's name ("for Example.com."): a news sentence
    # goes on ("is Editor of the Times, which reported ..."); and nobody speaks in a bio.
    r"(?=(?:[^,;.\n]|\.(?!\s|$)){1,60}?\.(?:\s|$))(?![^\n]*\b(?:said|says|told)\b))"
)
_BIO_ROLE = re.compile(
    r"\b(?:professor|fellow|writer|editor|correspondent|columnist|director|reporter|author|"
    r"journalist|analyst|contributor|researcher|scholar|lecturer|founder|blogger|commentator|"
    r"host|co-host|producer|student|chair|partner|associate)s?\b",
    re.I,
)
_HANDLE = re.compile(
    r"(?:^|\s)@\w{2,}|\btwitter\s*:|\bfollow\s+(?:him|her|them|me|us)\s+(?:on|at)\b", re.I
)
MAX_BIO_WORDS = 80


def bio_author(paragraph: str, earlier: Sequence[str] = ()) -> str | None:
    """The person an author-bio paragraph is about, or None when it is no bio.

    A bio opens with a 2-4 word name and "is a/an/the ..." and names a writer's role or
    gives a social-media handle ("Twitter: @x", "Follow him on ..."). A person the story
    itself names (the surname in one of the ``earlier`` paragraphs that is no byline) is
    its subject, not its author: "Ahmed Salem is Senior Editor at the Herald." closing a story
    on his arrest is news.
    """
    if len(words(paragraph)) > MAX_BIO_WORDS:
        return None
    match = _BIO_START.match(paragraph)
    if match and (_BIO_ROLE.search(paragraph) or _HANDLE.search(paragraph)):
        name = match.group("name")
        return None if _named_in_story(name, earlier) else name
    return None


def _named_in_story(name: str, earlier: Sequence[str]) -> bool:
    """Whether the surname of ``name`` is a word of an earlier paragraph other than a byline."""
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    return any(surname.search(p) and not byline_names(p) for p in earlier)


def is_handle_line(paragraph: str) -> bool:
    """A short line that only points to the author's social media: "Twitter: @x"."""
    return len(words(paragraph)) <= 12 and bool(_HANDLE.search(paragraph))


_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")


def iso_date(value: object) -> str | None:
    """ "YYYY-MM-DD" from an ISO 8601 date or date-time string, else None."""
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None
