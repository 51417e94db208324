"""Stance rows a claim reaches although it names its act or party differently, by kind:

- a synonym ("free" for "release", "exclude" for "ban"), an act noun ("the
  peacekeeping effort" for sending a force);
- the act that undoes the proposition's ("decried his detention" for releasing him), only
  when opposed;
- a party written as a noun pointing back ("the Chinese company" for Huawei), never a new
  one ("a Belarusian journalist");
- the thing a verb leaves as the proposition's object ("withdraw from the agreement" meets
  "exit the agreement");
- the named thing the proposition's object is ("cancel Nord Stream 2" for building the
  pipeline), and the name an act noun is "of" ("a boycott of the Beijing Olympics"), so that
  a boycott of something else does not drift in;
- an act named just before ("willing to join such a mission"), never a new one ("a mission
  to Mars").

Stories written for these tests, run through the whole pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from query_samples import StoryStore, country_rows

import cablegram.api as cg
from cablegram.query.stance import find_stance

STORIES: tuple[tuple[str, str], ...] = (
    (
        "Kavala still held",
        "Osman Kavala has been held since 2017. Germany condemned his continued detention on "
        "Monday, while France called for his release.",
    ),
    (
        "Ministry on Kavala",
        "The Dutch foreign ministry urged Turkey to free Osman Kavala immediately.",
    ),
    (
        "Navalny detained",
        "Alexei Navalny was detained on arrival in Moscow. Poland condemned the detention of "
        "a Belarusian journalist.",
    ),
    (
        "Huawei in Europe",
        "Britain banned Huawei from its 5G network in July. Germany declined to exclude the "
        "Chinese company, a government spokesman said.",
    ),
    (
        "Telecoms elsewhere",
        "Huawei opened a shop in Oslo. Norway declined to exclude a Swedish company from a tender.",
    ),
    (
        "Climate pact",
        "President Donald Trump announced his decision to withdraw the United States from the "
        "Paris Agreement. Brazil expressed concern and disappointment with Trump's decision to "
        "exit the climate agreement.",
    ),
    (
        "Haiti mission funded",
        "Kenya is ready to lead a multinational force in Haiti. Canadian Defence Minister Bill "
        "Blair said Canada will support the peacekeeping effort in Haiti.",
    ),
    (
        "Gaza force",
        "Washington asked Arab states to send peacekeepers to Gaza. Egypt expressed a "
        "willingness to join such a mission.",
    ),
    (
        "Pipeline politics",
        "Polish Prime Minister Mateusz Morawiecki said it was in Europe's common interest to "
        "cancel Nord Stream 2.",
    ),
    (
        "Winter Games",
        "The United States will diplomatically boycott the Beijing Winter Olympics, the White "
        "House said on Monday.",
    ),
    (
        "Football",
        "Canada said it would boycott the football World Cup in Qatar.",
    ),
    (
        "Space plans",
        "Peacekeepers were sent to Gaza in a story told elsewhere. Qatar said it will join "
        "a mission to Mars.",
    ),
)


@pytest.fixture(scope="module")
def store(story_store: StoryStore) -> Iterator[cg.CablegramStore]:
    with story_store("reading", STORIES) as opened:
        yield opened


def test_a_synonym_reaches_the_row(store: cg.CablegramStore) -> None:
    release = country_rows(find_stance(store.store, "release Osman Kavala"))
    assert release.get("NLD") == "support"  # "urged Turkey to free"
    assert release.get("FRA") == "support"


def test_against_the_undoing_act_is_for_the_act(store: cg.CablegramStore) -> None:
    release = country_rows(find_stance(store.store, "release Osman Kavala"))
    assert release.get("DEU") == "support"  # "condemned his continued detention"
    # The detention of someone else, in a story that names Navalny, is not about him.
    navalny = country_rows(find_stance(store.store, "release Alexei Navalny"))
    assert "POL" not in navalny


def test_a_noun_pointing_back_stands_for_the_named_party(store: cg.CablegramStore) -> None:
    huawei = country_rows(find_stance(store.store, "ban Huawei"))
    assert huawei.get("GBR") == "support"
    assert huawei.get("DEU") == "oppose"  # "declined to exclude the Chinese company"
    # "a Swedish company" is a new party, not Huawei.
    assert "NOR" not in huawei


def test_the_thing_a_verb_leaves_is_its_object(store: cg.CablegramStore) -> None:
    paris = find_stance(store.store, "withdraw from the Paris climate agreement")
    assert paris.query.object == "agreement"
    found = country_rows(paris)
    assert found.get("BRA") == "oppose"
    assert found.get("USA") == "support"


def test_an_act_noun_names_its_act(store: cg.CablegramStore) -> None:
    haiti = country_rows(find_stance(store.store, "send a multinational force to Haiti"))
    assert haiti.get("CAN") == "support"  # "support the peacekeeping effort in Haiti"


def test_a_word_pointing_back_takes_the_act_named_before(store: cg.CablegramStore) -> None:
    gaza = find_stance(store.store, "send peacekeepers to Gaza")
    found = country_rows(gaza)
    assert found.get("USA") == "support"
    assert found.get("EGY") == "support"  # "join such a mission"
    egypt = gaza.row("EGY")
    assert egypt is not None and egypt.confidence < 0.75
    # "a mission to Mars" points at nothing named before.
    assert "QAT" not in found


def test_a_claim_naming_the_thing_itself_bears_on_its_object(store: cg.CablegramStore) -> None:
    build = find_stance(store.store, "build the Nord Stream 2 pipeline")
    assert country_rows(build).get("POL") == "oppose"  # "cancel Nord Stream 2" undoes building it
    cancel = find_stance(store.store, "cancel Nord Stream 2")
    assert country_rows(cancel).get("POL") == "support"


def test_the_name_an_act_noun_is_of_keeps_other_acts_out(store: cg.CablegramStore) -> None:
    boycott = find_stance(store.store, "a diplomatic boycott of the Beijing Olympics")
    assert boycott.query.arguments.get("about") == "Beijing Olympics"
    found = country_rows(boycott)
    assert found.get("USA") == "support"
    assert "CAN" not in found  # the World Cup in Qatar is another boycott
