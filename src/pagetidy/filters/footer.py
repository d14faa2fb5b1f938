"""Copyright and legal footers, and everything after one that follows the article.

Signals: a short block with a copyright sign (``©``, ``(c) 2025``) or legal words
(``lexicon/legal.txt``: all rights reserved, Impressum, 무단전재, 無断転載...). When such
a line comes after most of the page's prose, the page's footer has begun: it and every
block after it go. Kept: ``The copyright case went to court in May, lawyers said.``
Dropped: ``© 2025 Northfield Review. All rights reserved.`` (reason ``legal_line``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.lexicon import contains
from pagetidy.model import Drop
from pagetidy.signals import ends_sentence, word_count

COPYRIGHT: Final = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\s*\d{4}|\u24d2", re.IGNORECASE)
SHORT_WORDS: Final = 6
"""A line this short with one legal word (``Impressum``, ``Privacy policy``) is a footer link."""
LEGAL_LINE: Final = "legal_line"
AFTER_FOOTER: Final = "after_footer"


def legal_line(text: str, max_words: int = 40) -> bool:
    """Is this a copyright or legal footer line?

    >>> legal_line("© 2025 Northfield Review. All rights reserved.")
    True
    >>> legal_line("The copyright case went to court in May, lawyers said.")
    False
    """
    if word_count(text) > max_words:
        return False
    found = contains("legal", text)
    if len(found) >= 2 or _copyright(text):
        return True
    return bool(found) and word_count(text) <= SHORT_WORDS and not ends_sentence(text)


def _copyright(text: str) -> bool:
    """Does ``COPYRIGHT`` match? ASCII text without ``(c)`` or ``copyright`` (any case)
    cannot match, and is answered without the case-blind search."""
    if text.isascii():
        lowered = text.lower()
        if "(c)" not in lowered and "copyright" not in lowered:
            return False
    return COPYRIGHT.search(text) is not None


@dataclass(frozen=True, slots=True)
class Footer:
    """Drop copyright and legal lines; after the article, cut the page at the first one."""

    name: ClassVar[str] = "footer"
    min_prose_before: float = 0.6
    max_words: int = 40

    def judge(self, view: PageView) -> Iterator[Drop]:
        weights = [view.prose_words(block) for block in view.blocks]
        total, seen = sum(weights), 0
        for position, block in enumerate(view.blocks):
            if legal_line(block.text, self.max_words):
                yield Drop(block.index, self.name, LEGAL_LINE, "copyright or legal words")
                if total and seen >= self.min_prose_before * total:
                    for later in view.blocks[position + 1 :]:
                        yield Drop(later.index, self.name, AFTER_FOOTER, "after the page's footer")
                    return
            seen += weights[position]
