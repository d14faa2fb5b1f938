"""The command line: parse options, call the library, write results, map errors to exits.

This is the single error boundary: library errors become one line
``pagetidy: error: <path>: <reason>`` on stderr and an exit status; stdout carries
results only.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final, TypeVar

import click

from pagetidy import __version__
from pagetidy.clean import DEFAULT_MAX_BYTES, DEFAULT_MAX_LINES, InputFormat, clean
from pagetidy.cli_config import (
    config_command,
    current_settings,
    filters_command,
    settings_options,
    wants_color,
)
from pagetidy.errors import ConfigError, InputError, PagetidyError
from pagetidy.pool import cpu_count
from pagetidy.read.decode import read_bytes
from pagetidy.runner import DEFAULT_TIMEOUT, BatchFormat, BatchOptions, render
from pagetidy.walk import Selection, is_batch
from pagetidy.write import atomic_write

STDIN: Final = "-"
Command = TypeVar("Command", bound=Callable[..., None])


class ExitStatus(enum.IntEnum):
    """Exit statuses of the ``pagetidy`` command."""

    OK = 0
    FAILED = 1
    """Some input could not be cleaned (the others were written)."""
    USAGE = 2
    INTERRUPTED = 130


def report(message: str) -> None:
    """Write one ``pagetidy: error: ...`` line to stderr."""
    click.echo(f"pagetidy: error: {message}", err=True)


def read_input(source: str, max_bytes: int) -> bytes:
    """The bytes of one input: a file, or standard input for ``-``."""
    if source == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(STDIN, f"too large: more than {max_bytes} bytes (--max-bytes)")
        return data
    return read_bytes(Path(source), max_bytes)


def same_file(output: Path, source: str) -> bool:
    """Would writing ``output`` replace the input ``source``?"""
    if source == STDIN or not output.exists():
        return False
    try:
        return output.resolve() == Path(source).resolve() or output.samefile(source)
    except OSError:
        return False


def batch_options(command: Command) -> Command:
    """The options of a batch run (several inputs, folders, or ``--format jsonl``)."""
    options = [
        click.option(
            "--include",
            multiple=True,
            metavar="GLOB",
            help="Batch: clean only files matching this glob (name, or path with a /).",
        ),
        click.option(
            "--exclude",
            multiple=True,
            metavar="GLOB",
            help="Batch: leave out files and folders matching this glob.",
        ),
        click.option("--hidden", is_flag=True, help="Batch: walk hidden files and folders too."),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            default=cpu_count(),
            show_default="the number of cores",
            help="Batch: clean this many pages at once, in worker processes.",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=DEFAULT_TIMEOUT,
            show_default=True,
            metavar="SECONDS",
            help="Batch: give up on a page that takes longer than this.",
        ),
        click.option(
            "--skip-existing",
            is_flag=True,
            help="Batch: skip pages whose output exists and is newer than the page.",
        ),
        click.option(
            "--errors",
            "errors_path",
            type=click.Path(dir_okay=False, path_type=Path),
            metavar="FILE",
            help="Batch: also write one JSON line per failed page to this file.",
        ),
        click.option(
            "-q", "--quiet", is_flag=True, help="Batch: no progress bar and no summary table."
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="pagetidy")
def cli() -> None:
    """Clean scraped web pages down to the article text and its facts."""


@cli.command(short_help="Clean a scraped page (text dump or HTML) and print the article.")
@settings_options(explain=True)
@click.argument("sources", metavar="INPUT...", type=str, nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write to this file (atomically) instead of standard output; a folder in a batch run.",
)
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown", "jsonl"]),
    default="text",
    show_default=True,
    help="text: the title line and the article; json: the facts, the text and what was "
    "removed; markdown: front matter, headings, lists; jsonl: one compact JSON object per "
    "line (batch, in input order).",
)
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "html"]),
    default="auto",
    show_default=True,
    help="Read the input as a text dump or as HTML; auto decides from the content.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse inputs larger than this (also once gunzipped).",
)
@click.option(
    "--max-lines",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_LINES,
    show_default=True,
    help="Refuse text dumps with more lines than this.",
)
@batch_options
@click.option("--traceback", is_flag=True, help="Show the full traceback of unexpected errors.")
def clean_command(
    sources: tuple[str, ...],
    output: Path | None,
    output_format: BatchFormat,
    input_format: InputFormat,
    max_bytes: int,
    max_lines: int,
    traceback: bool,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    hidden: bool,
    jobs: int,
    timeout: float,
    skip_existing: bool,
    errors_path: Path | None,
    quiet: bool,
) -> None:
    """\b
    Examples:
      pagetidy clean page.txt                  # the title, then the article
      cat page.txt | pagetidy clean -          # read standard input
      pagetidy clean page.html --format json   # facts, text and removed blocks
      pagetidy clean page.txt -o clean.txt     # write a file, atomically
      pagetidy clean page.txt --explain        # every block, and why each dropped one went
      pagetidy clean pages/ -o clean/          # a folder: the same tree under clean/
      pagetidy clean pages/ --format jsonl     # one JSON line per page, in order

    Clean scraped pages (text dumps or HTML) and print the article. The text
    output is the title line, a blank line, then the article's paragraphs
    separated by blank lines. Errors go to stderr as one line each; the exit status
    is 0 when every page was cleaned, 1 when some could not be (the others were
    written), 2 for usage errors, 130 when interrupted.
    """
    settings = current_settings()
    if is_batch(sources, output_format, output):
        options = BatchOptions(
            output_format,
            input_format,
            max_bytes,
            timeout,
            jobs,
            skip_existing,
            config=settings.config,
            explain=settings.explain,
            max_lines=max_lines,
        )
        selection = Selection(include, exclude, hidden)
        sys.exit(clean_many(sources, output, options, selection, errors_path, quiet, traceback))
    source = sources[0]
    if output is not None and same_file(output, source):
        raise click.UsageError(f"{output}: is the input; refusing to write over it")
    try:
        result = clean(
            read_input(source, max_bytes),
            source=source,
            input_format=input_format,
            max_bytes=max_bytes,
            config=settings.config,
            max_lines=max_lines,
        )
    except PagetidyError as error:
        report(f"{error.path}: {error.reason}")
        sys.exit(ExitStatus.FAILED)
    except (RecursionError, MemoryError):
        if traceback:
            raise
        report(f"{source}: the page is too deeply nested or too large to clean")
        sys.exit(ExitStatus.FAILED)
    color = output is None and wants_color()
    rendered = render(result, output_format, settings.explain, color)
    if output is None:
        click.echo(rendered, nl=False)
        return
    try:
        atomic_write(output, rendered)
    except OSError as error:
        report(f"{output}: cannot write: {error.strerror or error}")
        sys.exit(ExitStatus.FAILED)


clean_command.name = "clean"
cli.add_command(filters_command)
cli.add_command(config_command)


def clean_many(
    sources: tuple[str, ...],
    output: Path | None,
    options: BatchOptions,
    selection: Selection,
    errors: Path | None,
    quiet: bool,
    traceback: bool,
) -> ExitStatus:
    """The batch path of ``clean``: plan (usage errors first), run, map the counts to a status."""
    from rich.console import Console  # only batch runs need rich: one-page start-up stays fast

    from pagetidy import batch

    try:
        tasks = batch.plan(sources, output, options, selection, errors)
    except ConfigError as error:
        raise click.UsageError(f"{error.path}: {error.reason}") from None
    console = Console(stderr=True)
    reporting = batch.Reporting(console, console.is_terminal and not quiet, traceback)
    summary = batch.clean_batch(
        tasks, options, reporting, lambda text: click.echo(text, nl=False), output, errors
    )
    if summary.interrupted:
        return ExitStatus.INTERRUPTED
    return ExitStatus.FAILED if summary.failed else ExitStatus.OK


def main() -> None:
    """Entry point of the ``pagetidy`` command."""
    try:
        cli.main(prog_name="pagetidy")
    except KeyboardInterrupt:
        click.echo("pagetidy: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
