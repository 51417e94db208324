"""Subheads and section labels inside an article's body: not sentences to read.

Long wire and newspaper stories break their body with short headline-style lines: a label in
capitals ("ARRESTS", "NEW LEADER") or a headline of the section below ("Russia's UN request
rejected"). They are summaries, not sentences: read as prose, "Russia's UN request rejected"
made Russia the one who rejected, and "ARRESTS" an actor. Removing them once, here, keeps
them out of statements, events and actors alike.

Shape (:func:`is_subhead`): a line of at most :data:`MAX_SUBHEAD_WORDS` words that opens with
a capital and does not end like a sentence (no final ".", "!", "?", ":", ";", quotation mark
or bracket, and no last word such as "of" or "include" that runs on), standing between two
paragraphs that read as sentences of at least :data:`MIN_NEIGHBOUR_WORDS` words, so that it
is inside the body: a title or a dateline above the lede, a sign-off below the last
paragraph, and a line that introduces a quote or list (ending in ":") all stay.

A line must also have a headline's shape (:func:`headline_shaped`), since a short sentence
without its full stop ("Police said 12 people were killed", "The vote passed 52-48", "Why
now", "And then came the war…") is body text: a label in capitals of one to
:data:`MAX_CAPS_LABEL_WORDS` words that is not a place ("ARRESTS"; "WASHINGTON" is a
dateline), or a title-case line with no finite verb but a headline's participle at its end or
before a preposition ("Union's offer rejected", "Pier closed for a month"), no verb of saying,
pronoun or auxiliary, no number, no question or Q&A and no "…", "!", "#", "@" or colon.

They are removed as kind ``"navigation"``: the record contract (``spec/records.md``) has no
kind of its own for section labels, and like a page's menus they are way-finding, not text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lemminflect import (  # type: ignore[import-untyped, unused-ignore]
    getAllLemmas,
    getInflection,
)

from cablegram.ingest.places import is_place
from cablegram.ingest.rulebase import TERMINAL, Findings, RuleContext, is_sentence_like
from cablegram.ingest.text import words
from cablegram.records import RemovedKind

MAX_SUBHEAD_WORDS = 10
# Body paragraphs stand on both sides; a standfirst or a one-line teaser is shorter.
MIN_NEIGHBOUR_WORDS = 12
# A line ending on these continues into the next paragraph; it is not a label.
_CONTINUES = (",", "-", "—", "–", "(", "&", "/")
# A line ending on a word that needs a complement runs on into the next line.
_RUNS_ON = frozenset(
    {"the", "a", "an", "of", "to", "in", "on", "and", "or", "but", "for", "with", "by", "at",
     "from", "as", "is", "are", "was", "were", "that", "include", "includes", "including"}
)  # fmt: skip

# A label in capitals is short: "ARRESTS", "NEW LEADER"; longer capitals are shouting or a byline.
MAX_CAPS_LABEL_WORDS = 4
# Words that make a line a sentence, a question or a quote, not a headline.
_SENTENCE_WORDS = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "me", "us", "him", "her", "them", "my", "our",
     "your", "his", "their", "its", "is", "are", "was", "were", "am", "be", "been", "will",
     "would", "can", "could", "shall", "should", "may", "might", "must", "has", "have", "had",
     "do", "does", "did", "not", "this", "there", "here"}
)  # fmt: skip
_OPENERS = frozenset(
    {"why", "what", "how", "who", "whom", "whose", "when", "where", "which", "and", "but", "or",
     "so", "then", "yet", "q", "a", "thank", "please", "let"}
)  # fmt: skip
_SAYING = frozenset(
    {"say", "tell", "ask", "add", "state", "announce", "declare", "claim", "insist", "warn",
     "reply", "answer", "explain", "write", "tweet", "note"}
)  # fmt: skip
_PREPOSITIONS = frozenset(
    {"by", "for", "in", "on", "at", "after", "over", "amid", "as", "from", "to", "with",
     "without", "despite", "again", "again,", "until"}
)  # fmt: skip
# Words that open a verb's object or complement: "fall upon the hills", "rejects the bid".
_ARGUMENT_OPENERS = _PREPOSITIONS | {"the", "a", "an", "upon", "into", "through", "across"}
_NOT_HEADLINE = re.compile(r"[…!?#@:;\d]|\.\.\.|\.\s|^[A-Z]\.")


def _finite(word: str, following: str | None) -> bool:
    """A verb form that can only be finite ("rose", "came", "says"), or a past form that
    takes an object or a complement ("killed two", "passed 52-48")."""
    verbs = getAllLemmas(word.casefold()).get("VERB")
    if not verbs:
        return False
    for lemma in verbs:
        if lemma in _SAYING:
            return True
        past = getInflection(lemma, "VBD") or ()
        done = getInflection(lemma, "VBN") or ()
        if word.casefold() in past and word.casefold() not in done:
            return True
        present = (*(getInflection(lemma, "VBZ") or ()), *(getInflection(lemma, "VBP") or ()))
        if word.casefold() in present and (
            "NOUN" not in getAllLemmas(word.casefold()) or following in _ARGUMENT_OPENERS
        ):
            return True  # "says", "fall upon the hills"; not "offer rejected"
        if word.casefold() in done and following is not None and following not in _PREPOSITIONS:
            return True
    return False


def headline_shaped(line: str) -> bool:
    """Whether ``line`` reads as a label or a headline rather than a clipped sentence.

    >>> headline_shaped("Union's offer rejected"), headline_shaped("The vote passed 52-48")
    (True, False)
    """
    tokens = words(line)
    if not tokens:
        return False
    if line.isupper():
        return len(tokens) <= MAX_CAPS_LABEL_WORDS and not is_place(line)
    if _NOT_HEADLINE.search(line) or tokens[0].casefold() in _OPENERS:
        return False
    folded = [t.casefold() for t in tokens]
    if set(folded) & _SENTENCE_WORDS:
        return False
    return not any(
        _finite(tok, folded[i + 1] if i + 1 < len(folded) else None)
        for i, tok in enumerate(tokens)
        if i > 0 and tok[:1].islower()
    )


def is_subhead(line: str, before: str, after: str) -> bool:
    """Whether ``line``, between the paragraphs ``before`` and ``after``, is a subhead.

    >>> is_subhead("NEW LEADER", "The council met on Monday and chose a new chief for the body.",
    ...            "The new leader, a former judge, promised to reform the courts quickly.")
    True
    >>> is_subhead("He said the talks would go on.", "The council met on Monday in Rome.",
    ...            "The new leader, a former judge, promised to reform the courts quickly.")
    False
    """
    text = line.strip()
    count = len(words(text))
    if not 1 <= count <= MAX_SUBHEAD_WORDS or not text[:1].isupper():
        return False
    if TERMINAL.search(text) or text.endswith(_CONTINUES):
        return False
    if words(text)[-1].casefold() in _RUNS_ON or not headline_shaped(text):
        return False
    return all(
        is_sentence_like(side) and len(words(side)) >= MIN_NEIGHBOUR_WORDS
        for side in (before, after)
    )


def subhead_lines(paragraphs: Sequence[str], ctx: RuleContext) -> Findings:
    """Subheads between body paragraphs -> navigation (the contract's kind for way-finding)."""
    removed: dict[int, RemovedKind] = {
        i: "navigation"
        for i in range(1, len(paragraphs) - 1)
        if is_subhead(paragraphs[i], paragraphs[i - 1], paragraphs[i + 1])
    }
    return Findings(removed)
