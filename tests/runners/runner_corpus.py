"""Small synthetic corpora for the runner tests: short articles with quotes, as JSONL."""

from __future__ import annotations

import json
from pathlib import Path

# One city per article: a first line that differed only in its number would recur across a
# whole corpus and be site furniture to the boilerplate index.
CITIES = (
    "Vienna", "Geneva", "Oslo", "Doha", "Nairobi", "Lima", "Hanoi", "Accra", "Riga",
    "Quito", "Tunis", "Dakar",
)  # fmt: skip
SPEAKERS = ("John Kerry", "Angela Merkel", "Laurent Fabius", "Sergei Lavrov")
CLAIMS = (
    "the talks would resume next week in Geneva",
    "sanctions against Iran must remain in place",
    "France was ready to send more troops to the region",
    "the agreement was a step toward peace",
)


def article(i: int) -> str:
    """A short article, distinct for every ``i``, with a direct and an indirect quote."""
    speaker = SPEAKERS[i % len(SPEAKERS)]
    other = SPEAKERS[(i + 1) % len(SPEAKERS)]
    claim = CLAIMS[i % len(CLAIMS)]
    return (
        f"Diplomats met in {CITIES[i % len(CITIES)]} on day {i} of the conference.\n\n"
        f"“{claim[0].upper()}{claim[1:]},” {speaker} said on Tuesday.\n\n"
        f"{other} told reporters that talks number {i} had gone well."
    )


def write_corpus(path: Path, n: int, start: int = 0) -> Path:
    """``n`` articles as JSONL (one per line), numbered from ``start``."""
    with path.open("w", encoding="utf-8") as handle:
        for i in range(start, start + n):
            record = {"title": f"Report {i}", "date": "2013-05-01", "text": article(i)}
            handle.write(json.dumps(record) + "\n")
    return path


# A wire story long enough for near-duplicate detection, and its republication elsewhere.
WIRE_STORY = (
    "Secretary of State John Kerry arrived in Geneva on Thursday for a new round of talks "
    "on the Iranian nuclear programme, officials said. "
    "“We are not going to make a bad deal,” Kerry told reporters at the airport, adding "
    "that the United States and its partners remained united on the core questions.\n\n"
    "Iran's foreign minister, Mohammad Javad Zarif, said his country was ready to work "
    "toward an agreement but would not give up its right to enrich uranium. "
    "Diplomats from Britain, China, France, Germany and Russia joined the meeting, which "
    "was expected to last at least two days.\n\n"
    "The previous round ended without agreement after France raised objections to the "
    "draft text, according to two Western diplomats who spoke on condition of anonymity."
)
# An aggregator's copy: the same article, quotes restyled, one sentence of its own added.
SYNDICATED_COPY = (
    WIRE_STORY.replace("“", '"').replace("”", '"')
    + "\n\nGermany's foreign minister told reporters that Berlin would not accept delays."
)
# Another article: the same frame with another man in it (Jaccard about 0.7).
EDITED_STORY = WIRE_STORY.replace("John Kerry", "Antony Blinken").replace("Kerry", "Blinken")
