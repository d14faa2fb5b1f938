"""Choose the publication date of a page: from markup, else from the date lines near the title.

A wrong date is worse than none, so a text-mode date must come from a *stamp*: a short
line that holds a date and little else (``Published: 3 March 2025``, ``By Ann Lee · Mar 3,
2025``, ``asked Feb 4, 2014 at 13:02``), standing near the headline. Lines that say the
date is something else (a copyright notice, ``Joined:``, ``accessed on``) never count
(``lexicon/undated.txt``). A "published" stamp (``lexicon/published.txt``) beats a plain one,
which beats an "updated" one (``lexicon/updated.txt``); then the nearest to the headline
wins, below it before above it. With no headline, only the stamps the dateline and byline
filters dropped just before the article count. In a dump, a date that opens or closes a
longer line right under the headline counts too (the dump glued it to a caption or an
avatar's text); and when no stamp stands by the headline, a page whose stamps all give one
day is dated by it if its first bare one stands before most of the article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import Final

from pagetidy.author_names import line_names
from pagetidy.dates import (
    SHORT_YEAR,
    FoundDate,
    date_order,
    find_dates,
    in_order,
    long_year,
    printed_days,
    reads_either_way,
)
from pagetidy.filters.dateline import leftover_words
from pagetidy.lexicon import contains, phrases, starts_with
from pagetidy.model import Block, Drop, Page, place_of
from pagetidy.signals import CJK, ends_sentence, fold, text_cache, word_count

MAX_STAMP_CHARS: Final = 200
MAX_STAMP_LEFTOVER: Final = 10
"""Words other than dates and date words a stamp may hold (a name, a read time...)."""
MAX_SENTENCE_LEFTOVER: Final = 4
"""A stamp ending like a sentence (``Posted on March 3, 2025 by Ann.``) holds at most
this many other words (CJK: two letters a word)."""
BELOW_TITLE: Final = 25
"""Blocks after the headline searched for its stamp."""
ABOVE_TITLE: Final = 4
"""Blocks before the headline searched for its stamp (kicker lines such as ``News | date``)."""
NEAR_ARTICLE: Final = 25
"""Without a headline: dropped stamps this close before the first kept block count..."""
INTO_ARTICLE: Final = 3
"""...or this close after its start (dates deeper in are its items': reviews, events)."""
INTO_TEXT: Final = 10
"""...in a text dump, whose article start is less sure."""
HTML_REACH: Final = 12
"""HTML: a date line not cued "published" this far from the headline or the article's
start is some item's (its blocks are finer than a dump's lines, so the reach is shorter)."""
MANY_DATES: Final = 4
"""HTML without a headline block: this many different stamp dates make a listing."""
CUE_REACH: Final = 30
"""Characters before a date in which a published/updated word names that date."""
FAR_BELOW: Final = 400
"""Blocks after the headline searched for a "published" stamp when none is near it."""
FAR_ABOVE: Final = 200
"""...and before it."""
LEAD_CHARS: Final = 40
"""A long line whose first date starts this early, after a published word, is a stamp."""
MAX_LEAD_WORDS: Final = 8
"""Words before the date a long line opens with: a cue and a name (``Posted by Ann Lee on``)."""
SEGMENT_MARKS: Final = re.compile(r"\s[|•·●]\s|\s[|•·●]|[|•·●]\s|\s\*\s")
"""Separators of a meta line's segments (``By Ann Lee | March 3, 2025 | News``; `` * ``:
html2text's middle dot, a star with a space on either side, no emphasis)."""
MAX_SEGMENT_WORDS: Final = 10
"""A meta line's segments are short: a name, a date, a few categories."""
EDGE_REACH: Final = 3
"""Blocks under the headline where a date that opens or closes a longer line counts (a
dump glues a stamp to the caption, teaser or avatar text beside it)."""
EDGE_ABOVE: Final = 2
"""...and blocks over it (a kicker's date, glued to the image's text above the headline)."""
MAX_EDGE_CHARS: Final = 300
EDGE_BREAK: Final = re.compile(r"[.!?)\]]\s|[。！？）」】]\s?|\s[|•·—–\-]\s")
"""Where a line breaks before a date that closes it: a sentence's end (CJK's full-width
marks need no space after them), a separator."""
MAX_EDGE_WORDS: Final = 5
"""Words between that break and a closing date: a cue (``Published``), ``By Ann Lee on``."""
MAX_LOWER_SHARE: Final = 3
"""At most one word in this many after a line's opening date is lower case (names and
tags are capitalised; a teaser's sentence is not)."""
BY_WORDS: Final = frozenset(("by", "von", "por", "par", "di", "door", "av"))
POST_NUMBER: Final = re.compile(r"(?<![\w#])#(\*\*|__)?([12])(?(1)\1)(?![\d\w])")
"""A forum post's number on its header line (``#1 · Jan 3, 2024``, ``11-29-2024 #2``;
``#**1**``: html2text's bold)."""
REPLY_SUBJECT: Final = re.compile(r"(?:re|aw|sv|vs|odp|antw)\s?:", re.IGNORECASE)
"""A reply's subject line (``Re: Bridge works``, German ``AW:``, Nordic ``SV:``)."""
MAX_HEAD_COPIES: Final = 3
"""A headline a dump prints more often is a listing's repeated line."""
OWN_STAMP_REACH: Final = 5
"""Blocks under a dump's headline where a stamp is the page's own, not a listing item's
(a headline, a teaser, an avatar, a name, the date)."""
APART_STEPS: Final = 2
MAX_BARE_LEFTOVER: Final = 2
ONLY_DATE_SHARE: Final = 2 / 3
"""The share of the article's text that follows a dump's only date when no stamp stands
by its headline (a date under the byline, above the text)."""
COPYRIGHT_MARKS: Final = ("©", "(c)", "(C)", "®")
MARKUP_KEYS: Final = (
    "ld:datePublished", "article:published_time", "itemprop:datePublished", "meta:published",
)  # fmt: skip
"""Markup published dates, the surest first (``meta:published``: ``pubdate``, ``dc.date``...)."""
TEMPLATE_KEYS: Final = ("ld:datePublished",)
"""Markup dates a site template may stamp on every page (:func:`markup_published`)."""
MODIFIED_KEYS: Final = ("ld:dateModified", "article:modified_time", "itemprop:dateModified")
"""A bare ``<time>`` is not trusted: comments and related stories carry them too."""
POST_KEYS: Final = ("ld:postPublished",)
"""A forum thread's opening post (JSON-LD ``DiscussionForumPosting``, ``Question``)."""
THREAD_POSTS: Final = 3
"""HTML: this many stamps in one markup place (same tag, same nearest parents) are a
thread's posts when their days never go back; the first is the thread's start."""
MAX_LABEL_WORDS: Final = 3
"""A date's label block is short: ``Published``, ``Last updated on``."""
MAX_LABEL_CHARS: Final = 60
LABEL_REACH: Final = 2
"""Blocks above a bare date searched for its label (a label may have a sub-label)."""
ITEM_STAMPS: Final = 3
"""HTML: stamps of this many different days in one markup place are a listing's items."""
ITEM_GAP: Final = 15
"""Blocks between two items' stamps at most (an item is a title, a teaser, a stamp)."""
POST_GAP: Final = 60
"""Blocks between two posts' stamps at most (a long post); further, another list starts."""
POST_PARENTS: Final = 3
"""The nearest parents that make a stamp's markup place."""
POSTS_AFTER_ARTICLE: Final = 5
"""A thread starts at most this many blocks after the article's last kept block..."""
SHOWN_GAP_DAYS: Final = 1
"""A plain date printed by the headline that is this many days or fewer from the markup's
is the same date in another time zone; further apart, the printed one is the page's."""


def is_undated(text: str) -> bool:
    """Does the line say its date is not a publication date (copyright, joined...)?

    >>> is_undated("© 2025 Harbour Times. All rights reserved."), is_undated("Posted May 2, 2025")
    (True, False)
    """
    return any(mark in text for mark in COPYRIGHT_MARKS) or bool(contains("undated", text))


RANGE_MARKS: Final = frozenset(
    ("-", "–", "—", "~", "〜", "～", "to", "through", "thru", "until", "till", "bis", "au", "al")
)
"""What stands between the two dates of a span (``2025-12-12 - 2025-12-17``, ``1 Mar 2026
to 5 Mar 2026``): an event's or an offer's dates, not a page's."""
PATH_MARKS: Final = "/\\="
"""Marks that join a date to a link's path or a parameter (``/2010-04-01/Accounts``)."""
QUOTES: Final = "'\"`"


@text_cache
def shown_dates(text: str) -> tuple[FoundDate, ...]:
    """The dates a line shows as dates: not those inside a link, a file name or a code
    value (``/2010-04-01/Accounts``, ``2026-02-25.zip``, ``'2024-01-01'``), nor the two
    ends of a span (``2025-12-12 - 2025-12-17``: an event's days).

    >>> [d.iso for d in shown_dates("Posted March 3, 2025 | see https://x.test/2024-01-02/a")]
    ['2025-03-03']
    >>> shown_dates("DATE: 2025-12-12 - 2025-12-17"), shown_dates("WHERE day > '2024-01-01'")
    ((), ())
    >>> [d.iso for d in shown_dates("Mar 3, 2025 - Updated Mar 5, 2025")]
    ['2025-03-03', '2025-03-05']
    """
    dates = [date for date in find_dates(text) if not _inside_token(text, date)]
    spans: set[FoundDate] = set()
    for first, second in pairwise(dates):
        between = text[first.end : second.start].strip().lower()
        if between in RANGE_MARKS:
            spans.update((first, second))
    return tuple(date for date in dates if date not in spans)


def _inside_token(text: str, date: FoundDate) -> bool:
    """Is the date part of a longer token: a link's path, a file's name, a quoted value?

    >>> _inside_token("a/2024-01-02/b", find_dates("a/2024-01-02/b")[0])
    True
    >>> _inside_token("2025-08-29#review", find_dates("2025-08-29#review")[0])
    False
    >>> [_inside_token(text, find_dates(text)[0]) for text in ("_May 2, 2025_", "May 2, 2025/News")]
    [False, False]
    """
    ahead = text[date.start - 2 : date.start].rjust(2)
    after = text[date.end : date.end + 2].ljust(2)
    if ahead[1] in PATH_MARKS or (after[0] in PATH_MARKS and not ahead[1].isspace()):
        return True  # a link's path (``November 3, 2025/News``: a date, then its section)
    if (ahead[1] == "-" and ahead[0].isalnum()) or (after[0] in ".-" and after[1].isalnum()):
        return True  # a file's name (``2026-02-25.zip``, ``photo-17-2021-02-16-00-09``)
    return ahead[1] in QUOTES and after[0] == ahead[1]


UPDATED_RANK: Final = 2


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
    found = _cued_date(text)
    return found[0] if found else None


def line_rank(text: str) -> int:
    """The rank (:func:`stamp_rank`) of the date a stamp gives: the word just before it
    says, when a word names any date of the line; else the whole line's.

    >>> line_rank("Last updated on Mar 8, 2026. Created using Sitegen 8.2")
    2
    >>> line_rank("Ann Lee · Mar 8, 2026 · Published in News"), line_rank("Mar 8, 2026")
    (0, 1)
    """
    found = _cued_date(text)
    return found[1] if found else stamp_rank(text)


def _cued_date(text: str) -> tuple[FoundDate, int] | None:
    dates = shown_dates(text)
    if not dates:
        return None
    cues = []
    for position, date in enumerate(dates):
        floor = dates[position - 1].end if position else 0
        cues.append(stamp_rank(text[cue_begin(text, floor, date.start) : date.start]))
    for wanted in (0, 1):
        for position, (date, cue) in enumerate(zip(dates, cues, strict=True)):
            if cue == wanted:
                date = _glued_first(dates, position)
                return date, cue if any(cue != 1 for cue in cues) else stamp_rank(text)
    return dates[0], cues[0]


MAX_CUE_SKIP: Final = 3
"""Date words (a weekday, ``on``) between a cue and its date that the cue's reach skips."""
CUE_WORD: Final = re.compile(r"[^\W\d_]+\W*$")


def cue_begin(text: str, floor: int, start: int) -> int:
    """Where the words that may name a date starting at ``start`` begin: at most
    :data:`CUE_REACH` characters before it, not before ``floor``, not counting the date
    words right before it (``Originally published on Wednesday, March 2, 2022``).

    >>> text = "This page was originally published on Wednesday, March 2, 2022."
    >>> start = text.index("March")
    >>> text[cue_begin(text, 0, start) : start]
    'page was originally published on Wednesday, '
    >>> text[start - CUE_REACH : start]
    'nally published on Wednesday, '
    """
    at = start
    known = phrases("dateline")
    for _ in range(MAX_CUE_SKIP):
        word = CUE_WORD.search(text, max(floor, at - 20), at)
        if word is None or fold(word.group()) not in known or stamp_rank(word.group()) != 1:
            break  # no date word (a cue is in reach already)
        at = word.start()
    return max(floor, at - CUE_REACH)


def _glued_first(dates: Sequence[FoundDate], position: int) -> FoundDate:
    """The earlier of a date and the one glued right after it with nothing between
    (``May 21, 2025April 24, 2025``: a page's two stamps, printed side by side, that a
    dump joined; the published one comes first in time, the updated one after it).

    >>> found = find_dates("May 21, 2025April 24, 2025 by Ann Lee")
    >>> _glued_first(found, 0).iso, _glued_first(find_dates("May 2, 2025 May 1, 2025"), 0).iso
    ('2025-04-24', '2025-05-02')
    """
    date = dates[position]
    after = dates[position + 1] if position + 1 < len(dates) else None
    if after is not None and after.start == date.end and after.iso[:10] < date.iso[:10]:
        return after
    return date


def with_year(blocks: Sequence[Block]) -> list[Block]:
    """The blocks whose text holds ``19`` or ``20``: the only ones that may hold a date
    (every date has a year, 19xx or 20xx), found in C before any date is looked for.

    >>> [block.index for block in with_year([Block(0, "Home"), Block(1, "May 2, 2025")])]
    [1]
    """
    return [blocks[position] for position in year_positions(blocks)]


_last_years: tuple[tuple[Block, ...], tuple[int, ...]] = ((), ())
"""The last tuple of blocks :func:`year_positions` scanned, and its answer (it holds the
tuple, so no other object can take its identity while it is remembered)."""


def year_positions(blocks: Sequence[Block]) -> tuple[int, ...]:
    """Positions of the blocks whose text holds ``19`` or ``20`` (:func:`with_year`).

    A page's date rules ask this of its blocks half a dozen times; a tuple (immutable,
    like its frozen blocks) is scanned once, its answer remembered until another comes.
    :func:`ordered` and :func:`labelled` keep these positions: they rewrite only the
    texts of dated blocks, and keep their year.

    >>> year_positions((Block(0, "Home"), Block(1, "May 2, 2025"), Block(2, "1920s")))
    (1, 2)
    """
    global _last_years
    last = _last_years
    if last[0] is blocks:
        return last[1]
    found = tuple(
        position
        for position, block in enumerate(blocks)
        if "19" in block.text or "20" in block.text
    )
    if isinstance(blocks, tuple):
        _last_years = (blocks, found)
    return found


def is_stamp(block: Block, owner: str | None) -> bool:
    """Is the block a short date line (not a sentence with a date in it, not a copyright)?
    A dated line the dateline or byline filter dropped is one, whatever else it says."""
    shape = stamp_shape(block.text)
    return shape == STAMP_LINE or (shape == DATED_LINE and owner in ("dateline", "byline"))


NOT_DATED: Final = 0
DATED_LINE: Final = 1
"""A short line with a date, not a copyright: a stamp when a dateline or byline filter
dropped it (:func:`is_stamp`)."""
STAMP_LINE: Final = 2
"""A short line with a date that reads as a stamp by its text alone."""


@text_cache
def stamp_shape(text: str) -> int:
    """:data:`NOT_DATED`, :data:`DATED_LINE` or :data:`STAMP_LINE`: what :func:`is_stamp`
    reads from a line's text, worked out once per text (the date rules ask it of a page's
    dated blocks a dozen times).

    >>> stamp_shape("Home"), stamp_shape("© 2025 Harbour Times"), stamp_shape("May 2, 2025")
    (0, 0, 2)
    """
    if len(text) > MAX_STAMP_CHARS or ("19" not in text and "20" not in text):
        return NOT_DATED  # every date has a year, 19xx or 20xx
    if not shown_dates(text) or is_undated(text):
        return NOT_DATED
    return STAMP_LINE if _stamp_text(text) else DATED_LINE


def _stamp_text(text: str) -> bool:
    """Is a short dated line a stamp by its text (:func:`is_stamp` of a line no dateline
    or byline filter dropped)?"""
    if is_cued_lead(text):
        return True
    leftover = word_count(" ".join(leftover_words(text)))
    if ends_sentence(text) and leftover > MAX_SENTENCE_LEFTOVER:
        return False  # a sentence that mentions a date
    if leftover <= MAX_STAMP_LEFTOVER and word_count(text) <= 30:
        return True
    return has_date_segment(text)


def is_cued_lead(text: str) -> bool:
    """Does the line open with a published word and its date (``Posted on June 9, 2025 by
    Ann Lee - 5 Comments on ...``), whatever follows?

    >>> is_cued_lead("Posted on June 9, 2025 by Ann Lee - 5 Comments on Bridge works")
    True
    >>> is_cued_lead("On June 9, 2025 the council posted its plan for the bridge works")
    False
    """
    first = shown_dates(text)[0]
    return first.start <= LEAD_CHARS and stamp_rank(text[: first.start]) == 0


def lead_date(text: str) -> FoundDate | None:
    """The date a line of any length opens with after a published word (``Posted by Ann
    Lee on March 3, 2025`` glued by a dump to the caption and text that follow it).

    >>> lead_date("Posted by Ann Lee on March 3, 2025 A ferry crosses the bay at dawn.").iso
    '2025-03-03'
    >>> lead_date("The ferry that was posted to the bay on March 3, 2025 sank.") is None
    True
    >>> lead_date("We posted it on March 3, 2025 and the ferry sailed.") is None
    True
    """
    if "19" not in text[: LEAD_CHARS + 40] and "20" not in text[: LEAD_CHARS + 40]:
        return None
    dates = shown_dates(text[: LEAD_CHARS + 80])
    if not dates or dates[0].start > LEAD_CHARS or is_undated(text[: dates[0].end]):
        return None
    head = text[: dates[0].start]
    words = head.split()
    if len(words) > MAX_LEAD_WORDS or stamp_rank(head) != 0:
        return None
    known = phrases("dateline")
    if any(word.islower() and fold(word) not in known and word not in BY_WORDS for word in words):
        return None  # a sentence's lower-case words, not a cue and a name
    return _glued_first(dates, 0)


def line_dates(text: str) -> Sequence[FoundDate]:
    """The dates of a line short enough to be a stamp and not a copyright line (none
    otherwise): what :func:`edge_date` and :func:`opening_date` read."""
    if len(text) > MAX_EDGE_CHARS:
        return ()
    dates = shown_dates(text)
    return () if not dates or is_undated(text) else dates


def opens_with(text: str, date: FoundDate) -> bool:
    """Are only published or date words (``On``, ``Posted``) before the date in the line?"""
    known = phrases("dateline")
    return all(word in known for word in fold(text[: date.start]).split())


def edge_date(text: str) -> FoundDate | None:
    """The date that opens a line (only date words before it) or closes it (only date
    words and counts after it, a break and at most a cue or a byline before it).

    >>> edge_date("On March 3, 2025 [a1b2c3d4e5f6?s=96&d=identicon] Ana Ruiz in Travel").iso
    '2025-03-03'
    >>> edge_date("A ferry crosses the bay at dawn. By Ana Ruiz on Mar. 3, 2025").iso
    '2025-03-03'
    >>> edge_date("The new timetable takes effect on March 3, 2025") is None
    True
    >>> edge_date("© 2025 Harbour Times. Updated March 3, 2025") is None
    True
    """
    dates = line_dates(text)
    if not dates:
        return None
    if opens_with(text, dates[0]):
        return dates[0] if is_meta_rest(text[dates[0].end :]) else None
    known = phrases("dateline")
    after = fold(text[dates[-1].end :]).split()
    if any(word not in known and not word.isdigit() for word in after):
        return None
    pieces = EDGE_BREAK.split(text[: dates[-1].start])
    words = fold(pieces[-1]).split()
    if len(pieces) < 2 or len(words) > MAX_EDGE_WORDS:
        return None  # no break before the date: a sentence that ends with it
    return dates[-1] if all(word in known for word in words) or words[0] in BY_WORDS else None


SEGMENT_CHARS: Final = "|•·●"
"""The marks between a meta line's segments (:data:`SEGMENT_MARKS`), one character each."""


def segment_date(text: str) -> FoundDate | None:
    """The date that stands alone as one segment of a meta line a dump glued into a
    longer block (``... tuning. Ann Lee @annlee • Jan 26, 2026 • Reading time``): a
    segment mark before it, a mark or the line's end after it. Not a date inside a
    sentence, not one that opens the line (a teaser's date, :func:`edge_date` reads
    those), not an updated one.

    >>> segment_date("How to tune a query. Ann Lee @annlee • Jan 26, 2026 • Reading time").iso
    '2026-01-26'
    >>> segment_date("Ein Leitfaden zur Fährlinie. Von Anna Schmidt · 3. März 2025").iso
    '2025-03-03'
    >>> segment_date("Guia rápido. Ana Ruiz | 12 de março de 2024 | 5 min de leitura").iso
    '2024-03-12'
    >>> segment_date("The ferry line • it reopens on Jan 26, 2026 after repairs") is None
    True
    >>> segment_date("Jan 26, 2026 • A harbour town is trying to bring back its ferry") is None
    True
    >>> segment_date("Harbour News • Updated Jan 26, 2026 • Ann Lee") is None
    True
    """
    for date in line_dates(text):
        before = text[: date.start].rstrip()
        after = text[date.end :].lstrip()
        left = bool(before) and before[-1] in SEGMENT_CHARS
        right = not after or after[0] in SEGMENT_CHARS
        if left and right and len(date.iso) >= len("2025-01-01"):
            head = before[:-1]
            segment = head[max(head.rfind(mark) for mark in SEGMENT_CHARS) + 1 :]
            return date if stamp_rank(segment) != UPDATED_RANK else None
    return None


def cued_close(text: str) -> FoundDate | None:
    """The date that closes a longer line after a published word right before it (a
    dump glues ``Published June 3, 2025 10:39AM`` to the photo caption above it); not
    one a sentence ends with (``... was published on June 3, 2025``).

    >>> cued_close("A runner at dawn. (Photo: Ann Lee) Published June 3, 2025 10:39AM").iso
    '2025-06-03T10:39'
    >>> cued_close("The council published its plan on June 3, 2025") is None
    True
    >>> cued_close("The bridge reopens. Updated June 3, 2025") is None
    True
    """
    date = edge_date(text)
    if date is None or date.start == 0:
        return None
    head = text[: date.start]
    if stamp_rank(head[cue_begin(text, 0, date.start) :]) != 0:
        return None
    return date if stamp_rank(head) == 0 else None


def is_meta_rest(text: str) -> bool:
    """Is what follows a line's opening date names, tags or junk, not a sentence?

    Most of its words are capitalised (``Ann Lee in Travel, Harbour News``) or hold
    digits and marks (an avatar's file name), and it does not end like a sentence.

    >>> is_meta_rest(" [a1b2c3?s=96] Ann Lee in Travel"), is_meta_rest(" Von Anna Schmidt")
    (True, True)
    >>> is_meta_rest(" • A harbour town is trying to bring back its ferry line")
    False
    """
    if ends_sentence(text):
        return False
    words = [word for word in text.split() if word.isalpha()]
    lower = sum(word.islower() for word in words)
    return lower * MAX_LOWER_SHARE <= len(words)


def has_date_segment(text: str) -> bool:
    """Is the line a meta line whose segments include a bare date (``by Ann Lee | Mar
    11, 2023 | Brakes, Repairs``)?

    >>> has_date_segment("by Ann Lee | Mar 11, 2023 | Brakes, Repairs, Tips")
    True
    >>> has_date_segment("The bridge, closed since Mar 11, 2023, reopens | Read more")
    False
    >>> has_date_segment("Mar 4, 2026 • A harbour town is trying to bring back its ferry line")
    False
    >>> has_date_segment("Mar 4, 2026 * Ann Lee on behalf of the Harbour Group")
    True
    >>> has_date_segment("**Mar 4, 2026** Ann Lee on behalf of the Harbour Group")
    False
    """
    segments = [segment for segment in SEGMENT_MARKS.split(text) if segment.strip()]
    if len(segments) < 2 or any(word_count(segment) > MAX_SEGMENT_WORDS for segment in segments):
        return False  # one segment is prose: a teaser after its date
    return any(find_dates(segment) and not leftover_words(segment) for segment in segments)


def markup_published(page: Page) -> str | None:
    """The date the markup gives (JSON-LD ``datePublished``, ``article:published_time``).

    A JSON-LD article date on a page whose Open Graph type says it is a website, not an
    article, counts only when the page prints that day: site templates stamp an article
    object, dated when the record was made, on landing, shop and documentation pages.
    """
    for key in MARKUP_KEYS:
        found = _markup_date(page, (key,))
        if found and (key not in TEMPLATE_KEYS or not _says_website(page) or prints(page, found)):
            return found
    return None


def template_only(page: Page, markup: str) -> bool:
    """Is ``markup`` a date only the JSON-LD gives, and one the page never prints?

    Site templates write a JSON-LD article object dated when the record was made; a
    page that prints only its "updated" date by the headline, with no other markup
    naming the published day (``article:published_time``, microdata), gives that
    updated date as its own.
    """
    return not publisher_dated(page, markup) and not prints(page, markup)


def publisher_dated(page: Page, markup: str) -> bool:
    """Does markup other than JSON-LD (``article:published_time``, microdata, ``pubdate``)
    give the day of ``markup`` as the published one?"""
    day = markup[:10]
    return any(
        key not in TEMPLATE_KEYS and (found := _markup_date(page, (key,))) and found[:10] == day
        for key in MARKUP_KEYS
    )


def _says_website(page: Page) -> bool:
    return any(
        name == "og:type" and value.strip().lower() == "website" for name, value in page.meta
    )


def prints(page: Page, iso: str) -> bool:
    """Does some block of the page print the day of ``iso``?"""
    day = iso[:10]
    return any(found.iso[:10] == day for block in page.blocks for found in find_dates(block.text))


def _markup_date(page: Page, keys: Sequence[str]) -> str | None:
    """The first key's date; a key giving several days is a thread's (its first post's
    date) when they go forward in time, else items' (reviews, a listing), passed over;
    but JSON-LD article objects whose first date is also the one most repeated are the
    page's own article (named again in the graph) and teasers of others."""
    for key in keys:
        dates = [
            found[0].iso
            for name, value in page.meta
            if name == key and (found := find_dates(value))
        ]
        if dates and (first := thread_start(dates) or own_article(dates, key)):
            return first
    return None


def own_article(dates: Sequence[str], key: str) -> str | None:
    """The first JSON-LD article date when it is repeated more than any other.

    >>> own_article(["2025-12-19T23:35", "2025-12-16", "2025-12-19T23:35"], "ld:datePublished")
    '2025-12-19T23:35'
    >>> own_article(["2025-12-19", "2025-12-16", "2025-12-10"], "ld:datePublished") is None
    True
    """
    if key not in TEMPLATE_KEYS:
        return None
    counts = Counter(dates)
    first = counts.pop(dates[0])
    return dates[0] if first > 1 and all(count < first for count in counts.values()) else None


def thread_start(dates: Sequence[str]) -> str | None:
    """The first of dates in page order when they never go back in time (a thread's posts,
    oldest first), else None (newest first: reviews, a listing's entries).

    >>> thread_start(["2024-01-03T11:23", "2024-01-03T12:20", "2024-01-05"])
    '2024-01-03T11:23'
    >>> thread_start(["2025-12-02", "2025-10-28", "2025-10-13"]) is None
    True
    """
    days = [date[:10] for date in dates]
    return dates[0] if days == sorted(days) else None


def text_published(
    page: Page, drops: Sequence[Drop], kept: Sequence[Block], title_index: int | None
) -> str | None:
    """The publication date from the stamps near the headline (text mode)."""
    found = shown_stamp(page, drops, kept, title_index)
    return found[0] if found else None


def shown_stamp(
    page: Page, drops: Sequence[Drop], kept: Sequence[Block], title_index: int | None
) -> tuple[str, int] | None:
    """The date the page prints near its headline, and its rank (:func:`stamp_rank`)."""
    owner = {drop.index: drop.filter for drop in drops}
    started = thread_started(page.blocks)
    blocks = labelled(ordered(widened(started)))
    if title_index is None and page.mode == "html":
        title_index = _main_heading(blocks, kept)
    if title_index is not None:
        title_index = thread_subject(blocks, title_index)
    reach = HTML_REACH if page.mode == "html" else NEAR_ARTICLE
    edge = EDGE_REACH if page.mode == "text" else 0
    if first := first_post(blocks, owner):
        return first, 0
    if page.mode == "text" and (first := first_published(blocks)):
        return first, 0
    items = item_stamps(
        page if started is page.blocks else replace(page, blocks=tuple(started)), owner
    )
    if title_index is not None and page.mode == "text":
        items = own_stamp_freed(items, title_index, updated_stamps(blocks, items))
    if title_index is not None and (
        found := _headline_stamp(blocks, title_index, owner, reach, edge, items)
    ):
        if found[1] == UPDATED_RANK and (far := _far_published(blocks, title_index, owner)):
            return far, 0  # the headline's stamp is an update; the page says when it was published
        return found
    if title_index is not None and (timed := _time_near(page, title_index)):
        return timed, 1
    if page.mode == "text" and (
        found := _dropped_headline_stamp(blocks, drops, title_index, owner)
    ):
        return found
    start = kept[0].index if kept else len(blocks)
    into = INTO_ARTICLE if page.mode == "html" else INTO_TEXT
    heads = 1 if page.mode == "html" else None  # HTML: the element right above the article
    window = [
        (start - block.index, block)
        for block in blocks
        if -into <= start - block.index <= NEAR_ARTICLE
        and (
            owner.get(block.index) in ("dateline", "byline")
            or start - block.index == heads
            or (heads is None and _signed_stamp(block, owner.get(block.index)))
        )
    ]
    if page.mode == "html" and _many_dates(blocks, owner):
        window = [
            each
            for each in window
            if each[0] == heads or _named_stamp(each[1].text, owner.get(each[1].index))
        ]
    found = _best_stamp(window, owner, reach, skip=items)
    if found or (title_index is None and (page.mode == "html" or not kept)):
        return found
    if title_index is None:  # a dump with no headline found: "published" stamps by the text
        far = _far_published(blocks, kept[0].index, owner)
        return (far, 0) if far else None
    far = _far_published(blocks, title_index, owner)
    if far:
        return far, 0
    only = _only_date(blocks, owner, kept) if page.mode == "text" else None
    return (only, 1) if only else None


def updated_stamps(blocks: Sequence[Block], items: frozenset[int]) -> frozenset[int]:
    """The items' stamps that say they are an update (``Updated on 09/10/2025``)."""
    return frozenset(
        block.index
        for block in with_year(blocks)
        if block.index in items and line_rank(block.text) == UPDATED_RANK
    )


def own_stamp_freed(
    items: frozenset[int], title_index: int, updated: frozenset[int] = frozenset()
) -> frozenset[int]:
    """A dump's listing stamps (:func:`item_stamps`) without the page's own one: a stamp
    right under the headline that stands apart from the items' stamps (at least
    :data:`APART_STEPS` times further from the nearest of them than they stand from
    each other). A dump prints the page's own
    stamp in the layout of the related stories' stamps; when the headline is itself an
    item's title, its stamp stands in step with the others and stays an item's. An
    ``updated`` stamp stays an item's: it is no publication date.

    >>> sorted(own_stamp_freed(frozenset((3, 14, 16, 18)), 0))
    [14, 16, 18]
    >>> sorted(own_stamp_freed(frozenset((1, 7, 13, 19)), 0))
    [1, 7, 13, 19]
    """
    own = sorted(index for index in items if 0 < index - title_index <= OWN_STAMP_REACH)
    if not own or own[0] in updated:
        return items
    rest = sorted(items - {own[0]})
    apart = min((abs(index - own[0]) for index in rest), default=0)
    steps = [second - first for first, second in pairwise(rest) if second - first <= ITEM_GAP]
    return items - {own[0]} if steps and apart >= APART_STEPS * max(steps) else items


def first_published(blocks: Sequence[Block]) -> str | None:
    """A dump's date that a line says the page was first published on (``This article
    was originally published on 26 Sep 2019 but has been updated``, ``Erstmals
    veröffentlicht am 3. März 2025``: ``lexicon/original.txt``), when all such lines
    give one day: it beats the stamps, which may show the last update's date.

    >>> first_published([Block(0, "Originally published on 26 Sep 2019; updated 2022.")])
    '2019-09-26'
    >>> first_published([Block(0, "Originally published on Harbour News.")]) is None
    True
    """
    days: dict[str, str] = {}
    for block in with_year(blocks):
        if not contains("original", block.text) or is_undated(block.text):
            continue
        dates = shown_dates(block.text)
        for position, date in enumerate(dates):
            floor = dates[position - 1].end if position else 0
            begin = cue_begin(block.text, floor, date.start)
            if contains("original", block.text[begin : date.start]):
                days.setdefault(date.iso[:10], date.iso)
    return next(iter(days.values())) if len(days) == 1 else None


def thread_subject(blocks: Sequence[Block], title_index: int) -> int:
    """The headline block, or, when the headline found is a reply's subject (``Re: Saw
    blade wobbles``), the first block that is the thread's own subject.

    >>> from pagetidy.model import Block
    >>> posts = ["Saw blade wobbles", "Mar 2, 2024", "Re: Saw blade wobbles", "Mar 3, 2024"]
    >>> thread_subject([Block(at, text) for at, text in enumerate(posts)], 2)
    0
    >>> thread_subject([Block(0, "Re: Saw blade wobbles"), Block(1, "Hi")], 0)
    0
    """
    title = next((block.text for block in blocks if block.index == title_index), "")
    match = REPLY_SUBJECT.match(title)
    if match is None:
        return title_index
    subject = title[match.end() :].strip()
    return next((block.index for block in blocks if block.text == subject), title_index)


def _dropped_headline_stamp(
    blocks: Sequence[Block], drops: Sequence[Drop], title_index: int | None, owner: dict[int, str]
) -> tuple[str, int] | None:
    """A dump whose facts headline has no stamp by it: the stamp right under the line
    the ``headline`` filter dropped as the page's headline (the facts may have picked a
    subheading; the filter's pick is the line the dump repeats near its top), when the
    filter dropped a few copies of one line only (not a listing's repeated lines)."""
    heads = [drop.index for drop in drops if drop.filter == "headline"]
    if not 0 < len(heads) <= MAX_HEAD_COPIES or title_index in heads:
        return None  # no headline dropped (most pages), or the one searched already
    if len({block.text for block in blocks if block.index in heads}) != 1:
        return None  # several lines dropped: not copies of one headline
    window = _title_window(blocks, heads[0], copies=False)
    return _best_stamp(window, owner, ABOVE_TITLE, EDGE_REACH)


def _signed_stamp(block: Block, owner: str | None) -> bool:
    """A dump's stamp that names its author after a cue or says it is the published date
    (``By Ann Lee • March 3, 2025``, ``Published: Apr 10, 2023``), whatever filter
    dropped it; not an "updated" one."""
    if not is_stamp(block, owner) or (rank := line_rank(block.text)) == UPDATED_RANK:
        return False
    return rank == 0 or bool((names := line_names(block.text)) and names[1])


STARTER_REACH: Final = 2
"""Blocks above a thread's start date where its starter's label stands."""


def thread_started(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks, a forum thread's start date cued as the page's: a line that is only a
    start-date label and a date (``Start date Mar 6, 2024``, ``Startdatum 6. März 2024``;
    ``lexicon/start_date.txt``) at most :data:`STARTER_REACH` blocks under the thread
    starter's label (``Thread starter ann_lee``; ``lexicon/starter.txt``) reads ``started
    on`` its date. Without the starter above it, a start date is an event's and is left.

    >>> from pagetidy.model import Block
    >>> thread = (Block(0, "Thread starter ann_lee"), Block(1, "Start date Mar 6, 2024"))
    >>> [b.text for b in thread_started(thread)]
    ['Thread starter ann_lee', 'started on Mar 6, 2024']
    >>> event = (Block(0, "Harbour fair"), Block(1, "Start date Mar 6, 2024"))
    >>> thread_started(event) is event
    True
    """
    changes: dict[int, str] = {}
    for position in year_positions(blocks):
        text = blocks[position].text
        dates = shown_dates(text) if len(text) <= MAX_LABEL_CHARS + 20 else ()
        if len(dates) != 1 or text[dates[0].end :].strip():
            continue
        label = fold(_unmarked(text[: dates[0].start]))
        cue = starts_with("start_date", label)
        if cue is None or set(label.split()) - set(cue.split()):
            continue  # only the label (html2text prints it twice: ``_Start date_ Start date``)
        above = blocks[max(0, position - STARTER_REACH) : position]
        if not any(starts_with("starter", _unmarked(before.text)) for before in above):
            continue
        changes[position] = "started on " + text[dates[0].start :]
    return retexted(blocks, changes)


def _unmarked(text: str) -> str:
    """The text without Markdown's emphasis marks (html2text's ``_Thread starter_``)."""
    return text.replace("_", " ").replace("*", " ").strip()


def widened(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks, a numeric date with a two-digit year (:data:`pagetidy.dates.SHORT_YEAR`)
    written with its full year when a published cue stands right before it, within
    :data:`CUE_REACH` characters (``Posted by Ann on 07/03/24 02:57 PM``, ``Veröffentlicht:
    14.11.24 10:05``). Not after CJK text, whose pages write the year first (``24.11.14``).

    >>> from pagetidy.model import Block
    >>> [b.text for b in widened([Block(0, "Posted on 07/03/24 02:57 PM")])]
    ['Posted on 07/03/2024 02:57 PM']
    >>> [b.text for b in widened([Block(0, "07/03/24 02:57 PM"), Block(1, "Posted 07/03/24")])]
    ['07/03/24 02:57 PM', 'Posted 07/03/24']
    """
    changes: dict[int, str] = {}
    if bare := _first_bare_short(blocks):
        changes[bare[0]] = bare[1]
    for position, block in enumerate(blocks):
        text = block.text
        if len(text) > MAX_STAMP_CHARS or (match := SHORT_YEAR.search(text)) is None:
            continue
        before = text[max(0, match.start() - CUE_REACH) : match.start()]
        if stamp_rank(before) != 0 or CJK.search(before):
            continue
        changes[position] = long_year(text, match)
    return retexted(blocks, changes)


BARE_SHORT: Final = re.compile(r"(?P<day>[0-3]\d)(?P<sep>[./\-])[0-3]\d(?P=sep)(?P<short>[0-3]\d)")
"""A line that is only a numeric date with a two-digit year, two digits each (``14.11.24``)."""


def _first_bare_short(blocks: Sequence[Block]) -> tuple[int, str] | None:
    """The position and full-year text of a line that is only a two-digit-year date
    (:data:`BARE_SHORT`), when no date stands before it on the page: a page's own stamp
    by its headline (``14.11.24``), read only as the page's first date (further down,
    such a line is an item's, a score or a version). The headline's reach decides if it
    counts.

    >>> _first_bare_short([Block(0, "Home"), Block(1, "14.11.24"), Block(2, "Harbour bridge")])
    (1, '14.11.2024')
    >>> _first_bare_short([Block(0, "May 2, 2025"), Block(1, "14.11.24")]) is None
    True
    """
    for position, block in enumerate(blocks):
        text = block.text.strip()
        if len(text) == len("14.11.24") and (match := BARE_SHORT.fullmatch(text)):
            return position, long_year(text, match)
        if ("19" in text or "20" in text) and find_dates(text):
            return None
    return None


def ordered(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks, their numeric dates read in the order the page's other dates show
    (:func:`pagetidy.dates.date_order`): ``03/10/2023`` is 3 October on a page that
    writes ``16 February 2026``, ``09.10.2024`` is 10 September beside ``11.24.2025``;
    ``02-12-2025`` is 2 December on a page that also prints ``December 02, 2025`` and no
    12 February (:func:`pagetidy.dates.printed_days`; not on a copyright or joined line).
    """
    dated = [block.text for block in with_year(blocks)]
    if not any(reads_either_way(text) for text in dated):
        return blocks  # no date to read either way: the page's order changes nothing
    order = date_order(dated)
    printed = printed_days(text for text in dated if not is_undated(text))
    if order is None and not printed:
        return blocks
    changes = {
        position: text
        for position, block in enumerate(blocks)
        if (text := in_order(block.text, order, printed)) != block.text
    }
    return retexted(blocks, changes)


def retexted(blocks: Sequence[Block], changes: dict[int, str]) -> Sequence[Block]:
    """The blocks with the new texts ``changes`` gives by position, or the very same
    ``blocks`` when it gives none (most pages: no pass copies them for nothing).

    >>> from pagetidy.model import Block
    >>> [b.text for b in retexted([Block(0, "a"), Block(1, "b")], {1: "c"})]
    ['a', 'c']
    """
    if not changes:
        return blocks
    return tuple(
        replace(block, text=changes[position]) if position in changes else block
        for position, block in enumerate(blocks)
    )


def labelled(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks, a bare date given the cue of the label block just before it.

    Pages print a date's label in a block of its own (``<dt>Published</dt><dd>March 3,
    2025</dd>``, a heading ``Last updated`` over the date, a forum's ``Joined`` over a
    member's date): a block of at most
    :data:`MAX_LABEL_WORDS` words, no digit, that is all a published or updated cue,
    up to :data:`LABEL_REACH` blocks above a block that holds only a date.

    >>> from pagetidy.model import Block
    >>> [b.text for b in labelled([Block(0, "Published"), Block(1, "July 8, 2025")])]
    ['Published', 'Published: July 8, 2025']
    >>> [b.text for b in labelled([Block(0, "Our team"), Block(1, "July 8, 2025")])]
    ['Our team', 'July 8, 2025']
    """
    changes: dict[int, str] = {}
    for position in year_positions(blocks):  # no year, no date: most blocks
        text = blocks[position].text
        if len(text) > MAX_LABEL_CHARS or not shown_dates(text) or leftover_words(text):
            continue
        for before in blocks[max(0, position - LABEL_REACH) : position][::-1]:
            if word_count(before.text) > MAX_LABEL_WORDS or any(c.isdigit() for c in before.text):
                break
            if is_label(before.text):
                changes[position] = f"{before.text.rstrip(' :')}: {text}"
                break
    return retexted(blocks, changes)


def is_label(text: str) -> bool:
    """Is the text only a published, updated or undated cue (``Published``, ``Zuletzt
    aktualisiert:``, ``Joined``: a member's date, not the page's)?

    >>> is_label("Last updated on"), is_label("Veröffentlicht:"), is_label("Published works")
    (True, True, False)
    >>> is_label("Joined"), is_label("Mitglied seit"), is_label("Joined forces")
    (True, True, False)
    """
    found = contains("published", text) + contains("updated", text) + contains("undated", text)
    cue = {word for phrase in found for word in phrase.split()}
    return bool(found) and all(
        word in cue or word in phrases("dateline") for word in fold(text).split()
    )


def item_stamps(page: Page, owner: dict[int, str]) -> frozenset[int]:
    """HTML: the bare stamps of a listing's items, never the page's date.

    A listing prints one stamp per item, each in the same markup place (the same tag
    under the same parents): :data:`ITEM_STAMPS` or more bare dates in one place, none
    more than :data:`ITEM_GAP` blocks from the next, giving as many different days,
    that go back in time somewhere (a thread's posts never do). A stamp that says what
    it dates (``Published ...``) is left to the callers' rules. In a dump, the place is
    the line's layout (indent and bullet), and only stamps without a time (a thread's
    posts give their times, and quote older posts) nor a cued author (``by Ann Lee``:
    the page's own meta line under its headline, in the layout of a list above) count.
    """
    places: dict[tuple[object, ...], list[tuple[int, str]]] = {}
    for block in with_year(page.blocks):
        if (
            is_stamp(block, owner.get(block.index))
            and line_rank(block.text) > 0
            and (date := stamp_date(block.text))
        ):
            hints = block.hints
            if page.mode == "html":
                place: tuple[object, ...] = (hints.tag, hints.path)
            elif "T" in date.iso or ((names := line_names(block.text)) and names[1]):
                continue  # a post's stamp (its time), or the page's own (its author named)
            else:
                place = (hints.indent, hints.bullet)
            places.setdefault(place, []).append((block.index, date.iso))
    items: set[int] = set()
    for stamps in places.values():
        for run in _runs(stamps, ITEM_GAP):
            days = {iso[:10] for _, iso in run}
            if len(days) >= ITEM_STAMPS and thread_start([iso for _, iso in run]) is None:
                items.update(index for index, _ in run)
    return frozenset(items)


def _runs(stamps: Sequence[tuple[int, str]], gap: int) -> Iterator[Sequence[tuple[int, str]]]:
    """The stamps split where more than ``gap`` blocks part two of them."""
    start = 0
    for position in range(1, len(stamps) + 1):
        if position == len(stamps) or stamps[position][0] - stamps[position - 1][0] > gap:
            yield stamps[start:position]
            start = position


def _only_date(blocks: Sequence[Block], owner: dict[int, str], kept: Sequence[Block]) -> str | None:
    """A dump whose headline window shows no stamp: the page's date when all its stamps
    (not "updated") give one day and the first bare one (a date alone, or beside its
    author's name) stands by the article, before most of its text (not a masthead's
    date of the day, not a footer's)."""
    days: dict[str, str] = {}
    bare: list[int] = []
    for position, block in enumerate(blocks):
        if is_stamp(block, owner.get(block.index)) and line_rank(block.text) < UPDATED_RANK:
            date = stamp_date(block.text)
            if date:
                days.setdefault(date.iso[:10], date.iso)
                if len(leftover_words(block.text)) <= MAX_BARE_LEFTOVER or line_names(block.text):
                    bare.append(position)
    if len(days) != 1 or not bare:
        return None
    indices = {block.index for block in kept}
    near = [at for at, block in enumerate(blocks) if block.index in indices]
    if not near or min(abs(at - bare[0]) for at in near) > NEAR_ARTICLE:
        return None
    total = sum(len(block.text) for block in kept)
    after = sum(len(block.text) for block in kept if block.index > blocks[bare[0]].index)
    return next(iter(days.values())) if after >= total * ONLY_DATE_SHARE else None


def first_post(blocks: Sequence[Block], owner: dict[int, str]) -> str | None:
    """A thread's date: the stamp of its post ``#1``, when a post ``#2`` is stamped too.

    A number alone on its line (a dump splits a post's header) takes the stamp beside
    it: a "published" one, else the one above, else the one below; a ``#1`` under a
    reply's subject (``Re: ...``) numbers the first reply, and the rule gives nothing.

    >>> from pagetidy.model import Block
    >>> posts = ["#1 · Jan 3, 2024", "Hi all", "#2 · Jan 5, 2024", "Jan 3, 2024, 09:03 #1"]
    >>> first_post([Block(at, text) for at, text in enumerate(posts[:3])], {})
    '2024-01-03'
    >>> first_post([Block(0, "Ranked #1 on May 2, 2024"), Block(1, "Hi")], {}) is None
    True
    >>> alone = ["Mar 2, 2024", "#1", "Hi", "Mar 4, 2024", "#2"]
    >>> first_post([Block(at, text) for at, text in enumerate(alone)], {})
    '2024-03-02'
    >>> bold = ["Old 30th March 2025, 16:26 | #**1** | Link", "Hi", "Old 31st March 2025 | #**2**"]
    >>> first_post([Block(at, text) for at, text in enumerate(bold)], {})
    '2025-03-30T16:26'
    >>> reply = ["Re: Hi", "#1", "Mar 4, 2024", "Yes", "#2", "Mar 5, 2024"]
    >>> first_post([Block(at, text) for at, text in enumerate(reply)], {}) is None
    True
    """
    numbered: dict[str, str] = {}
    for position, block in enumerate(blocks):
        match = POST_NUMBER.search(block.text) if "#" in block.text else None
        if match is None or match.group(2) in numbered:
            continue
        if block.text.strip() != match.group():
            beside = [block]
        elif position and REPLY_SUBJECT.match(blocks[position - 1].text):
            return None  # a reply numbered #1: the thread's own post has no number
        else:  # the number alone: its stamp is beside it, a "published" one first
            near = blocks[max(0, position - 1) : position + 2 : 2]
            beside = sorted(near, key=lambda stamp: line_rank(stamp.text) != 0)
        for stamp in beside:
            if is_stamp(stamp, owner.get(stamp.index)) and (date := stamp_date(stamp.text)):
                numbered[match.group(2)] = date.iso
                break
            # a post's header that goes on with its edit note or its text (a dump's line)
            after = stamp.text[match.end() :] if stamp is block else stamp.text
            if date := opening_date(after):
                numbered[match.group(2)] = date.iso
                break
    return numbered.get("1") if "2" in numbered else None


def _time_near(page: Page, title_index: int) -> str | None:
    """The ``<time datetime>`` nearest below the headline (else just above it), in HTML."""
    times = []
    for index, stamp in time_stamps(page):
        offset = index - title_index
        if -ABOVE_TITLE <= offset <= BELOW_TITLE:
            dates = find_dates(stamp)
            if dates:
                times.append((offset < 0, abs(offset), dates[0].iso))
    if len({iso[:10] for _, _, iso in times}) > 1:
        return thread_start([iso for _, _, iso in times])  # a thread, or a listing
    return min(times)[2] if times else None


def time_stamps(page: Page) -> Iterator[tuple[int, str]]:
    """The block index and ``datetime`` of each ``<time>`` the HTML reader kept (meta
    ``time``: ``"<block index> <datetime>"``).

    >>> page = Page("-", "html", (), (("time", "4 2024-01-03T11:23"), ("title", "Hi")))
    >>> list(time_stamps(page))
    [(4, '2024-01-03T11:23')]
    """
    for name, value in page.meta:
        if name == "time":
            index, _, stamp = value.partition(" ")
            if index.isdigit():
                yield int(index), stamp


def _main_heading(blocks: Sequence[Block], kept: Sequence[Block]) -> int | None:
    """HTML whose headline was not found: the ``<h1>`` nearest the article's start."""
    start = kept[0].index if kept else 0
    headings = [block.index for block in blocks if block.hints.tag == "h1"]
    return min(headings, key=lambda index: abs(index - start)) if headings else None


def _many_dates(blocks: Sequence[Block], owner: dict[int, str]) -> bool:
    """Does the page print stamps with many different dates (a listing's items)?"""
    dates = {
        found[0].iso[:10]
        for block in with_year(blocks)
        if is_stamp(block, owner.get(block.index)) and (found := shown_dates(block.text))
    }
    return len(dates) >= MANY_DATES


def _named_stamp(text: str, owner: str | None) -> bool:
    """HTML without a headline block (a listing, a shop): only a stamp that says what it
    dates (``Published ...``) or whose author it names counts; bare dates are items'."""
    return owner == "byline" or stamp_rank(text) == 0


def _headline_stamp(
    blocks: Sequence[Block],
    title_index: int,
    owner: dict[int, str],
    reach: int,
    edge: int,
    items: frozenset[int],
) -> tuple[str, int] | None:
    """The best stamp by the headline (:func:`_best_stamp`). A headline printed more than
    :data:`MAX_HEAD_COPIES` times is also a listing's repeated line (an image's text on
    each related story's teaser, above its own date): the stamp of its own window wins
    unless a copy's ranks higher (a "published" one against an "updated" one)."""
    found = _best_stamp(_headline_window(blocks, title_index), owner, reach, edge, items)
    title = next(block.text for block in blocks if block.index == title_index)
    if found and sum(block.text == title for block in blocks) > MAX_HEAD_COPIES:
        main = _title_window(blocks, title_index, copies=False)
        own = _best_stamp(main, owner, reach, edge, items)
        if own and own[1] <= found[1]:
            return own
    return found


def _headline_window(blocks: Sequence[Block], title_index: int) -> list[tuple[int, Block]]:
    """Blocks near the headline; near its other copies, only the ones not "updated" (a
    copy in the navigation stands next to the page's footer notes)."""
    main = _title_window(blocks, title_index, copies=False)
    seen = {block.index for _, block in main}
    return main + [
        (offset, block)
        for offset, block in _title_window(blocks, title_index)
        if block.index not in seen and line_rank(block.text) < UPDATED_RANK
    ]


def _title_window(
    blocks: Sequence[Block],
    title_index: int,
    above: int = ABOVE_TITLE,
    below: int = BELOW_TITLE,
    copies: bool = True,
) -> list[tuple[int, Block]]:
    """Blocks around the headline, and around its other copies (a dump often prints it
    twice), with their offset from the nearest copy (negative: above it)."""
    at = place_of(blocks, title_index)
    title = blocks[at].text
    places = [pos for pos, block in enumerate(blocks) if block.text == title] if copies else [at]
    nearest: dict[int, int] = {}
    for position in places:
        for pos in range(max(0, position - above), min(len(blocks), position + below + 1)):
            offset = pos - position
            if pos not in places and (pos not in nearest or abs(offset) < abs(nearest[pos])):
                nearest[pos] = offset
    return [(offset, blocks[pos]) for pos, offset in sorted(nearest.items())]


def _far_published(blocks: Sequence[Block], title_index: int, owner: dict[int, str]) -> str | None:
    """A "published" stamp further from the headline (``asked Feb 4, 2014``, a footer's
    ``Published: ...``), when the page's published stamps all give one date."""
    window = _title_window(blocks, title_index, FAR_ABOVE, FAR_BELOW)
    cued = [
        (offset < 0, abs(offset), block)
        for offset, block in window
        if is_stamp(block, owner.get(block.index)) and line_rank(block.text) == 0
    ]
    days = {
        found.iso[:10]
        for block in with_year(blocks)
        if is_stamp(block, owner.get(block.index))
        and line_rank(block.text) == 0
        and (found := stamp_date(block.text))
    }
    if not cued or len(days) != 1:
        return None
    date = stamp_date(min(cued, key=lambda stamp: stamp[:2])[2].text)
    return date.iso if date else None


def _best_stamp(
    window: Sequence[tuple[int, Block]],
    owner: dict[int, str],
    reach: int = BELOW_TITLE,
    edge: int = 0,
    skip: frozenset[int] = frozenset(),
) -> tuple[str, int] | None:
    """The stamp of the window that ranks first, and its rank; one not "published"
    counts only within ``reach`` blocks. Up to ``edge`` blocks under the headline, a
    date opening or closing a longer line (:func:`edge_date`) counts too, and with an
    ``edge`` (a dump), a stamp that close below or right above the headline beats one
    further off (a date line in the article's text, an event's date)."""
    stamps = []
    for offset, block in window:
        if block.index in skip:
            continue
        tier = bool(edge) and not -1 <= offset <= edge
        if is_stamp(block, owner.get(block.index)):
            if (rank := line_rank(block.text)) == 0 or abs(offset) <= reach:
                date = stamp_date(block.text)
                stamps.append((rank, tier, offset < 0, abs(offset), block.index, date))
        elif 0 < offset <= edge and (
            date := edge_date(block.text) or lead_date(block.text) or segment_date(block.text)
        ):
            cue = stamp_rank(block.text[: date.start])
            stamps.append((cue, tier, False, offset, block.index, date))
        elif edge and 0 < offset <= reach and (date := cued_close(block.text)):
            stamps.append((0, tier, False, offset, block.index, date))
        elif edge and -EDGE_ABOVE <= offset < 0 and (date := edge_date(block.text)):
            cue = stamp_rank(block.text[: date.start])
            stamps.append((cue, tier, True, -offset, block.index, date))
    if not stamps:
        return None
    best = min(stamps, key=lambda stamp: stamp[:5])
    return (best[5].iso, best[0]) if best[5] else None


def posts_start(
    page: Page, drops: Sequence[Drop], kept: Sequence[Block], title_index: int | None
) -> str | None:
    """HTML: the first post's date of a thread below the headline, else None.

    A thread's posts print their stamps in one markup place (the same tag under the same
    parents), :data:`THREAD_POSTS` or more of them, and their days never go back; a
    listing's entries go back in time, and a sidebar's stand far below the article. A
    ``<time datetime>`` whose text is no date (``7 years ago``) is a stamp too.
    """
    if page.mode != "html" or title_index is None:
        return None
    owner = {drop.index: drop.filter for drop in drops}
    text = {block.index for block in kept}
    places: dict[tuple[str, tuple[str, ...]], list[tuple[int, str]]] = {}
    headers: list[tuple[tuple[str, tuple[str, ...]], int, str]] = []
    for block in with_year(page.blocks):  # a stamp or a header holds a date
        if block.index <= title_index:
            continue
        if block.index in text:  # a kept line is the article's own (a schedule, a timeline)...
            if opening := opening_date(block.text):  # ...or a post's header kept as text
                place = (block.hints.tag, block.hints.path[-POST_PARENTS:])
                headers.append((place, block.index, opening.iso))
            continue
        if not is_stamp(block, owner.get(block.index)):
            continue
        found = _cued_date(block.text)
        if found and found[1] < UPDATED_RANK:
            place = (block.hints.tag, block.hints.path[-POST_PARENTS:])
            places.setdefault(place, []).append((block.index, found[0].iso))
    for place, index, iso in headers:  # only where dropped stamps stand in that place
        if place in places:
            places[place].append((index, iso))
            places[place].sort()
    stamped = {index for stamps in places.values() for index, _ in stamps}
    by_index = {block.index: block for block in page.blocks}
    for index, stamp in time_stamps(page):  # a post's <time datetime> whose text is no date
        if index in stamped:
            continue
        holder = by_index.get(index)
        dates = find_dates(stamp)
        if holder is None or index <= title_index or index in text or not dates:
            continue
        stamped.add(index)
        place = ("time", (holder.hints.tag, *holder.hints.path[-POST_PARENTS:]))
        places.setdefault(place, []).append((index, dates[0].iso))
    last = max(kept[-1].index + POSTS_AFTER_ARTICLE if kept else 0, title_index + BELOW_TITLE)
    starts = []
    for stamps in places.values():
        posts = _first_run(stamps)
        if len(posts) < THREAD_POSTS or posts[0][0] > last:
            continue
        if thread_start([iso for _, iso in posts]) is not None:
            starts.append(posts[0])
    return min(starts)[1] if starts else None


def opening_date(text: str) -> FoundDate | None:
    """The date a line opens with (only published or date words before it), when it is
    not a copyright or an "updated" line: a post's header line that goes on with its
    edit note or its text.

    >>> opening_date("2024-03-02, 09:14 PM (This post was last modified: 2024-05-01)").iso
    '2024-03-02'
    >>> opening_date("Am 3. März 2024 schrieb Anna: hallo").iso
    '2024-03-03'
    >>> opening_date("We met on March 3, 2024 in Oslo") is None
    True
    """
    dates = line_dates(text)
    if not dates or not opens_with(text, dates[0]):
        return None
    return None if stamp_rank(text[: dates[0].start]) == UPDATED_RANK else dates[0]


def _first_run(stamps: Sequence[tuple[int, str]]) -> Sequence[tuple[int, str]]:
    """The stamps before the first gap of more than :data:`POST_GAP` blocks: a thread's
    posts, not a list of other threads' last posts further down."""
    for position in range(1, len(stamps)):
        if stamps[position][0] - stamps[position - 1][0] > POST_GAP:
            return stamps[:position]
    return stamps


def published_of(
    page: Page, drops: Sequence[Drop], kept: Sequence[Block], title_index: int | None = None
) -> str | None:
    """The publication date: the markup's, else the stamp nearest the headline, else None.

    A forum thread's opening post (markup) dates the page; a thread's first post
    (:func:`posts_start`) dates it when no earlier date is found.

    The page's own plain date printed by its headline, not an updated one, beats the
    markup when it is more than :data:`SHOWN_GAP_DAYS` away (the markup's date is the
    record's, rewritten when the page was moved or saved again), or when the markup's
    published and modified dates are one day (a page saved once more). Not on a thread,
    whose headline stands by its last post's date.
    """
    posts = posts_start(page, drops, kept, title_index)
    if page.mode == "html" and (post := _markup_date(page, POST_KEYS)):
        timed = _time_near(page, title_index) if title_index is not None else None
        local = [shown for shown in (timed, posts) if shown and same_moment(post, shown)]
        return local[0] if local else post
    markup = markup_published(page)
    if markup is None:
        found = text_published(page, drops, kept, title_index)
    else:
        found = _markup_or_shown(page, drops, kept, title_index, markup, posts is None)
    if posts and (found is None or posts[:10] < found[:10]):
        return posts
    return found


def _markup_or_shown(
    page: Page,
    drops: Sequence[Drop],
    kept: Sequence[Block],
    title_index: int | None,
    markup: str,
    far_too: bool,
) -> str:
    """The markup's date, or the plain date printed by the headline (:func:`published_of`)."""
    shown = shown_stamp(page, drops, kept, title_index)
    if not shown or shown[0][:10] == markup[:10]:
        return markup
    if shown[1] >= UPDATED_RANK:
        later = shown[0][:10] > markup[:10]
        return shown[0] if far_too and later and template_only(page, markup) else markup
    modified = _markup_date(page, MODIFIED_KEYS)
    if modified and modified[:10] == shown[0][:10] and publisher_dated(page, markup):
        return markup  # the update printed without its cue; the publisher names the day
    if far_too and days_apart(shown[0], markup) > SHOWN_GAP_DAYS:
        return shown[0]
    return shown[0] if modified is not None and modified[:10] == markup[:10] else markup


def same_moment(first: str, second: str) -> bool:
    """Are two ISO date-times the same minute on clocks of two time zones (a forum's
    markup in UTC, its page printing the reader's time)? Their minutes (and seconds,
    when both give them) agree and they lie at most a day apart.

    >>> same_moment("2025-12-18T23:25:38+00:00", "2025-12-19T04:25:38+05:00")
    True
    >>> same_moment("2026-02-15T03:05:48", "2026-02-14T21:05")
    True
    >>> same_moment("2026-02-15T03:05", "2026-02-14T21:07"), same_moment("2026-02-15", "2026-02-14")
    (False, False)
    """
    if len(first) < 16 or len(second) < 16 or days_apart(first, second) > 1:
        return False
    seconds = first[16:19], second[16:19]
    both = all(part.startswith(":") for part in seconds)
    return first[14:16] == second[14:16] and (not both or seconds[0] == seconds[1])


def days_apart(first: str, second: str) -> int:
    """Days between two ISO dates (their day parts).

    >>> days_apart("2025-03-01T23:00", "2025-03-03"), days_apart("2024-12-31", "2025-01-01")
    (2, 1)
    """
    return abs((dt.date.fromisoformat(first[:10]) - dt.date.fromisoformat(second[:10])).days)
