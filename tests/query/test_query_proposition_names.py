"""How a proposition's names, wording and groups of states are matched, by kind
(cablegram.query.propositions, propositions_args, propositions_match, stance_evidence):

- a thing named after a place ("the Minsk Convention", "the Vienna Agreement") is that
  thing, not the place's country: a claim naming "the Convention" bears where its document
  names that one in full, one naming another convention does not;
- a proposition opening with a bare verb the parser reads as a modifier still parses
  ("resettle Afghans from Panjshir");
- the name before an act noun is its doer ("China's acquisition of Panama" is about
  Panama), and buying is acquiring;
- putting a group on a terrorist list is one act however it is worded ("designate",
  "blacklist", "proscribe"), its party compared through the actor dictionary
  ("Hizbollah");
- the thing an object is named after may go unnamed when the document names the object's
  noun modifiers ("a grain deal"), never a country or a pair of parties;
- a fixed group of states speaks for each member ("the Baltic states and Poland").

Sentences and stories written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import pytest
from query_samples import StoryStore

import cablegram.api as cg
from cablegram.query.common import ActorRef
from cablegram.query.propositions_args import argument_key
from cablegram.query.propositions_match import bears_on
from cablegram.query.propositions_names import NAMED_BY_MODIFIERS
from cablegram.query.stance import find_stance
from cablegram.query.stance_evidence import country_of, members, proposition_of
from cablegram.query.stance_places import states_of_group


def _nowhere(names: Iterable[str]) -> bool:
    return False


def _everywhere(names: Iterable[str]) -> bool:
    return True


Mentions = Callable[[Iterable[str]], bool]


def _only(*words: str) -> Mentions:
    def mentions(names: Iterable[str]) -> bool:
        # as the store's mentions: case-insensitive
        return any(n.casefold() in {w.casefold() for w in words} for n in names)

    return mentions


def how(proposition: str, predicate: str, obj: str | None, mentions: Mentions = _nowhere,
        **args: str) -> float | None:  # fmt: skip
    """The relevance with which a claim bears on the proposition, None when it does not."""
    found = bears_on(proposition_of(proposition), predicate, obj, args, country_of, mentions)
    return None if found is None else found.relevance


def test_a_thing_named_after_a_place_is_not_the_place() -> None:
    ottawa = "withdraw from the Minsk Convention"
    # A bare "the Convention" stands for it only where the document names it in full.
    assert how(ottawa, "withdraw", None, place="the Convention") is None
    full = _only("Minsk Convention")
    assert how(ottawa, "withdraw", None, full, place="the Convention") == 0.7
    assert how(ottawa, "withdraw", None, place="Minsk Convention") == 1.0
    # Treaty, convention, accord and agreement are one noun for a named instrument.
    assert how(ottawa, "withdraw", None, place="the Minsk Treaty") == 1.0
    # Another convention is another treaty.
    assert how(ottawa, "withdraw", None, place="Geneva Convention") is None
    # The place itself still meets a thing named after it, as the parser leaves "Paris"
    # of "the Minsk peace agreement" as the place.
    paris = "withdraw from the Minsk peace agreement"
    assert how(paris, "withdraw", None, place="Minsk Agreement") == 1.0
    assert how(paris, "withdraw", None, place="Kyoto Protocol") is None


def test_a_bare_verb_read_as_a_modifier_still_parses() -> None:
    found = proposition_of("resettle Afghans from Panjshir in Germany and Canada")
    assert found.predicate == "resettle" and found.arguments.get("place") == "Panjshir"


def test_the_name_before_an_act_noun_is_its_doer() -> None:
    bought = "China's acquisition of Panama"
    found = proposition_of(bought)
    assert found.predicate == "acquisition" and found.arguments == {"about": "Panama"}
    assert found.agent == "China"
    # the doer itself says it, or the claim names the doer
    assert how(bought, "buy", None, about="Panama") is None
    assert bears_on(found, "buy", None, {"about": "Panama"}, country_of, _nowhere, None, "CHN")
    assert how(bought, "acquisition", None, _only("Panama"), about="China") == 0.7
    assert how(bought, "buy", None, about="Iceland") is None
    # Without a name before it, an act noun keeps its "of" name as before.
    assert proposition_of("a boycott of the Beijing Olympics").arguments.get("about")


def test_listing_a_group_as_terrorist_is_one_act() -> None:
    irgc = "designate Hezbollah as a terrorist organisation"
    assert how(irgc, "proscribe", None, about="Hizbollah") == 1.0
    assert how(irgc, "blacklist", None, about="Hezbollah") == 1.0
    assert how(irgc, "designation", None, mentions=_everywhere) == 0.7
    # Another group on the list is another decision.
    assert how(irgc, "blacklist", None, about="Hamas") is None


def test_the_thing_an_object_is_named_after_may_go_unnamed() -> None:
    grain = "extend the Danube grain deal"
    said = "Russia will extend the grain deal"
    found = bears_on(proposition_of(grain), "extend", "deal", {}, country_of, _only("grain"), said)
    assert found is not None and found.relevance == NAMED_BY_MODIFIERS
    # the modifier must be the claim's own ("Grain prices rose. ... extend the oil deal")
    assert how(grain, "extend", "deal", mentions=_only("grain")) is None
    assert how(grain, "extend", "deal", mentions=_only("Danube")) == 0.7
    assert how(grain, "extend", "deal") is None  # a deal about nothing named
    # A country must be named: banning oil imports is not banning Iranian ones.
    assert how("ban Iranian oil imports", "ban", "import", mentions=_only("oil")) is None
    # A pair of parties must be named: another trade agreement is another one.
    mexico = "approve the EU-Mexico trade agreement"
    assert how(mexico, "approve", "agreement", mentions=_only("trade")) is None


def test_a_fixed_group_of_states_speaks_for_each_member() -> None:
    assert states_of_group("the defence ministers of the Baltic states") == ("EST", "LVA", "LTU")
    assert states_of_group("the Balkan states") == ()
    group = ActorRef("defence ministers of the Baltic states and Poland", "group", "POL", "GOV")
    assert [m.country for m in members(group)] == ["EST", "LVA", "LTU", "POL"]
    # A group of one state's people stays itself.
    officials = ActorRef("Russian officials", "group", "RUS", "GOV")
    assert members(officials) == [officials]


STORIES: tuple[tuple[str, str], ...] = (
    (
        "Landmines",
        "The defence ministers of the Baltic states and Poland said on Tuesday that they "
        "would withdraw from the Minsk Convention.",
    ),
    (
        "Treaty",
        "Norway's foreign minister said on Wednesday that Norway regretted the decision to "
        "withdraw from the Geneva Convention.",
    ),
    (
        "Exports",
        'The Danube Initiative has let Serbia ship grain since last summer. "Turkey is '
        'committed to keeping the initiative alive," the Turkish foreign minister said.',
    ),
    (
        "Listing",
        "The German government has been pushing for a joint EU decision to blacklist Hezbollah as "
        "a terrorist organisation.",
    ),
)


@pytest.fixture(scope="module")
def store(story_store: StoryStore) -> Iterator[cg.CablegramStore]:
    with story_store("names", STORIES, date="2025-03-18") as opened:
        yield opened


def test_stories_reach_each_member_and_no_other_treaty(store: cg.CablegramStore) -> None:
    result = find_stance(store.store, "withdraw from the Minsk Convention")
    found = {r.country: r.stance for r in result.countries}
    for code in ("EST", "LVA", "LTU", "POL"):
        assert found.get(code) == "support", (code, found)
    assert "NOR" not in found  # the Geneva Convention is another treaty


def test_a_shell_noun_names_the_thing_its_document_calls_by_the_proposition_name() -> None:
    grain = proposition_of("extend the Danube grain deal")
    keeping = "Turkey is committed to keeping the initiative alive"

    def relevance(sentence: str, mentions: Mentions) -> float | None:
        found = bears_on(grain, "keep", "initiative", {}, country_of, mentions, sentence)
        return None if found is None else found.relevance

    # The document calls the deal "the Danube Initiative": the initiative is the deal.
    assert relevance(keeping, _only("Danube Initiative", "Danube")) == 0.7
    # Named only "the Danube", an initiative is some other initiative.
    assert relevance(keeping, _only("Danube")) is None
    # "A new initiative" points at nothing named before.
    assert relevance("Turkey backs a new initiative", _only("Danube Initiative")) is None


def test_stories_read_the_initiative_and_the_listing(store: cg.CablegramStore) -> None:
    grain = find_stance(store.store, "extend the Danube grain deal")
    assert {r.country: r.stance for r in grain.countries}.get("TUR") == "support"
    irgc = find_stance(store.store, "designate Hezbollah as a terrorist organisation")
    assert {r.country: r.stance for r in irgc.countries}.get("DEU") == "support"


def test_people_of_a_place_stand_for_the_people_the_proposition_names() -> None:
    moved = "resettle Afghans from Panjshir in Germany and Canada"
    # the further place the object is put in is kept beside the frame's own
    assert proposition_of(moved).arguments.get("place2") == "Germany and Canada"
    # a people named in one word is compared as its country, named by any of its names
    assert argument_key("Afghans", country_of) == "country:AFG"
    assert how(moved, "resettle", "resident", _only("Canada", "Afghanistan"), about="Panjshir",
               place="Germany") == 0.7  # fmt: skip
    context = _only("Canada", "Afghans")
    assert how(moved, "resettle", "resident", context, about="Panjshir", place="Germany") == 0.7
    # the residents of another place are other people
    assert how(moved, "resettle", "resident", context, about="Herat", place="Germany") is None
    # put in another country, they are moved somewhere else
    assert how(moved, "resettle", "resident", _everywhere, about="Panjshir", place="France") is None
    # soldiers are no people of a place
    assert how(moved, "resettle", "soldier", _everywhere, about="Panjshir", place="Germany") is None


def test_a_place_named_after_a_name_object_is_the_object() -> None:
    schengen = "Schengen membership for Cyprus and Ireland"
    context = _only("Ireland")
    # "Austria lifted its veto on Cyprus's accession to the Schengen Area"
    found = how(schengen, "accession", None, context, about="Cyprus", place="Schengen Area")
    assert found == 1.0
    assert how(schengen, "accession", None, context, about="Cyprus", place="Euro Area") is None
    assert how(schengen, "accession", None, context, about="Croatia", place="Schengen Area") is None


def test_an_acronym_names_the_noun_after_words_of_its_kind() -> None:
    from cablegram.query.propositions_names import acronym_object
    from cablegram.query.stance_evidence import proposition_of as parsed

    thaad = parsed("the deployment of THAAD in South Korea")
    sentence = "Beijing urged Seoul to scrap the THAAD anti-ballistic missile system at once."
    assert acronym_object(thaad, "system", sentence) == thaad.object
    # another name between the acronym and the noun: the noun is that name's
    other = "Beijing criticised THAAD and the Aegis radar system on Monday."
    assert acronym_object(thaad, "system", other) == "system"
    # a clause between: no kind words
    far = "Seoul backed THAAD, which angered Beijing, and upgraded its radar system."
    assert acronym_object(thaad, "system", far) == "system"
