"""A "Follow NAME on Twitter" line is a staff credit only when NAME is a reporter's, not a
newsmaker the dictionary knows (issue 12, trial kind: "Follow Donald Trump on Twitter" was
removed as a credit line). Lines written for the test."""

from __future__ import annotations

import pytest

from cablegram.ingest.sitejunk import is_credit


@pytest.mark.parametrize(
    "line",
    [
        "Follow Vladimir Putin on Twitter",
        "Follow Angela Merkel on Instagram.",
        "Follow Barack Obama on Twitter @BarackObama",
    ],
)
def test_a_newsmakers_account_is_no_credit(line: str) -> None:
    assert not is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Follow Jo Roe on Twitter",
        "Follow Ana Rey on Twitter at: http://twitter.com/anarey",
        "Follow Bo Ek on Twitter:",
        "Follow Jo Roe on Twitter at @jroe",
    ],
)
def test_a_reporters_account_is_a_credit(line: str) -> None:
    assert is_credit(line)
