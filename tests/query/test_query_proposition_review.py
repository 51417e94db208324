"""Kinds of wrong rows a reading of a proposition's names must not give (cablegram.query
stance_places, stance_evidence, propositions, propositions_args, propositions_names and the
synonym data), each on sentences written for these tests:

- a group of states named inside another group's name ("business leaders of the Nordic
  countries", "minorities in the Baltic states", "refugees in Poland and Germany") is
  not those states speaking;
- the name before an act noun ("China's acquisition of Panama") is who does it: another
  actor's own act is another act;
- a bare "the Convention" is not every named convention;
- an object's noun modifier named elsewhere in the document ("wheat prices") does not name
  another deal the claim names ("the OPEC+ oil deal");
- "list" (shares) is not blacklisting; "take over" is seizing, not buying.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from query_samples import StoryStore

import cablegram.api as cg
from cablegram.query.common import ActorRef
from cablegram.query.propositions_match import bears_on
from cablegram.query.stance import find_stance
from cablegram.query.stance_evidence import country_of, proposition_of
from cablegram.query.stance_places import members, states_of_group


def _everywhere(names: Iterable[str]) -> bool:
    return True


def _corn_only(names: Iterable[str]) -> bool:
    return any(n.casefold() == "corn" for n in names)


@pytest.mark.parametrize(
    "name",
    [
        "Swedish business leaders of the Nordic countries",
        "Russian-speaking minorities in the Baltic states",
        "Ukrainian refugees in Poland and Germany",
        "Belgian farmers of the Benelux countries and France",
    ],
)
def test_a_group_of_states_inside_another_name_is_not_the_states(name: str) -> None:
    for country in ("SWE", None):
        actor = ActorRef(name, "group", country, None)
        assert members(actor) == [actor]


def test_a_group_of_states_or_its_officials_is_the_states() -> None:
    assert states_of_group("the Nordic countries") == ("DNK", "FIN", "ISL", "NOR", "SWE")
    assert states_of_group("foreign ministers of the Benelux countries") == ("BEL", "NLD", "LUX")
    assert states_of_group("Norwegian fishermen of the Nordic countries") == ()
    group = ActorRef("the leaders of the Benelux countries and Germany", "group", "DEU", "GOV")
    assert [m.country for m in members(group)] == ["BEL", "NLD", "LUX", "DEU"]


def test_another_actors_own_act_is_not_the_named_doers() -> None:
    bought = proposition_of("Japan's acquisition of Sakhalin")
    assert bought.agent == "Japan" and bought.arguments.get("about") == "Sakhalin"
    args = {"about": "Sakhalin"}
    assert bears_on(bought, "buy", None, args, country_of, _everywhere, None, "KOR") is None
    assert bears_on(bought, "buy", None, args, country_of, _everywhere, None, "JPN")


def test_a_bare_convention_is_not_every_convention() -> None:
    ottawa = proposition_of("leave the Ottawa Convention")

    def mentions(*names: str):  # type: ignore[no-untyped-def]
        def check(asked: Iterable[str]) -> bool:
            return any(a in names for a in asked)

        return check

    def bearing(found: object) -> float | None:
        return None if found is None else found.relevance  # type: ignore[attr-defined]

    place = {"place": "the Convention"}
    other = mentions("Istanbul Convention")
    assert bearing(bears_on(ottawa, "leave", None, place, country_of, other)) is None


def test_a_modifier_named_elsewhere_names_no_other_deal() -> None:
    corn = proposition_of("renew the Danube corn deal")
    said = "Hungary said it would renew the OPEC+ oil deal"
    corn_named = _corn_only
    found = bears_on(corn, "renew", "deal", {"about": "OPEC+"}, country_of, corn_named, said)
    assert found is None
    found = bears_on(corn, "renew", "deal", {}, country_of, corn_named, "Hungary will renew it")
    assert found is None
    # named in the claim's own sentence, the modifier still stands for the name
    said = "Hungary will renew the corn deal"
    assert bears_on(corn, "renew", "deal", {}, country_of, corn_named, said) is not None


def test_listing_shares_is_not_blacklisting() -> None:
    blacklist = proposition_of("blacklist the Wagner Group")
    assert (
        bears_on(blacklist, "list", None, {"about": "Wagner Group"}, country_of, _everywhere)
        is None
    )


def test_listing_as_a_terrorist_group_is_blacklisting() -> None:
    blacklist = proposition_of("blacklist the Wagner Group")
    said = "France wants to list the Wagner Group as a terrorist organisation"
    args = {"about": "Wagner Group"}
    assert bears_on(blacklist, "list", None, args, country_of, _everywhere, said) is not None
    said = "France called the addition of the Wagner Group to the terror list urgent"
    assert bears_on(blacklist, "addition", None, args, country_of, _everywhere, said)
    said = "France wants to list the Wagner Group on the Paris stock exchange"
    assert bears_on(blacklist, "list", None, args, country_of, _everywhere, said) is None


def test_taking_over_is_not_buying() -> None:
    buy = proposition_of("buy the port of Piraeus")
    assert bears_on(buy, "take over", "port", {}, country_of, _everywhere) is None


STORIES: tuple[tuple[str, str], ...] = (
    (
        "Lobby",
        "Swedish business leaders of the Nordic countries said on Friday that they oppose "
        "new sanctions on Belarus.",
    ),
    (
        "Treaties",
        "Hungary left the Istanbul Convention last year. Slovakia said on Monday that it "
        "would also leave the Convention.",
    ),
    (
        "Markets",
        "Corn and wheat prices rose on Monday. Kuwait said it would renew the OPEC+ oil "
        "production deal.",
    ),
    (
        "Islands",
        "Seoul said on Tuesday that it had no plan to buy Sakhalin.",
    ),
)


@pytest.fixture(scope="module")
def store(story_store: StoryStore) -> Iterator[cg.CablegramStore]:
    with story_store("review", STORIES, date="2025-04-02") as opened:
        yield opened


def _rows(store: cg.CablegramStore, proposition: str) -> dict[str | None, str]:
    return {r.country: r.stance for r in find_stance(store.store, proposition).countries}


def test_business_leaders_of_a_group_of_states_are_no_states(store: cg.CablegramStore) -> None:
    rows = _rows(store, "impose sanctions on Belarus")
    assert not {"DNK", "FIN", "ISL", "NOR"} & set(rows), rows


def test_the_convention_of_another_story_is_another(store: cg.CablegramStore) -> None:
    assert "SVK" not in _rows(store, "leave the Ottawa Convention")


def test_another_deal_with_a_modifier_nearby_is_another(store: cg.CablegramStore) -> None:
    assert "KWT" not in _rows(store, "renew the Danube corn deal")


def test_another_buyer_is_another_act(store: cg.CablegramStore) -> None:
    assert "KOR" not in _rows(store, "Japan's acquisition of Sakhalin")


def test_a_places_citizens_are_not_the_place() -> None:
    recognise = proposition_of("recognise Abkhazia")
    args = {"about": "Abkhazia"}
    assert bears_on(recognise, "recognise", "citizen", args, country_of, _everywhere) is None
