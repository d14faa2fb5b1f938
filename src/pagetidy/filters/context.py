"""Short blocks that chrome surrounds: jusText's context revision, on drops made so far.

Signals: a short block (at most one sentence) whose neighbours on both sides in the page
were dropped as chrome (banners, prompts, toolbars, related lists...) is part of that
chrome: the blurb inside a newsletter box. A heading-shaped line directly above chrome
heads it: ``The Morning Brief`` above a sign-up box. Neighbours dropped as metadata
(headline, date, byline) or as repeats do not count. Kept: a one-line paragraph between
two paragraphs. Dropped: ``Get the news in your inbox.`` between a sign-up heading and
an e-mail field (reason ``between_chrome``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.model import Drop
from pagetidy.signals import ends_sentence, sentence_count, word_count

CHROME_FILTERS: Final = frozenset(
    ("comments", "footer", "breadcrumb", "toolbar", "banner", "prompt", "tagline", "related")
)
"""Filters whose drops are chrome boxes; a block beside them may belong to the box."""
BETWEEN_CHROME: Final = "between_chrome"
HEADS_CHROME: Final = "heads_chrome"


@dataclass(frozen=True, slots=True)
class Context:
    """Drop short blocks wrapped in chrome, and headings that sit right above chrome."""

    name: ClassVar[str] = "context"
    max_words: int = 25
    heading_words: int = 6

    def judge(self, view: PageView) -> Iterator[Drop]:
        kept = {block.index for block in view.blocks}
        total = len(view.page.blocks)

        def chrome(index: int) -> bool:
            return 0 <= index < total and index not in kept and index in view.dropped_by_chrome

        for block in view.blocks:
            text, index = block.text, block.index
            words = word_count(text)
            if words > self.max_words or sentence_count(text) > 1:
                continue
            if chrome(index - 1) and chrome(index + 1):
                yield Drop(index, self.name, BETWEEN_CHROME, "chrome on both sides")
            elif words <= self.heading_words and not ends_sentence(text) and chrome(index + 1):
                yield Drop(index, self.name, HEADS_CHROME, "a heading right above chrome")
