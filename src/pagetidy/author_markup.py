"""Authors the markup names: JSON-LD, ``<meta name=author>`` and the author element.

A markup value counts when it names someone: not a URL, a placeholder such as ``admin``
(``lexicon/unnamed.txt``) or, unless nothing else is given, the site itself.
"""

from __future__ import annotations

import html
import re
from typing import Final

from pagetidy.author_names import line_names, names_only
from pagetidy.lexicon import phrases
from pagetidy.model import Page
from pagetidy.signals import fold

AUTHOR_TOKENS: Final = frozenset(("author", "byline", "authorname", "author-name", "byline-name"))
"""HTML class and id tokens of the element that prints the byline."""
NOT_BYLINE_TOKENS: Final = frozenset(("comment", "comments", "related", "reply", "footer"))
"""...unless it sits in a comment, a related list or the footer."""
SUBHEADINGS: Final = frozenset(("h2", "h3", "h4"))
MARKED_NEAR_TITLE: Final = 12
"""Blocks under the headline in which the first of several marked authors counts."""
SITE_KEYS: Final = ("og:site_name", "ld:publisher")


def site_names(page: Page) -> set[str]:
    """The folded names the page gives itself (``og:site_name``, the publisher)."""
    return {fold(value) for name, value in page.meta if name in SITE_KEYS and value.strip()}


def clean_author(value: str, sites: set[str]) -> str | None:
    """A markup author value, or None when it names nobody (URL, site name, placeholder).

    >>> clean_author("By Jane Doe, Harbour Times", {"harbour times"})
    'Jane Doe'
    >>> clean_author("https://example.com/u/jd", set()), clean_author("admin", set())
    (None, None)
    """
    text = html.unescape(value).strip()
    text = re.sub(r"^(?:by|von|por|par)\s+", "", text, flags=re.IGNORECASE).strip()
    parts = [part.strip() for part in re.split(r"\s*,\s*|\s+[|–—-]\s+", text)]
    parts = [part for part in parts if part and fold(part) not in sites]
    text = ", ".join(parts).strip(" ,;:-")
    folded = fold(text)
    if not folded or folded in phrases("unnamed") or folded in sites:
        return None
    if any(mark in text for mark in ("://", "@", "www.", "{", ":", ".com", ".net", ".org")):
        return None
    if " " not in text and text.islower():
        return None  # a login name or slug (kffjdoe, jane-doe)
    return text


def markup_byline(page: Page) -> str | None:
    """The authors the markup names: JSON-LD's, else ``meta name=author``."""
    sites = site_names(page)
    for key in ("ld:author", "author"):
        names = [
            cleaned
            for name, value in page.meta
            if name == key and (cleaned := clean_author(value, sites))
        ]
        if names:
            return ", ".join(dict.fromkeys(names))
    return None


def marked_byline(page: Page, title_index: int | None) -> str | None:
    """The names in the element marked as the author (``class="author"``), if any.

    A page that marks several different authors is a list of teasers or a thread:
    its first one counts only when it stands right under the headline, with no other
    heading (a teaser's) in between.
    """
    sites = site_names(page)
    cues = phrases("bylines")
    found: list[tuple[int, str]] = []
    for position, block in enumerate(page.blocks):
        tokens = block.hints.tokens
        if not tokens & AUTHOR_TOKENS or tokens & NOT_BYLINE_TOKENS:
            continue
        text = block.text
        if fold(text) in cues and position + 1 < len(page.blocks):
            text = page.blocks[position + 1].text  # ``By`` / ``Jane Doe``
        line = line_names(text)
        names = line[0] if line else names_only(text)
        if names and fold(names) not in sites and fold(names) not in phrases("unnamed"):
            found.append((block.index, names))
    distinct = list(dict.fromkeys(names for _, names in found))
    if not distinct:
        return None
    if len(distinct) <= 2:
        return distinct[0]
    first = found[0][0]
    if title_index is None or not 0 < first - title_index <= MARKED_NEAR_TITLE:
        return None
    between = (block.hints.tag for block in page.blocks if title_index < block.index < first)
    return None if any(tag in SUBHEADINGS for tag in between) else found[0][1]
