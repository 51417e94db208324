"""The scorer on a tiny gold file whose figures are worked out by hand below."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablegram.evaluate import GoldFileError, load_gold, normalise, score
from cablegram.records import Actor, Event, Statement

GOLD = [
    # d1: two statements that count, one optional; one event.
    {
        "doc": "d1.txt",
        "record": "statement",
        "kind": "direct",
        "text_contains": "we will not go",
        "speaker": ["ana costa", "costa"],
    },
    {
        "doc": "d1.txt",
        "record": "statement",
        "kind": "indirect",
        "text_contains": "talks had failed",
        "speaker": ["lena holm", "holm"],
    },
    {
        "doc": "d1.txt",
        "record": "statement",
        "kind": "indirect",
        "text_contains": "maybe later",
        "speaker": ["ana costa"],
        "optional": True,
    },
    {
        "doc": "d1.txt",
        "record": "event",
        "event_type": "REJECT",
        "sentence_contains": "will not go",
        "source": ["PRT"],
    },
    {
        "doc": "d1.txt",
        "record": "event",
        "event_type": "CONSULT",
        "sentence_contains": "met in lisbon",
        "source": ["ESP"],
    },
]


def person(name: str, text: str | None = None, country: str | None = None) -> Actor:
    return Actor(name=name, kind="person", text=text or name, country=country)


def records() -> list[dict[str, object]]:
    doc = {"record": "document", "doc_id": "x", "source_path": "corpus/d1.txt", "text": "..."}
    statements = [
        # Matches gold 1 ("We will not go" contains the gold fragment), right speaker.
        Statement("x", "s1", "direct", "“We Will not go,” she said", 0, 1, "", person("Ana Costa")),
        # Matches gold 1 again: a second prediction of one gold line is a false positive.
        Statement("x", "s2", "direct", "we will not go", 0, 1, "", person("Ana Costa")),
        # Matches gold 2 but the speaker is a bare pronoun: never right.
        Statement("x", "s3", "indirect", "the talks had failed badly", 0, 1, "", person("he")),
        # Matches the optional line: counts neither way.
        Statement("x", "s4", "indirect", "maybe later", 0, 1, "", person("Ana Costa")),
        # Matches nothing: a false positive.
        Statement("x", "s5", "indirect", "prices rose again today", 0, 1, "", None),
    ]
    prt = Actor("Portugal", "state", "Portugal", "PRT")
    fra = Actor("France", "state", "France", "FRA")
    events = [
        Event("x", "e1", "REJECT", "go", "Portugal will not go.", 5, 7, source=prt),
        Event("x", "e2", "REJECT", "go", "Portugal will not go.", 5, 7, source=fra),  # split
        Event("x", "e3", "CONSULT", "met", "They met in Lisbon.", 20, 23, source=fra),
        Event("x", "e4", "ASSAULT", "hit", "Rebels hit the town.", 30, 33, source=None),
    ]
    return [doc, *(s.to_json() for s in statements), *(e.to_json() for e in events)]


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g) for g in GOLD) + "\n", encoding="utf-8")
    return path


def test_figures_worked_out_by_hand(gold_file: Path) -> None:
    figures = score(load_gold(gold_file), records()).figures()
    # Statements: 4 predictions count (s4 hits the optional line); 2 gold lines count;
    # matched 2 -> precision 2/4, recall 2/2, F1 2/3. Speakers: s1 right, s3 a pronoun -> 1/2.
    # End to end: 1 right of 4 predicted and 2 gold -> P 1/4, R 1/2, F1 1/3.
    assert figures["statement_precision"] == 0.5
    assert figures["statement_recall"] == 1.0
    assert figures["statement_f1"] == pytest.approx(0.6667, abs=1e-4)
    assert figures["speaker_accuracy"] == 0.5
    assert figures["end_to_end_f1"] == pytest.approx(0.3333, abs=1e-4)
    # Events: e1/e2 are one split prediction (source right through e1); e3 matches CONSULT with
    # the wrong source; e4 matches nothing. 3 predictions, 2 matched -> P 2/3, R 1, F1 0.8;
    # source accuracy 1/2.
    assert figures["events_predicted"] == 3
    assert figures["event_precision"] == pytest.approx(0.6667, abs=1e-4)
    assert figures["event_f1"] == pytest.approx(0.8)
    assert figures["source_accuracy"] == 0.5


def test_normalise_folds_quotes_dashes_case_and_space() -> None:
    assert normalise("  “Don’t” —  GO\n") == normalise('"don\'t" - go')


def test_malformed_gold_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"record": "statement"}\n', encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"bad.jsonl:1"):
        load_gold(path)


def test_a_statement_in_parts_matches_part_by_part(gold_file: Path) -> None:
    """One utterance in two parts matches both gold lines: one prediction, right; two lines."""
    doc = {"record": "document", "doc_id": "x", "source_path": "corpus/d1.txt", "text": "..."}
    joined = Statement(
        "x",
        "s1",
        "direct",
        "We will not go … the talks had failed",
        0,
        40,
        "",
        person("Ana Costa"),
        spans=((0, 14), (20, 40)),
        rule="cue_after",
    )
    figures = score(load_gold(gold_file), [doc, joined.to_json()]).figures()
    assert figures["statements_predicted"] == 1
    assert figures["statements_matched"] == 2
    assert figures["statement_precision"] == 1.0
    assert figures["statement_recall"] == 1.0
    # The speaker is right for the first line only: the prediction is right end to end.
    assert figures["end_to_end_precision"] == 1.0
    assert figures["end_to_end_recall"] == 0.5


def test_figures_by_rule(gold_file: Path) -> None:
    """Per rule: s1 (right) and s2 (repeat) by cue_after, s3 (right, pronoun) by
    speech_verb_clause, s4 (optional) and s5 (wrong) by according_to."""
    rows = records()
    rules = {"s1": "cue_after", "s2": "cue_after", "s3": "speech_verb_clause"}
    for row in rows:
        if row.get("record") == "statement":
            row["rule"] = rules.get(str(row["statement_id"]), "according_to")
    by_rule = score(load_gold(gold_file), rows).by_rule()
    assert by_rule["cue_after"]["predicted"] == 2
    assert by_rule["cue_after"]["precision"] == 0.5
    assert by_rule["cue_after"]["recall"] == 0.5
    assert by_rule["cue_after"]["end_to_end_precision"] == 0.5
    assert by_rule["speech_verb_clause"]["precision"] == 1.0
    assert by_rule["speech_verb_clause"]["end_to_end_precision"] == 0.0
    assert by_rule["according_to"]["predicted"] == 1  # the optional match does not count
    assert by_rule["according_to"]["precision"] == 0.0


def test_evaluate_by_rule_from_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    article = tmp_path / "brief.txt"
    article.write_text(
        "“The bridge will reopen in May,” Mayor Anna Kowalski said on Monday.\n\n"
        "Officials said the ferry would keep running until then.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.jsonl"
    lines = [
        {
            "doc": "brief.txt",
            "record": "statement",
            "kind": "direct",
            "text_contains": "bridge will reopen",
            "speaker": ["anna kowalski"],
        },
        {
            "doc": "brief.txt",
            "record": "statement",
            "kind": "indirect",
            "text_contains": "ferry would keep running",
            "speaker": ["officials"],
        },
    ]
    gold.write_text("\n".join(json.dumps(g) for g in lines) + "\n", encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cablegram",
            "evaluate",
            str(gold),
            str(article),
            "--by-rule",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    by_rule = json.loads(done.stdout)["by_rule"]
    assert by_rule["cue_after"]["precision"] == 1.0
    assert by_rule["speech_verb_clause"]["recall"] == 0.5
