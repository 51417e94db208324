"""Hand-made articles for the web tests, one of them full of HTML that must show as text."""

from __future__ import annotations

from cablegram.records import (
    Actor,
    ActorRecord,
    Annotation,
    Document,
    Event,
    Mention,
    Modality,
    Removed,
    Statement,
    StatementKind,
)

SCRIPT = "<script>alert(1)</script>"
BOLD = "<b>bold</b>"
# A speaker whose very name is markup: it lands in links, titles and tooltips.
EVIL_NAME = 'Mallory "<i>the</i>" Hacker'

FRANCE = Actor(name="France", kind="state", text="France", country="FRA", role="GOV")
GERMANY = Actor(name="Germany", kind="state", text="Germany", country="DEU", role="GOV")
IRAQ = Actor(name="Iraq", kind="state", text="Iraq", country="IRQ")
USA = Actor(name="United States", kind="state", text="Washington", country="USA", role="GOV")
SPAIN = Actor(name="Spain", kind="state", text="Spain", country="ESP", role="GOV")

PARIS_TEXT = (
    "France will not send troops to Iraq, Barnier told the Associated Press. "
    '"We will not send troops to Iraq under any flag," he said. '
    "Germany agreed with France. Paris rejected the American plan."
)
MADRID_TEXT = (
    "Spain will withdraw its troops from Iraq, Zapatero said on Tuesday. "
    "Paris rejected the American plan again, officials noted."
)
HOSTILE_TEXT = (
    f"Officials said {SCRIPT} and {BOLD} claims were false. "
    f'"{SCRIPT} is {BOLD} & <not> a quote," said Mallory. '
    "France condemned the attack."
)


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    """Where ``part`` first occurs in ``text`` at or after ``after``."""
    start = text.index(part, after)
    return start, start + len(part)


def _statement(
    doc: Document, sid: str, kind: StatementKind, part: str, speaker: Actor | None, cue: str
) -> Statement:
    start, end = span(doc.text, part)
    return Statement(
        doc_id=doc.doc_id,
        statement_id=sid,
        kind=kind,
        text=part,
        start=start,
        end=end,
        sentence=part,
        speaker=speaker,
        cue=cue,
    )


def _event(
    doc: Document,
    eid: str,
    etype: str,
    trigger: str,
    source: Actor,
    target: Actor,
    after: int = 0,
    *,
    mode: str | None = None,
    negated: bool = False,
    modality: Modality = "asserted",
    date: str | None = None,
    statement_id: str | None = None,
) -> Event:
    start, end = span(doc.text, trigger, after)
    sentence_start = doc.text.rfind(". ", 0, start) + 2 if ". " in doc.text[:start] else 0
    sentence_end = doc.text.find(".", end) + 1
    return Event(
        doc_id=doc.doc_id,
        event_id=eid,
        event_type=etype,
        trigger=trigger,
        sentence=doc.text[sentence_start:sentence_end],
        start=start,
        end=end,
        source=source,
        target=target,
        mode=mode,
        negated=negated,
        modality=modality,
        date=date,
        statement_id=statement_id,
    )


def paris_article() -> Annotation:
    doc = Document(
        doc_id="doc-paris",
        source_path="corpus/paris.html",
        text=PARIS_TEXT,
        title="Paris says no to troops",
        publisher="Foreign Policy",
        authors=("Ann Writer",),
        date="2003-03-10",
        date_source="metadata",
        url="https://example.org/paris",
        removed=(Removed("footer", "(c) 2003 Foreign Policy. All rights reserved."),),
    )
    barnier = Actor(
        name="Michel Barnier",
        kind="person",
        text="Barnier",
        country="FRA",
        role="GOV",
        title="foreign minister",
        actor_id="barnier",
    )
    actors = (
        ActorRecord(
            doc.doc_id,
            "barnier",
            "Michel Barnier",
            "person",
            "FRA",
            "GOV",
            "foreign minister",
            (Mention("Barnier", *span(PARIS_TEXT, "Barnier")),),
        ),
    )
    statements = (
        _statement(
            doc,
            "st-barnier",
            "direct",
            "We will not send troops to Iraq under any flag",
            barnier,
            "said",
        ),
    )
    quote_at = PARIS_TEXT.index('"We')
    events = (
        _event(
            doc,
            "ev-troops",
            "AID",
            "send",
            FRANCE,
            IRAQ,
            mode="military",
            negated=True,
            date="2003-03-09",
        ),
        # The same refusal inside the quote: its trigger sits inside the statement's mark.
        _event(
            doc,
            "ev-troops-quoted",
            "AID",
            "send",
            FRANCE,
            IRAQ,
            after=quote_at,
            negated=True,
            modality="reported",
            statement_id="st-barnier",
        ),
        _event(doc, "ev-agree", "AGREE", "agreed", GERMANY, FRANCE),
        _event(doc, "ev-reject", "REJECT", "rejected", FRANCE, USA),
    )
    return Annotation(doc, actors, statements, events)


def madrid_article() -> Annotation:
    doc = Document(
        doc_id="doc-madrid",
        source_path="corpus/madrid.txt",
        text=MADRID_TEXT,
        title=None,
        date="2004-04-20",
        date_source="user",
    )
    zapatero = Actor(
        name="José Zapatero", kind="person", text="Zapatero", country="ESP", role="GOV"
    )
    statements = (
        _statement(
            doc,
            "st-zapatero",
            "indirect",
            "Spain will withdraw its troops from Iraq",
            zapatero,
            "said",
        ),
    )
    events = (
        _event(doc, "ev-withdraw", "RETREAT", "withdraw", SPAIN, IRAQ, modality="future"),
        # Reported again here: the store keeps one event and cites both articles.
        _event(doc, "ev-reject", "REJECT", "rejected", FRANCE, USA),
    )
    return Annotation(doc, (), statements, events)


def hostile_article() -> Annotation:
    doc = Document(
        doc_id="doc-hostile",
        source_path="corpus/<hostile>.html",
        text=HOSTILE_TEXT,
        title=f"{SCRIPT} Breaking {BOLD}",
        publisher="<em>Evil</em> Press",
        date="2003-03-12",
        date_source="metadata",
        url="javascript:alert(3)",
        removed=(Removed("comments", f"reader says {SCRIPT}"),),
    )
    mallory = Actor(name=EVIL_NAME, kind="person", text="Mallory", country="FRA")
    statements = (
        _statement(
            doc, "st-hostile", "direct", f"{SCRIPT} is {BOLD} & <not> a quote", mallory, "said"
        ),
        _statement(
            doc, "st-officials", "indirect", f"{SCRIPT} and {BOLD} claims were false", None, "said"
        ),
    )
    events = (
        _event(
            doc,
            "ev-condemn",
            "ACCUSE",
            "condemned",
            FRANCE,
            Actor(name=f"{BOLD} Group", kind="group", text="the attack"),
        ),
    )
    return Annotation(doc, (), statements, events)


def all_articles() -> list[Annotation]:
    return [paris_article(), madrid_article(), hostile_article()]


def network_articles(actors: int) -> list[Annotation]:
    """Articles whose events link ``actors`` made-up officials: a few hubs, many leaves, so
    that the busiest fifty carry labels on a crowded drawing. No country: the store would
    take one official's refusal for another's and deduplicate them."""
    people = [
        Actor(f"Official number {i:03d} of the ministry", "person", f"Official {i}", None, "GOV")
        for i in range(actors)
    ]
    out = []
    for i in range(1, actors):
        hub = people[0] if i < 8 else people[i % 8]
        sentence = f"Official {hub.text} rejected the plan of Official {i}."
        doc = Document(f"doc-net-{i}", f"corpus/net-{i}.txt", sentence, date="2004-01-01")
        event = Event(
            doc.doc_id,
            f"ev-net-{i}",
            "REJECT",
            "rejected",
            sentence,
            sentence.index("rejected"),
            sentence.index("rejected") + 8,
            source=hub,
            target=people[i],
        )
        out.append(Annotation(doc, (), (), (event,)))
    return out
