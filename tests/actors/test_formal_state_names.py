"""A state's formal name of several words is read whole, longest first (issue 12: a person
titled "of the Democratic People's Republic of Korea" given South Korea, whose own formal
name "Republic of Korea" sits inside it). Sentences written for the test, with near misses
where the shorter formal name stands alone."""

from __future__ import annotations

from tests.actors.conftest import Records


def _countries(records: Records, text: str) -> dict[str, str | None]:
    return {r.name: r.country for r in records(text)}


def test_north_koreas_formal_name_is_not_south_korea(actor_records: Records) -> None:
    found = _countries(
        actor_records,
        "The first vice-chairman of the Supreme Council of the Democratic People's Republic "
        "of Korea Pak Myong-chol said on Monday that the talks had failed.",
    )
    assert "KOR" not in found.values()
    assert "PRK" in found.values()


def test_laos_formal_name_with_a_possessive_is_laos(actor_records: Records) -> None:
    found = _countries(
        actor_records,
        "The trade committee of the Lao People's Democratic Republic said on Tuesday that "
        "the dam would open next year.",
    )
    assert "LAO" in found.values()


def test_south_koreas_own_formal_name_stays_south_korea(actor_records: Records) -> None:
    found = _countries(
        actor_records,
        "The defense committee of the Republic of Korea said on Monday that the drills would "
        "go ahead.",
    )
    assert "KOR" in found.values()
    assert "PRK" not in found.values()


def test_chinas_formal_name_is_china_not_taiwan(actor_records: Records) -> None:
    found = _countries(
        actor_records,
        "The trade committee of the People's Republic of China said on Friday that the "
        "tariffs were unfair.",
    )
    assert "TWN" not in found.values()
    assert "CHN" in found.values()
