"""Speaker labels: the short phrase and colon that open a paragraph of a transcript.

Shapes read (each a paragraph's first words, then a colon and the turn's words on that line):

- a role: ``Q:``, ``A:``, ``QUESTION:``, ``Reporter:``, ``MODERATOR:``;
- a name or a title: ``OBAMA:``, ``Mensah:``, ``PRIME MINISTER:``, ``MINISTER DOWNER:``;
- a title and a full name: ``Iranian Foreign Minister Mohammad Javad Zarif:``,
  ``U.S. Secretary of State Antony Blinken:`` (capitalised words, with "of", "for", "the",
  "bin", "von" ... between them);
- a name, a comma and a title: ``Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs:`` (a
  ministry press conference, family name in capitals), ``PENNY WONG, FOREIGN MINISTER:``;
- a name with a bracketed description: ``Mr. JIMI IZRAEL (Writer):``;
- a name with a title and its organisation: ``ANNA KOVAC, Managing Director, Central Bank:``;
- any of these alone on its line, the turn's words in the next paragraph (older ministry
  transcripts: ``Minister:`` / ``Question:``).

A label is a speaker phrase only when it reads as one (``speaker_like``): a role word, a name
the recogniser or the parse knows, a title noun of the cue data's ``speaker_nouns``, or a name
in capitals; sentences with a colon ("The message was clear: ..."), headings ("Opening
Remarks: ...", "Bottom Line: ..."), notes and credits ("Note:", "Photo:", "Subjects:",
"DATE:") and datelines ("NEW DELHI: ...") are not labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from cablegram.statements.context import Context

_WORD = r"[A-Z][\w.'’&-]*"
# Lower-case words that may stand inside a name or a title ("Secretary of State", "bin").
_JOIN = r"(?:of|for|the|and|on|in|to|at|de|del|da|di|du|van|von|der|den|bin|ibn|al|el|le|la)"
_PHRASE = rf"{_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+){{0,2}}{_WORD}){{0,8}}"
_SPEAKER = (
    rf"(?P<label>(?P<name>{_PHRASE})(?:,[ \t]*(?P<title>{_PHRASE}(?:,[ \t]*{_PHRASE})?))?"
    r"(?:[ \t]*\((?P<paren>[^()\n]{1,60})\))?)[ \t]*:"
)
LABEL = re.compile(
    rf"^[ \t]*[\"“]?{_SPEAKER}"
    # the body after a space, or glued to an upper-case label ("OBAMA:Well, no, ...")
    r"(?:[ \t]+|(?<=[A-Z]{2}:)(?=[A-Z\"“]))(?P<body>\S[^\n]*)",
    re.MULTILINE,
)
# A label alone on its line, the turn's words from the next paragraph ("Minister:\nFrom 2:00
# p.m. ..."); a paragraph opening with a quotation mark after it is a quote's introduction
# ("And from Chairwoman Y:"), not a turn.
LONE_LABEL = re.compile(
    rf"^[ \t]*{_SPEAKER}[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<body>[^\s\"“‘'«„][^\n]*)",
    re.MULTILINE,
)
_MAX_WORDS = 14
_MAX_CHARS = 100

# Labels whose turns are nobody's statements: the questions, and the running of the event
# ("MODERATOR: Next question, please.").
_QUESTION_LABELS_WORDS = """
    q question interviewer reporter journalist journalists audience media press moderator mc
    presenter anchor host"""
QUESTION_LABELS = frozenset(_QUESTION_LABELS_WORDS.split())
ANSWER_LABELS = frozenset(["a", "answer"])
# Roles that speak in a transcript without being its interviewee.
_ROLE_LABELS = frozenset(["chair", "chairman", "chairwoman", "chairperson", "speaker"])
_HONORIFICS = frozenset(["mr", "mrs", "ms", "dr", "miss", "sir", "dame", "madam", "mme", "m"])
# Words that open a paragraph with a colon without being a speaker.
_NOT_LABELS_WORDS = """
    note update editor photo photos source sources related read watch see also correction
    disclosure warning caption credit credits video listen subscribe tags share follow
    transcript background summary highlights live breaking exclusive subject subjects topic
    topics date dates title time place venue location inquiries enquiries contact contacts
    present attendees participants keywords headline dateline byline by from to cc re posted
    updated published filed lead ps e&oe advisory agenda program programme schedule when
    where what why how who opening remarks bottom line takeaway takeaways key point points
    step rule lesson part chapter round phase section episode and but so then here there
    soundbite sot vo nat latest analysis opinion editorial explainer factbox"""
NOT_LABELS = frozenset(_NOT_LABELS_WORDS.split())


@dataclass(frozen=True, slots=True)
class Turn:
    """One labelled turn: the label as written, its name part (before a comma or bracket),
    its title part (after the comma or in the bracket) and the body's offsets on its line."""

    label: str
    name: str
    title: str | None
    label_start: int
    body_start: int
    body_end: int

    @property
    def key(self) -> str:
        return label_key(self.label)

    @property
    def name_end(self) -> int:
        return self.label_start + len(self.name)


def label_key(label: str) -> str:
    """A label compared across turns: lower case, one space, straight apostrophes."""
    return " ".join(label.lower().replace("’", "'").split())


def _words(phrase: str) -> list[str]:
    return [w.strip(".,") for w in phrase.lower().replace("’", "'").split()]


def _looks_like_label(name: str, title: str | None, label: str) -> bool:
    words = _words(label)
    name_words = _words(name)
    if len(words) > _MAX_WORDS or len(label) > _MAX_CHARS or not name_words:
        return False
    if name_words[0] in NOT_LABELS and name_words[0] not in QUESTION_LABELS:
        return False
    if name_words[-1] in NOT_LABELS and name_words[-1] not in QUESTION_LABELS:
        return False
    return not (title is not None and _words(title)[-1] in NOT_LABELS)


def turns_of(text: str) -> list[Turn]:
    """Every paragraph opening with something shaped like a speaker label, in text order."""
    turns = []
    for pattern in (LABEL, LONE_LABEL):
        for m in pattern.finditer(text):
            label, name, title = m.group("label"), m.group("name"), m.group("title")
            title = title or m.group("paren")
            if not _looks_like_label(name, title, label):
                continue
            turns.append(Turn(label, name, title, m.start("label"), m.start("body"), m.end("body")))
    return sorted(turns, key=lambda t: t.label_start)


def name_tokens(ctx: Context, turn: Turn) -> list[Token]:
    """The tokens of the label's name part."""
    return [t for t in ctx.tokens_in(turn.label_start, turn.name_end) if not t.is_punct]


def is_role(turn: Turn) -> bool:
    key = label_key(turn.name)
    return key in QUESTION_LABELS | ANSWER_LABELS | _ROLE_LABELS


def speaker_like(ctx: Context, turn: Turn) -> bool:
    """Whether the label reads as a speaker: a role word, a title noun, a person or
    organisation the recogniser found, or a name in capitals that is no place."""
    if is_role(turn):
        return True
    tokens = name_tokens(ctx, turn)
    if not tokens:
        return False
    if any(t.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "FAC") for t in tokens) and not any(
        t.ent_type_ in ("PERSON", "ORG", "NORP") for t in tokens
    ):
        return False  # a dateline or a place heading ("NEW DELHI:", "In Washington:")
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in tokens):
        return True
    nouns = ctx.cues.speaker_nouns
    if any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in tokens):
        return True  # "PRIME MINISTER", "Foreign Minister", "Spokesperson"
    letters = [c for c in turn.name if c.isalpha()]
    capitals = bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 2
    return capitals or (
        turn.title is not None
        and any(
            t.lower_ in nouns
            for t in ctx.tokens_in(turn.name_end, turn.label_start + len(turn.label))
        )
    )


def bare_words(phrase: str) -> list[str]:
    """A label's words in lower case without honorifics or "the" ("MR. PRICE" -> ["price"],
    "THE PRESIDENT" -> ["president"])."""
    return [w for w in _words(phrase) if w not in _HONORIFICS and w != "the"]


def is_honorific(token: Token) -> bool:
    return token.lower_.rstrip(".") in _HONORIFICS


__all__ = [
    "ANSWER_LABELS",
    "LABEL",
    "NOT_LABELS",
    "QUESTION_LABELS",
    "Turn",
    "bare_words",
    "is_honorific",
    "is_role",
    "label_key",
    "name_tokens",
    "speaker_like",
    "turns_of",
]
