"""Round 11 (i92): a title naming an international body is that body's, not the story's
state; a place after "on" is an office's subject, not its holder's home; a country's name
standing alone is the surname of a person named in full before it."""

from __future__ import annotations

from tests.actors.conftest import Records

_TURKEY = (
    "ISTANBUL (Reuters) - Turkey's cabinet defended the arrests on Friday. Turkish ministers "
    "said the courts acted alone. "
)


def _person(records: Records, text: str, name: str) -> tuple[str | None, str | None]:
    found = [r for r in records(text) if r.name == name]
    assert found, [r.name for r in records(text)]
    return found[0].country, found[0].code


def test_body_legislator_keeps_the_bodys_code_not_the_storys_country(
    actor_records: Records,
) -> None:
    text = _TURKEY + "European Parliament President Lena Marsh said the detentions were wrong."
    assert _person(actor_records, text, "Lena Marsh") == (None, "IGOEUREEC")


def test_national_legislator_in_the_same_story_keeps_the_story_default(
    actor_records: Records,
) -> None:
    # Non-member: a lawmaker of no named body still serves the state the story is about.
    text = _TURKEY + "Turkish lawmaker Kemal Dogan said the detentions were lawful."
    assert _person(actor_records, text, "Kemal Dogan")[0] == "TUR"


def test_place_after_on_is_the_office_subject(actor_records: Records) -> None:
    text = "The ceasefire will not hold, said Paul Brand, an analyst on Iran at a London bank."
    assert _person(actor_records, text, "Paul Brand")[0] == "GBR"


def test_place_after_in_stays_a_home(actor_records: Records) -> None:
    text = "The harvest was poor, said Ali Reza, a farmer in Iran."
    assert _person(actor_records, text, "Ali Reza")[0] == "IRN"


def test_bare_country_stays_the_state_when_the_text_names_it_otherwise(
    actor_records: Records,
) -> None:
    text = (
        "Chilean President Gabriel Boric met fund manager Carla Chile in Santiago. Chile said "
        "it would raise taxes."
    )
    names = {r.name for r in actor_records(text)}
    assert "Chile" in names


def test_country_possessive_stays_the_state(actor_records: Records) -> None:
    text = "Fund manager Carla Chile praised the plan. Chile's government said it would help."
    records = actor_records(text)
    assert any(r.kind == "state" and r.country == "CHL" for r in records)


def _country(records: Records, text: str, name: str) -> str | None:
    found = [r for r in records(text) if r.name == name]
    assert found, [r.name for r in records(text)]
    return found[0].country


def test_capital_inside_a_body_name_is_no_country(actor_records: Records) -> None:
    text = "A survey by Kingston University found that commuters sleep less than before."
    assert _country(actor_records, text, "Kingston University") is None


def test_capital_inside_a_name_gives_no_country_to_its_staff(actor_records: Records) -> None:
    text = "Victoria University lecturer Tom Pike said the tariffs would hurt farmers."
    assert _country(actor_records, text, "Tom Pike") is None


def test_capital_inside_a_name_keeps_the_country_the_text_names(actor_records: Records) -> None:
    # Non-member: the text names Jamaica, so Kingston College is Jamaican.
    text = "Students of Kingston College marched on Sunday. Jamaica's police dispersed them."
    assert _country(actor_records, text, "Kingston College") == "JAM"


def test_capital_alone_still_names_its_state(actor_records: Records) -> None:
    text = "Ottawa said on Tuesday it would raise tariffs on steel."
    assert any(r.country == "CAN" for r in actor_records(text))


def test_party_member_of_a_body_of_no_state_takes_the_partys_home(
    actor_records: Records,
) -> None:
    # The body gives no country (see above), but the party label in a British story does.
    text = (
        'LONDON - Britain\'s government defended the deal on Monday. "It is a bad deal," '
        "said Lena Marsh, a Labour member of the European Parliament."
    )
    assert _person(actor_records, text, "Lena Marsh") == ("GBR", "GBRLEG")
