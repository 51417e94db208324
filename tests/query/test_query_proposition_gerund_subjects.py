"""A proposition written as a name and its gerund ("Norway joining the alliance") asks about
that name's act (rule ``gerund-subject``): another state's wish to do the same is another
act. A wish stated as a noun ("expressed a desire to join") is its holder's own act.
Sentences written for these tests."""

from __future__ import annotations

from cablegram.query.propositions_match import bears_on
from cablegram.query.stance_evidence import country_of, proposition_of


def _everywhere(names: object) -> bool:
    return True


def _bears(proposition: str, predicate: str, sentence: str, **args: str) -> bool:
    doer = args.pop("doer", None)
    found = bears_on(
        proposition_of(proposition), predicate, None, args, country_of, _everywhere, sentence, doer
    )
    return found is not None


def test_the_name_before_a_gerund_is_the_agent() -> None:
    assert proposition_of("Norway joining the OECD").agent == "Norway"
    assert proposition_of("Scotland leaving the United Kingdom").agent == "Scotland"
    assert proposition_of("send troops to Mali").agent is None


def test_another_states_wish_to_join_does_not_bear() -> None:
    sentence = "Georgia has long expressed a desire to join the OECD."
    assert not _bears("Norway joining the OECD", "join", sentence, about="OECD", doer="GEO")


def test_the_named_states_own_wish_bears() -> None:
    sentence = "Norway has long expressed a desire to join the OECD."
    assert _bears("Norway joining the OECD", "join", sentence, about="OECD", doer="NOR")


def test_a_position_on_the_named_states_joining_bears() -> None:
    sentence = "Chile opposes Norway joining the OECD."
    assert _bears("Norway joining the OECD", "join", sentence, about="OECD", doer="CHL")
