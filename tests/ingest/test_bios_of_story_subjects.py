"""Round 14 review (f14a) of g17a's bare-title bios: a closing "X is Senior Editor at Y."
about a person the story itself names is news about its subject, not the author's bio; the
author named only in a byline keeps the bio reading. Pages written for the test."""

from __future__ import annotations

import pytest

from cablegram.ingest.rules import RuleContext, apply_rules, author_bios

CTX = RuleContext()
NEWS = [
    "Police in the port city detained a newspaper editor on Sunday after his paper printed "
    "a report on fuel shortages, his lawyer said.",
    "Karim Haddad was taken from his home before dawn, the lawyer said, and press groups "
    "called for his release.",
    "The interior ministry did not answer a request for comment.",
]


@pytest.mark.parametrize(
    "closing",
    [
        "Karim Haddad is Senior Editor at the Coastal Herald.",
        "Karim Haddad is Managing Editor of the Coastal Herald.",
        "Karim Haddad is a columnist for the Coastal Herald.",
    ],
)
def test_a_closing_line_on_the_storys_subject_is_kept(closing: str) -> None:
    found = author_bios([*NEWS, closing], CTX)
    assert found.removed == {}
    assert found.authors == ()


def test_the_author_named_only_in_the_byline_keeps_the_bio() -> None:
    # Near miss: the byline names the author; the body does not.
    page = ["By Lina Farouk", *NEWS, "Lina Farouk is Senior Editor at the Coastal Herald."]
    cleaned = apply_rules(page, CTX)
    assert [text for _, text in cleaned.kept] == NEWS
    assert cleaned.authors == ("Lina Farouk",)
