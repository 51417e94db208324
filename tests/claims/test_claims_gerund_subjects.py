"""An attitude noun's gerund with its own subject, which the parser hangs on the verb:
"expressed their opposition to the US sending cluster munitions" opposes sending (rule
``gerund-with-own-subject``, cablegram.claims.gerund_subjects).

Sentences written for the test, with near misses where the gerund is the speakers' own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Claim

Claims = Callable[[str], list[Claim]]
On = Callable[[list[Claim], str, str], set[str]]


@pytest.mark.parametrize(
    ("text", "predicate", "who"),
    [
        (
            "Several Nordic governments expressed their opposition to the US sending "
            "landmines to the region.",
            "send",
            "Several Nordic governments",
        ),
        (
            "Austria voiced its opposition to Washington sending more warplanes to Taiwan.",
            "send",
            "AUT",
        ),
        (
            "Greece restated its opposition to Turkey buying Russian missiles.",
            "buy",
            "GRC",
        ),
    ],
)
def test_opposition_to_a_party_doing_opposes_the_act(
    claims: Claims, on: On, text: str, predicate: str, who: str
) -> None:
    found = on(claims(text), predicate, who)
    assert found == {"oppose"}


def test_support_for_a_party_doing_stays_support(claims: Claims, on: On) -> None:
    found = claims("Austria stated its support for Washington sending more warplanes to Taiwan.")
    assert on(found, "send", "AUT") == {"support"}


def test_near_miss_a_gerund_set_off_by_a_comma_is_the_speakers_own(claims: Claims, on: On) -> None:
    found = claims("Austria voiced its opposition to Washington, sending a protest note to Ankara.")
    assert "oppose" not in on(found, "send", "AUT")


def test_near_miss_after_a_common_noun_the_gerund_stays_the_verbs(claims: Claims) -> None:
    from cablegram import nlp as nlp_stage
    from cablegram.claims.gerund_subjects import subject_gerund_noun
    from cablegram.claims.lexicon import claim_words

    doc = nlp_stage.load()("Austria voiced its opposition to the decision sending troops.")
    gerund = next(t for t in doc if t.lower_ == "sending")
    assert subject_gerund_noun(gerund, claim_words()) is None
