"""Coding PLOVER events from a dependency parse: who did what to whom.

For every word of a sentence that the pattern dictionary knows (a verb such as "withdraw", a
noun such as "talks", or a phrase such as "send troops"), the coder finds the actor who acts
(the subject, the "by" agent of a passive, the possessor of a noun, or the subject of the
verb that governs the word) and the actor acted on (the object, or a "to/with/against/on"
object), asks the caller's actor lookup what those noun phrases name, and emits one event per
source actor, so that "French and German officials" gives a French and a German event.

Three readings change the coded type, all following PLOVER's definitions:
- a denied cooperative act ("will not send troops", "refused to meet") is a REJECT with
  ``negated=True``; other denied acts ("did not attack") are not events and are dropped;
- an intended cooperative act ("promised to send aid", "will visit") is an AGREE, an intended
  hostile act ("plans to impose a curfew", "will withdraw ... unless") a THREATEN;
- in a chain of triggers the governing one wins ("threatened to cut off aid" is a THREATEN).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from cablegram.events import dates as dates_mod
from cablegram.events.modality import (
    Governor,
    controlling,
    governors,
    has_unless,
    is_future,
    is_hypothetical,
    is_negated,
    is_speculative,
    modality_of,
    statement_at,
)
from cablegram.events.patterns import Pattern, PatternPos, PatternTable, load_patterns
from cablegram.records import Actor, Document, Event, Statement, stable_id

ActorLookup = Callable[[Span], Sequence[Actor]]

# Denied, these are refusals (PLOVER REJECT: "decline to cooperate, to aid, to yield, to meet").
REFUSABLE = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "MOBILIZE"}
)
# Intended, these are offers (AGREE) or threats (THREATEN).
INTENDED_AGREE = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
INTENDED_THREAT = frozenset({"COERCE", "ASSAULT", "SANCTION", "PROTEST"})
# Types worth coding from an agentless passive: violence and coercion done to someone.
AGENTLESS_TYPES = frozenset({"ASSAULT", "COERCE"})
# Prepositions whose object may be the target, in order of preference.
TARGET_PREPS = (
    "against",
    "with",
    "to",
    "on",
    "toward",
    "towards",
    "into",
    "from",
    "at",
    "of",
    "for",
    "in",
)
NOUN_TARGET_PREPS = (
    "with",
    "against",
    "to",
    "on",
    "between",
    "toward",
    "towards",
    "of",
    "from",
    "in",
    "into",
)
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
FIRST_PERSON = frozenset(
    {"i", "we", "me", "us", "our", "my", "ours", "mine", "myself", "ourselves"}
)
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
SUBJECT_DEPS = ("nsubj", "csubj")
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "'d"})
HEDGES = frozenset({"probably", "perhaps", "possibly", "maybe", "likely"})
# Entity labels of a modifier that may stand for the actor of its phrase ("Israeli tanks").
MODIFIER_ENTS = frozenset({"NORP", "GPE", "ORG"})


@dataclass(frozen=True, slots=True)
class Match:
    """A trigger word and the pattern it matched."""

    token: Token
    pattern: Pattern


def _pos_of(token: Token) -> PatternPos | None:
    if token.pos_ in ("VERB", "AUX"):
        return "verb"
    if token.pos_ in ("NOUN", "PROPN"):
        return "noun"
    if token.pos_ == "ADJ":
        return "adj"
    return None


def _object_tokens(token: Token) -> list[Token]:
    """The trigger's objects: dobj, passive subject, a noun's "of" object, and their conjuncts."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "oprd", "dative"):
            out.append(child)
        elif child.dep_ == "prep" and (child.lower_ == "of" or token.pos_ != "NOUN"):
            out.extend(c for c in child.children if c.dep_ == "pobj")
            # "out of Iraq": the object sits one preposition further down.
            for sub in child.children:
                if sub.dep_ == "prep":
                    out.extend(c for c in sub.children if c.dep_ == "pobj")
    for tok in list(out):
        out.extend(c for c in tok.conjuncts if c not in out)
    # "part of a military aid program", "a state of emergency": the "of" object counts too.
    for tok in list(out):
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                out.extend(c for c in child.children if c.dep_ == "pobj" and c not in out)
    return out


def _object_lemmas(objects: Sequence[Token]) -> set[str]:
    """Lemmas of the objects and of their noun modifiers ("mediation efforts")."""
    lemmas: set[str] = set()
    for obj in objects:
        lemmas.update((obj.lemma_.lower(), obj.lower_))
        lemmas.update(c.lemma_.lower() for c in obj.children if c.dep_ == "compound")
    return lemmas


def _fits(token: Token, pattern: Pattern) -> bool:
    children = list(token.children)
    objects = _object_tokens(token)
    if pattern.no_object and any(c.dep_ in ("dobj", "nsubjpass") for c in children):
        return False
    if pattern.infinitive and not any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in children
    ):
        return False
    if pattern.objects:
        if not _object_lemmas(objects) & pattern.objects:
            return False
    if pattern.object_ents:
        ents = {o.ent_type_ for o in objects if o.ent_type_}
        if not ents & pattern.object_ents:
            return False
    if pattern.particles:
        near = {
            c.lower_ for c in children if c.dep_ in ("prt", "advmod", "prep", "acomp", "npadvmod")
        }
        near |= {c.lower_ for c in children if c.dep_ == "prep" for c in c.children}
        if not near & pattern.particles:
            return False
    if (
        pattern.preps
        and not {c.lower_ for c in children if c.dep_ in ("prep", "agent", "dative")}
        & pattern.preps
    ):
        return False
    if pattern.modifiers:
        mods = {
            c.lemma_.lower()
            for t in [token, *objects]
            for c in t.children
            if c.dep_ in ("compound", "amod", "nmod", "npadvmod")
        }
        if not mods & pattern.modifiers:
            return False
    return True


def match_token(token: Token, table: PatternTable) -> Pattern | None:
    """The most specific pattern that fits the token, if any."""
    pos = _pos_of(token)
    if pos is None:
        return None
    lemma = token.lemma_.lower()
    for pattern in table.candidates(lemma, pos):
        if _fits(token, pattern):
            return pattern
    # spaCy sometimes lemmatises a plural noun trigger as itself ("talks").
    if pos == "noun" and token.lower_ != lemma:
        for pattern in table.candidates(token.lower_, pos):
            if _fits(token, pattern):
                return pattern
    return None


def noun_phrase(token: Token) -> Span:
    """The noun phrase a token heads, without its relative or participial clauses."""
    doc = token.doc
    excluded: set[int] = set()
    for child in token.children:
        if child.dep_ in CLAUSE_DEPS:
            excluded.update(t.i for t in child.subtree)
    kept = [t.i for t in token.subtree if t.i not in excluded]
    start, end = min(kept), max(kept) + 1
    # Cut at the first excluded word after the head, so the clause does not creep back in.
    later = [i for i in excluded if i > token.i]
    if later:
        end = min(end, min(later))
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _child(token: Token, *deps: str) -> Token | None:
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def _agent(token: Token) -> Token | None:
    agent = _child(token, "agent")
    if agent is None:
        return None
    return _child(agent, "pobj")


def _is_passive(token: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


def _verb_subject(verb: Token, table: PatternTable, depth: int = 0) -> Token | None:
    """The subject of a verb, looking up through infinitives, conjuncts and participles."""
    if depth > 6:
        return None
    if _is_passive(verb):
        agent = _agent(verb)
        if agent is None and verb.lemma_.lower() in table.stative_passives:
            # "Vietnam is committed to ...", "Israel is opposed to ...": a state, not a passive.
            return _child(verb, "nsubjpass", "nsubj")
        return agent
    subject = _child(verb, *SUBJECT_DEPS)
    if subject is not None:
        # "France, which has ...": the relative pronoun stands for the noun it hangs on.
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return subject
    head = verb.head
    if head is verb:
        return None
    dep = verb.dep_
    if dep == "xcomp":
        obj = _child(head, "dobj")
        if obj is not None and head.lemma_.lower() in table.object_control_verbs:
            return obj
        return _verb_subject(head, table, depth + 1)
    if dep == "conj" and _is_passive(head) and not _is_passive(verb):
        # "X has been indicted by the court and will resign": X resigns, not the court.
        subject = _child(head, "nsubjpass")
        if subject is not None:
            return subject
    if dep in ("conj", "advcl", "acomp", "oprd"):
        return _verb_subject(head, table, depth + 1)
    if dep == "pcomp":
        # "by pulling ...": the preposition's head verb acts.
        governor = head.head if head.dep_ == "prep" else head
        return _verb_subject(governor, table, depth + 1)
    if dep == "acl" and head.lemma_.lower() in table.intent_nouns:
        # "its decision not to send troops", "France had no plans to send troops".
        poss = _child(head, "poss")
        if poss is not None:
            return poss
        if head.dep_ in ("dobj", "attr", "pobj") and head.head.pos_ in ("VERB", "AUX"):
            return _verb_subject(head.head, table, depth + 1)
        return None
    if dep == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj":
        # "issued a declaration demanding ...": the one who issued it demands.
        if head.head.lemma_.lower() in table.light_verbs:
            return _verb_subject(head.head, table, depth + 1)
        return None
    return None


def _noun_sources(noun: Token, table: PatternTable) -> list[Token | list[Token]]:
    """Who may act in a noun event, most likely first: "Iran's offer", "U.N. sanctions",
    "talks by X", or the subject of a light verb ("held talks", "launched a mediation
    effort") or of the verb of "in a meeting with X"."""
    out: list[Token | list[Token]] = []
    poss = _child(noun, "poss")
    if poss is not None:
        out.append(poss)
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    by_object = _child(by, "pobj") if by is not None else None
    if by_object is not None:
        out.append(by_object)
    modifiers = [
        c
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ or c.pos_ == "PROPN")
    ]
    if modifiers:
        out.append(modifiers)
    # A noun trigger modifying the light verb's object ("a mediation effort") stands in its place.
    place = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    head = place.head
    if place.dep_ in ("dobj", "attr", "nsubjpass") and _is_one_of(head, table.light_verbs):
        subject = _verb_subject(head, table)
        if subject is not None:
            out.append(subject)
    elif place.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if verb.pos_ in ("VERB", "AUX") and (
            _is_one_of(verb, table.light_verbs)
            or any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children)
        ):
            subject = _verb_subject(verb, table)
            if subject is not None:
                out.append(subject)
    return out


def _speech_subject(chain: Sequence[Governor], table: PatternTable) -> Token | None:
    """The subject of the verb of saying whose complement holds the event."""
    for gov in chain:
        if gov.via == "ccomp" and gov.token.lemma_.lower() in table.speech_verbs:
            return _child(gov.token, *SUBJECT_DEPS)
    return None


def _under_speech(chain: Sequence[Governor], table: PatternTable) -> bool:
    return any(g.via == "ccomp" and g.token.lemma_.lower() in table.speech_verbs for g in chain)


@dataclass(slots=True)
class _Context:
    parsed: Doc
    document: Document
    actors: ActorLookup
    statements: Sequence[Statement]
    table: PatternTable


def _resolve(token: Token, ctx: _Context) -> list[Actor]:
    return list(ctx.actors(noun_phrase(token)))


def _entity_span(token: Token) -> Span:
    """The named entity a token belongs to ("Ivory Coast"), or the token alone."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return token.doc[token.i : token.i + 1]


def _resolve_source(token: Token, ctx: _Context, depth: int = 0) -> list[Actor]:
    """The actors a source phrase names. When the phrase as a whole names none, its parts
    may: the "of" object of a counting or collective noun ("thousands of Iraqi Kurds", "a
    group of Moroccan diplomats"), or the states and organisations that modify it ("Israeli
    tanks", "U.N. helicopters", "the Turkish and Greek sides")."""
    actors = _resolve(token, ctx)
    if actors or depth > 2 or token.pos_ == "PRON":
        return actors
    if token.lemma_.lower() in ctx.table.group_nouns or token.like_num or token.pos_ == "NUM":
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        actors.extend(_resolve_source(obj, ctx, depth + 1))
        if actors:
            return actors
    # "Israeli army bulldozers": the state may modify a modifier.
    near = [token, *(c for c in token.children if c.dep_ == "compound" and not c.ent_type_)]
    modifiers = [
        c
        for t in near
        for c in t.children
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in MODIFIER_ENTS
    ]
    for mod in list(modifiers):
        modifiers.extend(c for c in mod.conjuncts if c not in modifiers and c.ent_type_)
    seen: set[tuple[str, str | None]] = set()
    for mod in modifiers:
        for actor in ctx.actors(_entity_span(mod)):
            if (actor.name, actor.country) not in seen:
                seen.add((actor.name, actor.country))
                actors.append(actor)
    return actors


def _resolve_pronoun(
    token: Token, chain: Sequence[Governor], statement: Statement | None, ctx: _Context
) -> list[Actor]:
    """A pronoun the lookup could not place: "we" in a quote is its speaker; "they" in what
    someone said is usually the one who said it ("officials say they will not ...")."""
    if token.pos_ != "PRON" and token.lower_ not in FIRST_PERSON:
        return []
    if token.lower_ in FIRST_PERSON and statement is not None and statement.speaker is not None:
        return [statement.speaker]
    speaker = _speech_subject(chain, ctx.table)
    if speaker is not None and speaker.pos_ != "PRON":
        return _resolve(speaker, ctx)
    return []


def _source_actors(
    trigger: Token, chain: Sequence[Governor], statement: Statement | None, ctx: _Context
) -> list[Actor]:
    candidates: list[Token | list[Token]]
    if trigger.pos_ in ("NOUN", "PROPN"):
        candidates = _noun_sources(trigger, ctx.table)
    else:
        subject = _verb_subject(trigger, ctx.table)
        candidates = [subject] if subject is not None else []
    out: list[Actor] = []
    for found in candidates:
        for tok in found if isinstance(found, list) else [found]:
            actors = _resolve_source(tok, ctx)
            if not actors and (tok.pos_ == "PRON" or tok.lower_ in FIRST_PERSON):
                actors = _resolve_pronoun(tok, chain, statement, ctx)
            out.extend(actors)
        if out:
            break
    # One event per distinct actor: "Paris and Berlin" twice naming France is one France.
    unique: dict[tuple[str, str | None], Actor] = {}
    for actor in out:
        unique.setdefault((actor.name, actor.country), actor)
    return list(unique.values())


def _light_carriers(noun: Token, table: PatternTable) -> list[Token]:
    """Words whose objects may name a noun event's target: the noun it modifies ("mediation
    mission between X and Y") and the light verb that governs it ("gave a warm welcome to
    X", "arrived in X on a visit")."""
    out: list[Token] = []
    place = noun
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        place = noun.head
        out.append(place)
    head = place.head
    if place.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif place.dep_ not in ("dobj", "attr", "nsubjpass"):
        return out
    if head.pos_ in ("VERB", "AUX") and _is_one_of(head, table.light_verbs):
        out.append(head)
    return out


def _target_candidates(
    trigger: Token, pattern: Pattern, table: PatternTable | None = None
) -> list[Token]:
    """Noun phrases that may name the target, most likely first."""
    out: list[Token] = []
    is_noun = trigger.pos_ in ("NOUN", "PROPN")
    if not is_noun and _is_passive(trigger):
        subj = _child(trigger, "nsubjpass")
        if subj is not None:
            out.append(subj)
    carriers = [trigger]
    if is_noun and table is not None:
        for carrier in _light_carriers(trigger, table):
            carriers.append(carrier)
            out.extend(
                _child(c, "pobj") or c for c in carrier.children if c.dep_ in ("dative", "iobj")
            )
    for child in trigger.children:
        if child.dep_ in ("dative", "iobj"):
            out.append(_child(child, "pobj") or child)
        if child.dep_ == "dobj":
            # The pattern's own object ("send troops") is not the target, but what it is
            # sent to may hang on it ("sanctions on Iran").
            if child.lemma_.lower() in pattern.objects or child.lower_ in pattern.objects:
                carriers.append(child)
            else:
                out.append(child)
    preps = NOUN_TARGET_PREPS if is_noun else TARGET_PREPS
    for rank in preps:
        for carrier in carriers:
            for child in carrier.children:
                if child.dep_ not in ("prep", "dative") or child.lower_ != rank:
                    continue
                out.extend(c for c in child.children if c.dep_ == "pobj" and c is not trigger)
                for sub in child.children:
                    if sub.dep_ == "prep":
                        out.extend(c for c in sub.children if c.dep_ == "pobj")
    # "out of Iraq" hangs its object under "out".
    for child in trigger.children:
        if child.dep_ in ("prep", "advmod", "prt") and child.lower_ == "out":
            for sub in child.children:
                if sub.dep_ == "prep":
                    out.extend(c for c in sub.children if c.dep_ == "pobj")
    # "demanded that the US cancel": the complement's subject is the one asked.
    for child in trigger.children:
        if child.dep_ == "ccomp":
            subj = _child(child, "nsubj")
            if subj is not None:
                out.append(subj)
    seen: set[int] = set()
    unique: list[Token] = []
    for tok in out:
        if tok.i not in seen:
            seen.add(tok.i)
            unique.append(tok)
    return unique


def _target_actor(
    trigger: Token, pattern: Pattern, sources: Sequence[Actor], ctx: _Context
) -> Actor | None:
    fallback: Actor | None = None
    source_keys = {(a.name, a.country) for a in sources}
    for tok in _target_candidates(trigger, pattern, ctx.table):
        for actor in _resolve(tok, ctx):
            if (actor.name, actor.country) in source_keys:
                fallback = fallback or actor
                continue
            return actor
    return fallback


def _transparent(token: Token, table: PatternTable) -> bool:
    lemma = token.lemma_.lower()
    return lemma in table.negative_verbs or lemma in table.intent_verbs


def _sentence_matches(sent: Span, table: PatternTable) -> dict[int, Match]:
    matches: dict[int, Match] = {}
    for token in sent:
        pattern = match_token(token, table)
        lemma = token.lemma_.lower()
        if pattern is None and token.pos_ in ("VERB", "ADJ") and lemma in table.intent_default_type:
            pattern = Pattern(lemma, "verb", table.intent_default_type[lemma])
        if pattern is None and _says_must(token, table):
            pattern = Pattern(lemma, "verb", "REQUEST")
        if pattern is not None:
            matches[token.i] = Match(token, pattern)
    return matches


def _says_must(token: Token, table: PatternTable) -> bool:
    """ "X said that Y must ...": saying that someone must do something is a demand."""
    if token.lemma_.lower() not in table.speech_verbs:
        return False
    for comp in token.children:
        if comp.dep_ != "ccomp":
            continue
        subject = _child(comp, "nsubj", "nsubjpass")
        if subject is None or subject.lower_ in FIRST_PERSON or subject.lower_ in ("it", "there"):
            continue
        for verb in [comp, *comp.conjuncts]:
            if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children):
                return True
    return False


def _select(matches: dict[int, Match], table: PatternTable) -> list[tuple[Match, list[Governor]]]:
    """Keep the governing trigger of each chain; a transparent verb ("refuse to", "plan to")
    gives way to the trigger under it."""
    kept: list[tuple[Match, list[Governor]]] = []
    yielded: set[int] = set()
    for index in sorted(matches):
        match = matches[index]
        chain = governors(match.token)
        suppressed = False
        for gov in chain:
            if gov.token.i in matches:
                if _transparent(gov.token, table) and gov.via == "xcomp":
                    yielded.add(gov.token.i)
                    continue
                suppressed = True
                break
            if (
                gov.via == "xcomp"
                and gov.token.lemma_.lower() in table.object_control_verbs
                and _child(gov.token, "dobj") is not None
            ):
                # "advise Kerry to leave Iraq": an act someone is asked to do has not happened.
                suppressed = True
                break
        if not suppressed:
            kept.append((match, chain))
    return [(m, c) for m, c in kept if m.token.i not in yielded]


def _is_one_of(token: Token, lemmas: frozenset[str]) -> bool:
    """The token is a form of one of the lemmas, even where the lemmatiser slips ("hopes")."""
    if token.lemma_.lower() in lemmas:
        return True
    word = token.lower_
    return any(
        word in (lemma + "s", lemma + "d", lemma + "ed", lemma + "ing", lemma.rstrip("e") + "ing")
        for lemma in lemmas
    )


def _condition_clause(trigger: Token, tokens: Sequence[Token]) -> bool:
    """The trigger is the premise of a condition ("if it is attacked", "what if I talk")."""
    return any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
        for tok in tokens
        for c in tok.children
    )


def _intended(
    tokens: Sequence[Token],
    chain: Sequence[Governor],
    table: PatternTable,
    statement: Statement | None,
) -> bool:
    """An expressed intention: future tense, a governing "plan to"/"promise to", or a
    reported "would" ("said it would allow")."""
    if is_future(tokens):
        return True
    for gov in chain:
        if gov.via != "xcomp" and gov.via not in ("acomp", "acl"):
            break
        if gov.token.lemma_.lower() in table.intent_verbs:
            return True
        if gov.token.lemma_.lower() in ("willing", "ready", "prepared"):
            return True
        if gov.via == "acl" and gov.token.lemma_.lower() in table.intent_nouns:
            return True
    reported = statement is not None or _under_speech(chain, table)
    would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for t in tokens for c in t.children)
    return reported and would


def _reported_intent(
    tokens: Sequence[Token], chain: Sequence[Governor], table: PatternTable
) -> bool:
    """ "Iraq said it would allow ...": a "would" in what an actor said is that actor's stated
    intention (the future seen from the past), not the writer's speculation. Only a plain
    "would" counts: "could", "might", "may" or a hedge ("would probably") stay speculation."""
    if not _under_speech(chain, table):
        return False
    modals = {
        c.lower_ for t in tokens for c in t.children if c.dep_ in ("aux", "auxpass")
    } & HYPOTHETICAL_MODALS
    if not modals or not modals <= {"would", "'d"}:
        return False
    return not any(c.lower_ in HEDGES for t in tokens for c in t.children if c.dep_ == "advmod")


def _final_type(
    pattern: Pattern, negated: bool, intended: bool, unless: bool, conditional: bool = False
) -> tuple[str, str | None] | None:
    """The PLOVER type after reading negation and intention; ``None`` drops the event."""
    event_type, mode = pattern.event_type, pattern.mode
    if negated:
        if event_type in REFUSABLE:
            return "REJECT", mode
        return None
    if intended and unless:
        return "THREATEN", mode
    if conditional and event_type in INTENDED_THREAT:
        # "may halt mediation if ...": a hostile act held over a condition is a threat.
        return "THREATEN", mode
    if intended and event_type in INTENDED_AGREE:
        return "AGREE", mode
    if intended and event_type in INTENDED_THREAT:
        return "THREATEN", mode
    return event_type, mode


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
    ctx = _Context(parsed, document, actors, statements, table)
    events: list[Event] = []
    anchor: dt.date | None = None
    base = dates_mod.parse_iso(dates_mod.relative_base(document))
    for sent in parsed.sents:
        # One intention is one event: "pledged to improve relations and increase aid" is
        # a single AGREE, coded at its first complement.
        seen_intents: set[tuple[int, str, str]] = set()
        for match, chain in _select(_sentence_matches(sent, table), table):
            coded = _code_one(match, chain, sent, ctx, anchor)
            intent = next((g.token.i for g in chain if _transparent(g.token, table)), None)
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
                anchor = resolved.date
    return events


def _mood_carriers(
    tokens: Sequence[Token], chain: Sequence[Governor], table: PatternTable
) -> list[Token]:
    """The words whose modal makes the event speculative: the controlling ones, and further up
    through clauses of any verb but a verb of saying ("could make governments reluctant to
    send" is speculation; "said they could send" reports someone's words)."""
    carriers = list(tokens)
    for gov in chain:
        if gov.token.lemma_.lower() in table.speech_verbs:
            break
        if gov.token not in carriers:
            carriers.append(gov.token)
    return carriers


def _code_one(
    match: Match, chain: list[Governor], sent: Span, ctx: _Context, anchor: dt.date | None
) -> list[Event]:
    trigger, pattern = match.token, match.pattern
    start, end = trigger.idx, trigger.idx + len(trigger.text)
    statement = statement_at(start, end, ctx.statements)
    tokens = controlling(trigger, chain)
    if _condition_clause(trigger, tokens):
        return []
    if is_speculative(_mood_carriers(tokens, chain, ctx.table)) and not _reported_intent(
        tokens, chain, ctx.table
    ):
        return []
    idle = ctx.table.wish_verbs | ctx.table.unrealised_verbs
    if any(_is_one_of(g.token, idle) for g in chain if g.via in ("xcomp", "acomp", "acl")):
        return []  # "aims to establish", "failed to commit": nothing was done
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass"):
        # "A NATO agreement ... would have to": a subject noun takes its verb's mood.
        tokens = [*tokens, trigger.head]
    negated = is_negated(trigger, chain, ctx.table.negative_verbs, ctx.table.negative_nouns)
    intended = _intended(tokens, chain, ctx.table, statement)
    coded = _final_type(pattern, negated, intended, has_unless(tokens), is_hypothetical(tokens))
    if coded is None:
        return []
    refusal_words = ctx.table.negative_verbs | ctx.table.negative_nouns
    voiced = statement is not None or _under_speech(chain, ctx.table)
    if negated and not voiced and not any(t.lemma_.lower() in refusal_words for t in tokens):
        # A rejection is voiced: an actor's own words, or "refuse"/"decline". The author's
        # remark that someone will not act ("neither Paris nor Berlin will participate")
        # records no act of rejecting.
        return []
    event_type, mode = coded
    sources = _source_actors(trigger, chain, statement, ctx)
    target = _target_actor(trigger, pattern, sources, ctx)
    if not sources and not (
        # Without a source only violence done to a known victim is worth keeping
        # ("three Iraqi civilians were killed").
        event_type in AGENTLESS_TYPES
        and trigger.pos_ == "VERB"
        and _is_passive(trigger)
        and target is not None
    ):
        return []
    if event_type == "CONSULT" and target is None and len(sources) < 2:
        # Consulting takes two: "the Cabinet met" is not a CONSULT between actors.
        return []
    modality = modality_of(tokens, statement)
    if modality == "hypothetical" and trigger.pos_ in ("NOUN", "PROPN"):
        # "would lead to a U.S. withdrawal": a noun in a hypothetical names a kind of event,
        # not one that anybody did.
        return []
    prefer: dates_mod.Prefer = "future" if modality == "future" else "past"
    resolved = dates_mod.event_date(
        trigger, sent, dates_mod.relative_base(ctx.document), prefer, anchor
    )
    out: list[Event] = []
    listed: list[Actor | None] = list(sources) or [None]
    for source in listed:
        name = source.name if source else ""
        out.append(
            Event(
                doc_id=ctx.document.doc_id,
                event_id=stable_id(ctx.document.doc_id, start, event_type, name),
                event_type=event_type,
                trigger=trigger.text,
                sentence=sent.text,
                start=start,
                end=end,
                source=source,
                target=target,
                mode=mode,
                negated=negated,
                modality=modality,
                date=resolved.iso() if resolved else None,
                date_precision=resolved.precision if resolved else None,
                statement_id=statement.statement_id if statement else None,
            )
        )
    return out
