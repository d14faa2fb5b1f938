"""Plain-text page dumps -> Blocks: one block per line, wrapped lines joined back.

Dumps made by lynx, inscriptis, html2text or a browser's "save as text" differ in
layout: lynx indents and hard-wraps at 80 columns, inscriptis indents deeply and
often leaves no blank lines, html2text separates blocks with blank lines. The reader
keeps what they share: a block is one logical line; list bullets are removed and
kept as a hint; lines of a hard-wrapped paragraph are joined with one space.

A dump written in Markdown (html2text's: ``**bold**``, ``# Heading``, escapes such as ``\\.``
and ``\\-``; ``MARKDOWN_MARKS`` of them) loses its underscore emphasis (``_Star Trek_`` reads
``Star Trek``) and its escaped underscores (``snake\\_case``): an underscore is a word
character, so a marked word is another word to any reader of the text. A plain dump's
underscores (a user name ``_nico_``, a code name) stay. Measured on the html2text dumps,
2026-11-29: ScrapingHub F1 0.918 to 0.925 (P +0.006, R +0.008), wcxb-dev all 0.792 to
0.799, its articles 0.904 to 0.912; lynx and inscriptis unchanged. Every dump's HTML
character references (``&#39;``, ``&amp;``; ``ENTITY``) are read: a left ``&#39;`` splits
``Trump's`` into three words. Measured 2026-11-29: ScrapingHub lynx P +0.0002, html2text
P +0.0001, wcxb-dev unchanged in the third decimal (3 of 44 changed pages lower).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from html import unescape
from typing import Final

from pagetidy.dates import MONTHS
from pagetidy.model import Block, Hints, Page

BULLET: Final = re.compile(r"(?:[*\-•·▪◦‣+∙●○■□–—]|\d{1,3}[.)]|[a-z][.)])(?=\s)\s*")
"""A list marker at the start of a line, followed by whitespace."""
DAY_DOT_DATE: Final = re.compile(r"\d{1,2}\.\s+([^\W\d_]{3,10})\.?\s+\d{4}\b")
"""A day-first date opening a line (``9. Juli 2022``): its day is no list number."""
HEADING: Final = re.compile(r"(#{1,6})\s+(?=\S)")
"""A Markdown heading marker (html2text writes headings as ``# Title``)."""
INVISIBLE_CHARS: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
INVISIBLE: Final = str.maketrans("", "", INVISIBLE_CHARS)
INVISIBLE_RUN: Final = re.compile(f"[{INVISIBLE_CHARS}]+")
"""Zero-width characters and soft hyphens (a regex removes them 3x faster than translate)."""

MARKDOWN_MARK: Final = re.compile(r"\*\*\S[^*\n]*\*\*|\\[-.()+!#\[\]_*]|^#{1,6} \S", re.M)
"""A Markdown mark: a bold pair, a backslash escape, a heading marker at a line's start."""
MARKDOWN_MARKS: Final = 3
"""Markdown marks that make a dump a Markdown one (a plain dump may quote one or two)."""
UNDERSCORE_EMPHASIS: Final = re.compile(r"(?<![\w\\])_(?=[^\s_])([^_\n]*?)(?<=[^\s_])_(?![\w])")
"""Markdown's underscore emphasis around a phrase (``_Star Trek_``), not inside a word."""
ESCAPED_UNDERSCORE: Final = re.compile(r"\\_")
ENTITY: Final = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,7});")
"""An HTML character reference a converter left in the text (``&#39;``, ``&amp;``), with
its semicolon (``&copy`` alone in a URL's query is no entity)."""

WRAP_MAX_WIDTH: Final = 100
"""A dump whose longest line is wider than this was not hard-wrapped."""
WRAP_MIN_FULL_LINES: Final = 3
"""Lines near the longest one needed before a dump is taken as hard-wrapped."""
WRAP_NEAR: Final = 12
"""Lines this close to the longest one count as full when measuring the wrap width."""
WRAP_SLACK: Final = 2
"""Columns of slack: wrappers do not all fill a line to the same last column."""


@dataclass(slots=True)
class _Line:  # not frozen: it never leaves read_text, and a frozen __init__ costs 3x
    indent: int
    bullet: str
    heading: int
    text: str
    width: int
    """Length of the raw line, indentation included (for wrap detection)."""


def split_lines(text: str) -> list[str]:
    """Lines of a dump, whatever its line endings.

    >>> split_lines("a\\r\\nb\\rc\\n")
    ['a', 'b', 'c', '']
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def collapse(text: str) -> str:
    """Collapse runs of whitespace (NBSP included) to one space and strip the ends.

    The reader of each kind of page uses this one function, so text dumps and HTML
    normalise alike (zero-width characters and soft hyphens removed too).

    >>> collapse("  a\\u00a0\\tb  "), collapse("  a\\n\\t b\\xa0 soft\\xadware ")
    ('a b', 'a b software')
    """
    if text.isprintable():  # no invisible characters (format characters are unprintable)
        # the only whitespace is spaces: nothing to collapse unless two are adjacent
        return text.strip() if "  " not in text else " ".join(text.split())
    if text.isascii() or not any(char in text for char in INVISIBLE_CHARS):
        return " ".join(text.split())  # split() and \s agree on what whitespace is
    return " ".join(INVISIBLE_RUN.sub("", text).split())


def _parse_line(raw: str) -> _Line | None:
    expanded = (raw.expandtabs(4) if "\t" in raw else raw).rstrip()
    body = expanded.lstrip()
    if not body or (not body.isascii() and not body.translate(INVISIBLE).strip()):
        return None  # (stripped ASCII text holds no invisible characters)
    indent = len(expanded) - len(body)
    heading = 0
    if body[0] == "#" and (match := HEADING.match(body)):
        heading, body = len(match.group(1)), body[match.end() :]
    bullet = ""
    while (match := BULLET.match(body)) and match.end() < len(body):
        marker = match.group().strip()
        if marker[0].isalpha() and not bullet and indent == 0:
            break  # "a) ..." at the margin is too often prose
        if (
            marker[-1] == "."
            and (date := DAY_DOT_DATE.match(body))
            and date.group(1).lower() in MONTHS
        ):
            break  # "9. Juli 2022": a date, not item 9
        bullet = bullet or marker
        body = body[match.end() :]
    if len(body) <= 3 and BULLET.fullmatch(body + " ") and not body[0].isalnum():
        return None  # a bare marker with nothing after it
    text = collapse(body)
    if not text:
        return None
    return _Line(indent, bullet, heading, text, len(expanded))


def is_markdown(text: str) -> bool:
    """Does the dump hold ``MARKDOWN_MARKS`` Markdown marks (html2text's)?

    >>> is_markdown("# Title\\n\\nThe **new** dock opens in 2025\\\\. Tickets go on sale.")
    True
    >>> is_markdown("The *new* dock opens in 2025. Ask user _nico_ for tickets.")
    False
    """
    if "*" not in text and "\\" not in text and "#" not in text:
        return False
    found = MARKDOWN_MARK.finditer(text)
    return sum(1 for _ in itertools.islice(found, MARKDOWN_MARKS)) >= MARKDOWN_MARKS


def unmarked(text: str) -> str:
    """A Markdown dump's block without underscore emphasis and escaped underscores.

    >>> unmarked("The _Star Trek_ films and the _Tatort_ series; my\\\\_file")
    'The Star Trek films and the Tatort series; my_file'
    >>> unmarked("snake_case_name and __init__ stay")
    'snake_case_name and __init__ stay'
    """
    if "_" not in text:
        return text
    if "\\_" in text:
        text = ESCAPED_UNDERSCORE.sub("_", text)
    return UNDERSCORE_EMPHASIS.sub(r"\1", text)


def unescaped(text: str) -> str:
    """The text with the HTML character references a converter left in it read.

    >>> unescaped("O&#8217;Neill &amp; the &quot;deal&quot;; AT&T; a=1&copy=2")
    'O’Neill & the "deal"; AT&T; a=1&copy=2'
    """
    if "&" not in text or ";" not in text:
        return text
    return ENTITY.sub(lambda found: unescape(found.group()), text)


def wrap_width(lines: list[_Line | None]) -> int:
    """The column a hard-wrapped dump was wrapped at, or 0 when it was not wrapped."""
    widths = [line.width for line in lines if line is not None]
    if not widths:
        return 0
    widest = max(widths)
    if widest > WRAP_MAX_WIDTH:
        return 0
    near = sorted(width for width in widths if width >= widest - WRAP_NEAR)
    if len(near) < WRAP_MIN_FULL_LINES:
        return 0
    return near[len(near) // 2]


def _continues(prev: _Line, line: _Line, width: int) -> bool:
    """Is ``line`` the wrapped rest of ``prev`` (its first word did not fit on it)?"""
    if line.bullet or line.heading or prev.heading:
        return False
    expected_indent = prev.indent + (len(prev.bullet) + 1 if prev.bullet else 0)
    if line.indent not in (prev.indent, expected_indent):
        return False
    first_word = line.text.split(" ", 1)[0]
    return prev.width + 1 + len(first_word) > width - WRAP_SLACK


def read_text(text: str, source: str = "-") -> Page:
    """Turn a plain-text dump into a Page of blocks (lines, wrapped ones joined)."""
    raw_lines = split_lines(text.removeprefix("\ufeff"))
    lines = [_parse_line(raw) for raw in raw_lines]
    width = wrap_width(lines)
    groups: list[list[_Line]] = []
    gaps: list[bool] = []
    gap = True
    for line in lines:
        if line is None:
            gap = True
            continue
        if groups and not gap and width and _continues(groups[-1][-1], line, width):
            groups[-1].append(line)
        else:
            groups.append([line])
            gaps.append(gap)
        gap = False
    marked = "_" in text and is_markdown(text)
    blocks = []
    # Equal hints are made once per page and shared (they are frozen): most lines have
    # the same few layouts, and building a Hints costs more than looking one up.
    shared: dict[tuple[int, str, bool, bool, int], Hints] = {}
    for index, group in enumerate(groups):
        first = group[0]
        gap_after = index + 1 >= len(groups) or gaps[index + 1]
        layout = (first.indent, first.bullet, gaps[index], gap_after, first.heading)
        hints = shared.get(layout)
        if hints is None:
            hints = shared[layout] = Hints(
                indent=first.indent,
                bullet=first.bullet,
                gap_before=gaps[index],
                gap_after=gap_after,
                tag=f"h{first.heading}" if first.heading else "",
            )
        joined = first.text if len(group) == 1 else " ".join(line.text for line in group)
        joined = unescaped(joined)
        blocks.append(Block(index, unmarked(joined) if marked else joined, hints))
    return Page(source=source, mode="text", blocks=tuple(blocks))
