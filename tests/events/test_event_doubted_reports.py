"""An act told only inside a report the sentence denies, doubts or leaves unconfirmed is
not asserted (issue 11, events/doubted.py ``doubted-report``). Sentences written for the
test; the first group fails without the rule, the third and fourth with rules that read
any negated verb, any "question" or no report "of" an act."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cablegram.records import Event

CodeFn = Callable[..., list[Event]]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nor were there reports that Turkish troops were withdrawing from Afrin.", "withdrawing"),
        ("Nor were reports that the French mission was evacuating its staff.", "evacuating"),
        ("There were unconfirmed reports that Syrian militiamen had seized the bridge.", "seized"),
        ("Unconfirmed reports said Sudanese troops had shelled the camp.", "shelled"),
        ("Officials in Ankara played down reports that Iran had deployed missiles.", "deployed"),
        ("Reports that the Syrian army had bombed the hospital could not be verified.", "bombed"),
        ("Diplomats cast doubt on reports that Libyan police had arrested the envoy.", "arrested"),
    ],
)
def test_an_act_in_a_doubted_report_is_not_coded(code: CodeFn, text: str, trigger: str) -> None:
    assert not [e for e in code(text) if e.trigger == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Reports that Turkish troops seized the bridge were confirmed by the army.", "seized"),
        ("Officials confirmed reports that Sudanese troops had shelled the camp.", "shelled"),
        ("Witnesses reported that Syrian jets had bombed the hospital.", "bombed"),
        ("Reports that Syrian jets had bombed the hospital did not deter the donors.", "bombed"),
    ],
)
def test_an_act_in_a_report_told_or_confirmed_stays(code: CodeFn, text: str, trigger: str) -> None:
    assert [e for e in code(text) if e.trigger == trigger]


@pytest.mark.parametrize(
    "text",
    [
        "Accounts that Sudanese troops had shelled the camp were not unusual this year.",
        "Investors were not worried by reports that Sudanese troops had shelled the camp.",
        "Journalists questioned the spokesman about reports that Sudanese troops shelled the camp.",
        "The spokesman took a question on reports that Sudanese troops had shelled the camp.",
    ],
)
def test_a_report_merely_not_remarkable_or_asked_about_keeps_its_act(
    code: CodeFn, text: str
) -> None:
    assert [e for e in code(text) if e.trigger == "shelled"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Reports that Sudanese troops had shelled the camp were not accurate.", "shelled"),
        ("Reports of the shelling of the camp by Sudanese troops could not be confirmed.",
         "shelling"),
        ("Unverified reports of Sudanese shelling of the camp spread on Tuesday.", "shelling"),
        ("Diplomats raised questions about reports that Sudanese troops had shelled the camp.",
         "shelled"),
    ],
)  # fmt: skip
def test_a_report_not_true_or_of_an_act_doubted_is_not_coded(
    code: CodeFn, text: str, trigger: str
) -> None:
    assert not [e for e in code(text) if e.trigger == trigger]
