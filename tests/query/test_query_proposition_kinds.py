"""How a proposition's act and object are matched when the text names them another way, by
kind (cablegram.query.propositions_match and the synonym data):

- a nominalised light verb is light ("urged the application of the agreement" is about
  the agreement), and a light verb heading the proposition keeps its object ("approve the
  EU-Mercosur trade agreement" is about the agreement, not "trade");
- a reversing verb with the act as its object undoes it ("withdraw its recognition");
- the object's modifiers may be named, never need be, and a flow's object is named by what
  flows ("a ban on Russian gas" for "ban Russian gas imports");
- a shortened name of a known organisation names it ("the Health Organization");
- a name of several parties ("EU-Mercosur") is named by a claim naming one of them in a
  document naming the others.

Sentences and stories written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from query_samples import StoryStore

import cablegram.api as cg
from cablegram.query.meaning import is_light, reverses
from cablegram.query.propositions_args import same_argument
from cablegram.query.propositions_match import bears_on
from cablegram.query.stance import StanceResult, find_stance
from cablegram.query.stance_evidence import country_of, proposition_of


def _nowhere(names: Iterable[str]) -> bool:
    return False


def _everywhere(names: Iterable[str]) -> bool:
    return True


def how(
    proposition: str, predicate: str, obj: str | None, mentioned: bool = False, **args: str
) -> str | None:
    """ "same", "undoes" or None: how a claim bears on the proposition."""
    found = bears_on(
        proposition_of(proposition),
        predicate,
        obj,
        args,
        country_of,
        _everywhere if mentioned else _nowhere,
    )
    if found is None:
        return None
    return "undoes" if found.undoes else "same"


def test_a_nominalised_light_verb_is_light() -> None:
    assert is_light("application") and is_light("approval") and is_light("continuation")
    assert not is_light("withdrawal") and not is_light("recognition")


def test_a_light_verb_heading_the_proposition_keeps_its_object() -> None:
    pact = proposition_of("approve the EU-Mercosur trade agreement")
    assert (pact.predicate, pact.object, pact.modifiers) == ("approve", "agreement", ("trade",))
    assert pact.core == ("agreement",)
    assert how("approve the EU-Mercosur trade agreement", "application", "agreement",
               about="Mercosur", mentioned=True) == "same"  # fmt: skip
    assert how("approve the EU-Mercosur trade agreement", "execution", "deal",
               mentioned=True) == "same"  # fmt: skip
    # Named nowhere, the EU-Mercosur agreement is not this one.
    assert how("approve the EU-Mercosur trade agreement", "application", "agreement") is None


def test_a_reversing_verb_undoes_the_act_it_names() -> None:
    assert reverses("withdrew") and reverses("revoke") and not reverses("recognise")
    assert how("recognise Somaliland", "withdraw", "recognition", mentioned=True) == "undoes"
    assert how("impose sanctions on Russia", "revoke", "sanction", target="Russia") == "undoes"
    # What is withdrawn must be the proposition's act: troops are not a recognition.
    assert how("recognise Somaliland", "withdraw", "troop", mentioned=True) is None


def test_modifiers_may_be_named_and_a_flow_is_named_by_what_flows() -> None:
    gas = proposition_of("ban Russian gas imports")
    assert gas.modifiers == ("gas",)
    assert how("ban Russian gas imports", "phase out", "gas", about="Russian") == "same"
    assert how("ban Russian gas imports", "ban", "import", about="Russian") == "same"
    assert how("ban Russian gas imports", "ban", "oil", about="Russian") is None
    # "arms embargo": the claim may name the arms.
    assert how("impose an arms embargo on Israel", "embargo", "arm", target="Israel") == "same"
    assert how("impose an arms embargo on Israel", "embargo", "oil", target="Israel") is None


def test_a_shortened_organisation_name_names_it() -> None:
    assert how("withdraw from the World Health Organization", "withdraw", None,
               place="Health Organization") == "same"  # fmt: skip
    assert how("withdraw from the World Health Organization", "withdraw", None,
               place="United Nations") is None  # fmt: skip
    # One word names no organisation.
    assert not same_argument("organization", "entry:WHO")


STORIES: tuple[tuple[str, str], ...] = (
    (
        "Breakaway state",
        "Israel recognised Somaliland as an independent state in December. The African Union "
        "called on Israel to withdraw its recognition of Somaliland.",
    ),
    (
        "Trade pact",
        "Spain and Germany urged the immediate application of the EU-Mercosur trade agreement "
        "on Thursday.",
    ),
    ("Pacific trade", "Japan urged the immediate application of its trade agreement with Canada."),
    (
        "Health",
        "German Health Minister Karl Lauterbach criticised the withdrawal of the United States "
        "from the Health Organization.",
    ),
    ("Culture", "France regretted the withdrawal of the United States from UNESCO."),
)


@pytest.fixture(scope="module")
def store(story_store: StoryStore) -> Iterator[cg.CablegramStore]:
    with story_store("kinds", STORIES) as opened:
        yield opened


def rows(result: StanceResult) -> dict[str, str]:
    found = {r.country or "": r.stance for r in result.countries}
    found.update({r.name: r.stance for r in result.actors if not r.country})
    return found


def test_stories_reach_their_rows(store: cg.CablegramStore) -> None:
    somaliland = rows(find_stance(store.store, "recognise Somaliland"))
    assert somaliland.get("ISR") == "support"
    assert somaliland.get("AU") == "oppose"  # "withdraw its recognition"
    mercosur = rows(find_stance(store.store, "approve the EU-Mercosur trade agreement"))
    assert mercosur.get("ESP") == "support" and mercosur.get("DEU") == "support"
    assert "JPN" not in mercosur  # another trade agreement
    who = rows(find_stance(store.store, "withdraw from the World Health Organization"))
    assert who.get("DEU") == "oppose"
    assert "FRA" not in who  # UNESCO is another body


def test_the_thing_a_claim_leaves_is_its_object() -> None:
    paris = "withdraw from the Paris climate agreement"
    assert how(paris, "pull out", None, mentioned=True, place="climate deal") == "same"
    assert how(paris, "exit", None, place="Paris accord") == "same"
    # A named place left is still a place: leaving Syria is not leaving the agreement.
    assert how(paris, "pull out", None, mentioned=True, place="Syria") is None


def test_a_light_verb_on_an_act_noun_is_that_act() -> None:
    snapback = "restore UN sanctions on Iran"
    assert how(snapback, "trigger", "snapback", mentioned=True) == "same"
    assert how(snapback, "trigger", "crisis", mentioned=True) is None


def test_the_name_of_the_thing_left_is_kept_beside_other_names() -> None:
    found = bears_on(
        proposition_of("withdraw from the Paris climate agreement"),
        "withdraw",
        None,
        {"about": "United States", "place": "Paris Agreement"},
        country_of,
        _nowhere,
    )
    assert found is not None and found.relevance == 1.0  # Paris named by the claim itself
