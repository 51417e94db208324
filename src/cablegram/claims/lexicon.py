"""The claim vocabulary (``data/claim_words.toml``), loaded once.

Every entry is a lower-case lemma; multi-word entries ("rule out") are verb + particle.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Final

DATA_FILE: Final = "claim_words.toml"


@dataclass(frozen=True, slots=True)
class ClaimWords:
    """Word classes that decide a claim's polarity, modality and arguments."""

    against_verbs: frozenset[str]
    against_phrasal: frozenset[str]
    against_nouns: frozenset[str]
    against_adjectives: frozenset[str]
    complement_adjectives: frozenset[str]
    support_verbs: frozenset[str]
    support_nouns: frozenset[str]
    support_adjectives: frozenset[str]
    negators: frozenset[str]
    perception_verbs: frozenset[str]
    report_verbs: frozenset[str]
    accusing_verbs: frozenset[str]
    denial_words: frozenset[str]
    hearsay_words: frozenset[str]
    empty_verbs: frozenset[str]
    generic_acts: frozenset[str]
    agenda_nouns: frozenset[str]
    excluding_preps: frozenset[str]
    generic_links: frozenset[str]
    example_links: frozenset[str]
    copular_verbs: frozenset[str]
    copular_objects: frozenset[str]
    violence_nouns: frozenset[str]
    opponent_nouns: frozenset[str]
    threat_nouns: frozenset[str]
    breach_nouns: frozenset[str]
    future_words: frozenset[str]
    light_verbs: frozenset[str]
    not_held: frozenset[str]
    agent_adjectives: frozenset[str]
    leaving_verbs: frozenset[str]
    leaving_transitive: frozenset[str]
    government_nouns: frozenset[str]
    state_bodies: frozenset[str]
    agent_nouns: frozenset[str]
    ending_verbs: frozenset[str]
    office_titles: frozenset[str]
    hypothetical_words: frozenset[str]
    excluding_modals: frozenset[str]
    deontic_words: frozenset[str]
    giving_up_verbs: frozenset[str]
    censure_verbs: frozenset[str]
    text_nouns: frozenset[str]
    harm_verbs: frozenset[str]
    benefit_verbs: frozenset[str]
    goods_nouns: frozenset[str]
    topic_nouns: frozenset[str]
    setting_nouns: frozenset[str]
    worry_verbs: frozenset[str]
    keeping_verbs: frozenset[str]
    ceasing_verbs: frozenset[str]
    prepositional_objects: Mapping[str, str]
    setting_links: frozenset[str]
    of_only_setting_nouns: frozenset[str]
    setting_acts: frozenset[str]
    standing_nouns: frozenset[str]
    becoming_verbs: frozenset[str]
    joining_verbs: frozenset[str]
    grievance_preps: frozenset[str]
    naming_verbs: frozenset[str]
    act_nouns: frozenset[str]
    # The exit blends ("brexit" -> ("Britain", "European Union")): ``[exit_blends]``.
    exit_blends: Mapping[str, tuple[str, str]]
    condition_marks: frozenset[str]
    shell_nouns: frozenset[str]
    act_shell_nouns: frozenset[str]
    decision_shell_nouns: frozenset[str]
    treaty_shell_nouns: frozenset[str]
    worry_nouns: frozenset[str]
    worry_preps: frozenset[str]
    worry_adjectives: frozenset[str]
    undoing_nouns: frozenset[str]
    partitive_nouns: frozenset[str]
    territory_nouns: frozenset[str]
    argument_roles: dict[str, str]
    idiom_acts: dict[str, str]
    # Every word that states an attitude toward what it governs, either way: the union of
    # the six against/support classes, built once (it is read for every token of a walk).
    attitude_words: frozenset[str] = field(init=False)
    # Verbs that join a subject to what is said of it: ``copular_verbs`` and
    # ``copular_objects`` ("was a politicised one", "would constitute a nightmare").
    copulas: frozenset[str] = field(init=False)
    # The exit blends, lower case ("brexit", "grexit"): the keys of ``exit_blends``.
    exit_blend_nouns: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        attitude = (
            self.against_verbs
            | self.against_nouns
            | self.against_adjectives
            | self.support_verbs
            | self.support_nouns
            | self.support_adjectives
            | self.worry_nouns
        )
        object.__setattr__(self, "attitude_words", attitude)
        object.__setattr__(self, "copulas", self.copular_verbs | self.copular_objects)
        object.__setattr__(self, "exit_blend_nouns", frozenset(self.exit_blends))


@cache
def claim_words() -> ClaimWords:
    """The packaged vocabulary. Raises ``KeyError`` if the data file lacks a class."""
    text = resources.files("cablegram").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    data = tomllib.loads(text)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in data[key])

    shells = {
        kind: frozenset(str(w).casefold() for w in data["shell_nouns"][kind])
        for kind in ("act", "decision", "treaty")
    }

    return ClaimWords(
        against_verbs=words("against_verbs"),
        against_phrasal=words("against_phrasal"),
        against_nouns=words("against_nouns"),
        against_adjectives=words("against_adjectives"),
        complement_adjectives=words("complement_adjectives"),
        support_verbs=words("support_verbs"),
        support_nouns=words("support_nouns"),
        support_adjectives=words("support_adjectives"),
        negators=words("negators"),
        perception_verbs=words("perception_verbs"),
        report_verbs=words("report_verbs"),
        accusing_verbs=words("accusing_verbs"),
        denial_words=words("denial_words"),
        hearsay_words=words("hearsay_words"),
        # Saying what something is carries no claim of its own either.
        empty_verbs=words("empty_verbs") | words("copular_objects"),
        generic_acts=words("generic_acts"),
        agenda_nouns=words("agenda_nouns"),
        excluding_preps=words("excluding_preps"),
        generic_links=words("generic_links") | words("example_links"),
        example_links=words("example_links"),
        copular_verbs=words("copular_verbs"),
        copular_objects=words("copular_objects"),
        violence_nouns=words("violence_nouns"),
        opponent_nouns=words("opponent_nouns"),
        threat_nouns=words("threat_nouns"),
        breach_nouns=words("breach_nouns"),
        future_words=words("future_words"),
        light_verbs=words("light_verbs"),
        not_held=words("not_held"),
        agent_adjectives=words("agent_adjectives"),
        leaving_verbs=words("leaving_verbs"),
        leaving_transitive=words("leaving_transitive"),
        government_nouns=words("government_nouns"),
        state_bodies=words("state_bodies"),
        agent_nouns=words("agent_nouns"),
        ending_verbs=words("ending_verbs"),
        office_titles=words("office_titles"),
        hypothetical_words=words("hypothetical_words"),
        excluding_modals=words("excluding_modals"),
        deontic_words=words("deontic_words"),
        giving_up_verbs=words("giving_up_verbs"),
        censure_verbs=words("censure_verbs"),
        text_nouns=words("text_nouns"),
        harm_verbs=words("harm_verbs"),
        benefit_verbs=words("benefit_verbs"),
        goods_nouns=words("goods_nouns"),
        topic_nouns=words("topic_nouns"),
        setting_nouns=words("setting_nouns"),
        worry_verbs=words("worry_verbs"),
        keeping_verbs=words("keeping_verbs"),
        ceasing_verbs=words("ceasing_verbs"),
        prepositional_objects=MappingProxyType(
            {str(k).casefold(): str(v).casefold() for k, v in data["prepositional_objects"].items()}
        ),
        setting_links=words("setting_links"),
        of_only_setting_nouns=words("of_only_setting_nouns"),
        setting_acts=words("setting_acts"),
        standing_nouns=words("standing_nouns"),
        becoming_verbs=words("becoming_verbs"),
        joining_verbs=words("joining_verbs"),
        grievance_preps=words("grievance_preps"),
        naming_verbs=words("naming_verbs"),
        act_nouns=words("act_nouns"),
        exit_blends=MappingProxyType(
            {str(k).casefold(): (str(v[0]), str(v[1])) for k, v in data["exit_blends"].items()}
        ),
        condition_marks=words("condition_marks"),
        shell_nouns=shells["act"] | shells["decision"] | shells["treaty"],
        act_shell_nouns=shells["act"],
        decision_shell_nouns=shells["decision"],
        treaty_shell_nouns=shells["treaty"],
        worry_nouns=words("worry_nouns"),
        worry_preps=words("worry_preps"),
        worry_adjectives=words("worry_adjectives"),
        undoing_nouns=words("undoing_nouns"),
        partitive_nouns=words("partitive_nouns"),
        territory_nouns=words("territory_nouns"),
        argument_roles={str(k): str(v) for k, v in data["argument_roles"].items()},
        idiom_acts={str(k).casefold(): str(v) for k, v in data["idiom_acts"].items()},
    )
