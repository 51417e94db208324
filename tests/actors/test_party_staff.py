"""Round 11 (i92): staff of a campaign or a party work in party politics (PTY), not in a
government (GOV), whatever their staff title's usual sector."""

from __future__ import annotations

from tests.actors.conftest import Records


def _role(records: Records, text: str, name: str) -> tuple[str | None, str | None]:
    found = [r for r in records(text) if r.name == name]
    assert found, [r.name for r in records(text)]
    return found[0].role, found[0].code


def test_adviser_to_a_campaign_is_party_staff(actor_records: Records) -> None:
    text = "Gina Holt, a senior adviser to the Warren campaign, said turnout would decide it."
    assert _role(actor_records, text, "Gina Holt")[0] == "PTY"


def test_campaigns_press_secretary_is_party_staff(actor_records: Records) -> None:
    text = "Tom Reyes, the campaign's press secretary, said the rally would go ahead."
    assert _role(actor_records, text, "Tom Reyes")[0] == "PTY"


def test_party_chairman_is_party_staff(actor_records: Records) -> None:
    text = "Iowa Republican Party Chairman Dale Weeks said the caucus rules would not change."
    assert _role(actor_records, text, "Dale Weeks") == ("PTY", "USAPTY")


def test_strategist_with_a_party_label_is_party_staff(actor_records: Records) -> None:
    text = "Veteran Democratic strategist Ann Colby said the ads had worked."
    assert _role(actor_records, text, "Ann Colby")[0] == "PTY"


def test_government_spokesman_stays_government(actor_records: Records) -> None:
    # Non-member: the phrase names a government side.
    text = "White House spokesman Karl Brandt said the president would sign the campaign bill."
    assert _role(actor_records, text, "Karl Brandt")[0] == "GOV"


def test_party_aide_without_campaign_or_party_word_keeps_its_title_role(
    actor_records: Records,
) -> None:
    # Non-member: "a Democratic aide" may be a congressional aide; the text does not say.
    text = "Pia Lund, a former Democratic aide, said the bill would pass."
    assert _role(actor_records, text, "Pia Lund")[0] != "PTY"


def test_senator_chairing_a_campaign_stays_a_legislator(actor_records: Records) -> None:
    text = "Sen. Ray Dolan, the campaign's co-chairman, said the polls were wrong."
    assert _role(actor_records, text, "Ray Dolan")[0] == "LEG"
