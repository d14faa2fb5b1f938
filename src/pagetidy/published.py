"""Choose the publication date of a page: from markup, else from the date lines near the title.

A wrong date is worse than none, so a text-mode date must come from a *stamp*: a short
line that holds a date and little else (``Published: 3 March 2025``, ``By Ann Lee · Mar 3,
2025``, ``asked Feb 4, 2014 at 13:02``), standing near the headline. Lines that say the
date is something else (a copyright notice, ``Joined:``, ``accessed on``) never count
(``lexicon/undated.txt``). A "published" stamp (``lexicon/published.txt``) beats a plain one,
which beats an "updated" one (``lexicon/updated.txt``); then the nearest to the headline
wins, below it before above it. With no headline, only the stamps the dateline and byline
filters dropped just before the article count.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from pagetidy.dates import FoundDate, find_dates
from pagetidy.filters.dateline import leftover_words
from pagetidy.lexicon import contains
from pagetidy.model import Block, Drop, Page
from pagetidy.signals import word_count

MAX_STAMP_CHARS: Final = 200
MAX_STAMP_LEFTOVER: Final = 10
"""Words other than dates and date words a stamp may hold (a name, a read time...)."""
BELOW_TITLE: Final = 25
"""Blocks after the headline searched for its stamp."""
ABOVE_TITLE: Final = 4
"""Blocks before the headline searched for its stamp (kicker lines such as ``News | date``)."""
NEAR_ARTICLE: Final = 25
"""Without a headline: dropped stamps this close to the first kept block count."""
MANY_DATES: Final = 4
"""HTML without a headline block: this many different stamp dates make a listing."""
CUE_REACH: Final = 30
"""Characters before a date in which a published/updated word names that date."""
COPYRIGHT_MARKS: Final = ("©", "(c)", "(C)", "®")
MARKUP_KEYS: Final = ("ld:datePublished", "article:published_time")
"""A bare ``<time>`` is not trusted: comments and related stories carry them too."""


def is_undated(text: str) -> bool:
    """Does the line say its date is not a publication date (copyright, joined...)?

    >>> is_undated("© 2025 Harbour Times. All rights reserved."), is_undated("Posted May 2, 2025")
    (True, False)
    """
    return any(mark in text for mark in COPYRIGHT_MARKS) or bool(contains("undated", text))


def stamp_rank(text: str) -> int:
    """0 for a "published" stamp, 1 for a plain date line, 2 for an "updated" one."""
    if contains("published", text):
        return 0
    return 2 if contains("updated", text) else 1


def stamp_date(text: str) -> FoundDate | None:
    """The date a stamp gives: the one a published word names, else the first not updated.

    >>> stamp_date("Updated Mar 4, 2025 | Published Mar 1, 2025").iso
    '2025-03-01'
    >>> stamp_date("Posted on June 9, 2020 (last updated June 12, 2021)").iso
    '2020-06-09'
    """
    dates = find_dates(text)
    if not dates:
        return None
    cues = []
    for position, date in enumerate(dates):
        begin = max(dates[position - 1].end if position else 0, date.start - CUE_REACH)
        cues.append(stamp_rank(text[begin : date.start]))
    for wanted in (0, 1):
        for date, cue in zip(dates, cues, strict=True):
            if cue == wanted:
                return date
    return dates[0]


def is_stamp(block: Block, owner: str | None) -> bool:
    """Is the block a short date line (not a sentence with a date in it, not a copyright)?"""
    text = block.text
    if len(text) > MAX_STAMP_CHARS or not any(char.isdigit() for char in text):
        return False
    if not find_dates(text) or is_undated(text):
        return False
    if owner in ("dateline", "byline"):
        return True
    return len(leftover_words(text)) <= MAX_STAMP_LEFTOVER and word_count(text) <= 30


def markup_published(page: Page) -> str | None:
    """The date the markup gives (JSON-LD ``datePublished``, ``article:published_time``)."""
    for key in MARKUP_KEYS:
        for name, value in page.meta:
            if name == key and (dates := find_dates(value)):
                return dates[0].iso
    return None


def text_published(
    page: Page, drops: Sequence[Drop], kept: Sequence[Block], title_index: int | None
) -> str | None:
    """The publication date from the stamps near the headline (text mode)."""
    owner = {drop.index: drop.filter for drop in drops}
    blocks = page.blocks
    if title_index is not None and (
        found := _best_stamp(_title_window(blocks, title_index), owner)
    ):
        return found
    start = kept[0].index if kept else len(blocks)
    window = [
        (start - block.index, block)
        for block in blocks
        if abs(start - block.index) <= NEAR_ARTICLE
        and owner.get(block.index) in ("dateline", "byline")
    ]
    if page.mode == "html" and _many_dates(blocks, owner):
        window = [each for each in window if _named_stamp(each[1].text, owner.get(each[1].index))]
    return _best_stamp(window, owner)


def _many_dates(blocks: Sequence[Block], owner: dict[int, str]) -> bool:
    """Does the page print stamps with many different dates (a listing's items)?"""
    dates = {
        found[0].iso[:10]
        for block in blocks
        if is_stamp(block, owner.get(block.index)) and (found := find_dates(block.text))
    }
    return len(dates) >= MANY_DATES


def _named_stamp(text: str, owner: str | None) -> bool:
    """HTML without a headline block (a listing, a shop): only a stamp that says what it
    dates (``Published ...``) or whose author it names counts; bare dates are items'."""
    return owner == "byline" or stamp_rank(text) == 0


def _title_window(blocks: Sequence[Block], title_index: int) -> list[tuple[int, Block]]:
    """Blocks around the headline with their offset from it (negative: above it)."""
    position = next(pos for pos, block in enumerate(blocks) if block.index == title_index)
    first, last = max(0, position - ABOVE_TITLE), min(len(blocks), position + BELOW_TITLE + 1)
    return [(pos - position, blocks[pos]) for pos in range(first, last) if pos != position]


def _best_stamp(window: Sequence[tuple[int, Block]], owner: dict[int, str]) -> str | None:
    stamps = [
        (stamp_rank(block.text), offset < 0, abs(offset), block)
        for offset, block in window
        if is_stamp(block, owner.get(block.index))
    ]
    if not stamps:
        return None
    best = min(stamps, key=lambda stamp: stamp[:3])[3]
    date = stamp_date(best.text)
    return date.iso if date else None


def published_of(
    page: Page, drops: Sequence[Drop], kept: Sequence[Block], title_index: int | None = None
) -> str | None:
    """The publication date: the markup's, else the stamp nearest the headline, else None."""
    return markup_published(page) or text_published(page, drops, kept, title_index)
