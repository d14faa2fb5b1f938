"""The batch code path of ``pagetidy clean``: plan, run, report. Wiring only.

The work is done by the library: ``walk.plan_batch`` (which files, which outputs, what is
refused), ``runner.run_batch`` (worker processes, time caps, atomic writes, in order) and
``progress`` (the stderr display). This module connects them to the command's streams:
results to ``emit`` (stdout), one ``pagetidy: error: <path>: <reason>`` line per failure
on the stderr console, one JSON line per failure to ``--errors``.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TextIO

from rich.console import Console

from pagetidy.errors import ConfigError
from pagetidy.progress import BatchProgress, summary_table
from pagetidy.runner import BatchOptions, Outcome, Summary, run_batch
from pagetidy.walk import Selection, Task, plan_batch
from pagetidy.write import atomic_stream

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Reporting:
    """Where a batch run reports: the stderr console and what to show there."""

    console: Console
    show: bool
    """Show the progress bar and summary table (a terminal, and not ``--quiet``)."""
    traceback: bool = False
    """Print the traceback of unexpected errors after their error line."""


def plan(
    sources: Sequence[str],
    output: Path | None,
    options: BatchOptions,
    selection: Selection,
    errors: Path | None,
) -> list[Task]:
    """Check the options of a batch run and list its tasks; ``ConfigError`` when unsafe."""
    if STDIN in sources:
        raise ConfigError(STDIN, "standard input cannot be part of a batch run")
    streaming = options.output_format == "jsonl"
    if not streaming and output is None:
        raise ConfigError("-o", "a batch run needs an output folder (or --format jsonl)")
    if streaming and options.skip_existing:
        raise ConfigError("--skip-existing", "needs an output folder, not --format jsonl")
    tasks = plan_batch(sources, None if streaming else output, options.output_format, selection)
    inputs = {os.path.realpath(task.path) for task in tasks}
    for name, path in (("-o", output if streaming else None), ("--errors", errors)):
        if path is not None and os.path.realpath(path) in inputs:
            raise ConfigError(str(path), f"({name}) is an input; refusing to write over it")
    return tasks


def clean_batch(
    tasks: Sequence[Task],
    options: BatchOptions,
    reporting: Reporting,
    emit: Callable[[str], object],
    output: Path | None = None,
    errors: Path | None = None,
) -> Summary:
    """Run the tasks, report as they finish (in order), and return the counts.

    Ctrl-C (or SIGTERM) stops the run at once: the summary is marked interrupted.
    """
    summary = Summary(total=len(tasks))
    started = time.monotonic()
    streaming = options.output_format == "jsonl"
    try:
        with contextlib.ExitStack() as stack:
            stack.enter_context(terminate_as_interrupt())
            log = stack.enter_context(atomic_stream(errors, keep_partial=True)) if errors else None
            if streaming and output is not None:
                emit = stack.enter_context(atomic_stream(output)).write  # all or nothing
            shown = BatchProgress(reporting.console, len(tasks), reporting.show)
            progress = stack.enter_context(shown)
            for outcome in stack.enter_context(contextlib.closing(run_batch(tasks, options))):
                summary.add(outcome)
                if outcome.status == "failed":
                    report(outcome, reporting, log)
                elif outcome.status == "cleaned" and streaming:
                    emit(outcome.text)
                progress.advance()
    except KeyboardInterrupt:
        summary.interrupted = True
    finish(summary, reporting, time.monotonic() - started, output)
    return summary


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM (``kill``, a cron or CI time-out) like Ctrl-C while the run lasts."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave SIGTERM alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def report(outcome: Outcome, reporting: Reporting, log: TextIO | None) -> None:
    """One error line on stderr (and one JSON line in the errors file) for a failed page."""
    task = outcome.task
    reporting.console.out(f"pagetidy: error: {task.path}: {outcome.reason}", highlight=False)
    if reporting.traceback and outcome.trace:
        reporting.console.out(outcome.trace.rstrip(), highlight=False)
    if log is not None:
        line = {"path": task.path, "output": task.output, "reason": outcome.reason}
        log.write(json.dumps(line, ensure_ascii=False) + "\n")


def finish(summary: Summary, reporting: Reporting, seconds: float, output: Path | None) -> None:
    """The summary table (when shown), and what was done when the run was interrupted."""
    if reporting.show:
        reporting.console.print(summary_table(summary, seconds, str(output) if output else None))
    if summary.interrupted:
        reporting.console.out(
            f"pagetidy: interrupted: {summary.done} of {summary.total} files done "
            f"({summary.cleaned} cleaned, {summary.failed} failed, {summary.skipped} skipped); "
            "run again with --skip-existing to finish",
            highlight=False,
        )
