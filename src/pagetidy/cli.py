"""The command line: parse options, call the library, write results, map errors to exits.

This is the single error boundary: library errors become one line
``pagetidy: error: <path>: <reason>`` on stderr and an exit status; stdout carries
results only.
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Final, Literal

import click

from pagetidy import __version__
from pagetidy.clean import DEFAULT_MAX_BYTES, DEFAULT_MAX_LINES, InputFormat, clean
from pagetidy.cli_config import (
    config_command,
    current_settings,
    filters_command,
    render_explain,
    settings_options,
    wants_color,
)
from pagetidy.errors import InputError, PagetidyError
from pagetidy.model import Result
from pagetidy.read.decode import read_bytes
from pagetidy.write import atomic_write, to_json, to_markdown, to_text

OutputFormat = Literal["text", "json", "markdown"]
STDIN: Final = "-"


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


def render(
    result: Result, output_format: OutputFormat, explain: bool = False, color: bool = False
) -> str:
    """The text the chosen format prints for one result (``--explain``: the annotated page)."""
    if explain and output_format == "text":
        return render_explain(result, color)
    if output_format == "markdown":
        return to_markdown(result)
    return to_json(result) if output_format == "json" else to_text(result)


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="pagetidy")
def cli() -> None:
    """Clean scraped web pages down to the article text and its facts."""


@cli.command(short_help="Clean a scraped page (text dump or HTML) and print the article.")
@settings_options(explain=True)
@click.argument("source", metavar="INPUT", type=str)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (atomically) instead of standard output.",
)
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="text: the title line and the article; json: the facts, the text and what was "
    "removed; markdown: front matter, headings, lists.",
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
@click.option("--traceback", is_flag=True, help="Show the full traceback of unexpected errors.")
def clean_command(
    source: str,
    output: Path | None,
    output_format: OutputFormat,
    input_format: InputFormat,
    max_bytes: int,
    max_lines: int,
    traceback: bool,
) -> None:
    """\b
    Examples:
      pagetidy clean page.txt                  # the title, then the article
      cat page.txt | pagetidy clean -          # read standard input
      pagetidy clean page.html --format json   # facts, text and removed blocks
      pagetidy clean page.txt -o clean.txt     # write a file, atomically
      pagetidy clean page.txt --explain        # every block, and why each dropped one went

    Clean one scraped page (a text dump or HTML) and print the article. The text
    output is the title line, a blank line, then the article's paragraphs
    separated by blank lines. Errors go to stderr as one line each; the exit status
    is 0 when the page was cleaned, 1 when it could not be read, 2 for usage errors.
    """
    if output is not None and same_file(output, source):
        raise click.UsageError(f"{output}: is the input; refusing to write over it")
    settings = current_settings()
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


def main() -> None:
    """Entry point of the ``pagetidy`` command."""
    try:
        cli.main(prog_name="pagetidy")
    except KeyboardInterrupt:
        click.echo("pagetidy: interrupted", err=True)
        sys.exit(ExitStatus.INTERRUPTED)
