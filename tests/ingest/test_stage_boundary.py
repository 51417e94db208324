"""The stage boundary: ingest and the shared gazetteer import nothing of the annotate stage
(actors, statements, events, claims), so ingest can run and be tested without it."""

from __future__ import annotations

import ast
from pathlib import Path

import cablegram

_ANNOTATE = ("cablegram.actors", "cablegram.statements", "cablegram.events", "cablegram.claims")
_PACKAGE = Path(cablegram.__file__).parent


def _imports(folder: str) -> list[tuple[str, str]]:
    found = []
    for path in sorted((_PACKAGE / folder).glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.append((path.name, node.module))
            elif isinstance(node, ast.Import):
                found.extend((path.name, alias.name) for alias in node.names)
    return found


def test_ingest_imports_no_annotate_module() -> None:
    bad = [(f, m) for f, m in _imports("ingest") if m.startswith(_ANNOTATE)]
    assert bad == []


def test_gazetteer_imports_no_annotate_module() -> None:
    bad = [(f, m) for f, m in _imports("gazetteer") if m.startswith(_ANNOTATE)]
    assert bad == []


def test_credit_names_still_read_the_gazetteer() -> None:
    from cablegram.ingest.creditnames import person_shaped

    assert person_shaped("Lyse Doucet")
    assert not person_shaped("Saudi Arabia")
    assert not person_shaped("Ohio Valley")
