"""What a batch run shows on the stderr console: a progress bar and a summary table.

Both are only shown on a terminal (the caller decides); nothing here writes to stdout.
The progress display never redirects stdout or stderr (rich's default would).
"""

from __future__ import annotations

from types import TracebackType

from rich.console import Console, Group
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from pagetidy.runner import Summary


class RateColumn(ProgressColumn):
    """Pages per second."""

    def render(self, task: object) -> Text:
        speed = getattr(task, "speed", None)
        return Text(f"{speed:.1f} pages/s" if speed else "- pages/s", style="progress.data.speed")


class BatchProgress:
    """A transient progress bar on the stderr console (or nothing when not shown)."""

    def __init__(self, console: Console, total: int, shown: bool) -> None:
        self.progress = (
            Progress(
                TextColumn("cleaning"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                RateColumn(),
                TimeRemainingColumn(),
                console=console,
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            if shown
            else None
        )
        self.task = self.progress.add_task("cleaning", total=total) if self.progress else None

    def __enter__(self) -> BatchProgress:
        if self.progress:
            self.progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.progress:
            self.progress.stop()

    def advance(self) -> None:
        if self.progress and self.task is not None:
            self.progress.advance(self.task)


def size(count: int) -> str:
    """A byte count for people.

    >>> size(1536), size(12), size(5 * 1024 * 1024)
    ('1.5 KB', '12 B', '5.0 MB')
    """
    value = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"  # pragma: no cover


def summary_table(summary: Summary, seconds: float, output: str | None) -> Group:
    """The end-of-run tables: counts and sizes, then blocks removed per filter."""
    counts = Table(title="pagetidy clean" + (" (interrupted)" if summary.interrupted else ""))
    counts.add_column("files", justify="left")
    counts.add_column("", justify="right")
    counts.add_row("cleaned", str(summary.cleaned))
    counts.add_row("failed", str(summary.failed), style="red" if summary.failed else None)
    counts.add_row("skipped", str(summary.skipped))
    if summary.interrupted:
        counts.add_row("not done", str(summary.total - summary.done), style="yellow")
    counts.add_row("input size", size(summary.input_bytes))
    counts.add_row("output size", size(summary.output_bytes))
    rate = summary.done / seconds if seconds > 0 else 0.0
    counts.add_row("time", f"{seconds:.1f} s ({rate:.1f} files/s)")
    if output:
        counts.add_row("written to", escape(output))
    removed = Table()
    removed.add_column("filter")
    removed.add_column("blocks removed", justify="right")
    for name, count in sorted(summary.removed.items(), key=lambda pair: (-pair[1], pair[0])):
        removed.add_row(name, str(count))
    return Group(counts, removed) if summary.removed else Group(counts)
