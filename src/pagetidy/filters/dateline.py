"""Date lines: ``Published: 15 Aug. 2025, 11:15``, ``입력 2025.03.14 10:22``, ``Stand: ...``.

Signal: a line that holds a date and, once its dates, times and date words
(``lexicon/dateline.txt``: published, updated, 입력, Stand, publicado...) are taken out,
has at most a few words left. Kept: ``On March 3, 2025, the council voted to close the
plant.`` Dropped: ``Updated: March 4, 2025 3:10 p.m. ET`` (reason ``date_stamp``). In
HTML, a table row holding a date beside a number (``1/1/2013 | +13.1%``) is data and stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.dates import find_dates
from pagetidy.filters.base import PageView
from pagetidy.lexicon import phrases
from pagetidy.model import Drop
from pagetidy.signals import fold

DATE_STAMP: Final = "date_stamp"
TABLE_ROWS: Final = frozenset({"tr", "td", "th"})
"""HTML tags of table rows and cells: a date there beside a number is a data row."""


def leftover_words(text: str) -> list[str]:
    """The words of a date line that are neither a date nor a date word.

    >>> leftover_words("Published: 15 Aug. 2025, 11:15")
    []
    >>> leftover_words("The vote on March 3, 2025 was close")
    ['the', 'vote', 'was', 'close']
    """
    dates = find_dates(text)
    if not dates:
        return [fold(text)] if text.strip() else []
    pieces, cursor = [], 0
    for date in dates:
        pieces.append(text[cursor : date.start])
        cursor = date.end
    pieces.append(text[cursor:])
    known = phrases("dateline")
    return [word for word in fold(" ".join(pieces)).split() if word not in known]


def has_digit(text: str) -> bool:
    """Does any character of the text count as a digit (``str.isdigit``)?

    >>> has_digit("March 3"), has_digit("x²"), has_digit("March")
    (True, True, False)
    """
    if text.isascii():  # ASCII digits are 0-9: ten searches in C
        return any(digit in text for digit in "0123456789")
    return any(map(str.isdigit, text))  # one C call per character, no Python frame


@dataclass(frozen=True, slots=True)
class Dateline:
    """Drop lines that are only a publication or update date (the date fact comes from them)."""

    name: ClassVar[str] = "dateline"
    max_leftover: int = 2
    max_chars: int = 120

    def judge(self, view: PageView) -> Iterator[Drop]:
        for block in view.blocks:
            text = block.text
            if len(text) > self.max_chars or not has_digit(text):
                continue
            dates = find_dates(text)
            if not dates:
                continue
            leftover = leftover_words(text)
            if len(leftover) > self.max_leftover:
                continue
            if block.hints.tag in TABLE_ROWS and any(map(has_digit, leftover)):
                continue  # a table row holding a date and a value (``1/1/2013 +13.1%``): data
            yield Drop(block.index, self.name, DATE_STAMP, dates[0].iso)
