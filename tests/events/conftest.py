"""Fixtures for the event tests: the spaCy model (loaded once) and a stand-in actor lookup.

The stand-in is test scaffolding: a small dictionary of names, demonyms and capitals found
anywhere in the noun phrase. Live code takes the project's actor lookup as a parameter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from spacy.language import Language
from spacy.tokens import Span

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.events import code_events
from cablegram.events.coder import TriggerTrace, explain
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.pipeline import annotate_parsed
from cablegram.records import Actor, Annotation, Document, Event, Statement, document_id

STATES = {
    "france": "FRA", "french": "FRA", "paris": "FRA", "germany": "DEU", "german": "DEU",
    "berlin": "DEU", "spain": "ESP", "spanish": "ESP", "italy": "ITA", "italian": "ITA",
    "japan": "JPN", "japanese": "JPN", "china": "CHN", "chinese": "CHN", "beijing": "CHN",
    "brazil": "BRA", "argentina": "ARG", "egypt": "EGY", "egyptian": "EGY", "kenya": "KEN",
    "uganda": "UGA", "norway": "NOR", "sudan": "SDN", "russia": "RUS", "georgia": "GEO",
    "canada": "CAN", "venezuela": "VEN", "sweden": "SWE", "iran": "IRN", "chile": "CHL",
    "bolivian": "BOL", "turkey": "TUR", "armenia": "ARM", "greek": "GRC", "belarus": "BLR",
    "india": "IND", "pakistan": "PAK", "syrian": "SYR", "iraq": "IRQ", "kuwait": "KWT",
    "libya": "LBY", "portugal": "PRT", "angolan": "AGO", "nepal": "NPL", "poland": "POL",
    "greece": "GRC", "turkish": "TUR", "dutch": "NLD", "mali": "MLI", "austria": "AUT",
    "qatar": "QAT", "qatari": "QAT", "finland": "FIN", "estonia": "EST",
}  # fmt: skip
ORGS = {"nato": "NATO", "european union": "EU", "un": "UN"}


def standin_lookup(span: Span) -> Sequence[Actor]:
    """Every state or organisation named in the phrase, in order (test scaffolding)."""
    words = [t.lower_ for t in span]
    found: list[Actor] = []
    i = 0
    while i < len(words):
        two = " ".join(words[i : i + 2])
        if two in ORGS:
            found.append(Actor(ORGS[two], "organization", span[i : i + 2].text, None, "IGO"))
            i += 2
            continue
        word = words[i]
        if word in ORGS:
            found.append(Actor(ORGS[word], "organization", span[i].text, None, "IGO"))
        elif word in STATES and not any(a.country == STATES[word] for a in found):
            code = STATES[word]
            found.append(Actor(code, "state", span[i].text, code, "GOV"))
        i += 1
    return found


def strict_lookup(span: Span) -> Sequence[Actor]:
    """Names a state only when the phrase's head word is its name or demonym, as a resolver
    that cannot place "warships" or "thousands" would (test scaffolding)."""
    code = STATES.get(span.root.lower_)
    return [Actor(code, "state", span.text, code, "GOV")] if code else []


CodeFn = Callable[..., list[Event]]


@pytest.fixture(scope="session")
def events_nlp() -> Language:
    return nlp_stage.load()


@pytest.fixture(scope="session")
def code(events_nlp: Language) -> CodeFn:
    """Code the events of a text: ``code(text, date=None, statements=())``."""

    def run(
        text: str, date: str | None = None, statements: Sequence[Statement] = ()
    ) -> list[Event]:
        document = Document(doc_id=document_id(text), source_path="test.txt", text=text, date=date)
        return code_events(events_nlp(text), document, standin_lookup, statements)

    return run


@pytest.fixture(scope="session")
def strict_code(events_nlp: Language) -> CodeFn:
    """Like ``code``, with the strict head-word lookup."""

    def run(text: str) -> list[Event]:
        document = Document(doc_id=document_id(text), source_path="test.txt", text=text)
        return code_events(events_nlp(text), document, strict_lookup)

    return run


@pytest.fixture(scope="session")
def traced(events_nlp: Language) -> Callable[[str], list[TriggerTrace]]:
    """What became of each governing trigger of a text (``explain`` with the stand-in)."""

    def run(text: str) -> list[TriggerTrace]:
        document = Document(doc_id=document_id(text), source_path="test.txt", text=text)
        return explain(events_nlp(text), document, standin_lookup)

    return run


@pytest.fixture(scope="session")
def annotate(events_nlp: Language) -> Callable[[str], Annotation]:
    """The whole annotation of a text (actors, statements, events), with the real lookup."""

    def run(text: str) -> Annotation:
        doc = Document(doc_id=document_id(text), source_path="test.txt", text=text)
        return annotate_parsed(doc, events_nlp(text))

    return run


@pytest.fixture(scope="session")
def resolved(events_nlp: Language) -> Callable[[str], list[Event]]:
    """Code a text with the project's document actor resolver as the lookup."""
    dictionary = load_dictionary()

    def run(text: str) -> list[Event]:
        parsed = events_nlp(text)
        document = Document(doc_id=document_id(text), source_path="test.txt", text=text)
        actors = DocumentActors(parsed, dictionary, document.doc_id)
        return code_events(parsed, document, actors.lookup)

    return run
