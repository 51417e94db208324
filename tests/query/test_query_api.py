"""The Python API: the README example runs, the store wrapper answers, import stays light."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

import pytest

import cablegram
from cablegram.store import StoreError

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_example() -> str:
    """The Python block of the README's "Python API" section, exactly as a user reads it."""
    section = README.read_text(encoding="utf-8").split("### Python API", 1)[1]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_readme_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(readme_example(), "README.md", "exec"), {})
    out = printed.getvalue()
    assert "Michel Barnier" in out
    assert "France oppose" in out
    assert (tmp_path / "cablegram.db").exists()


def test_extract_returns_the_records_with_the_date_and_title() -> None:
    annotation = cablegram.extract(
        "Barnier said France would never send troops.", date="2004-10-15", title="T"
    )
    assert annotation.document.date == "2004-10-15"
    assert annotation.document.title == "T"
    assert annotation.statements
    with pytest.raises(ValueError):
        cablegram.extract("text", date="15 October 2004")


def test_store_wrapper_answers_every_question(query_db: Path) -> None:
    with cablegram.open(query_db, create=False) as store:
        assert len(store.statements(country="DEU")) == 4 - 1
        assert {e.event_id for e in store.events(actor="ESP")} == {"ev-spain-retreat"}
        assert store.stance("send troops to Iraq").row("DEU") is not None
        assert store.timeline("Kerry").entries
        assert store.network().event_dyads
        assert store.quotes(speaker="Barnier")[0].document == "Paris says no"
        assert store.event_list(event_type="REJECT")
        out = io.StringIO()
        assert store.export("documents", "jsonl", out=out) == len(store.documents())
    with pytest.raises(StoreError):
        cablegram.open(query_db.parent / "missing.db", create=False)


def test_import_cablegram_stays_light() -> None:
    code = (
        "import sys, cablegram; "
        "heavy = [m for m in ('spacy', 'cablegram.api', 'cablegram.store', 'rich', 'pyarrow') "
        "if m in sys.modules]; print(heavy)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
