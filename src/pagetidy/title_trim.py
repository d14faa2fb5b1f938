"""Trim a headline line's decorations off the title fact (the page's text is never rewritten).

A text dump prints the headline as the page shows it, decorations and all:

- character references an HTML-to-Markdown converter left undecoded (``&amp;``, ``&#x26;``)
  and its backslash escapes (``\\-``, ``\\(``);
- Markdown emphasis and a lone pilcrow (``¶``, a permalink mark);
- a label set in bold in front of it (``**Blog:** Headline``: markup sets the label apart);
- a date glued in front of it or after a separator at its end (``Dec 18 2025 Headline``,
  ``Headline / Dec 2025``);
- a link aggregator's source tail (``Headline (example.com) 87``: the domain, the points);
- a trailing site name or section after a separator (``Headline | Site``), cut only when
  the page names that site elsewhere: a copyright line, a line of its own, the tail of
  other lines, or several short (non-prose) lines that use the name.

A headline that only holds a separator ("Brexit: what happens next") stays whole: only
a trailing part shorter than the rest is ever cut, and only with such evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape
from typing import Final

from pagetidy.dates import MONTHS, YEAR, find_dates
from pagetidy.filters.headline import SITE_SEPARATOR
from pagetidy.model import Block
from pagetidy.prose import is_prose
from pagetidy.signals import fold, word_count

MAX_SITE_WORDS: Final = 5
"""A site name or a section name is a few words."""
MAX_CUTS: Final = 2
"""``Headline - Section - Site``: the site, then the section."""
NAME_LINES: Final = 2
"""Short lines (not prose) using the name that make it the page's own name."""
SHORT_LINE: Final = 12
"""Words of a line short enough to be chrome (a byline, a menu entry, a footer line)."""
MIN_COPY_WORDS: Final = 3
"""A copy of the headline this short could be a menu entry."""
MAX_LABEL_WORDS: Final = 2
"""A label in front of a headline is a word or two ending in a colon."""
COPYRIGHT_MARKS: Final = ("©", "(c)", "(C)", "copyright", "Copyright", "COPYRIGHT")
ENTITY: Final = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]{2,8});")
MD_ESCAPE: Final = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
EMPHASIS: Final = re.compile(r"(?<![\w*\\])(\*{1,4}|_{1,2})(?=\S)(.+?)(?<=[^\s\\])\1(?![\w*])")
BOLD_LABEL: Final = re.compile(r"^(\*\*|__)[^*_]{1,40}?[:：]\s*\1\s+(?=\S)")
DATE_SEPARATORS: Final = ("/", "|", "–", "—", "-", "·", "•")
"""What stands between a headline and a date after it (``Title / Dec 2025``)."""
SOURCE_TAIL: Final = re.compile(r"\((?:[\w-]+\.)+[a-z]{2,}(?:/[^\s()]*)?\)(?: \d+)?$")


def clean_marks(text: str) -> str:
    """``text`` with references decoded, escapes, emphasis, pilcrows and a bold label gone.

    >>> clean_marks("**Blog:** Salt &amp; Pepper \\\\- Guide¶")
    'Salt & Pepper - Guide'
    >>> clean_marks("**Guía:** Pan &#x26; vino")
    'Pan & vino'
    """
    if "&" in text and ENTITY.search(text):
        text = unescape(text)
    if text.startswith(("**", "__")) and (label := BOLD_LABEL.match(text)):
        text = text[label.end() :]
    for _ in range(2):  # "**_nested_**"
        if "*" in text or "_" in text:
            text = EMPHASIS.sub(r"\2", text)
    if "\\" in text:  # after the marks: an escaped mark is a character
        text = MD_ESCAPE.sub(r"\1", text)
    if "¶" in text:
        text = " ".join(text.replace("¶", " ").split())
    return text.strip()


def cut_source(text: str) -> str:
    """``text`` without a link aggregator's ``(domain) points`` tail.

    >>> cut_source("Why tabs won (example.com) 87"), cut_source("Die Bahn (Teil 2)")
    ('Why tabs won', 'Die Bahn (Teil 2)')
    """
    if not text.endswith((")", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")):
        return text
    text = text.rstrip()
    start = text.rfind(" (")
    if start > 0 and SOURCE_TAIL.match(text, start + 1):
        return text[:start].rstrip()
    return text


def cut_date(text: str) -> str:
    """``text`` without a date glued in front of it or after a separator at its end.

    A date in front is cut only when the headline follows with no mark between (a mark
    makes the date part of the headline: ``18 March 2025: what changed``); a date at the
    end only after a separator. A year alone is no date (``2025: The year in review``).

    >>> cut_date("Dec 18 2025 Preparing a release"), cut_date("Bread at home / Dec 2025")
    ('Preparing a release', 'Bread at home')
    >>> cut_date("2025: The year in review"), cut_date("Best ovens of March 2025")
    ('2025: The year in review', 'Best ovens of March 2025')
    """
    if not any(year in text for year in ("19", "20")):
        return text
    dates = find_dates(text)
    if dates and dates[0].start == 0:
        rest = text[dates[0].end :]
        glued = rest[:1].isspace() and rest.strip()[:1].isalnum()  # no mark between
        if glued and word_count(rest) >= MIN_COPY_WORDS:
            text = rest.strip()
    dates = find_dates(text)
    if dates and dates[-1].end == len(text.rstrip()):
        head = text[: dates[-1].start].rstrip()
        mark = head[-1:]
        if mark in DATE_SEPARATORS and head[-2:-1].isspace():
            head = head[:-1].rstrip()
            if word_count(head) >= MIN_COPY_WORDS:
                return head
    parts = text.rsplit(maxsplit=3)  # "Title", "/", "Dec", "2025": a month and a year
    if (
        len(parts) == 4
        and parts[1] in DATE_SEPARATORS
        and parts[2].rstrip(".").casefold() in MONTHS
        and YEAR.fullmatch(parts[3])
        and word_count(parts[0]) >= MIN_COPY_WORDS
    ):
        return parts[0]
    return text


def _contains(line: str, name: str) -> bool:
    return f" {name} " in f" {line} "


def names_site(name: str, blocks: Sequence[Block], title: Block, sites: frozenset[str]) -> bool:
    """Does the page name its site (or a section) ``name`` (folded) apart from the title?

    Evidence: a known site name; a line that is the name; another line ending in
    ``| name``; a copyright line holding it; or several short lines (not prose) using it.
    """
    if name in sites or any(site.startswith((name + ".", name + " ")) for site in sites):
        return True
    short = 0
    for block in blocks:
        if block is title:
            continue
        text = block.text
        line = fold(text)
        if not _contains(line, name):
            continue
        if line == name or (line.endswith(" " + name) and SITE_SEPARATOR.search(text)):
            return True
        if any(mark in text for mark in COPYRIGHT_MARKS):
            return True
        if word_count(text) <= SHORT_LINE and not is_prose(block):
            short += 1
            if short >= NAME_LINES:
                return True
    return False


def cut_site(text: str, blocks: Sequence[Block], title: Block, sites: frozenset[str]) -> str:
    """``text`` without trailing ``| Site`` parts that the page names elsewhere."""
    for _ in range(MAX_CUTS):
        matches = list(SITE_SEPARATOR.finditer(text))
        if not matches:
            break
        last = matches[-1]
        head, tail = text[: last.start()], text[last.end() :]
        name = fold(tail)
        if (
            not name
            or word_count(tail) > MAX_SITE_WORDS
            or word_count(tail) >= word_count(head)
            or tail.rstrip().endswith(("?", "!", "."))
            or not names_site(name, blocks, title, sites)
        ):
            break
        text = head.rstrip()
    return text


def cut_label(text: str, blocks: Sequence[Block], title: Block) -> str:
    """``text`` without a label in front (``Re:``, ``Thread:``, ``Projekt:``) when the rest is
    a line of its own elsewhere on the page (the page prints the bare headline too).

    A headline whose part after the colon is not printed alone stays whole.
    """
    words = text.split()
    for cut in range(1, MAX_LABEL_WORDS + 1):
        if len(words) - cut < MIN_COPY_WORDS:
            break
        if not words[cut - 1].endswith((":", "：")):
            continue
        rest = " ".join(words[cut:])
        key = rest.casefold()  # the same line, marks and all ("Next?" is another line)
        if any(block is not title and block.text.strip().casefold() == key for block in blocks):
            return rest
    return text


def trim_title(
    text: str, blocks: Sequence[Block], title: Block, sites: frozenset[str] = frozenset()
) -> str:
    """The title fact for the headline line ``title`` (its text ``text``): decorations cut.

    ``sites`` are folded names the page gives itself (markup), when known.
    """
    trimmed = cut_label(cut_date(cut_source(clean_marks(text))), blocks, title)
    trimmed = cut_site(trimmed, blocks, title, sites)
    return trimmed or text
