"""Comment sections: from a comment heading after the article to the end of the page.

Signals: a short heading (``lexicon/comments.txt``: Comments, 12 Comments, Leave a Reply,
Kommentare, 댓글...) that comes after most of the page's prose; the heading and every
block after it go. Kept: a "Comments" toolbar word near the top (too early on the page).
A Q&A thread prints the same comment heading under every post (``Add a comment``): when one
heading text comes ``min_posts`` times or more, each after ``post_words`` prose words of its
own post, only its last copy may open the comment section (``per_post_start``), so the
answers above it stay. Measured on the text dumps (2026-11-28): wcxb-dev forums
0.7182 / 0.7260 / 0.7103 to 0.7239 / 0.7321 / 0.7163 (lynx / inscriptis / html2text),
all pages +0.0006 each style, no page type lower, ScrapingHub unchanged.
Dropped: ``12 Comments`` after the article (reason ``comment_heading``) and the thread
under it (reason ``comment_thread``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.lexicon import longest, opens, phrases
from pagetidy.model import Drop
from pagetidy.signals import fold, text_cache, word_count

COUNT: Final = re.compile(
    r"^\(?\d+\)?\s+|(?:(?<!\s)|(?=\S))\s+\(?\d+\)?$"
    r"|(?<=\bthoughts)\s+on\b.*$|(?<=\bthought)\s+on\b.*$"
    r"|(?<=\bresponses)\s+to\b.*$|(?<=\bresponse)\s+to\b.*$"
)
"""A comment count, or the ``on``/``to`` tail of ``12 thoughts on "Title"``; the guard in
front (never start inside a whitespace run) keeps it linear."""
COUNT_HINT: Final = re.compile(r"\d|thoughts? on|responses? to")
"""What every match of ``COUNT`` holds: a cheap test before it."""
MAX_HEADING_CHARS: Final = 1000
"""A comment heading is short; longer blocks are not matched at all (cheap on huge blocks)."""
COUNTED_TITLE: Final = re.compile(
    r"\(?\d+\)?\s+(\w+)\s+(?:on|to|zu|über|sur|à|su|a|en|sobre|para|op|bij|på|til|till|до|на)\s+\S",
    re.IGNORECASE,
)
"""A comment count, a word and a preposition before the post's title (``59 Comments on
"Title"``, ``12 Kommentare zu „Titel“``): a heading when the word is a comment word."""
MAX_TITLED_CHARS: Final = 300
"""A counted heading with the title after it is at most this long."""
COMMENT_HEADING: Final = "comment_heading"
COMMENT_THREAD: Final = "comment_thread"


def may_open(text: str, kind: str) -> bool:
    """Could ``text`` fold to a heading of ``kind`` (a phrase list) once a count is dropped?

    An ASCII text folds to its lower-cased words, and ``drop_count`` takes out at most one of
    them (a count) before the first it keeps: such a heading opens with the first or the
    second word. Other texts are not screened (True).

    >>> may_open("12 Comments", "comments"), may_open("The mayor said so", "comments")
    (True, False)
    """
    return not text.isascii() or any(opens(kind, word) for word in fold(text).split(maxsplit=2)[:2])


@text_cache
def comment_heading(text: str) -> bool:
    """Is this line the heading of a comment section?

    >>> comment_heading("12 Comments"), comment_heading("Comments (3)")
    (True, True)
    >>> comment_heading("34 responses to “Lynn: “We won””"), comment_heading("1 thought on “X”")
    (True, True)
    >>> comment_heading("59 Comments on “A Title”"), comment_heading("3 Kommentare zu „Titel“")
    (True, True)
    >>> comment_heading("Comments from the minister surprised many.")
    False
    >>> comment_heading("3 steps to a better garden")
    False
    """
    if len(text) > MAX_HEADING_CHARS:
        return False
    if len(text) <= MAX_TITLED_CHARS and (text[:1].isdigit() or text[:1] == "("):
        titled = COUNTED_TITLE.match(text)
        if titled is not None and fold(titled.group(1)) in phrases("comments"):
            return True
    if text.isascii() and word_count(text) > longest("comments") + 2:
        lowered = text.lower()
        if "thought" not in lowered and "response" not in lowered:
            # Without the on/to tail, ``drop_count`` takes at most a number off each end:
            # more words than the longest heading phrase plus those two cannot fold to one.
            return False
    if not may_open(text, "comments"):
        return False
    folded = fold(drop_count(text.strip()))
    return folded in phrases("comments") or fold(drop_count(fold(text))) in phrases("comments")


def drop_count(text: str) -> str:
    """``COUNT`` taken out of the text; skipped when no part of it can match (no digit and no
    cue word), which leaves the text as it is."""
    if COUNT_HINT.search(text) is None:
        return text
    return COUNT.sub("", text)


def per_post_start(
    headings: Sequence[int], words: Sequence[int], post_words: int, posts: int
) -> int:
    """Where a comment section may start when each post has its own: the last of the
    ``headings`` (positions of comment headings) when at least ``posts`` of them each
    follow ``post_words`` prose words (``words``, per position) of their own post, else 0.

    >>> per_post_start([3, 8, 14], [50, 0, 0, 0, 40, 0, 0, 0, 0, 30, 0, 0, 0, 0, 0], 20, 3)
    14
    >>> per_post_start([3, 4, 14], [50, 0, 0, 0, 0, 40, 0, 0, 0, 30, 0, 0, 0, 0, 0], 20, 3)
    0
    """
    own = 0
    previous = 0
    for heading in headings:
        if sum(words[previous:heading]) >= post_words:
            own += 1
        previous = heading + 1
    return headings[-1] if own >= posts else 0


@dataclass(frozen=True, slots=True)
class Comments:
    """Drop a comment section: its heading, once most of the prose is behind, and all after."""

    name: ClassVar[str] = "comments"
    min_prose_before: float = 0.6
    post_words: int = 20
    """Prose words between two comment headings that make them two posts' (see
    ``per_post_start``)."""
    min_posts: int = 3
    """Comment headings, each after its own post, that make a thread of posts."""

    def judge(self, view: PageView) -> Iterator[Drop]:
        marked = [
            position for position, block in enumerate(view.blocks) if comment_heading(block.text)
        ]
        if not marked:
            return
        weights = [view.prose_words(block) for block in view.blocks]
        total = sum(weights)
        if not total:
            return
        headings: dict[str, list[int]] = {}
        for position in marked:
            headings.setdefault(fold(view.blocks[position].text), []).append(position)
        last = max(
            (
                per_post_start(each, weights, self.post_words, self.min_posts)
                for each in headings.values()
            ),
            default=0,
        )
        headings_at = set(marked)
        seen = 0
        for position, block in enumerate(view.blocks):
            if position < last:
                seen += weights[position]
                continue
            if seen >= self.min_prose_before * total and position in headings_at:
                yield Drop(block.index, self.name, COMMENT_HEADING, f"heading {block.text!r}")
                for later in view.blocks[position + 1 :]:
                    yield Drop(later.index, self.name, COMMENT_THREAD, "under a comment heading")
                return
            seen += weights[position]
