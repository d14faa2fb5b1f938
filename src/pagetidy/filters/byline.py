"""Byline and agency lines: ``By Jane Doe``, ``Von Anna Schmidt``, ``김민수 기자``, ``Yonhap``.

Signals: a short line that opens with a byline word (By, Von, Por, Par, Di, Door...)
followed by capitalised names, a Korean or Japanese name followed by a reporter title,
or a line that is only a news agency's name (``lexicon/agencies.txt``).
Kept: ``By noon the crowd had grown to thousands.`` Dropped: ``By Jane Doe and Tom Roe``
(reason ``byline_line``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.dates import YEAR, find_dates
from pagetidy.filters.base import PageView
from pagetidy.filters.dateline import leftover_words
from pagetidy.lexicon import opening_words, opens, phrases
from pagetidy.model import Drop
from pagetidy.signals import WORD, fold, more_words

BYLINE_WORD: Final = re.compile(
    r"^(?:by|written by|words by|story by|reporting by|von|por|par|di|door|av|przez|"
    r"от|автор|text|texto|fotos?)\s*:?\s+",
    re.IGNORECASE,
)
REPORTER: Final = re.compile(
    r"^(?:[(\[][^)\]]{1,20}[)\]]\s*)?(?P<name>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*"
    r"(?:기자|특파원|선임기자|논설위원|객원기자)\b|^(?P<jname>\S{2,8})\s*(?:記者|特派員)"
)
NAME_JOINERS: Final = frozenset(
    [
        "and",
        "&",
        "und",
        "y",
        "e",
        "et",
        "og",
        "en",
        "i",
        "ve",
        "и",
        "de",
        "da",
        "van",
        "von",
        "der",
        "del",
        "la",
        "le",
        "di",
        "du",
        "bin",
        "al",
    ]
)
INLINE: Final = re.compile(
    r"(?:^|\s)(?:by|von|por|par|di|door|av)\s+(?P<names>[^|•·;]+?)\s*(?:$|[|•·;])", re.IGNORECASE
)
TRAILING: Final = re.compile(r"\s*(?:[|,;•·–—\-]\s*|\s{2,}).*$")
BYLINE_LINE: Final = "byline_line"
AGENCY_LINE: Final = "agency_line"
REPORTER_LINE: Final = "reporter_line"


def looks_like_names(text: str, max_words: int = 9) -> bool:
    """Do the words read like one or more person names (capitalised, few, joined)?

    >>> looks_like_names("Jane Doe and Tom Roe"), looks_like_names("noon the crowd")
    (True, False)
    """
    tokens = text.replace(",", " ").split()
    if not tokens or len(tokens) > max_words:
        return False
    named = [token for token in tokens if token.lower() not in NAME_JOINERS]
    return bool(named) and all(token[0].isupper() for token in named)


def byline_of(text: str) -> tuple[str, str] | None:
    """The names on a byline line and the reason code, or None.

    >>> byline_of("By Jane Doe | March 3, 2025")
    ('Jane Doe', 'byline_line')
    >>> byline_of("김민수 기자 kim@example.kr")
    ('김민수', 'reporter_line')
    >>> byline_of("Yonhap")
    ('Yonhap', 'agency_line')
    """
    stripped = text.strip()
    if stripped.isascii():  # case changes no ASCII word's bounds: the first word lowered alone
        first = WORD.search(stripped)
        agency = first is not None and opens("agencies", first.group().lower())
    else:  # an agency's name folds to a phrase of the list: its first word opens one
        opening = opening_words(stripped, 1)
        agency = bool(opening) and opens("agencies", opening[0])
    reporter = REPORTER.match(stripped)
    cue = BYLINE_WORD.match(stripped)
    if not (agency or reporter or cue or YEAR.search(stripped)):
        return None  # no agency, no cue, no year for a date: no byline, words not counted
    if more_words(stripped, 14):
        return None
    if agency and fold(stripped) in phrases("agencies"):
        return stripped, AGENCY_LINE
    if match := reporter:
        return (match.group("name") or match.group("jname")).strip(), REPORTER_LINE
    if match := cue:
        rest = stripped[match.end() :]
        names = TRAILING.sub("", rest).strip().rstrip(".")
        if looks_like_names(names):
            return names, BYLINE_LINE
    return dated_byline(stripped)


def dated_byline(text: str) -> tuple[str, str] | None:
    """The names on a date line that also names its author (``Posted on ... by Jane``).

    >>> dated_byline("Posted on March 14, 2025 by Ellen Marsh")
    ('Ellen Marsh', 'byline_line')
    """
    dates = find_dates(text)
    if not dates:
        return None
    undated = text[: dates[0].start] + " " + text[dates[-1].end :]
    match = INLINE.search(undated)
    if match is None or not looks_like_names(match.group("names").strip().rstrip(".")):
        return None
    names = match.group("names").strip().rstrip(".")
    rest = undated[: match.start()] + " " + undated[match.end() :]
    if leftover_words(rest) and any(word not in phrases("dateline") for word in fold(rest).split()):
        return None
    return names, BYLINE_LINE


@dataclass(frozen=True, slots=True)
class Byline:
    """Drop byline and agency lines (the byline fact is read from these drops)."""

    name: ClassVar[str] = "byline"

    def judge(self, view: PageView) -> Iterator[Drop]:
        for block in view.blocks:
            found = byline_of(block.text)
            if found is not None:
                yield Drop(block.index, self.name, found[1], found[0])
