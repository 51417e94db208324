"""Round 14 (i139): a civil title that ends in a military rank word is not a general
("Secretary-General", "Director-General", "Postmaster General"), whether the tokenizer splits
it at a hyphen or not; the ranks themselves ("Lieutenant-General", "General") stay MIL."""

from __future__ import annotations

import pytest
from tests.actors.conftest import Records


def _role(records: Records, text: str, name: str) -> tuple[str | None, str | None]:
    found = [r for r in records(text) if r.name.endswith(name)]
    assert found, [r.name for r in records(text)]
    return found[0].role, found[0].title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The party's Secretary-General Omar Haddad told the rally it had won.",
            "Omar Haddad",
            "secretary general",
        ),
        (
            "Director-General Hana Morel of the agency said the program would end.",
            "Hana Morel",
            "director-general",
        ),
        (
            "Registrar-General Femi Ade said the birth records had been lost.",
            "Femi Ade",
            "registrar-general",
        ),
    ],
)
def test_hyphenated_civil_general_is_no_soldier(
    actor_records: Records, text: str, name: str, title: str
) -> None:
    role, found = _role(actor_records, text, name)
    assert role != "MIL"
    assert found == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Governor-General Neil Ashby signed the bill into law on Friday.", "Neil Ashby"),
        ("Postmaster General Ed Quinn said deliveries were running late.", "Ed Quinn"),
    ],
)
def test_civil_general_of_government_is_gov(actor_records: Records, text: str, name: str) -> None:
    assert _role(actor_records, text, name)[0] == "GOV"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # Near misses: the ranks themselves stay military.
        (
            "Lieutenant-General Ivo Tal said the unit had withdrawn.",
            "Ivo Tal",
            "lieutenant general",
        ),
        ("General Paul Vance said the troops would stay in the north.", "Paul Vance", "general"),
    ],
)
def test_military_ranks_stay_mil(actor_records: Records, text: str, name: str, title: str) -> None:
    assert _role(actor_records, text, name) == ("MIL", title)
