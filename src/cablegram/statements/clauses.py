"""Clause rules: reported speech read from the dependency parse.

- ``speech_verb_clause``: a cue verb of the lexicon with a subject and a clausal complement
  ("officials said the talks had failed", "warned that ...", "called for ...").
- ``open_verb_clause``: any other verb, not on the stop-list, whose clausal complement is
  speech and whose subject is certainly a person, group or organisation ("she fumed that").
- ``parenthetical``: "..., the senator continues, he'll be ...", "As Lynch points out, ...".
- ``verb_inside_quote``: He "observed that ...": the quotation opens with the speech verb.
- ``according_to`` and ``nominal_cue``: in ``statements.phrases``.

Not statements: a negated or unrealised speech act ("did not say", "would tell", "is expected
to announce"), a speech verb used as a noun phrase, and speech with no one reporting it.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from cablegram.statements.addressees import TELL_LIKE, addressee_of
from cablegram.statements.asides import clause_head, told_whom
from cablegram.statements.context import Context, Found, across_quote
from cablegram.statements.cues import core_cue, lexicon_cue, open_cue
from cablegram.statements.cuts import (
    before_credit,
    before_second_report,
    before_speakers_act,
    carries_a_report,
    credited_content,
    is_closing_credit,
    quote_before_cue,
)
from cablegram.statements.negation import negated
from cablegram.statements.registry import rule
from cablegram.statements.speakers import (
    conduit_speaker,
    is_agent,
    speaker_from,
    speaker_of,
    speech_after_preposition,
    subject_of,
)
from cablegram.statements.tense import finite_report

# A speech verb used as a noun phrase ("the bargain would involve Bush admitting that ...")
# describes speech that may never happen; it is not a report of speech.
_NOMINAL_DEPS = frozenset({"pcomp", "pobj", "dobj", "csubj", "nsubj", "nsubjpass", "attr"})
_UNSPOKEN_AUX = frozenset({"would", "could", "might", "may", "should", "will", "shall", "'ll"})
_EXPECTING = frozenset({"expect", "plan", "intend", "want", "hope", "set", "due", "likely"})
_WH_WORDS = frozenset(["how", "what", "why", "when", "where", "who", "whether", "if", "which"])
# Verbs whose "how"/"why" clause is what was said ("explained why he backs Trump", "told the
# host how surprised he was"), unlike "asked how" or "discussed how", which are questions.
_EXPLAINING = frozenset(["explain", "tell", "describe", "detail", "outline", "recount"])
# Verbs whose infinitive complement is what was said: a promise, a demand, an instruction
# ("vowed to stay", "told his advisers to find a way"); "agreed to act" is an event.
_OBJECT_COMPLEMENT = frozenset(
    [
        "promise",
        "pledge",
        "vow",
        "threaten",
        "urge",
        "demand",
        "tell",
        "ask",
        "advise",
        "instruct",
        "order",
        "remind",
        "encourage",
        "invite",
        "warn",
    ]
)


def hypothetical(verb: Token) -> bool:
    """Speech not (yet) made: a modal or future auxiliary on the verb or on the verb it
    complements ("would say", "will tell parliament"), or speech that is only expected
    ("is expected to tell", "plans to announce")."""
    chain = [verb]
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i:
        chain.append(verb.head)
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _EXPECTING:
            return True
    # An auxiliary inside the quotation the verb attributes ('"..., it will at some point,"
    # said Acton': the parser may hang "will" on "said") is the quote's, not the verb's.
    return any(
        c.dep_ == "aux" and c.lower_ in _UNSPOKEN_AUX and not across_quote(c, v)
        for v in chain
        for c in v.children
    )


def unrealised(verb: Token) -> bool:
    """A speech act that is negated, hypothetical, conditional or a noun phrase. The
    "saying" of a conduit ("quoted him as saying") is as realised as the quoting."""
    if verb.dep_ == "pcomp" and conduit_speaker(verb) is not None:
        verb = verb.head.head
    framing = speech_after_preposition(verb)
    if framing is not None:
        # "began by saying he would never ...": as realised as the verb it hangs on.
        return negated(verb) or hypothetical(framing) or negated(framing) or unrealised(framing)
    if negated(verb) or hypothetical(verb):
        return True
    if verb.dep_ in _NOMINAL_DEPS and not _finite_with_subject(verb):
        return True
    # "if he says ...", not an "If" opening the quotation the verb attributes ('"If it ...
    # later," said Acton').
    return any(
        c.dep_ == "mark" and c.lower_ in ("if", "whether") and not across_quote(c, verb)
        for c in verb.children
    )


def _finite_with_subject(verb: Token) -> bool:
    """A finite verb with its own subject is a clause wherever the parser hangs it ("after what
    she called a 'rant'"), not a noun phrase ("Bush admitting that ...")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def subject_child(verb: Token) -> list[Token]:
    """The verb's own subjects (nsubj, nsubjpass)."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def content_span(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """Character span of what the verb reports: its clausal complement(s)."""
    # A subjectless participle before the verb is an adverbial clause the parser took for the
    # complement ("Claiming the criticism is a ploy, Trump told Fox that ..."): not what the
    # verb reports.
    complements = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and not (c.i < verb.i and c.tag_ == "VBG" and not any(subject_child(c)))
    ]
    if any(c.i > verb.i for c in complements):
        # A complement after the verb is what it reports; one before it is the sentence's
        # own clause the parser also hung there ("Claiming X is a ploy, Trump told Fox that").
        complements = [c for c in complements if c.i > verb.i]
    lemma = verb.lemma_.lower()
    if not complements and (
        lemma in _OBJECT_COMPLEMENT or ctx.cues.sense(lemma) in ("demand", "promise")
    ):
        complements = [c for c in verb.children if c.dep_ == "xcomp"]
    if not complements:
        # "said in a statement that ...": the parser may hang the clause on the document.
        complements = [
            clause
            for prep in verb.children
            if prep.dep_ == "prep"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in ctx.cues.document_nouns
            for clause in pobj.children
            if clause.dep_ in ("acl", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        ]
    if complements and lemma not in TELL_LIKE:
        # "officials say the dangers ... could make": the parser may hang the complement's
        # subject on the speech verb as its object.
        complements += [
            c
            for c in verb.children
            if c.dep_ == "dobj" and verb.i < c.i < min(x.i for x in complements)
        ]
    if not complements or carries_a_report(ctx, verb, complements):
        return None
    complements = [credited_content(ctx, c) for c in complements]
    # "said X, reported the Kyiv Independent": a credit the parser made a second complement.
    complements = [c for c in complements if not is_closing_credit(ctx, c)] or complements
    if (
        verb.lemma_.lower() not in ctx.cues.direct_only
        and verb.lemma_.lower() not in _EXPLAINING
        and all(c.left_edge.lower_ in _WH_WORDS for c in complements)
    ):
        return None  # "discussed how he might approach it": a question, not a report
    if verb.lemma_.lower() in _EXPLAINING and any(
        c.left_edge.lower_ in ("whether", "if") for c in complements
    ):
        return None  # "told them whether ..." is not said
    start = min(c.left_edge.i for c in complements)
    end = max(c.right_edge.i for c in complements) + 1
    end = before_speakers_act(ctx, complements, end)
    end = before_credit(ctx, verb, start, before_second_report(ctx, verb, start, end))
    return ctx.trimmed(ctx.doc[start:end])


# Prepositions of a saying verb's own topic ("warned of a crisis": issue 11, round 15).
_TOPIC_PREPS = frozenset({"of", "about", "against", "over"})


def parenthetical_span(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """The clause around a parenthetical attribution ("Ankara, he said, would not wait")."""
    if verb.dep_ not in ("advcl", "parataxis") or clause_head(verb).pos_ not in ("VERB", "AUX"):
        return None
    if core_cue(verb, ctx.cues) is None or not finite_report(verb):
        return None  # "Warning to correspondents: ...", "as the US begins to": not attributions
    if not subject_child(verb):
        return None  # "the ceasefire agreed in March": a participle, not "he said"
    held = ctx.in_quote(verb.head)
    if held >= 0 and verb.idx > ctx.quotes[held].close_mark:
        return None  # '"We are done," he said, before a meeting': the quote rules' business
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if marks - {"as"} or any(
        c.dep_ == "dobj" and not told_whom(verb, c, ctx.cues.speaker_nouns) for c in verb.children
    ):
        return None  # "because he said so", "after telling them": not an attribution
    if marks and any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS for c in verb.children):
        return None  # "X shelled the town as the UN warned of a crisis": a time clause
    if _quote_follows(ctx, verb):
        return None  # "The mood darkened as Berg said, '...'": the quote is what was said
    head = clause_head(verb)
    inner = {t.i for t in verb.subtree}
    outer = [t.i for t in head.subtree if t.i not in inner]
    if not outer:
        return None
    # The sentence's closing stop does not put the attribution inside ("..., as he argued.").
    lo, hi = min(outer), max(i for i in outer if not ctx.doc[i].is_punct or i < min(inner))
    if not lo < min(inner) < max(inner) < hi:
        # The attribution stands at one edge: keep the side that holds the head.
        lo = hi = head.i
        while lo - 1 in outer:
            lo -= 1
        while hi + 1 in outer:
            hi += 1
    return ctx.trimmed(ctx.doc[lo : hi + 1])


def _quote_follows(ctx: Context, verb: Token) -> bool:
    """A quotation opens right after the verb's own words ("said quietly, '...'")."""
    last = verb.right_edge
    j = last.idx + len(last.text)
    while j < len(ctx.text) and ctx.text[j] in " ,:—–":
        j += 1
    return (
        j < len(ctx.text)
        and ctx.quote_of_char[j] >= 0
        and ctx.quotes[ctx.quote_of_char[j]].open_mark == j
    )


def _report(ctx: Context, token: Token, cue: str, rule_name: str) -> Found | None:
    """A reported-speech statement for a cue verb, or None."""
    inside = ctx.in_quote(token)
    if inside >= 0:
        return None
    span = content_span(ctx, token)
    name = rule_name
    if span is None:
        span = parenthetical_span(ctx, token)
        name = "parenthetical"
    if span is None:
        return None
    start, end = span
    if quote_before_cue(ctx, token, start, end):
        return None
    quotes = ctx.quotes_within(start, end)
    if quotes and all(
        ctx.quotes[n].start <= start + 1 and ctx.quotes[n].end >= end - 1 for n in quotes
    ):
        return None  # the whole content is a quotation: the quote rules attribute it
    speaker, usable = speaker_of(ctx, token)
    if not usable or speaker is None:
        return None  # reported speech with no one reporting it is the author's claim
    return Found(
        kind="mixed" if quotes else "indirect",
        start=start,
        end=end,
        cue=token,
        cue_text=cue,
        speaker=speaker,
        rule=name,
        addressee=addressee_of(ctx, token),
        quotes=quotes,
    )


# Verbs whose participle after a description is often the writer's inference ("the boats
# carried no weapons, suggesting they were civilian vessels").
_INFERRING = frozenset(["suggest", "indicate", "signal", "imply", "hint", "show", "mean"])


def _inference(ctx: Context, verb: Token) -> bool:
    """A participle of inferring ("suggesting", "indicating") hung on a verb that is not
    speech ("released photos of the boats, suggesting ..."): the writer's inference, not the
    subject's words. On a speech verb ("attacked the plan, suggesting it would fail") it is."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in _INFERRING:
        return False
    head = verb.head
    if head.i == verb.i:
        return True
    lemma = head.lemma_.lower()
    return lexicon_cue(head, ctx.cues) is None and lemma not in ctx.cues.judging_verbs


@rule("speech_verb_clause", "clause")
def speech_verb_clause(ctx: Context) -> Iterable[Found]:
    """A cue verb of the lexicon with a subject and a clausal complement."""
    for token in ctx.doc:
        cue = lexicon_cue(token, ctx.cues)
        lemma = token.lemma_.lower()
        if cue is None or lemma in ctx.cues.direct_only or lemma in ctx.cues.lexicon_quote_only:
            continue
        if unrealised(token) or ctx.is_silenced(token.idx) or _inference(ctx, token):
            continue
        found = _report(ctx, token, cue, "speech_verb_clause")
        if found is not None:
            yield found


# How many words may stand between an open verb and its clause ("fumed on Tuesday that").
OPEN_CLAUSE_REACH = 8


@rule("open_verb_clause", "clause")
def open_verb_clause(ctx: Context) -> Iterable[Found]:
    """Any verb off the stop-list with a finite clausal complement and an agent subject."""
    for token in ctx.doc:
        if token.pos_ != "VERB" or lexicon_cue(token, ctx.cues) is not None:
            continue
        cue = open_cue(token, ctx.cues)
        if cue is None or unrealised(token) or ctx.is_silenced(token.idx):
            continue
        # A finite complement after the verb ("she fumed that ..."): one before it is the
        # parser taking the sentence's own clause for a complement of a later verb.
        # It must follow closely: a clause far after the verb ("invaded Ukraine despite the
        # urging at various levels, including by X, that ...") is the parser hanging a noun's
        # complement on the verb.
        clauses = [
            c
            for c in token.children
            if c.dep_ == "ccomp" and 0 < c.left_edge.i - token.i <= OPEN_CLAUSE_REACH
        ]
        # A finite complement with its own subject, introduced by "that" or standing bare.
        if not any(
            any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and not any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
            for c in clauses
        ):
            continue
        subject = subject_of(token)
        if subject is None or not is_agent(ctx, subject):
            continue
        if subject.lemma_.lower() in ctx.cues.document_sources:
            continue  # "the story featured ...": documents state things only through cues
        found = _report(ctx, token, cue, "open_verb_clause")
        if found is not None and found.rule == "open_verb_clause":
            yield found


@rule("verb_inside_quote", "clause")
def verb_inside_quote(ctx: Context) -> Iterable[Found]:
    """He "observed that ...": a quotation that opens with its own speech verb."""
    seen: set[int] = set()
    for token in ctx.doc:
        inside = ctx.in_quote(token)
        cue = core_cue(token, ctx.cues)
        if inside < 0 or cue is None or inside in seen or unrealised(token):
            continue
        subject = subject_of(token)
        if subject is None or ctx.in_quote(subject) >= 0:
            continue  # a speech verb inside someone's quote belongs to the quote
        speaker, usable = speaker_from(ctx, subject, token)
        if usable and speaker is not None:
            seen.add(inside)
            q = ctx.quotes[inside]
            yield Found(
                "mixed", q.start, q.end, token, cue, speaker, "verb_inside_quote", None, [inside]
            )


__all__ = ["content_span", "hypothetical", "negated", "unrealised"]
