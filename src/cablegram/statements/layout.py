"""Layout rules: attributions set by the page rather than by a sentence.

- ``transcript_turn``: interview and transcript turns, a paragraph opening with a speaker label
  ("Q:", "A:", "Mensah:", "PRIME MINISTER:", "MR. BLAKE:"). Each answer is one direct statement
  of the label's speaker (a name resolved in the document, "A" the person the introduction
  names, a title the person who holds it, else the label as written). The interviewer's turns
  ("Q", "QUESTION", a label whose turns are all questions) are not statements.
- ``dash_signature``: a quote followed on its line by a dash and a name, the press-release
  sign-off ('"..." —Commissioner Marcus Olsen').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from cablegram.records import Actor, stable_id
from cablegram.statements.context import Context, Found
from cablegram.statements.registry import Attribution, rule
from cablegram.statements.speakers import speaker_from

_LABEL = re.compile(
    r"^[ \t]*[\"“]?(?P<label>Q|A|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:"
    # the body after a space, or glued to an upper-case label ("OBAMA:Well, no, ...")
    r"(?:[ \t]+|(?<=[A-Z]{2}:)(?=[A-Z\"“]))(?P<body>\S[^\n]*)",
    re.MULTILINE,
)
_QUESTION_LABELS = frozenset(["q", "question", "interviewer", "reporter", "journalist", "audience"])
_ANSWER_LABELS = frozenset(["a", "answer"])
# Words that open a paragraph with a colon without being a speaker.
_NOT_LABELS = frozenset(
    [
        "note",
        "update",
        "editor",
        "photo",
        "source",
        "sources",
        "related",
        "read",
        "watch",
        "see",
        "also",
        "correction",
        "disclosure",
        "warning",
        "caption",
        "credit",
        "video",
        "listen",
        "subscribe",
        "tags",
        "share",
        "follow",
        "transcript",
        "background",
        "summary",
        "highlights",
        "live",
        "breaking",
        "exclusive",
    ]
)
_DASH_SIGNATURE = re.compile(
    r"[ \t]*\n?[ \t]*(?:[—–―]|--?)[ \t]*(?P<name>[A-Z][^\n]{1,120}?)[ \t.]*$", re.MULTILINE
)


@dataclass(frozen=True, slots=True)
class _Turn:
    label: str
    label_start: int
    body_start: int
    body_end: int


def _turns(text: str) -> list[_Turn]:
    turns = []
    for m in _LABEL.finditer(text):
        label = m.group("label")
        words = label.lower().strip(".").split()
        if words[0] in _NOT_LABELS or words[-1] in _NOT_LABELS or len(label) > 40:
            continue
        turns.append(_Turn(label, m.start("label"), m.start("body"), m.end("body")))
    return turns


def _key(label: str) -> str:
    return " ".join(label.lower().replace("’", "'").split())


def _parties(labels: set[str]) -> dict[str, set[str]]:
    """Labels grouped by the person they name: a full name with its surname alone
    ("george stephanopoulos", "stephanopoulos"); every other label is its own party."""
    parties: dict[str, set[str]] = {}
    for label in sorted(labels, key=len):
        surname = label.split()[-1]
        home = surname if surname in parties and len(label.split()) > 1 else label
        parties.setdefault(home, set()).add(label)
    return parties


def _interviewee(ctx: Context, before: int) -> Actor | None:
    """The person the introduction (the text before the first turn) names most often."""
    counts: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for ent in ctx.doc.ents:
        if ent.end_char > before:
            break
        if ent.label_ != "PERSON":
            continue
        actor, usable = speaker_from(ctx, ent.root)
        if usable and actor is not None and actor.kind == "person":
            counts[actor.name] += 1
            first.setdefault(actor.name, actor)
    if not counts:
        return None
    name, _ = counts.most_common(1)[0]
    return first[name]


def _label_speaker(ctx: Context, turn: _Turn, intro: Actor | None) -> Actor | None:
    key = _key(turn.label)
    if key in _ANSWER_LABELS:
        return intro
    span = ctx.doc.char_span(turn.label_start, turn.label_start + len(turn.label), "expand")
    if span is not None:
        names = [
            t for t in span if t.pos_ == "PROPN" and t.lower_ not in ("mr", "mr.", "ms", "ms.")
        ]
        head: Token = names[-1] if names else span.root
        actor, usable = speaker_from(ctx, head)
        if usable and actor is not None and actor.kind in ("person", "group", "organization"):
            if actor.name.lower() != key or intro is None:
                return actor
    # A title ("PRIME MINISTER") held by the person the introduction names.
    if intro is not None and intro.title and key.replace(".", "") in intro.title.lower():
        return intro
    if intro is not None and any(w in intro.name.lower().split() for w in key.split()):
        return intro
    label = turn.label
    return Actor(
        name=label,
        kind="person",
        text=label,
        start=turn.label_start,
        end=turn.label_start + len(label),
        actor_id=stable_id("label", _key(label)),
    )


@rule("transcript_turn", "layout")
def transcript_turn(ctx: Context) -> Iterable[Found]:
    """Interview turns: each answer a direct statement of its label's speaker."""
    turns = _turns(ctx.text)
    labels = {_key(t.label) for t in turns}
    if len(turns) < 2 or len(labels) < 2:
        return
    questioners = {k for k in labels if k in _QUESTION_LABELS}
    parties = _parties(labels)
    asking: dict[str, float] = {}
    for party, keys in parties.items():
        bodies = [
            ctx.text[t.body_start : t.body_end].rstrip() for t in turns if _key(t.label) in keys
        ]
        asking[party] = sum("?" in b for b in bodies) / len(bodies)
        if len(parties) > 2 and all(b.endswith("?") for b in bodies):
            questioners |= keys
    if len(parties) == 2 and not questioners:
        # A two-party interview: the one who asks in at least half of the turns, where the
        # other asks in under a fifth, is the interviewer ("GEORGE STEPHANOPOULOS:" and
        # "STEPHANOPOULOS:" one party, "OBAMA:" the other).
        (one, a), (two, b) = asking.items()
        for party, own, other in ((one, a, b), (two, b, a)):
            if own >= 0.5 and other < 0.2 and party not in _ANSWER_LABELS:
                questioners |= parties[party]
    if not questioners and not labels & _ANSWER_LABELS and len(turns) < 3:
        return
    intro = _interviewee(ctx, turns[0].label_start)
    for n, turn in enumerate(turns):
        # A turn runs on over the paragraphs before the next label.
        end = turns[n + 1].label_start if n + 1 < len(turns) else turn.body_end
        parts = [(turn.body_start, turn.body_end)]
        if n + 1 < len(turns):
            for m in re.finditer(r"[^\n]+", ctx.text[turn.body_end : end]):
                lo, hi = turn.body_end + m.start(), turn.body_end + m.end()
                if ctx.text[lo:hi].strip():
                    parts.append((lo, hi))
        parts = [
            (
                lo + len(ctx.text[lo:hi]) - len(ctx.text[lo:hi].lstrip()),
                lo + len(ctx.text[lo:hi].rstrip()),
            )
            for lo, hi in parts
        ]
        parts = [(lo, hi) for lo, hi in parts if hi > lo]
        for number, q in enumerate(ctx.quotes):
            if parts[0][0] <= q.open_mark < parts[-1][1]:
                ctx.claimed_quotes.add(number)
        if _key(turn.label) in questioners:
            continue  # the interviewer's question is no one's statement
        speaker = _label_speaker(ctx, turn, intro)
        if speaker is None:
            continue
        yield Found(
            kind="direct",
            start=parts[0][0],
            end=parts[0][1],
            cue=None,
            cue_text=f"{turn.label}:",
            speaker=speaker,
            rule="transcript_turn",
            more=parts[1:],
        )


@rule("dash_signature", "quote")
def dash_signature(ctx: Context, number: int, previous: Found | None) -> Attribution | None:
    """'"..." —Commissioner Marcus Olsen': a dash and a name closing the quote's line."""
    q = ctx.quotes[number]
    line_end = ctx.text.find("\n", q.close_mark)
    if line_end >= 0 and not ctx.text[q.close_mark + 1 : line_end].strip():
        line_end = ctx.text.find("\n", line_end + 1)  # the sign-off on the next line
    line_end = len(ctx.text) if line_end < 0 else line_end
    m = _DASH_SIGNATURE.match(ctx.text, q.close_mark + 1, line_end)
    if m is None or len(m.group("name").split()) > 12:
        return None
    tokens = ctx.tokens_in(m.start("name"), m.end("name"))
    names = [t for t in tokens if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")]
    if not names:
        return None
    # The name, not the title after it: the last token of the first run of names.
    head = names[0]
    while head.i + 1 < len(ctx.doc) and ctx.doc[head.i + 1] in names:
        head = ctx.doc[head.i + 1]
    speaker, usable = speaker_from(ctx, head)
    if not usable or speaker is None:
        return None
    return Attribution(None, "—", speaker)


NOT_LABELS = _NOT_LABELS

__all__ = ["NOT_LABELS", "dash_signature", "transcript_turn"]
