"""Review of the broadcast titles ("host", "anchor"): a broadcaster's title only beside a show
word, an outlet or the person's name (rule ``broadcast_title_context``); a bare "the host" is as
often a state that hosts a meeting. Sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from cablegram import nlp as nlp_stage
from cablegram.pipeline import annotate_parsed
from cablegram.records import Actor, Annotation, Document, document_id


@pytest.fixture(scope="module")
def nlp() -> Language:
    return nlp_stage.load()


def _speakers(nlp: Language, text: str) -> dict[str, Actor | None]:
    doc = Document(doc_id=document_id(text), source_path="t.txt", text=text)
    a: Annotation = annotate_parsed(doc, nlp(text))
    return {s.text: s.speaker for s in a.statements}


def test_a_bare_host_is_not_the_broadcaster_named_before(nlp: Language) -> None:
    speakers = _speakers(
        nlp,
        "Radio host Jim Carlin said on Friday that the mayor should resign.\n\n"
        "The delegates met in Nairobi on Monday. The host, Kenya, announced that the"
        " delegates had agreed. The host said the talks would resume in March.",
    )
    for said in ("the delegates had agreed", "the talks would resume in March"):
        speaker = speakers.get(said)
        assert speaker is not None and speaker.name != "Jim Carlin"


def test_an_anchor_of_a_coalition_is_no_person_of_its_country(nlp: Language) -> None:
    speakers = _speakers(
        nlp, "The anchor of the coalition, Germany, said on Monday that more aid would come."
    )
    speaker = speakers.get("more aid would come")
    assert speaker is None or not (speaker.kind == "person" and speaker.country == "DEU")


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        # Near misses: a show word, an outlet or the name beside the title keeps it.
        (
            "CNN anchor Dana Brooks reported on Tuesday that the polls had closed.",
            "the polls had closed",
            "Dana Brooks",
        ),
        (
            "Rita Vance, the host of the morning show, said the election was stolen.",
            "the election was stolen",
            "Rita Vance",
        ),
    ],
)
def test_a_host_beside_a_show_or_a_name_is_the_broadcaster(
    nlp: Language, text: str, said: str, expected: str
) -> None:
    speaker = _speakers(nlp, text).get(said)
    assert speaker is not None and speaker.name == expected and speaker.kind == "person"
