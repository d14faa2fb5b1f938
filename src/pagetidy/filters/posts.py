"""A forum thread's post chrome (the short lines every post repeats) and copies of a line
(HTML threads, product and collection pages).

A thread prints the same few words on each of its posts: ``Reply``, ``Quote``, ``Report``,
``Posts: 710``, ``Joined: Mar 2016``, ``Upvote 0 Downvote``. On a page whose markup names a
thread (``pagetidy.pagekind``), a short line (``MAX_WORDS`` words at most, or
``MAX_HEADER_WORDS`` and no sentence: ``Re: Printer on the network``) whose shape (its
digits alike, case aside) ``MIN_REPEATS`` or more of the kept lines share is such chrome.
Posts are longer than that, and a thread seldom holds the same short answer three times.
A line of ``MIN_COPY_WORDS`` or more that an earlier kept line holds word for word is a copy:
a reply quoting a post (the post itself stays), a post the page prints twice.

Measured (2026-11-27): wcxb-dev forums 0.7845 to 0.7895 (precision 0.736 to 0.745, recall
0.841 to 0.840; with the threads the HTML reader finds by their dated posts), all pages 0.8530
to 0.8533; articles and ScrapingHub unchanged (no thread). Copies (2026-11-27): forums 0.7895
to 0.8050 (precision 0.745 to 0.782, recall 0.840 to 0.829), all pages 0.8533 to 0.8545; on
every kind of page they would cost ScrapingHub 0.0014 and documentation 0.004. Subject lines
(``MAX_HEADER_WORDS``, 2026-11-27): forums 0.8092 to 0.8100, all pages unchanged (0.8551).
Copies on product and collection pages too (a description printed in a tab and again, a
review shown twice; ``COPY_KINDS``, 2026-11-27): products 0.592 to 0.602, collections 0.629
to 0.631, all pages 0.8590 to 0.8596; articles and ScrapingHub unchanged.

A text dump has no markup: there, a page is a thread when ``MIN_POST_HEADS`` or more of its
who-and-when lines (``pagetidy.filters.thread.meta_line``: ``Jan 3, 2024 at 4:47 pm``,
``2 days ago``) each lead into prose, its posts (``text_thread``). Measured (2026-11-28,
lynx dumps): wcxb-dev forums 0.704 to 0.718, all pages 0.790 to 0.791; articles,
services and documentation level, listings 0.547 to 0.545 (3 lines: the same; 6: forums
0.717; on every text page: forums 0.721 but articles 0.902, listings 0.531).
Not when one dated piece is an article among short dated teasers (``dominant_post``: a news
story of ``ARTICLE_WORDS`` prose words or more, ``DOMINANCE`` times any other piece, with
``32M ago`` teasers after it; dropping their lines ran the article's span on into them).
Measured on the three text styles (2026-11-28, lynx / inscriptis / html2text): ScrapingHub
level in each (without the guard inscriptis 0.9237 to 0.9229, html2text 0.9110 to 0.9108;
with ``DOMINANCE`` 3: html2text 0.9107), wcxb-dev all 0.7911 / 0.7966 / 0.7867 to 0.7922 /
0.7975 / 0.7882, forums 0.704 / 0.715 / 0.697 to 0.718 / 0.726 / 0.710, articles level,
listings -0.002 / -0.002 / +0.003, other types within 0.0005 (collections up).

Kept: ``Thanks, that fixed it!`` once in a thread; ``Reply`` on an article's page.
Dropped: ``Posts: 710`` and ``Posts: 1,206`` under each poster's name (reason ``post_repeat``),
a quoted post's text in the reply under it (``post_copy``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.filters.thread import meta_line, post_heads
from pagetidy.model import Drop
from pagetidy.signals import ends_sentence, word_count

POST_REPEAT: Final = "post_repeat"
POST_COPY: Final = "post_copy"
MIN_COPY_WORDS: Final = 8
"""A line of this many words or more that an earlier kept line already holds word for word is
a copy (a reply quoting a post, a post the page prints twice)."""
MAX_WORDS: Final = 4
"""A post's chrome line is this short (``Join Date: Mar 2016``)..."""
MAX_HEADER_WORDS: Final = 12
"""...or this short, when it is no sentence (a reply's subject, ``Re: Printer on the home
network``)..."""
MIN_REPEATS: Final = 3
"""...and the thread's kept lines hold its shape this many times or more."""
COPY_KINDS: Final = frozenset({"forum", "product", "collection"})
"""Pages whose copies of a line go: a thread's quoted posts, a shop's description or review
printed twice (on articles and documentation a repeated sentence is more often the text's own:
ScrapingHub -0.0014, documentation -0.004)."""
DIGITS: Final = re.compile(r"\d+(?:[.,]\d+)*")
MIN_POST_HEADS: Final = 4
"""Who-and-when lines leading into prose that make a text dump a thread (``text_thread``)."""
ARTICLE_WORDS: Final = 400
"""A dated piece this long..."""
DOMINANCE: Final = 2.5
"""...with this many times the prose of any other dated piece is an article with dated
teasers after it, not a thread's first post (``dominant_post``)."""


def post_sizes(flags: Sequence[bool], words: Sequence[int], heads: Sequence[int]) -> list[int]:
    """The prose words under each post head (``heads``: positions of meta lines,
    ``flags``), up to the next meta line.

    >>> post_sizes([1, 0, 0, 1, 0, 1, 0], [0, 30, 12, 0, 8, 0, 5], [0, 3, 5])
    [42, 8, 5]
    """
    marks = [position for position, flag in enumerate(flags) if flag] + [len(flags)]
    return [sum(words[head + 1 : marks[bisect_right(marks, head)]]) for head in heads]


def dominant_post(sizes: Sequence[int]) -> bool:
    """Does one dated piece hold an article (``ARTICLE_WORDS`` or more) with ``DOMINANCE``
    times the prose of every other: a news story under its date line among short dated
    teasers, not a thread (whose first post may be long, but whose replies are posts too)?

    >>> dominant_post([30, 520, 40, 25]), dominant_post([30, 520, 240, 25])
    (True, False)
    """
    ordered = [*sorted(sizes, reverse=True), 0, 0]
    return ordered[0] >= ARTICLE_WORDS and ordered[0] >= DOMINANCE * ordered[1]


def text_thread(view: PageView, min_heads: int = MIN_POST_HEADS) -> bool:
    """Is this text page a thread: do ``min_heads`` or more of its who-and-when lines
    (:func:`pagetidy.filters.thread.meta_line`) each lead into prose (a post), with no
    dated article among them much larger than the rest (``dominant_post``)?"""
    flags = [meta_line(block.text) for block in view.blocks]
    if sum(flags) < min_heads:
        return False
    words = [view.prose_words(block) for block in view.blocks]
    heads = post_heads(flags, words, len(words))
    if len(heads) < min_heads:
        return False
    return not dominant_post(post_sizes(flags, words, heads))


def line_shape(text: str) -> str:
    """A line with its numbers alike and its case folded: the posts' copies share it.

    >>> line_shape("Posts: 1,206") == line_shape("posts: 71")
    True
    """
    return DIGITS.sub("0", text.strip().casefold())


@dataclass(frozen=True, slots=True)
class Posts:
    """Drop a thread's repeated post lines (``Reply``, ``Posts: 710``) and quoted copies."""

    name: ClassVar[str] = "posts"
    max_words: int = MAX_WORDS
    max_header_words: int = MAX_HEADER_WORDS
    min_repeats: int = MIN_REPEATS
    min_copy_words: int = MIN_COPY_WORDS

    def judge(self, view: PageView) -> Iterator[Drop]:
        kind = view.page_kind()
        if kind == "unknown" and view.page.mode == "text" and text_thread(view):
            kind = "forum"
        if kind not in COPY_KINDS:
            return
        thread = kind == "forum"
        short = [thread and self.is_short(block.text) for block in view.blocks]
        shapes = Counter(
            line_shape(block.text) for block, brief in zip(view.blocks, short, strict=True) if brief
        )
        seen: set[str] = set()
        for block, brief in zip(view.blocks, short, strict=True):
            if brief:
                repeats = shapes[line_shape(block.text)]
                if repeats >= self.min_repeats:
                    yield Drop(block.index, self.name, POST_REPEAT, f"on {repeats} of the posts")
            elif word_count(block.text) >= self.min_copy_words:
                if block.text in seen:
                    yield Drop(block.index, self.name, POST_COPY, "a copy of an earlier line")
                seen.add(block.text)

    def is_short(self, text: str) -> bool:
        """A line as short as a post's chrome: ``max_words``, or ``MAX_HEADER_WORDS`` and no
        sentence."""
        count = word_count(text)
        return count <= self.max_words or (
            count <= self.max_header_words and not ends_sentence(text)
        )
