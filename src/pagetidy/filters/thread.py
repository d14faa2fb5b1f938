"""Reader comments after the article, found by their shape rather than by a heading.

Signal: a *meta line* is a short line that gives when or who (a date or clock time, a
relative time such as ``2 days ago``, ``vor 3 Stunden``, ``3시간 전``, or an author line
ending ``says:``/``schreibt:``). Three or more meta lines with little between each (at
most ``max_gap`` blocks) make a thread. The first thread is the comment section when:
an article comes before it (a dense run of prose of ``min_article_words``); little prose
follows it (under ``max_tail_share`` of the article's); and from the thread to the end
there is no more prose than in the article (``max_thread_share``). A comment heading such
as ``34 responses to ...`` just before the thread waives the last two: what follows it is
comments, however long. It goes, with the short chrome lines just
before it and all after it. When two or more meta lines before the thread each lead
into prose, or one does that has the shape of the thread's own meta lines (numbers
blinded: ``#1 · Jan 3`` and ``#2 · Jan 3``), the page is itself a thread (a forum whose
first post is its article) and is left alone.
Three or more dated author lines (``Jane on May 3, 2019 at 4:47 pm said:``, not the
article's ``The mayor said:``) are comments under an article of only ``min_said_article_words``
however long the thread runs; the run starts at the first of them (the article's own date
line just before stays).
A product's customer reviews outweigh its description: under a review heading
(``lexicon/reviews.txt``: ``Customer reviews``, ``18 Reviews``, ``29 reviews for ...``,
``Kundenbewertungen``) at most ``review_reach`` blocks above the run's first meta line (or
above a lone meta line that leads to it), the reviews go from the heading on, with the
rating lines under it, however long they run and whatever dated lines the product shows
above (a forum is still told by its posts' shape). Reviews without dated lines go too
when the heading's rating summary marks them: ``min_metas`` short lines with a number
(``4.7``, ``84%``, ``5 stars 84%``) among the ``rating_reach`` blocks under a review
heading that follows an article of ``min_article_words`` (of ``min_rated_article_words``
when the heading stands in the page's second half: a product's description is short, its
reviews come last); the heading and all after go.
Known false positive: a live blog whose entries carry time stamps after a long intro.
Kept: a forum thread whose first post carries a meta line (the thread starts the page).
Dropped: ``Jane on May 3, 2019 at 4:47 pm said:`` and the comments around it (reason
``comment_run``), the lines that lead into it (``comment_lead``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.dates import find_dates
from pagetidy.filters.base import PageView
from pagetidy.filters.comments import comment_heading, drop_count, may_open
from pagetidy.lexicon import phrases
from pagetidy.model import Block, Drop
from pagetidy.signals import densest_run, fold, text_cache, word_count

COMMENT_RUN: Final = "comment_run"
COMMENT_LEAD: Final = "comment_lead"
DIGITS: Final = re.compile(r"\d+")
ASCII_DIGIT: Final = re.compile(r"[0-9]")
GAP_COST: Final = 0.5
"""Penalty per word of a block that is not prose, as in the article's span."""
META_MAX_WORDS: Final = 14
META_MAX_CHARS: Final = 120
CLOCK: Final = re.compile(r"\b[012]?\d:[0-5]\d\b|\d\s*[時시]\s*\d")
RELATIVE: Final = re.compile(
    r"\b\d+\s*(?:sec|second|min|minute|hour|hr|day|week|month|year)s?\s+ago\b"
    r"|\b(?:vor|hace|há|il y a|fa)\s+\d+\s+\w+"
    r"|\b\d+\s+\w+\s+(?:fa|geleden)\b"
    r"|\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전"
    r"|\d+\s*(?:秒|分钟|分|小时|時間|天|日|周|週間|个月|か月|年)前",
    re.IGNORECASE,
)
"""A relative time: ``2 days ago``, ``vor 3 Stunden``, ``hace 2 días``, ``3시간 전``..."""
REVIEW_TITLE: Final = re.compile(
    r"\(?\d+\)?\s+(\w+)\s+(?:for|of|on|für|zu|pour|sur|de|para|per|su|voor|van|dla|för|for|для|на)\s+\S",
    re.IGNORECASE,
)
"""A review count, a word and a preposition before the product's name (``29 reviews for
Acme Kettle``, ``12 Bewertungen für ...``): a review heading when the word is a review word."""
REVIEW_MAX_CHARS: Final = 200
"""A review heading is short; longer blocks are not matched."""
CURRENCY: Final = re.compile(r"[$\u00a2-\u00a5\u20a0-\u20cf]")
"""A currency sign: a price line, not a rating."""
RATING_WORDS: Final = 8
"""The most words of a rating line (see ``rating_line``)."""
EMBED: Final = re.compile(r"\(@\w+\)|https?://")
"""A handle in brackets or a link: the credit line of a post embedded in the article."""


def says_line(text: str) -> bool:
    """Is this an author line that ends with a verb of saying and a colon?

    >>> says_line("thelastchargersfan says:"), says_line("Max Muster schreibt:")
    (True, True)
    >>> says_line("The minister says the plan will work.")
    False
    """
    stripped = text.rstrip()
    if not stripped.endswith(":"):
        return False
    words = fold(stripped).split()
    return bool(words) and (words[-1] in phrases("says") or " ".join(words[-2:]) in phrases("says"))


@text_cache
def meta_line(text: str) -> bool:
    """Is this the short who-and-when line of a comment (or of a post)?

    >>> meta_line("2 days ago at 07:47 am"), meta_line("Milan on May 12, 2018 at 4:47 pm said:")
    (True, True)
    >>> meta_line("vor 3 Stunden"), meta_line("3시간 전")
    (True, True)
    >>> meta_line("Ana Ruiz (@anaruiz) November 18, 2019")
    False
    >>> meta_line("The vote on March 3, 2019 was close, and the council met again at 4:30 pm.")
    False
    """
    if len(text) > META_MAX_CHARS or word_count(text) > META_MAX_WORDS:
        return False
    if ("(@" in text or "://" in text) and EMBED.search(text):  # what each match holds
        return False
    if says_line(text):
        return True
    if not (ASCII_DIGIT.search(text) if text.isascii() else any(map(str.isdigit, text))):
        return False  # (str.isdigit: in ASCII, exactly 0-9)
    stripped = text.rstrip()
    if stripped.endswith(".") and word_count(text) > 6 and not stripped.endswith("m."):
        return False
    return bool(CLOCK.search(text) or RELATIVE.search(text) or find_dates(text))


def threads(
    flags: Sequence[bool], words: Sequence[int], max_gap: int, max_gap_words: int
) -> list[list[int]]:
    """Runs of meta-line positions: a meta line joins the run before it when at most
    ``max_gap`` blocks or ``max_gap_words`` prose words lie between them.

    >>> threads([1, 0, 1, 0, 0, 0, 0, 1, 0], [0, 5, 0, 50, 50, 50, 0, 0, 0], 2, 100)
    [[0, 2], [7]]
    """
    runs: list[list[int]] = []
    for position, flag in enumerate(flags):
        if not flag:
            continue
        if runs:
            last = runs[-1][-1]
            if position - last <= max_gap or sum(words[last:position]) <= max_gap_words:
                runs[-1].append(position)
                continue
        runs.append([position])
    return runs


@text_cache
def review_heading(text: str) -> bool:
    """Is this line the heading of a product's customer reviews (``lexicon/reviews.txt``),
    with or without a count? (A pure function, asked twice of each line: its answers are
    remembered, see :func:`~pagetidy.signals.text_cache`.)

    >>> review_heading("Customer Reviews"), review_heading("18 Reviews")
    (True, True)
    >>> review_heading("29 reviews for Trail Sandal"), review_heading("Bewertungen (12)")
    (True, True)
    >>> review_heading("Reviews of the new budget are mixed, the minister said.")
    False
    """
    stripped = text.strip()
    if not stripped or len(stripped) > REVIEW_MAX_CHARS:
        return False
    titled = REVIEW_TITLE.match(stripped)
    if titled is not None and fold(titled.group(1)) in phrases("reviews"):
        return True
    if not may_open(stripped, "reviews"):
        return False
    return fold(drop_count(stripped)) in phrases("reviews")


def rating_line(text: str) -> bool:
    """Is this a short line of numbers, as a product's rating summary prints them (``4.7``,
    ``84%``, ``5 star 84%``): half its words or more hold a digit, and no currency sign
    (a price list is no rating)?

    >>> rating_line("84%"), rating_line("5 stars 84%"), rating_line("Great kettle")
    (True, True, False)
    >>> rating_line("$289.85"), rating_line("Battery: 20 hours")
    (False, False)
    """
    found = text.split()
    if not found or len(found) > RATING_WORDS or CURRENCY.search(text):
        return False
    return sum(1 for word in found if ASCII_DIGIT.search(word)) * 2 >= len(found)


def dated_author(text: str) -> bool:
    """Is this an author line with a date or a time, as a comment's head gives them (an
    article's quotes are introduced by ``The mayor said:``, with no date)?

    >>> dated_author("Gary M on September 17, 2018 at 8:50 pm said:")
    True
    >>> dated_author("The mayor said:")
    False
    """
    return says_line(text) and bool(CLOCK.search(text) or RELATIVE.search(text) or find_dates(text))


def signature(text: str) -> str:
    """The shape of a meta line with its numbers blinded: post 1 looks like post 2.

    >>> signature("#1 · Jan 3, 2024") == signature("#12 · Jan 15, 2024")
    True
    """
    return DIGITS.sub("0", text.strip())


def post_heads(flags: Sequence[bool], words: Sequence[int], start: int) -> list[int]:
    """Positions of the meta lines (``flags``) before ``start`` that lead into prose (a
    block with prose ``words``): the heads of a thread's posts.

    >>> post_heads([1, 0, 1, 1, 0, 0], [0, 30, 0, 0, 0, 12], 6)
    [0, 3]
    """
    heads: list[int] = []
    pending: int | None = None
    for position in range(start):
        if flags[position]:
            pending = position
        elif pending is not None and words[position]:
            heads.append(pending)
            pending = None
    return heads


@dataclass(frozen=True, slots=True)
class Thread:
    """Drop a comment thread found by its repeated who-and-when lines, and all after it."""

    name: ClassVar[str] = "thread"
    min_metas: int = 3
    max_gap: int = 10
    max_gap_words: int = 0
    min_article_words: int = 100
    max_lead: int = 8
    max_posts_before: int = 2
    """Meta lines each followed by prose before the run: the page itself is a thread (a
    forum), whose posts are its content, so nothing is cut."""
    max_thread_share: float = 1.0
    """Prose from the run to the end, as a share of the article's, above which the page is
    a thread (a forum under a few lines of notices), not an article under its comments."""
    max_tail_share: float = 0.5
    """Prose after the thread, as a share of the prose before it, above which the run is
    not a comment section but time-stamped items inside the article (embedded posts)."""
    min_said_article_words: int = 30
    """The article a run of ``min_metas`` dated author lines (``dated_author``) may follow:
    such a run is a comment section however short the article and however long the thread."""

    review_reach: int = 20
    """How far before a run of meta lines a review heading (``Customer reviews``, ``18
    Reviews``) may stand: the reviews under it go however long they run (a product page's
    reviews outweigh its description), from the heading on."""

    rating_reach: int = 12
    """How many blocks under a review heading are searched for its rating lines."""

    min_rated_article_words: int = 30
    """The shorter description a rated review section (a review heading over its rating
    lines) may follow when the heading stands in the page's last ``rated_tail_share`` of
    blocks: a product's description is a few sentences and a feature list, and its reviews
    come at the end (a rating summary near the top is the product's header)."""
    rated_tail_share: float = 0.5

    def from_first_author(self, blocks: Sequence[Block], run: list[int]) -> tuple[list[int], bool]:
        """The run from its first dated author line (``Jane on May 3 said:``) and True when
        ``min_metas`` of its meta lines are such lines (the article's own date line, just
        before the comments, is not part of the thread); else the run itself and False."""
        authors = [
            place for place, position in enumerate(run) if dated_author(blocks[position].text)
        ]
        if len(authors) < self.min_metas:
            return run, False
        return run[authors[0] :], True

    def review_start(self, blocks: Sequence[Block], flags: Sequence[bool], first: int) -> int:
        """Where a product's reviews start: the last review heading (``review_heading``)
        among the ``review_reach`` blocks before the run's first meta line ``first``, or
        before an earlier meta line within that reach (a lone review before the run),
        else ``first`` itself."""
        reach = first - self.review_reach
        for position in range(first - 1, -1, -1):
            if position < reach:
                break
            if review_heading(blocks[position].text):
                return position
            if flags[position]:
                reach = position - self.review_reach
        return first

    def article_words(self, blocks: Sequence[Block], words: Sequence[int]) -> float:
        """Weight of the densest run of prose among ``blocks`` (scored as the span does)."""
        weights = [
            float(words[position]) or -(1 + word_count(block.text) * GAP_COST)
            for position, block in enumerate(blocks)
        ]
        run = densest_run(weights)
        return sum(weights[run[0] : run[1]]) if run else 0.0

    def posts_before(self, flags: Sequence[bool], words: Sequence[int], start: int) -> int:
        """Meta lines before ``start`` that prose follows: the posts of a forum thread."""
        return len(post_heads(flags, words, start))

    def tail_words(self, flags: Sequence[bool], words: Sequence[int], last: int) -> int:
        """Prose words after a run that no later meta line introduces (not comments)."""
        total, reach = 0, last + self.max_gap
        for position in range(last + 1, len(words)):
            if flags[position]:
                reach = position + self.max_gap
            elif position > reach:
                total += words[position]
        return total

    def rated_reviews(self, blocks: Sequence[Block], words: Sequence[int]) -> int | None:
        """Where a product's rated reviews start: the first review heading
        (``review_heading``) after an article of ``min_article_words``, with
        ``min_metas`` rating lines (``rating_line``) among the ``rating_reach`` blocks under
        it; None when there is none."""
        for position, block in enumerate(blocks):
            if not review_heading(block.text):
                continue
            under = blocks[position + 1 : position + 1 + self.rating_reach]
            if sum(1 for each in under if rating_line(each.text)) < self.min_metas:
                continue
            article = self.article_words(blocks[:position], words)
            if article >= self.min_article_words:
                return position
            late = position >= len(blocks) * (1 - self.rated_tail_share)
            if late and article >= self.min_rated_article_words:
                return position
        return None

    def judge(self, view: PageView) -> Iterator[Drop]:
        blocks = view.page.blocks
        words = [view.prose_words(block) for block in blocks]
        rated = self.rated_reviews(blocks, words)
        if rated is not None:
            kept = {block.index for block in view.blocks}
            first = blocks[rated].text
            for block in blocks[rated:]:
                if block.index in kept:
                    yield Drop(block.index, self.name, COMMENT_RUN, f"in reviews from {first!r}")
            return
        flags = [meta_line(block.text) for block in blocks]
        if sum(flags) < self.min_metas:
            return
        before = [0]
        for count in words:
            before.append(before[-1] + count)
        for found in threads(flags, words, self.max_gap, self.max_gap_words):
            run, said = self.from_first_author(blocks, found)
            article = self.article_words(blocks[: run[0]], words)
            tail = self.tail_words(flags, words, run[-1])
            if len(run) < self.min_metas:
                continue
            if article < (self.min_said_article_words if said else self.min_article_words):
                continue
            start = self.review_start(blocks, flags, run[0])
            if start != run[0]:
                article = self.article_words(blocks[:start], words)
                if article < self.min_article_words:
                    continue
            headed = start != run[0] or any(
                comment_heading(block.text)
                for block in blocks[max(0, run[0] - self.max_lead) : run[0]]
            )
            if not headed and tail > article * self.max_tail_share:
                continue
            thread = before[-1] - before[run[0]]
            if not (headed or said) and thread > article * self.max_thread_share:
                continue
            heads = post_heads(flags, words, start)
            if len(heads) >= self.max_posts_before and start == run[0]:
                return
            shapes = {signature(blocks[position].text) for position in run}
            if any(signature(blocks[position].text) in shapes for position in heads):
                return
            lead = start
            while start - lead < self.max_lead and lead > 0:
                if words[lead - 1]:
                    break
                lead -= 1
            kept = {block.index for block in view.blocks}
            first = blocks[start].text
            for position in range(lead, len(blocks)):
                index = blocks[position].index
                if index not in kept:
                    continue
                reason = COMMENT_LEAD if position < start else COMMENT_RUN
                yield Drop(index, self.name, reason, f"in a comment thread from {first!r}")
            return
