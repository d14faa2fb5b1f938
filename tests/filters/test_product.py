"""The product filter: a product page's reviews and carousels go (HTML only)."""

from __future__ import annotations

import json

from pagetidy.filters.product import Product
from pagetidy.read.html import read_html
from tests.conftest import drops_of, page_from_lines

DESCRIPTION_EN = (
    "This kettle boils a full litre in under three minutes, and its double wall keeps the "
    "outside cool to the touch while the water inside stays hot for an hour."
)
DESCRIPTION_FR = (
    "Cette bouilloire chauffe un litre en moins de trois minutes, et sa double paroi garde "
    "l'extérieur froid au toucher pendant que l'eau reste chaude une heure."
)


def ld(kind: str) -> str:
    data = {"@context": "https://schema.org", "@type": kind, "name": "Kettle"}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def page(head: str, review: str, more: str, description: str = DESCRIPTION_EN) -> str:
    return (
        f"<html><head>{head}</head><body><main><h1>Steel kettle</h1>"
        f"<div class='product-description'><p>{description}</p><p>{description} Again.</p></div>"
        f"<section class='customer-reviews'><p>{review}</p></section>"
        f"<div class='carousel'><p>{more}</p></div></main></body></html>"
    )


def test_reviews_and_carousels_of_a_product_page_go():
    html = page(ld("Product"), "Great kettle, five stars!", "Tea pot, 24 euros")
    drops = drops_of(Product(), read_html(html))
    assert drops == {
        "Great kettle, five stars!": "product_chrome",
        "Tea pot, 24 euros": "product_chrome",
    }


def test_reviews_of_a_product_page_go_french_with_og_type():
    head = "<meta property='og:type' content='product'>"
    html = page(head, "Très bonne bouilloire !", "Théière, 24 euros", DESCRIPTION_FR)
    drops = drops_of(Product(), read_html(html))
    assert drops["Très bonne bouilloire !"] == "product_chrome"
    assert DESCRIPTION_FR not in drops


def test_the_same_blocks_on_an_article_stay():
    head = "<meta property='og:type' content='article'>"  # a review article: its text
    html = page(head + ld("NewsArticle"), "Great kettle, five stars!", "Tea pot, 24 euros")
    assert drops_of(Product(), read_html(html)) == {}


def test_a_collection_page_is_left_alone():
    html = page(ld("Product") + ld("Product"), "Great kettle!", "Tea pot, 24 euros")
    assert drops_of(Product(), read_html(html)) == {}


def test_text_pages_are_left_alone():
    assert drops_of(Product(), page_from_lines("Customer reviews", "Great kettle!")) == {}


def test_a_token_every_main_block_shares_is_no_chrome():
    html = (
        f"<html><head>{ld('Product')}</head><body><main class='reviews-page'>"
        f"<p>{DESCRIPTION_EN}</p><p>Good value.</p></main></body></html>"
    )
    assert drops_of(Product(), read_html(html)) == {}


def shelf_page(head: str, cue: str, cards: list[str], after: str) -> str:
    items = "".join(f"<div class='card'><h3>{card}</h3><p>24,00 €</p></div>" for card in cards)
    return (
        f"<html><head>{head}</head><body><main><h1>Steel kettle</h1>"
        f"<div class='product-description'><p>{DESCRIPTION_EN}</p></div>"
        f"<section class='shelf'><h2>{cue}</h2>{items}</section>"
        f"<section class='specs'><h2>{after}</h2><p>{DESCRIPTION_EN} Again.</p></section>"
        f"</main></body></html>"
    )


def test_a_shelf_of_other_products_goes_until_the_next_heading():
    html = shelf_page(ld("Product"), "You may also like", ["Tea pot", "Mug"], "Specifications")
    drops = drops_of(Product(), read_html(html))
    assert drops == {
        "You may also like": "product_shelf",
        "Tea pot": "product_shelf",
        "Mug": "product_shelf",
        "24,00 €": "product_shelf",
    }


def test_a_shelf_goes_german_and_ends_where_its_container_ends():
    html = (
        f"<html><head>{ld('Product')}</head><body><main><div class='shelf'>"
        f"<h2>Ähnliche Artikel</h2><p class='card'>Teekanne</p><p class='card'>Tasse</p></div>"
        f"<div class='buy-box'><p>Wasserkocher aus Stahl, 24,00 €</p></div>"
        f"<div class='text'><p>{DESCRIPTION_EN}</p></div></main></body></html>"
    )
    drops = drops_of(Product(), read_html(html))
    assert drops == {
        "Ähnliche Artikel": "product_shelf",
        "Teekanne": "product_shelf",
        "Tasse": "product_shelf",
    }


def test_a_shelf_cue_on_an_article_or_in_a_long_heading_stays():
    html = shelf_page(ld("NewsArticle"), "You may also like", ["Tea pot"], "More")
    assert drops_of(Product(), read_html(html)) == {}
    long = "Similar products were tested by our lab in three rounds last year"
    html = shelf_page(ld("Product"), long, ["Tea pot"], "Specifications")
    assert drops_of(Product(), read_html(html)) == {}
