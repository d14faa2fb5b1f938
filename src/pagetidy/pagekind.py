"""What kind of page the markup says this is: a product page, a collection, an article...

HTML pages state their kind in markup more often than not: ``og:type`` (``product``,
``product.group``, ``article``), the JSON-LD ``@type`` of their objects (``Product``,
``CollectionPage``, ``ItemList``, ``NewsArticle``) and microdata ``itemtype`` URLs
(``https://schema.org/Product``). The reader keeps these as ``Page.meta`` entries
(``og:type``, ``ld:type``, ``itemtype``); ``page_kind`` reads them.

A single product page names one product (a category page lists many, an article reviews
several); a page that names itself an article, a collection or a search result is not a
product page, unless ``og:type`` says product, or an ``og:type`` article (a shop's default)
has one JSON-LD product (a microdata product inside an article is the product it reviews).
A page naming forum posts or a Q&A page is a forum thread, and so is a page naming comments
(microdata) unless it says it is an article (``og:type``, JSON-LD): a story's comments, and so
is a page whose posts the HTML reader found (meta ``thread``: dated posts around its pick).
Text pages and pages without these hints are ``"unknown"``: filters gated on a kind never act
on them.

Measured on the wcxb-dev pages (2026-11-27): ``product`` on 80 of its 92 product pages,
and on 13 others (8 service pages selling one thing, 4 collections, 1 listing), no article;
``forum`` on 78 of its 112 forum threads, and on no other page; on scrapinghub (articles),
none (5 before comments on an article counted as a thread).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:
    from pagetidy.model import Page

PageKind = Literal["product", "collection", "forum", "article", "unknown"]

PRODUCT_TYPES: Final = frozenset({"Product", "ProductGroup"})
"""JSON-LD and microdata types of a product."""
COLLECTION_TYPES: Final = frozenset({"CollectionPage", "SearchResultsPage"})
"""JSON-LD and microdata types of a page that lists things (a category, search results)."""
FORUM_TYPES: Final = frozenset({"DiscussionForumPosting", "QAPage", "Comment"})
"""JSON-LD and microdata types of a forum thread, its posts and a Q&A page."""
KIND_TYPES: Final = PRODUCT_TYPES | COLLECTION_TYPES | FORUM_TYPES | frozenset({"ItemList"})
"""The types the reader keeps (``ld:type``, ``itemtype``) for ``page_kind``."""
ARTICLE_KEYS: Final = frozenset({"ld:headline", "ld:datePublished"})
"""Meta keys the reader takes from JSON-LD article objects only."""


def kind_of(page: Page) -> PageKind:
    """A page's kind: its markup's (:func:`page_kind`); a text page's is ``"unknown"``."""
    return page_kind(page.meta) if page.mode == "html" else "unknown"


def page_kind(meta: Iterable[tuple[str, str]]) -> PageKind:
    """The kind of page its markup hints (``Page.meta``) say it is.

    >>> page_kind([("og:type", "product")])
    'product'
    >>> page_kind([("ld:type", "Product"), ("ld:type", "Product")])
    'collection'
    >>> page_kind([("og:type", "article"), ("ld:type", "Product")])
    'product'
    >>> page_kind([("og:type", "article"), ("itemtype", "Product")])
    'article'
    >>> page_kind([("ld:headline", "Ten best kettles"), ("ld:type", "Product")])
    'article'
    >>> page_kind([("og:type", "article"), ("itemtype", "Comment")])
    'article'
    >>> page_kind([("og:type", "website"), ("itemtype", "Comment")])
    'forum'
    >>> page_kind([("og:type", "article"), ("thread", "stamped")])
    'forum'
    >>> page_kind([("title", "Home")])
    'unknown'
    """
    og_type = ""
    types: Counter[str] = Counter()
    items: Counter[str] = Counter()
    article = False
    for key, value in meta:
        if key == "og:type":
            og_type = og_type or value.strip().lower()
        elif key == "ld:type":
            types[value] += 1
        elif key == "itemtype":
            items[value] += 1
        elif key in ARTICLE_KEYS:
            article = True
        elif key == "thread":
            return "forum"  # the reader found the posts of a thread its markup does not name
    forum = (types | items).keys() & FORUM_TYPES
    if forum and (forum != {"Comment"} or not (article or og_type == "article")):
        return "forum"
    if og_type.startswith("product.group") or (types | items).keys() & COLLECTION_TYPES:
        return "collection"
    if og_type in ("product", "product.item"):
        return "product"
    products = sum(types[kind] for kind in PRODUCT_TYPES)
    described = sum(items[kind] for kind in PRODUCT_TYPES)
    if article or (og_type == "article" and products != 1):
        return "article"
    if products == 1 or (products == 0 and described == 1):
        return "product"
    if products > 1 or described > 1:
        return "collection"
    return "article" if og_type == "article" else "unknown"
