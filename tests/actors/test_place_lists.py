"""Towns and areas the text names in lists, with an Arabic article or before a base's noun are
places, not persons or bodies (issue 12's junk rows): sentences written for the test, with
near misses that name people."""

from __future__ import annotations

from tests.actors.conftest import Records


def _names(records: Records, text: str) -> set[str]:
    return {m.text for r in records(text) for m in r.mentions}


def test_names_listed_after_a_plural_place_noun_are_places(actor_records: Records) -> None:
    names = _names(
        actor_records,
        "Shelling hit the provinces of Qalbiya and Sarmeen on Friday, a monitor said, and "
        "families fled the villages of Kafr Daris, Umm Jalal and Tel Houran.",
    )
    assert not names & {"Qalbiya", "Sarmeen", "Kafr Daris", "Umm Jalal", "Tel Houran"}


def test_a_name_with_an_arabic_article_after_a_place_noun_is_a_place(
    actor_records: Records,
) -> None:
    names = _names(
        actor_records,
        "The army was preparing to advance toward the city of al-Hasakah, a monitor said. The "
        "army was a few kilometres from the borders of al-Hasakah. Rebels captured the "
        "al-Dumayr airbase in 2014.",
    )
    assert not names & {"al-Hasakah", "al-Dumayr"}


def test_people_listed_after_other_nouns_stay_people(actor_records: Records) -> None:
    names = _names(
        actor_records,
        "The lawyers of Hassan Kamal and Omar Sweid said the trial was unfair. Kamal told "
        "reporters in the town of al-Bab that he would appeal.",
    )
    assert {"Hassan Kamal", "Omar Sweid"} <= names


def test_groups_listed_after_areas_of_stay_actors(actor_records: Records) -> None:
    # "the areas of X and Y" are often the areas X and Y hold: owners, not places.
    records = actor_records(
        "Government forces shelled the areas of Liwa al-Haqq and Jund al-Aqsa near Hama on "
        "Sunday. Liwa al-Haqq said it had repelled the attack."
    )
    assert any(m.text == "Liwa al-Haqq" for r in records for m in r.mentions)
    assert not any(r.name in ("Haqq", "Aqsa") for r in records)
