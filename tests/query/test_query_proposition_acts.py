"""Acts named by other words (cablegram.query.propositions_match, the synonym data):

- an act noun heading a claim with no object is read as the data's term the sentence
  writes ("condemned the Turkish **military operation**"), so a military operation or
  military action meets an offensive, where a bare "operation" (a rescue, a police
  operation) does not;
- the nouns of using force name one act: an offensive, an incursion, an invasion, an
  aggression, an assault;
- a noun of a plan or decision with the planned thing as its object is that thing ("the
  project of an agreement ... is unacceptable");
- a proposition's object written as a name ("Schengen membership") is named by a claim
  whose own sentence writes that name ("the accession of Romania into the Schengen Area");
- the name a proposition's object is "of" is what it is about ("cap the price of Russian
  oil"): a claim about another thing's price, in a story not naming it, does not bear;
- spellings of one sense meet ("utilise", "utilize", "use");
- a group of states may name a state's governing body among them ("Egypt, Jordan, and the
  Palestinian Authority"): each speaks for its own country;
- including a group on a state's or union's list of terrorist organisations is designating
  it, and the list's owner is no place or target of the act;
- the search for a proposition's claims finds every claim the matcher would read as its
  act: "list ... as a terrorist organisation" for designating.

Sentences and stories written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from query_samples import StoryStore, country_rows

import cablegram.api as cg
from cablegram.query.common import ActorRef
from cablegram.query.meaning import meet
from cablegram.query.propositions_claim_act import act_noun_term, planned_act
from cablegram.query.propositions_match import bears_on
from cablegram.query.stance import find_stance
from cablegram.query.stance_evidence import country_of, proposition_of, search_terms
from cablegram.query.stance_places import members

OFFENSIVE = "a Turkish military offensive in northern Syria"


def _nowhere(names: Iterable[str]) -> bool:
    return False


def _everywhere(names: Iterable[str]) -> bool:
    return True


def bears(proposition: str, predicate: str, sentence: str, **args: str) -> bool:
    found = bears_on(
        proposition_of(proposition), predicate, None, args, country_of, _everywhere, sentence
    )
    return found is not None


def test_an_act_noun_is_read_as_the_term_its_sentence_writes() -> None:
    written = "The ministry condemned the Turkish military operation in the north."
    assert act_noun_term("operation", None, written) == "military operation"
    assert act_noun_term("operation", None, "A rescue operation began.") == "operation"
    # a predicate with an object is left alone
    assert act_noun_term("halt", "action", "halt military action") == "halt"


def test_only_the_words_before_the_claims_own_noun_make_its_term() -> None:
    # the sentence writes the noun twice; the claim's is not the military one
    germany = ("Germany called for urgent diplomatic action on Iran, warning that military "
               "action against Iran would be a disaster.")  # fmt: skip
    assert act_noun_term("action", None, germany) == "action"
    france = ("France supports action by the Security Council on Iran, but any military "
              "action would be catastrophic.")  # fmt: skip
    assert act_noun_term("action", None, france) == "action"
    assert not bears("attack Iran", "action", germany, about="Iran")
    mine = "Rome backed a rescue operation at sea and said a military operation would fail."
    assert act_noun_term("operation", None, mine) == "operation"
    # written once, or pointed back at, the term stands
    again = "Ankara began a military operation; the operation went on for weeks."
    assert act_noun_term("operation", None, again) == "military operation"


def test_a_military_operation_or_action_is_an_offensive_a_bare_operation_is_not() -> None:
    assert bears(OFFENSIVE, "operation", "Lebanon condemned the Turkish military operation "
                 "in Syria.", about="Turkish", place="Syria")  # fmt: skip
    assert bears(OFFENSIVE, "action", "The EU called on Turkey to halt unilateral military "
                 "action in Syria.", place="Syria")  # fmt: skip
    assert not bears(OFFENSIVE, "operation", "Greece praised the Turkish rescue operation "
                     "in Syria.", about="Turkish", place="Syria")  # fmt: skip
    assert not bears(OFFENSIVE, "action", "The EU called for joint action in Syria.",
                     place="Syria")  # fmt: skip


def test_the_nouns_of_using_force_meet_and_keep_their_place() -> None:
    for noun in ("incursion", "invasion", "aggression", "assault", "attack"):
        assert meet("offensive", noun), noun
        assert bears(OFFENSIVE, noun, "x", about="Turkish", place="Syria"), noun
    # the same act somewhere else is about something else
    assert not bears(OFFENSIVE, "invasion", "x", place="Ukraine")
    # force is not talk
    assert not meet("offensive", "negotiation")


def test_a_plans_object_is_the_act() -> None:
    pact = "approve the EU-Andean trade agreement"
    said = "The project of an agreement between the EU and the Andean states is unacceptable."
    assert bears_on(proposition_of(pact), "project", "agreement", {}, country_of, _everywhere, said)
    assert planned_act("plan", "sanction") == ("sanction", None)
    # an act noun that is no plan keeps its object
    assert planned_act("withdrawal", "troop") == ("withdrawal", "troop")
    # troops planned are not troops sent
    assert not bears_on(
        proposition_of("send troops to Iraq"), "plan", "troop", {"place": "Iraq"}, country_of,
        _everywhere, "the plan for troops in Iraq",
    )  # fmt: skip


def test_an_object_written_as_a_name_is_named_by_the_claims_sentence() -> None:
    schengen = "Schengen membership for Croatia"
    said = "Austria lifted its veto on the accession of Croatia into the Schengen Area."
    assert bears_on(proposition_of(schengen), "accession", None, {"about": "Croatia"},
                    country_of, _everywhere, said)  # fmt: skip
    # another accession in a sentence without the name
    said = "Austria backed the accession of Croatia to the euro area."
    assert not bears_on(proposition_of(schengen), "accession", None, {"about": "Croatia"},
                        country_of, _everywhere, said)  # fmt: skip


def test_an_object_name_in_another_clause_names_nothing() -> None:
    schengen = proposition_of("Schengen membership for Bulgaria")
    dutch = ("The Dutch government, which blocked Bulgaria's Schengen bid, welcomed the "
             "accession of Bulgaria to the eurozone.")  # fmt: skip
    assert not bears_on(schengen, "accession", None, {"about": "Bulgaria"}, country_of,
                        _everywhere, dutch)  # fmt: skip
    mine = ("Vienna backed the accession of Bulgaria to the OECD, but Schengen remains "
            "closed to it.")  # fmt: skip
    assert not bears_on(schengen, "accession", None, {"about": "Bulgaria"}, country_of,
                        _everywhere, mine)  # fmt: skip
    # the name in the predicate's own phrase, after it or just before it
    own = "Vienna backed Bulgaria's Schengen accession on Friday."
    assert bears_on(schengen, "accession", None, {"about": "Bulgaria"}, country_of,
                    _everywhere, own)  # fmt: skip


def test_the_name_an_object_is_of_is_what_the_act_is_about() -> None:
    cap = proposition_of("cap the price of Venezuelan oil")
    assert (cap.object, cap.arguments) == ("price", {"about": "Venezuelan"})
    said = "Spain wants to cap the price of gas."
    assert not bears_on(cap, "cap", "price", {}, country_of, _nowhere, said)
    assert bears_on(cap, "cap", "price", {}, country_of, _everywhere, said)
    assert proposition_of("recognise the independence of Kosovo").arguments == {"about": "Kosovo"}


def test_spellings_of_one_sense_meet() -> None:
    assert meet("use", "utilise") and meet("use", "utilized")
    assert not meet("use", "seize")


def test_a_group_may_name_a_government_body_among_its_states() -> None:
    group = ActorRef("Egypt, Jordan, and the Palestinian Authority", "group", None, "GOV")
    found = {(m.name, m.country) for m in members(group)}
    assert found == {("Egypt", "EGY"), ("Jordan", "JOR"), ("Palestinian Authority", "PSE")}
    # an armed group is no government body: the group stays whole
    mixed = ActorRef("Egypt and Hamas", "group", None, "GOV")
    assert members(mixed) == [mixed]


def test_inclusion_on_a_list_of_terrorist_organisations_is_designating() -> None:
    hezbollah = proposition_of("designate Hezbollah as a terrorist organisation")
    args = {"about": "Hezbollah", "target": "African Union"}
    said = "Chad will support the inclusion of Hezbollah on the African Union's list of "
    said += "terrorist organisations."
    assert bears_on(hezbollah, "inclusion", None, args, country_of, _everywhere, said)
    # included in talks, on no list: not designating
    said = "Chad backed the inclusion of Hezbollah in the African Union's talks."
    assert not bears_on(hezbollah, "inclusion", None, args, country_of, _everywhere, said)


def test_designating_is_searched_by_the_listing_words_too() -> None:
    words, _ = search_terms(proposition_of("designate Hezbollah as a terrorist organisation"))
    assert "list" in words and "addition" in words
    words, _ = search_terms(proposition_of("recognise Kosovo"))
    assert "list" not in words


STORIES: tuple[tuple[str, str], ...] = (
    (
        "Offensive",
        "Egypt condemned in the strongest terms the Turkish incursion into northern Syria. "
        "Lebanon's Foreign Ministry has condemned the Turkish military operation in northern "
        "Syria.",
    ),
    ("Rescue", "Greece welcomed the Turkish rescue operation off the Syrian coast."),
    (
        "Assets",
        "Italy, Bulgaria and Malta opposed plans to utilise frozen Russian assets to fund Ukraine.",
    ),
    (
        "Resettle",
        "Egypt, Jordan, and the Palestinian Authority rejected any plan to resettle Gaza "
        "residents in Egypt.",
    ),
    (
        "Listing",
        "The Dutch government has been pushing for a joint EU decision to list Hezbollah as a "
        "terrorist organisation.",
    ),
)


@pytest.fixture(scope="module")
def store(story_store: StoryStore) -> Iterator[cg.CablegramStore]:
    with story_store("acts", STORIES) as opened:
        yield opened


def test_stories_reach_their_rows(store: cg.CablegramStore) -> None:
    offensive = country_rows(find_stance(store.store, OFFENSIVE))
    assert offensive.get("EGY") == "oppose" and offensive.get("LBN") == "oppose"
    assert "GRC" not in offensive  # a rescue operation is no offensive
    assets = country_rows(find_stance(store.store, "use frozen Russian assets to fund Ukraine"))
    assert assets.get("ITA") == "oppose" and assets.get("BGR") == "oppose"
    assert assets.get("MLT") == "oppose"
    listing = country_rows(
        find_stance(store.store, "designate Hezbollah as a terrorist organisation")
    )
    assert listing.get("NLD") == "support"
    resettle = country_rows(find_stance(store.store, "resettle Palestinians from Gaza in Egypt"))
    assert resettle.get("JOR") == "oppose" and resettle.get("PSE") == "oppose"


def test_a_part_or_a_pace_is_read_as_what_it_is_of() -> None:
    from cablegram.query.propositions_claim_act import of_phrase_object
    from cablegram.query.propositions_match import bears_on
    from cablegram.query.stance_evidence import country_of, proposition_of

    sentence = "Canada said it would ease most of its sanctions on Cuba next month."
    assert of_phrase_object("most", sentence) == "sanctions"
    paced = "The envoy urged Kiev to quicken the pace of privatisation, officials said."
    assert of_phrase_object("pace", paced) == "privatisation"
    found = bears_on(
        proposition_of("ease sanctions on Cuba"),
        "ease",
        "most",
        {},
        country_of,
        lambda phrases: "Cuba" in phrases,
        sentence,
    )
    assert found is not None and found.same_direction
    # a part of people or of a name, or no "of": left as it is
    assert of_phrase_object("most", "Ottawa freed most of them on Friday.") == "most"
    assert of_phrase_object("some", "Ottawa praised some of Havana's steps.") == "steps"
    assert of_phrase_object("all", "The minister wants it all.") == "all"
    assert of_phrase_object("part", "They met as part of the Geneva talks.") == "part"


def test_the_of_phrase_object_is_its_noun_not_a_word_after_it() -> None:
    # review r104 finding 6: participles, auxiliaries, adverbs and particles after the noun
    from cablegram.query.propositions_claim_act import of_phrase_object

    composed = {
        "Ottawa may ease most of the tariffs levied on Cuban sugar.": "tariffs",
        "Cairo freed half of the activists held since June.": "activists",
        "Paris will keep some of its jets now based in Jordan.": "jets",
        "Most of the curbs will be eased next year, the envoy said.": "curbs",
        "Moscow will pull most of its tanks back from the border.": "tanks",
        "Kiev said all of the mines planted were cleared.": "mines",
        "Seoul lifted most of the newly imposed curbs.": "curbs",
        "Madrid cut most of its aid quickly after the coup.": "aid",
    }
    for sentence, noun in composed.items():
        part = sentence.split(" of ")[0].split()[-1]
        assert of_phrase_object(part, sentence) == noun, sentence
