"""Round-13 precision kinds (issue 11, i110): a relative clause after an apposition, security
tightened at home, a launch planned at no one, a strike by attackers, a dateline read as the
subject, help named with an act, a pronoun read as a victim or as the outlet quoting,
a possessive pronoun bound by its clause's subject, a place named like a person attacked.
Sentences written for the tests; each first group fails without its rule, each second group
guards the rule's limits."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.events.datelines import past_dateline
from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.event_type == kind]


def _sources(events: list[Event]) -> set[str]:
    return {e.source.name for e in events if e.source is not None}


def _targets(events: list[Event]) -> set[str]:
    return {e.target.name for e in events if e.target is not None}


# --- apposition-relative --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "not_source"),
    [
        ("China, Pyongyang's ally, which has resisted new sanctions, said on Monday it would "
         "study the draft.", "China", "North Korea"),
        ("Russia, Syria's main backer, which has bombed rebel towns for a year, denied the "
         "report.", "Russia", "Syria"),
    ],
)  # fmt: skip
def test_a_relative_after_an_apposition_is_of_the_head(
    resolved: CodeFn, text: str, source: str, not_source: str
) -> None:
    """``apposition-relative``: the described noun (or the name in apposition) is the
    antecedent, never the possessor inside the description."""
    sources = _sources(resolved(text))
    assert source in sources and not_source not in sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Germany, which has resisted new sanctions, said it would wait.", "Germany"),
        ("Iran's neighbour, Turkey, which has bombed Kurdish positions in Iraq, denied the "
         "report.", "Türkiye"),
    ],
)  # fmt: skip
def test_a_relative_on_a_plain_noun_or_a_name_keeps_it(
    resolved: CodeFn, text: str, source: str
) -> None:
    assert source in _sources(resolved(text))


# --- tighten security --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police tightened security around the capital ahead of the vote.",
        "Egypt has tightened security at its airports after the crash.",
    ],
)
def test_security_tightened_at_home_is_no_coercion(resolved: CodeFn, text: str) -> None:
    assert not _of(resolved(text), "COERCE")


def test_a_tightened_blockade_stays_coercion(resolved: CodeFn) -> None:
    assert _of(resolved("Israel tightened its blockade of Gaza after the attack."), "COERCE")


# --- planned-launch ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang plans to launch a long-range rocket in April, a move Washington says would "
        "breach UN resolutions.",
        "Seoul plans to launch a long-range rocket next month, a move Tokyo says would raise "
        "tension.",
    ],
)
def test_a_planned_launch_at_no_one_is_no_threat(resolved: CodeFn, text: str) -> None:
    assert not _of(resolved(text), "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas threatened to launch rockets at Tel Aviv.",
        "North Korea threatened to launch a missile next week.",
        "Iran plans to fire missiles at US bases in the region.",
    ],
)
def test_a_threatened_or_aimed_launch_stays_a_threat(resolved: CodeFn, text: str) -> None:
    assert _of(resolved(text), "THREATEN")


# --- attackers-struck and dateline-subject --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("KABUL, Afghanistan - The Taliban struck on Friday in Helmand province, officials "
         "said.", "Taliban"),
        ("Russian jets struck overnight in Idlib province.", "Russia"),
    ],
)  # fmt: skip
def test_a_strike_by_attackers_is_an_assault(resolved: CodeFn, text: str, source: str) -> None:
    events = resolved(text)
    assert not _of(events, "PROTEST")
    assert source in _sources(_of(events, "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers in Antwerp struck on Monday over pay.",
        "Teachers and doctors struck for three days.",
    ],
)
def test_a_strike_by_workers_stays_a_protest(resolved: CodeFn, text: str) -> None:
    events = resolved(text)
    assert _of(events, "PROTEST") and not _of(events, "ASSAULT")


def test_a_dateline_subject_is_no_actor(events_nlp: Language) -> None:
    """``dateline-subject``: the place the story is filed from never acts; the apposition
    after the dash does."""
    doc = events_nlp("KABUL, Afghanistan - The Taliban struck on Friday in Helmand.")
    found = past_dateline(doc[0])
    assert found is not None and found.text == "Taliban"
    plain = events_nlp("Kabul said the Taliban struck on Friday.")
    assert past_dateline(plain[0]) == plain[0]


# --- help-with-act --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "helper"),
    [
        ("Syrian troops attacked the town of Palmyra with the help of Russian jets.", "RUS"),
    ],
)  # fmt: skip
def test_help_named_with_an_act_is_no_target(resolved: CodeFn, text: str, helper: str) -> None:
    """``help-with-act``: the helpers after "with ... support/help" are no target."""
    targets = {e.target.country for e in resolved(text) if e.target is not None}
    assert helper not in targets


def test_the_attacked_party_stays_the_target(resolved: CodeFn) -> None:
    events = _of(resolved("Syrian troops attacked Turkish soldiers with air support."), "ASSAULT")
    assert events and "TUR" in {e.target.country for e in events if e.target is not None}


# --- armed-attacker on a place named like a person ---------------------------------------------


def test_troops_attacking_a_named_town_use_force(resolved: CodeFn) -> None:
    events = resolved("Syrian troops attacked the town of Palmyra.")
    assert _of(events, "ASSAULT") and not _of(events, "ACCUSE")


# --- victim-antecedent, quoting-outlet, bound-possessor -------------------------------------------


def test_a_pronoun_doing_harm_is_not_the_harmed(resolved: CodeFn) -> None:
    """``victim-antecedent``: "they" who killed are not the soldiers left dead."""
    events = resolved(
        "SANAA, Yemen - Houthi gunmen attacked on Friday in Taiz, leaving 12 Saudi soldiers "
        "dead there, and in Marib, where they killed three policemen, officials said."
    )
    assert "SAU" not in {e.source.country for e in _of(events, "ASSAULT") if e.source}


def test_a_pronoun_doing_harm_keeps_an_unharmed_antecedent(resolved: CodeFn) -> None:
    events = resolved("Iraqi officials said they killed four militants near Mosul.")
    assert "IRQ" in {e.source.country for e in _of(events, "ASSAULT") if e.source is not None}


def test_the_quoting_outlet_is_not_the_pronoun(resolved: CodeFn) -> None:
    events = resolved(
        "Xinhua quoted the governor as saying that the soldiers were on patrol when they were "
        "attacked by rebels."
    )
    assert "Xinhua" not in _targets(events)


def test_a_speaker_still_speaks_for_itself(resolved: CodeFn) -> None:
    events = _of(resolved("Rebels said they were attacked by Syrian troops."), "ASSAULT")
    assert "rebels" in {t.lower() for t in _targets(events)}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("General Karimi said troops started their offensive at dawn.", "Karimi"),
        ("Colonel Ahmed Salem said soldiers began their assault before sunrise.", "Salem"),
    ],
)
def test_a_possessive_is_bound_by_its_clause_subject(
    resolved: CodeFn, text: str, speaker: str
) -> None:
    """``bound-possessor``: "their" is the troops', never the speaker's."""
    assert speaker not in " ".join(_sources(_of(resolved(text), "ASSAULT")))


def test_a_possessive_with_no_other_subject_is_read_as_before(resolved: CodeFn) -> None:
    events = _of(resolved("Iran said it launched its strikes in response."), "ASSAULT")
    assert "Iran" in _sources(events)


# --- second batch: sanction-ban, terror group, own object, pronoun-owned name, dated dateline ---


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. imposed travel bans on twelve Russian officials.",
        "The EU imposed an arms ban on Syria.",
    ],
)
def test_a_ban_on_travel_or_arms_is_a_sanction(resolved: CodeFn, text: str) -> None:
    """``sanction-ban``: CAMEO 163, not a coercive ban."""
    events = resolved(text)
    assert _of(events, "SANCTION") and not _of(events, "COERCE")


def test_a_ban_on_a_party_stays_coercion(resolved: CodeFn) -> None:
    events = resolved("The Turkish government imposed a ban on the opposition party.")
    assert _of(events, "COERCE") and not _of(events, "SANCTION")


def test_a_states_terror_group_is_not_the_state(resolved: CodeFn) -> None:
    """``opponent-not-state`` with terror words: the group, placed in its state."""
    events = _of(
        resolved("Kenya's al-Shabab terror group launched an attack on Sunday."), "ASSAULT"
    )
    assert events and all(e.source is not None and e.source.kind != "state" for e in events)


def test_a_states_own_forces_stay_the_state(resolved: CodeFn) -> None:
    events = _of(resolved("Kenya's army launched an attack on Sunday."), "ASSAULT")
    assert events and all(e.source is not None and e.source.country == "KEN" for e in events)


def test_a_pronoun_is_not_its_own_verbs_object(resolved: CodeFn) -> None:
    """``pronoun-not-own-object``: "They have urged the government": not the government."""
    events = _of(
        resolved(
            "Rights groups expressed alarm, calling on the Ugandan government to free the "
            "men. They have urged the Ugandan government to respect the right to protest."
        ),
        "REQUEST",
    )
    assert not any(e.source is not None and e.source.country == "UGA" for e in events)


def test_a_pronoun_keeps_an_antecedent_other_than_its_object(resolved: CodeFn) -> None:
    events = _of(resolved("Russia said it would urge Iran to show restraint."), "REQUEST")
    assert events and events[0].source is not None and events[0].source.country == "RUS"


@pytest.mark.parametrize(
    "text",
    [
        "The group said that 14 of its fighters were killed during the attack on the base.",
        "The militants said one of their fighters rammed a car bomb into the base.",
    ],
)
def test_a_name_owned_by_a_pronoun_is_no_actor(resolved: CodeFn, text: str) -> None:
    """``pronoun-owned-name``: "its fighters" says no one."""
    names = {a.name for e in resolved(text) for a in (e.source, e.target) if a is not None}
    assert not any(n.lower().startswith(("its ", "their ")) for n in names)


def test_a_placed_pronoun_owned_name_stays(resolved: CodeFn) -> None:
    events = _of(resolved("Russia said its troops had killed 20 militants."), "ASSAULT")
    assert events and events[0].source is not None and events[0].source.country == "RUS"


def test_a_dated_dateline_gives_way_to_the_subject(resolved: CodeFn) -> None:
    """``dateline-subject``: a date in apposition to the dateline is no subject."""
    events = resolved(
        "MOGADISHU, Sept 1: Al Shabaab militants attacked an African Union base in southern "
        "Somalia early today, the Islamist group and residents said."
    )
    assert any("Shabaab" in name for name in _sources(_of(events, "ASSAULT")))


# --- third batch: a visitor's mission ended, one's own acts defended --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Arab League chief, Ahmed Aboul Gheit, has ended a mission in Sudan with little "
        "to show for it.",
        "Foreign Minister Sergei Lavrov ended a three-day mission in Kabul on Sunday.",
    ],
)
def test_a_persons_mission_ended_is_no_retreat(resolved: CodeFn, text: str) -> None:
    """``visit-ended``: a visit ended, no withdrawal."""
    assert not _of(resolved(text), "RETREAT")


@pytest.mark.parametrize(
    "text",
    ["NATO ended its combat mission in Afghanistan.", "France ended its mission in Mali."],
)
def test_a_states_mission_ended_stays_a_retreat(resolved: CodeFn, text: str) -> None:
    assert _of(resolved(text), "RETREAT")


@pytest.mark.parametrize(
    "text",
    [
        "In response, the Turkish Foreign Ministry defended its actions in Syria.",
        "The German minister defended his decision to close the border.",
    ],
)
def test_ones_own_acts_defended_are_no_support(resolved: CodeFn, text: str) -> None:
    """``own-acts-defended``: an answer to critics supports no one."""
    assert not _of(resolved(text), "SUPPORT")


def test_anothers_decision_defended_stays_support(resolved: CodeFn) -> None:
    assert _of(resolved("Russia defended Trump's decision to withdraw from Syria."), "SUPPORT")


# -- review fixes (round 13, f110) -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Egypt imposed a travel ban on the opposition leader.",
        "Turkey imposed a travel ban on thousands of teachers after the riots.",
    ],
)
def test_a_ban_on_no_named_state_or_people_is_no_sanction(resolved: CodeFn, text: str) -> None:
    """``sanction-ban`` narrowed: a state's ban on its own people is COERCE (CAMEO 17)."""
    assert not _of(resolved(text), "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "The Greek government imposed a wage freeze on public sector workers.",
        "The Israeli government imposed a freeze on settlement construction.",
    ],
)
def test_a_freeze_imposed_is_no_sanction(resolved: CodeFn, text: str) -> None:
    """ "freeze" left the imposed-sanction objects: a wage or building freeze is no sanction."""
    assert not _of(resolved(text), "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "China defended its ally North Korea at the Security Council on Monday.",
        "Moscow defended its partner Tehran before the Security Council.",
    ],
)
def test_defending_a_named_ally_is_support(resolved: CodeFn, text: str) -> None:
    """``own-acts-defended`` narrowed: an ally named with the possessive is another party."""
    assert _of(resolved(text), "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "President Lula formally ended the Brazilian mission in Haiti.",
        "The Spanish foreign minister ended the country's mission in Iraq.",
        "The German chancellor ended Germany's mission in Afghanistan on Tuesday.",
    ],
)
def test_a_states_mission_ended_by_its_leader_is_a_retreat(resolved: CodeFn, text: str) -> None:
    """``visit-ended`` narrowed: a mission owned by a state stays a RETREAT."""
    assert _of(resolved(text), "RETREAT")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea will launch rockets if South Korea holds the drills, an officer said.",
        "Syria will launch missiles unless Turkey pulls its troops back, a general said.",
        "Pakistan will fire missiles if it is attacked, a general said.",
    ],
)
def test_a_launch_on_a_partys_condition_is_a_threat(resolved: CodeFn, text: str) -> None:
    """``planned-launch`` narrowed: a launch conditioned on another's act stays a THREATEN."""
    assert _of(resolved(text), "THREATEN")


def test_a_launch_on_the_weather_is_no_threat(resolved: CodeFn) -> None:
    events = resolved("North Korea will launch rockets if the weather allows, officials said.")
    assert not _of(events, "THREATEN")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Two Afghan soldiers were injured in the clash, but they killed four of the Taliban "
         "fighters.", "soldiers"),
        ("Four Kurdish fighters were wounded in the attack, but they killed two militants.",
         "fighters"),
    ],
)  # fmt: skip
def test_the_harmed_of_a_conjoined_clause_can_hit_back(
    resolved: CodeFn, text: str, doer: str
) -> None:
    """``victim-antecedent`` narrowed: harm told in a clause joined by "but" does not bar
    its party from being the pronoun's antecedent in the next."""
    assert any(doer in name for name in _sources(_of(resolved(text), "ASSAULT")))
