"""Authors the markup names: JSON-LD, ``<meta name=author>`` and the author element.

A markup value counts when it names someone: not a URL, a placeholder such as ``admin``
(``lexicon/unnamed.txt``) or, unless nothing else is given, the site itself.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Collection, Sequence
from typing import Final

from pagetidy.author_names import line_names, names_only
from pagetidy.lexicon import phrases
from pagetidy.model import Block, Page
from pagetidy.signals import fold

AUTHOR_TOKENS: Final = frozenset(("author", "byline", "authorname", "author-name", "byline-name"))
"""HTML class and id tokens of the element that prints the byline."""
NOT_BYLINE_TOKENS: Final = frozenset(("comment", "comments", "related", "reply", "footer"))
"""...unless it sits in a comment, a related list or the footer."""
SUBHEADINGS: Final = frozenset(("h2", "h3", "h4"))
MARKED_NEAR_TITLE: Final = 12
"""Blocks under the headline in which the first of several marked authors counts."""
SITE_KEYS: Final = ("og:site_name", "ld:publisher")
MARKUP_KEYS: Final = ("ld:author", "author", "article:author", "ld:page_author")
"""Markup author keys (``read.html``), most trusted first: JSON-LD's article, ``<meta>``'s,
the web page's JSON-LD author."""
LOGIN: Final = re.compile(r"[^\W_][\w.\-]{1,28}[^\W_.\-]")
"""A one-word author must look like a login (``TatyanaBol``, ``noah_b``, ``woodfan42``)..."""
SLUG: Final = re.compile(r"[a-z]-[a-z]|[a-z]\d+[a-z]+\d")
"""...and not a URL slug or a machine id."""
NAME_GAP: Final = re.compile(
    r"\s*[,;&]?\s*(?:(?:and|und|y|e|et|og|en|i|ve|och|ja|és|и|및)\s+)?", re.IGNORECASE
)
"""What stands between two names the page prints as one byline: a comma, ``&``, ``and``..."""


def site_names(page: Page) -> set[str]:
    """The folded names the page gives itself (``og:site_name``, the publisher)."""
    return {fold(value) for name, value in page.meta if name in SITE_KEYS and value.strip()}


def clean_author(value: str, sites: Collection[str] = ()) -> str | None:
    """A markup author value, or None when it names nobody (URL, site name, placeholder).

    Parts (split at commas, dashes and bars) that are the site's own name go.

    >>> clean_author("By Jane Doe, Harbour Times", {"harbour times"})
    'Jane Doe'
    >>> clean_author("jdoe42"), clean_author("jane-doe"), clean_author("u7fk2x9q")
    ('jdoe42', None, None)
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
    if " " not in text and (not LOGIN.fullmatch(text) or SLUG.search(text)):
        return None  # a URL slug (``jane-doe``) or a machine id (``u7fk2x9q``), not a login
    return text


def markup_names(page: Page, keys: Sequence[str] = MARKUP_KEYS) -> list[str]:
    """The authors the first of ``keys`` that names someone gives, in the markup's order."""
    sites = site_names(page)
    for key in keys:
        names = [
            cleaned
            for name, value in page.meta
            if name == key and (cleaned := clean_author(value, sites))
        ]
        if names:
            return list(dict.fromkeys(names))
    return []


def markup_byline(page: Page) -> str | None:
    """The authors the markup names: JSON-LD's, else ``meta name=author``..., joined."""
    names = markup_names(page)
    return as_printed(names, page.blocks) if names else None


def site_author(page: Page) -> str | None:
    """The markup's author when it is the site's own name (a company blog signs as itself)."""
    sites = site_names(page)
    for key in MARKUP_KEYS:
        for name, value in page.meta:
            if name == key and (cleaned := clean_author(value)) and fold(cleaned) in sites:
                return cleaned
    return None


def _without_site(text: str, page: Page) -> str:
    """``Jane Doe Harbour Times`` without the site's name after the person's."""
    for name, value in page.meta:
        site = value.strip()
        if name in SITE_KEYS and site and text.casefold().endswith(" " + site.casefold()):
            return text[: -len(site)].rstrip(" ,|-–—")
    return text


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
        text = _without_site(text, page)
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


def as_printed(names: Sequence[str], blocks: Sequence[Block]) -> str:
    """Several markup authors joined as the page prints them (``A, B and C``), else by commas.

    >>> as_printed(["Ana Ruiz", "Tom Roe"], [Block(0, "By Ana Ruiz and Tom Roe | May 2")])
    'Ana Ruiz and Tom Roe'
    >>> as_printed(["Ana Ruiz", "Tom Roe"], [Block(0, "Ana Ruiz wrote this with help")])
    'Ana Ruiz, Tom Roe'
    """
    joined = ", ".join(names)
    if len(names) < 2:
        return joined
    for block in blocks:
        text = block.text
        starts = [text.find(name) for name in names]
        if min(starts) < 0:
            continue
        order = sorted(zip(starts, names, strict=True))
        gaps = [
            text[start + len(name) : after]
            for (start, name), (after, _) in itertools.pairwise(order)
        ]
        if all(NAME_GAP.fullmatch(gap) for gap in gaps):
            return text[order[0][0] : order[-1][0] + len(order[-1][1])]
    return joined
