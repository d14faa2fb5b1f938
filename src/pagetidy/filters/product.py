"""Drop what a product page shows beside its product: reviews, shelves (HTML input only).

Targets the parts of a single-product page (``pagetidy.pagekind``: the markup names one
product) that are not its description or specifications: customer reviews and ratings,
carousels, and shelves of other products under a heading cue (``You may also like``,
``Ähnliche Artikel``, ``lexicon/shelf.txt``). ``markup`` keeps review blocks when they
outweigh the rest of the main text (a forum's posts look the same); on a product page they
are chrome however long.

Signals: the page kind from markup; class/id tokens beyond those every main-content block
shares (as ``markup``), so a page that wraps everything in ``class="reviews-page"`` loses
nothing; a shelf runs from its heading to the next heading of the same or a higher rank,
or to the first block outside the container its heading and first item share. Pages of
other kinds are left alone (on collections a shelf cue lowered F1: 0.5820 to 0.5796).

Known false positives: a product description held in a carousel of feature slides; the
blocks of a shelf whose heading and items share no container, up to the next heading.

Kept: ``<p>`` under ``<div class="product-description">`` on a product page, and any
block under ``class="review"`` on an article (a product review is its text).
Dropped: ``<p>Great kettle!</p>`` under ``<div class="customer-review">`` on a product page
(``product_chrome``), and ``<h2>Similar items</h2>`` with the cards under it
(``product_shelf``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.lexicon import starts_with
from pagetidy.model import Block, Drop
from pagetidy.signals import word_count

PRODUCT_CHROME: Final = "product_chrome"
PRODUCT_SHELF: Final = "product_shelf"

PRODUCT_TOKENS: Final = frozenset({
    "review", "reviews", "rating", "ratings", "carousel",
})  # fmt: skip
"""Class/id tokens of a product page's chrome: its reviews and the carousels of others."""


@dataclass(frozen=True, slots=True)
class Product:
    """Drop a product page's reviews and product carousels (HTML only)."""

    name: ClassVar[str] = "product"
    tokens: frozenset[str] = PRODUCT_TOKENS

    def judge(self, view: PageView) -> Iterator[Drop]:
        page = view.page
        if page.mode != "html" or view.page_kind() != "product":
            return
        main = [block for block in view.blocks if block.hints.in_main]
        if not main:
            return
        common = frozenset.intersection(*(block.hints.tokens for block in main))
        shelf: Shelf | None = None
        for block in view.blocks:
            rank = heading_rank(block)
            if shelf is not None and not shelf.holds(block, rank, common):
                shelf = None
            if shelf is None and rank and (cue := shelf_cue(block.text)) is not None:
                shelf = Shelf(rank, cue, block.hints.tokens)
            if shelf is not None:
                detail = f"under the heading cue {shelf.cue!r}"
                yield Drop(block.index, self.name, PRODUCT_SHELF, detail)
                continue
            found = (block.hints.tokens - common) & self.tokens
            if found:
                token = min(found)
                yield Drop(
                    block.index, self.name, PRODUCT_CHROME, f"inside an element marked '{token}'"
                )


class Shelf:
    """An open shelf of other products: its heading's rank, cue and tokens, and the
    tokens its first item shares with the heading (the shelf's container)."""

    __slots__ = ("container", "cue", "heading", "rank")

    def __init__(self, rank: int, cue: str, heading: frozenset[str]) -> None:
        self.rank = rank
        self.cue = cue
        self.heading = heading
        self.container: frozenset[str] | None = None

    def holds(self, block: Block, rank: int, common: frozenset[str]) -> bool:
        """Does the block still belong to the shelf? A heading of the same or a higher
        rank ends it, and so does a block outside its container."""
        if rank and rank <= self.rank:
            return False
        tokens = block.hints.tokens
        if self.container is None:
            self.container = (self.heading & tokens) - common
            return True
        return self.container <= tokens


def heading_rank(block: Block) -> int:
    """1-6 for a heading block (``h1``-``h6``), else 0."""
    tag = block.hints.tag
    return int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456" else 0


def shelf_cue(text: str, extra_words: int = 3) -> str | None:
    """The cue a heading opens a shelf of other products with, or None.

    >>> shelf_cue("You may also like..."), shelf_cue("Ähnliche Artikel"), shelf_cue("Description")
    ('you may also like', 'ahnliche artikel', None)
    """
    cue = starts_with("shelf", text)
    if cue is None or word_count(text) > len(cue.split()) + extra_words:
        return None
    return cue
