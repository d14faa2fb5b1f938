"""Drop what a product page shows beside its product: reviews, carousels (HTML input only).

Targets the parts of a single-product page (``pagetidy.pagekind``: the markup names one
product) that are not its description or specifications: customer reviews and ratings, and
the carousels of other products ("Customers also bought"). ``markup`` keeps review blocks
when they outweigh the rest of the main text (a forum's posts look the same); on a product
page they are chrome however long.

Signals: the page kind from markup, and class/id tokens beyond those every main-content
block shares (as ``markup``), so a page that wraps everything in ``class="reviews-page"``
loses nothing. Pages of other kinds are left alone.

Known false positives: a product description held in a carousel of feature slides.

Kept: ``<p>`` under ``<div class="product-description">`` on a product page, and any
block under ``class="review"`` on an article (a product review is its text).
Dropped: ``<p>Great kettle!</p>`` under ``<div class="customer-review">`` on a product page
(``product_chrome``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.model import Drop
from pagetidy.pagekind import page_kind

PRODUCT_CHROME: Final = "product_chrome"

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
        if page.mode != "html" or page_kind(page.meta) != "product":
            return
        main = [block for block in view.blocks if block.hints.in_main]
        if not main:
            return
        common = frozenset.intersection(*(block.hints.tokens for block in main))
        for block in view.blocks:
            found = (block.hints.tokens - common) & self.tokens
            if found:
                token = min(found)
                yield Drop(
                    block.index, self.name, PRODUCT_CHROME, f"inside an element marked '{token}'"
                )
