"""Layout rules: attributions set by the page rather than by a sentence.

- ``transcript_turn``: interview and transcript turns, a paragraph opening with a speaker label
  ("Q:", "A:", "Mensah:", "PRIME MINISTER:", "Iranian Foreign Minister Mohammad Javad
  Zarif:", "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs:"; the shapes are in
  ``statements.labels``). Each answer is one direct statement of the label's speaker (a name
  resolved in the document, "A" the person the introduction names, a title the person who
  holds it, else the label's name as written), with a part (span) for each paragraph up to
  the next label or a heading. The interviewer's turns ("Q", "QUESTION", "Reporter", a label
  whose turns are all questions) are not statements. Inside an answer, "I" is the label's
  speaker for the reported-speech rules (``Context.voice_at``).
- ``dash_signature``: a quote followed on its line by a dash and a name, the press-release
  sign-off ('"..." —Commissioner Marcus Olsen').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from cablegram.actors.credits import in_credit
from cablegram.records import Actor, stable_id
from cablegram.statements.context import Context, Found
from cablegram.statements.labels import (
    ANSWER_LABELS,
    NOT_LABELS,
    QUESTION_LABELS,
    Turn,
    bare_words,
    is_honorific,
    label_key,
    name_tokens,
    speaker_like,
    turns_of,
)
from cablegram.statements.registry import Attribution, rule
from cablegram.statements.speakers import speaker_from

_DASH_SIGNATURE = re.compile(
    r"[ \t]*(?:\n[ \t]*){0,2}(?:[—–―]|--?)[ \t]*(?P<name>[A-Z][^\n]{1,120}?)[ \t.]*$", re.MULTILINE
)


def _parties(speakers: dict[str, Actor | None], names: dict[str, str]) -> dict[str, set[str]]:
    """Label keys grouped by the person they name: a full name with its surname alone
    ("george stephanopoulos", "stephanopoulos"), or two labels the document resolves to one
    actor ("Iranian Foreign Minister Mohammad Javad Zarif", "Zarif"); every other label is its
    own party. ``names`` gives each key's name part (before a comma or bracket)."""
    parties: dict[str, set[str]] = {}
    by_actor: dict[str, str] = {}
    for key in sorted(speakers, key=lambda k: len(names[k])):
        actor = speakers[key]
        words = names[key].split()
        surname = words[-1]
        if surname in parties and len(words) > 1:
            home = surname
        elif actor is not None and names[key] not in ANSWER_LABELS:
            home = by_actor.setdefault(actor.actor_id, names[key])
        else:
            home = names[key]
        parties.setdefault(home, set()).add(key)
    return parties


def _interviewee(ctx: Context, before: int) -> Actor | None:
    """The person the introduction (the text before the first turn) names most often."""
    counts: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for ent in ctx.doc.ents:
        if ent.end_char > before:
            break
        if ent.label_ not in ("PERSON", "ORG"):
            continue  # a person the recogniser took for an organisation resolves as a person
        actor, usable = speaker_from(ctx, ent.root)
        # A titled name is a person even where the resolver kept the recogniser's ORG.
        if usable and actor is not None and (actor.kind == "person" or actor.title):
            counts[actor.name] += 1
            first.setdefault(actor.name, actor)
    if not counts:
        return None
    name, _ = counts.most_common(1)[0]
    return first[name]


def _label_speaker(ctx: Context, turn: Turn, intro: Actor | None) -> Actor | None:
    """Who a label names: the introduced person for "A" or their title, a name the document
    resolves (the name part, before a comma or bracket), else the label's name as written."""
    key = label_key(turn.name)
    if key in ANSWER_LABELS:
        return intro
    bare = bare_words(turn.name)
    tokens = name_tokens(ctx, turn)
    names = [t for t in tokens if t.pos_ == "PROPN" and not is_honorific(t)]
    names = names or [t for t in tokens if t.ent_type_ == "PERSON" and not is_honorific(t)]
    if names:
        actor, usable = speaker_from(ctx, names[-1])
        if usable and actor is not None and actor.kind in ("person", "group", "organization"):
            if actor.name.lower() not in (key, " ".join(bare)) or intro is None:
                return actor  # a name the document knows, not the label as written
    # The person the introduction names, by a title ("PRIME MINISTER", "THE PRESIDENT") or a
    # word of the name ("MR PRICE" after "Spokesperson Ned Price").
    if intro is not None and bare:
        if intro.title and " ".join(bare) in intro.title.lower():
            return intro
        if any(w in intro.name.lower().split() for w in bare):
            return intro
    words = turn.name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in ("mr", "mrs", "ms", "dr"):
        words = words[1:]
    name = " ".join(words)
    start = turn.label_start + turn.name.index(name)
    return Actor(
        name=name,
        kind="person",
        text=turn.label,
        title=turn.title.lower() if turn.title else None,
        start=start,
        end=start + len(name),
        actor_id=stable_id("label", label_key(name)),
    )


def _questioners(ctx: Context, turns: list[Turn], parties: dict[str, set[str]]) -> set[str]:
    """The label keys whose turns are questions: "Q", "Reporter", a label whose turns all
    end in "?" among three parties or more, or the one of two parties that asks in at least
    half of its turns where the other asks in under a fifth."""
    questioners = {t.key for t in turns if label_key(t.name) in QUESTION_LABELS}
    asking: dict[str, float] = {}
    for party, keys in parties.items():
        bodies = [ctx.text[t.body_start : t.body_end].rstrip() for t in turns if t.key in keys]
        asking[party] = sum("?" in b for b in bodies) / len(bodies)
        if len(parties) > 2 and all(b.endswith("?") for b in bodies):
            questioners |= keys
    if len(parties) == 2 and not questioners:
        (one, a), (two, b) = asking.items()
        for party, own, other in ((one, a, b), (two, b, a)):
            if own >= 0.5 and other < 0.2 and party not in ANSWER_LABELS:
                questioners |= parties[party]
    return questioners


def _is_heading(line: str) -> bool:
    """A short line that ends no sentence: a heading ("Questions and Answers", "(2) Visit of
    the "Talk with the Minister"", "Related Information (Press Release)")."""
    stripped = line.strip()
    bare = stripped.rstrip("\"”’')]")
    return len(stripped) < 100 and not bare.endswith(tuple(".?!…:;"))


# An unlabelled paragraph asking "you" something is the interviewer's next question (a page
# that lost its label), not more of the answer: "Do you mean to say that you will ...?"
_YOU = re.compile(r"\byou(?:r|rs|rself)?\b", re.I)


def _unlabelled_question(line: str) -> bool:
    """A whole paragraph that is a question put to "you"."""
    line = line.strip()
    return line.endswith("?") and _YOU.search(line) is not None and line.count(". ") == 0


def _turn_parts(ctx: Context, turns: list[Turn], n: int, stops: set[int]) -> list[tuple[int, int]]:
    """The turn's line and the paragraphs after it up to the next label (the end of the text
    for the last turn), a heading, or a paragraph opening with something shaped like a label
    (``stops``: where such labels start; "Yamaguchi, TV Tokyo: ..." is a reporter's question
    even if no rule knows the name)."""
    turn = turns[n]
    parts = [(turn.body_start, turn.body_end)]
    # The last turn runs to the end of the text (a heading or a label-shaped line stops it).
    end = turns[n + 1].label_start if n + 1 < len(turns) else len(ctx.text)
    if end > turn.body_end:
        for m in re.finditer(r"[^\n]+", ctx.text[turn.body_end : end]):
            lo, hi = turn.body_end + m.start(), turn.body_end + m.end()
            line = ctx.text[lo:hi]
            if not line.strip():
                continue
            if _is_heading(line) or any(lo <= stop <= lo + 3 for stop in stops):
                break
            if _unlabelled_question(line):
                break
            parts.append((lo, hi))
    trimmed = []
    for lo, hi in parts:
        line = ctx.text[lo:hi]
        lo, hi = lo + len(line) - len(line.lstrip()), lo + len(line.rstrip())
        if hi > lo:
            trimmed.append((lo, hi))
    return trimmed


@rule("transcript_turn", "layout")
def transcript_turn(ctx: Context) -> Iterable[Found]:
    """Interview turns: each answer a direct statement of its label's speaker."""
    shaped = turns_of(ctx.text)
    # A label reads as a speaker when any of its turns does (the tagger may miss one).
    speaking = {t.key for t in shaped if speaker_like(ctx, t)}
    turns = [t for t in shaped if t.key in speaking]
    keys = {t.key for t in turns}
    # One label giving a name and an office ("Mr. X, Minister for Foreign Affairs:") opens a
    # speaker's remarks even with no second turn (a statement or a transcript cut short).
    single = len(turns) == 1 and turns[0].title is not None
    if not single and (len(turns) < 2 or len(keys) < 2):
        return
    intro = _interviewee(ctx, turns[0].label_start)
    speakers: dict[str, Actor | None] = {}
    # A label that is another label's title ("FOREIGN MINISTER:" after "PENNY WONG, FOREIGN
    # MINISTER:") names the same person; labels with a title are read first.
    titled: dict[str, str] = {}
    for turn in sorted(turns, key=lambda t: t.title is None):
        if turn.key in speakers:
            continue
        if turn.title is not None:
            titled.setdefault(label_key(turn.title), turn.key)
        holder = titled.get(label_key(turn.name)) if turn.title is None else None
        if label_key(turn.name) in QUESTION_LABELS:
            speakers[turn.key] = None
        elif holder is not None:
            speakers[turn.key] = speakers[holder]
        else:
            speakers[turn.key] = _label_speaker(ctx, turn, intro)
    parties = _parties(speakers, {t.key: label_key(t.name) for t in turns})
    questioners = _questioners(ctx, turns, parties)
    answers = {t.key for t in turns if label_key(t.name) in ANSWER_LABELS}
    if single:
        speaker = speakers.get(turns[0].key)
        if speaker is None or speaker.kind != "person":
            return
    elif not questioners and not answers and len(turns) < 3:
        return
    for n, turn in enumerate(turns):
        parts = _turn_parts(ctx, turns, n, {t.label_start for t in shaped})
        if not parts:
            continue
        for number, q in enumerate(ctx.quotes):
            if parts[0][0] <= q.open_mark < parts[-1][1]:
                ctx.claimed_quotes.add(number)
        speaker = speakers.get(turn.key)
        if turn.key in questioners or speaker is None:
            continue  # the interviewer's question is no one's statement
        ctx.voices.extend((lo, hi, speaker) for lo, hi in parts)
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
    breaks = 0
    # The sign-off on the next line, or (rule ``dash_signature_paragraph``) on its own
    # paragraph after one blank line.
    while line_end >= 0 and breaks < 3 and not ctx.text[q.close_mark + 1 : line_end].strip():
        breaks += 1
        line_end = ctx.text.find("\n", line_end + 1)
    line_end = len(ctx.text) if line_end < 0 else line_end
    m = _DASH_SIGNATURE.match(ctx.text, q.close_mark + 1, line_end)
    if m is None or len(m.group("name").split()) > 12:
        return None
    tokens = ctx.tokens_in(m.start("name"), m.end("name"))
    if breaks > 1 and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens):
        return None  # a paragraph opening with a dash and a clause: "— Congress voted ..."
    names = [t for t in tokens if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")]
    if not names:
        return None
    # The name, not the title after it: the last token of the first run of names.
    head = names[0]
    while head.i + 1 < len(ctx.doc) and ctx.doc[head.i + 1] in names:
        head = ctx.doc[head.i + 1]
    if in_credit(head):
        return None  # a wire story's closing credit, "– Jo Roe in Beirut, AFP": no speaker
    speaker, usable = speaker_from(ctx, head)
    if not usable or speaker is None:
        return None
    return Attribution(None, "—", speaker)


__all__ = ["NOT_LABELS", "dash_signature", "transcript_turn"]
