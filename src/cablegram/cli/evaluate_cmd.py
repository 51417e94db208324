"""`cablegram evaluate`: score extraction against a gold file (shared/gold/README.md rules)."""

from __future__ import annotations

import argparse
import json

from rich.console import Console
from rich.table import Table

from cablegram.cli import UserError, command
from cablegram.cli.common import InputTally, add_input_options, annotate_inputs
from cablegram.evaluate import GoldFileError, Scores, load_gold, score


@command("evaluate", "score statements and events on PATHs against a gold JSONL file")
def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", metavar="GOLD.jsonl", help="gold annotations")
    add_input_options(parser)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--details", action="store_true", help="also list misses, false positives, wrong speakers"
    )
    parser.add_argument(
        "--by-rule",
        action="store_true",
        help="also give statement precision and recall per attribution rule",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        gold = load_gold(args.gold)
    except GoldFileError as err:
        raise UserError(str(err)) from err
    tally = InputTally()
    records = [r for a in annotate_inputs(args, tally) for r in a.records()]
    if tally.documents == 0:
        raise UserError("no input could be read")
    scores = score(gold, records)
    if args.json:
        data: dict[str, object] = {"figures": scores.figures()}
        if args.details:
            data["details"] = _details(scores)
        if args.by_rule:
            data["by_rule"] = scores.by_rule()
        print(json.dumps(data, indent=2))
    else:
        _print_table(scores, args.details)
        if args.by_rule:
            _print_rules(scores)
    return 0


_RULE_COLUMNS = (
    ("predicted", "predicted"),
    ("right", "right"),
    ("precision", "P"),
    ("matched", "gold found"),
    ("recall", "R"),
    ("end_to_end_precision", "e2e P"),
    ("end_to_end_recall", "e2e R"),
)


def _print_rules(scores: Scores) -> None:
    table = Table(title="statements by attribution rule")
    table.add_column("rule")
    for _, title in _RULE_COLUMNS:
        table.add_column(title, justify="right")
    for name, row in scores.by_rule().items():
        cells = [row[key] for key, _ in _RULE_COLUMNS]
        table.add_row(name, *(f"{v:.3f}" if isinstance(v, float) else str(v) for v in cells))
    Console().print(table)


def _details(scores: Scores) -> dict[str, object]:
    s, e = scores.statements, scores.events
    return {
        "statement_misses": s.misses,
        "statement_false_positives": s.false_positives,
        "wrong_speakers": s.wrong_attribute,
        "event_misses": e.misses,
        "event_false_positives": e.false_positives,
        "wrong_sources": e.wrong_attribute,
    }


def _print_table(scores: Scores, details: bool) -> None:
    console = Console()
    table = Table(title="cablegram evaluate")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for name, value in scores.figures().items():
        table.add_row(name, f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(table)
    if details:
        for name, rows in _details(scores).items():
            if rows:
                console.print(f"[bold]{name}[/bold]")
                for row in rows if isinstance(rows, list) else []:
                    console.print(f"  {row}", markup=False)
