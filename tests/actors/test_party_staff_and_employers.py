"""Round 11 (i92): staff of a campaign or a party work in party politics (PTY), not in a
government (GOV), whatever their staff title's usual sector; a campaign that speaks is of its
owner's country ("her campaign"); a job at a body of the text gives its country."""

from __future__ import annotations

from spacy.language import Language
from tests.actors.conftest import Records

from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary


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


def _speaker_country(pipeline: Language, text: str, word: str, nth: int = 0) -> str | None:
    parsed = pipeline(text)
    actors = DocumentActors(parsed, load_dictionary(), "doc", None)
    token = [t for t in parsed if t.text == word][nth]
    found = actors.speaker(token)
    return found.country if found is not None else None


def test_campaign_owned_by_a_possessive_pronoun_takes_its_owners_country(
    pipeline: Language,
) -> None:
    text = "Mexican senator Ana Ruiz toured a plant in Sonora. Her campaign said it went well."
    assert _speaker_country(pipeline, text, "campaign") == "MEX"


def test_the_campaign_is_the_one_named_before(pipeline: Language) -> None:
    text = (
        "Mexican senator Ana Ruiz toured a plant in Sonora. Ruiz's campaign bought new ads. "
        "The campaign said the ads would run for a week."
    )
    assert _speaker_country(pipeline, text, "campaign", 1) == "MEX"


def test_the_campaign_with_no_campaign_before_gives_no_country(pipeline: Language) -> None:
    # Non-member: "the campaign" of nobody the text named.
    text = "Mexican senator Ana Ruiz toured a plant in Sonora. The campaign said it went well."
    assert _speaker_country(pipeline, text, "campaign") is None


def test_a_persons_office_speaks_with_the_persons_country(pipeline: Language) -> None:
    text = "Mexican senator Ana Ruiz toured a plant in Sonora. Ruiz's office said it went well."
    assert _speaker_country(pipeline, text, "office") == "MEX"


def test_an_office_of_a_title_gives_no_country(pipeline: Language) -> None:
    # Non-member: "the medical examiner's office" is owned by no person of the text.
    text = "The county medical examiner's office said the death was a homicide."
    assert _speaker_country(pipeline, text, "office") is None


def test_a_job_at_an_organisation_with_a_country_gives_it(actor_records: Records) -> None:
    # employer_body: the institute's country comes from the story, not the dictionary.
    text = (
        "LONDON - The National Institute of Labour Studies said on Monday that wages fell. "
        '"Pay is stuck," said Ruth Gale, a senior fellow at the National Institute of '
        "Labour Studies. Britain's Treasury declined to comment."
    )
    records = {r.name: r.country for r in actor_records(text)}
    assert records.get("National Institute of Labour Studies") == "GBR"
    assert records.get("Ruth Gale") == "GBR"


def test_a_protester_at_an_organisation_takes_no_country_from_it(
    actor_records: Records,
) -> None:
    # Non-member: a protester's place is no employer.
    text = (
        "LONDON - The National Institute of Labour Studies said on Monday that wages fell. "
        '"Pay is stuck," said Ruth Gale, a protester at the National Institute of '
        "Labour Studies. Britain's Treasury declined to comment."
    )
    records = {r.name: r.country for r in actor_records(text)}
    assert records.get("Ruth Gale") is None
