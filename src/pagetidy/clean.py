"""The library entry point: bytes or text in, a cleaned Result out. Pure: no I/O."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping, Sequence
from typing import Final, Literal

from pagetidy.config import DEFAULT_CONFIG, Config, Favor, make_config
from pagetidy.errors import InputError
from pagetidy.facts import markup_headline, read_facts
from pagetidy.filters.base import Filter
from pagetidy.filters.rules import Rule, Rules
from pagetidy.model import Drop, Page, Result
from pagetidy.pagekind import page_kind
from pagetidy.pipeline import DEFAULT_FILTERS, HTML_FILTERS, HTML_KIND_FILTERS, run
from pagetidy.read.text import read_text

InputFormat = Literal["auto", "text", "html"]
DEFAULT_MAX_BYTES: Final = 50 * 1024 * 1024
CAPTIONS_FILTER: Final = "captions"
"""The name on drops of captions taken out of the text (``captions=False``)."""
CAPTION_OFF: Final = "caption_off"
DEFAULT_MAX_LINES: Final = 100_000
"""Most lines a text dump may have: a page's dump has a few thousand at most, and the
filters cost time per block (about 0.1 ms each), so a million lines is refused early."""


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
    from pagetidy.read.decode import decode_page
    from pagetidy.read.detect import detect

    if len(data) > max_bytes:
        raise InputError(source, f"too large: more than {max_bytes} bytes")
    text, utf8 = (
        decode_page(data, source, max_bytes=max_bytes) if isinstance(data, bytes) else (data, None)
    )
    mode = detect(text)[0] if input_format == "auto" else input_format
    if mode == "text" and count_lines(text) > max_lines:
        raise InputError(source, f"too many lines: more than {max_lines} for a text dump")
    if mode == "html":
        from pagetidy.read.depth import CAP_SCAN_TAGS, cap_depth
        from pagetidy.read.html import read_html

        try:
            if utf8 is not None and utf8.count(b"<") <= CAP_SCAN_TAGS:
                return read_html(utf8, source)  # too few tags to cap: counted in the bytes
            capped = cap_depth(text)
            return read_html(utf8 if utf8 is not None and capped is text else capped, source)
        except RecursionError:
            raise InputError(source, "HTML nested too deeply to read") from None
    return read_text(text, source)


def count_lines(text: str) -> int:
    """Lines ended by ``\\n``, ``\\r\\n`` or ``\\r``, plus an unended last one; counted in C.

    >>> count_lines("a\\r\\nb\\rc\\n"), count_lines("a\\nb"), count_lines("")
    (3, 2, 0)
    """
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    return breaks + (not text.endswith(("\n", "\r")) and text != "")


def clean_page(
    page: Page, filters: Sequence[Filter] = DEFAULT_FILTERS, config: Config = DEFAULT_CONFIG
) -> Result:
    """Run the configured pipeline over a page that is already read, and read its facts.

    Keep rules guard their blocks from every filter. With ``config.captions`` off, the
    captions (still listed in the facts) are dropped from the text by ``captions``.
    HTML pages given the default pipeline run ``HTML_FILTERS`` instead (or, when their
    markup names their kind, that kind's ``HTML_KIND_FILTERS``).
    """
    if filters is DEFAULT_FILTERS and page.mode == "html":
        filters = HTML_KIND_FILTERS.get(page_kind(page.meta), HTML_FILTERS)
    chain = config.filters(filters)
    guarded = frozenset(
        index for each in chain if isinstance(each, Rules) for index in each.guarded(page)
    )
    kept, drops = run(page, chain, markup_headline(page), guarded)
    facts, captions = read_facts(page, kept, drops)
    if not config.captions and captions:
        drops += tuple(
            Drop(block.index, CAPTIONS_FILTER, CAPTION_OFF, "captions are off")
            for block in kept
            if block.index in captions
        )
        kept = tuple(block for block in kept if block.index not in captions)
    return Result(page=page, kept=kept, drops=drops, facts=facts, caption_indices=captions)


def clean(
    data: str | bytes,
    *,
    source: str = "-",
    input_format: InputFormat = "auto",
    config: Config | None = None,
    skip: Iterable[str] = (),
    only: Iterable[str] = (),
    favor: Favor = "balanced",
    captions: bool = True,
    settings: Mapping[str, Mapping[str, object]] | None = None,
    drop: Iterable[str | Rule] = (),
    keep: Iterable[str | Rule] = (),
    filters: Sequence[Filter] = DEFAULT_FILTERS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_lines: int = DEFAULT_MAX_LINES,
) -> Result:
    """Clean one page given as text or bytes; ``source`` names it in messages and JSON.

    Options: ``skip``/``only`` filter names, a ``favor`` preset, ``captions=False`` to
    take captions out of the text, ``settings`` per filter (``{"span": {"gap_cost": 0.6}}``),
    ``drop``/``keep`` user rules (strings are literal lines). A ``config`` replaces them
    all. Pure: the result depends only on the arguments.

    Raises ``InputError`` (a ``PagetidyError``) for input that cannot be read as a page,
    including input past the limits ``max_bytes`` and ``max_lines``; nothing else.

    >>> clean("Home > News > World\\n\\nA fine day.\\n").text
    'A fine day.'
    >>> clean("Home > News > World\\n\\nA fine day.\\n", skip=["breadcrumb", "boilerplate"]).text
    'Home > News > World\\n\\nA fine day.'
    """
    defaults = not (skip or only or settings or drop or keep) and favor == "balanced"
    if config is None and defaults and captions:
        config = DEFAULT_CONFIG  # what make_config() gives, without checking it again
    if config is None:
        config = make_config(
            skip=skip,
            only=only,
            favor=favor,
            captions=captions,
            settings=settings,
            drop=drop,
            keep=keep,
        )
    # Python's cycle collector is held off while a page is cleaned (and turned back on
    # after, when it was on): a page makes some 100,000 objects, which set it off dozens
    # of times, and none of them is in a reference cycle (``gc.collect()`` after a page
    # finds nothing), so reference counting frees them all the same. 2026-11-28, 481 HTML
    # pages (ScrapingHub, the first 300 of wcxb-dev): 3.9 to 3.5 CPU seconds.
    collecting = gc.isenabled()
    gc.disable()
    try:
        page = read_page(data, source, input_format, max_bytes, max_lines)
        return clean_page(page, filters, config)
    finally:
        if collecting:
            gc.enable()
