"""Cookie, consent and newsletter banners, with their buttons.

Signals: two or more banner phrases (``lexicon/banner.txt``: cookies, consent, accept
all, newsletter, Datenschutz, 쿠키...) in a block, then short button-like neighbours
(``Accept all``, ``Manage preferences``) that hold a banner or prompt phrase.
Kept: ``Bake the cookies for twelve minutes.`` Dropped: ``We use cookies to improve your
experience.`` (reason ``consent_banner``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.lexicon import contains
from pagetidy.model import Drop
from pagetidy.signals import ends_sentence, word_count

CONSENT_BANNER: Final = "consent_banner"
BANNER_BUTTON: Final = "banner_button"


@dataclass(frozen=True, slots=True)
class Banner:
    """Drop cookie, consent and newsletter banners and their buttons."""

    name: ClassVar[str] = "banner"
    max_words: int = 80
    button_words: int = 5

    def is_banner(self, text: str) -> bool:
        """Two banner phrases in a short line, or three in a sentence-shaped block."""
        words = word_count(text)
        if words > self.max_words:
            return False
        found = len(set(contains("banner", text)))
        return found >= 3 or (
            found >= 2 and (words <= self.button_words or not ends_sentence(text))
        )

    def judge(self, view: PageView) -> Iterator[Drop]:
        hits = [self.is_banner(block.text) for block in view.blocks]
        for position, block in enumerate(view.blocks):
            if hits[position]:
                yield Drop(block.index, self.name, CONSENT_BANNER, "banner phrases")
                continue
            near = hits[max(0, position - 2) : position] + hits[position + 1 : position + 3]
            if (
                any(near)
                and word_count(block.text) <= self.button_words
                and (contains("banner", block.text) or contains("prompt", block.text))
            ):
                yield Drop(block.index, self.name, BANNER_BUTTON, "a button beside a banner")
