"""Countries for speakers from national office titles that name no country, from speaker
phrases the resolver makes no actor of ("the Trump campaign", "the GOP nominee"), and from a
surname the recogniser took for an organisation as a modifier. Sentences written for the test,
with the cases where no country must be given."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary
from cablegram.records import Actor


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def speaker(nlp: Language, text: str, word: str, nth: int = 0) -> Actor | None:
    parsed = nlp(text)
    actors = DocumentActors(parsed, load_dictionary(), "doc", "2016-09-20")
    token = [t for t in parsed if t.text == word][nth]
    return actors.speaker(token)


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Business Secretary Tom Waring said the merger was fair.", "Waring", "GBR"),
        ("Chancellor of the Exchequer Ann Reddy said the budget was fair.", "Reddy", "GBR"),
        # A title several countries have, in a story about one of them.
        (
            "Attorney General Ed Marsh said in Ohio that Texas and Florida would join the suit.",
            "Marsh",
            "USA",
        ),
    ],
)
def test_a_national_title_gives_its_country(
    nlp: Language, text: str, word: str, country: str
) -> None:
    found = speaker(nlp, text, word)
    assert found is not None and found.country == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A title several countries have, with no story country: no guess.
        ("Attorney General Ed Marsh said he would sue.", "Marsh"),
        # A British title in a story about another country: not the story's country.
        (
            "Business Secretary Tom Waring said in Ohio that Texas and Florida were wrong.",
            "Waring",
        ),
    ],
)
def test_a_national_title_gives_no_country_without_support(
    nlp: Language, text: str, word: str
) -> None:
    found = speaker(nlp, text, word)
    assert found is not None and found.country is None


US_STORY = "Donald Trump spoke in Ohio and Texas on Monday. "


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        (US_STORY + "The Trump campaign said it would appeal.", "campaign", "organization"),
        (US_STORY + "Republicans said the plan was bad.", "Republicans", "group"),
        (US_STORY + "The GOP nominee said he would win.", "nominee", "person"),
        # The recogniser takes "Trump" for an organisation here; it is the person.
        (US_STORY + "Trump campaign spokesman Ed Miller said no.", "Miller", "person"),
    ],
)
def test_speaker_phrases_take_the_country_their_words_give(
    nlp: Language, text: str, word: str, kind: str
) -> None:
    found = speaker(nlp, text, word)
    assert found is not None
    assert (found.kind, found.country) == (kind, "USA")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # No story country: a party label is not read ("Republicans" exist elsewhere).
        ("Republicans said the plan was bad.", "Republicans"),
        # A campaign named after nobody the text knows.
        ("The campaign said it would appeal the ruling in court.", "campaign"),
        # A party label on a thing, not a person: no speaker made of it.
        (US_STORY + "The Republican plan said taxes would fall.", "plan"),
    ],
)
def test_speaker_phrases_without_evidence_stay_unresolved(
    nlp: Language, text: str, word: str
) -> None:
    found = speaker(nlp, text, word)
    assert found is None or found.country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (US_STORY + "The National Weather Bureau said the storm would pass.", "USA"),
        (US_STORY + "The Congressional Research Bureau said the law was clear.", "USA"),
        # No story country: a "National" body could be any state's.
        ("The National Weather Bureau said the storm would pass.", None),
    ],
)
def test_a_states_own_body_takes_the_storys_country(
    nlp: Language, text: str, country: str | None
) -> None:
    found = speaker(nlp, text, "Bureau")
    assert found is not None and found.kind == "organization"
    assert found.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # The dateline says where the story was filed: its ministry.
        ("ANKARA (Reuters) - The Foreign Ministry said talks with Syria would resume.", "TUR"),
        # The one country the document names.
        ("The Interior Ministry said Iraq would not allow attacks from Iraq's soil.", "IRQ"),
        # Two countries and no dateline: no guess.
        ("The Foreign Ministry said Iraq and Syria would talk.", None),
    ],
)
def test_a_ministry_named_by_its_portfolio_alone(
    nlp: Language, text: str, country: str | None
) -> None:
    found = speaker(nlp, text, "Ministry")
    assert found is not None and found.country == country
