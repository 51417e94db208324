"""A definite body ("the government", "the ministry") takes up the one body named before,
unless another state's actor is named in between: then it may mean either, and stays
unresolved rather than credit one state with the other's act."""

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


def last_government(nlp: Language, text: str) -> Actor | None:
    parsed = nlp(text)
    actors = DocumentActors(parsed, load_dictionary(), "doc", "2024-05-01")
    token = [t for t in parsed if t.lower_ == "government"][-1]
    found = actors.lookup(token)
    return found[0] if found else None


@pytest.mark.parametrize(
    "between",
    [
        "said the U.S. government was willing to assist Tunisian authorities",
        "said the U.S. government would send experts to help Tunisia's police",
    ],
)
def test_another_states_actor_in_between_leaves_the_government_unresolved(
    nlp: Language, between: str
) -> None:
    text = (
        "Gunmen attacked a museum in Tunis on Wednesday. In Washington, the White House "
        f"spokesman condemned the attack and {between} in the investigation. The government "
        "outlawed the group behind the attack."
    )
    actor = last_government(nlp, text)
    assert actor is not None and actor.country != "USA"


def test_the_same_states_government_named_before_is_taken_up(nlp: Language) -> None:
    text = (
        "The Afghan government said on Monday it would hold talks with the Taliban. Afghan "
        "officials met the envoys in Doha. The government later outlawed the group."
    )
    actor = last_government(nlp, text)
    assert actor is not None and actor.country == "AFG"
