"""A claim whose verb acts on another state than the proposition names ("recognize Kosovo"
for recognising Taiwan) is another act (rule ``acted-on-state``); a state named as the
doer or owner ("the Serbian recognition") is not. Sentences written for these tests."""

from __future__ import annotations

from cablegram.query.propositions_match import bears_on
from cablegram.query.stance_evidence import country_of, proposition_of


def _everywhere(names: object) -> bool:
    return True


def _bears(proposition: str, predicate: str, sentence: str, **args: str) -> bool:
    found = bears_on(
        proposition_of(proposition), predicate, None, args, country_of, _everywhere, sentence
    )
    return found is not None


def test_recognising_another_state_does_not_bear() -> None:
    sentence = "Chile and Peru have announced plans to recognize Kosovo as a state."
    assert not _bears("recognise Taiwan", "recognize", sentence, about="Kosovo")


def test_recognising_the_named_state_bears() -> None:
    sentence = "Chile and Peru have announced plans to recognize Taiwan as a state."
    assert _bears("recognise Taiwan", "recognize", sentence, about="Taiwan")
