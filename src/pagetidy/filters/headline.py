"""Copies of the headline: the ``<title>`` line, the masthead copy, the copy above the body.

The headline itself is found first (:func:`find_headline`): in text mode it is the
heading-shaped line that appears more than once near the top of the page, or the
heading-shaped line just before the first paragraph; in HTML, the markup's headline.
The filter then drops every block that is the headline, alone or with a site name
appended (``Headline | Site``). Kept: a paragraph that quotes the headline inside a
sentence. Dropped: ``Headline - Site Name`` (reason ``headline_copy``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.model import Block, Drop
from pagetidy.prose import is_prose
from pagetidy.signals import (
    ALNUM,
    digit_share,
    ends_sentence,
    fold,
    holding,
    more_words,
    text_cache,
    word_count,
)

SITE_SEPARATOR: Final = re.compile(r"(?:(?<!\s)|(?=\S))\s+(?:[|–—\-:·•»]|::)\s+")
"""``Headline | Site``; the guard in front (never start inside a whitespace run) keeps it linear."""
SITE_CHAR: Final = re.compile(r"[|–—\-:·•»]")
"""A character every ``SITE_SEPARATOR`` holds: a cheap test before splitting."""
HEADLINE_COPY: Final = "headline_copy"
TOP_SHARE: Final = 0.5
"""Only the first half of the page (or the first TOP_MIN blocks) is searched."""
TOP_MIN: Final = 80
LOOK_BACK: Final = 8
"""Blocks before the first paragraph searched for a headline that is not repeated."""
DIGIT_LIMIT: Final = 0.15
MIN_WORDS: Final = 3
MAX_WORDS: Final = 40
HEADLINE_CACHE: Final = 64
"""Headlines whose folded words are remembered (one or two per page)."""


def heading_shaped(text: str) -> bool:
    """Could this line be a headline (a few words, not a run of sentences)?

    >>> heading_shaped("Kim says ties reached 'full bloom'"), heading_shaped("Home")
    (True, False)
    """
    # (``more_words``: a paragraph's words are counted only up to the first past the limit)
    return (
        more_words(text, MIN_WORDS - 1)
        and not more_words(text, MAX_WORDS)
        and text.count(". ") < 2
    )


@text_cache
def site_split(text: str) -> tuple[str, str] | None:
    """Split ``Headline | Site`` into its two parts (the longer part is the headline).

    A pure function: a bounded cache of its answers (the filter and the title search split
    the same lines) changes no result.

    >>> site_split("Kim writes to Putin | Korea Daily")
    ('Kim writes to Putin', 'Korea Daily')
    """
    if SITE_CHAR.search(text) is None:
        return None  # no separator character, so no split
    parts = SITE_SEPARATOR.split(text)
    if len(parts) < 2:
        return None
    head, site = " - ".join(parts[:-1]), parts[-1]
    if word_count(site) > word_count(head):  # "Site | Headline"
        head, site = parts[-1], " - ".join(parts[:-1])
    return (head, site) if word_count(site) <= 5 else None


def _title_score(block: Block, body_indent: int) -> float:
    """How much a heading-shaped line before the first paragraph looks like the headline."""
    score = 0.0
    if block.hints.tag in ("h1", "h2"):
        score += 3 if block.hints.tag == "h1" else 2
    if block.hints.indent < body_indent:
        score += 2  # lynx prints headings to the left of the body text
    if digit_share(block.text) > DIGIT_LIMIT:
        score -= 2
    return score


def find_headline(blocks: Sequence[Block]) -> str | None:
    """The page's headline in text mode (``blocks`` are those the earlier filters kept).

    First choice: a heading-shaped line that appears twice above the first paragraph
    (the title bar and the page heading). Else the best heading-shaped line among the few
    just before the first paragraph of prose: a Markdown or outdented heading, few digits.
    """
    start = next((pos for pos, block in enumerate(blocks) if is_prose(block)), None)
    top = blocks[: max(TOP_MIN, int(len(blocks) * TOP_SHARE)) if start is None else start]
    seen: dict[str, Block] = {}
    for block in top:
        if not heading_shaped(block.text):
            continue
        keys = [fold(block.text)]
        if split := site_split(block.text):
            keys.append(fold(split[0]))
        for key in keys:
            if key in seen and key:
                first = seen[key]
                return first.text if fold(first.text) == key else block.text
            seen.setdefault(key, block)
    if start is None:
        return None
    body_indent = blocks[start].hints.indent
    candidates = [
        (_title_score(block, body_indent), -distance, block.text)
        for distance, block in enumerate(reversed(blocks[max(0, start - LOOK_BACK) : start]))
        if heading_shaped(block.text) and not ends_sentence(block.text)
    ]
    return max(candidates)[2] if candidates else None


def headline_text(copies: Sequence[str]) -> str | None:
    """The headline from the copies the filter dropped: the shortest, site name removed.

    >>> headline_text(["Kim writes to Putin | Korea Daily", "Kim writes to Putin"])
    'Kim writes to Putin'
    """
    if not copies:
        return None
    shortest = min(copies, key=len)
    split = site_split(shortest)
    return split[0] if split and shortest not in copies[1:] and len(copies) == 1 else shortest


@lru_cache(maxsize=HEADLINE_CACHE)
def _headline_words(headline: str) -> tuple[str, tuple[str, ...]]:
    """A headline's folded key and its words (``is_copy`` asks for them of every block)."""
    key = fold(headline)
    return key, tuple(key.split())


def is_copy(text: str, headline: str) -> bool:
    """Is ``text`` the headline, alone or with a site name attached?

    >>> is_copy("Kim writes to Putin - Korea Daily", "Kim writes to Putin")
    True
    """
    key, words = _headline_words(headline)
    if text.isascii():  # ASCII folds to its own lower-cased words: the headline's must be in it
        lowered = text.lower()
        for word in words:
            if word not in lowered:
                return False
    if fold(text) == key:
        return True
    split = site_split(text)
    return split is not None and fold(split[0]) == key


@dataclass(frozen=True, slots=True)
class Headline:
    """Drop every copy of the headline (it is printed once, as the title line)."""

    name: ClassVar[str] = "headline"

    def judge(self, view: PageView) -> Iterator[Drop]:
        blocks = view.blocks
        title = view.title or find_headline(blocks)
        if not title:
            return
        # a copy folds to the headline (or to its part before a site name): it holds the
        # headline's longest run of ASCII letters and digits, found for all blocks in C
        parts = ALNUM.findall(_headline_words(title)[0])
        texts = [block.text for block in blocks]
        held = holding(texts, [max(parts, key=len)]) if parts else range(len(blocks))
        for position in sorted(held):
            if is_copy(texts[position], title):
                block = blocks[position]
                yield Drop(block.index, self.name, HEADLINE_COPY, "a copy of the headline")
