"""The one function every runner calls: cleaned documents in, annotated records out.

Pure with respect to storage: it reads no files and touches no database, so the CLI, the
Python API, the process pool and Dask workers all run exactly this.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from cablegram import nlp as nlp_stage
from cablegram import windows
from cablegram.actors.resolve import DocumentActors
from cablegram.claims import extract_claims
from cablegram.events import code_events, estimate_document_date
from cablegram.events.statement_dates import date_statements
from cablegram.gazetteer.dictionary import ActorDictionary, load_dictionary
from cablegram.ingest.parserview import as_written, parser_view
from cablegram.records import Annotation, Document
from cablegram.statements.extract import extract_statements


def annotate_parsed(
    document: Document, parsed: Doc, dictionary: ActorDictionary | None = None
) -> Annotation:
    """Annotate one document whose text has already been parsed."""
    document = with_estimated_date(document)
    actors = DocumentActors(parsed, dictionary or load_dictionary(), document.doc_id, document.date)
    statements = extract_statements(parsed, actors, document.doc_id)
    statements = date_statements(statements, parsed, document)
    events = code_events(parsed, document, actors.lookup, statements)
    # Actor records last: resolving speakers and sources adds mentions ("he") to the actors.
    annotation = Annotation(
        document=document,
        actors=actors.records(),
        statements=tuple(statements),
        events=tuple(events),
        claims=tuple(extract_claims(parsed, statements, events)),
    )
    return as_written(annotation, parsed.text)


def with_estimated_date(document: Document) -> Document:
    """An undated document gets a date estimated from its own time references, marked so."""
    if document.date is not None:
        return document
    estimate = estimate_document_date(document.text)
    if estimate is None:
        return document
    return replace(
        document,
        date=estimate.date,
        date_source="text",
        date_range=(estimate.range_start, estimate.range_end),
        date_confidence=estimate.confidence,
    )


@dataclass(frozen=True, slots=True)
class Annotator:
    """A loaded model and actor dictionary, annotating documents in batches."""

    nlp: Language
    dictionary: ActorDictionary
    batch_size: int = nlp_stage.BATCH_SIZE

    @classmethod
    def load(cls, model: str | None = None, actors_file: str | None = None) -> Annotator:
        return cls(nlp_stage.load(model), load_dictionary(actors_file))

    def annotate(self, documents: Iterable[Document]) -> Iterator[Annotation]:
        """Annotate documents in order; nlp.pipe keeps each parse beside its document."""
        for parsed, document in self.parse(documents):
            yield annotate_parsed(document, parsed, self.dictionary)

    def parse(self, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document]]:
        """Each document's parse, in order: short ones batched through ``nlp.pipe``, long
        ones (over :data:`cablegram.windows.WINDOW_CHARS`) alone, in windows of paragraphs."""
        short: list[Document] = []
        for document in documents:
            if len(document.text) <= windows.WINDOW_CHARS:
                short.append(document)
                if len(short) < self.batch_size:
                    continue
            yield from self._pipe(short)
            short = []
            if len(document.text) > windows.WINDOW_CHARS:
                yield windows.parse(self.nlp, parser_view(document.text)), document
        yield from self._pipe(short)

    def _pipe(self, documents: list[Document]) -> Iterator[tuple[Doc, Document]]:
        # The parser reads a same-length view of the text (apostrophe look-alikes and
        # editorial brackets evened out), so every offset still points into ``d.text``.
        pairs = ((parser_view(d.text), d) for d in documents)
        yield from self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size)
