"""Hand-made records for the store and report tests: two articles written for the tests."""

from __future__ import annotations

from cablegram.records import (
    Actor,
    ActorRecord,
    Annotation,
    Document,
    Event,
    Mention,
    Removed,
    Statement,
)

BARNIER = Actor(
    name="Michel Barnier",
    kind="person",
    text="Barnier",
    country="FRA",
    role="GOV",
    title="foreign minister",
    start=40,
    end=47,
    actor_id="barnier",
)
AP = Actor(name="Associated Press", kind="organization", text="the Associated Press", role="MED")
GERMAN_OFFICIAL = Actor(
    name="German Foreign Ministry",
    kind="organization",
    text="a German Foreign Ministry official",
    country="DEU",
    role="GOV",
    actor_id="auswaertiges",
)
ZAPATERO = Actor(name="José Zapatero", kind="person", text="Zapatero", country="ESP", role="GOV")
FRANCE = Actor(name="France", kind="state", text="France", country="FRA", role="GOV")
USA = Actor(name="United States", kind="state", text="Washington", country="USA", role="GOV")
SPAIN = Actor(name="Spain", kind="state", text="Spain", country="ESP", role="GOV")
IRAQ = Actor(name="Iraq", kind="state", text="Iraq", country="IRQ")


def france_article() -> Annotation:
    doc = Document(
        doc_id="doc-france",
        source_path="corpus/france.html",
        text="France will not send troops to Iraq, Barnier told the Associated Press.",
        title="Paris says no to troops",
        publisher="Foreign Policy",
        authors=("Ann Writer", "Bo Reporter"),
        date="2003-03-10",
        date_source="metadata",
        url="https://example.org/france",
        removed=(
            Removed("footer", "(c) 2003 Foreign Policy. All rights reserved."),
            Removed("comments", "show comments " + "This is a long reader comment. " * 5),
        ),
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
            (Mention("Barnier", 40, 47), Mention("the French foreign minister", 80, 107)),
        ),
        ActorRecord(
            doc.doc_id,
            "auswaertiges",
            "German Foreign Ministry",
            "organization",
            "DEU",
            "GOV",
            mentions=(Mention("a German Foreign Ministry official", 120, 154),),
        ),
    )
    statements = (
        Statement(
            doc.doc_id,
            "st-france-1",
            "direct",
            "We will not send troops to Iraq [under any flag]",
            1,
            48,
            '"We will not send troops to Iraq [under any flag]," Barnier told the AP.',
            speaker=BARNIER,
            cue="told",
            addressee=AP,
        ),
        Statement(
            doc.doc_id,
            "st-france-2",
            "indirect",
            "Berlin would not take part in the invasion",
            120,
            170,
            "A German Foreign Ministry official said Berlin would not take part in the invasion.",
            speaker=GERMAN_OFFICIAL,
            cue="said",
        ),
    )
    events = (
        Event(
            doc.doc_id,
            "ev-troops",
            "AID",
            "send",
            "France will not send troops to Iraq.",
            17,
            21,
            source=FRANCE,
            target=IRAQ,
            mode="military",
            negated=True,
            modality="reported",
            date="2003-03-09",
            statement_id="st-france-1",
        ),
        Event(
            doc.doc_id,
            "ev-reject",
            "REJECT",
            "rejected",
            "Paris rejected the American plan.",
            6,
            14,
            source=FRANCE,
            target=USA,
        ),
    )
    return Annotation(doc, actors, statements, events)


def spain_article() -> Annotation:
    doc = Document(
        doc_id="doc-spain",
        source_path="corpus/spain.txt",
        text="Spain will withdraw its troops from Iraq, Zapatero said.",
        title=None,
        date="2004-04-20",
        date_source="user",
    )
    statements = (
        Statement(
            doc.doc_id,
            "st-spain-1",
            "indirect",
            "Spain will withdraw its troops from Iraq",
            0,
            40,
            "Spain will withdraw its troops from Iraq, Zapatero said.",
            speaker=ZAPATERO,
            cue="said",
        ),
    )
    events = (
        Event(
            doc.doc_id,
            "ev-withdraw",
            "RETREAT",
            "withdraw",
            "Spain will withdraw its troops from Iraq, Zapatero said.",
            11,
            19,
            source=SPAIN,
            target=IRAQ,
            modality="future",
        ),
    )
    return Annotation(doc, (), statements, events)
