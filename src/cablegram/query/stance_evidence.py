"""From a parsed proposition to evidence: the claims that bear on it, read as stances.

Claims are read from the store by their predicate and object (the proposition's core words,
their lemmas, synonyms and stems), at most :data:`EVIDENCE_CAP`, and kept when
:func:`~cablegram.query.propositions_match.bears_on` says they bear on the proposition. Places
and targets are compared as countries where the actor dictionary knows them ("Tehran",
"Iranian" and "Iran" are one), else by their words.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from cablegram.claims.attitudes import is_standing
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.query.common import ActorRef, DocumentInfo, Texts
from cablegram.query.embedder import Embedder
from cablegram.query.meaning import act_shells, keys, meet, nominalisations, synonyms
from cablegram.query.propositions import Proposition, parse_proposition
from cablegram.query.propositions_agreements import agreement_name, with_named_agreement
from cablegram.query.propositions_dates import dated_apart
from cablegram.query.propositions_match import DOCUMENT_CONTEXT, bears_on
from cablegram.query.propositions_membership import staying_words
from cablegram.query.propositions_names import listing_words, name_acronym, object_name
from cablegram.query.stance_anaphora import antecedents_in, resolve
from cablegram.query.stance_places import (
    Mentions,
    country_of,
    members,
    sentence_index,
)
from cablegram.query.stance_rows import Evidence, Side, has_agency, speaks_for_country
from cablegram.query.stance_voices import FORMER, campaigning, igo_beside, igo_office_on
from cablegram.records import Actor, Claim, Event, Statement
from cablegram.store import Store

# Least relevance of a claim that a later "the move", "the plan" may point back to.
ANTECEDENT: Final = DOCUMENT_CONTEXT

# How many claims one stance reads at most: the most recent that may match.
EVIDENCE_CAP: Final = 5_000
# all-MiniLM-L6-v2 cosine similarity above which a sentence is taken to be on the topic.
SEMANTIC_THRESHOLD: Final = 0.5
# Shortest stem used as a prefix search ("deploy" finds "deployment").
_MIN_PREFIX: Final = 4


def proposition_of(text: str) -> Proposition:
    """The proposition parsed with the pipeline's spaCy model (loaded once per process)."""
    from cablegram import nlp as nlp_stage

    nlp = nlp_stage.load()
    return with_named_agreement(parse_proposition(text, nlp))


def search_terms(query: Proposition) -> tuple[list[str], list[str]]:
    """(words, prefixes) that find every claim whose core may meet the proposition's."""
    words: set[str] = set()
    data = synonyms()
    # A flow's object may be named by what flows ("phase out Russian gas").
    flows = query.modifiers if query.object and keys(query.object) & data.flow_nouns else ()
    for word in (*query.core, *flows):
        words |= keys(word)
        for group in data.groups:
            if keys(word) & group:
                words |= group
        for h in data.hypernyms:
            if keys(word) & (h.broader | h.narrower):
                words |= h.broader | h.narrower
    # Acts that undo the proposition's ("detention" against "release").
    if query.predicate is not None:
        for a, b in data.opposites:
            for mine, other in ((a, b), (b, a)):
                if meet(query.predicate, mine):
                    words |= keys(other)
                    for group in data.groups:
                        if keys(other) & group:
                            words |= group
    # Claims name terms by their last word ("retaliatory measures": "measure"), acts by
    # their nominalisations ("accede": "accession") and by verbs named after their object
    # ("weapon": "arm").
    words |= {w.rsplit(" ", 1)[-1] for w in words if " " in w}
    # Listing words read as designating where the sentence names a terrorist list.
    words |= listing_words(words)
    for verb, (_, obj) in (data.denominal or {}).items():
        if keys(obj) & words:
            words.add(verb)
    prefixes = {w for w in words if len(w) >= _MIN_PREFIX and " " not in w}
    # A shell noun ("the initiative") may stand for an object named after a name
    # (propositions_names.named_by_shell): looked up whole, only for such propositions.
    if query.object is not None and "about" in query.arguments:
        words |= act_shells()
        # a definite agreement noun may stand for a named agreement ("the pact" for "the
        # Trans-Pacific Partnership": propositions_agreements)
        if query.object in data.agreements and agreement_name(query) is not None:
            words |= data.agreements
    # A light verb with no object may act on a name its sentence writes by its acronym
    # ("get the TPP ratified": propositions_names.name_acronym): looked up whole, only for
    # a proposition whose object is such a name.
    name = object_name(query)
    if query.predicate and name is not None and name_acronym(query, name) is not None:
        words |= keys(query.predicate)
    # Nominalisations are looked up whole: "accede" finds "accession".
    words |= {n for w in list(words) if " " not in w for n in nominalisations(w)}
    # Membership and leaving for staying in a body or leaving it (propositions_membership).
    words |= staying_words(query)
    return sorted(words), sorted(prefixes)


class Records:
    """The statements and events claims cite, read per document once."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._statements: dict[str, dict[str, Statement]] = {}
        self._events: dict[str, dict[str, Event]] = {}

    def statement(self, doc_id: str, statement_id: str) -> Statement | None:
        if doc_id not in self._statements:
            found = self._store.statements(doc_id=doc_id)
            self._statements[doc_id] = {s.statement_id: s for s in found}
        return self._statements[doc_id].get(statement_id)

    def event(self, doc_id: str, event_id: str) -> Event | None:
        if doc_id not in self._events:
            self._events[doc_id] = {e.event_id: e for e in self._store.events(doc_id=doc_id)}
        return self._events[doc_id].get(event_id)


def _flip(side: Side) -> Side:
    return "oppose" if side == "support" else "support"


def speaks_for(actor: Actor, sentence: str | None = None, date: str | None = None) -> str | None:
    """The international organisation a person speaks for ("UN spokesman Stephane Dujarric"
    -> "United Nations"), from the mention's words; for a person of another role, from the
    office the mention names before the name ("UN envoy Ramtane Lamamra", whatever his
    nationality); for an IGO official whose mention names none, from the office the
    sentence gives beside the name ("Ursula von der Leyen, the president of the European
    Commission", :func:`cablegram.query.stance_voices.igo_beside`), else from the office the
    dictionary dates him in on ``date`` (:func:`cablegram.query.stance_voices.igo_office_on`),
    never for a mention that says "former" or gives him a country ("Portugal's prime
    minister Antonio Guterres"); None for anyone else."""
    if actor.kind != "person":
        return None
    dictionary = load_dictionary()
    words = actor.text.split()
    if (actor.role or "").upper() != "IGO":
        # Another role: only an office the mention names before the name ("**UN envoy**
        # Ramtane Lamamra"), never a former one.
        first = actor.name.split()[0] if actor.name.split() else ""
        words = words[: words.index(first)] if first in words else []
        if FORMER.search(" ".join(words)):
            return None
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            entry = dictionary.entry(" ".join(words[i : i + size]))
            if entry is not None and entry.kind == "organization" and entry.role == "IGO":
                return entry.name
    if (actor.role or "").upper() == "IGO":
        beside = igo_beside(actor.text, sentence) or igo_beside(actor.name, sentence)
        if beside is not None:
            return beside
    # whatever role the mention was read with ("Secretary-General" read as a general's
    # rank), unless it gives him a country's office ("Estonian Prime Minister Kaja Kallas")
    if actor.country or FORMER.search(actor.text):
        return None
    return igo_office_on(actor.name, date)


def _year(date: str | None) -> int | None:
    """The year of an ISO date ("2016-03-07": 2016), None for none."""
    return int(date[:4]) if date and date[:4].isdigit() else None


def actor_of(claim: Claim, document: Texts | None = None) -> ActorRef:
    """The claim's actor as a query shows it; a former office holder ("a former foreign
    minister, Hubert Vedrine") keeps "former" in the title, and a person his document
    (``document``: the documents' texts and dates by id) names as running for office ("Republican
    nominee Donald Trump", :func:`~cablegram.query.stance_voices.campaigning`) is marked
    ``candidate``, so that neither speaks for the state."""
    actor = ActorRef.of(claim.actor) or ActorRef("", "document")
    title = actor.title or ""
    if FORMER.search(claim.actor.text) and not FORMER.search(title):
        return replace(actor, title=f"former {title}".strip())
    if (
        document is not None
        and actor.kind == "person"
        and (speaks_for_country(actor) or actor.country is not None)
        and campaigning(
            actor.name, document(claim.doc_id), _year(claim.date or document.date(claim.doc_id))
        )
    ):
        return replace(actor, candidate=True)
    return actor


def claim_evidence(
    claim: Claim,
    actor: ActorRef,
    side: Side,
    relevance: float,
    matched: tuple[str, ...],
    docs: DocumentInfo,
    records: Records,
) -> Evidence | None:
    """One claim as evidence of ``actor``'s stance, citing its statement (with the quote)
    or its event."""
    quote = statement_id = event_type = None
    kind: str = claim.source_kind
    if claim.source_kind == "statement":
        statement = records.statement(claim.doc_id, claim.source_id)
        quote = statement.text if statement is not None else None
        statement_id = claim.source_id
    else:
        event = records.event(claim.doc_id, claim.source_id)
        if event is not None:
            statement_id, event_type = event.statement_id, event.event_type
            if is_standing(event):  # a position the writer states, unquoted (claims/attitudes)
                kind = "attitude told by the writer"
    what = " ".join(w for w in (claim.predicate, claim.object) if w)
    reason = f"{kind}: {claim.polarity} “{what}”"
    if claim.modality != "asserted":
        reason += f", {claim.modality}"
    return Evidence(
        kind=claim.source_kind,
        record_id=claim.source_id,
        claim_id=claim.claim_id,
        actor=actor,
        side=side,
        confidence=round(claim.confidence, 2),
        relevance=round(relevance, 2),
        date=claim.date or docs.date(claim.doc_id),
        date_precision=claim.date_precision if claim.date else None,
        reason=reason,
        citation=docs.citation(claim.doc_id, claim.sentence),
        quote=quote,
        event_type=event_type,
        matched=matched,
        statement_id=statement_id,
        speaks_for=(
            speaks_for(claim.actor, claim.sentence, claim.date or docs.date(claim.doc_id))
            if actor.kind == "person"
            else None
        ),
    )


def gather_evidence(
    store: Store, query: Proposition, embed: Embedder | None, threshold: float
) -> tuple[list[Evidence], list[str]]:
    """The evidence for a proposition and notes on how it was found."""
    notes: list[str] = []
    words, prefixes = search_terms(query)
    claims = store.claims_about(words, prefixes, EVIDENCE_CAP + 1)
    if len(claims) > EVIDENCE_CAP:
        claims = claims[:EVIDENCE_CAP]
        notes.append(
            f"more than {EVIDENCE_CAP:,} claims may bear on it: the {EVIDENCE_CAP:,} most "
            "recent were read"
        )
    docs = DocumentInfo(store)
    texts = Texts(docs)
    mentions = Mentions(docs, texts)
    records = Records(store)
    evidence: list[Evidence] = []
    seen: set[str] = set()
    # per document, the claims naming the proposition's act itself, with their polarity
    named: dict[str, list[tuple[Claim, Side]]] = {}
    for claim in reversed(claims):
        if not has_agency(ActorRef.of(claim.actor) or ActorRef("", "document")):
            continue
        bearing = bears_on(
            query,
            claim.predicate,
            claim.object,
            dict(claim.arguments),
            country_of,
            functools.partial(mentions, claim.doc_id, claim.sentence),
            claim.sentence,
            claim.actor.country,
        )
        if bearing is None or bearing.requires not in (None, claim.polarity):
            continue
        if query.year is not None and query.predicate is not None:
            when = claim.date or docs.date(claim.doc_id)
            if dated_apart(query.core, query.year, claim, when):
                continue
        if not bearing.undoes and bearing.requires is None and bearing.relevance >= ANTECEDENT:
            # an antecedent names the proposition's act and names: a claim matched only by
            # its object's modifiers ("the grain deal") bears, but is no act to point back to
            named.setdefault(claim.doc_id, []).append((claim, claim.polarity))
        side: Side = claim.polarity if bearing.same_direction else _flip(claim.polarity)
        for actor in members(actor_of(claim, texts)):
            item = claim_evidence(
                claim, actor, side, bearing.relevance, bearing.matched, docs, records
            )
            if item is not None and bearing.undoes:
                item = replace(item, note=f"opposite act: {claim.predicate}")
            if item is not None:
                evidence.append(item)
        seen.add(claim.claim_id)
    evidence.extend(_pointing(store, query, named, seen, docs, mentions, records, texts))
    if embed is not None:
        evidence.extend(_semantic(store, query, embed, threshold, seen, docs, records, texts))
    return evidence, notes


def _pointing(
    store: Store,
    query: Proposition,
    named: dict[str, list[tuple[Claim, Side]]],
    seen: set[str],
    docs: DocumentInfo,
    mentions: Mentions,
    records: Records,
    texts: Texts,
) -> list[Evidence]:
    """Claims pointing back at the act ("join such a mission", "rejected the plan") in the
    documents where a claim names it (:mod:`cablegram.query.stance_anaphora`); ``texts``:
    the documents' texts, read once per query."""
    out: list[Evidence] = []
    for doc_id, found in named.items():
        text = texts(doc_id)
        antecedents = antecedents_in(text, found)
        for claim in store.claims(doc_id=doc_id):
            if claim.claim_id in seen:
                continue
            if not has_agency(ActorRef.of(claim.actor) or ActorRef("", "document")):
                continue
            read = resolve(
                query,
                claim,
                antecedents,
                sentence_index(text, claim.sentence),
                country_of,
                functools.partial(mentions, claim.doc_id, claim.sentence),
            )
            if read is None:
                continue
            side, bearing = read
            seen.add(claim.claim_id)
            for actor in members(actor_of(claim, texts)):
                item = claim_evidence(
                    claim, actor, side, bearing.relevance, bearing.matched, docs, records
                )
                if item is not None:
                    out.append(replace(item, note=f"points back: {claim.predicate}"))
    return out


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def _semantic(
    store: Store,
    query: Proposition,
    embed: Embedder,
    threshold: float,
    seen: set[str],
    docs: DocumentInfo,
    records: Records,
    texts: Texts,
) -> list[Evidence]:
    """Claims meeting one core word whose sentence is close in meaning to the proposition
    (``texts``: the documents' texts, read once per query)."""
    partial = [
        c
        for c in store.claims()
        if c.claim_id not in seen
        and any(meet(w, h) for w in query.core for h in (c.predicate, c.object or ""))
        and has_agency(ActorRef.of(c.actor) or ActorRef("", "document"))
    ]
    if not partial:
        return []
    vectors = embed([query.text, *(c.sentence for c in partial)])
    out: list[Evidence] = []
    for claim, vector in zip(partial, vectors[1:], strict=True):
        score = _cosine(vectors[0], vector)
        if score < threshold:
            continue
        side: Side = claim.polarity if query.polarity == "support" else _flip(claim.polarity)
        for actor in members(actor_of(claim, texts)):
            item = claim_evidence(claim, actor, side, score, (), docs, records)
            if item is not None:
                out.append(item)
    return out
