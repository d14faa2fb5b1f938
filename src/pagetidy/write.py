"""Writers: the text and JSON forms of a Result, and atomic file writes."""

from __future__ import annotations

import contextlib
import glob
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Final, TextIO, TypedDict, cast

from pagetidy.model import Block, Result

encode_string: Final = json.encoder.encode_basestring
"""A string as JSON text, non-ASCII kept (``ensure_ascii=False``), in C."""

SCHEMA_VERSION: Final = 1
"""Version of the JSON output; ``schema/article.schema.json`` describes it."""
HEADING_TAGS: Final = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
MARKDOWN_START: Final = re.compile(r"^(?:[#>*+-]|\d+[.)]\s)")
"""A paragraph starting like this would read as Markdown syntax: it gets a backslash."""


class RemovedJSON(TypedDict):
    """One dropped block in the JSON output."""

    index: int
    text: str
    filter: str
    reason: str
    detail: str


class ArticleJSON(TypedDict):
    """The JSON object ``pagetidy clean --format json`` prints for one page."""

    schema_version: int
    source: str
    mode: str
    title: str | None
    site_name: str | None
    section: list[str]
    published: str | None
    byline: str | None
    tags: list[str]
    captions: list[str]
    language: str | None
    paragraphs: list[str]
    text: str
    removed: list[RemovedJSON]


def to_text(result: Result) -> str:
    """The clean article as text: the title line, a blank line, then the body blocks.

    An empty page gives an empty string; otherwise the text ends with one newline. A body
    opening with the title (a product page keeps its name in its text) does not print it twice.
    """
    title, text = result.title, result.text
    parts = [title] if title else []
    if title and text.startswith(title) and text[len(title) : len(title) + 2] in ("", "\n\n"):
        text = text[len(title) + 2 :]
    if text:
        parts.append(text)
    return "\n\n".join(parts) + "\n" if parts else ""


def to_json_dict(result: Result) -> ArticleJSON:
    """The JSON form of a result (see the README for the schema)."""
    facts = result.facts
    return ArticleJSON(
        schema_version=SCHEMA_VERSION,
        source=result.source,
        mode=result.page.mode,
        title=facts.title,
        site_name=facts.site_name,
        section=list(facts.section),
        published=facts.published,
        byline=facts.byline,
        tags=list(facts.tags),
        captions=list(facts.captions),
        language=facts.language,
        paragraphs=list(result.paragraphs),
        text=result.text,
        removed=[
            RemovedJSON(
                index=removed.index,
                text=removed.text,
                filter=removed.filter,
                reason=removed.reason,
                detail=removed.detail,
            )
            for removed in result.removed
        ],
    )


def json_schema() -> str:
    """The JSON Schema (draft 2020-12) of ``--format json``, as shipped with the package."""
    return resources.files("pagetidy").joinpath("schema/article.schema.json").read_text("utf-8")


def to_json(result: Result, indent: int | None = 2) -> str:
    """The JSON form of a result as a string ending with a newline.

    ``json.dumps`` writes an indented document in Python, value by value: it is written
    here instead (``indented``), the same text, strings escaped in C.
    """
    document = to_json_dict(result)
    if indent is None:
        return json.dumps(document, ensure_ascii=False) + "\n"  # one call in C
    parts: list[str] = []
    indented(document, " " * indent, "\n", parts)
    return "".join(parts) + "\n"


def indented(value: object, step: str, newline: str, parts: list[str]) -> None:
    """Append to ``parts`` the text ``json.dumps(value, ensure_ascii=False, indent=...)``
    writes for ``value`` (``step``: one level's indent; ``newline``: a line break and the
    current level's indent), for the dicts with string keys, lists, tuples, strings,
    integers, booleans and None of the JSON output; any other value (a number) is written
    by ``json.dumps``.

    >>> parts = []
    >>> indented({"a": [1, "é"], "b": {}, "c": None}, "  ", "\\n", parts)
    >>> "".join(parts) == json.dumps({"a": [1, "é"], "b": {}, "c": None}, indent=2,
    ...                              ensure_ascii=False)
    True
    """
    kind = type(value)
    if kind is str:
        parts.append(encode_string(cast(str, value)))
    elif kind is dict or kind is list or kind is tuple:
        if not value:
            parts.append("{}" if kind is dict else "[]")
            return
        inner = newline + step
        parts.append("{" if kind is dict else "[")
        separator = inner
        keyed = kind is dict
        pairs: Iterable[tuple[str, object]] = (
            cast(dict[str, object], value).items()
            if keyed
            else zip(repeat(""), cast(Sequence[object], value))
        )
        for key, item in pairs:
            head = f"{separator}{encode_string(key)}: " if keyed else separator
            item_kind = type(item)
            if item_kind is str:  # the common values, written here: no call for each
                parts.append(head + encode_string(cast(str, item)))
            elif item_kind is int:
                parts.append(f"{head}{item}")
            elif item is None:
                parts.append(head + "null")
            else:
                parts.append(head)
                indented(item, step, inner, parts)
            separator = "," + inner
        parts.append(newline + ("}" if keyed else "]"))
    elif kind is int:
        parts.append(f"{value}")
    elif value is None:
        parts.append("null")
    elif value is True or value is False:
        parts.append("true" if value else "false")
    else:
        parts.append(json.dumps(value, ensure_ascii=False))


def markdown_block(block: Block, caption: bool) -> str:
    """One kept block in Markdown: a ``##`` heading, a list item, an italic caption."""
    text = " ".join(block.text.split()) if caption else block.text
    if caption:
        return f"*{text}*"
    if block.hints.tag in HEADING_TAGS:
        return f"## {text}"
    bullet = block.hints.bullet
    if bullet or block.hints.tag == "li":
        marker = bullet if bullet[:1].isdigit() else "-"
        return f"{marker} {text}"
    return "\\" + text if MARKDOWN_START.match(text) else text


def front_matter(result: Result) -> list[str]:
    """The facts block (site, date, byline, tags) as YAML lines, or nothing."""
    facts = result.facts
    values: list[tuple[str, object]] = [
        ("site", facts.site_name),
        ("date", facts.published),
        ("byline", facts.byline),
        ("tags", list(facts.tags) or None),
    ]
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in values if value]
    return ["---", *lines, "---"] if lines else []


def to_markdown(result: Result) -> str:
    """The article as Markdown: front matter, ``#`` title, ``##`` subheads, lists, captions.

    Consecutive list items form one list; captions are in italics, each once.
    """
    parts: list[str] = []
    if head := front_matter(result):
        parts.append("\n".join(head))
    if result.title:
        parts.append(f"# {result.title}")
    previous_item = False
    for position, block in enumerate(result.kept):
        if position == 0 and block.text == result.title:
            continue  # the title, kept in the body too (a product page's name): printed above
        rendered = markdown_block(block, block.index in result.caption_indices)
        item = block.index not in result.caption_indices and (
            bool(block.hints.bullet) or block.hints.tag == "li"
        )
        if item and previous_item:
            parts[-1] += "\n" + rendered
        else:
            parts.append(rendered)
        previous_item = item
    return "\n\n".join(parts) + "\n" if parts else ""


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder, then rename.

    A crash leaves either the old file or the complete new one, never half a file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary: str | None = None
    try:
        handle, temporary = temporary_file(path)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        remove_temporaries(path, temporary)
        raise


def temporary_file(path: Path) -> tuple[int, str]:
    """A new temporary file beside ``path`` (``.<name>.<random>.tmp``): its handle and name."""
    return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)


def remove_temporaries(path: Path, temporary: str | None) -> None:
    """Remove the temporary file of ``path``; every one of them when its name is unknown.

    A Ctrl-C can land inside ``mkstemp`` after the file was made but before its name was
    returned; then the only way to find it is by the pattern ``temporary_file`` uses.
    """
    leftovers = (
        [Path(temporary)]
        if temporary is not None
        else path.parent.glob(f".{glob.escape(path.name)}.*.tmp")
    )
    for leftover in leftovers:
        with contextlib.suppress(OSError):
            leftover.unlink()


@contextlib.contextmanager
def atomic_stream(path: Path, *, keep_partial: bool = False) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` when the block ends (atomic rename).

    If the block raises, the temporary file is removed and ``path`` is left as it was,
    unless ``keep_partial``: then what was written so far still replaces ``path`` (for a
    log of what a run did before it was interrupted).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temporary = temporary_file(path)
        stream = os.fdopen(handle, "w", encoding="utf-8", newline="\n")
    except BaseException:
        remove_temporaries(path, None)
        raise
    committed = False
    try:
        try:
            yield stream
        except BaseException:
            if not keep_partial:
                raise
            commit(stream, Path(temporary), path)
            committed = True
            raise
        commit(stream, Path(temporary), path)
        committed = True
    finally:
        if not committed:
            stream.close()
            with contextlib.suppress(OSError):
                Path(temporary).unlink()


def commit(stream: TextIO, temporary: Path, path: Path) -> None:
    """Flush, sync and close ``stream``, then rename its file over ``path``."""
    stream.flush()
    os.fsync(stream.fileno())
    stream.close()
    temporary.replace(path)
