"""The registry of attribution rules, spaCy-component style.

Each rule is a small named function registered with ``@rule(name, stage)``. Stages run in this
order, and within a stage rules run in registration order:

- ``layout``: ``(ctx) -> Iterable[Found]``: shapes set by the page rather than the sentence
  (interview turns, press-release sign-offs); they may claim quotes so later rules skip them.
- ``clause``: ``(ctx) -> Iterable[Found]``: reported speech read from the parse.
- ``quote``: ``(ctx, number, previous) -> Attribution | None``: for each quote no earlier rule
  covered, the first rule that attributes it wins; ``previous`` is the last quote statement.
- ``nested``: ``(ctx, statement) -> Iterable[Found]``: statements inside a found one (a quote
  inside a quote, with its own speaker).

Every statement carries the name of the rule that found it (``Statement.rule``), which
``cablegram evaluate --by-rule`` scores. To add a shape, write one function, register it, and
test it in ``tests/statements``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from spacy.tokens import Token

from cablegram.records import Actor, StatementKind
from cablegram.statements.context import Context, Found

Stage = Literal["layout", "clause", "quote", "nested"]
STAGES: tuple[Stage, ...] = ("layout", "clause", "quote", "nested")


@dataclass(frozen=True, slots=True)
class Attribution:
    """What a quote rule says about one quote."""

    cue: Token | None
    cue_text: str | None
    speaker: Actor | None
    kind: StatementKind = "direct"
    addressee: Actor | None = None
    # True: the quote is a further part of the previous statement's utterance.
    continues: bool = False


LayoutRule = Callable[[Context], Iterable[Found]]
QuoteRule = Callable[[Context, int, "Found | None"], "Attribution | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One registered attribution rule."""

    name: str
    stage: Stage
    func: Callable[..., Any]
    doc: str


REGISTRY: dict[str, Rule] = {}


def rule(name: str, stage: Stage) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a rule under a unique name; raises ValueError on a duplicate name."""

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        if name in REGISTRY:
            raise ValueError(f"attribution rule {name!r} is registered twice")
        REGISTRY[name] = Rule(name, stage, func, (func.__doc__ or "").strip().split("\n")[0])
        return func

    return register


def rules(stage: Stage) -> list[Rule]:
    """The registered rules of a stage, in registration order."""
    return [r for r in REGISTRY.values() if r.stage == stage]


__all__ = ["REGISTRY", "STAGES", "Attribution", "Rule", "Stage", "rule", "rules"]
