"""The article's span: blocks before or after the densest run of prose are chrome.

Signal: each kept block weighs its word count when it reads as prose and a penalty when
it does not (``1 + words * gap_cost``); the run of blocks with the largest total weight
is the article (a maximum-sum run, linear time). Short lines inside the run (subheads,
list items, captions) stay; everything outside goes. The last blocks of the run go too
when they are a short author or contact line (an e-mail address, a URL or a handle).
Known false positive: a page with two articles of equal size keeps one.
Kept: a list between two paragraphs. Dropped: the site menu above the headline
(reason ``before_article``), the footer (``after_article``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.model import Drop
from pagetidy.signals import word_count

CONTACT: Final = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|(?:^|\s)@\w{2,}")
"""An e-mail address, a URL or a social handle: the mark of an author box or contact line."""
CONTACT_MAX_WORDS: Final = 50
BEFORE_ARTICLE: Final = "before_article"
CONTACT_LINE: Final = "contact_line"
AFTER_ARTICLE: Final = "after_article"


def densest_run(weights: list[float]) -> tuple[int, int] | None:
    """Start and end (exclusive) of the run with the largest sum (Kadane), or None.

    >>> densest_run([-1, 5, -2, 6, -9, 3])
    (1, 4)
    """
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for position, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, position
        total += weight
        if total > best:
            best, best_span = total, (start, position + 1)
    return best_span


def is_contact(text: str) -> bool:
    """Is this a short block that gives an e-mail address, a URL or a handle?

    >>> is_contact("Marcus Bell covers the city. Reach him at mb@courier.example.")
    True
    """
    return word_count(text) <= CONTACT_MAX_WORDS and CONTACT.search(text) is not None


@dataclass(frozen=True, slots=True)
class Span:
    """Drop what lies outside the article: the densest run of prose blocks."""

    name: ClassVar[str] = "span"
    gap_cost: float = 0.5

    def weights(self, view: PageView) -> list[float]:
        result = []
        for block in view.blocks:
            words = view.prose_words(block)
            result.append(float(words) if words else -(1 + word_count(block.text) * self.gap_cost))
        return result

    def judge(self, view: PageView) -> Iterator[Drop]:
        run = densest_run(self.weights(view))
        if run is None:
            return
        start, end = run
        while end - start > 1 and is_contact(view.blocks[end - 1].text):
            end -= 1
            block = view.blocks[end]
            yield Drop(
                block.index, self.name, CONTACT_LINE, "an author or contact line ends the article"
            )
        for block in view.blocks[:start]:
            yield Drop(block.index, self.name, BEFORE_ARTICLE, "before the article's prose")
        for block in view.blocks[end:]:
            yield Drop(block.index, self.name, AFTER_ARTICLE, "after the article's prose")
