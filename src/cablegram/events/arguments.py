"""The arguments of an event: who acts (source) and who is acted on (target).

Both come from the trigger's own dependency arguments, never from the nearest name: the
subject of a verb (through infinitives, conjuncts and participles), the "by" agent of a
passive, the possessor or "by" object of a noun, the subject of a light verb ("held talks");
and for the target (chosen in :mod:`~cablegram.events.target_phrases`) the object, the
passive subject, and the "to/with/against/on" objects. The caller's actor lookup says what
those noun phrases name. The registered argument filters (``NOT_ACTORS``) then drop phrases
that are no actor of the event: quantities ("10,000 troops"), venues ("in the House of
Commons"), the audience of a verb of saying ("told reporters"), and cities that name an
agreement or a meeting ("the Minsk agreements").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cablegram.actors.base import first_person
from cablegram.actors.places import PLACE_NOUNS
from cablegram.events.abroad import unplaced_abroad
from cablegram.events.crowds import crowd_place
from cablegram.events.datelines import past_dateline
from cablegram.events.filters import not_actor
from cablegram.events.junk import (
    junk_actor,
    not_the_state,
    title_only,
)
from cablegram.events.modality import Governor
from cablegram.events.office_holders import tied_holders
from cablegram.events.pair_pronouns import pair_before
from cablegram.events.phrase_groups import demonym_state
from cablegram.events.phrases import (
    ActorLookup,
    Context,
    phrase_actors,
    placeless,
)
from cablegram.events.subjects import noun_sources, speech_subject, verb_subject
from cablegram.events.target_phrases import target_actor
from cablegram.events.victims import HARMING_TYPES, harmed_in_sentence, own_objects
from cablegram.events.weapon_owners import weapon_nationals
from cablegram.records import Actor, Statement

__all__ = ["ActorLookup", "Context", "source_actors", "target_actor"]


# Nouns of places that host, never act: "the city of Wuhan hosted a summit".
PLACES = PLACE_NOUNS | frozenset({"capital", "resort", "venue", "hotel", "county", "state-run"})


def _resolve_pronoun(
    token: Token, chain: Sequence[Governor], statement: Statement | None, ctx: Context
) -> list[Actor]:
    """A pronoun the lookup could not place: "we" in a quote is its speaker; "they" in what
    someone is reported to have said is usually the one who said it ("officials say they will
    not ..."), but never in a direct quote ("'They attack us,' he said")."""
    if token.pos_ != "PRON" and not first_person(token):
        return []
    if first_person(token) and statement is not None and statement.speaker is not None:
        return [statement.speaker]
    if statement is not None and statement.kind == "direct":
        # "'They attack our embassy every week,' the minister said": in the speaker's own
        # words a third person is someone else.
        return []
    speaker = speech_subject(chain, ctx.table)
    if speaker is not None and speaker.pos_ != "PRON":
        # The speaker's phrase, read as any source phrase is ("The Rally party said it ...").
        return phrase_actors(speaker, "source", ctx)
    return []


def _speaker_it(
    token: Token,
    chain: Sequence[Governor],
    statement: Statement | None,
    ctx: Context,
    actors: Sequence[Actor],
) -> bool:
    """Rule ``speaker-it``: "China's Coast Guard said on Tuesday it fired water cannon": the
    subject "it" of what a named body or state is reported to have said is that speaker, not
    the last name the lookup read before it (a dateline's "(Reuters)"). Only for "it" (a
    person's "it" is someone else), outside direct quotes, when the speaker's phrase names an
    actor that the lookup did not already give."""
    if token.lower_ != "it" or not token.dep_.startswith("nsubj"):
        return False
    if statement is not None and statement.kind == "direct":
        return False
    speaker = speech_subject(chain, ctx.table)
    if speaker is None or speaker.pos_ == "PRON" or first_person(speaker):
        return False
    if speaker.ent_type_ == "PERSON" or speaker.lemma_.lower() in PERSON_SPEAKERS:
        return False
    if speaker.tag_ in ("NNS", "NNPS"):
        return False
    spoken = phrase_actors(speaker, "source", ctx)
    found = {(a.name, a.country) for a in actors}
    return bool(spoken) and not any((a.name, a.country) in found for a in spoken)


# Nouns of a person who speaks for someone: "it" in what they say is not they.
PERSON_SPEAKERS = frozenset(
    {"source", "official", "spokesman", "spokeswoman", "spokesperson", "minister", "diplomat",
     "commander", "analyst", "witness", "resident", "activist", "aide", "envoy", "president",
     "leader", "general", "negotiator", "ambassador", "lawmaker", "senator"}
)  # fmt: skip


def _speaker_unnamed(
    token: Token, chain: Sequence[Governor], statement: Statement | None, ctx: Context
) -> bool:
    """A third-person subject pronoun of a reported clause that agrees in number with the
    speaker's phrase ("Gulf states ... have said they would"), where that phrase names no
    actor: the pronoun stands for the speaker, so it names none either."""
    if statement is not None and statement.kind == "direct":
        return False
    if token.lower_ not in ("they", "it") or not token.dep_.startswith("nsubj"):
        return False
    speaker = speech_subject(chain, ctx.table)
    if speaker is None or speaker.pos_ == "PRON" or first_person(speaker):
        return False
    if (
        token.lower_ == "it"
        and (speaker.ent_type_ == "PERSON" or speaker.lemma_.lower() in PERSON_SPEAKERS)
        and not any(a.country for a in phrase_actors(speaker, "source", ctx))
    ):
        # "a source told Reuters it planned to seize the border": "it" is never the person
        # who speaks (a French spokesman's "it" is France), and the parse does not say whom
        # it stands for.
        return True
    plural = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
    if plural != (token.lower_ == "they"):
        return False
    return not phrase_actors(speaker, "source", ctx)


def _pronoun_partners(pronoun: Token, event_type: str, ctx: Context) -> list[Actor]:
    """Rule ``pronoun-and-partner``: "Merkel said she and her French counterpart Hollande
    had agreed": the lookup reads the pronoun alone; the names joined to it act with it."""
    out: list[Actor] = []
    for conj in pronoun.conjuncts:
        if conj.pos_ == "PRON" or not_actor(conj, "source", event_type, ctx.table):
            continue
        found = phrase_actors(conj, "source", ctx)
        out.extend(a for a in found if not junk_actor(conj, a, "source", event_type))
    return out


def _countless_group(actor: Actor) -> bool:
    """A group the lookup placed nowhere and coded nothing ("ministers")."""
    return actor.kind == "group" and not actor.country and not actor.code


def source_actors(
    trigger: Token,
    chain: Sequence[Governor],
    statement: Statement | None,
    ctx: Context,
    event_type: str = "",
) -> tuple[list[Actor], str]:
    """The actors who act, one per identity ("French and German officials" credits France
    and Germany), and how they were found: ``"direct"`` (the trigger's own subject, agent,
    possessor or modifier), ``"indirect"`` (up the clause chain, a light verb, a pronoun's
    speaker) or ``"none"``."""
    candidates: list[Token | list[Token]]
    if trigger.pos_ in ("NOUN", "PROPN"):
        candidates = noun_sources(trigger, ctx.table)
    else:
        subject = verb_subject(trigger, ctx.table)
        candidates = [subject] if subject is not None else []
    out: list[Actor] = []
    how = "none"
    for found in candidates:
        for tok in found if isinstance(found, list) else [found]:
            if not_actor(tok, "source", event_type, ctx.table) or tok.lemma_.lower() in PLACES:
                continue  # "the city of Wuhan hosted a summit": a venue, not a party
            actors = phrase_actors(tok, "source", ctx)
            tied = tied_holders(tok) if all(map(_countless_group, actors)) else None
            if actors and tied is not None:
                # Rule ``tied-office-holders``: "the ministers" are the one body's named before
                actors = [a for a in phrase_actors(tied, "source", ctx) if a.country or a.code]
            if not actors and isinstance(found, list):
                actors = demonym_state(tok)
            # "Syria's main opposition group agreed": the state that owns the phrase is
            # the one it opposes, never the doer.
            actors = [
                a
                for a in weapon_nationals(tok, not_the_state(tok, actors))
                if not junk_actor(tok, a, "source", event_type)
            ]
            direct = tok.head == trigger or (tok.head.dep_ == "agent" and tok.head.head == trigger)
            # "KABUL - The Taliban struck": the subject past a dateline (events.datelines)
            direct = direct or (tok.dep_ == "appos" and past_dateline(tok.head) == tok)
            if tok.pos_ == "PRON" and _speaker_unnamed(tok, chain, statement, ctx):
                # Rule ``unnamed-speaker``: "Gulf states have said they would send troops":
                # "they" is the speaker, who names no actor; not the last group named.
                actors = []
            elif (tok.pos_ == "PRON" or first_person(tok)) and (
                all(map(placeless, actors)) or _speaker_it(tok, chain, statement, ctx, actors)
            ):
                # "Bosnian Serbs said their forces had completed their withdrawal": a pronoun
                # the lookup reads as a placeless description is the speaker's, if placed.
                spoken = _resolve_pronoun(tok, chain, statement, ctx)
                if spoken or not actors:
                    actors, direct = spoken, False
            if tok.pos_ == "PRON" and actors:
                # Rules ``victim-antecedent`` and ``pronoun-not-own-object`` (events.victims):
                # not a party harmed here, nor the object of the pronoun's own verb
                others = own_objects(trigger)
                if event_type in HARMING_TYPES:
                    others += harmed_in_sentence(tok)
                taken = {
                    (a.name, a.country) for o in others for a in phrase_actors(o, "target", ctx)
                }
                actors = [a for a in actors if (a.name, a.country) not in taken]
            if tok.pos_ == "PRON" and actors:
                actors = actors + _pronoun_partners(tok, event_type, ctx)
            if tok.pos_ == "PRON" and pair_before(tok, ctx):
                # Rule ``they-the-pair`` (events.pair_pronouns): "X and Y met. They agreed"
                actors = pair_before(tok, ctx)
            if actors and how != "direct":
                how = "direct" if direct else "indirect"
            out.extend(actors)
        if out:
            break
    if event_type == "PROTEST" and candidates:
        # Rule ``crowd-place`` (events.crowds): "people took to the streets of Lima" are Peru's
        first = candidates[0]
        placed = crowd_place(trigger, first if isinstance(first, Token) else first[0], out, ctx)
        if placed:
            out, how = placed, (how if out else "indirect")
    # One event per distinct actor: "Paris and Berlin" twice naming France is one France.
    unique: dict[tuple[str, str | None], Actor] = {}
    out = unplaced_abroad(trigger, out, ctx, event_type)  # "Taliban ... stormed ... in Pakistan"
    for actor in (a for a in out if not title_only(a)):
        unique.setdefault((actor.name, actor.country), actor)
    return list(unique.values()), how
