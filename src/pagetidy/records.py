"""A run of alike records on a text page: a listing's, a shop's or a thread's main content.

A product grid, a list of books or posts, a search result page: each item prints the same
few lines (a name, a price, a rating; a title, a date, a summary), so the same line shapes
come back at a regular step. Signal: a short line that holds a number or a currency sign
(``$12.99``, ``4.35 avg rating``, ``Mar 7``, ``12,50 €``, ``Posts: 710``) is an anchor; its
shape is its words, numbers and currency signs as classes (``Mar 7`` and ``Apr 12`` are
alike). An anchor shape that comes back ``MIN_RECORDS`` times or more, at a step of 2 to
``MAX_STEP`` lines that mostly holds (``REGULAR``), marks a run of records; anchors whose
runs overlap make one run, which reaches back to where its first record starts (the lines
each record prints before its first anchor, the name above a price). No phrase is read:
the shapes and their repetition decide, in any language.

The run is the page's main content only when it is sizable (``MIN_SHARE`` of the page's
words, ``MIN_WORDS`` at least) and the page holds no article beside it: no run of prose
paragraphs side by side of ``ARTICLE_WORDS`` or more outside the records. A news page's
teaser list after a long article is chrome, and stays cut.
A run whose words are mostly in sentences (prose, or lines that end like one) is a thread:
only those lines, its posts, are kept; the posters' lines around them are left to the filters.
Measured with ``boilerplate`` and ``span`` keeping the records (2026-11-27, F1 on
lynx / inscriptis / html2text): wcxb-dev all 0.7818 / 0.7878 / 0.7791 to 0.7888 / 0.7946 /
0.7852 (listings 0.501 to 0.553 in lynx, collections 0.503 to 0.548, forums and products
level), articles 0.9021 / 0.9046 / 0.8972 to 0.9029 / 0.9053 / 0.8980; ScrapingHub lynx
0.898 to 0.895 alone (P 0.857 to 0.847: two short articles lost to an archive widget and a
headline list taken as records; span's thin tail cut and ``TABLE_SHARE`` below mend both).
Not records: a table of figures, where nearly every line between the first and the last
anchor holds a number (``TABLE_SHARE``: an archive's months with their post counts under a
short article; measured 2026-11-27 with the boundary cuts, lynx: ScrapingHub 0.917 to 0.920,
wcxb-dev all 0.7903 to 0.7904, at 0.8 wcxb-dev 0.7897, listings -0.011).
Known false positives: a long table of alike rows that is chrome (a store's opening hours
over many days); an archive of dated links with no article on the page.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from statistics import median
from typing import Final

from pagetidy.model import Block
from pagetidy.signals import densest_run, ends_sentence, word_count

MAX_WORDS: Final = 16
"""An anchor line is this short (a price, a date, a rating with its count)."""
MIN_RECORDS: Final = 3
"""An anchor shape comes back this many times or more."""
MAX_STEP: Final = 16
"""Lines from one anchor to the next of its shape: one record's length, at most."""
REGULAR: Final = 0.6
"""Share of the steps within ``STEP_SLACK`` of their median: the records are alike."""
STEP_SLACK: Final = 0.5
MIN_SHARE: Final = 0.2
"""Share of the page's words the run holds, at least, to be its main content."""
MIN_WORDS: Final = 40
ARTICLE_WORDS: Final = 250
"""Prose words in the densest run of prose outside the records (short lines between its
paragraphs cost ``1 + GAP_COST`` per word, as in ``span``): this many, the page is an article."""
GAP_COST: Final = 0.5
POST_WORDS: Final = 100
"""A prose block this long inside the run: its items are posts or paragraphs, not records."""
TABLE_SHARE: Final = 0.9
"""Share of a run's lines holding a number or a currency sign that makes it a table of
figures (an archive's months with their counts, opening hours, results), not records:
a record prints a name or a title beside its figures."""
THREAD_SHARE: Final = 0.5
"""Share of a run's words in prose or sentence-ending lines that makes it a thread: only
those lines (its posts) are kept."""

TOKEN: Final = re.compile(r"\d+(?:[.,:/'’]\d+)*|[^\W\d_]+|\S", re.UNICODE)
ASCII_ANCHOR: Final = re.compile(r"[0-9$]")
"""What an ASCII line needs to have a shape: a digit or ``$`` (its only currency sign)."""


def is_currency(char: str) -> bool:
    """Is the character a currency sign (any currency: $, €, £, ¥, ₹, ₽, ...)?"""
    return unicodedata.category(char) == "Sc"


def anchor_shape(text: str, max_words: int = MAX_WORDS) -> str | None:
    """The shape of a short line holding a number or a currency sign, else None.

    Numbers become ``0``, currency signs ``$``, words ``w``; other signs stay.

    >>> anchor_shape("$12.99") == anchor_shape("$1,299.00")
    True
    >>> anchor_shape("12,50 €") == anchor_shape("3,99 £")
    True
    >>> anchor_shape("Mar 7") == anchor_shape("Apr 12")
    True
    >>> anchor_shape("Free shipping") is None
    True
    """
    if word_count(text) > max_words:
        return None
    if text.isascii() and ASCII_ANCHOR.search(text) is None:
        return None  # no number and no currency sign: found without tokenizing
    parts: list[str] = []
    found = False
    for token in TOKEN.findall(text):
        first = token[0]
        if first.isdigit():
            parts.append("0")
            found = True
        elif first.isalpha():
            parts.append("w")
        elif is_currency(first):
            parts.append("$")
            found = True
        else:
            parts.append(first)
    return " ".join(parts) if found else None


def _chains(places: list[int], max_step: int) -> list[list[int]]:
    """Split sorted positions where the step to the next is over ``max_step``."""
    chains: list[list[int]] = [[places[0]]]
    for place in places[1:]:
        if place - chains[-1][-1] <= max_step:
            chains[-1].append(place)
        else:
            chains.append([place])
    return chains


def _regular(chain: Sequence[int]) -> bool:
    """Do the steps of a chain of anchors mostly hold one length, of 2 lines or more?"""
    steps = [after - before for before, after in itertools.pairwise(chain)]
    usual = median(steps)
    if usual < 2:
        return False
    near = sum(1 for step in steps if abs(step - usual) <= max(1.0, usual * STEP_SLACK))
    return near >= REGULAR * len(steps)


def anchor_shapes(texts: Sequence[str]) -> dict[int, str]:
    """The :func:`anchor_shape` of each of ``texts`` that has one, by position."""
    shapes: dict[int, str] = {}
    for place, text in enumerate(texts):
        shape = anchor_shape(text)
        if shape is not None:
            shapes[place] = shape
    return shapes


def record_runs(
    texts: Sequence[str], shapes: dict[int, str] | None = None
) -> list[tuple[int, int]]:
    """The runs of alike records among the lines ``texts``, as ``(start, end)`` positions
    (``shapes``: their :func:`anchor_shapes`, when worked out already).

    >>> page = ["Menu", "Shop"] + ["Blue kettle", "$24.99", "4.5 (120)"] * 3 + ["Contact"]
    >>> record_runs(page)
    [(2, 12)]
    """
    if shapes is None:
        shapes = anchor_shapes(texts)
    groups: dict[str, list[int]] = defaultdict(list)
    for place, shape in shapes.items():
        groups[shape].append(place)
    spans: list[tuple[int, int, list[int]]] = []
    for places in groups.values():
        if len(places) < MIN_RECORDS:
            continue
        for chain in _chains(places, MAX_STEP):
            if len(chain) >= MIN_RECORDS and _regular(chain):
                spans.append((chain[0], chain[-1] + 1, chain))
    if not spans:
        return []
    spans.sort()
    merged: list[tuple[int, int, list[int]]] = []
    for start, end, chain in spans:
        if merged and start < merged[-1][1]:
            first, last, anchors = merged[-1]
            merged[-1] = (first, max(last, end), anchors + chain)
        else:
            merged.append((start, end, list(chain)))
    runs = []
    for start, end, anchors in merged:
        lead, tail = _ends(anchors, shapes)
        runs.append((max(0, start - lead), min(len(texts), end + tail)))
    return runs


def _ends(anchors: list[int], shapes: dict[int, str]) -> tuple[int, int]:
    """Lines a record prints before its first anchor (a name above its price) and after its
    last (a post below its poster's lines), read on the first two records: the lines
    between the first record's last anchor and the second record's first. They hold the
    one's tail and the other's lead, which shapes cannot part: the run takes as many lines
    before its first anchor, and half as many after its last (measured on the lynx dumps,
    2026-11-27: all of them after it, wcxb-dev collections 0.5475 to 0.5439; none, forums
    0.7018 to 0.7011, as the last post is lost)."""
    ordered = sorted(set(anchors))
    first = shapes[ordered[0]]
    second = next(place for place in ordered[1:] if shapes[place] == first)
    last = max(place for place in ordered if place < second)
    between = second - last - 1
    return between, (between + 1) // 2


def main_records(
    blocks: Sequence[Block],
    words: Sequence[int],
    prose: Sequence[bool],
    min_share: float = MIN_SHARE,
    article_words: int = ARTICLE_WORDS,
    post_words: int = POST_WORDS,
) -> frozenset[int]:
    """Indices of the blocks of the page's main run of records, or none.

    ``words`` and ``prose`` give each block's word count and prose flag. The largest run
    (in words) counts when it holds ``min_share`` of the page's words and the densest run of
    prose outside it holds under ``article_words`` prose words (an article's teaser list
    is no main content).
    """
    texts = [block.text for block in blocks]
    shapes = anchor_shapes(texts)
    runs = record_runs(texts, shapes)
    if not runs:
        return frozenset()
    start, end = max(runs, key=lambda run: sum(words[run[0] : run[1]]))
    inside = sum(words[start:end])
    if inside < MIN_WORDS or inside < min_share * sum(words):
        return frozenset()
    weights = [
        count if flag else -1 - count * GAP_COST
        for count, flag in zip(words[:start], prose[:start], strict=True)
    ]
    article = densest_run(weights)
    if article is not None:
        first, last = article
        held = sum(words[place] for place in range(first, last) if prose[place])
        if held >= article_words:
            return frozenset()
    run = range(start, end)
    figures = [place for place in run if place in shapes]
    if len(figures) >= TABLE_SHARE * (figures[-1] - figures[0] + 1):
        return frozenset()  # a table of figures: every line a number, no names
    if any(prose[place] and words[place] >= post_words for place in run):
        return frozenset()  # its items are posts or an article's paragraphs: prose, not records
    said = [place for place in run if prose[place] or ends_sentence(blocks[place].text)]
    if sum(words[place] for place in said) >= THREAD_SHARE * inside:
        # a thread: its posts are its sentences; the lines around each are the posts' chrome
        return frozenset(blocks[place].index for place in said)
    return frozenset(blocks[place].index for place in run)
