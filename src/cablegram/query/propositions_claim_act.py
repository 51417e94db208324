"""The act a claim's words name, read by meaning before it is compared with a proposition
(:func:`cablegram.query.propositions_match.bears_on`): a verb named after what it gives
("arm": giving weapons), a light verb on an act noun ("trigger the snapback"), an act noun
read as the data's term its sentence writes ("military operation"), and a plan's object
("the project of an agreement")."""

from __future__ import annotations

from cablegram.query.meaning import denominal, is_decision_shell, is_light, object_term


def claim_act(predicate: str, obj: str | None, sentence: str | None) -> tuple[str, str | None]:
    """The act a claim names, read by meaning: a verb named after what it gives or lays on
    as that act ("arm" -> "give" / "weapon"), and its object as the data's term the
    sentence writes ("measure" in "retaliatory measures" -> "retaliatory measure")."""
    meant = denominal(predicate)
    if meant is not None:
        return meant
    predicate = act_noun_term(predicate, obj, sentence)
    predicate, obj = planned_act(predicate, obj)
    obj = object_term(obj, sentence)
    if obj is not None and is_light(predicate):
        # A light verb on an act noun naming its object too ("triggered the snapback":
        # restoring sanctions) is that act.
        meant = denominal(obj)
        if meant is not None:
            return meant
    return predicate, obj


def act_noun_term(predicate: str, obj: str | None, sentence: str | None) -> str:
    """An act noun heading a claim with no object, read as the data's term the sentence
    writes ending in it ("condemned the Turkish **military operation**", "called on Turkey
    to halt **military action**": "military operation", "military action"), as an object is
    (:func:`cablegram.query.meaning.object_term`); a predicate with an object, or one no
    term of the sentence ends in, stays itself. Not limited to nouns: the lexicon knows
    "action" as a verb too."""
    if obj is not None:
        return predicate
    return object_term(predicate, sentence) or predicate


def planned_act(predicate: str, obj: str | None) -> tuple[str, str | None]:
    """A claim headed by a noun of a decision or plan with the planned thing as its object
    ("the project of an agreement ... is unacceptable", "a plan for a truce": the data's
    decision shell nouns) as that thing, named as the act without object; else as it is.
    The shell adds no act of its own, as a light verb adds none."""
    if obj is None or not is_decision_shell(predicate):
        return predicate, obj
    return obj, None
