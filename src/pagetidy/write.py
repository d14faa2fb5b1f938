"""Writers: the text and JSON forms of a Result, and atomic file writes."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Final, TextIO, TypedDict

from pagetidy.model import Result

SCHEMA_VERSION: Final = 1


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

    An empty page gives an empty string; otherwise the text ends with one newline.
    """
    parts = [result.title] if result.title else []
    if result.text:
        parts.append(result.text)
    return "\n\n".join(parts) + "\n" if parts else ""


def to_json_dict(result: Result) -> ArticleJSON:
    """The JSON form of a result (see the README for the schema)."""
    facts = result.facts
    by_index = {block.index: block for block in result.page.blocks}
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
                index=drop.index,
                text=by_index[drop.index].text,
                filter=drop.filter,
                reason=drop.reason,
                detail=drop.detail,
            )
            for drop in sorted(result.drops, key=lambda drop: drop.index)
        ],
    )


def to_json(result: Result, indent: int | None = 2) -> str:
    """The JSON form of a result as a string ending with a newline."""
    return json.dumps(to_json_dict(result), ensure_ascii=False, indent=indent) + "\n"


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder, then rename.

    A crash leaves either the old file or the complete new one, never half a file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


@contextlib.contextmanager
def atomic_stream(path: Path, *, keep_partial: bool = False) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` when the block ends (atomic rename).

    If the block raises, the temporary file is removed and ``path`` is left as it was,
    unless ``keep_partial``: then what was written so far still replaces ``path`` (for a
    log of what a run did before it was interrupted).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    stream = os.fdopen(handle, "w", encoding="utf-8", newline="\n")
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
