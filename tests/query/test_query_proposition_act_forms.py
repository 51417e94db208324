"""A modifier naming one form of an act ("a no-deal Brexit", "a limited ceasefire") makes
a claim about that form, not about the act; doing more of a measure ("widen the
sanctions") is for it, but being against more of it is not being against it (sentences
composed for the tests)."""

from __future__ import annotations

from collections.abc import Iterable

from cablegram.query.propositions import Proposition
from cablegram.query.propositions_act_forms import written_forms
from cablegram.query.propositions_match import Bearing, bears_on
from cablegram.query.stance_evidence import country_of, proposition_of


def _any(phrases: Iterable[str]) -> bool:
    return True


def bearing(
    proposition: str, predicate: str, obj: str | None, arguments: dict[str, str], sentence: str
) -> Bearing | None:
    query: Proposition = proposition_of(proposition)
    return bears_on(query, predicate, obj, arguments, country_of, _any, sentence)


def _only_for(found: Bearing | None) -> bool:
    """Whether a claim bears only when it is for the act (a claim against it is none)."""
    return found is not None and found.requires == "support"


def test_against_a_blend_in_one_form_is_not_against_leaving() -> None:
    sentence = "Ireland firmly rejected a no-deal Brexit at the summit."
    assert _only_for(bearing("Brexit", "brexit", None, {}, sentence))
    assert _only_for(bearing("Britain leave the European Union", "brexit", None, {}, sentence))
    chaotic = "The Dutch minister warned against a chaotic Grexit."
    assert _only_for(bearing("Grexit", "grexit", None, {}, chaotic))


def test_an_act_both_bare_and_in_a_form_bears_on_the_side_both_share() -> None:
    both = "Dublin fears a no-deal Brexit more than Brexit itself."
    assert _only_for(bearing("Brexit", "brexit", None, {}, both))
    found = bearing("a no-deal Brexit", "brexit", None, {}, both)
    assert found is not None and found.requires == "oppose"


def test_a_proposition_in_one_form_is_met_by_that_form_either_way() -> None:
    no_deal = "Ireland firmly rejected a no-deal Brexit at the summit."
    found = bearing("a no-deal Brexit", "brexit", None, {}, no_deal)
    assert found is not None and found.same_direction and found.requires is None
    # against the bare act is against each form of it; for it says nothing of one form
    bare = bearing("a no-deal Brexit", "brexit", None, {}, "Ireland rejected Brexit.")
    assert bare is not None and bare.requires == "oppose"
    soft = "Labour backed a soft Brexit on Monday."
    assert bearing("a hard Brexit", "brexit", None, {}, soft) is None


def test_leaving_without_a_deal_is_the_no_deal_form() -> None:
    sentence = "MPs voted against leaving the EU without a deal."
    assert _only_for(bearing("Britain leave the EU", "leave", None, {"about": "EU"}, sentence))
    found = bearing("a no-deal Brexit", "leave", None, {"about": "EU"}, sentence)
    assert found is not None and found.requires is None


def test_other_acts_in_one_form() -> None:
    truce = "Hamas rejected a limited ceasefire in Gaza."
    gaza = {"place": "Gaza"}
    assert _only_for(bearing("a ceasefire in Gaza", "ceasefire", None, gaza, truce))
    found = bearing("a limited ceasefire in Gaza", "ceasefire", None, gaza, truce)
    assert found is not None and found.requires is None
    pullout = "Kabul opposed a partial withdrawal from Afghanistan."
    assert _only_for(bearing("withdrawal from Afghanistan", "withdrawal", None, {}, pullout))
    ban = "Slovakia resisted a full ban on Russian oil."
    oil = {"target": "Russian"}
    assert _only_for(bearing("a ban on Russian oil", "ban", None, oil, ban))
    plain = bearing("a ban on Russian oil", "ban", None, oil, "Slovakia resisted a ban on oil.")
    assert plain is not None and plain.requires is None


def test_the_bare_act_still_bears_either_way() -> None:
    # near misses: no form word on the act, or a time word, which names no form
    found = bearing("Brexit", "brexit", None, {}, "Ireland rejected Brexit on Sunday.")
    assert found is not None and found.same_direction and found.requires is None
    soon = "Hamas rejected an immediate ceasefire in Gaza."
    found = bearing("a ceasefire in Gaza", "ceasefire", None, {"place": "Gaza"}, soon)
    assert found is not None and found.requires is None


def test_forms_are_read_where_they_are_written() -> None:
    assert written_forms("brexit", "a hard, chaotic Brexit") == (frozenset({"chaotic"}), False)
    assert written_forms("brexit", "a no deal Brexit or Brexit") == (frozenset({"no-deal"}), True)
    assert written_forms("ceasefire", "he worked hard for peace") == (frozenset(), False)


def test_against_widening_a_measure_is_not_against_it() -> None:
    widen = "Poland opposed widening the sanctions against Russia."
    found = bearing("sanctions against Russia", "widen", "sanction", {"target": "Russia"}, widen)
    assert found is not None and found.requires == "support"
    more = "Hungary blocked an expansion of sanctions on Russia."
    found = bearing("sanctions against Russia", "expansion", "sanction", {}, more)
    assert found is not None and found.requires == "support"


def test_a_proposition_on_widening_is_met_either_way() -> None:
    # near miss: the proposition asks about the widening itself
    widen = "Poland opposed widening the sanctions against Russia."
    found = bearing("expand sanctions against Russia", "widen", "sanction", {}, widen)
    assert found is not None and found.requires is None and found.same_direction


def test_keeping_a_measure_still_bears_both_ways() -> None:
    # near miss: renewing or imposing is no widening
    renew = "Hungary opposed renewing the sanctions against Russia."
    found = bearing("sanctions against Russia", "renew", "sanction", {}, renew)
    assert found is not None and found.requires is None


def test_humanitarian_aid_is_aid() -> None:
    # near miss: "humanitarian" is written on nearly every aid and names no form of it
    blocked = "Israel blocked humanitarian aid to Gaza."
    found = bearing("aid to Gaza", "aid", None, {"place": "Gaza"}, blocked)
    assert found is not None and found.requires is None


def test_refusing_to_extend_a_measure_in_time_is_against_it() -> None:
    # extending in time keeps a measure (a light verb, like "renew"), no widening of it
    gaza = {"place": "Gaza"}
    for sentence, predicate in (
        ("Israel refused to extend the truce in Gaza.", "extend"),
        ("Hamas opposed an extension of the truce in Gaza.", "extension"),
        ("Cairo rejected extending the truce in Gaza by another week.", "extend"),
        ("Jordan opposed extending the truce in Gaza to the end of May.", "extend"),
    ):
        found = bearing("a ceasefire in Gaza", predicate, "ceasefire", gaza, sentence)
        assert found is not None and found.requires is None, sentence
    until = "Hungary would not extend the sanctions against Russia until 2027."
    russia = {"target": "Russia"}
    found = bearing("sanctions against Russia", "extend", "sanction", russia, until)
    assert found is not None and found.requires is None


def test_extending_a_measure_in_scope_still_widens_it() -> None:
    # near misses: "extend ... to" more targets widens the measure
    russia = {"target": "Russia"}
    for sentence, predicate in (
        ("Hungary refused to extend the sanctions against Russia to its nuclear firms.", "extend"),
        ("Austria opposed the extension of sanctions on Russia to two more banks.", "extension"),
    ):
        found = bearing("sanctions against Russia", predicate, "sanction", russia, sentence)
        assert _only_for(found), sentence


def test_a_form_said_of_the_act_in_a_relative_clause_after_it() -> None:
    gaza = {"place": "Gaza"}
    for sentence, act in (
        ("Israel rejected a truce in Gaza that would be permanent.", "truce"),
        ("Hamas turned down a truce in Gaza, which was only temporary.", "truce"),
        ("Egypt opposed a ceasefire in Gaza that is partial.", "ceasefire"),
    ):
        assert _only_for(bearing("a ceasefire in Gaza", act, None, gaza, sentence)), sentence
    pullout = "Kabul opposed a withdrawal from Afghanistan that would be complete."
    assert _only_for(bearing("withdrawal from Afghanistan", "withdrawal", None, {}, pullout))


def test_a_relative_clause_naming_no_form_leaves_the_act_bare() -> None:
    # near misses: the clause says something else of the act, or a form of another noun
    gaza = {"place": "Gaza"}
    for sentence in (
        "Israel rejected a truce in Gaza that would be monitored by Egypt.",
        "Hamas rejected a truce in Gaza that is a full surrender, its leader said.",
        "Israel rejected the truce in Gaza, and the talks that were partial collapsed.",
    ):
        found = bearing("a ceasefire in Gaza", "truce", None, gaza, sentence)
        assert found is not None and found.requires is None, sentence
