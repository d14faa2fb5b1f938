"""Run a batch: clean each page in worker processes, write outputs in order, count it all.

``run_batch(tasks, options)`` yields one ``Outcome`` per task, in task order, after the
task's output file (if any) has been written atomically. A page that cannot be cleaned
(unreadable, binary, undecodable, empty, too large, too slow, or a filter that fails)
gives a failed outcome with a reason; it never stops the run. ``Summary`` adds the
outcomes up for the end-of-run table.
"""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Final, Literal

from pagetidy.clean import DEFAULT_MAX_BYTES, DEFAULT_MAX_LINES, InputFormat, clean
from pagetidy.config import Config
from pagetidy.errors import PagetidyError
from pagetidy.explain import render_explain
from pagetidy.model import Result
from pagetidy.pool import Crash, ordered_map
from pagetidy.read.decode import read_bytes
from pagetidy.walk import Task
from pagetidy.write import atomic_write, to_json, to_markdown, to_text

BatchFormat = Literal["text", "json", "markdown", "jsonl"]
Status = Literal["cleaned", "failed", "skipped"]
DEFAULT_TIMEOUT: Final = 30.0
"""Seconds one page may take in a batch run before it is reported and skipped."""


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How a batch cleans and writes each page."""

    output_format: BatchFormat = "json"
    input_format: InputFormat = "auto"
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float | None = DEFAULT_TIMEOUT
    jobs: int = 1
    skip_existing: bool = False
    config: Config | None = None
    """Which filters run and how (None: the defaults)."""
    explain: bool = False
    """Text format: write the annotated page (every block, and why each dropped one went)."""
    max_lines: int = DEFAULT_MAX_LINES


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one page of a batch."""

    task: Task
    status: Status
    text: str = ""
    """The rendered output (cleaned pages only)."""
    reason: str = ""
    """Why the page failed (failed pages only)."""
    input_bytes: int = 0
    removed: tuple[tuple[str, int], ...] = ()
    """Blocks dropped, per filter name."""
    trace: str = ""
    """The traceback of an unexpected error, for ``--traceback``."""


@dataclass(slots=True)
class Summary:
    """Counts of a batch run, added up outcome by outcome."""

    total: int = 0
    cleaned: int = 0
    failed: int = 0
    skipped: int = 0
    input_bytes: int = 0
    output_bytes: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    interrupted: bool = False

    @property
    def done(self) -> int:
        return self.cleaned + self.failed + self.skipped

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "cleaned":
            self.cleaned += 1
            self.input_bytes += outcome.input_bytes
            self.output_bytes += len(outcome.text.encode("utf-8"))
            self.removed.update(dict(outcome.removed))
        elif outcome.status == "failed":
            self.failed += 1
        else:
            self.skipped += 1


def render(
    result: Result, output_format: BatchFormat, explain: bool = False, color: bool = False
) -> str:
    """A result in the chosen format: ``--explain`` annotates text output (rich styles when
    ``color``); JSON is indented, JSONL one compact line."""
    if output_format == "text":
        return render_explain(result, color) if explain else to_text(result)
    if output_format == "markdown":
        return to_markdown(result)
    return to_json(result, indent=2 if output_format == "json" else None)


def up_to_date(task: Task) -> bool:
    """Whether the task's output exists and is newer than its input (``--skip-existing``)."""
    if task.output is None:
        return False
    try:
        return Path(task.output).stat().st_mtime_ns >= Path(task.path).stat().st_mtime_ns
    except OSError:
        return False


def clean_file(task: Task, options: BatchOptions) -> Outcome:
    """Read, clean and render one page; every failure becomes a failed ``Outcome``."""
    if task.error:
        return Outcome(task, "failed", reason=task.error)
    if options.skip_existing and up_to_date(task):
        return Outcome(task, "skipped")
    try:
        data = read_bytes(Path(task.path), options.max_bytes)
        if not data:
            return Outcome(task, "failed", reason="empty file")
        result = clean(
            data,
            source=task.path,
            input_format=options.input_format,
            max_bytes=options.max_bytes,
            config=options.config,
            max_lines=options.max_lines,
        )
    except PagetidyError as error:
        return Outcome(task, "failed", reason=error.reason)
    except (RecursionError, MemoryError):
        reason = "the page is too deeply nested or too large to clean"
        return Outcome(task, "failed", reason=reason)
    except Exception as error:
        reason = f"unexpected error: {type(error).__name__}: {error}"
        return Outcome(task, "failed", reason=reason, trace=traceback.format_exc())
    removed = Counter(drop.filter for drop in result.drops)
    return Outcome(
        task,
        "cleaned",
        text=render(result, options.output_format, options.explain),
        input_bytes=len(data),
        removed=tuple(sorted(removed.items())),
    )


def run_batch(tasks: Sequence[Task], options: BatchOptions) -> Generator[Outcome, None, None]:
    """Yield each task's outcome in task order, its output file written first (atomically).

    Closing the iterator early (or Ctrl-C) stops the workers at once; a file being
    written is either complete or not there.
    """
    jobs = max(1, min(options.jobs, len(tasks)))
    results = ordered_map(
        partial(clean_file, options=options), tasks, jobs=jobs, timeout=options.timeout
    )
    try:
        for task, result in zip(tasks, results, strict=True):
            outcome = result if isinstance(result, Outcome) else crashed(task, result)
            if outcome.status == "cleaned" and task.output is not None:
                outcome = write_output(outcome, Path(task.output))
            yield outcome
    finally:
        results.close()


def crashed(task: Task, crash: Crash) -> Outcome:
    """The failed outcome of a page whose worker gave no answer."""
    return Outcome(task, "failed", reason=crash.reason, trace=crash.trace)


def write_output(outcome: Outcome, path: Path) -> Outcome:
    """Write a cleaned page's output; a write error fails the page."""
    try:
        atomic_write(path, outcome.text)
    except OSError as error:
        reason = f"cannot write {path}: {error.strerror or error}"
        return Outcome(outcome.task, "failed", reason=reason)
    return outcome
