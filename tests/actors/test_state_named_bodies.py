"""Round 14 (i139): a body whose name holds a country's name that is as well a US state's
("Georgia Power", "the University of Georgia") takes no country from it unless the text names
the country or marks the state; a title owned by a university or company is no government's."""

from __future__ import annotations

import pytest
from tests.actors.conftest import Records


def _found(records: Records, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {r.name: (r.role, r.country) for r in records(text)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Peachtree Gas said on Monday that Georgia Power would raise its rates.",
            ["Georgia Power"],
        ),
        (
            "Dr. Lena Ruiz of the University of Georgia said the survey was sound.",
            ["University of Georgia"],
        ),
        (
            "Omar Pike, a nurse at Northeast Georgia Regional Clinic, said the ward was full.",
            ["Northeast Georgia Regional Clinic", "Omar Pike"],
        ),
    ],
)
def test_us_state_named_body_takes_no_foreign_country(
    actor_records: Records, text: str, names: list[str]
) -> None:
    found = _found(actor_records, text)
    for name in names:
        assert found[name][1] is None, (name, found)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Near misses: the country named outside the body's name, or the state marked.
        (
            "Georgian officials in Tbilisi said the Georgia Railway company would be sold.",
            "Georgia Railway",
            "GEO",
        ),
        ("Georgia Gov. Brian Kemp said Georgia Power would cut its rates.", "Georgia Power", "USA"),
    ],
)
def test_named_country_or_marked_state_keeps_a_country(
    actor_records: Records, text: str, name: str, country: str
) -> None:
    assert _found(actor_records, text)[name][1] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Seoul Tech University's president Lee Sora said the school would grow.",
            "Lee Sora",
        ),
        ("Ravel Steel Company's president Tom Hardy said the plant would close.", "Tom Hardy"),
    ],
)
def test_title_owned_by_private_body_is_not_gov(
    actor_records: Records, text: str, name: str
) -> None:
    role = _found(actor_records, text)[name][0]
    assert role != "GOV"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a state's president, and a university as a place, not the owner.
        ("France's president Emmanuel Macron said the talks had failed.", "Emmanuel Macron"),
        (
            "President Lee Jae-myung spoke at Seoul Tech University on Friday, aides said.",
            "Lee Jae-myung",
        ),
    ],
)
def test_state_titles_stay_gov(actor_records: Records, text: str, name: str) -> None:
    assert _found(actor_records, text)[name][0] == "GOV"
