"""Rule ``retold-act``: an act told in the lede and again later in other words is one event;
a further act, another day, another target, or an unclear antecedent stays apart."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from cablegram.pipeline import annotate_parsed
from cablegram.records import Annotation, Document

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


_LEDE = "Peru arrested a suspect on Tuesday. "


@pytest.fixture(scope="module")
def dated(events_nlp: Language) -> AnnotateFn:
    """Annotate a text as an article of Thursday 10 March 2016 (so "Tuesday" is dated)."""

    def run(text: str) -> Annotation:
        doc = Document(doc_id="retold", source_path="t.txt", text=text, date="2016-03-10")
        return annotate_parsed(doc, events_nlp(text))

    return run


@pytest.mark.parametrize(
    "later",
    [
        # further-act words set off by commas still belong to the act's own clause
        "Separately, Peruvian police detained the driver.",
        "Peruvian police, in another raid, detained the driver.",
        "Peruvian police detained the driver, too.",
        # "separate" marks a further act
        "Peruvian police detained the driver in a separate case.",
        "In a separate case, Peruvian police detained the driver.",
        # someone named as new (an indefinite undergoer) is another act's
        "Peruvian police detained dozens of students.",
        "Peruvian police detained two farmers.",
    ],
)
def test_a_marked_further_act_or_a_new_undergoer_stays_apart(dated: AnnotateFn, later: str) -> None:
    assert _of_type(dated(_LEDE + later), "COERCE") == ["arrested", "detained"]


def test_the_same_undergoer_by_definite_description_is_one_act(dated: AnnotateFn) -> None:
    # the control: without a marker and with "the suspect", the later telling is the lede's
    text = _LEDE + "Peruvian police detained the suspect at his home."
    assert _of_type(dated(text), "COERCE") == ["arrested"]
