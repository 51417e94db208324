"""A registry of small named rules, so that a newcomer adds a shape by adding one function.

Stage-neutral: each stage of the event coder (finding triggers, blocking what did not happen,
retyping, picking arguments; :mod:`cablegram.events`) and the claim reader's verb and object
rules (:mod:`cablegram.claims.verb_rules`) keep their rules in a :class:`Registry`. A rule is
a plain function registered under a name; the stage runs them in registration order (the
event coder records the names of those that fired, which is what an event's ``confidence`` is
computed from).

    BLOCKERS = Registry[Blocker]("blockers")

    @BLOCKERS.rule("condition-premise")
    def condition_premise(site: Site) -> bool: ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

F = TypeVar("F", bound=Callable[..., object])


@dataclass(frozen=True, slots=True)
class Rule(Generic[F]):
    """One named rule: ``name`` is what reports and confidence refer to."""

    name: str
    fn: F


class Registry(Generic[F]):
    """An ordered set of named rules of one stage."""

    def __init__(self, stage: str) -> None:
        self.stage = stage
        self._rules: list[Rule[F]] = []

    def rule(self, name: str) -> Callable[[F], F]:
        """Decorator: register ``fn`` under ``name`` (names are unique within a stage)."""

        def register(fn: F) -> F:
            if any(r.name == name for r in self._rules):
                raise ValueError(f"{self.stage}: a rule named {name!r} is already registered")
            self._rules.append(Rule(name, fn))
            return fn

        return register

    def names(self) -> list[str]:
        """The rules' names, in registration order."""
        return [r.name for r in self._rules]

    def get(self, name: str) -> F:
        """The function registered under ``name``; raises KeyError when there is none."""
        for r in self._rules:
            if r.name == name:
                return r.fn
        raise KeyError(f"{self.stage}: no rule named {name!r}")

    def __iter__(self) -> Iterator[Rule[F]]:
        return iter(list(self._rules))

    def __len__(self) -> int:
        return len(self._rules)
