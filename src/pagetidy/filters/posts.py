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

Kept: ``Thanks, that fixed it!`` once in a thread; ``Reply`` on an article's page.
Dropped: ``Posts: 710`` and ``Posts: 1,206`` under each poster's name (reason ``post_repeat``),
a quoted post's text in the reply under it (``post_copy``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
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
