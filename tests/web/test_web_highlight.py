"""The document text's HTML: spans that overlap, cross, or fall outside the text."""

from __future__ import annotations

import re
from html import unescape

from cablegram.records import Actor, Event, Statement
from cablegram.web.highlight import EventMark, highlight

TEXT = 'He said "a <b> & c" and then "d e f" twice.'
SPEAKER = Actor(name="A/B Person", kind="person", text="He")


def _statement(sid: str, start: int, end: int, speaker: Actor | None = SPEAKER) -> Statement:
    return Statement("d", sid, "direct", TEXT[start:end], start, end, TEXT, speaker=speaker)


def _event(eid: str, start: int, end: int) -> EventMark:
    event = Event("d", eid, "AGREE", TEXT[start:end], TEXT, start, end, source=SPEAKER)
    return EventMark(event, start, end)


def _url(name: str) -> str:
    return "/actors/" + name.replace("/", "%2F")


def _plain(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def _balanced(html: str) -> bool:
    stack: list[str] = []
    for closing, tag in re.findall(r"<(/?)(mark|a|u)\b", html):
        if not closing:
            stack.append(tag)
        elif not stack or stack.pop() != tag:
            return False
    return not stack


def test_no_spans_is_the_escaped_text() -> None:
    html = highlight(TEXT, [], [], _url)
    assert str(html) == "He said &#34;a &lt;b&gt; &amp; c&#34; and then &#34;d e f&#34; twice."


def test_statement_and_nested_event() -> None:
    start = TEXT.index("a <b>")
    end = TEXT.index('" and')
    inner = TEXT.index("&")
    html = str(
        highlight(TEXT, [_statement("s1", start, end)], [_event("e1", inner, inner + 1)], _url)
    )
    assert _plain(html) == TEXT
    assert _balanced(html)
    assert html.count("<mark") == 1
    assert '<a href="/actors/A%2FB Person">' in html
    assert (
        '<u class="event" title="AGREE · A/B Person → unknown" data-events="e1">&amp;</u>' in html
    )


def test_crossing_spans_are_split_and_still_nest() -> None:
    first = _statement("s1", 0, 20)
    second = _statement("s2", 10, 30, speaker=None)
    crossing = _event("e1", 15, 35)
    html = str(highlight(TEXT, [first, second], [crossing], _url))
    assert _plain(html) == TEXT
    assert _balanced(html)
    # Three runs: s1 alone, s1 and s2 together, s2 alone.
    assert re.findall(r'data-statements="([^"]+)"', html) == ["s1", "s1 s2", "s2"]
    assert html.count("<u ") == 3


def test_spans_outside_the_text_are_clipped_or_dropped() -> None:
    html = str(
        highlight(
            TEXT,
            [_statement("s1", -5, 2), _statement("s2", 40, 400), _statement("s3", 7, 7)],
            [_event("e1", 500, 510)],
            _url,
        )
    )
    assert _plain(html) == TEXT
    assert _balanced(html)
    assert re.findall(r'data-statements="([^"]+)"', html) == ["s1", "s2"]
    assert "<u" not in html
