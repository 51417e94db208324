"""Propositions worded as an analyst asks them (cablegram.query.propositions_forms):

- a noun or a comparative reads as the verbal form: "do more militarily against X" is
  taking military action against X, "the deployment of THAAD" deploying it, "a referral to
  the ICC" referring to it, "U.N. sanctions on North Korea" imposing sanctions on it;
- a state's name before an act noun, and a proposition's subject, is its agent: another state's
  own act ("Saudi jets launched strikes", "Turkish jets attacked Syria") is not this act,
  where a sentence naming the agent ("condemned the strikes by the United States") is;
- an acronym of a known organisation is that organisation ("UNSC", "IRGC"), also as the
  object of a listing ("the inclusion of the IRGC on the list"); an acronym object names
  the noun written just after it or after its spelled-out form ("the Terminal High
  Altitude Area Defense (THAAD) system");
- doing more of an act is for it ("step up air strikes");
- a model designation before the object ("F-16 fighter jets") is what the act is about;
- giving words and seats: "donate" is giving, a seat on a council is membership of it;
- a bare act noun ("a two-state solution") matches only a sentence writing its other
  content words, never an unrelated sentence sharing the act word alone;
- a proposition with no act to look for gets one line saying what to type instead.

Sentences and stories written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from query_samples import StoryStore, country_rows

import cablegram.api as cg
from cablegram.query.meaning import meet
from cablegram.query.propositions_forms import UNREADABLE_NOTE, adjective_of, rewrite
from cablegram.query.propositions_match import bears_on
from cablegram.query.stance import find_stance
from cablegram.query.stance_evidence import country_of, proposition_of


def _everywhere(names: Iterable[str]) -> bool:
    return True


def _nowhere(names: Iterable[str]) -> bool:
    return False


def bears(proposition: str, predicate: str, obj: str | None, sentence: str, **args: str) -> bool:
    doer = args.pop("doer", None)
    found = bears_on(
        proposition_of(proposition), predicate, obj, args, country_of, _everywhere, sentence, doer
    )
    return found is not None


def test_a_manner_adverb_names_the_kind_of_action() -> None:
    assert adjective_of("militarily") == "military"
    assert adjective_of("economically") == "economic"
    assert adjective_of("financially") == "financial"
    assert rewrite("do more militarily against the Islamic State") == (
        "take military action against the Islamic State"
    )
    assert rewrite("act militarily in Libya") == "take military action in Libya"
    assert rewrite("send troops to Iraq") == "send troops to Iraq"
    more = proposition_of("do much more militarily against the Islamic State")
    plain = proposition_of("take military action against the Islamic State")
    assert more.core == plain.core == ("military action",)
    assert more.arguments == plain.arguments == {"target": "Islamic State"}
    strike = "US jets struck Islamic State positions near Raqqa."
    assert bears("do more militarily against the Islamic State", "strike", None, strike,
                 target="Islamic State")  # fmt: skip


def test_a_noun_reads_as_its_verb() -> None:
    noun = proposition_of("the deployment of THAAD in South Korea")
    verb = proposition_of("deploy THAAD in South Korea")
    assert noun.object == verb.object == "thaad"
    assert noun.arguments == verb.arguments
    assert meet(noun.predicate or "", verb.predicate or "")
    assert meet("referral", "refer") and meet("deferral", "defer")
    court = "Canada voted to refer to the International Criminal Court."
    assert bears("a referral to the ICC", "refer", None, court,
                 place="International Criminal Court")  # fmt: skip
    sanctions = proposition_of("U.N. sanctions on North Korea")
    imposing = proposition_of("impose sanctions on North Korea")
    assert sanctions.core == imposing.core == ("sanction",)
    assert sanctions.arguments["target"] == imposing.arguments["target"] == "North Korea"
    # a body's name before the act noun stays what the act is about, a state's is its agent
    assert sanctions.arguments["about"] == "U.N." and sanctions.agent is None
    assert proposition_of("US sanctions on North Korea").agent == "US"


def test_a_subject_is_the_agent() -> None:
    attack = proposition_of("Israel should attack Syria")
    assert attack.agent == "Israel"
    assert "Israel" not in attack.arguments.values()
    # another state's own attack is not Israel's
    own = "Turkish jets attacked Syria on Monday."
    assert not bears("Israel should attack Syria", "attack", None, own, about="Syria",
                     doer="TUR")  # fmt: skip
    # a sentence naming the agent bears, by any of its names
    condemned = "Iran condemned the Israeli attack on Syria."
    assert bears("Israel should attack Syria", "attack", None, condemned, about="Syria",
                 doer="IRN")  # fmt: skip
    # or by a person the dictionary knows as of the agent's state
    plan = "Denmark rejected Joe Biden's plan to attack Syria."
    assert bears("US should attack Syria", "attack", None, plan, about="Syria", doer="DNK")
    # a proposition without a subject has no agent
    assert proposition_of("attack Syria").agent is None


def test_an_acronym_names_the_organisation() -> None:
    seat = proposition_of("a permanent UNSC seat for India")
    assert seat.arguments == {"about": "UNSC", "beneficiary": "India"}
    backed = "France backs India's permanent membership of the United Nations Security Council."
    assert bears("a permanent UNSC seat for India", "membership", None, backed,
                 beneficiary="India", doer="FRA")  # fmt: skip
    elsewhere = "France backs India's membership of the Commonwealth."
    seat_args = {"beneficiary": "India"}
    assert bears_on(seat, "membership", None, seat_args, country_of, _nowhere, elsewhere) is None
    listing = proposition_of("the inclusion of the IRGC on the list")
    verbal = proposition_of("designate the IRGC as a terrorist organisation")
    assert listing.predicate == verbal.predicate == "designate"
    assert listing.object is None and listing.arguments == {"about": "IRGC"}
    # a list that is not of terrorist or banned groups leaves the words as they are
    assert proposition_of("the inclusion of Kenya in the talks").predicate != "designate"


def test_a_bare_act_noun_needs_the_propositions_other_words() -> None:
    two_states = proposition_of("a two-state solution")
    assert two_states.others == ("state",)
    backed = "Egypt backed a two-state solution on Monday."
    assert bears("a two-state solution", "solution", None, backed)
    # the act word alone, in a sentence on another matter, does not match
    other = "The ministry said it wanted a solution to the fuel shortage."
    assert not bears("a two-state solution", "solution", None, other)
    # a proposition naming an object or a place needs no such word
    assert proposition_of("a ceasefire in Gaza").others == ()


def test_an_acronym_object_names_the_thing_it_stands_for() -> None:
    spelled = ("China opposes the deployment of the Terminal High Altitude Area Defense "
               "(THAAD) system in South Korea.")  # fmt: skip
    assert bears("deploy THAAD in South Korea", "deployment", "system", spelled,
                 place="South Korea")  # fmt: skip
    short = "Seoul agreed to deploy the THAAD battery in South Korea."
    assert bears("deploy THAAD in South Korea", "deploy", "battery", short, place="South Korea")
    # another system in a sentence that also names THAAD is not it
    other = "Beside THAAD, Seoul will deploy a new radar system in South Korea."
    assert not bears("deploy THAAD in South Korea", "deploy", "system", other,
                     place="South Korea")  # fmt: skip


def test_a_model_designation_is_what_the_act_is_about() -> None:
    jets = proposition_of("the delivery of F-16 fighter jets to Ukraine")
    assert jets.object == "jet" and jets.arguments["about"] == "F-16"
    assert proposition_of("buy S-400 missiles from Russia").arguments["about"] == "S-400"
    # a claim naming the model itself, without the noun, bears on the jets
    pledged = "The Netherlands committed to the transfer of F-16 aircraft to Ukraine."
    assert bears("the delivery of F-16 fighter jets to Ukraine", "transfer", None, pledged,
                 about="F-16 aircraft", place="Ukraine")  # fmt: skip
    # another model does not
    other = "The Netherlands committed to the transfer of Leopard tanks to Ukraine."
    assert not bears("the delivery of F-16 fighter jets to Ukraine", "transfer", None, other,
                     about="Leopard tanks", place="Ukraine")  # fmt: skip


def test_doing_more_of_an_act_is_for_it() -> None:
    stepped = "France said it would step up air strikes on Islamic State targets in Syria."
    assert bears("do more militarily against the Islamic State", "step up", "strike", stepped,
                 target="Islamic State", place="Syria")  # fmt: skip


def test_giving_and_seats_are_synonyms() -> None:
    assert meet("donate", "deliver") and meet("donation", "supply")
    assert meet("seat", "membership")
    assert not meet("seat", "send")


def test_a_proposition_with_no_act_gets_one_line_with_an_example() -> None:
    assert proposition_of("one country, two systems").predicate is None
    assert "e.g. 'impose sanctions on North Korea'" in UNREADABLE_NOTE


STORIES = (
    (
        "Terror list",
        "The Netherlands supports the inclusion of the IRGC on the EU's list of terrorist "
        "organisations, Foreign Minister Hanke Bruins Slot said on Tuesday.",
    ),
    (
        "Yemen strikes",
        "Russia strongly condemned the strikes by the United States on the Houthis in Yemen, "
        "Foreign Ministry spokeswoman Maria Zakharova said.",
    ),
    (
        "Saudi raid",
        "Saudi jets launched strikes on the Houthis in Yemen on Monday, the Saudi defence "
        "ministry said.",
    ),
    (
        "Jets",
        "Denmark will donate 19 F-16 fighter jets to Ukraine, Prime Minister Mette "
        "Frederiksen said on Sunday.",
    ),
)


@pytest.fixture(scope="module")
def store(story_store: StoryStore) -> Iterator[cg.CablegramStore]:
    with story_store("forms", STORIES) as opened:
        yield opened


def test_stories_reach_their_rows(store: cg.CablegramStore) -> None:
    listing = country_rows(find_stance(store.store, "the inclusion of the IRGC on the list"))
    assert listing.get("NLD") == "support"
    strikes = country_rows(find_stance(store.store, "US strikes on the Houthis in Yemen"))
    assert strikes.get("RUS") == "oppose"
    assert "SAU" not in strikes  # its own strikes, not the US's
    jets = country_rows(find_stance(store.store, "the delivery of F-16 fighter jets to Ukraine"))
    assert jets.get("DNK") == "support"
    nothing = find_stance(store.store, "one country, two systems")
    assert nothing.notes == (UNREADABLE_NOTE,)
    assert not nothing.countries and not nothing.actors


def test_an_acronym_compounded_on_the_object_says_which_thing() -> None:
    # "AUKUS", "CPTPP": tagged proper nouns, no entity; the pact is theirs
    for text, name in (
        ("establish the AUKUS security pact", "AUKUS"),
        ("ratify the CPTPP trade pact", "CPTPP"),
    ):
        parsed = proposition_of(text)
        assert parsed.object == "pact" and parsed.arguments.get("about") == name, text
    # another security pact, in a document that never names AUKUS, does not bear
    found = bears_on(
        proposition_of("establish the AUKUS security pact"),
        "sign",
        "pact",
        {},
        country_of,
        _nowhere,
        "Manila and Tokyo signed a security pact on Monday.",
    )
    assert found is None
