"""Moved to :mod:`cablegram.gazetteer.dictionary` (shared by ingest and annotate). This alias
keeps imports written before the move working while other branches merge; new code imports
the gazetteer, and ingest must never import this module (``tests/ingest/test_stage_boundary``).
"""

from cablegram.gazetteer.dictionary import (
    ActorDictionary,
    DictionaryError,
    Entry,
    Office,
    Title,
    key,
    load_dictionary,
)

__all__ = [
    "ActorDictionary",
    "DictionaryError",
    "Entry",
    "Office",
    "Title",
    "key",
    "load_dictionary",
]
