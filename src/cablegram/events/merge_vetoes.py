"""Merge vetoes: named rules that keep two tellings of acts apart, whatever else agrees.

Read by :func:`cablegram.events.within_document.one_per_act` (every way it merges: the
same act, a result clause, a coordinated verb, ``retold-act``, ``act-noun-retelling``) and
by :func:`cablegram.events.across_articles.same_event`. A veto is a function ``(a, b,
parsed) -> bool`` of two events and, where given, the parsed document their character
offsets point into (``None`` across articles: the rule then reads the sentence text).

- ``stretch-of-time`` (issue 11, review of round 15): a telling that speaks of a stretch of
  time ("has shelled the city since 2022", "so far", "in recent months", "for a decade",
  "over the past year") tells a course of conduct, not one act: it never merges with a
  telling of a single act ("shelled the city on Monday"), dated or not. Two tellings that
  both speak of stretches may still be one. "since Friday morning" (one day, or a time of
  day) reaches back to the act's own day and is no stretch.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from cablegram.events.day_phrases import one_day
from cablegram.records import Event
from cablegram.rules import Registry

MergeVeto = Callable[[Event, Event, Doc | None], bool]
MERGE_VETOES: Registry[MergeVeto] = Registry("merge vetoes")

# Nouns of a length of time (lemmas).
SPAN_NOUNS = frozenset({"day", "week", "month", "year", "decade", "century", "generation"})
# Words before a span noun that reach back from now: "the past year", "recent months".
BACKWARD_WORDS = frozenset({"past", "last", "recent", "previous", "preceding"})
# Prepositions whose span-noun object is a stretch the act went on over, and those that need
# a backward word ("in recent months"; "in two weeks" is a time to come).
STRETCH_PREPS = frozenset({"for", "over", "throughout"})
BACKWARD_PREPS = frozenset({"in", "during", "within"})
# Verbs of a measure whose "for" phrase is its length ("banned for a decade").
MEASURE_VERBS = frozenset(
    {"jail", "imprison", "sentence", "ban", "bar", "suspend", "exile", "disqualify", "expel",
     "freeze", "extend", "renew", "detain", "intern", "confine", "restrict", "prohibit"}
)  # fmt: skip

# The same phrases in text, for tellings read without a parse (across articles).
STRETCH_TEXT = re.compile(
    r"\b(?:since\s+(?:\d{4}|the\s+start|the\s+beginning|early|late|last|then|(?:jan|feb|mar|"
    r"apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)"
    r"|(?:so|thus)\s+far|to\s+date|ever\s+since"
    r"|(?:for|over|throughout)\s+(?:the\s+)?(?:(?:past|last|recent|previous|several|many|"
    r"a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:days|weeks|months|"
    r"years|decades?|generations?|a\s+decade)"
    r"|(?:for|over|throughout|in|during|within)\s+(?:the\s+)?(?:past|last|recent|previous)"
    r"\s+(?:(?:\w+|\d+)\s+)?(?:days?|weeks?|months?|years?|decades?))\b",
    re.IGNORECASE,
)


def _span_noun(noun: Token, backward: bool) -> bool:
    """A noun of a length of time: "years", "a decade", "the past year" (``backward``: only
    with a word that reaches back from now, "recent months", "the last two weeks")."""
    if noun.lemma_.lower() not in SPAN_NOUNS:
        return False
    words = {c.lower_ for c in noun.children}
    if words & BACKWARD_WORDS:
        return True
    return not backward and (noun.tag_ == "NNS" or bool(words & {"a", "one", "an"}))


def _stretch_modifier(node: Token, verb: Token) -> bool:
    """Whether a child of the act's clause says that the act went on over a stretch."""
    dep, word = node.dep_, node.lower_
    if dep == "prep" and word == "since":
        # "since 2022", "since the war began"; "since Friday morning" reaches back to the
        # act's own day, no stretch
        return not any(one_day(c) for c in node.children if c.dep_ == "pobj")
    if word == "far" and any(c.lower_ in ("so", "thus") for c in node.children):
        return True  # "so far", "thus far"
    if dep == "prep" and word == "to" and any(c.lower_ == "date" for c in node.children):
        return True  # "to date"
    if dep == "npadvmod" and _span_noun(node, backward=True):
        return True  # "these past months"
    if dep != "prep":
        return False
    objects = [c for c in node.children if c.dep_ == "pobj"]
    if word in STRETCH_PREPS:
        if word == "for" and verb.lemma_.lower() in MEASURE_VERBS:
            return False  # "banned for a decade": the measure's length
        return any(_span_noun(o, backward=False) for o in objects)
    if word in BACKWARD_PREPS:
        return any(_span_noun(o, backward=True) for o in objects)
    return False


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause tells the act: the trigger, or the verb an act noun hangs on."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return tok


def stretch_of_time(event: Event, parsed: Doc | None = None) -> bool:
    """Whether the telling speaks of a stretch of time: in the trigger's own clause where
    the parse is given, else anywhere in its sentence."""
    if parsed is not None:
        span = parsed.char_span(event.start, event.end, alignment_mode="expand")
        if span is not None and len(span):
            trigger = span.root
            verb = _clause_verb(trigger)
            nodes = [trigger, *([verb] if verb is not trigger else [])]
            return any(_stretch_modifier(c, verb) for n in nodes for c in n.children)
    return STRETCH_TEXT.search(event.sentence) is not None


@MERGE_VETOES.rule("stretch-of-time")
def _stretch_and_single(a: Event, b: Event, parsed: Doc | None) -> bool:
    return stretch_of_time(a, parsed) != stretch_of_time(b, parsed)


def vetoed(a: Event, b: Event, parsed: Doc | None = None) -> str | None:
    """The name of the first registered veto that keeps ``a`` and ``b`` apart, or None."""
    for rule in MERGE_VETOES:
        if rule.fn(a, b, parsed):
            return rule.name
    return None
