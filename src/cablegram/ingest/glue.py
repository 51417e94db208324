"""A caption, title or post time glued to the body with no separator, split off before the
rules run.

Scraped pages lose the line break between a photo caption (or a headline) and the story's
first sentence: "John KerryIf Sen. John Kerry is confirmed ...", "Vladimir PutinThe Russian
president said ...". Left glued, the caption's last word and the sentence's first word read as
one name ("John KerryIf"). The glue point is a lower-case letter directly followed by an
upper-case function word that can open a sentence ("If", "The", "When", "He") and a space.

Split only when what stands before the glue reads as a caption or title, not as prose: at most
:data:`MAX_GLUED_WORDS` words, no sentence end in it (a period only after a short abbreviation
or initial: "Sen.", "W."), opening with a capital; and what follows reads as a sentence. The
caption-line rules (:mod:`cablegram.ingest.furniture`) then see the caption as its own line.

A live blog opens each post with its time, on the post's first line: "10.45am BST Israel says
Gaza deal to take effect ...". The time (a clock time with "am"/"pm" or a zone) is split off
as its own line, which the date-stamp rule removes; left on, "BST Israel" reads as a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cablegram.ingest.rulebase import is_sentence_like

# Closed-class words that open sentences. "In" and "On" are left out: brand names end in them
# ("LinkedIn", "AddOn"), and a split there would cut a name in two.
_OPENERS = (
    "If|The|A|An|When|While|After|Before|But|For|This|That|These|Those|It|He|She|They|We|"
    "Since|Despite|Although|Though|During|According|Amid|Why|What|How|There|His|Her|Their|"
    "As|At|From|With|Without|Under|Over|Once|Unlike|Like|Until|Even|Yet|So|Its|Our"
)
_GLUE = re.compile(rf"(?<=[^\W\d_])(?=(?:{_OPENERS})\s)")
MAX_GLUED_WORDS = 15
# A period inside a caption is an abbreviation or an initial ("Sen.", "Gov.", "W.", "U.S.").
_ABBREVIATION_DOT = re.compile(r"(?:^|[\s.])[A-Za-z]{1,3}\.$")


def _caption_like(prefix: str) -> bool:
    words = prefix.split()
    if not words or len(words) > MAX_GLUED_WORDS or not prefix[:1].isupper():
        return False
    if re.search(r"[!?;\"“”]", prefix):
        return False
    # Every period ends an abbreviation or an initial, none a sentence.
    return all(_ABBREVIATION_DOT.search(word) for word in words if word.endswith("."))


def split_glued(paragraph: str) -> list[str]:
    """The paragraph, or its glued caption and its body as two paragraphs.

    >>> split_glued("Vladimir PutinThe Russian president said on Monday that talks would go on.")
    ['Vladimir Putin', 'The Russian president said on Monday that talks would go on.']
    """
    for match in _GLUE.finditer(paragraph):
        if not paragraph[match.start() - 1].islower():
            continue
        prefix, body = paragraph[: match.start()], paragraph[match.start() :]
        if _caption_like(prefix) and is_sentence_like(body):
            return [prefix.strip(), body]
        break  # only the first glue point can end a caption
    return [paragraph]


# "10.45am BST", "9:05 p.m. ET", "14:32 GMT": a post's time, with "am"/"pm" or a zone.
CLOCK = r"\d{1,2}[.:]\d{2}\s*(?:(?:[ap]\.?m\.?)(?:\s*(?-i:[A-Z]{2,5}))?|(?-i:[A-Z]{2,5}))"
_POST_TIME = re.compile(rf"^({CLOCK})\s+(?=[A-Z\"“‘'])", re.I)
_POST_TIME_ONLY = re.compile(CLOCK, re.I)


def is_post_time(line: str) -> bool:
    """Whether the line is only a live-blog post's time ("10.56am BST")."""
    return _POST_TIME_ONLY.fullmatch(line.strip()) is not None


def split_post_time(paragraph: str) -> list[str]:
    """The paragraph, or a live-blog post's time and the post's text as two paragraphs.

    >>> split_post_time("10.45am BST Israel says the deal takes effect after a vote")
    ['10.45am BST', 'Israel says the deal takes effect after a vote']
    """
    match = _POST_TIME.match(paragraph)
    if match is None or is_post_time(paragraph):
        return [paragraph]
    return [match[1].strip(), paragraph[match.end() :]]


def split_glued_captions(paragraphs: Sequence[str]) -> list[str]:
    """Every paragraph with a glued caption, title or post time split off (see
    :func:`split_glued`, :func:`split_post_time`)."""
    out: list[str] = []
    for paragraph in paragraphs:
        for piece in split_post_time(paragraph):
            out.extend(split_glued(piece))
    return out
