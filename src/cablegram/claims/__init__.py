"""The claims stage: what each statement and event says about a course of action.

For every statement (its speaker's words) and every event (its source's act) the stage
reads the predicate-argument frames in the parse (:mod:`cablegram.claims.frames`) and which
way each points for the actor (:mod:`cablegram.claims.polarity`), and records them as
:class:`~cablegram.records.Claim` records citing the statement or event. Only actors with
agency get claims: a news outlet reporting, or a document ("according to FEC records"),
takes no position. A state named among coordinated states ("The UK, Canada and Portugal
announced ...") speaks with them: the claim's actor is the group
(:mod:`cablegram.claims.coordination`).

Pure: a function of the parsed document and the records before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from cablegram.claims.attitudes import weighed_attitudes
from cablegram.claims.coordination import widened
from cablegram.claims.event_read import read_event, read_event_holders
from cablegram.claims.fragments import phrase_of
from cablegram.claims.giving_up import subjects_positions
from cablegram.claims.holders import reported_subject
from cablegram.claims.lexicon import claim_words
from cablegram.claims.narrative import narrative_holders
from cablegram.claims.ownership import own_side
from cablegram.claims.read import (
    FoundClaim,
    cue_is_accusation,
    cue_is_attitude,
    read_holders,
    read_scope,
    tokens_in,
    without_attribution,
    without_trailing_report,
)
from cablegram.records import Actor, Claim, Event, Statement, stable_id

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["event_claims", "extract_claims", "has_agency", "statement_claims"]

# Roles without agency in a debate: the press reports positions, it does not take them.
NO_AGENCY_ROLES = frozenset({"MED"})


def has_agency(actor: Actor | None) -> bool:
    """Whether an actor takes positions: not missing, not a document, not the press."""
    if actor is None or actor.kind == "document":
        return False
    return (actor.role or "").upper() not in NO_AGENCY_ROLES


def _claim(
    found: FoundClaim,
    *,
    doc_id: str,
    actor: Actor,
    source_kind: str,
    source_id: str,
    sentence: str,
    modality: str,
    date: str | None,
    date_precision: str | None,
    holder: bool = False,
) -> Claim:
    frame, reading = found.frame, found.reading
    claim_modality = reading.modality if reading.modality != "asserted" else modality
    key: tuple[str | int, ...] = (frame.head, frame.predicate, frame.object or "")
    if holder:
        # One claim per holder and frame, however many records hold it: the first cited.
        claim_id = stable_id(doc_id, "holder", actor.actor_id or actor.name, *key)
    else:
        claim_id = stable_id(doc_id, source_kind, source_id, *key)
    return Claim(
        doc_id=doc_id,
        claim_id=claim_id,
        actor=actor,
        predicate=frame.predicate,
        polarity=reading.polarity,
        source_kind="statement" if source_kind == "statement" else "event",
        source_id=source_id,
        sentence=sentence,
        object=frame.object,
        arguments=tuple(sorted(frame.arguments.items())),
        modality=claim_modality,  # type: ignore[arg-type]
        date=date,
        date_precision=date_precision,  # type: ignore[arg-type]
        confidence=found.confidence,
    )


def _distinct(actor: Actor, other: Actor | None) -> bool:
    """Whether a holder is another actor than the speaker or source (not its state)."""
    if other is None:
        return True
    if actor.country and actor.country == other.country:
        return False
    if actor.name == other.name:
        return False
    return (actor.actor_id or actor.name) != (other.actor_id or other.name)


# Roles whose holders speak for a state; one whose state the text leaves unnamed ("its
# foreign minister said Turkey will not join") tells the course of the state named.
_OFFICIAL_ROLES = frozenset({"GOV", "MIL"})


def _tells_for_another(speaker: Actor, own: object) -> bool:
    """Whether the speaker's words tell the course of the state they name rather than the
    speaker's own: the press and documents, and officials of no named state."""
    if own is None:
        return True
    return (
        speaker.country is None
        and (speaker.role or "").upper() in _OFFICIAL_ROLES
        and (speaker.kind == "person")
    )


def statement_claims(parsed: Doc, statement: Statement) -> list[Claim]:
    """The claims in one statement's own words (all its parts): the speaker's, and those of
    the attitudes the words name a holder for ("Canada plans to", "a proposal from Niger")."""
    mention = (statement.speaker.start, statement.speaker.end) if statement.speaker else None
    tokens = phrase_of(tokens_in(parsed, statement.parts), mention)
    if not tokens:
        return []
    if statement.speaker is not None:
        tokens = without_attribution(tokens, (statement.speaker.start, statement.speaker.end))
    tokens = without_trailing_report(tokens)
    speaker = widened(parsed, statement.speaker) if statement.speaker is not None else None
    own = own_side(speaker) if speaker is not None and has_agency(speaker) else None
    common = {
        "doc_id": statement.doc_id,
        "source_kind": "statement",
        "source_id": statement.statement_id,
        "sentence": statement.sentence,
        "modality": "asserted",
        "date": statement.date,
        "date_precision": statement.date_precision,
    }
    out: list[Claim] = []
    accusation = cue_is_accusation(tokens)
    if speaker is not None and own is not None and not accusation:
        # "Turkey dropped its objection to Finland joining, officials said": the named
        # subject's position, not the reporter's (giving_up.subjects_positions).
        theirs = subjects_positions(tokens, claim_words(), mention)
        out += [
            _claim(found, actor=speaker, **common)  # type: ignore[arg-type]
            for found in read_scope(tokens, statement.kind, own=own)
            if found.frame.head not in theirs
        ]
    # Another state's speaker telling what a third wants is that speaker's report ("Moscow
    # says Kyiv wants to join NATO"); the writer's account ("rejected a proposal from"),
    # the press and a speaker without a state are taken as told.
    reporting = (
        speaker is not None
        and own is not None
        and bool(speaker.country)
        and not cue_is_attitude(tokens)
    )
    if speaker is not None and _tells_for_another(speaker, own) and not accusation:
        # The press or a document telling a state's stated course ("The UK will not impose
        # an arms embargo, DPA reports"): the state named as the subject of the words holds
        # it when the words state an attitude or a refusal; a bare report of an act ("the
        # Times reported that Spain would send troops") is left to the events.
        subject = reported_subject(tokens)
        if subject is not None:
            out += [
                _claim(found, actor=subject, holder=True, **common)  # type: ignore[arg-type]
                for found in read_scope(tokens, statement.kind, own=own_side(subject))
                if found.reading.attitude
            ]
    for holder, found in read_holders(tokens, statement.kind, own=own):
        # (An organisation's act of record, "the Commission's proposal to use the assets",
        # is no third state's wish the speaker may be reporting.)
        if reporting and holder.country and holder.country != speaker.country:  # type: ignore[union-attr]
            continue
        if _distinct(holder, speaker):
            out.append(_claim(found, actor=holder, holder=True, **common))  # type: ignore[arg-type]
    return out


def event_claims(parsed: Doc, event: Event) -> list[Claim]:
    """The claims an event's trigger heads or governs, for its source, and those of the
    attitudes in its clause that name another holder ("a proposal from Niger's junta")."""
    common = {
        "doc_id": event.doc_id,
        "source_kind": "event",
        "source_id": event.event_id,
        "sentence": event.sentence,
        "modality": event.modality,
        "date": event.date,
        "date_precision": event.date_precision,
    }
    source = widened(parsed, event.source) if event.source is not None else None
    out: list[Claim] = []
    if source is not None and has_agency(source):
        out += [
            _claim(found, actor=source, **common)  # type: ignore[arg-type]
            for found in read_event(
                parsed, event.start, event.end, actor=(source.start, source.end)
            )
        ]
    for holder, found in read_event_holders(parsed, event.start, event.end):
        if _distinct(holder, source):
            out.append(_claim(found, actor=holder, holder=True, **common))  # type: ignore[arg-type]
    return out


def extract_claims(
    parsed: Doc, statements: Sequence[Statement], events: Iterable[Event]
) -> list[Claim]:
    """Every claim of a document's statements and events, in that order, each once: a claim
    the same sentence gives twice (once for the statement, once for the event it reports,
    "Poland rejected the agreement") is kept where it is first found."""
    claims: list[Claim] = []
    seen: set[tuple[object, ...]] = set()
    events = list(events)
    found = [c for s in statements for c in statement_claims(parsed, s)]
    found += [c for e in events for c in event_claims(parsed, e)]
    found += narrative_claims(parsed, statements, events)
    # A claim citing a standing attitude is the writer's unquoted account of a position.
    found = weighed_attitudes(found, events)
    for claim in found:
        key = _same_claim(claim)
        if key not in seen:
            seen.add(key)
            claims.append(claim)
    return claims


def narrative_claims(
    parsed: Doc, statements: Sequence[Statement], events: Sequence[Event]
) -> list[Claim]:
    """The claims of attitude nouns whose holder the writer names outside anyone's words
    ("a US proposal for a ceasefire"), each citing a record of its sentence
    (:mod:`cablegram.claims.narrative`)."""
    out: list[Claim] = []
    for holder, found, cited in narrative_holders(parsed, statements, events):
        if not has_agency(holder):
            continue
        out.append(
            _claim(
                found,
                doc_id=cited.doc_id,
                actor=holder,
                source_kind=cited.kind,
                source_id=cited.record_id,
                sentence=cited.sentence,
                modality="asserted",
                date=cited.date,
                date_precision=cited.date_precision,
                holder=True,
            )
        )
    return out


def _same_claim(claim: Claim) -> tuple[object, ...]:
    """What makes two claims one: who, what, which way, how, in which sentence."""
    actor = claim.actor
    return (
        actor.actor_id or actor.name,
        actor.start,
        claim.predicate,
        claim.polarity,
        claim.object,
        claim.arguments,
        claim.modality,
        claim.sentence,
    )
