"""Who does the act, and which words say what the act is (review fixes of round 9):

- a passive subject ("Iran should be sanctioned") is what the act is about, never its agent:
  Iran's own sanctions on another state are another act;
- a proposition's agent must be the doer of the claim's act (its subject, the possessor or
  nationality of its act noun, "by" it, or the holder by a pronoun), never a name elsewhere
  in the sentence (an aside, a victim); a position on the act that names no doer bears
  whoever the doer is ("opposes any new strikes on X", "would join further strikes");
- a bare act noun's required words are what the act is (nouns, a hyphenated modifier, an
  adjective of a kind), not degree or time words ("immediate", "permanent"), and a name
  ("the United States") never writes one;
- only a list of banned parties is designating;
- only an adverb of a kind ("militarily") is rewritten to an action.

Sentences and stories written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from query_samples import StoryStore, country_rows

import cablegram.api as cg
from cablegram.query.propositions_forms import adjective_of, rewrite
from cablegram.query.propositions_match import bears_on
from cablegram.query.stance import find_stance
from cablegram.query.stance_evidence import country_of, proposition_of


def _everywhere(names: Iterable[str]) -> bool:
    return True


def bears(proposition: str, predicate: str, obj: str | None, sentence: str, **args: str) -> bool:
    doer = args.pop("doer", None)
    found = bears_on(
        proposition_of(proposition), predicate, obj, args, country_of, _everywhere, sentence, doer
    )
    return found is not None


def test_a_passive_subject_is_what_the_act_is_about() -> None:
    passive = proposition_of("Iran should be sanctioned")
    assert passive.agent is None
    assert "Iran" in passive.arguments.values()
    own = "Iran will impose sanctions on Canada in return, the foreign ministry said."
    assert not bears("Iran should be sanctioned", "sanction", None, own, target="Canada",
                     doer="IRN")  # fmt: skip
    assert proposition_of("Canada should sanction Iran").agent == "Canada"


def test_a_name_aside_is_no_agent() -> None:
    aside = (
        "Egypt will attack the smugglers in Libya despite objections from the United States "
        "on Monday."
    )
    assert not bears("the United States should attack the smugglers in Libya", "attack",
                     "smuggler", aside, place="Libya", doer="EGY")  # fmt: skip
    by_name = "Egypt condemned the attacks by the United States on the smugglers in Libya."
    assert bears("the United States should attack the smugglers in Libya", "attack",
                 "smuggler", by_name, place="Libya", doer="EGY")  # fmt: skip


def test_degree_words_are_not_required() -> None:
    assert proposition_of("an immediate ceasefire").others == ()
    assert proposition_of("a permanent truce").others == ()
    assert proposition_of("a diplomatic solution").others == ("diplomatic",)


def test_a_name_writes_no_required_word() -> None:
    named = "The United States backed a diplomatic solution on Monday."
    assert not bears("a two-state solution", "solution", None, named)
    assert bears("a two-state solution", "solution", None, "Spain backed a two-state solution.")


def test_only_a_list_of_banned_parties_is_designating() -> None:
    green = proposition_of("the inclusion of gas on the EU list of green investments")
    assert green.predicate != "designate"
    assert proposition_of("put the Wagner Group on the sanctions list").predicate == "designate"


def test_only_an_adverb_of_a_kind_is_an_action() -> None:
    assert adjective_of("early") == "early"
    assert adjective_of("diplomatically") == "diplomatic"
    assert rewrite("act quickly on plastic pollution") == "act quickly on plastic pollution"
    assert rewrite("act economically against Iran") == "take economic action against Iran"


STORIES = (
    (
        "Moscow answers",
        "Russia will impose sanctions on Norway in response, the Kremlin said on Friday.",
    ),
    (
        "Red Sea raids",
        "The Houthis will launch strikes on Saudi Arabia, the group said, as Oman urged calm.",
    ),
    (
        "Madrid objects",
        "Spain opposes any new strikes on the Houthis, Foreign Minister Jose Manuel Albares "
        "said on Monday.",
    ),
    ("Rome joins", "Italy said it would join further strikes on the Houthis."),
)


@pytest.fixture(scope="module")
def store(story_store: StoryStore) -> Iterator[cg.CablegramStore]:
    with story_store("doers", STORIES) as opened:
        yield opened


def test_a_passive_subject_is_no_doer_in_a_store(store: cg.CablegramStore) -> None:
    sanctioned = country_rows(find_stance(store.store, "Russia should be sanctioned"))
    assert "RUS" not in sanctioned  # its own sanctions on Norway


def test_a_position_on_the_act_bears_whoever_does_it(store: cg.CablegramStore) -> None:
    saudi = find_stance(store.store, "Saudi Arabia should strike the Houthis")
    assert country_rows(saudi).get("ESP") == "oppose"  # a position on the act itself
    assert not any("Houthi" in row.name for row in saudi.actors)  # the Houthis' own strikes
    us = country_rows(find_stance(store.store, "US strikes on the Houthis"))
    assert us.get("ITA") == "support"
