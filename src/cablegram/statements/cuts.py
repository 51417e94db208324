"""Where a reported clause ends when someone else's report runs on inside it.

- ``cut_at_inner_reports``: a reported clause that runs on into another speaker's reported
  clause ("video shows him with his hands up, but Shelby said he refused") ends where the other
  report begins.
- ``before_credit``: a closing credit (", TASS reported") is no part of the clause;
  ``credited_content``: nor when the parser made the credit head the complement ("said [X,
  reports Reuters]"); ``carries_a_report``: a credit verb whose complement is another's
  report ("X said Y, AFP reported") is no statement of its own: the report inside is;
- ``before_second_report``: a speech participle after a comma ("..., saying that ...") ends
  the clause before it; ``quote_before_cue``: a quotation set off by a colon and followed by
  its cue is the cue's, not the clause's.
- ``released_quote``: a quotation inside a reported clause that carries its own attribution
  ('the impact it said Clinton would have on women: "Parallel to our progress ...," the union
  wrote'; 'Claiming the criticism is designed to pressure moderators, Trump told Fox that
  "..."') is its own statement; the clause ends before that attribution.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Token

from cablegram.statements.context import Context, Found
from cablegram.statements.cues import core_cue, lexicon_cue
from cablegram.statements.registry import Attribution, Rule

_JOINERS = " \t\n,;:—–-"
_JOIN_WORDS = ("but", "and", "while", "whereas", "though", "although")
# Shorter than this, what is left of a cut clause is not a statement: the cut is not made.
_MIN_LEFT = 10
# A quotation shorter than this stays inside the clause that holds it.
_MIN_WORDS = 5


def _end_before(ctx: Context, outer: Found, cut: int) -> int:
    """The end of ``outer`` cut at character ``cut``, without trailing joiners ("but")."""
    end = cut
    while True:
        stripped = ctx.text[outer.start : end].rstrip(_JOINERS)
        words = stripped.rsplit(None, 1)
        if len(words) == 2 and words[1].lower() in _JOIN_WORDS:
            end = outer.start + len(words[0])
            continue
        return outer.start + len(stripped)


def cut_at_inner_reports(ctx: Context, found: list[Found]) -> None:
    """A reported clause that runs on into someone else's report ("video shows him with his
    hands up, but Shelby said he refused") ends where the other report's clause begins."""
    for outer in found:
        if outer.kind == "direct" or outer.more:
            continue
        for inner in found:
            cue = inner.cue
            if (
                inner is outer
                or inner.kind == "direct"
                or cue is None
                or same_speaker(outer, inner)
            ):
                continue
            if not (outer.start < cue.idx < outer.end and outer.start < inner.start):
                continue
            if ctx.in_quote(cue) >= 0:
                continue
            cut = cue.left_edge.idx
            if cut <= outer.start:
                continue
            end = _end_before(ctx, outer, cut)
            if end - outer.start >= _MIN_LEFT:
                outer.end = end


def released_quote(
    ctx: Context,
    outer: Found,
    number: int,
    quote_rules: Sequence[Rule],
    previous: Found | None,
    report_cues: Collection[int],
) -> bool:
    """True when quotation ``number``, inside the reported clause ``outer``, is attributed by
    its own cue (a verb of the clause's text other than ``outer``'s cue, outside any quote);
    ``outer`` is then cut to end before that attribution. A quotation opening the clause, or
    whose cue is ``outer``'s own or not a speech verb of the lexicon, or a quoted phrase (under
    five words, or not a direct quotation), or one by ``outer``'s speaker, stays part of
    ``outer``."""
    q = ctx.quotes[number]
    if q.open_mark >= outer.end:
        return True  # an earlier release already cut the clause short of this quote
    if outer.cue is None or q.open_mark <= outer.start + 1:
        return False
    attribution: Attribution | None = None
    for r in quote_rules:
        attribution = r.func(ctx, number, previous)
        if attribution is not None:
            break
    cue = attribution.cue if attribution is not None else None
    if attribution is None or cue is None or attribution.continues or cue.i == outer.cue.i:
        return False
    if cue.i in report_cues:
        return False  # the cue already reports a clause that holds the quote
    # The cue stands inside the clause, or right after a quotation that ends it ('the damage
    # it said the strike did: "Our growers ...," the federation wrote').
    ends_clause = q.close_mark >= outer.end - 2 and cue.idx > q.close_mark
    if not (outer.start < cue.idx < outer.end or ends_clause) or ctx.in_quote(cue) >= 0:
        return False
    if lexicon_cue(cue, ctx.cues) is None or attribution.speaker is None:
        return False  # only a speech verb of the lexicon takes a quote out of a clause
    if attribution.kind != "direct" or len(ctx.text[q.start : q.end].split()) < _MIN_WORDS:
        return False  # a word or phrase quoted inside the clause belongs to the clause
    if same_speaker(outer, Found("direct", 0, 0, cue, None, attribution.speaker, "")):
        return False  # the same speaker going on: one statement
    subject_tokens = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subject_tokens or any(ctx.in_quote(t) >= 0 for t in subject_tokens):
        return False
    subjects = [t.left_edge.idx for t in subject_tokens]
    cut = min((c for c in [*subjects, q.open_mark] if c > outer.start), default=q.open_mark)
    end = _end_before(ctx, outer, cut)
    if end - outer.start < _MIN_LEFT:
        return False
    outer.end = end
    outer.quotes = [n for n in outer.quotes if ctx.quotes[n].open_mark < end]
    if not outer.quotes and outer.kind == "mixed":
        outer.kind = "indirect"
    return True


def before_second_report(ctx: Context, verb: Token, start: int, end: int) -> int:
    """Where the complement ends when a speech participle after a comma closes it ("told
    reporters that she expects growth to slow, saying that 'the worst is not over'"): the
    participle is a second speech act of its own, so the first ends before its comma."""
    for t in ctx.doc[start + 1 : end]:
        if (
            t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and t.i > verb.i
            and ctx.doc[t.i - 1].text == ","
            and core_cue(t, ctx.cues) is not None
            and t.i - 1 > start + 2
        ):
            return t.i - 1
    return end


def before_credit(ctx: Context, verb: Token, start: int, end: int) -> int:
    """Where the complement ends when the sentence closes with a credit to whoever carried it
    ("Lavrov said there was no need for mediation, Russia's TASS and Interfax news agencies
    reported"): a speech verb after a comma, with a subject and no content of its own, that
    the parser hung on the first verb as a second clause, is no part of what was said."""
    for t in ctx.doc[start + 1 : end]:
        if (
            t.head.i == verb.i
            and t.dep_ in ("ccomp", "parataxis", "conj")
            and t.i > verb.i
            and t.right_edge.i >= end - 2
            and t.left_edge.i - 1 > start + 2
            and ctx.doc[t.left_edge.i - 1].text == ","
            and core_cue(t, ctx.cues) is not None
            and any(c.dep_ == "nsubj" for c in t.children)
            and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in t.children)
        ):
            return t.left_edge.i - 1
    return end


def carries_a_report(ctx: Context, verb: Token, complements: Sequence[Token]) -> bool:
    """Whether the verb only credits whoever carried another's report: its complement stands
    before it and is itself a speech verb with a subject and a content of its own ("Lavrov
    said there was no need for mediation, Russian news agencies reported"; "The office said
    that ..., reports AFP"), its content before it too ("Hungary will ratify the treaty, the
    prime minister said on Monday, CNN reported": the "inner report first" rule). The report
    inside is the statement; the credit is none."""
    return bool(complements) and all(
        c.i < verb.i
        and core_cue(c, ctx.cues) is not None
        and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        and any(x.dep_ == "ccomp" and x.i != c.i for x in c.children)
        for c in complements
    )


def is_closing_credit(ctx: Context, clause: Token) -> bool:
    """A speech verb after a comma that only names who carried the report, after it and
    with no clause of its own after it: ", reports Reuters", ", reported the Kyiv
    Independent" (whatever role the parser gave the name)."""
    if core_cue(clause, ctx.cues) is None or clause.i == 0:
        return False
    if ctx.doc[clause.i - 1].text != ",":
        return False
    after = [x for x in clause.children if x.i > clause.i and not x.is_punct]
    return (
        bool(after)
        and not any(x.dep_ in ("ccomp", "xcomp", "advcl", "conj") for x in after)
        and any(t.pos_ == "PROPN" for x in after for t in x.subtree)
    )


def credited_content(ctx: Context, clause: Token) -> Token:
    """The content inside a complement the parser built around a closing credit ("said [the
    ambassador had been summoned, reports Reuters]": the credit verb heads the complement,
    the content hung on it before the comma): that content clause; else the complement."""
    if not is_closing_credit(ctx, clause):
        return clause
    inner = [x for x in clause.children if x.dep_ == "ccomp" and x.i < clause.i]
    return inner[0] if len(inner) == 1 else clause


# Things that strike or fall but never act by will: the subject of a reported clause that
# cannot be the one doing a willed act joined to that clause.
THING_SUBJECTS = frozenset(
    {"missile", "rocket", "drone", "shell", "bomb", "projectile", "mine", "bullet", "debris",
     "fragment", "strike", "airstrike", "explosion", "blast", "fire", "plane", "aircraft",
     "balloon", "shelling"}
)  # fmt: skip
# Acts only a state, a body or a person does by will (summoning, expelling, protesting).
WILLED_VERBS = frozenset(
    {"summon", "expel", "recall", "protest", "accuse", "condemn", "demand", "urge", "call",
     "reject", "deny", "lodge", "close", "suspend", "ban", "warn", "ask"}
)  # fmt: skip


def speakers_act_in_report(verb: Token) -> bool:
    """A willed act the parser joined to the clause a speech verb reports, whose own subject
    is a thing ("Moldova said a Russian missile violated its airspace and summoned the
    Russian ambassador"): the speaker's own act, no part of what was said."""
    head = verb.head
    speech = head.head
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return (
        verb.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and head.dep_ == "ccomp"
        and speech.i != head.i
        and any(c.dep_ == "nsubj" for c in speech.children)
        and subject is not None
        and subject.lemma_.lower() in THING_SUBJECTS
        and verb.lemma_.lower() in WILLED_VERBS
    )


def before_speakers_act(ctx: Context, complements: Sequence[Token], end: int) -> int:
    """Where the reported clause ends when the speaker's own act is joined to it (see
    :func:`speakers_act_in_report`): before that act and its "and"."""
    acts = [v for c in complements for v in c.children if speakers_act_in_report(v)]
    if not acts:
        return end
    end = min(end, min(v.left_edge.i for v in acts))
    return end - 1 if ctx.doc[end - 1].dep_ == "cc" else end


def quote_before_cue(ctx: Context, verb: Token, start: int, end: int) -> bool:
    """A content before its cue that ends in a quotation standing right before the cue's
    subject and set off by a colon ('the impact it would have: "Parallel to our progress ...,"
    the union wrote'): the quotation is what the cue attributes, so the quote rules take it,
    not the clause. A quotation that goes on with the clause ('The country "has made
    changes," he said') stays part of it."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if end > verb.idx or not subjects:
        return False
    cue_start = min(s.left_edge.idx for s in subjects)
    for n in ctx.quotes_within(start, end):
        q = ctx.quotes[n]
        between = ctx.text[q.close_mark + 1 : cue_start]
        before = ctx.text[start : q.open_mark].rstrip()
        if before.endswith(":") and not between.strip(" ,.;:\n"):
            return True
    return False


def same_speaker(a: Found, b: Found) -> bool:
    """Two statements whose speakers are one actor, or either has none."""
    if a.speaker is None or b.speaker is None:
        return True
    return a.speaker.actor_id == b.speaker.actor_id or a.speaker.name == b.speaker.name


__all__ = [
    "before_credit",
    "before_second_report",
    "before_speakers_act",
    "carries_a_report",
    "credited_content",
    "cut_at_inner_reports",
    "is_closing_credit",
    "quote_before_cue",
    "released_quote",
    "same_speaker",
    "speakers_act_in_report",
]
