"""Day and date phrases, which date an act and are never one of its arguments.

Used by :func:`cablegram.events.triggers.fits` (a preposition whose object is a time is no
pattern preposition: "called on Tuesday for ..." is no "call on") and by
:func:`cablegram.events.target_phrases.target_candidates` (a time is never a target: "called
on Tuesday on Uganda to withdraw" asks Uganda, not Tuesday). Review of round 15 (issue 11):
a time phrase between a verb and its argument must neither block the trigger nor stand in
for the argument.

A time is a noun the parser marks as a date or a time ("Tuesday", "March 3", "last week"),
or, where the entity tagger misses it, a day's or a month's name or a word of a day
("today", "yesterday", "tonight").
"""

from __future__ import annotations

from spacy.tokens import Token

# Entity labels of time words.
TIME_ENTS = frozenset({"DATE", "TIME"})
DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday", "tomorrow", "tonight", "weekend", "morning", "afternoon", "evening",
     "january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip
# Words of one day or a time of day: "since Friday morning" reaches back to the day itself,
# no stretch of time (:mod:`cablegram.events.merge_vetoes`).
ONE_DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday", "tonight", "morning", "afternoon", "evening", "night", "dawn", "midnight",
     "noon", "overnight"}
)  # fmt: skip
# Nouns that may be days only when the tagger says so ("May" is also a name and a modal).
TAGGED_ONLY = frozenset({"may"})


def time_noun(tok: Token) -> bool:
    """Whether a noun names a day, a date or a time: "Tuesday", "March 3", "last week"."""
    if tok.ent_type_ in TIME_ENTS:
        return True
    return tok.lower_ in DAY_WORDS and tok.lower_ not in TAGGED_ONLY


def of_time(prep: Token) -> bool:
    """A preposition whose every object is a time ("on Tuesday", "on March 3")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(time_noun(o) for o in objects)


def one_day(phrase: Token) -> bool:
    """Whether a time phrase names one day or a time of day ("Friday morning", "dawn",
    "10 a.m."), read over its words."""
    return any(t.lower_ in ONE_DAY_WORDS or t.ent_type_ == "TIME" for t in phrase.subtree)
