"""Names defined with their acronym in brackets: "the U.S. Agency for International Development
(USAID)", "Movement for Democratic Change (MDC)".

The recogniser often cuts such a name in two ("U.S. Agency for" + "International Development
(USAID"), and the acronym later stands alone ("USAID said"). :func:`define_acronyms` finds each
definition in the text, makes the long form one ORG span and the acronym another, and records
which long form each acronym stands for, so that the resolver gives both one actor.

A definition: an all-capital word of two to eight letters in brackets, right after a run of
capitalised words (and "of", "for", "the", "and", "on", "in", "to", "&") whose initials spell
it; an abbreviation in the run counts with all its letters ("U.S." -> "US"). Precision first:
initials that do not spell the acronym exactly define nothing.

Shapes: ``define_acronyms(doc)`` changes ``doc.ents`` in place; :func:`long_form` takes a
token and returns the defined long form (a Span) its acronym stands for, or None;
:func:`acronym_of` takes a long form's token and returns the acronym token, or None.

A second reader of "Name (ABBR)" lives in :mod:`cablegram.actors.kinds` (``defined_places``),
with another job: it finds abbreviations a text defines for *places* ("Line of Control
(LoC)") so that they are never actors. It must take mixed-case abbreviations ("LoC") and
match the capitals only against the last words of the run, where this module takes
all-capital acronyms whose initials spell the whole name and rewrites the entities; read with
these rules, "LoC" would define nothing, and read with those, "Line of Control" would become
an organisation. They share no code for that reason.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from cablegram.actors.base import set_entities

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")
_JOINERS = frozenset({"of", "for", "the", "and", "on", "in", "to", "&", "-"})
# Words a name may run through at most, before its bracket.
_REACH = 12
_KEY = "cablegram_acronyms"


def _initials(words: list[Token]) -> str:
    letters = []
    for word in words:
        if word.lower_ in _JOINERS:
            continue
        if "." in word.text:
            letters.append(word.text.replace(".", "").upper())  # "U.S." -> "US"
        else:
            letters.append(word.text[0].upper())
    return "".join(letters)


def _definition(doc: Doc, bracket: int) -> Span | None:
    """The long form before the bracket at ``bracket`` whose initials spell the acronym."""
    acronym = doc[bracket + 1].text.replace("&", "").replace("-", "")
    run: list[Token] = []
    for i in range(bracket - 1, max(-1, bracket - 1 - _REACH), -1):
        word = doc[i]
        if word.lower_ in _JOINERS or (word.text[:1].isupper() and not word.is_punct):
            run.insert(0, word)
        else:
            break
    for k in range(len(run)):
        words = run[k:]
        if words[0].lower_ in _JOINERS:
            continue
        if _initials(words) == acronym:
            return doc[words[0].i : bracket]
    return None


def define_acronyms(doc: Doc) -> None:
    """Find the document's acronym definitions and give each long form and acronym an ORG
    span of its own (see the module doc)."""
    found: dict[str, tuple[int, int, int]] = {}
    for token in doc[:-2]:
        if token.text != "(" or doc[token.i + 2].text != ")":
            continue
        acronym = doc[token.i + 1]
        if not _ACRONYM.match(acronym.text) or acronym.text in found:
            continue
        long = _definition(doc, token.i)
        if long is not None:
            found[acronym.text] = (long.start, long.end, acronym.i)
    doc.user_data[_KEY] = found
    if not found:
        return
    spans = [
        span
        for start, end, at in found.values()
        for span in (Span(doc, start, end, label="ORG"), Span(doc, at, at + 1, label="ORG"))
    ]
    taken = {i for span in spans for i in range(span.start, span.end)}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    set_entities(doc, sorted([*kept, *spans], key=lambda e: e.start))


def long_form(token: Token) -> Span | None:
    """The long form an acronym token stands for (its definition's or a later one), when the
    text defines it."""
    found = token.doc.user_data.get(_KEY) or {}
    place = found.get(token.text)
    if place is None:
        return None
    return token.doc[place[0] : place[1]]


def acronym_of(token: Token) -> Token | None:
    """The acronym a long form's token is defined with ("USAID" for "Agency" of "the U.S.
    Agency for International Development (USAID)"), or None."""
    found = token.doc.user_data.get(_KEY) or {}
    for start, end, at in found.values():
        if start <= token.i < end:
            acronym: Token = token.doc[at]
            return acronym
    return None
