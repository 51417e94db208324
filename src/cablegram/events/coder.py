"""Coding PLOVER events from a dependency parse: who did what to whom.

The coder runs the stages in order, each a module of small named rules:

1. :mod:`~cablegram.events.triggers` finds the trigger words of a sentence and keeps the
   governing one of each chain;
2. :mod:`~cablegram.events.modality` blocks what did not happen (conditions, speculation,
   wishes, demanded acts, questions, denials of reports) and reads how the event is told;
3. :mod:`~cablegram.events.retype` reads refusals and intentions into the type;
4. :mod:`~cablegram.events.arguments` finds the source and target from the trigger's own
   arguments, through the caller's actor lookup;
5. :mod:`~cablegram.events.confidence` scores how surely all of that was found.

It emits one event per source actor, so that "French and German officials" gives a French
and a German event. A demand ("Russia must withdraw", said the minister) is coded as the
speaker's REQUEST, never as the act demanded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from cablegram.events import dates as dates_mod
from cablegram.events import registered  # noqa: F401  (the rule modules register themselves)
from cablegram.events.arguments import (
    ActorLookup,
    Context,
    source_actors,
    target_actor,
)
from cablegram.events.attitudes import STANDING_CAP, capped_by
from cablegram.events.blockers import blocked_by
from cablegram.events.confidence import confidence
from cablegram.events.doer_types import armed_attack, spoken_protest
from cablegram.events.kinds import site_type
from cablegram.events.modality import (
    Governor,
    Site,
    StatementSpans,
    controlling,
    modality_of,
    statement_at,
)
from cablegram.events.modes import used_mode
from cablegram.events.mutual import intent_governed, one_pact, paired_targets, with_parties
from cablegram.events.orders import ordered_act, own_body, own_pronoun_body, states_of
from cablegram.events.owners import fallback_sources
from cablegram.events.parties import after_dateline, screen_sources, victim_named, victim_object
from cablegram.events.patterns import Pattern, PatternTable, load_patterns
from cablegram.events.refusals import told_by_another, unaddressed_yield, unvoiced_refusal
from cablegram.events.retype import final_type, read
from cablegram.events.targets import recover_target
from cablegram.events.told_intents import intent_of_another
from cablegram.events.tree import noun_phrase
from cablegram.events.triggers import Match, demanded_clause, select, sentence_matches, transparent
from cablegram.events.within_document import one_per_act
from cablegram.records import Actor, Document, Event, Statement, stable_id

__all__ = ["ActorLookup", "TriggerTrace", "code_events", "explain"]

# Trigger rules that read a demand off "must": the one it is made of must be an actor.
DEMAND_RULES = frozenset({"speech-must", "speech-noun-must"})
# Types worth coding from an agentless passive: violence and coercion done to someone.
AGENTLESS_TYPES = frozenset({"ASSAULT", "COERCE"})


def code_events(
    parsed: Doc,
    document: Document,
    actors: ActorLookup,
    statements: Sequence[Statement] = (),
    patterns: PatternTable | None = None,
) -> list[Event]:
    """Code the PLOVER events of a parsed document.

    ``actors`` maps a noun phrase to the actor(s) it names ([] for none); ``statements`` are
    the document's statements, so that events inside them are ``reported`` and linked.
    ``patterns`` defaults to the built-in dictionary.
    """
    table = patterns or load_patterns()
    ctx = Context(parsed, document, actors, StatementSpans(statements), table)
    events: list[Event] = []
    anchor: dates_mod.ResolvedDate | None = None
    base = dates_mod.parse_iso(dates_mod.relative_base(document))
    for sent in parsed.sents:
        # One intention is one event: "pledged to improve relations and increase aid" is
        # a single AGREE, coded at its first complement.
        seen_intents: set[tuple[int, str, str]] = set()
        for match, chain in select(sentence_matches(sent, table), table):
            coded = _code_one(match, tuple(chain), sent, ctx, anchor)
            intent = next((g.token.i for g in chain if transparent(g.token, table)), None)
            if coded and intent is not None:
                key = (intent, coded[0].event_type, coded[0].source.name if coded[0].source else "")
                if key in seen_intents:
                    continue
                seen_intents.add(key)
            events.extend(coded)
        # Later sentences read "five years later" from the last date the text named.
        for expr in dates_mod.time_expressions(sent):
            resolved = dates_mod.resolve_expression(expr.text, base, "past", anchor)
            if resolved is not None:
                anchor = resolved  # with its precision
    return one_per_act(events, parsed)


@dataclass(frozen=True, slots=True)
class TriggerTrace:
    """What became of one governing trigger: its type after retyping ("" when a retyping
    rule dropped it), the blocking rule that stopped it (if any), whether a source actor
    was found, and the rule of :data:`cablegram.events.attitudes.CAPS` that caps its
    confidence under the listing's floor (if any: "standing-attitude")."""

    trigger: str
    pattern_type: str
    event_type: str
    blocked: str | None
    has_source: bool
    capped: str | None = None


def explain(
    parsed: Doc, document: Document, actors: ActorLookup, patterns: PatternTable | None = None
) -> list[TriggerTrace]:
    """Why each governing trigger of a document was or was not coded, in text order (for
    the benches' error analysis: a type never triggered, a blocked trigger, no source)."""
    table = patterns or load_patterns()
    ctx = Context(parsed, document, actors, (), table)
    out: list[TriggerTrace] = []
    for sent in parsed.sents:
        for match, chain in select(sentence_matches(sent, table), table):
            site = _site(match, tuple(chain), sent, ctx)
            event_type, _ = final_type(match.pattern.event_type, read(site))
            sources, _ = source_actors(
                match.token, site.chain, None, ctx, event_type or match.pattern.event_type
            )
            out.append(
                TriggerTrace(
                    match.token.text,
                    match.pattern.event_type,
                    event_type or "",
                    blocked_by(site),
                    bool(sources),
                    capped_by(site),
                )
            )
    return out


def _site(match: Match, chain: tuple[Governor, ...], sent: Span, ctx: Context) -> Site:
    trigger = match.token
    statement = statement_at(trigger.idx, trigger.idx + len(trigger.text), ctx.statements)
    tokens = controlling(trigger, chain)
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass"):
        # "A NATO agreement ... would have to": a subject noun takes its verb's mood.
        tokens = [*tokens, trigger.head]
    credits = any(r.kind == "caption" for r in ctx.document.removed)
    return Site(trigger, match.pattern, chain, tuple(tokens), sent, statement, ctx.table, credits)


def _quoted_demand(site: Site) -> Match | None:
    """ "Russia must withdraw its forces," said the minister: in a statement whose speaker is
    known, a clause saying that someone else must act is the speaker's REQUEST, coded at the
    modal clause's verb."""
    if site.statement is None or site.statement.speaker is None or site.under_speech():
        return None
    for tok in site.tokens:
        if tok.pos_ in ("VERB", "AUX") and demanded_clause(tok):
            return Match(tok, Pattern(tok.lemma_.lower(), "verb", "REQUEST"), "quoted-demand")
    return None


def _code_one(
    match: Match,
    chain: tuple[Governor, ...],
    sent: Span,
    ctx: Context,
    anchor: dates_mod.ResolvedDate | None,
) -> list[Event]:
    site = _site(match, chain, sent, ctx)
    if match.pattern.standing and capped_by(site) is None:
        return []  # a pattern of standing attitudes only: told as an act, it codes nothing
    blocker = blocked_by(site)
    if blocker == "demanded-act":
        demand = _quoted_demand(site)
        if demand is None:
            return []
        return _request_by_speaker(demand, site, ctx, anchor)
    if blocker is not None:
        return []
    trigger, pattern = match.token, match.pattern
    reading = read(site)
    event_type, retype = final_type(pattern.event_type, reading)
    if event_type is None:
        return []
    event_type, kind = site_type(site, event_type)
    if event_type is None:
        return []
    retype = kind or retype
    if retype == "refusal" and unvoiced_refusal(site):
        return []  # "neither Paris nor Berlin will participate": no act of rejecting
    sources, how = source_actors(trigger, site.chain, site.statement, ctx, event_type)
    if not sources and match.rule == "speech-must":
        sources, how = _quote_speaker(match, ctx)
    if not sources:
        sources, how = fallback_sources(trigger, site, ctx, event_type)
    sources = with_parties(trigger, event_type, sources, ctx)
    if sources:
        sources, screened = screen_sources(site, sources, ctx.actors)
        if "dateline-name" in screened:
            # the parse took the dateline into the subject: the parties follow it
            names = {a.name for a in sources}
            sources += [a for a in after_dateline(site, ctx.actors) if a.name not in names]
        if screened and not sources:
            return []  # found only a dateline's place or a mediator
    if event_type == "PROTEST" and spoken_protest(trigger, sources):
        event_type = "ACCUSE"
    elif event_type == "ACCUSE" and armed_attack(trigger, sources):
        event_type = "ASSAULT"
    target = target_actor(trigger, pattern, event_type, sources, ctx)
    if target is None and sources:
        target, _ = recover_target(trigger, event_type, sources, ctx.actors)
    if retype == "intent-to-cooperate" and intent_of_another(site, sources, target):
        return []  # "Qatar said Israeli forces would withdraw": no one's stated intent
    if retype == "refusal" and (
        unaddressed_yield(site, pattern.event_type, target) or told_by_another(site, sources)
    ):
        return []  # "we won't withdraw until ...": resolve; "he believed France was not ..."
    if event_type == "REQUEST" and (
        own_body(target, sources)
        # "ordered his army to": the orderer's own body, when its state is known; an
        # orderer placed in no state ("the president") keeps the REQUEST
        or (target is None and own_pronoun_body(trigger) and bool(states_of(sources)))
    ):
        return _ordered(match, site, sources, ctx, anchor)
    is_noun = trigger.pos_ in ("NOUN", "PROPN")
    if not sources and not (
        # Without a source only violence done to a known victim is worth keeping
        # ("three Iraqi civilians were killed").
        event_type in AGENTLESS_TYPES
        and not is_noun
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
        and target is not None
        and victim_named(trigger, target)
    ):
        if not victim_object(trigger, event_type, target):  # "Gunmen killed five Turkish soldiers"
            return []
    if event_type == "CONSULT" and target is None and len(sources) < 2:
        # Consulting takes two: "the Cabinet met" is not a CONSULT between actors.
        return []
    if event_type == "COOPERATE" and pattern.mode == "military" and target is None:
        if len(sources) < 2:
            # So does cooperating: "the navy held a live-fire exercise" is its own drill.
            return []
    if match.rule in DEMAND_RULES and (target is None or _own_side(target, sources)):
        # A demand is made of someone: "Putin's efforts must fail", "tension must not be
        # resolved by force" say what should be, of no actor; "Kenyan troops should be in
        # Haiti by the end of the year", said Kenya's minister, tells a plan, not a demand.
        return []
    modality, _ = modality_of(site)
    if modality == "hypothetical" and is_noun:
        # "would lead to a U.S. withdrawal": a noun in a hypothetical names a kind of event,
        # not one that anybody did.
        return []
    score = confidence(
        match.rule, pattern, is_noun, retype, modality, how, target is not None, event_type
    )
    if capped_by(site) is not None:
        score = min(score, STANDING_CAP)  # a position, kept for stance, listed as no act
    mode = used_mode(trigger, pattern.mode)
    if kind is not None and event_type != pattern.event_type:
        mode = None  # a type rule gave another type: the pattern's mode was of its own type
    return _emit(site, match, event_type, mode, sources, target, modality, score, ctx, anchor)


def _ordered(
    match: Match,
    site: Site,
    sources: Sequence[Actor],
    ctx: Context,
    anchor: dates_mod.ResolvedDate | None,
) -> list[Event]:
    """An order to the source's own ministry or army: the ordered act, by the source's state,
    when it is an event (see :mod:`cablegram.events.orders`); else nothing."""
    act, states = ordered_act(match.token, ctx.table), states_of(sources)
    if act is None or not states:
        return []
    kind = act.pattern.event_type
    target = target_actor(act.token, act.pattern, kind, states, ctx)
    modality, _ = modality_of(site)
    score = confidence(act.rule, act.pattern, False, None, modality, "indirect", bool(target), kind)
    return _emit(site, act, kind, act.pattern.mode, states, target, modality, score, ctx, anchor)


def _own_side(target: Actor, sources: Sequence[Actor]) -> bool:
    """The target is the forces of a government speaking ("Kenyan troops", said Kenya's
    minister): a government does not demand of its own forces, it tells their plans. Rebels
    demanding of their president stay a REQUEST."""
    if target.kind != "group" or target.role not in ("MIL", "COP") or target.country is None:
        return False
    return any(
        a.country == target.country and (a.kind == "state" or a.role == "GOV") for a in sources
    )


def _quote_speaker(match: Match, ctx: Context) -> tuple[list[Actor], str]:
    """ "'Russia must withdraw,' said the minister": when the verb of saying names no actor
    the lookup knows, the speaker of the statement holding the demand is the one demanding."""
    for comp in match.token.children:
        if comp.dep_ != "ccomp":
            continue
        held = statement_at(comp.idx, comp.idx + len(comp.text), ctx.statements)
        if held is not None and held.speaker is not None:
            return [held.speaker], "indirect"
    return [], "none"


def _request_by_speaker(
    demand: Match, site: Site, ctx: Context, anchor: dates_mod.ResolvedDate | None
) -> list[Event]:
    """The speaker's REQUEST of the one who "must" act: asserted, since the demand was made."""
    assert site.statement is not None and site.statement.speaker is not None
    subject = next(c for c in demand.token.children if c.dep_ in ("nsubj", "nsubjpass"))
    speaker = site.statement.speaker
    if not screen_sources(site, [speaker], ctx.actors)[0]:
        return []  # the speaker is no party: the meeting's chair, say
    target = next(
        (
            a
            for a in ctx.actors(noun_phrase(subject))
            if (a.name, a.country) != (speaker.name, speaker.country)
        ),
        None,
    )
    if target is None:
        # "Putin's efforts must fail": a demand of no actor is no REQUEST.
        return []
    score = confidence(
        demand.rule,
        demand.pattern,
        False,
        None,
        "asserted",
        "indirect",
        target is not None,
        "REQUEST",
    )
    return _emit(site, demand, "REQUEST", None, [speaker], target, "asserted", score, ctx, anchor)


def _emit(
    site: Site,
    match: Match,
    event_type: str,
    mode: str | None,
    sources: Sequence[Actor],
    target: Actor | None,
    modality: str,
    score: float,
    ctx: Context,
    anchor: dates_mod.ResolvedDate | None,
) -> list[Event]:
    trigger = match.token
    start, end = trigger.idx, trigger.idx + len(trigger.text)
    prefer: dates_mod.Prefer = "future" if modality == "future" else "past"
    statement = site.statement
    # In someone's words, "today" and "on Friday" count from when the words were said.
    spoken = statement.date if statement and statement.date_precision == "day" else None
    base = spoken or dates_mod.relative_base(ctx.document)
    resolved = dates_mod.event_date(trigger, site.sent, base, prefer, anchor)
    out: list[Event] = []
    listed: list[Actor | None] = list(sources) or [None]
    own = intent_governed(trigger, [g.token for g in site.chain[:2]], site.table.intent_verbs)
    targets = paired_targets(event_type, mode, sources, target, not own) if sources else [target]
    for source, target in one_pact(event_type, listed, targets):
        name = source.name if source else ""
        out.append(
            Event(
                doc_id=ctx.document.doc_id,
                event_id=stable_id(ctx.document.doc_id, start, event_type, name),
                event_type=event_type,
                trigger=trigger.text,
                sentence=site.sent.text,
                start=start,
                end=end,
                source=source,
                target=target,
                mode=mode,
                negated=False,
                modality=modality,  # type: ignore[arg-type]
                date=resolved.iso() if resolved else None,
                date_precision=resolved.precision if resolved else None,
                statement_id=statement.statement_id if statement else None,
                confidence=score,
            )
        )
    return out
