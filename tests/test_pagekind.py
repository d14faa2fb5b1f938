"""Page kinds from markup hints: product, collection, forum, article, unknown."""

from __future__ import annotations

import json

import pytest

from pagetidy.pagekind import page_kind
from pagetidy.read.html import read_html


def ld(*kinds: str) -> str:
    return "".join(
        f"<script type='application/ld+json'>{json.dumps({'@type': kind, 'name': 'x'})}</script>"
        for kind in kinds
    )


@pytest.mark.parametrize(
    ("head", "body", "kind"),
    [
        ("<meta property='og:type' content='product'>", "", "product"),
        ("<meta property='og:type' content='product.group'>", "", "collection"),
        (ld("Product"), "", "product"),
        (ld("Product", "Product", "Product"), "", "collection"),
        (ld("CollectionPage", "Product"), "", "collection"),
        ("<meta property='og:type' content='article'>" + ld("Product"), "", "product"),
        ("", "<div itemscope itemtype='https://schema.org/Product'><p>Kettle</p></div>", "product"),
        ("", "<div itemscope itemtype='http://schema.org/Comment/'><p>Hallo!</p></div>", "forum"),
        (ld("DiscussionForumPosting"), "", "forum"),
        (ld("QAPage"), "", "forum"),
        ("<meta property='og:type' content='article'>", "", "article"),
        ("<meta property='og:type' content='website'>", "", "unknown"),
        ("", "<p>Nothing said</p>", "unknown"),
    ],
)
def test_page_kind_from_markup(head: str, body: str, kind: str):
    page = read_html(f"<html><head>{head}</head><body>{body}<p>Text.</p></body></html>")
    assert page_kind(page.meta) == kind


def test_a_product_reviewed_in_an_article_is_no_product_page():
    html = (
        "<html><head><meta property='og:type' content='article'></head><body>"
        "<article><div itemscope itemtype='https://schema.org/Product'><p>Wasserkocher</p>"
        "</div><p>Der Wasserkocher ist schnell.</p></article></body></html>"
    )
    assert page_kind(read_html(html).meta) == "article"


def test_a_news_article_naming_one_product_is_an_article():
    graph = {"@graph": [{"@type": "NewsArticle", "headline": "Ten kettles"}, {"@type": "Product"}]}
    html = f"<script type='application/ld+json'>{json.dumps(graph)}</script><p>Text.</p>"
    assert page_kind(read_html(html).meta) == "article"


def test_kind_meta_is_read_once_per_element():
    html = (
        "<head><meta property='og:type' content='product'></head>"
        "<body><div itemscope itemtype='https://schema.org/Product https://schema.org/Thing'>"
        "<p>x</p></div></body>"
    )
    meta = read_html(html).meta
    assert [pair for pair in meta if pair[0] in ("og:type", "itemtype", "ld:type")] == [
        ("og:type", "product"),
        ("itemtype", "Product"),
    ]


def test_a_story_with_comments_is_an_article():
    comment = "<div itemscope itemtype='https://schema.org/Comment'><p>Great piece!</p></div>"
    html = f"<head><meta property='og:type' content='article'></head><body><p>Story.</p>{comment}"
    assert page_kind(read_html(html).meta) == "article"


def test_a_thread_of_comments_is_a_forum_in_spanish():
    comment = "<div itemscope itemtype='https://schema.org/Comment'><p>¡Gracias!</p></div>"
    html = f"<head><meta property='og:type' content='website'></head><body>{comment * 3}"
    assert page_kind(read_html(html).meta) == "forum"


def test_an_article_typed_forum_post_is_still_a_forum_in_german():
    html = (
        "<head><meta property='og:type' content='article'>"
        + ld("DiscussionForumPosting")
        + "</head><body><p>Hallo zusammen!</p></body>"
    )
    assert page_kind(read_html(html).meta) == "forum"
