"""Speakers named by a pronoun or a bare description, resolved by grammar: each kind on
sentences written for the test, with the shapes each rule must leave alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.actors.bodies import described_as, name_head
from cablegram.actors.resolve import DocumentActors
from cablegram.gazetteer.dictionary import load_dictionary


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def names(nlp: Language, text: str, word: str, nth: int = 0) -> list[str]:
    parsed = nlp(text)
    actors = DocumentActors(parsed, load_dictionary(), "doc", None)
    tokens = [t for t in parsed if t.text == word]
    return [a.name for a in actors.lookup(tokens[nth])]


@pytest.mark.parametrize(
    ("text", "word", "nth", "expected"),
    [
        # A speaker inside a quotation is not the last speaker of the narrative.
        (
            'Diane Ross, who leads the union, said wages were low. "Voters heard Obama saying'
            " 'go vote' and did,\" she said. She added that turnout would fall.",
            "She",
            0,
            "Diane Ross",
        ),
        (
            "Tom Reyes spoke first. \"When the mayor says 'trust me', nobody does,\" he said.",
            "he",
            0,
            "Tom Reyes",
        ),
        # The subject of a later main clause is the topic a speech verb's pronoun continues.
        (
            "Mark Hale, a spokesman, said the plan was sound. Senator Paul Ortiz released a"
            " statement on Monday condemning the plan. He says the cuts are cruel.",
            "He",
            0,
            "Paul Ortiz",
        ),
        (
            "Lena Park said the vote was fair. Gov. Sam Duarte has denounced the count, and he"
            " is unlikely to stop. On Tuesday, he said the result was rigged.",
            "he",
            1,
            "Sam Duarte",
        ),
        (
            "Rita Vance said the plan was sound. Senator Hugh Lowe issued a statement attacking"
            " it. He says the cuts are cruel.",
            "He",
            0,
            "Hugh Lowe",
        ),
        # Left alone: the later subject's act is no communication; the last speaker stays.
        (
            "Anna Kim, a critic of the governor, said the tax was unfair. Governor Linda Moss"
            ' signed it anyway. "This is a betrayal," she said.',
            "she",
            0,
            "Anna Kim",
        ),
        (
            "Paul Grant, the union's lawyer, said the ruling was wrong. Judge Mark Bell"
            ' dismissed the case on Monday. "We will appeal," he said.',
            "he",
            0,
            "Paul Grant",
        ),
        (
            "Prosecutor Jim Hall said the case was strong. Defendant Mark Cole pleaded not"
            ' guilty on Monday. "The evidence is overwhelming," he said.',
            "he",
            0,
            "Jim Hall",
        ),
        (
            "Police chief Dan Moore said the suspect fled on foot. Officer Tim Lane chased him"
            " for a mile. He said the officer was a hero.",
            "He",
            0,
            "Dan Moore",
        ),
        (
            "Anna Kim said the tax was unfair. Governor Tom Moss signed the bill. She said it"
            " would hurt families.",
            "She",
            0,
            "Anna Kim",
        ),
        (
            "Carl Webb said the deal was fair. Minister John Pike released 40 prisoners on"
            " Friday. He said more would follow.",
            "He",
            0,
            "Carl Webb",
        ),
        # Left alone: the nearer person is no main-clause subject; the last speaker stays.
        (
            "Mark Hale said the plan was sound. The bill, which Senator Paul Ortiz opposed,"
            " passed on Monday. He said the cuts were needed.",
            "He",
            0,
            "Mark Hale",
        ),
        (
            "Mark Hale said the plan was sound. Voters booed Senator Paul Ortiz on Monday. He"
            " said the cuts were needed.",
            "He",
            0,
            "Mark Hale",
        ),
    ],
)
def test_pronoun_speakers(nlp: Language, text: str, word: str, nth: int, expected: str) -> None:
    assert names(nlp, text, word, nth) == [expected]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "the bureau" for a name whose head comes before "of"/"on"/"for".
        (
            "The Federal Bureau of Prisons released figures. The bureau said inmates fell.",
            "bureau",
            ["Federal Bureau of Prisons"],
        ),
        (
            "The Association of Flight Attendants endorsed the senator. The association said"
            " pay was the issue.",
            "association",
            ["Association of Flight Attendants"],
        ),
        # "the bank" for the body an apposition described as the bank.
        (
            "Wells Fargo, the bank at the center of the scandal, fired its chief. The bank"
            " said the practice had ended.",
            "bank",
            ["Wells Fargo"],
        ),
        # Left alone: two bodies fit, or nothing named the body so.
        (
            "The Department of Homeland Security and the Department of Justice met. The"
            " department said it would act.",
            "department",
            [],
        ),
        ("Wells Fargo fired its chief. The bank said the practice had ended.", "bank", []),
        # Left alone: another body named in the apposition's sentence, before it.
        (
            "Apple sued Samsung, the company that makes Galaxy phones, on Monday. The company"
            " said its patents were infringed.",
            "company",
            [],
        ),
        (
            "Goldman Sachs advised Wells Fargo, the bank at the center of the scandal. The bank"
            " said it had done nothing wrong.",
            "bank",
            [],
        ),
        # Left alone: a nearer body with the same head noun, or another body named between.
        (
            "The Board of Education met on Monday. The board of the teachers union voted to"
            " strike. The board said talks had failed.",
            "board",
            [],
        ),
        (
            "The Association of Flight Attendants endorsed the senator. The pilots association"
            " backed her rival. The association said pay was the issue.",
            "association",
            [],
        ),
        (
            "The Bank of England kept rates on hold. JPMorgan Chase reported a profit. The bank"
            " said it would hire more staff.",
            "bank",
            [],
        ),
        # Still found: the bare noun already taken up as the body carries on.
        (
            "The Federal Bureau of Prisons released figures. The bureau said inmates fell. The"
            " bureau added that costs rose.",
            "bureau",
            ["Federal Bureau of Prisons"],
        ),
        # Left alone: another company named after the apposition may be "the company".
        (
            "Apex Partners, the company that Dan Cole founded after leaving Chesapeake Energy,"
            " was sold. The company said in a statement that Cole was a pioneer.",
            "company",
            [],
        ),
    ],
)
def test_bare_body_descriptions(nlp: Language, text: str, word: str, expected: list[str]) -> None:
    assert names(nlp, text, word, -1) == expected


def test_name_head_and_apposition_helpers(nlp: Language) -> None:
    assert name_head(["commission", "on", "presidential", "debates"]) == ["commission"]
    assert name_head(["federal", "bureau", "of", "prisons"]) == ["bureau"]
    assert name_head(["environmental", "protection", "agency"]) == []
    assert name_head(["of", "counsel"]) == []
    parsed = nlp("Acme Corp, the company that makes rockets, said sales rose.")
    name = next(t for t in parsed if t.text == "Corp")
    assert described_as(name, ["company"])
    assert not described_as(name, ["agency"])


@pytest.mark.parametrize(
    ("text", "nth", "expected"),
    [
        # A plural proper noun heading one body's name speaks as "it".
        ("General Motors said it would close two plants.", 0, ["General Motors"]),
        (
            "General Motors said it would close two plants. It added that jobs would go.",
            1,
            ["General Motors"],
        ),
        (
            "Northern Rail Services, the agency that runs the trains, said it would raise fares.",
            0,
            ["Northern Rail Services"],
        ),
        # Left alone: a bare plural is a set ("they"), and an empty "it".
        ("The Republicans said it was a bad bill.", 0, []),
        # Left alone: a family or a team named in the plural is people, not "it".
        (
            "The Koch Brothers attacked the tax plan on Monday. The Koch Brothers said it"
            " would cost jobs.",
            0,
            [],
        ),
        (
            "The Kansas City Chiefs criticised the league's ruling. The Kansas City Chiefs"
            " said it would hurt the team.",
            0,
            [],
        ),
        ("The Dallas Cowboys said it would appeal the fine.", 0, []),
    ],
)
def test_plural_body_names_speak_as_it(
    nlp: Language, text: str, nth: int, expected: list[str]
) -> None:
    parsed = nlp(text)
    actors = DocumentActors(parsed, load_dictionary(), "doc", None)
    tokens = [t for t in parsed if t.lower_ == "it"]
    assert [a.name for a in actors.lookup(tokens[nth])] == expected
