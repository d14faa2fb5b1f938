"""Find the pages of a batch run and where each one's output goes, before anything runs.

``plan_batch`` walks the inputs (files and folders, in the order given; each folder
depth-first in name order, so the order is stable) and returns one ``Task`` per page.
Problems met on the way (an unreadable folder, a symlink loop, two pages that would
write the same output) become tasks that carry an ``error`` instead of failing the run.
An output path that would replace an input, or an output folder that holds an input
folder, raises ``ConfigError``: that is refused before any page is read.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import Final

from pagetidy.errors import ConfigError

COMPRESSED_SUFFIXES: Final = frozenset({".gz"})
"""Suffixes read through (``x.html.gz`` is cleaned as ``x.html``)."""
OUTPUT_SUFFIXES: Final[dict[str, str]] = {
    "text": ".txt",
    "json": ".json",
    "markdown": ".md",
    "jsonl": ".json",
}


@dataclass(frozen=True, slots=True)
class Task:
    """One page of a batch: where to read it, its name in messages, where its output goes."""

    path: str
    """The input file, as found (the folder given on the command line, then the walk)."""
    output: str | None = None
    """The output file, or None when the result is streamed (JSONL)."""
    error: str = ""
    """Why the page cannot be cleaned, found while walking (empty when it can)."""


@dataclass(frozen=True, slots=True)
class Selection:
    """Which files of a folder are pages: globs and hidden files."""

    include: tuple[str, ...] = ()
    """Glob patterns; a file must match one (all files when empty)."""
    exclude: tuple[str, ...] = ()
    """Glob patterns; a file or folder that matches one is left out."""
    hidden: bool = False
    """Walk hidden files and folders (names starting with a dot) too."""

    def wants(self, relative: PurePosixPath, is_folder: bool) -> bool:
        """Whether a file (or folder) at ``relative`` inside an input folder is walked.

        A pattern with a ``/`` matches the path relative to the input folder; one
        without matches the name (so ``*.html`` selects HTML pages at any depth).

        >>> Selection(include=("*.html",)).wants(PurePosixPath("a/b.html"), False)
        True
        >>> Selection(exclude=("drafts",)).wants(PurePosixPath("a/drafts"), True)
        False
        >>> Selection().wants(PurePosixPath("a/.cache"), True)
        False
        """
        if not self.hidden and relative.name.startswith("."):
            return False
        if any(matches(pattern, relative) for pattern in self.exclude):
            return False
        return is_folder or not self.include or any(matches(p, relative) for p in self.include)


def matches(pattern: str, relative: PurePosixPath) -> bool:
    """Match a glob against a relative path (patterns with ``/``) or its name."""
    subject = str(relative) if "/" in pattern.strip("/") else relative.name
    return fnmatchcase(subject, pattern.strip("/"))


def output_name(name: str, output_format: str) -> str:
    """The output file name for an input name: its extension swapped for the format's.

    >>> output_name("x.html.gz", "json")
    'x.json'
    >>> output_name("page.txt", "text")
    'page.txt'
    >>> output_name("README", "json")
    'README.json'
    """
    path = PurePosixPath(name)
    if path.suffix.lower() in COMPRESSED_SUFFIXES:
        path = path.with_suffix("")
    return path.stem + OUTPUT_SUFFIXES[output_format]


def is_batch(sources: Sequence[str], output_format: str, output: Path | None = None) -> bool:
    """Whether a ``clean`` call is a batch run: several inputs, a folder, JSONL, or an
    existing folder as the output."""
    return (
        len(sources) > 1
        or output_format == "jsonl"
        or any(Path(s).is_dir() for s in sources)
        or (output is not None and output.is_dir())
    )


def walk(
    inputs: Sequence[str], selection: Selection, skip: Sequence[Path] = ()
) -> Iterator[tuple[str, PurePosixPath, str]]:
    """Yield ``(path, relative path, error)`` for each file of the inputs, in stable order.

    Files given by name are always taken (their relative path is their name). Folders
    are walked depth-first in name order; symlinks to folders are followed once (a loop
    is an error, not a hang); folders in ``skip`` (the output folder) are left out.
    """
    skipped = {identity(each) for each in skip if each.is_dir()}
    for given in inputs:
        path = Path(given)
        if path.is_dir():
            yield from walk_folder(given, PurePosixPath(), selection, skipped, set())
        else:
            yield given, PurePosixPath(path.name), ""


def walk_folder(
    folder: str,
    relative: PurePosixPath,
    selection: Selection,
    skipped: set[tuple[int, int]],
    above: set[tuple[int, int]],
) -> Iterator[tuple[str, PurePosixPath, str]]:
    """Walk one folder; ``above`` holds the folders on the way down (for loop detection)."""
    try:
        here = identity(Path(folder))
        if here in above:
            yield folder, relative, "symlink loop: this folder contains itself"
            return
        if here in skipped:
            return
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except PermissionError:
        yield folder, relative, "cannot list folder: permission denied"
        return
    except OSError as error:
        yield folder, relative, f"cannot list folder: {error.strerror or error}"
        return
    above = above | {here}
    for entry in entries:
        inner = relative / entry.name
        try:
            is_folder = entry.is_dir()
        except OSError:
            is_folder = False
        if not selection.wants(inner, is_folder):
            continue
        if is_folder:
            yield from walk_folder(entry.path, inner, selection, skipped, above)
        else:
            yield entry.path, inner, file_problem(entry)


def file_problem(entry: os.DirEntry[str]) -> str:
    """Why a walked entry that is not a folder cannot be read as a page, or ``""``."""
    try:
        if entry.is_file():
            return ""
    except OSError as error:
        return error.strerror or str(error)
    if entry.is_symlink():
        return "broken symlink"
    return "not a regular file"


def identity(path: Path) -> tuple[int, int]:
    """A folder's device and inode: the same for every path (or symlink) that reaches it."""
    info = path.stat()
    return info.st_dev, info.st_ino


def plan_batch(
    inputs: Sequence[str],
    output: Path | None,
    output_format: str,
    selection: Selection = Selection(),
) -> list[Task]:
    """The tasks of a batch run, in output order. Raises ``ConfigError`` on unsafe outputs.

    With ``output`` None the results are streamed (JSONL) and tasks have no output path.
    """
    if output is not None:
        refuse_output_over_inputs(inputs, output)
    tasks: list[Task] = []
    sources: set[str] = set()
    outputs: dict[str, str] = {}
    for path, relative, error in walk(inputs, selection, [output] if output else []):
        if error or output is None:
            tasks.append(Task(path, None, error))
            continue
        target = str(output / relative.parent / output_name(relative.name, output_format))
        key = os.path.realpath(target)
        sources.add(os.path.realpath(path))
        first = outputs.setdefault(key, path)
        if first != path:
            error = f"same output as {first}: {target}"
        tasks.append(Task(path, target, error))
    for task in tasks:
        if task.output and os.path.realpath(task.output) in sources:
            raise ConfigError(task.output, f"is an input; refusing to write {task.path} over it")
    return tasks


def refuse_output_over_inputs(inputs: Sequence[str], output: Path) -> None:
    """Raise ``ConfigError`` when the output is a file, or is (or holds) an input folder."""
    if output.exists() and not output.is_dir():
        raise ConfigError(str(output), "is a file; a batch run writes into a folder")
    target = Path(os.path.realpath(output))
    for given in inputs:
        path = Path(os.path.realpath(given))
        if Path(given).is_dir() and path.is_relative_to(target):
            raise ConfigError(
                str(output), f"holds the input folder {given}; choose an output folder outside it"
            )
