"""The pattern dictionary is data: it loads, covers every type, keeps its licence, extends."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from cablegram.events.patterns import PatternError, build_table, load_patterns
from cablegram.records import PLOVER_TYPES


def test_builtin_table_covers_every_type() -> None:
    table = load_patterns()
    types = {p.event_type for group in table.patterns.values() for p in group}
    assert types == set(PLOVER_TYPES)
    assert "say" in table.speech_verbs and "refuse" in table.negative_verbs


def test_derived_data_keeps_its_licence() -> None:
    data = resources.files("cablegram").joinpath("data")
    header = data.joinpath("events_patterns.toml").read_text(encoding="utf-8")[:1500]
    assert "CC BY-SA 4.0" in header or "Attribution-ShareAlike" in header
    assert "Open Event Data Alliance" in header
    assert "ShareAlike" in data.joinpath("events_patterns.LICENSE.md").read_text(encoding="utf-8")


def test_most_specific_pattern_first() -> None:
    table = load_patterns()
    attack = table.candidates("attack", "verb")
    assert attack[0].specificity >= attack[-1].specificity
    assert {p.event_type for p in attack} >= {"ACCUSE", "ASSAULT"}


def test_user_file_extends(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text('[[group]]\ntype = "PROTEST"\nverbs = ["heckle"]\n', encoding="utf-8")
    table = load_patterns(str(extra))
    assert table.candidates("heckle", "verb")[0].event_type == "PROTEST"
    assert table.candidates("agree", "verb")


def test_bad_type_is_reported() -> None:
    with pytest.raises(PatternError):
        build_table([("bad.toml", {"group": [{"type": "HUG", "verbs": ["hug"]}]})])
