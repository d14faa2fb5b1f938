"""Breadcrumb trails: ``Home > National > North Korea``.

Signals: two or more of the same separator (``>``, ``›``, ``»``, ``/``, ``|``, ``→``...)
between short segments, none of which reads like a sentence; or one separator after a
front-page word ("Home", "Startseite", "홈"...). Known false positive: a title written
"A / B / C" with very short parts. Kept: ``Q&A: ties > trade, says minister, as talks open``.
Dropped: ``Home > National > North Korea`` (reason ``separator_chain``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.lexicon import phrases
from pagetidy.model import Drop
from pagetidy.signals import CACHED_CHARS, TEXT_CACHE, ends_sentence, fold, word_count

SEPARATOR: Final = re.compile(
    r"(?:(?<!\s)|(?=\S))(?:\s+(>>|>|›|»|/|\||→|▶|►|＞|::|·)\s+|\s*(›|»|→|▶|►|＞)\s*)"
)
"""Separators between segments; ``>`` and ``/`` need spaces around them.
The guard in front stops a match starting inside a whitespace run: long runs stay linear."""
SEPARATOR_CHAR: Final = re.compile(r"[>›»/|→▶►＞·]|::")
"""A character every separator holds: a cheap test before the slower ``SEPARATOR``."""
SEPARATOR_MARKS: Final = (*">›»/|→▶►＞·", "::")
"""The same marks as ``SEPARATOR_CHAR``, for ``has_separator``."""
LONG_TEXT: Final = 200
"""From this many characters, ``has_separator`` looks for each mark in turn: a search for
one character is much faster than the regular expression's, step by step."""
ARROWS: Final = frozenset((">", ">>", "›", "»", "→", "▶", "►", "＞"))
PAIR_SEGMENT_WORDS: Final = 3
SEPARATOR_CHAIN: Final = "separator_chain"
HOME_FIRST: Final = "home_first"
ARROW_PAIR: Final = "arrow_pair"


def split_breadcrumb(text: str, max_segment_words: int = 6) -> list[str] | None:
    """The segments of a breadcrumb line, or None when the line is not one.

    >>> split_breadcrumb("Home > National > North Korea")
    ['Home', 'National', 'North Korea']
    >>> split_breadcrumb("He said prices > costs.") is None
    True
    """
    if not has_separator(text):
        return None
    if len(text) > CACHED_CHARS:
        found = _split.__wrapped__(text, max_segment_words)
    else:
        found = _split(text, max_segment_words)
    return None if found is None else list(found)


def has_separator(text: str) -> bool:
    """Does the text hold a mark of ``SEPARATOR_CHAR`` (a cheap test before splitting)?

    >>> has_separator("World > Europe"), has_separator("He said no. " * 30)
    (True, False)
    """
    if len(text) < LONG_TEXT:
        return SEPARATOR_CHAR.search(text) is not None
    return any(map(text.__contains__, SEPARATOR_MARKS))


@lru_cache(maxsize=TEXT_CACHE)
def _split(text: str, max_segment_words: int) -> tuple[str, ...] | None:
    """:func:`split_breadcrumb` as a tuple: a pure function of its arguments, so a bounded
    cache of short lines (the filter and the title search split the same ones) changes no
    result."""
    marks = [match.group(1) or match.group(2) for match in SEPARATOR.finditer(text)]
    if not marks or len(set(marks)) != 1:
        return None
    segments = [part.strip() for part in SEPARATOR.split(text)[::3]]
    if any(not part or word_count(part) > max_segment_words for part in segments):
        return None
    if any(ends_sentence(part) and word_count(part) > 3 for part in segments):
        return None
    if any(":" in part for part in segments) or sum(map(has_digit, segments)) * 2 > len(segments):
        return None  # "Prep: 15 min | Cook: 35 min" is a fact line, not a trail
    if len(marks) >= 2 or fold(segments[0]) in phrases("home"):
        return tuple(segments)
    if marks[0] in ARROWS and all(arrow_segment(part) for part in segments):
        return tuple(segments)
    return None


def arrow_segment(text: str) -> bool:
    """A segment of a two-part arrow trail (``World > Europe``): a short capitalised name."""
    return word_count(text) <= PAIR_SEGMENT_WORDS and text[0].isupper() and not ends_sentence(text)


def has_digit(text: str) -> bool:
    """Does the text hold a digit?"""
    return any(map(str.isdigit, text))


def is_arrow_trail(text: str) -> bool:
    """Is this a breadcrumb joined by arrows (``>``, ``›``, ``»``), the surest kind?

    >>> is_arrow_trail("World > Europe"), is_arrow_trail("About | Careers | Jobs")
    (True, False)
    """
    if not has_separator(text):
        return False
    marks = {match.group(1) or match.group(2) for match in SEPARATOR.finditer(text)}
    return bool(marks & ARROWS) and split_breadcrumb(text) is not None


@dataclass(frozen=True, slots=True)
class Breadcrumb:
    """Drop breadcrumb trails: short segments joined by a repeated separator."""

    name: ClassVar[str] = "breadcrumb"
    max_segment_words: int = 6

    def judge(self, view: PageView) -> Iterator[Drop]:
        for block in view.blocks:
            segments = split_breadcrumb(block.text, self.max_segment_words)
            if segments is None:
                continue
            if len(segments) > 2:
                reason = SEPARATOR_CHAIN
            elif fold(segments[0]) in phrases("home"):
                reason = HOME_FIRST
            else:
                reason = ARROW_PAIR
            yield Drop(block.index, self.name, reason, f"{len(segments)} segments")
