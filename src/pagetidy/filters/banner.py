"""Cookie, consent and newsletter banners, with their buttons.

Signals: two or more banner phrases (``lexicon/banner.txt``: cookies, consent, accept
all, newsletter, Datenschutz, 쿠키...) in a block, then short button-like neighbours
(``Accept all``, ``Manage preferences``) that hold a banner or prompt phrase. A cookie box
goes whole: the blocks within ``box_reach`` of a banner that hold a banner phrase
themselves (``Necessary cookies are essential ...``, one cookie's description), and
the blocks next to those, chained, each at most ``box_words`` long.
Kept: ``Bake the cookies for twelve minutes.`` Dropped: ``We use cookies to improve your
experience.`` (reason ``consent_banner``), ``Analytics cookies help us count visits.``
right under it (reason ``banner_box``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.lexicon import contains, folded_words, may_hold
from pagetidy.model import Drop
from pagetidy.signals import ends_sentence, word_count

CONSENT_BANNER: Final = "consent_banner"
BANNER_BUTTON: Final = "banner_button"
BANNER_BOX: Final = "banner_box"


def block_words(text: str, limit: int) -> int:
    """``word_count(text)``; an ASCII text the phrase lists will fold anyway (it is too short
    to hold more than ``limit`` words, or folded already) has as many words as its folded
    words: counted from them (one regex pass, not two), remembered.

    >>> block_words("We use cookies.", 80), block_words("북한의 김정은 위원장은", 80)
    (3, 5)
    """
    known = word_count.get(text)
    if known is not None:
        return known
    # ASCII: case changes no word's bounds; a word ends before a non-word character, so a
    # text holds (len + 1) // 2 words at most
    if text.isascii() and (len(text) < 2 * limit or text in folded_words):
        count = len(folded_words(text)[1])
        word_count.remember(text, count)
        return count
    return word_count(text)


@dataclass(frozen=True, slots=True)
class Banner:
    """Drop cookie, consent and newsletter banners and their buttons."""

    name: ClassVar[str] = "banner"
    max_words: int = 80
    button_words: int = 5
    box_words: int = 150
    """Most words of a block in a cookie box (a banner with three phrases may be this long)."""
    box_reach: int = 2
    """Blocks on each side of a banner (or of a block of its box) that may join the box."""

    def is_banner(self, text: str) -> bool:
        """Two banner phrases in a short line, or three in a sentence-shaped block."""
        return self.banner_of(text, word_count(text), len(set(contains("banner", text))))

    def banner_of(self, text: str, words: int, found: int) -> bool:
        """:meth:`is_banner` of a text with ``words`` words and ``found`` banner phrases."""
        if found >= 3:
            return words <= max(self.max_words, self.box_words)
        if words > self.max_words:
            return False
        return found >= 2 and (words <= self.button_words or not ends_sentence(text))

    def box(self, hits: list[bool], found: list[int], words: Mapping[int, int]) -> set[int]:
        """Positions of the blocks that join a banner's box: each holds a banner phrase,
        is at most ``box_words`` long, and lies within ``box_reach`` of the box (``words``:
        those of the blocks holding a phrase at least)."""
        members = {position for position, hit in enumerate(hits) if hit}
        pending = list(members)
        while pending:
            position = pending.pop()
            low, high = max(0, position - self.box_reach), position + self.box_reach + 1
            for other in range(low, min(len(hits), high)):
                if other not in members and found[other] and words[other] <= self.box_words:
                    members.add(other)
                    pending.append(other)
        return members

    def judge(self, view: PageView) -> Iterator[Drop]:
        blocks = view.blocks
        limit = max(self.max_words, self.box_words)  # a longer block is no banner, box or button
        # only a block that may hold a banner phrase is folded and counted: no other can be
        # a banner or join a box (``banner_of`` needs two phrases, ``box`` one)
        words: dict[int, int] = {}
        found = [0] * len(blocks)
        for position in may_hold("banner", [block.text for block in blocks]):
            text = blocks[position].text
            words[position] = count = block_words(text, limit)
            if count <= limit:
                found[position] = len(set(contains("banner", text)))
        if not any(found):
            return  # no banner phrase on the page: nothing to drop
        hits = [
            phrases >= 2 and self.banner_of(block.text, words[position], phrases)
            for position, (block, phrases) in enumerate(zip(blocks, found, strict=True))
        ]
        box = self.box(hits, found, words) if any(hits) else set()
        for position, block in enumerate(blocks):
            if hits[position]:
                yield Drop(block.index, self.name, CONSENT_BANNER, "banner phrases")
                continue
            near = hits[max(0, position - 2) : position] + hits[position + 1 : position + 3]
            if (
                any(near)
                and block_words(block.text, limit) <= self.button_words
                and (found[position] or contains("prompt", block.text))
            ):
                yield Drop(block.index, self.name, BANNER_BUTTON, "a button beside a banner")
            elif position in box:
                yield Drop(block.index, self.name, BANNER_BOX, "in a banner's box")
