"""The event pattern dictionary: trigger lemmas and phrase conditions -> PLOVER types.

The dictionary is data (``cablegram/data/events_patterns.toml``, CC BY-SA 4.0, derived from the
PLOVER project's CAMEO-to-PLOVER table); this module only loads and indexes it. Users may add
their own files of the same shape.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from cablegram.records import PLOVER_TYPES

PatternPos = Literal["verb", "noun", "adj"]
DATA_FILE = "events_patterns.toml"


class PatternError(ValueError):
    """A pattern file that does not have the expected shape."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """One trigger: a lemma of a part of speech, optional conditions, and what it codes."""

    lemma: str
    pos: PatternPos
    event_type: str
    mode: str | None = None
    objects: frozenset[str] = frozenset()
    object_ents: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    no_object: bool = False
    infinitive: bool = False
    # A that-clause of a course to take ("agreed that their countries should cooperate"):
    # the finite twin of ``infinitive`` (issue 11, round 15).
    modal_clause: bool = False
    # Codes a standing attitude only ("Hungary favors the plan"): any object, and the event is
    # kept only where :mod:`cablegram.events.attitudes` caps it as a position, not an act.
    standing: bool = False
    order: int = 0

    @property
    def specificity(self) -> int:
        """How many conditions the pattern sets: the most specific fitting pattern wins."""
        return (
            int(self.no_object)
            + int(self.infinitive)
            + int(self.modal_clause)
            + sum(
                1
                for cond in (
                    self.objects,
                    self.object_ents,
                    self.particles,
                    self.preps,
                    self.modifiers,
                )
                if cond
            )
        )


@dataclass(frozen=True, slots=True)
class PatternTable:
    """All patterns, indexed by (lemma, pos), with the control word lists."""

    patterns: Mapping[tuple[str, PatternPos], tuple[Pattern, ...]]
    light_verbs: frozenset[str] = frozenset()
    intent_verbs: frozenset[str] = frozenset()
    intent_default_type: Mapping[str, str] = field(default_factory=dict)
    negative_verbs: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    object_control_verbs: frozenset[str] = frozenset()
    intent_nouns: frozenset[str] = frozenset()
    negative_nouns: frozenset[str] = frozenset()
    wish_verbs: frozenset[str] = frozenset()
    unrealised_verbs: frozenset[str] = frozenset()
    stative_passives: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    audience_nouns: frozenset[str] = frozenset()
    plan_verbs: frozenset[str] = frozenset()
    plan_nouns: frozenset[str] = frozenset()

    def candidates(self, lemma: str, pos: PatternPos) -> tuple[Pattern, ...]:
        """Patterns for a lemma and part of speech, most specific first."""
        return self.patterns.get((lemma, pos), ())

    def __len__(self) -> int:
        return sum(len(v) for v in self.patterns.values())


def _strings(value: Any, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset({value.lower()})
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return frozenset(v.lower() for v in value)
    raise PatternError(f"{where}: expected a string or a list of strings, got {value!r}")


def _check_type(event_type: Any, where: str) -> str:
    if not isinstance(event_type, str) or event_type.upper() not in PLOVER_TYPES:
        raise PatternError(f"{where}: {event_type!r} is not a PLOVER type")
    return event_type.upper()


def _parse_groups(data: Mapping[str, Any], source: str, start: int) -> list[Pattern]:
    out: list[Pattern] = []
    order = start
    for g_index, group in enumerate(data.get("group", [])):
        where = f"{source}: group {g_index + 1}"
        group_type = _check_type(group.get("type"), where)
        group_mode = group.get("mode")
        plain: list[tuple[str, PatternPos]] = []
        keys: tuple[tuple[str, PatternPos], ...] = (
            ("verbs", "verb"),
            ("nouns", "noun"),
            ("adjectives", "adj"),
        )
        for key, pos in keys:
            plain.extend((lemma, pos) for lemma in sorted(_strings(group.get(key), where)))
        # Phrases first: within equal specificity the file order decides, and a phrase is
        # the more deliberate entry.
        for p_index, phrase in enumerate(group.get("phrases", [])):
            pwhere = f"{where}, phrase {p_index + 1}"
            lemma = phrase.get("lemma")
            if not isinstance(lemma, str):
                raise PatternError(f"{pwhere}: a phrase needs a lemma")
            pos = phrase.get("pos", "verb")
            if pos not in ("verb", "noun", "adj"):
                raise PatternError(f"{pwhere}: pos must be verb, noun or adj")
            out.append(
                Pattern(
                    lemma=lemma.lower(),
                    pos=pos,
                    event_type=_check_type(phrase.get("type", group_type), pwhere),
                    mode=phrase.get("mode", group_mode),
                    objects=_strings(phrase.get("object"), pwhere),
                    object_ents=frozenset(
                        e.upper() for e in _strings(phrase.get("object_ent"), pwhere)
                    ),
                    particles=_strings(phrase.get("particle"), pwhere),
                    preps=_strings(phrase.get("prep"), pwhere),
                    modifiers=_strings(phrase.get("modifier"), pwhere),
                    no_object=bool(phrase.get("no_object", False)),
                    infinitive=bool(phrase.get("infinitive", False)),
                    modal_clause=bool(phrase.get("modal_clause", False)),
                    standing=bool(phrase.get("standing", False)),
                    order=order,
                )
            )
            order += 1
        for lemma, pos in plain:
            out.append(Pattern(lemma.lower(), pos, group_type, group_mode, order=order))
            order += 1
    return out


def build_table(sources: Iterable[tuple[str, Mapping[str, Any]]]) -> PatternTable:
    """Merge parsed pattern files (name, data) into one table; later files add to earlier."""
    patterns: list[Pattern] = []
    lists: dict[str, set[str]] = {
        "light_verbs": set(),
        "intent_verbs": set(),
        "negative_verbs": set(),
        "speech_verbs": set(),
        "object_control_verbs": set(),
        "intent_nouns": set(),
        "negative_nouns": set(),
        "wish_verbs": set(),
        "unrealised_verbs": set(),
        "stative_passives": set(),
        "group_nouns": set(),
        "audience_nouns": set(),
        "plan_verbs": set(),
        "plan_nouns": set(),
    }
    defaults: dict[str, str] = {}
    for name, data in sources:
        patterns.extend(_parse_groups(data, name, start=len(patterns)))
        for key, bucket in lists.items():
            bucket.update(_strings(data.get(key), f"{name}: {key}"))
        for lemma, event_type in dict(data.get("intent_default_type", {})).items():
            defaults[lemma.lower()] = _check_type(event_type, f"{name}: intent_default_type")
    index: dict[tuple[str, PatternPos], list[Pattern]] = {}
    for pattern in patterns:
        index.setdefault((pattern.lemma, pattern.pos), []).append(pattern)
    return PatternTable(
        patterns={
            key: tuple(sorted(group, key=lambda p: (-p.specificity, p.order)))
            for key, group in index.items()
        },
        light_verbs=frozenset(lists["light_verbs"]),
        intent_verbs=frozenset(lists["intent_verbs"]),
        intent_default_type=defaults,
        negative_verbs=frozenset(lists["negative_verbs"]),
        speech_verbs=frozenset(lists["speech_verbs"]),
        object_control_verbs=frozenset(lists["object_control_verbs"]),
        intent_nouns=frozenset(lists["intent_nouns"]),
        negative_nouns=frozenset(lists["negative_nouns"]),
        wish_verbs=frozenset(lists["wish_verbs"]),
        unrealised_verbs=frozenset(lists["unrealised_verbs"]),
        stative_passives=frozenset(lists["stative_passives"]),
        group_nouns=frozenset(lists["group_nouns"]),
        audience_nouns=frozenset(lists["audience_nouns"]),
        plan_verbs=frozenset(lists["plan_verbs"]),
        plan_nouns=frozenset(lists["plan_nouns"]),
    )


def _read_builtin() -> dict[str, Any]:
    text = resources.files("cablegram").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=8)
def load_patterns(*extra: str | Path) -> PatternTable:
    """The built-in pattern table, extended by the user's own TOML files (loaded once)."""
    sources: list[tuple[str, Mapping[str, Any]]] = [(DATA_FILE, _read_builtin())]
    for path in extra:
        with open(path, "rb") as handle:
            sources.append((str(path), tomllib.load(handle)))
    return build_table(sources)
