"""The dedup stage: one event per act within a document, one event per act across articles.

Its two jobs live in their own modules:

- :mod:`cablegram.events.within_document`: :func:`one_per_act`, the tellings of one act in
  one article merged (who counts as the doer's own side: :mod:`cablegram.events.sides`);
- :mod:`cablegram.events.across_articles`: :func:`merge_events`, reports of one event from
  several articles grouped, citing every report.

This module keeps the names callers import from the stage.
"""

from __future__ import annotations

from cablegram.events.across_articles import (
    MAX_DAYS_APART,
    MIN_JACCARD,
    Citation,
    EventKey,
    MergedEvent,
    content_words,
    dates_compatible,
    day_dated,
    event_key,
    jaccard,
    merge_events,
    same_event,
    similar_wording,
)
from cablegram.events.sides import STATE_ROLES, another_act, same_side, spokesman_retelling
from cablegram.events.within_document import dates_agree, one_per_act

__all__ = [
    "MAX_DAYS_APART",
    "MIN_JACCARD",
    "STATE_ROLES",
    "Citation",
    "EventKey",
    "MergedEvent",
    "another_act",
    "content_words",
    "dates_agree",
    "dates_compatible",
    "day_dated",
    "event_key",
    "jaccard",
    "merge_events",
    "one_per_act",
    "same_event",
    "same_side",
    "similar_wording",
    "spokesman_retelling",
]
