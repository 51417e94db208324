"""Round 14 review (f14a) of g17a's ``state_institution``: a court or election commission
named alone takes the story's country only when nothing says it is another state's: not when
its sentence names another state, nor when the text names that body as another state's
("the Supreme Court of India")."""

from __future__ import annotations

import pytest
from tests.actors.conftest import Records


def _countries(records: Records, text: str) -> dict[str, str | None]:
    return {r.name: r.country for r in records(text)}


@pytest.mark.parametrize(
    ("text", "name", "story"),
    [
        (
            "Lawmakers in Washington passed the bill on Tuesday, U.S. officials said. "
            "In Argentina, the Supreme Court froze the assets of a former governor.",
            "Supreme Court",
            "USA",
        ),
        (
            "Officials in Ottawa said Canada would appeal the tariff. On Monday the Supreme "
            "Court of India upheld a ban, Indian media reported. The Supreme Court said the ban "
            "was lawful.",
            "Supreme Court",
            "CAN",
        ),
    ],
)
def test_another_states_body_takes_no_story_country(
    actor_records: Records, text: str, name: str, story: str
) -> None:
    assert _countries(actor_records, text).get(name) != story


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Near misses: the story's own body, with only its own state named.
        (
            "Thai officials in Bangkok said the Constitutional Court would rule on the case "
            "next week. Thailand's cabinet met on Monday.",
            "Constitutional Court",
            "THA",
        ),
        (
            "Kenyan officials in Nairobi said the Supreme Court would hear the petition. "
            "Kenya's cabinet backed the move.",
            "Supreme Court",
            "KEN",
        ),
    ],
)
def test_the_story_states_own_body_keeps_its_country(
    actor_records: Records, text: str, name: str, country: str
) -> None:
    assert _countries(actor_records, text)[name] == country
