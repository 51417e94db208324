"""Estimated counts of people and wire sign-off credits are no actors (issue 12)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from cablegram.actors.credits import in_credit
from cablegram.records import ActorRecord

Records = Callable[[str], list[ActorRecord]]


def _names(records: Records, text: str) -> set[str]:
    return {record.name for record in records(text)}


def test_estimated_counts_are_tallies_not_actors(actor_records: Records) -> None:
    text = (
        "At least 17 villagers were wounded in the raid on Friday, medics said. Camps took in "
        "more than 4,500 refugees this month. Almost 60 pilgrims were rescued. "
        "Three senators said the figures were too low."
    )
    names = _names(actor_records, text)
    assert not any("villagers" in n or "refugees" in n or "pilgrims" in n for n in names)
    assert "Three senators" in names  # an exact small count still names a group


def test_estimated_crowd_that_acts_stays_an_actor(actor_records: Records) -> None:
    names = _names(actor_records, "More than 2,000 nurses marched to the ministry on Monday.")
    assert any("nurses" in n for n in names)


def test_up_to_a_figure_is_a_tally(actor_records: Records) -> None:
    names = _names(actor_records, "Up to 80 fishermen were detained by the coast guard.")
    assert not any("fishermen" in n for n in names)


def test_wire_signoff_credit_names_no_actor(actor_records: Records) -> None:
    text = (
        'KABUL (AFP) - Relief workers described the damage. "The roads are cut," said Anna '
        "Berg of the charity. – Tomas Reyes with Lina Haddad in Kabul, Afghanistan, AFP"
    )
    names = _names(actor_records, text)
    assert "Tomas Reyes" not in names and "Lina Haddad" not in names
    assert "Anna Berg" in names


def test_release_signature_is_not_a_credit(pipeline: Language) -> None:
    doc = pipeline('"We stand ready," the board said.\n— Chair Ruth Okafor')
    assert not any(in_credit(t) for t in doc if t.text == "Okafor")
    doc = pipeline('"Talks resume Monday," the envoy said. — Helen Marsh, Reuters')
    assert any(in_credit(t) for t in doc if t.text == "Marsh")


def test_one_word_name_used_only_as_a_place_is_no_actor(actor_records: Records) -> None:
    text = (
        "Rebels pushed toward Tabqa on Sunday and shelled positions near Tabqa airport, "
        "a monitor said."
    )
    assert not any("Tabqa" in n for n in _names(actor_records, text))


def test_one_word_name_with_another_use_stays_an_actor(actor_records: Records) -> None:
    text = "Investors poured money into Zorvex last year. Zorvex said profits rose."
    assert "Zorvex" in _names(actor_records, text)


def test_alias_inside_a_longer_name_is_not_that_body(actor_records: Records) -> None:
    text = (
        '"The talks went well," said Ana Lopez, a spokeswoman for the National Security '
        "Council. The Security Council will meet on Monday."
    )
    records = {r.name: r for r in actor_records(text)}
    council = records["National Security Council"]
    assert council.role != "IGO" and not (council.code or "").startswith("IGO")
    assert not (records["Ana Lopez"].code or "").startswith("IGO")
    assert any((r.code or "").startswith("IGOUNO") for r in records.values())


def test_opening_article_is_no_word_of_a_longer_name(actor_records: Records) -> None:
    text = "The State Department Visa Office said the rules would change in May."
    assert any(r.country == "USA" for r in actor_records(text) if "Visa Office" in r.name)


def test_a_one_word_alias_keeps_its_epithet(actor_records: Records) -> None:
    """A one-word alias is a name of its own ("Rada", "Knesset"): a capitalised word before
    it is its epithet, not another body's name."""
    text = (
        "The Supreme Rada on Tuesday voted 301-42 in favor of the budget, a compromise "
        "drafted by the finance ministry."
    )
    assert any(r.country == "UKR" for r in actor_records(text) if "Rada" in r.name)
