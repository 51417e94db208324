"""The arguments of an event: who acts (source) and who is acted on (target).

Both come from the trigger's own dependency arguments, never from the nearest name: the
subject of a verb (through infinitives, conjuncts and participles), the "by" agent of a
passive, the possessor or "by" object of a noun, the subject of a light verb ("held talks");
and for the target the object, the passive subject, and the "to/with/against/on" objects.
The caller's actor lookup says what those noun phrases name. The registered argument filters
(``NOT_ACTORS``) then drop phrases that are no actor of the event: quantities ("10,000
troops"), venues ("in the House of Commons"), the audience of a verb of saying ("told
reporters"), and cities that name an agreement or a meeting ("the Minsk agreements").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from cablegram.actors.base import first_person
from cablegram.events.filters import not_actor
from cablegram.events.junk import (
    INNER_PLACE_PREPS,
    fragment_of_name,
    held_by,
    in_place_phrase,
    not_the_state,
    title_only,
    unplaced_modifier_person,
)
from cablegram.events.modality import Governor
from cablegram.events.moods import resumed_charge
from cablegram.events.patterns import Pattern, PatternTable
from cablegram.events.phrase_groups import crowd_in_place, demonym_state
from cablegram.events.phrases import (
    ActorLookup,
    Context,
    phrase_actors,
    placeless,
    possessed_thing,
)
from cablegram.events.subjects import noun_sources, speech_subject, verb_subject
from cablegram.events.targets import names_a_place, names_meeting
from cablegram.events.tree import (
    agent,
    child,
    is_one_of,
    is_passive,
)
from cablegram.records import Actor, Statement

__all__ = ["ActorLookup", "Context", "source_actors", "target_actor"]

# Verbs whose subject undergoes, not does, what is said of it: "voters shouldn't lose their
# right to vote" demands nothing of voters.
UNDERGONE_VERBS = frozenset({"lose", "suffer", "face", "receive", "get", "die", "feel", "undergo"})
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
# A pattern's own object ("summoned the ambassador", "expelled two diplomats") is the target
# when it names a person or an official body, not what is sent ("sent Polish troops").
OBJECT_TARGET_ROLES = frozenset({"GOV"})


# Nouns of places that host, never act: "the city of Wuhan hosted a summit".
PLACES = frozenset(
    {"city", "town", "village", "capital", "province", "region", "district", "resort",
     "island", "venue", "hotel", "port", "county", "state-run"}
)  # fmt: skip


def named_venue(phrase: Token, actor: Actor) -> bool:
    """The actor was read from a place that only names a meeting or an accord: "opposed the
    Madrid peace talks" is not aimed at Spain."""
    if not names_meeting(phrase) or not names_a_place(actor):
        return False
    modifiers = [c for c in phrase.children if c.dep_ in ("compound", "amod", "nmod")]
    return any(actor.text and actor.text in m.text for m in modifiers) and not any(
        c.dep_ == "poss" for c in phrase.children
    )


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
            if not actors and isinstance(found, list):
                actors = demonym_state(tok)
            # "Syria's main opposition group agreed": the state that owns the phrase is
            # the one it opposes, never the doer.
            actors = [
                a
                for a in not_the_state(tok, actors)
                if not (fragment_of_name(tok, a) or unplaced_modifier_person(tok, a))
            ]
            direct = tok.head == trigger or (tok.head.dep_ == "agent" and tok.head.head == trigger)
            if tok.pos_ == "PRON" and _speaker_unnamed(tok, chain, statement, ctx):
                # Rule ``unnamed-speaker``: "Gulf states have said they would send troops":
                # "they" is the speaker, who names no actor; not the last group named.
                actors = []
            elif (tok.pos_ == "PRON" or first_person(tok)) and all(map(placeless, actors)):
                # "Bosnian Serbs said their forces had completed their withdrawal": a pronoun
                # the lookup reads as a placeless description is the speaker's, if placed.
                spoken = _resolve_pronoun(tok, chain, statement, ctx)
                if spoken or not actors:
                    actors, direct = spoken, False
            if actors and how != "direct":
                how = "direct" if direct else "indirect"
            out.extend(actors)
        if out:
            break
    if not out and event_type == "PROTEST" and candidates:
        first = candidates[0]
        out = crowd_in_place(trigger, first if isinstance(first, Token) else first[0], ctx)
        how = "indirect" if out else how
    # One event per distinct actor: "Paris and Berlin" twice naming France is one France.
    unique: dict[tuple[str, str | None], Actor] = {}
    for actor in (a for a in out if not title_only(a)):
        unique.setdefault((actor.name, actor.country), actor)
    return list(unique.values()), how


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
    if head.pos_ in ("VERB", "AUX") and is_one_of(head, table.light_verbs):
        out.append(head)
    return out


def relative_object(trigger: Token) -> Token | None:
    """Rule ``relative-object``: the object of a relative clause is the noun the clause
    hangs on ("Israel, which Tehran refuses to recognize", "Egypt, which Turkey accuses of
    torture"): the relative pronoun stands for that noun."""
    clause, objects = trigger, [c for c in trigger.children if c.dep_ == "dobj"]
    if trigger.dep_ == "xcomp":
        clause = trigger.head
    elif trigger.dep_ != "relcl":
        return None
    objects += [c for x in trigger.children if x.dep_ == "xcomp" for c in x.children
                if c.dep_ == "dobj"]  # fmt: skip
    pronoun = next((o for o in objects if o.lower_ in ("which", "whom", "that")), None)
    if clause.dep_ != "relcl" or pronoun is None:
        return None
    # The pronoun stands for the noun just before it ("Opposition to Israel, which Tehran
    # refuses to recognize"), wherever the parser hung the clause.
    before = pronoun.i - 1
    while before > 0 and pronoun.doc[before].is_punct:
        before -= 1
    noun = pronoun.doc[before]
    return noun if noun.pos_ in ("NOUN", "PROPN") else clause.head


def target_candidates(
    trigger: Token, pattern: Pattern, table: PatternTable | None = None
) -> list[Token]:
    """Noun phrases that may name the target, most likely first."""
    out: list[Token] = []
    is_noun = trigger.pos_ in ("NOUN", "PROPN")
    stative = (
        table is not None
        and agent(trigger) is None
        and trigger.lemma_.lower() in table.stative_passives
    )
    if not is_noun and is_passive(trigger) and not stative:
        # "was rejected by X": the passive subject is acted on ("were engaged in" is a state).
        subj = child(trigger, "nsubjpass")
        if subj is not None:
            out.append(subj)
    carriers = [trigger]
    if is_noun and table is not None:
        for carrier in _light_carriers(trigger, table):
            carriers.append(carrier)
            out.extend(
                child(c, "pobj") or c for c in carrier.children if c.dep_ in ("dative", "iobj")
            )
    relative = relative_object(trigger)
    if relative is not None:
        out.append(relative)
    for kid in trigger.children:
        if kid.dep_ in ("dative", "iobj"):
            out.append(child(kid, "pobj") or kid)
        if kid.dep_ == "dobj":
            # The pattern's own object ("send troops") is not the target, but what it is
            # sent to may hang on it ("sanctions on Iran").
            if kid.lemma_.lower() in pattern.objects or kid.lower_ in pattern.objects:
                carriers.append(kid)
            else:
                out.append(kid)
    preps = NOUN_TARGET_PREPS if is_noun else TARGET_PREPS
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in trigger.children):
        # Rule ``ally-with``: "fight with the Iraqi government against terrorism": with an
        # "against" named, the "with" object is a partner, not the target.
        preps = tuple(p for p in preps if p != "with")  # type: ignore[assignment]
    for carrier in carriers[1:]:
        out.extend(held_by(carrier))
    for rank in preps:
        for carrier in carriers:
            if carrier != trigger and rank in INNER_PLACE_PREPS and carrier.pos_ == "NOUN":
                continue  # rule ``place-in-object``: "struck a base in Yemen": where it is
            for kid in carrier.children:
                if kid.dep_ not in ("prep", "dative") or kid.lower_ != rank:
                    continue
                out.extend(c for c in kid.children if c.dep_ == "pobj" and c != trigger)
                for sub in kid.children:
                    if sub.dep_ == "prep":
                        out.extend(c for c in sub.children if c.dep_ == "pobj")
    # "out of Iraq" hangs its object under "out".
    for kid in trigger.children:
        if kid.dep_ in ("prep", "advmod", "prt") and kid.lower_ == "out":
            for sub in kid.children:
                if sub.dep_ == "prep":
                    out.extend(c for c in sub.children if c.dep_ == "pobj")
    # "demanded that the US cancel", "said Russia must withdraw": the one asked.
    for kid in trigger.children:
        if kid.dep_ == "ccomp":
            subj = child(kid, "nsubj", "nsubjpass")
            # "said Sudan's efforts must fail" asks nothing of Sudan; "said Kenyans should
            # be allowed to ..." asks it of whoever would allow them, not of Kenyans.
            if (
                subj is not None
                and not possessed_thing(subj)
                and not _passive_xcomp(kid)
                and subj.dep_ == "nsubj"
                and kid.lemma_.lower() not in UNDERGONE_VERBS
            ):
                out.append(subj)
    seen: set[int] = set()
    unique: list[Token] = []
    for tok in out:
        if tok.i not in seen:
            seen.add(tok.i)
            unique.append(tok)
    return unique


def _guessed_description(pronoun: Token, trigger: Token, found: list[Actor]) -> bool:
    """A pronoun subject of a clause that nobody is reported to say, read as a bare common
    description ("officials"); not "rebels saying they were being bombed" (the speaker),
    nor "strikes against them" (read as "Islamic State fighters")."""
    if not pronoun.dep_.startswith("nsubj") or not found:
        return False
    if any(t.dep_ == "ccomp" for t in (trigger, *trigger.ancestors)):
        return False
    return all(placeless(a) and a.name[:1].islower() for a in found)


def _passive_xcomp(verb: Token) -> bool:
    """Rule ``undergoer-not-asked``: "said Islamic State would have to be defeated": the
    subject of a clause whose act is passive undergoes it; nothing is asked of it."""
    return any(c.dep_ == "xcomp" and is_passive(c) for c in verb.children)


# Acts that move or recall one's own people: "its ambassador" is not their target.
OWN_PEOPLE_TYPES = frozenset({"RETREAT", "SANCTION", "MOBILIZE", "AID", "REJECT"})


def target_actor(
    trigger: Token, pattern: Pattern, event_type: str, sources: Sequence[Actor], ctx: Context
) -> Actor | None:
    """The first candidate phrase that names an actor other than the source (an actor does
    not act on itself: "Pakistan is committed to ..."), and is not ruled out by a filter;
    failing that, the pattern's own object when it names a person or an official body
    ("summoned the Afghan ambassador")."""
    if resumed_charge(trigger):
        return None  # "..., a charge Pakistan denies": the accuser is not named as the target
    source_keys = {(a.name, a.country) for a in sources}
    source_states = {a.country for a in sources if a.country}
    state_sources = {a.country for a in sources if a.kind == "state" and a.country}
    moved = event_type in OWN_PEOPLE_TYPES
    for tok in target_candidates(trigger, pattern, ctx.table):
        if not_actor(tok, "target", event_type, ctx.table):
            continue
        # "its ambassador Sylvain Itte": the owner is on the noun the name stands beside
        owned = [tok, tok.head] if tok.dep_ == "appos" else [tok]
        own = any(c.dep_ == "poss" and c.pos_ == "PRON" for t in owned for c in t.children)
        found = phrase_actors(tok, "target", ctx)
        if tok.pos_ == "PRON" and _guessed_description(tok, trigger, found):
            # Rule ``placeless-pronoun``: "They were bombed during what officials said was a
            # ceremony": a pronoun read as a description with no state ("officials") is a
            # guess at the last plural named, not a target.
            continue
        for actor in not_the_state(tok, found):
            if (actor.name, actor.country) in source_keys or named_venue(tok, actor):
                continue
            if title_only(actor) or fragment_of_name(tok, actor):
                continue
            if tok.dep_ != "pobj" and in_place_phrase(tok, actor):
                continue
            if own and (actor.kind == "group" or (actor.kind == "person" and moved)):
                # "withdrew its troops", "would withdraw its ambassador Sylvain Itte": the
                # source's own people, not whom it acts on
                continue
            if actor.kind == "state" and actor.country in source_states:
                continue  # "Lavrov warned that Russia would retaliate": not a threat to Russia
            if actor.role == "GOV" and actor.country in state_sources:
                continue  # "Russia will withdraw ..., the Kremlin said": its own government
            return actor
    obj = child(trigger, "dobj")
    if obj is None or not (obj.lemma_.lower() in pattern.objects or obj.lower_ in pattern.objects):
        return None
    if not_actor(obj, "target", event_type, ctx.table):
        return None  # "expelled diplomats": whose envoys, the phrase does not say
    if moved and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return None  # "withdraw its ambassador": the source's own envoy
    for actor in phrase_actors(obj, "target", ctx):
        fits = actor.kind == "person" or (
            actor.kind == "group" and actor.role in OBJECT_TARGET_ROLES
        )
        if (
            fits
            and actor.country not in source_states
            and (actor.name, actor.country) not in source_keys
        ):
            return actor
    return None
