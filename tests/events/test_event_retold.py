"""Rule ``retold-act``: an act told in the lede and again later in other words is one event;
a further act, another day, another target, or an unclear antecedent stays apart."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Annotation

AnnotateFn = Callable[[str], Annotation]


def _of_type(annotation: Annotation, event_type: str) -> list[str]:
    return [e.trigger for e in annotation.events if e.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "kept"),
    [
        (
            "Spain arrested four suspects on March 3, 2016 over the Madrid bombing. Spanish police "
            "detained the four men in a raid near Valencia.",
            "COERCE",
            ["arrested"],
        ),
        (
            # the state and its army, the same target, another word
            "The Nigerian army bombed Boko Haram camps in May 2015. Nigerian jets struck the Boko "
            "Haram camps near Lake Chad.",
            "ASSAULT",
            ["bombed"],
        ),
        (
            # "also" and "2014" belong to another clause of the later sentence
            "Peru's interior minister Ana Soto resigned in June 2015. Soto's resignation comes "
            "after a riot in Lima, in which police also shot two students as they had in 2014.",
            "RETREAT",
            ["resigned"],
        ),
    ],
)
def test_lede_retold_in_other_words_is_one_event(
    annotate: AnnotateFn, text: str, event_type: str, kept: list[str]
) -> None:
    assert _of_type(annotate(text), event_type) == kept


@pytest.mark.parametrize(
    "text",
    [
        # a further act
        "Spain arrested four suspects in March 2016. Spanish police also detained two women.",
        # another day
        "Spain arrested four suspects in March 2016. On Saturday Spanish police detained a man.",
        # another target named
        "Canada imposed sanctions on Belarus in May 2015. Ottawa imposed sanctions on Russia.",
        # an undated first telling: nothing says the later one is the same act
        "Syria has dismissed the plan. The Syrian army rejected the proposal.",
        # a target in one telling only: the writer's two tellings may be two acts
        "Bahrain cut diplomatic ties with Qatar on Sunday. Bahraini officials severed relations.",
    ],
)
def test_other_acts_stay_apart(annotate: AnnotateFn, text: str) -> None:
    kinds = ("COERCE", "SANCTION", "REJECT")
    events = [e for e in annotate(text).events if e.event_type in kinds]
    assert len(events) == 2


def test_an_unclear_antecedent_keeps_both(annotate: AnnotateFn) -> None:
    # Two earlier acts of the type by the same state: which one the third retells is not said.
    text = (
        "Canada imposed sanctions on Belarus in May 2015. Canada imposed sanctions on Iran in "
        "June 2015. Ottawa's sanctions ban imports of potash."
    )
    assert len(_of_type(annotate(text), "SANCTION")) == 3
