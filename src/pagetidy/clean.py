"""The library entry point: bytes or text in, a cleaned Result out. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

from pagetidy.errors import InputError
from pagetidy.facts import markup_headline, read_facts
from pagetidy.filters.base import Filter
from pagetidy.model import Page, Result
from pagetidy.pipeline import DEFAULT_FILTERS, run
from pagetidy.read.text import read_text

InputFormat = Literal["auto", "text", "html"]
DEFAULT_MAX_BYTES: Final = 50 * 1024 * 1024
DEFAULT_MAX_LINES: Final = 100_000
"""Most lines a text dump may have: a page's dump has a few thousand at most, and the
filters cost time per block (about 0.1 ms each), so a million lines is refused early."""
HTML_UNAVAILABLE: Final = "looks like HTML, but this build has no HTML reader (pagetidy.read.html)"


def read_page(
    data: str | bytes,
    source: str = "-",
    input_format: InputFormat = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_lines: int = DEFAULT_MAX_LINES,
) -> Page:
    """Decode ``data`` if needed, detect text or HTML, and read it into blocks.

    Raises:
        InputError: more than ``max_bytes`` (bytes, or characters of a ``str``), a text
            dump of more than ``max_lines`` lines, binary or undecodable bytes, or HTML
            nested too deeply to read.
    """
    from pagetidy.read.decode import decode
    from pagetidy.read.detect import detect

    if len(data) > max_bytes:
        raise InputError(source, f"too large: more than {max_bytes} bytes")
    text = decode(data, source, max_bytes=max_bytes) if isinstance(data, bytes) else data
    mode = detect(text)[0] if input_format == "auto" else input_format
    if mode == "text" and count_lines(text) > max_lines:
        raise InputError(source, f"too many lines: more than {max_lines} for a text dump")
    if mode == "html":
        try:
            # ignore: the HTML reader lands on main separately; once it is here the ignore
            # is unused, which "unused-ignore" allows.
            from pagetidy.read.html import read_html  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            raise InputError(source, HTML_UNAVAILABLE) from None
        try:
            page: Page = read_html(text, source)
        except RecursionError:
            raise InputError(source, "HTML nested too deeply to read") from None
        return page
    return read_text(text, source)


def count_lines(text: str) -> int:
    """Lines ended by ``\\n``, ``\\r\\n`` or ``\\r``, plus an unended last one; counted in C.

    >>> count_lines("a\\r\\nb\\rc\\n"), count_lines("a\\nb"), count_lines("")
    (3, 2, 0)
    """
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    return breaks + (not text.endswith(("\n", "\r")) and text != "")


def clean_page(page: Page, filters: Sequence[Filter] = DEFAULT_FILTERS) -> Result:
    """Run the pipeline over a page that is already read, and read its facts."""
    kept, drops = run(page, filters, markup_headline(page))
    facts, captions = read_facts(page, kept, drops)
    return Result(page=page, kept=kept, drops=drops, facts=facts, caption_indices=captions)


def clean(
    data: str | bytes,
    *,
    source: str = "-",
    input_format: InputFormat = "auto",
    filters: Sequence[Filter] = DEFAULT_FILTERS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_lines: int = DEFAULT_MAX_LINES,
) -> Result:
    """Clean one page given as text or bytes; ``source`` names it in messages and JSON.

    Raises ``InputError`` (a ``PagetidyError``) for input that cannot be read as a page,
    including input past the limits ``max_bytes`` and ``max_lines``; nothing else.

    >>> clean("Home > News > World\\n\\nA fine day.\\n").text
    'A fine day.'
    """
    return clean_page(read_page(data, source, input_format, max_bytes, max_lines), filters)
