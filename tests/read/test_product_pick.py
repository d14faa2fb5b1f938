"""A product page's main content reaches its title: name and price beside the description."""

from __future__ import annotations

import json

from pagetidy.read.html import read_html

LONG_EN = (
    "This kettle boils a full litre in under three minutes, and its double wall keeps the "
    "outside cool to the touch while the water inside stays hot for an hour. "
)
LONG_ES = (
    "Este hervidor calienta un litro en menos de tres minutos, y su doble pared mantiene el "
    "exterior frío al tacto mientras el agua sigue caliente durante una hora. "
)


def shop(head: str, long: str, title: str) -> str:
    return (
        f"<html><head>{head}</head><body><nav><a href='/'>Home</a><a href='/s'>Shop</a></nav>"
        f"<div class='product'><div class='buy-box'><h1>{title}</h1><p>24,00 €</p></div>"
        f"<div class='details'><div class='text'><p>{long * 3}</p><p>{long * 2}</p>"
        f"<p>{long}</p></div></div></div><footer><p>Imprint</p></footer></body></html>"
    )


def in_main(html: str) -> dict[str, bool]:
    return {block.text[:20]: block.hints.in_main for block in read_html(html).blocks}


def product_ld() -> str:
    return f"<script type='application/ld+json'>{json.dumps({'@type': 'Product'})}</script>"


def test_a_product_page_pick_reaches_its_title():
    seen = in_main(shop(product_ld(), LONG_EN, "Steel kettle"))
    assert seen["Steel kettle"]
    assert seen["24,00 €"]
    assert seen[LONG_EN[:20]]
    assert not seen["Home Shop"]
    assert not seen["Imprint"]


def test_a_product_page_pick_reaches_its_title_spanish():
    head = "<meta property='og:type' content='product'>"
    seen = in_main(shop(head, LONG_ES, "Hervidor de acero"))
    assert seen["Hervidor de acero"]
    assert seen[LONG_ES[:20]]


def test_other_pages_keep_their_pick():
    seen = in_main(shop("<meta property='og:type' content='article'>", LONG_EN, "Steel kettle"))
    assert not seen["Steel kettle"]  # an article's headline is left to the headline filter
    assert seen[LONG_EN[:20]]
