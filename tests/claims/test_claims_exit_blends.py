"""An exit blend ("a Grexit", "Brexit") is a name to the parser but an act to the reader:
an attitude toward it is a position on the country leaving its union (texts written for
these tests)."""

from __future__ import annotations

from collections.abc import Callable

from cablegram.claims.lexicon import claim_words
from cablegram.query.propositions_membership import EXIT_BLENDS
from cablegram.records import Claim

Annotate = Callable[[str], list[Claim]]
Polarities = Callable[[list[Claim], str, str], set[str]]


def test_a_blend_rejected_or_warned_against_is_opposed(claims: Annotate, on: Polarities) -> None:
    assert on(claims("Portugal firmly rejected a Grexit on Sunday."), "grexit", "PRT") == {"oppose"}
    assert on(claims("Ireland warned against a Brexit on Monday."), "brexit", "IRL") == {"oppose"}
    assert on(claims("Hungary voiced support for a Grexit."), "grexit", "HUN") == {"support"}


def test_rejecting_a_blend_is_no_act_of_rejecting(claims: Annotate, on: Polarities) -> None:
    assert not on(claims("Portugal firmly rejected a Grexit on Sunday."), "reject", "PRT")


def test_a_name_that_is_no_blend_still_names_someone(claims: Annotate, on: Polarities) -> None:
    # near miss: an attitude toward a named party is no act on a blend
    found = claims("Portugal rejected Exitco's bid for the port.")
    assert not on(found, "grexit", "PRT") and not on(found, "brexit", "PRT")


def test_the_claims_and_the_matcher_read_one_list_of_blends() -> None:
    # one source of truth: the matcher's table is the claim words' own mapping
    assert EXIT_BLENDS is claim_words().exit_blends
    assert claim_words().exit_blend_nouns == frozenset(EXIT_BLENDS)
    assert EXIT_BLENDS["grexit"] == ("Greece", "eurozone")
