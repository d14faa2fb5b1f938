"""The ordered filter pipeline: run each filter over the blocks still kept, collect drops."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from pagetidy.filters.alt import Alt
from pagetidy.filters.banner import Banner
from pagetidy.filters.base import Filter, PageView
from pagetidy.filters.boilerplate import Boilerplate
from pagetidy.filters.breadcrumb import Breadcrumb
from pagetidy.filters.byline import Byline
from pagetidy.filters.comments import Comments
from pagetidy.filters.context import CHROME_FILTERS, Context
from pagetidy.filters.dateline import Dateline
from pagetidy.filters.dump import Dump
from pagetidy.filters.footer import Footer
from pagetidy.filters.headline import Headline
from pagetidy.filters.label import Label
from pagetidy.filters.markup import Markup
from pagetidy.filters.posts import Posts
from pagetidy.filters.product import Product
from pagetidy.filters.prompt import Prompt
from pagetidy.filters.related import RELATED_INSERT, Related
from pagetidy.filters.repeat import Repeat
from pagetidy.filters.span import BARRIER_FILTERS, Span
from pagetidy.filters.tagline import Tagline
from pagetidy.filters.thread import Thread
from pagetidy.filters.toolbar import Toolbar
from pagetidy.filters.widget import Widget
from pagetidy.measures import measure
from pagetidy.model import Block, Drop, Page
from pagetidy.pagekind import kind_of
from pagetidy.records import main_records

DEFAULT_FILTERS: Final[tuple[Filter, ...]] = (
    Markup(),
    Product(),
    Dump(),
    Comments(),
    Posts(),
    Thread(),
    Footer(),
    Breadcrumb(),
    Toolbar(),
    Banner(),
    Prompt(),
    Label(),
    Tagline(),
    Byline(),
    Dateline(),
    Headline(),
    Related(),
    Repeat(),
    Context(),
    Boilerplate(),
    Span(),
    Alt(),
    Widget(),
)
"""Markup hints (HTML only), page-ending cuts and strong local chrome first, then lists,
repetition, context, the learned block classifier, the article's span, and last the
pictures' alt text and a form's widgets inside it (text pages)."""

HTML_NAMES: Final = (
    "markup", "product", "dump", "posts", "breadcrumb", "banner", "label", "tagline", "byline",
    "dateline", "headline",
)  # fmt: skip
"""The filters HTML pages run: the markup hints, a thread's and a product page's chrome,
cookie and newsletter banners and bare labels, then the ones facts are read from.

``banner`` and ``label`` (2026-11-27, each alone): banner wcxb-dev all 0.8618 to 0.8627
(listings 0.667 to 0.671, services 0.830 to 0.833), ScrapingHub 0.9737 to 0.9739; label
wcxb-dev all 0.8618 to 0.8620, ScrapingHub 0.9737 to 0.9745; no page type lower. Both: wcxb-dev
all 0.8620 to 0.8630, articles 0.9526 to 0.9529, ScrapingHub 0.9737 to 0.9747.

Measured after ``markup`` (2026-11-27): the other text filters moved F1 by at most 0.001 on
the ScrapingHub and wcxb-dev pages (``span`` lowered it, 0.948 to 0.932) while tripling
the time per page; the main-content pick already did their job."""
HTML_FILTERS: Final[tuple[Filter, ...]] = tuple(
    each for each in DEFAULT_FILTERS if each.name in HTML_NAMES
)
"""The pipeline for HTML pages: ``DEFAULT_FILTERS`` limited to ``HTML_NAMES``, in order."""

COPY_NAMES: Final = (*HTML_NAMES, "repeat")
"""The filters HTML pages run when their markup names a product, a collection or a forum
thread (``pagetidy.pagekind``): ``HTML_NAMES`` and ``repeat``, for the copies such templates
print of their text (a description for each screen size, a card's name twice, a quoted
post). Measured 2026-11-27: wcxb-dev all 0.8630 to 0.8635, products 0.607 to 0.612,
collections 0.647 to 0.649, forums 0.8127 to 0.8136, listings 0.673 to 0.674; ScrapingHub,
articles, services and documentation unchanged. On every HTML page it lowered ScrapingHub
0.9737 to 0.9714 and documentation 0.919 to 0.914 (an article's pull quotes, a manual's
repeated steps)."""
SHOP_NAMES: Final = tuple(name for name in COPY_NAMES if name != "headline")
"""Product and collection pages keep their ``<h1>`` in the text: a shop's heading is the
product's or the range's name, part of its content, where an article's headline is printed
above it (the text output prints it once). Measured 2026-11-27: wcxb-dev products 0.612 to
0.617, all 0.8635 to 0.8640; the other page types and ScrapingHub unchanged; title facts
unchanged."""
KIND_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "product": (*SHOP_NAMES, "prompt"),
    "collection": SHOP_NAMES,
    "forum": (*COPY_NAMES, "prompt"),
}
"""The filters HTML pages of a kind run. Products and threads add ``prompt`` (a thread's "Log
in to reply", a shop's "Sign in to see your price"): 2026-11-27, wcxb-dev forums 0.8136 to
0.8148, products 0.6166 to 0.6168, all 0.8640 to 0.8641; no page type lower, ScrapingHub
unchanged."""
HTML_KIND_FILTERS: Final[dict[str, tuple[Filter, ...]]] = {
    kind: tuple(each for each in DEFAULT_FILTERS if each.name in names)
    for kind, names in KIND_NAMES.items()
}
"""The pipeline for HTML pages of a kind (``pagetidy.pagekind.page_kind``), where it
differs from ``HTML_FILTERS``."""

FILTER_NAMES: Final = tuple(each.name for each in DEFAULT_FILTERS)
UNMEASURED: Final = frozenset(HTML_NAMES).union(*KIND_NAMES.values())
"""Filters that never read the page's measures (``PageView.is_prose``, ``prose_words``): a
chain of only these (HTML's) skips measuring every block. A view without measures
measures on demand, so a filter added here by mistake is slower, never different."""


def run(
    page: Page,
    filters: Sequence[Filter] = DEFAULT_FILTERS,
    title: str | None = None,
    keep: Collection[int] = frozenset(),
) -> tuple[tuple[Block, ...], tuple[Drop, ...]]:
    """Run ``filters`` in order; each sees only the blocks earlier filters kept.

    Returns the kept blocks (in input order) and the drops (in pipeline order). A block
    is dropped at most once: the first filter to drop it owns it. Blocks whose index is
    in ``keep`` (the user's keep rules) are never dropped.
    """
    kept = page.blocks
    needed = any(each.name not in UNMEASURED for each in filters)
    measures = measure(page.blocks) if needed else None
    drops: list[Drop] = []
    chrome: frozenset[int] = frozenset()
    barriers: frozenset[int] = frozenset()
    kind = kind_of(page)  # read once, not per filter
    records: frozenset[int] = frozenset()
    if page.mode == "text" and measures is not None:
        records = main_records(
            page.blocks,
            [measures.words[block.index] for block in page.blocks],
            [block.index in measures.prose for block in page.blocks],
        )
    for each in filters:
        view = PageView(page, kept, title, chrome, measures, barriers, kind, records)
        dropped: dict[int, Drop] = {}
        for drop in each.judge(view):
            if drop.index not in keep:
                dropped.setdefault(drop.index, drop)
        if dropped:
            drops.extend(dropped.values())
            kept = tuple(block for block in kept if block.index not in dropped)
            # each drop is looked at once, here, not again for every later filter
            # an insert inside the article (``Read more: ...``) is neither a box nor its end
            boxes = {i: drop for i, drop in dropped.items() if drop.reason != RELATED_INSERT}
            chrome |= {i for i, drop in boxes.items() if drop.filter in CHROME_FILTERS}
            barriers |= {i for i, drop in boxes.items() if drop.filter in BARRIER_FILTERS}
    return kept, tuple(drops)
