"""When a statement was made: only a time told of the speech itself dates it (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from cablegram import api


def _dates(text: str) -> list[tuple[str | None, str | None]]:
    annotation = api.extract(text, "2023-07-08")
    return [(s.date, s.date_precision) for s in annotation.statements]


def test_a_time_on_the_cue_dates_the_statement() -> None:
    assert _dates(
        "Marta Sol told parliament in February 2005 that Valdavia would not send troops."
    ) == [("2005-02-01", "month")]


@pytest.mark.parametrize(
    "text",
    [
        # a time inside a clause on the speaker dates that clause, not the speech
        "At the rally, Ivo Marek, who lost the May 2019 election to Lind, announced plans to "
        "collect a million signatures.",
        # a time that starts a stay ("since ...") dates no act
        "The interim government insists that it may sign accords with any country, noting that "
        "foreign forces have been in the country since 2013.",
    ],
)
def test_a_time_in_another_clause_or_a_since_leaves_the_document_date(text: str) -> None:
    assert _dates(text)
    assert all(date == "2023-07-08" for date, _ in _dates(text))
