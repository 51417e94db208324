"""An agreement a proposition names by its proper name: a claim's definite agreement noun
("the pact", "the deal") stands for it where the claim's document names the agreement, in
full or by its initials, and no other agreement by that noun (sentences composed for the
tests)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import cablegram.api as cg
from cablegram.query.propositions_agreements import NAMED_IN_DOCUMENT
from cablegram.query.propositions_match import Bearing, bears_on
from cablegram.query.propositions_names import OTHER_NAMED
from cablegram.query.stance_evidence import country_of, proposition_of, search_terms

TPP = "ratify the Trans-Pacific Partnership"


def _document(*names: str, other: bool = False) -> Callable[[Iterable[str]], bool]:
    """A claim's document that mentions ``names`` (and another agreement by the claim's
    noun when ``other``)."""

    def mentions(phrases: Iterable[str]) -> bool:
        for phrase in phrases:
            if phrase.startswith(OTHER_NAMED):
                if other:
                    return True
            elif phrase in names:
                return True
        return False

    return mentions


def bearing(
    proposition: str,
    predicate: str,
    obj: str | None,
    sentence: str,
    mentions: Callable[[Iterable[str]], bool],
) -> Bearing | None:
    return bears_on(proposition_of(proposition), predicate, obj, {}, country_of, mentions, sentence)


def test_the_named_agreement_is_the_object_of_the_light_verb() -> None:
    parsed = proposition_of(TPP)
    assert parsed.object == "partnership" and parsed.core == ("partnership",)
    assert "Partnership" in parsed.arguments["about"]
    # claims naming it "the pact" or "the deal" are looked up
    words, _ = search_terms(parsed)
    assert {"pact", "deal"} <= set(words)


def test_a_definite_pact_stands_for_the_agreement_its_document_names() -> None:
    sentence = "Tokyo wants to be the first capital to ratify the U.S.-led pact this year."
    found = bearing(TPP, "ratify", "pact", sentence, _document("TPP"))
    assert found is not None and found.same_direction
    assert found.relevance == NAMED_IN_DOCUMENT
    found = bearing(TPP, "ratify", "pact", sentence, _document("Trans-Pacific Partnership"))
    assert found is not None


def test_the_deal_as_the_act_of_a_light_verb() -> None:
    sentence = "The farm lobby is pressing senators to approve the deal before the recess."
    found = bearing(TPP, "deal", None, sentence, _document("TPP"))
    assert found is not None and found.same_direction


def test_a_treaty_for_a_named_convention() -> None:
    sentence = "Ankara said it would not ratify the treaty in its present form."
    found = bearing("ratify the Istanbul Convention", "ratify", "treaty", sentence,
                    _document("Istanbul Convention"))  # fmt: skip
    assert found is not None


def test_another_agreement_stays_apart() -> None:
    # another name or description between the article and the noun
    sentence = "Senators refused to ratify the Paris deal and the nuclear deal."
    assert bearing(TPP, "ratify", "deal", sentence, _document("TPP")) is None
    # an indefinite noun points back at nothing
    sentence = "Tokyo wants to ratify a trade deal with Beijing."
    assert bearing(TPP, "ratify", "deal", sentence, _document("TPP")) is None
    # the document never names the agreement
    sentence = "Tokyo wants to ratify the pact this year."
    assert bearing(TPP, "ratify", "pact", sentence, _document("Paris Agreement")) is None
    # the document names another agreement by that noun ("the Pacific Alliance pact")
    assert bearing(TPP, "ratify", "pact", sentence, _document("TPP", other=True)) is None


def test_another_act_on_the_agreement_is_not_ratifying_it() -> None:
    sentence = "Tokyo wants to renegotiate the pact this year."
    assert bearing(TPP, "renegotiate", "pact", sentence, _document("TPP")) is None


def test_another_agreement_described_after_its_initials_is_another() -> None:
    from cablegram.query.stance_places import _other_named

    text = "Hanoi signed the TPP in May and the ASEAN free trade pact in 2015."
    assert _other_named("Trans-Pacific Partnership TPP pact", text)
    # the agreement's own initials, or words with no name, are no other agreement
    text = "Hanoi signed the TPP trade pact in May; the pact was long in the making."
    assert not _other_named("Trans-Pacific Partnership TPP pact", text)


def test_a_passing_mention_does_not_make_another_partys_deal_this_one(tmp_path: Path) -> None:
    with cg.open(tmp_path / "agreements.db") as opened:
        opened.add(
            "Leaders also discussed the TPP at the summit in Lima. Iraqi Prime Minister "
            "Haider al-Abadi said parliament would ratify the deal only if oil prices "
            "recovered.",
            "2016-03-08",
            title="Summit",
        )
        opened.add(
            "Chile and Peru signed the Trans-Pacific Partnership in February. Chilean "
            "President Michelle Bachelet said Chile would ratify the pact in June.",
            "2016-03-09",
            title="Chile",
        )
        result = opened.stance(TPP)
    countries = {r.country: r.stance for r in result.countries}
    assert "IRQ" not in countries  # Iraq is named nowhere with the agreement
    assert countries.get("CHL") == "support"  # Chile signed it, in the sentence before
