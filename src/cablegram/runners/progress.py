"""How a run reports: lines on stderr, and a rich progress bar when stderr is a terminal."""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from cablegram.runners.driver import Reporter


class _RateColumn(ProgressColumn):
    """Documents per second, over rich's recent-speed window."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("-- docs/s" if speed is None else f"{speed:.1f} docs/s")


class StderrReporter(Reporter):
    """Notices as lines on stderr; no bar (when stderr is no terminal, or with --quiet)."""

    def __init__(self, *, notices: bool = True) -> None:
        self.notices = notices

    def notice(self, line: str) -> None:
        if self.notices or not _is_skip_notice(line):
            print(line, file=sys.stderr)

    def __enter__(self) -> StderrReporter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        pass


def _is_skip_notice(line: str) -> bool:
    # --quiet drops the per-document notices about skips and copies; errors always print.
    return line.endswith((", skipped", ", linked"))


class ProgressReporter(StderrReporter):
    """A rich progress bar with documents per second and time left; notices print above."""

    def __init__(self, description: str = "ingesting") -> None:
        super().__init__()
        self._console = Console(stderr=True)
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=self._console,
            transient=True,
        )
        self._description = description
        self._task: TaskID | None = None

    def notice(self, line: str) -> None:
        self._progress.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def scanned(self, count: int) -> None:
        if self._task is None:
            self._task = self._progress.add_task("scanning", total=None)
        self._progress.update(self._task, completed=count)

    def start(self, total: int) -> None:
        if self._task is not None:
            self._progress.remove_task(self._task)
        self._task = self._progress.add_task(self._description, total=total)

    def advance(self, count: int = 1) -> None:
        if self._task is not None:
            self._progress.advance(self._task, count)

    def __enter__(self) -> ProgressReporter:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.stop()


def reporter_for(quiet: bool, description: str = "ingesting") -> StderrReporter:
    """A progress bar when stderr is a terminal and not ``quiet``, else plain lines."""
    if quiet:
        return StderrReporter(notices=False)
    if sys.stderr.isatty():
        return ProgressReporter(description)
    return StderrReporter()
