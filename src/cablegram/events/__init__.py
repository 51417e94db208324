"""Events: who did what to whom, coded in PLOVER, with negation, modality, dates and dedup."""

from cablegram.events.across_articles import Citation, MergedEvent, event_key, merge_events
from cablegram.events.coder import ActorLookup, code_events
from cablegram.events.dates import resolve_expression
from cablegram.events.docdate import DateEstimate, estimate_document_date
from cablegram.events.patterns import PatternTable, load_patterns

__all__ = [
    "ActorLookup",
    "Citation",
    "DateEstimate",
    "MergedEvent",
    "PatternTable",
    "code_events",
    "estimate_document_date",
    "event_key",
    "load_patterns",
    "merge_events",
    "resolve_expression",
]
