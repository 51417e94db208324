"""Hand-made records for the query tests: small articles written for the tests.

Nothing here runs the NLP: each test store is built with ``Store.write(Annotation(...))``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace

import cablegram.api as cg
from cablegram.query.stance import StanceResult
from cablegram.records import (
    Actor,
    ActorRecord,
    Annotation,
    Document,
    Event,
    Mention,
    Statement,
)

BARNIER = Actor(
    "Michel Barnier", "person", "Barnier", "FRA", "GOV", "foreign minister", actor_id="barnier"
)
FRANCE = Actor("France", "state", "France", "FRA", "GOV")
GERMAN_OFFICIAL = Actor(
    "German Foreign Ministry official", "person", "a German Foreign Ministry official", "DEU", "GOV"
)
WEISSKIRCHEN = Actor("Gert Weisskirchen", "person", "Weisskirchen", "DEU", "LEG")
SPAIN_PM = Actor("Spanish prime minister", "person", "Spain's prime minister", "ESP", "GOV")
SPAIN = Actor("Spain", "state", "Spain", "ESP", "GOV")
POLAND = Actor("Poland", "state", "Warsaw", "POL", "GOV")
IRAQ = Actor("Iraq", "state", "Iraq", "IRQ", "GOV")
USA = Actor("United States", "state", "Washington", "USA", "GOV")
KERRY = Actor("John Kerry", "person", "Kerry", "USA", "LEG", actor_id="kerry")
TIMES = Actor("The Daily Courier", "organization", "the Courier", "GBR", "MED")
AP = Actor("Associated Press", "organization", "the Associated Press", "USA", "MED")
NATO = Actor("NATO", "organization", "NATO", None, "IGO")


def _doc(doc_id: str, text: str, title: str | None, date: str | None) -> Document:
    return Document(doc_id, f"corpus/{doc_id}.txt", text, title=title, date=date)


def _statement(
    doc: Document,
    sid: str,
    text: str,
    sentence: str,
    speaker: Actor | None,
    cue: str = "said",
    kind: str = "direct",
    addressee: Actor | None = None,
) -> Statement:
    start = doc.text.find(text)
    return Statement(
        doc.doc_id,
        sid,
        kind,  # type: ignore[arg-type]
        text,
        start,
        start + len(text),
        sentence,
        speaker=speaker,
        cue=cue,
        addressee=addressee,
    )


def _event(
    doc: Document,
    eid: str,
    event_type: str,
    trigger: str,
    sentence: str,
    source: Actor | None,
    target: Actor | None = None,
    **extra: object,
) -> Event:
    return Event(
        doc.doc_id,
        eid,
        event_type,
        trigger,
        sentence,
        0,
        len(trigger),
        source=source,
        target=target,
        **extra,  # type: ignore[arg-type]
    )


def paris_article() -> Annotation:
    """France refuses troops: a minister's statement, a bare answer and a REJECT event."""
    text = (
        "France had no plans to send troops to Iraq, Barnier said. "
        "A reporter asked Barnier whether French soldiers might go to Iraq next year. "
        '"Never," he said. '
        "Barnier told the Associated Press that the weather in Paris was fine."
    )
    doc = _doc("doc-paris", text, "Paris says no", "2004-10-15")
    s1 = _statement(
        doc,
        "st-barnier-1",
        "France had no plans to send troops to Iraq",
        "France had no plans to send troops to Iraq, Barnier said.",
        BARNIER,
        kind="indirect",
    )
    s2 = _statement(doc, "st-barnier-never", "Never", '"Never," he said.', BARNIER)
    s3 = _statement(
        doc,
        "st-barnier-weather",
        "the weather in Paris was fine",
        "Barnier told the Associated Press that the weather in Paris was fine.",
        BARNIER,
        cue="told",
        kind="indirect",
        addressee=AP,
    )
    e1 = _event(
        doc,
        "ev-france-reject",
        "REJECT",
        "send",
        "France had no plans to send troops to Iraq, Barnier said.",
        FRANCE,
        IRAQ,
        negated=True,
        modality="reported",
        statement_id="st-barnier-1",
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
            (Mention("Barnier", 44, 51), Mention("he", 140, 142)),
        ),
    )
    return Annotation(doc, actors, (s1, s2, s3), (e1,))


def berlin_article() -> Annotation:
    """Germany refuses troops, twice; a newspaper's quote bears on it but is not Germany."""
    text = (
        '"We are not sending any German soldiers to Iraq," a German Foreign Ministry official '
        "told the Associated Press. "
        '"I cannot imagine any change in our decision not to send troops," Weisskirchen said. '
        '"Kerry seems genuinely committed to multilateralism," Weisskirchen added. '
        '"Europe should send troops to Iraq now," the Courier wrote.'
    )
    doc = _doc("doc-berlin", text, "Berlin says no", "2004-10-20")
    s1 = _statement(
        doc,
        "st-german-official",
        "We are not sending any German soldiers to Iraq",
        '"We are not sending any German soldiers to Iraq," a German Foreign Ministry official '
        "told the Associated Press.",
        GERMAN_OFFICIAL,
        cue="told",
        addressee=AP,
    )
    both = (
        '"I cannot imagine any change in our decision not to send troops," Weisskirchen said. '
        '"Kerry seems genuinely committed to multilateralism," Weisskirchen added.'
    )
    s2 = _statement(
        doc,
        "st-weiss-1",
        "I cannot imagine any change in our decision not to send troops",
        both,
        WEISSKIRCHEN,
    )
    # Its sentence holds the other quote too; its own words are not about troops.
    s3 = _statement(
        doc,
        "st-weiss-2",
        "Kerry seems genuinely committed to multilateralism",
        both,
        WEISSKIRCHEN,
        cue="added",
    )
    s4 = _statement(
        doc,
        "st-courier",
        "Europe should send troops to Iraq now",
        '"Europe should send troops to Iraq now," the Courier wrote.',
        TIMES,
        cue="wrote",
    )
    return Annotation(doc, (), (s1, s2, s3, s4), ())


def madrid_article() -> Annotation:
    """Spain pulls its soldiers out of Iraq: a RETREAT event, no statement."""
    text = "Spain's prime minister pulled Spain's soldiers out of Iraq in April."
    doc = _doc("doc-madrid", text, None, "2004-05-02")
    event = _event(
        doc,
        "ev-spain-retreat",
        "RETREAT",
        "pulled",
        text,
        SPAIN_PM,
        SPAIN,
        mode="military",
        date="2004-04-18",
    )
    return Annotation(doc, (), (), (event,))


def warsaw_articles() -> list[Annotation]:
    """Poland sends troops in 2004, then refuses more in 2005: a stance that changes."""
    first_text = "Poland will send troops to Iraq to help the coalition."
    first = _doc("doc-warsaw-1", first_text, "Warsaw sends troops", "2004-03-01")
    second_text = "Poland rejected calls to keep its troops in Iraq."
    second = _doc("doc-warsaw-2", second_text, "Warsaw says enough", "2005-02-10")
    return [
        Annotation(
            first,
            (),
            (),
            (
                _event(
                    first,
                    "ev-poland-aid",
                    "AID",
                    "send",
                    first_text,
                    POLAND,
                    IRAQ,
                    mode="military",
                    modality="future",
                    date="2004-03-01",
                ),
            ),
        ),
        Annotation(
            second,
            (),
            (),
            (
                _event(
                    second,
                    "ev-poland-reject",
                    "REJECT",
                    "rejected",
                    second_text,
                    POLAND,
                    USA,
                    date="2005-02-09",
                ),
            ),
        ),
    ]


def other_article() -> Annotation:
    """Unrelated talk about Iran, a consultation and an accusation (for network, timeline)."""
    text = (
        "Kerry met the Qatari emir. Kerry said talks with Iran were the only way. "
        "NATO accused Iraq."
    )
    doc = _doc("doc-other", text, "<b>Kerry</b> & Iran", "2010-02-01")
    s1 = _statement(
        doc,
        "st-kerry-iran",
        "talks with Iran were the only way",
        "Kerry said talks with Iran were the only way.",
        KERRY,
        kind="indirect",
    )
    qatar = Actor("Hamad bin Khalifa al-Thani", "person", "the Qatari emir", "QAT", "GOV")
    events = (
        _event(doc, "ev-kerry-meet", "CONSULT", "met", "Kerry met the Qatari emir.", KERRY, qatar),
        _event(
            doc,
            "ev-kerry-meet-2",
            "CONSULT",
            "met",
            "Kerry met the Qatari emir again.",
            KERRY,
            qatar,
            date="2010-02-03",
        ),
        _event(doc, "ev-nato-accuse", "ACCUSE", "accused", "NATO accused Iraq.", NATO, IRAQ),
    )
    return Annotation(doc, (), (s1,), events)


def with_claims(annotation: Annotation) -> Annotation:
    """The annotation with the claims its hand-made statements and events carry."""
    from cablegram import nlp
    from cablegram.claims.backfill import claims_from_records

    claims = claims_from_records(nlp.load(), annotation.statements, annotation.events)
    return replace(annotation, claims=tuple(claims))


def all_articles() -> list[Annotation]:
    return [
        with_claims(a)
        for a in (
            paris_article(),
            berlin_article(),
            madrid_article(),
            *warsaw_articles(),
            other_article(),
        )
    ]


def country_rows(result: StanceResult) -> dict[str, str]:
    """A stance result's country rows as {ISO3: stance}."""
    return {r.country or "": r.stance for r in result.countries}


# A test module's stories: (title, text), all dated the same day; and the conftest factory
# that opens a store of them (``story_store(name, stories, date=...)``).
Stories = Sequence[tuple[str, str]]
StoryStore = Callable[..., AbstractContextManager[cg.CablegramStore]]
