"""Find dates in short lines of text and write them as ISO 8601.

Understands the common news formats: ``2019-11-20T10:00:00Z``, ``2025.03.14 10:22``,
``20.11.2019``, ``15 Aug. 2025, 11:15``, ``November 20, 2019``, ``14 de marzo de 2025``,
``14. März 2025``, ``2025년 8월 15일 오후 3:10``, ``2025年3月14日 10時22分``.
A time zone is written only when the text gives an offset; none is ever invented.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

from pagetidy.signals import text_cache

MONTHS: Final[dict[str, int]] = {}


def _add_months(rows: Iterable[str]) -> None:
    """Add each row's month names (row 1 is January) to ``MONTHS``; a name already there
    keeps its month."""
    for number, names in enumerate(rows, start=1):
        for name in names.split():
            MONTHS.setdefault(name, number)


_add_months(
    (
        "january jan enero ene januar jän janvier janv gennaio genn janeiro januari январь января",
        "february feb febrero februar février févr fevrier febbraio fevereiro februari"
        " февраль февраля",
        "march mar marzo märz maerz mars março marco maart март марта",
        "april apr abril avril aprile april апрель апреля",
        "may mayo mai maggio maio mei май мая",
        "june jun junio juni juin giugno junho июнь июня",
        "july jul julio juli juillet juil luglio julho июль июля",
        "august aug agosto ago august août aout agosto augustus авг август августа",
        "september sep sept septiembre setiembre septembre settembre setembro сентябрь сентября",
        "october oct octubre oktober okt octobre ottobre outubro oktober октябрь октября",
        "november nov noviembre novembre novembro ноябрь ноября",
        "december dec diciembre dic dezember dez décembre déc decembre dicembre dezembro"
        " декабрь декабря",
    )
)
_CUTS: Final[dict[str, set[int]]] = {}
for _name, _number in MONTHS.items():
    for _size in range(3, len(_name) + 1):
        _CUTS.setdefault(_name[:_size], set()).add(_number)
MONTH_PREFIXES: Final[dict[str, int]] = {
    cut: min(numbers) for cut, numbers in _CUTS.items() if len(numbers) == 1
}
_add_months(
    (
        "styczeń stycznia styczen ocak ledna leden tammikuuta ianuarie січня",
        "luty lutego şubat subat února unora února helmikuuta februarie лютого",
        "marzec marca mart března brezna maaliskuuta maret martie березня",
        "kwiecień kwietnia kwiecien nisan dubna huhtikuuta aprilie квітня",
        "maja mayıs mayis května kvetna toukokuuta травня",
        "czerwiec czerwca haziran června cervna kesäkuuta kesakuuta iunie червня",
        "lipiec lipca temmuz července cervence heinäkuuta heinakuuta iulie липня",
        "sierpień sierpnia sierpien ağustos agustos augusti srpna elokuuta серпня",
        "wrzesień września wrzesien wrzesnia eylül eylul září zari syyskuuta septembrie вересня",
        "październik października pazdziernik pazdziernika ekim října rijna lokakuuta"
        " octombrie жовтня",
        "listopad listopada kasım kasim listopadu marraskuuta noiembrie листопада",
        "grudzień grudnia grudzien aralık aralik prosince joulukuuta desember desember"
        " decembrie desemba грудня",
    )
)
"""Polish, Turkish, Czech, Finnish, Nordic, Indonesian, Romanian and Ukrainian month
names (with and without their accents), read whole only: no cut of them is a month
(``list`` is no ``listopad``)."""
"""Cuts of three letters or more of one month's names (``sept``, ``febr``); a word that
only starts like one (``Market``, ``Junior``) is no month, nor is ``jui`` (June? July?)."""

_MONTH: Final = r"(?P<month_name>[^\W\d_]{3,12})\.?"
_TIME: Final = (
    r"(?:[,\s•|·\-–—]+(?:um|at|a las|à|alle|às|kl\.?)?\s*"
    r"(?P<ampm_before>오전|오후|午前|午後)?\s*"
    r"(?P<hour>[012]?\d)(?::|時|시|h)(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?:分|분)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*(?:GMT|UTC)\s*(?P<offset>[+\-−]\d{1,2}(?::?\d\d)?))?)?"
)
_ISO_TIME: Final = (
    r"(?:[T\s](?P<hour>[012]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?:\.\d+)?"
    r"(?P<zone>Z|[+\-][01]\d:?[0-5]\d)?)?"
)
_START: Final = r"(?<![^\W_])"
"""Where a date may start: not after a letter or a digit. Unlike ``\b``, an underscore
counts as a boundary (Markdown emphasis in a dump: ``_March 3, 2025_``)."""
_END: Final = r"(?![^\W_])"
_GLUED: Final = r"(?:" + _START + r"|(?<=\d)|(?-i:(?<=[a-z])(?=[A-Z])))"
"""Where a month name may start: a word boundary, or glued to a digit or to a lower-case
word (text dumps lose the space between blocks: ``ByAnn LeeMarch 3, 2025``)."""
_YEAR_END: Final = r"(?![.,]?\d{1,2}[./\-]\d)"
"""After a year that ends a date: digits may follow glued (``March 3, 20255 min read``),
but not another numeric date."""
PATTERNS: Final = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        _START + r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)" + _ISO_TIME,
        r"(?P<year>(?:19|20)\d\d)\s*(?:년|年)\s*(?P<month>[01]?\d)\s*(?:월|月)\s*(?P<day>[0-3]?\d)"
        r"\s*(?:일|日)(?:\s*[(（][^)）]{1,3}[)）])?" + _TIME,
        _START
        + r"(?P<year>(?:19|20)\d\d)[./•·]\s?(?P<month>[01]?\d)[./•·]\s?(?P<day>[0-3]?\d)(?!\d)\.?"
        + _TIME,
        r"(?<![\d.,/\-])(?P<lead>[0-3]?\d)(?P<sep>[./\-])(?P<middle>[0-3]?\d)(?P=sep)"
        r"(?P<year>(?:19|20)\d\d)" + _END + _TIME,
        _START
        + r"(?P<day>[0-3]?\d)(?:\\?\.|º|er|st|nd|rd|th)?(?:\s+|-)(?:de\s+)?"
        + _MONTH
        + r"(?:,?\s+|-)(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d)"
        + _YEAR_END
        + _TIME,
        _GLUED
        + _MONTH
        + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?[.,]?\s+(?P<year>(?:19|20)\d\d)"
        + _YEAR_END
        + _TIME,
    )
)
YEAR: Final = re.compile(r"(?:19|20)\d\d")
"""The year every one of ``PATTERNS`` holds, 19xx or 20xx."""
MONTH_FIRST_SEPARATORS: Final = "/-"
"""A numeric date whose day and month both could be either (``03/04/2025``) is read
month first with these separators (the common use of ``/`` on English pages), day
first with a dot (``03.04.2025``, as German, Russian, Scandinavian pages write it)."""


SHORT_YEAR: Final = re.compile(
    r"(?<![\d./\-])[0-3]?\d(?P<sep>[./\-])[0-3]?\d(?P=sep)(?P<short>[0-3]\d)(?![\d./\-])"
    r"(?=,?\s+(?:um\s+|at\s+|à\s+|alle\s+|às\s+|kl\.?\s+)?[012]?\d[:h][0-5]\d)",
    re.IGNORECASE,
)
"""A numeric date with a two-digit year (2000 to 2039) and a time right after it (``07/03/24
02:57 PM``, ``14.11.24 10:05``): no date by itself (``5/9/24`` in a sentence, a score, a
version); a published cue before it makes it one (:func:`pagetidy.published.widened`)."""


def long_year(text: str, match: re.Match[str]) -> str:
    """``text`` with the two-digit year of a :data:`SHORT_YEAR` match written in full.

    >>> text = "Posted on 07/03/24 02:57 PM"
    >>> long_year(text, SHORT_YEAR.search(text))
    'Posted on 07/03/2024 02:57 PM'
    """
    start = match.start("short")
    return text[:start] + "20" + text[start:]


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a text: its ISO form and where it stood."""

    iso: str
    start: int
    end: int


def _month(fields: dict[str, str | None]) -> int | None:
    if fields.get("month"):
        return int(fields["month"] or 0)
    name = (fields.get("month_name") or "").lower().rstrip(".")
    return MONTHS.get(name) or MONTH_PREFIXES.get(name)


def days_in(year: int, month: int) -> int:
    """Days of a month (``February 30`` is no date).

    >>> days_in(2024, 2), days_in(2025, 2), days_in(2025, 11)
    (29, 28, 30)
    """
    return calendar.monthrange(year, month)[1]


def _order(fields: dict[str, str | None]) -> dict[str, str | None]:
    """Day and month of a numeric date ``a/b/yyyy``: the one over 12 is the day; when
    both could be either, the separator decides (:data:`MONTH_FIRST_SEPARATORS`)."""
    lead, middle = int(fields["lead"] or 0), int(fields["middle"] or 0)
    month_first = middle > 12 or (lead <= 12 and (fields["sep"] or ".") in MONTH_FIRST_SEPARATORS)
    month, day = (lead, middle) if month_first else (middle, lead)
    return {**fields, "month": str(month), "day": str(day)}


def _iso(fields: dict[str, str | None]) -> str | None:
    if fields.get("lead"):
        fields = _order(fields)
    month = _month(fields)
    year, day = int(fields["year"] or 0), int(fields["day"] or 0)
    if not month or not 1 <= month <= 12 or not 1 <= day <= days_in(year, month):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if fields.get("hour") is None:
        return iso
    hour = int(fields["hour"] or 0)
    meridiem = (fields.get("ampm") or fields.get("ampm_before") or "").lower().replace(".", "")
    if meridiem in ("pm", "오후", "午後") and hour < 12:
        hour += 12
    elif meridiem in ("am", "오전", "午前") and hour == 12:
        hour = 0
    if hour > 23:
        return iso
    iso += f"T{hour:02d}:{fields['minute']}"
    if fields.get("second"):
        iso += f":{fields['second']}"
    zone = fields.get("zone")
    if zone:
        iso += "Z" if zone.upper() == "Z" else f"{zone[:3]}:{zone[-2:]}"
    elif offset := fields.get("offset"):
        sign, digits = ("-" if offset[0] in "-−" else "+"), offset[1:].replace(":", "")
        hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
        iso += f"{sign}{int(hours):02d}:{minutes}"
    return iso


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, in order, as ISO 8601 strings.

    >>> [d.iso for d in find_dates("Published: 15 Aug. 2025, 11:15")]
    ['2025-08-15T11:15']
    >>> [d.iso for d in find_dates("November 20, 2019 10:05 pm ET")]
    ['2019-11-20T22:05']
    >>> [d.iso for d in find_dates("입력 2025.03.14 10:22")]
    ['2025-03-14T10:22']
    >>> [d.iso for d in find_dates("2025년 8월 15일")]
    ['2025-08-15']
    >>> [d.iso for d in find_dates("2019-11-20T10:00:00Z")]
    ['2019-11-20T10:00:00Z']
    >>> [d.iso for d in find_dates("March 14, 2025 10:22 AM GMT+1 | 14 March 2025 • 7:05am")]
    ['2025-03-14T10:22+01:00', '2025-03-14T07:05']
    """
    if "19" not in text and "20" not in text:
        return []  # every pattern needs a year, 19xx or 20xx
    return list(_find_dates(text))


@text_cache
def _find_dates(text: str) -> tuple[FoundDate, ...]:
    """:func:`find_dates` as a tuple: a pure function of the text (found dates are frozen),
    so a bounded cache (the byline and date filters and the facts search the same short
    lines) changes no result."""
    if YEAR.search(text) is None:
        return ()  # every pattern needs a year: one search instead of six over the text
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping: a merge walk stays linear
    for pattern in PATTERNS:
        added: list[tuple[int, int]] = []
        cursor = 0
        position = 0
        while match := pattern.search(text, position):
            start, end = match.span()
            position = end
            while cursor < len(taken) and taken[cursor][1] <= start:
                cursor += 1
            if cursor < len(taken) and taken[cursor][0] < end:
                continue  # overlaps a date an earlier pattern found
            iso = _iso(match.groupdict())
            if iso:
                found.append(FoundDate(iso, start, end))
                added.append((start, end))
            else:  # no date (``onDecember 18``: no month ``onDecember``): one may start inside
                position = start + 1
        taken = sorted(taken + added)
    return tuple(sorted(found, key=lambda date: date.start))


Order = Literal["day", "month"]
NUMERIC: Final = PATTERNS[3]
"""The numeric ``a/b/yyyy`` pattern, whose first part may be the day or the month."""
NAMED: Final[tuple[tuple[Order, re.Pattern[str]], ...]] = (
    ("day", PATTERNS[4]),
    ("month", PATTERNS[5]),
)
"""Dates with a month name, written day first (``3 March 2025``) or month first."""
MIN_NAMED: Final = 2
"""Dates with a month name it takes, all in one order, to say the page's order."""


def date_order(texts: Iterable[str]) -> Order | None:
    """Which the page writes first in its dates, the day or the month, when it says so.

    Numeric dates whose first or second part is over 12 say it (``24.11.2025``,
    ``11/24/2025``); without them, :data:`MIN_NAMED` or more dates with a month name,
    all written one way (``16 February 2026``: the day first). None when the page does
    not say, or says both.

    >>> date_order(["Posted 11.24.2025", "Updated 09.10.2024"])
    'month'
    >>> date_order(["16 February 2026", "9 March 2026", "03/10/2023"])
    'day'
    >>> date_order(["March 3, 2025", "3 March 2025"]) is None
    True
    """
    numeric: Counter[Order] = Counter()
    named: Counter[Order] = Counter()
    for text in texts:
        if "19" not in text and "20" not in text:
            continue
        for match in NUMERIC.finditer(text):
            lead, middle = int(match["lead"]), int(match["middle"])
            if (lead > 12) != (middle > 12) and _iso(match.groupdict()):
                numeric["day" if lead > 12 else "month"] += 1
        for order, pattern in NAMED:
            named[order] += sum(bool(_iso(match.groupdict())) for match in pattern.finditer(text))
    for counts, least in ((+numeric, 1), (+named, MIN_NAMED)):
        if len(counts) > 1:
            return None  # the page writes both ways
        if counts and sum(counts.values()) >= least:
            return next(iter(counts))
    return None


def reads_either_way(text: str) -> bool:
    """Does the text hold a numeric date whose day and month could swap (``03/10/2023``;
    not ``24.11.2025``, not ``05/05/2025``)? Only such dates does :func:`in_order` change.

    >>> reads_either_way("Posted 03/10/2023"), reads_either_way("24.11.2025 and 05/05/2025")
    (True, False)
    """
    if "19" not in text and "20" not in text:
        return False
    return any(
        int(match["lead"]) <= 12 and int(match["middle"]) <= 12 and match["lead"] != match["middle"]
        for match in NUMERIC.finditer(text)
    )


UNAMBIGUOUS: Final = (*PATTERNS[:3], PATTERNS[4], PATTERNS[5])
"""The patterns whose dates read one way only: year first, or with a month name."""


def printed_days(texts: Iterable[str]) -> frozenset[str]:
    """The days (``yyyy-mm-dd``) the texts print in a form that reads one way only: with a
    month name (``December 2, 2025``) or year first (``2025-12-02``); no numeric
    ``a/b/yyyy`` date, whose day and month may swap.

    >>> sorted(printed_days(["Posted 02-12-2025", "December 02, 2025", "2024.01.05"]))
    ['2024-01-05', '2025-12-02']
    """
    days: set[str] = set()
    for text in texts:
        if "19" not in text and "20" not in text:
            continue
        for pattern in UNAMBIGUOUS:
            for match in pattern.finditer(text):
                if iso := _iso(match.groupdict()):
                    days.add(iso[:10])
    return frozenset(days)


def _reading(match: re.Match[str], month_first: bool) -> str | None:
    """The day a numeric date's match gives read month first or day first."""
    lead, middle = (match["lead"], match["middle"])
    month, day = (lead, middle) if month_first else (middle, lead)
    return _iso({"year": match["year"], "month": month, "day": day})


def in_order(text: str, order: Order | None, printed: frozenset[str] = frozenset()) -> str:
    """``text`` with each numeric date that could be read either way written so that
    :func:`find_dates` reads it in the page's ``order`` (its two first parts swapped).

    A date one of whose readings the page also ``printed`` in a form that reads one way
    only (:func:`printed_days`), the other nowhere, takes that reading, whatever the order.

    >>> in_order("Posted 03/10/2023 by Ann", "day"), in_order("09.10.2024", "month")
    ('Posted 10/03/2023 by Ann', '10.09.2024')
    >>> in_order("03/10/2023", "month"), in_order("24.11.2025", "month")
    ('03/10/2023', '24.11.2025')
    >>> in_order("Posted 02-12-2025", None, frozenset({"2025-12-02"}))
    'Posted 12-02-2025'
    >>> in_order("Posted 02-12-2025", None, frozenset({"2025-12-02", "2025-02-12"}))
    'Posted 02-12-2025'
    """
    if (order is None and not printed) or ("19" not in text and "20" not in text):
        return text

    def swap(match: re.Match[str]) -> str:
        lead, middle, sep = match["lead"], match["middle"], match["sep"]
        if int(lead) > 12 or int(middle) > 12 or lead == middle:
            return match.group()
        month_first = sep in MONTH_FIRST_SEPARATORS
        kept, swapped = _reading(match, month_first), _reading(match, not month_first)
        if (kept in printed) != (swapped in printed):
            if kept in printed:
                return match.group()
        elif order is None or month_first == (order == "month"):
            return match.group()
        return middle + sep + lead + match.group()[len(lead) + len(sep) + len(middle) :]

    return NUMERIC.sub(swap, text)
