"""The acts a verb of content gives an attitude noun: "demands include closing the base"
(cablegram.claims.contents).

Sentences written for the test, with near misses under nouns of no attitude.
"""

from __future__ import annotations

from collections.abc import Callable

from cablegram.records import Claim

Claims = Callable[[str], list[Claim]]


def held(found: list[Claim], predicate: str) -> set[tuple[str | None, str]]:
    return {
        (c.actor.country or c.actor.name, c.polarity) for c in found if c.predicate == predicate
    }


def test_a_verb_of_content_gives_an_attitude_noun_its_acts(claims: Claims) -> None:
    # The possessor holds the demands, and with them the acts they include.
    found = claims("Norway's demands include banning trawling near the coast.")
    assert ("NOR", "support") in held(found, "ban")
    found = claims("Iran's proposals involve lifting the sanctions, the ministry said.")
    assert ("IRN", "support") in held(found, "lift")


def _holders(text: str) -> set[tuple[str | None, str, str]]:
    from cablegram import nlp as nlp_stage
    from cablegram.claims.read import read_holders

    doc = nlp_stage.load()(text)
    return {
        (actor.country, found.frame.predicate, found.reading.polarity)
        for actor, found in read_holders(list(doc), "event")
    }


def test_a_verb_of_content_under_no_attitude_noun_gives_no_holder() -> None:
    assert ("PER", "close", "support") in _holders(
        "The list of demands from Peru includes closing the border crossing."
    )
    # Near misses: measures and reports are no one's attitude.
    assert not _holders("The list of measures from Peru includes closing the border crossing.")
    assert not _holders("The report from Chile includes lifting the tariffs on copper.")


def test_a_change_that_includes_an_act_is_that_act(claims: Claims) -> None:
    # A change, reversal or u-turn is not against what it includes: the scrapping or lifting
    # it includes is what the speaker tells of, not what the speaker opposes.
    for text, predicate in {
        "Ireland said the changes include lifting the cap on rents.": "lift",
        "Ireland said the U-turn involves abolishing the tax on carbon.": "abolish",
    }.items():
        assert ("IRL", "oppose") not in held(claims(text), predicate), text


def test_a_wrong_includes_the_act_it_opposes(claims: Claims) -> None:
    # Near miss: the mistakes a speaker lists are acts the speaker opposes.
    found = claims("Ireland said the errors included closing the border with Britain.")
    assert ("IRL", "oppose") in held(found, "close")
