"""Clause rules whose content is a noun phrase or an object complement, not a clause.

- ``demand_object``: "called for a moratorium on charter schools", "called on Congress to act",
  "urged restraint": what a speaker demands (sense ``demand`` in the cue lexicon).
- ``judging_object``: "called the citation a political ploy", "described the plan as reckless",
  "accused Clinton of lying", "compared him to a coach who is ...", "criticized the bank for
  ...": a characterisation the speaker made. The content is the object with its complement;
  a bare object ("criticized the bank") is not enough.
- ``verb_object``: "cited derogatory comments Trump had made", "condemned the attack",
  "rejected the proposal": an evaluative speech act whose content is its object, a noun
  phrase of two words or more that is not a person ("criticized Trump" reports no content).
- ``attitude_object``: "declared their readiness to send troops", "expressed a desire to join
  NATO", "voiced support for the plan": an attitude the speaker stated as a noun
  (``attitude_verbs`` and ``attitude_nouns`` in ``speech_cues.toml``); the content is the noun
  phrase with what it governs.
- ``document_finding``: "a poll shows that ...", "the report found that ...": a non-agent
  source (kind ``document``) and what it states.

Each needs a speaker that can speak (a person, group, organisation or, for findings, a
document) and a realised act (not negated, hypothetical or a noun phrase).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from cablegram.actors.doctokens import tensed
from cablegram.statements.addressees import addressee_of
from cablegram.statements.clauses import unrealised
from cablegram.statements.context import Context, Found
from cablegram.statements.cues import phrasal_cue
from cablegram.statements.ideas import PHYSICAL_TOO, an_idea
from cablegram.statements.registry import rule
from cablegram.statements.speakers import (
    DOCUMENT_SOURCES,
    conduit_speaker,
    is_agent,
    speaker_from,
    subject_of,
)

DEMAND_PARTICLES = frozenset([("call", "for"), ("call", "on"), ("call", "upon")])
_FINDING_VERBS = frozenset(["show", "find", "reveal", "indicate", "suggest", "conclude", "say"])
_COMPLEMENT_PREPS = frozenset(["as", "for", "of"])
# Findings with an object rather than a clause ("polls show a close contest").
_SHOWING_VERBS = frozenset(["show", "reveal", "find"])
# Agents whose findings are reported like a document's ("the panel found that ...").
_FINDING_AGENT_VERBS = frozenset(["find", "conclude"])


def span_found(
    ctx: Context, verb: Token, cue: str, lo: int, hi: int, name: str, subject: Token
) -> Found | None:
    """The statement whose content is tokens ``lo``..``hi`` (inclusive) of ``verb``'s
    sentence, cue ``cue``, rule ``name``, speaker ``subject``; None inside a quotation, a
    silenced stretch, for content with no words left once trimmed or no usable speaker."""
    if ctx.in_quote(verb) >= 0 or ctx.is_silenced(verb.idx):
        return None
    span = ctx.trimmed(ctx.doc[lo : hi + 1])
    if span is None:
        return None
    speaker, usable = speaker_from(ctx, subject, verb)
    if not usable or speaker is None:
        return None
    quotes = ctx.quotes_within(*span)
    return Found(
        kind="mixed" if quotes else "indirect",
        start=span[0],
        end=span[1],
        cue=verb,
        cue_text=cue,
        speaker=speaker,
        rule=name,
        addressee=addressee_of(ctx, verb),
        quotes=quotes,
    )


def agent_subject(ctx: Context, verb: Token, *, names: bool = False) -> Token | None:
    """The verb's subject when it can speak; ``names``: a proper noun the recogniser left
    untyped counts too (for unambiguous cues: "Okafor called on the government to ...")."""
    subject = subject_of(verb)
    if subject is None:
        return None
    named = names and subject.pos_ == "PROPN" and subject.ent_type_ in ("", "PERSON", "ORG")
    if not named and not is_agent(ctx, subject):
        return None
    if subject.lemma_.lower() in DOCUMENT_SOURCES:
        return None
    return subject


def _quoted(ctx: Context, obj: Token) -> bool:
    """Whether a quotation overlaps the object's phrase."""
    return bool(ctx.quotes_within(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)))


def _object_found(ctx: Context, verb: Token, obj: Token, name: str) -> Found | None:
    """The object's whole phrase as what an agent subject of ``verb`` said, else None."""
    subject = agent_subject(ctx, verb)
    if subject is None:
        return None
    return span_found(ctx, verb, verb.text, obj.left_edge.i, obj.right_edge.i, name, subject)


def _other_phrasal(verb: Token) -> bool:
    """ "called off the summit on Tuesday", "called up reservists on Monday": a particle of
    another phrasal verb on "call" makes a later "on" a time or a place, not a demand (issue
    11, round 15)."""
    return any(
        c.dep_ == "prt" and (verb.lemma_.lower(), c.lower_) not in DEMAND_PARTICLES
        for c in verb.children
    )


@rule("demand_object", "clause")
def demand_object(ctx: Context) -> Iterable[Found]:
    """ "called for X", "called on X to Y": the demand as a noun phrase or infinitive."""
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "call" or unrealised(verb):
            continue
        preps = [
            c
            for c in verb.children
            if c.dep_ in ("prep", "prt") and (verb.lemma_.lower(), c.lower_) in DEMAND_PARTICLES
        ]
        if not preps or _other_phrasal(verb):
            continue
        subject = agent_subject(ctx, verb, names=True)
        if subject is None:
            continue
        prep = preps[0]
        pieces = [t for t in prep.subtree if t.i != prep.i]
        pieces += [t for c in verb.children if c.dep_ in ("xcomp", "dobj") for t in c.subtree]
        pieces = [t for t in pieces if t.i > prep.i]
        if not pieces:
            continue
        cue = phrasal_cue(verb, ctx.cues) or f"{verb.text} {prep.text}"
        found = span_found(
            ctx,
            verb,
            cue,
            min(t.i for t in pieces),
            max(t.i for t in pieces),
            "demand_object",
            subject,
        )
        if found is not None:
            yield found


# "compared Trump to a coach who is ...": the comparison is the characterisation.
_LIKENING = frozenset(["compare", "liken"])
_REFLEXIVE = frozenset(["itself", "himself", "herself", "themselves", "themself"])


def _compares_someone(ctx: Context, verb: Token, obj: Token) -> bool:
    """ "compared Trump to a coach", 'compared the plan to "a hostage note"': a person or
    body compared, or a quotation in the comparison."""
    if obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    last = verb.right_edge
    return bool(ctx.quotes_within(verb.idx, last.idx + len(last.text)))


@rule("judging_object", "clause")
def judging_object(ctx: Context) -> Iterable[Found]:
    """ "called X Y", "described X as Y", "accused X of Y": object and complement together."""
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.cues.judging_verbs:
            continue
        if unrealised(verb) or any(c.dep_ == "prt" for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        complements = [
            c
            for c in verb.children
            if c.dep_ in ("oprd", "xcomp", "ccomp")
            or (c.dep_ == "prep" and c.lower_ in _COMPLEMENT_PREPS and c.i > verb.i)
            or (c.dep_ == "prep" and c.lower_ == "to" and verb.lemma_.lower() in _LIKENING)
        ]
        if not objects or not complements:
            continue
        if any(o.lower_ in _REFLEXIVE for o in objects):
            continue  # "a group that calls itself X": a name it goes by, not a statement
        if verb.lemma_.lower() == "compare" and not _compares_someone(ctx, verb, objects[0]):
            continue  # "compared the figures to last year": analysis, not a characterisation
        subject = agent_subject(ctx, verb)
        if subject is None:
            continue
        lo = min(t.i for c in objects + complements for t in c.subtree)
        hi = max(t.i for c in objects + complements for t in c.subtree)
        hi = _coordinated_end(verb, complements, hi)
        found = span_found(ctx, verb, verb.text, lo, hi, "judging_object", subject)
        if found is not None:
            yield found


def _coordinated_end(verb: Token, complements: list[Token], hi: int) -> int:
    """The end of a complement and its coordinated twin that the parser hung elsewhere ("of
    halting the talks 'without warning' and of violating the ceasefire": the second "of" on the
    "without" phrase): the twin's end, else ``hi``."""
    words = {c.lower_ for c in complements if c.dep_ == "prep"}
    for child in verb.children:
        if child.i <= hi or child.dep_ not in ("prep", "advmod", "npadvmod"):
            continue
        twins = [t for t in child.subtree if t.dep_ == "conj" and t.lower_ in words]
        if twins:
            hi = max(hi, child.right_edge.i)
    return hi


# Speech acts whose object is what was said about: citing, condemning, praising, rejecting.
_OBJECT_VERBS = frozenset(
    [
        "cite",
        "condemn",
        "denounce",
        "criticize",
        "criticise",
        "praise",
        "welcome",
        "reject",
        "deny",
        "dispute",
        "dismiss",
        "applaud",
        "decry",
        "lament",
        "defend",
        "endorse",
        "propose",
        "announce",
        "demand",
        "promise",
        "pledge",
        "attack",
        "slam",
        "blast",
        "question",
        "challenge",
        "note",
        "mention",
        "acknowledge",
        "admit",
        "highlight",
        "stress",
        "emphasize",
        "emphasise",
    ]
)


def clauseless_verbs(ctx: Context, lemmas: frozenset[str]) -> Iterator[Token]:
    """The document's realised verbs whose lemma is in ``lemmas`` and that take no clause or
    particle of their own (a clause is the other rules' business): the speech acts whose
    object or passive subject is what was said about (``verb_object``, ``passive_object``)."""
    for verb in ctx.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lemmas or unrealised(verb):
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "prt") for c in verb.children):
            continue
        yield verb


@rule("verb_object", "clause")
def verb_object(ctx: Context) -> Iterable[Found]:
    """ "cited derogatory comments", "condemned the attack": the object of a speech act."""
    for verb in clauseless_verbs(ctx, _OBJECT_VERBS):
        if verb.dep_ == "xcomp" and verb.tag_ == "VB":
            continue  # "begins to acknowledge the defeat": an infinitive is no act yet
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) != 1 or conduit_speaker(verb) is not None:
            continue  # "cited two officials as saying": the officials speak; no content here
        obj = objects[0]
        words = [t for t in obj.subtree if not t.is_punct]
        if len(words) < 2 or obj.ent_type_ in ("PERSON", "GPE", "NORP", "ORG"):
            continue
        if _an_amount(obj):
            continue  # "promised an additional $290 million": a pledge of money, no words
        if obj.pos_ == "PRON" or obj.lower_ in ctx.cues.speaker_nouns:
            continue
        if any(t.lower_ == "so-called" for t in words) or _quoted(ctx, obj):
            continue  # "rejected the so-called 'peace dividend'": a borrowed phrase
        if verb.lemma_.lower() in PHYSICAL_TOO and not an_idea(ctx, obj):
            continue  # "fighters attacked the post": force, not words
        found = _object_found(ctx, verb, obj, "verb_object")
        if found is not None:
            yield found


_AMOUNTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})


def _an_amount(obj: Token) -> bool:
    """The object is a sum or a count ("$290 million", "119 million euros", "5,000 tents"):
    what was promised or offered is a thing given, not something said."""
    if obj.ent_type_ in _AMOUNTS:
        return True
    return any(c.dep_ == "nummod" and c.ent_type_ in _AMOUNTS for c in obj.children)


@rule("attitude_object", "clause")
def attitude_object(ctx: Context) -> Iterable[Found]:
    """ "declared their readiness to send troops": an attitude noun as a speech act's object."""
    for verb in ctx.doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in ctx.cues.attitude_verbs or unrealised(verb):
            continue
        if lemma in _OBJECT_VERBS or any(c.dep_ in ("ccomp", "prt") for c in verb.children):
            continue  # "announced its support": verb_object's; a clause: the clause rules'
        objects = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in ctx.cues.attitude_nouns
        ]
        if len(objects) != 1:
            continue
        obj = objects[0]
        # the attitude must bear on something: "readiness to send", "support for the plan"
        if not any(c.dep_ in ("acl", "prep", "relcl") for c in obj.children):
            continue
        if _quoted(ctx, obj):
            continue  # a quoted phrase is the quote rules' business
        found = _object_found(ctx, verb, obj, "attitude_object")
        if found is not None:
            yield found


def _finite(clause: Token) -> bool:
    """A finite clause ("found that the law was void"), not a small clause ("found the hearing
    tedious": a judgment, not a finding)."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    return tensed(clause)


@rule("document_finding", "clause")
def document_finding(ctx: Context) -> Iterable[Found]:
    """ "the poll shows that ...", "a report found that ...", "polls show a close contest": a
    document and its finding, a clause or (for "show" and "reveal") an object of two words or
    more; "found that ..." also by a court, panel, newspaper or other agent."""
    for verb in ctx.doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _FINDING_VERBS or unrealised(verb):
            continue
        subject = subject_of(verb)
        if subject is None:
            continue
        document = subject.lemma_.lower() in DOCUMENT_SOURCES or subject.lower_ in DOCUMENT_SOURCES
        finder = lemma in _FINDING_AGENT_VERBS and subject.pos_ != "PRON" and is_agent(ctx, subject)
        if not document and not finder:
            continue
        clauses = [
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and (document or _finite(c))
        ]
        if not clauses and document and lemma in _SHOWING_VERBS:
            clauses = [
                c
                for c in verb.children
                if c.dep_ == "dobj"
                and c.pos_ in ("NOUN", "PROPN", "NUM")
                and c.i > verb.i
                and len(list(c.subtree)) >= 2
            ]
        if not clauses:
            continue
        lo = min(t.i for c in clauses for t in c.subtree)
        hi = max(t.i for c in clauses for t in c.subtree)
        found = span_found(ctx, verb, verb.text, lo, hi, "document_finding", subject)
        if found is not None:
            yield found


__all__ = [
    "attitude_object",
    "demand_object",
    "document_finding",
    "judging_object",
    "verb_object",
]
