"""Claims pointing back at an act named before, on hand-made claims (no NLP): which way
they point, and when they are left out. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from cablegram.query.meaning import points_back
from cablegram.query.propositions_match import bears_on
from cablegram.query.stance_anaphora import anaphor_kind, antecedents_in, resolve
from cablegram.query.stance_evidence import country_of, proposition_of
from cablegram.records import Actor, Claim
from cablegram.records.kinds import Polarity

TEXT = (
    "France decided not to send troops to Mali. Chad criticised the decision on Monday. "
    "Niger welcomed the move."
)


def claim(
    who: str, polarity: Polarity, predicate: str, obj: str | None, sentence: str, **args: str
) -> Claim:
    return Claim(
        doc_id="d1",
        claim_id=f"{who}-{predicate}",
        actor=Actor(who, "state", who),
        predicate=predicate,
        polarity=polarity,
        source_kind="statement",
        source_id="s1",
        sentence=sentence,
        object=obj,
        arguments=tuple(args.items()),
    )


def _anywhere(names: Iterable[str]) -> bool:
    return True


FRANCE = claim(
    "France", "oppose", "send", "troop", "France decided not to send troops to Mali.", place="Mali"
)
CHAD = claim("Chad", "oppose", "decision", None, "Chad criticised the decision on Monday.")
NIGER = claim("Niger", "support", "move", None, "Niger welcomed the move.")


def test_pointing_words_need_a_pointing_determiner() -> None:
    assert points_back("mission", "willing to join such a mission")
    assert points_back("company", "declined to exclude the Chinese company")
    assert points_back("plan", "rejected Washington's plan")
    assert points_back("it", None)
    assert not points_back("mission", "will join a mission to Mars")
    assert not points_back("journalist", "the detention of a Belarusian journalist")


def test_the_kind_of_a_pointing_claim() -> None:
    assert anaphor_kind(CHAD) == "decision"
    join = claim("Egypt", "support", "join", "mission", "ready to join such a mission")
    assert anaphor_kind(join) == "act"
    assert anaphor_kind(claim("Qatar", "support", "join", "mission", "a mission to Mars")) is None
    assert anaphor_kind(FRANCE) is None


def test_a_decision_word_takes_the_side_of_what_was_decided() -> None:
    query = proposition_of("send troops to Mali")
    found = antecedents_in(TEXT, [(FRANCE, FRANCE.polarity)])
    # Criticising a decision not to send is for sending; welcoming it is against.
    chad = resolve(query, CHAD, found, 1, country_of, _anywhere)
    niger = resolve(query, NIGER, found, 2, country_of, _anywhere)
    assert chad is not None and chad[0] == "support"
    assert niger is not None and niger[0] == "oppose"
    assert chad[1].relevance <= 0.7


def test_an_ambiguous_or_distant_antecedent_is_left_out() -> None:
    query = proposition_of("send troops to Mali")
    poland = claim(
        "Poland",
        "support",
        "send",
        "troop",
        "Chad criticised the decision on Monday.",
        place="Mali",
    )
    # Two antecedents in reach pointing different ways: which decision is meant is unclear.
    both = antecedents_in(TEXT, [(FRANCE, "oppose"), (poland, "support")])
    assert resolve(query, CHAD, both, 1, country_of, _anywhere) is None
    # An antecedent more than two sentences before is out of reach.
    far = antecedents_in(TEXT, [(FRANCE, "oppose")])
    assert resolve(query, NIGER, far, 5, country_of, _anywhere) is None


def test_a_pointing_claim_with_another_place_does_not_drift_in() -> None:
    query = proposition_of("send troops to Mali")
    chad = claim("Chad", "oppose", "decision", None, "Chad criticised the decision.", place="Niger")
    found = antecedents_in(TEXT, [(FRANCE, "oppose")])
    assert resolve(query, chad, found, 1, country_of, _anywhere) is None


def test_a_referring_object_needs_a_named_party_proposition() -> None:
    sentence = "Germany declined to exclude the Chinese company."
    huawei = bears_on(
        proposition_of("ban Huawei"), "exclude", "company", {}, country_of, _anywhere, sentence
    )
    assert huawei is not None
    # A proposition with an object of its own keeps the claim's object as an object.
    kit = bears_on(
        proposition_of("ban Huawei equipment"),
        "exclude",
        "company",
        {},
        country_of,
        _anywhere,
        sentence,
    )
    assert kit is None


def test_a_measure_is_the_act_it_names() -> None:
    text = (
        "Ruritania will sue over the decision to ban Arvelian gas imports. "
        "Ruritania and Dostria voted against the measure."
    )
    suing = claim(
        "Ruritania",
        "oppose",
        "ban",
        "import",
        "Ruritania will sue over the decision to ban Arvelian gas imports.",
    )
    vote = claim(
        "Ruritania and Dostria",
        "oppose",
        "measure",
        None,
        "Ruritania and Dostria voted against the measure.",
    )
    assert anaphor_kind(vote) == "act"
    found = antecedents_in(text, [(suing, "oppose")])
    side = resolve(proposition_of("ban gas imports"), vote, found, 1, country_of, _anywhere)
    assert side is not None and side[0] == "oppose"


def test_a_decision_word_after_the_same_partys_own_view_is_left_out() -> None:
    # The antecedent is Chad's own opposition, not the decision: which way "the plan"
    # points is unknown ("Chad opposes sending troops ... Chad rejected the plan").
    text = "Chad opposes sending troops to Mali. Chad rejected the plan on Monday."
    chad = Actor("Chad", "state", "Chad", country="TCD")
    own = replace(
        claim(
            "Chad", "oppose", "send", "troop", "Chad opposes sending troops to Mali.", place="Mali"
        ),
        actor=chad,
    )
    plan = replace(
        claim("Chad", "oppose", "plan", None, "Chad rejected the plan on Monday."), actor=chad
    )
    found = antecedents_in(text, [(own, "oppose")])
    assert (
        resolve(proposition_of("send troops to Mali"), plan, found, 1, country_of, _anywhere)
        is None
    )
