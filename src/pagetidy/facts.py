"""Read the facts of a page: title, site name, section, date, byline, tags, captions.

Facts are read, not filtered: most come from what the filters dropped (the breadcrumb
gives the section, the tag line the tags, the date line the date) and, in HTML, from
the page's markup (``Page.meta``). A fact the page does not give is None or empty.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from html import unescape
from typing import Final

from pagetidy.authors import find_byline
from pagetidy.filters.breadcrumb import is_arrow_trail, split_breadcrumb
from pagetidy.filters.byline import looks_like_names
from pagetidy.filters.headline import HEADLINE_COPY, headline_text, is_copy, site_split
from pagetidy.filters.label import CREDITED_CAPTION
from pagetidy.filters.repeat import CAPTION_REPEAT, repeat_key
from pagetidy.filters.tagline import tag_cue
from pagetidy.lexicon import phrases
from pagetidy.model import Block, Drop, Facts, Page, place_of
from pagetidy.published import published_of
from pagetidy.signals import cjk_chars, fold, word_count
from pagetidy.titles import find_title_block

MASTHEAD_TOP: Final = 15
"""The masthead (site name line) is looked for among the first blocks of the page."""
MASTHEAD_OWNERS: Final = frozenset(("span", "context", "boilerplate"))
"""Filters that may have dropped the masthead line (it is not chrome of another kind)."""
MAX_NAME_WORDS: Final = 5
MAX_CJK_NAME: Final = 12
TAG_SEPARATOR: Final = re.compile(r"\s*(?:[,;|·•/#]|\s{2,})\s*")
MAX_TAG_WORDS: Final = 4
MAX_H1: Final = 3
PARAPHRASE_OVERLAP: Final = 0.5
"""An ``h1`` sharing this much of its words with the markup title (word F1) says the same
headline in other words: the page shows the ``h1``, so it is the headline."""
"""The first ``h1`` elements tried as the headline (later ones are rarely it)."""


def block_at(page: Page, index: int) -> Block:
    """The page's block numbered ``index``: found at that position, where the readers
    put it (blocks are numbered in page order), else searched for.

    >>> page = Page("-", "text", (Block(0, "Hi"), Block(1, "Bye")))
    >>> block_at(page, 1).text, block_at(Page("-", "text", (Block(1, "Bye"),)), 1).text
    ('Bye', 'Bye')
    """
    return page.blocks[place_of(page.blocks, index)]


def meta_values(page: Page, *keys: str) -> list[str]:
    """Values of the markup facts named ``keys``, in the order of ``keys``, non-empty."""
    return [
        value.strip() for key in keys for name, value in page.meta if name == key and value.strip()
    ]


def markup_headline(page: Page) -> str | None:
    """The headline the markup gives (HTML), without a site name appended.

    An ``h1`` that another markup title repeats (``og:title``, ``<title>``, JSON-LD
    ``headline``, site name aside) is the headline; otherwise the first of those, in
    that order, with the site name cut off. An ``h1`` that is only the site's name
    (``og:site_name``, the JSON-LD publisher, the name a markup title ends with: a logo
    heading) is never the headline.
    Character references left in the values (``&amp;``, ``&#8217;``) are decoded.

    >>> page = Page("-", "html", (), (("og:title", "Harbour Times"), ("h1", "Bridge closes"),
    ...     ("title", "Bridge closes | Harbour Times")))
    >>> markup_headline(page)
    'Bridge closes'
    """
    sites = {fold(value) for value in meta_text(page, "og:site_name", "ld:publisher")}
    others = meta_text(page, "ld:headline", "og:title", "title")
    sites |= {site for other in others if (site := trailing_site(other))}
    headings = [heading for heading in meta_text(page, "h1") if fold(heading) not in sites]
    for heading in headings[:MAX_H1]:
        folded = fold(heading)
        for other in others:
            split = site_split(other)
            if folded and (fold(split[0] if split else other) == folded or folded in fold(other)):
                return without_site(heading, sites)
    first = meta_text(page, "ld:headline", "og:title") + headings[:1] + meta_text(page, "title")
    for value in first[:1]:
        split = site_split(value)
        head = split[0] if split else value
        if headings and word_overlap(headings[0], head) >= PARAPHRASE_OVERLAP:
            return without_site(headings[0], sites)  # the same headline, as the page shows it
        return head
    return None


def word_overlap(first: str, second: str) -> float:
    """F1 of the two texts' folded word multisets (1.0: the same words).

    >>> round(word_overlap("Ten ways to bake bread", "Ten easy ways to bake bread at home"), 2)
    0.77
    """
    one, two = Counter(fold(first).split()), Counter(fold(second).split())
    shared = sum((one & two).values())
    return 2 * shared / (sum(one.values()) + sum(two.values())) if shared else 0.0


def trailing_site(text: str) -> str | None:
    """The folded site name a title ends with (``Headline | Site``), or None.

    >>> trailing_site("Bridge closes | Harbour Times"), trailing_site("Pricing | Acme Cloud Inc")
    ('harbour times', None)
    """
    split = site_split(text)
    if split is None or not (site := fold(split[1])) or not fold(text).endswith(site):
        return None
    return site


def without_site(text: str, sites: set[str]) -> str:
    """``text`` without a trailing ``| Site`` that names the page's own site.

    ``sites`` are folded site names (``og:site_name``, the JSON-LD publisher); a name also
    matches its domain or its longer form (``Harbour`` for ``harbour.com``, ``Harbour Times``).

    >>> without_site("Bridge closes | Harbour", {"harbour.com"})
    'Bridge closes'
    >>> without_site("Puente cerrado - Guía completa", {"el faro"})
    'Puente cerrado - Guía completa'
    """
    split = site_split(text)
    if not split or not fold(text).endswith(site := fold(split[1])) or not site:
        return text
    if any(name == site or name.startswith((site + ".", site + " ")) for name in sites):
        return split[0]
    return text


def meta_text(page: Page, *keys: str) -> list[str]:
    """:func:`meta_values` with character references decoded (``&#038;`` is ``&``)."""
    return [unescape(value) if "&" in value else value for value in meta_values(page, *keys)]


def headline_of(
    page: Page, drops: Sequence[Drop], kept: Sequence[Block]
) -> tuple[str | None, int | None]:
    """The headline and the index of its block: the markup's, else the best-scored line.

    The markup's headline stands at its ``h1`` copy when it has one (a "most read" box
    above the article may print it first), else at its first copy.
    """
    if title := markup_headline(page):
        first = None
        for block in page.blocks:
            if is_copy(block.text, title):
                if block.hints.tag == "h1":
                    return title, block.index
                if first is None:
                    first = block.index
        return title, first
    found = find_title_block(page.blocks, drops, kept[0].index if kept else -1)
    if found:
        return found[1], found[0].index
    copies = [block_at(page, drop.index).text for drop in drops if drop.reason == HEADLINE_COPY]
    return headline_text(copies), None


def name_shaped(text: str) -> bool:
    """Could this line be a site's name (a few capitalised words, or a short CJK name)?

    >>> name_shaped("El Faro del Sur"), name_shaped("Skip to content"), name_shaped("みなと新報")
    (True, False, True)
    """
    if any(char.isdigit() for char in text) or text.rstrip().endswith((".", ":", "?", "!")):
        return False
    if cjk_chars(text):
        return " " not in text.strip() and len(text.strip()) <= MAX_CJK_NAME
    return 1 <= word_count(text) <= MAX_NAME_WORDS and looks_like_names(text)


def site_name_of(page: Page, drops: Sequence[Drop], title: str | None) -> str | None:
    """The site's name: markup, a ``Headline | Site`` line, else the masthead line.

    The masthead is the first name-shaped line near the top of the page that no chrome
    filter claimed (only the span, context or boilerplate filter dropped it).
    """
    for value in meta_values(page, "og:site_name", "ld:publisher"):
        return value
    copies = [block_at(page, drop.index).text for drop in drops if drop.reason == HEADLINE_COPY]
    for copy in copies:
        split = site_split(copy)
        if split and title and fold(split[0]) == fold(title):
            return split[1]
    owner = {drop.index: drop.filter for drop in drops}
    for block in page.blocks[:MASTHEAD_TOP]:
        if (
            owner.get(block.index) in MASTHEAD_OWNERS
            and not block.hints.bullet
            and name_shaped(block.text)
        ):
            return block.text
    return None


def section_of(page: Page, drops: Sequence[Drop]) -> tuple[str, ...]:
    """Breadcrumb segments after the front-page one, or the markup's section."""
    trails = [block_at(page, drop.index).text for drop in drops if drop.filter == "breadcrumb"]
    for text in sorted(trails, key=lambda text: not is_arrow_trail(text))[:1]:
        segments = split_breadcrumb(text) or []
        if segments and fold(segments[0]) in phrases("home"):
            segments = segments[1:]
        return tuple(segments)
    return tuple(meta_values(page, "ld:articleSection", "article:section")[:1])


def split_tags(text: str, article: str) -> tuple[str, ...]:
    """Tags from a tag line: by separators, else by phrases that occur in the article.

    >>> split_tags("tags Ann Lee Kim Jong-un Russia", "Ann Lee met Kim Jong-un in Russia.")
    ('Ann Lee', 'Kim Jong-un', 'Russia')
    """
    cue = tag_cue(text) or ""
    rest = text.lstrip()[len(cue) :].strip(" :：-—–|")
    parts = [part for part in TAG_SEPARATOR.split(rest) if part]
    if len(parts) > 1:
        return tuple(dict.fromkeys(parts))
    tokens = rest.split()
    body = f" {fold(article)} "
    tags, position = [], 0
    while position < len(tokens):
        for size in range(min(MAX_TAG_WORDS, len(tokens) - position), 0, -1):
            phrase = " ".join(tokens[position : position + size])
            if size == 1 or f" {fold(phrase)} " in body:
                tags.append(phrase)
                position += size
                break
    return tuple(dict.fromkeys(tags))


def tags_of(page: Page, drops: Sequence[Drop], kept: Sequence[Block]) -> tuple[str, ...]:
    """Tags from the dropped tag line, else from the markup's keywords."""
    for drop in drops:
        if drop.filter == "tagline":
            article = " ".join(block.text for block in kept)
            return split_tags(block_at(page, drop.index).text, article)
    values = meta_values(page, "article:tag")
    if not values:
        values = [
            part
            for value in meta_values(page, "ld:keywords", "keywords")[:1]
            for part in value.split(",")
        ]
    return tuple(dict.fromkeys(value.strip() for value in values if value.strip()))


def caption_indices_of(page: Page, drops: Sequence[Drop], kept: Sequence[Block]) -> frozenset[int]:
    """Kept blocks that are captions: first copies of captions printed twice (the second
    copy dropped as a repeat or as a caption with a credit), figcaptions."""
    repeated = {
        repeat_key(block_at(page, drop.index).text)
        for drop in drops
        if drop.reason in (CAPTION_REPEAT, CREDITED_CAPTION)
    }
    return frozenset(
        block.index
        for block in kept
        if block.hints.tag == "figcaption" or (repeated and repeat_key(block.text) in repeated)
    )


def language_of(page: Page) -> str | None:
    """The page's own language tag (``<html lang>``), when it gives one."""
    values = meta_values(page, "html_lang")
    return values[0].split("-")[0].lower() if values else None


def read_facts(
    page: Page, kept: Sequence[Block], drops: Sequence[Drop]
) -> tuple[Facts, frozenset[int]]:
    """All facts of a cleaned page, and the indices of the kept blocks that are captions."""
    title, title_index = headline_of(page, drops, kept)
    captions = caption_indices_of(page, drops, kept)
    facts = Facts(
        title=title,
        site_name=site_name_of(page, drops, title),
        section=section_of(page, drops),
        published=published_of(page, drops, kept, title_index),
        byline=find_byline(page, drops, kept, title_index),
        tags=tags_of(page, drops, kept),
        captions=tuple(block.text for block in kept if block.index in captions),
        language=language_of(page),
    )
    return facts, captions
