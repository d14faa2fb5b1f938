"""Drop HTML blocks that their markup marks as chrome (HTML input only).

Targets what a page's markup names as not-the-article: blocks outside the main-content
container the reader picked (``Hints.in_main``); inside it, blocks under navigation,
sidebars, footers, forms, share bars, comment threads, related boxes, promos and other
chrome, told by the landmark tags and the class/id/role tokens of their ancestors; and
blocks that are mostly link text.

Signals: only the tokens a block has *beyond* those shared by every main-content block
count, so a page that wraps everything in ``<form>`` or ``class="has-sidebar"`` loses
nothing. A token is chrome on a page only while its blocks are a minority of the main
text: a forum thread whose posts all sit in ``class="comment"`` keeps them (and a page its
markup names a thread, ``pagetidy.pagekind``, keeps its comments however few), a listing
page whose main text is mostly links keeps its link lines, and a service page whose offers
are a grid of linked cards keeps their descriptions (``card_prose``; not on a product page,
where the cards are other products). A feed of teaser cards (a link title, then a summary
in plain words, repeated in one markup place, holding a third of the main text) keeps its
titles, unless the markup names the page an article or a thread (teasers under a story,
posts under a poster's name).

Known false positives: a container class that names chrome but holds the text
(``<div class="share-story">`` around paragraphs) when it is a minority of the main text.

Kept: ``<p>`` inside ``<article class="story">`` when the article is the main pick.
Dropped: ``<li><a>Share on Facebook</a></li>`` inside ``<ul class="share-bar">`` there
(``chrome_token``), and every block of ``<nav>`` outside it (``outside_main``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.filters.comments import comment_heading
from pagetidy.model import Block, Drop

OUTSIDE_MAIN: Final = "outside_main"
OUTSIDE_DETAIL: Final = "outside the main-content container"
NAV_ANCESTOR: Final = "nav_ancestor"
ASIDE_ANCESTOR: Final = "aside_ancestor"
FOOTER_ANCESTOR: Final = "footer_ancestor"
FORM_ANCESTOR: Final = "form_ancestor"
CHROME_TOKEN: Final = "chrome_token"
LINK_DENSE: Final = "link_dense"

# fmt: off
LANDMARK_REASONS: Final[dict[str, str]] = {
    "nav": NAV_ANCESTOR, "menu": NAV_ANCESTOR, "navigation": NAV_ANCESTOR,
    "navbar": NAV_ANCESTOR, "breadcrumb": NAV_ANCESTOR, "breadcrumbs": NAV_ANCESTOR,
    "pagination": NAV_ANCESTOR, "pager": NAV_ANCESTOR,
    "aside": ASIDE_ANCESTOR, "sidebar": ASIDE_ANCESTOR, "widget": ASIDE_ANCESTOR,
    "complementary": ASIDE_ANCESTOR,
    "footer": FOOTER_ANCESTOR, "contentinfo": FOOTER_ANCESTOR,
    "form": FORM_ANCESTOR,
}
"""Landmark tags and tokens (the reader adds ``nav``, ``aside``... tag names to tokens)."""
CHROME_TOKENS: Final = frozenset({
    "share", "sharing", "social", "related", "promo", "newsletter", "subscribe", "cookie",
    "consent", "comment", "comments", "byline", "caption", "advert", "advertisement", "ad",
    "ads", "sponsor", "sponsored", "popup", "modal", "toolbar", "recommended", "trending",
    "popular", "outbrain", "taboola", "tags", "signup", "sr-only", "screen-reader-text",
    "visually-hidden", "disclaimer", "copyright", "reviews", "signature",
    "author",
})
"""Class/id tokens that name chrome; the reason is ``chrome_token``, the token the detail.

``reviews`` (2026-11-27): a product page's customer reviews under its description (wcxb-dev
product pages F1 0.525 to 0.549, all pages 0.838 to 0.839, ScrapingHub unchanged); a
review article's own body is named ``review`` (singular) and is kept. ``author``
(2026-11-27): author boxes and bios, a forum post's poster card (wcxb-dev all 0.839 to 0.840,
articles 0.9469 to 0.9477, forums 0.747 to 0.754; ScrapingHub unchanged). ``comment``
tokens under a comment heading (``109 Comments``) are chrome even when the comments
outweigh the article, unless blocks before the heading carry them too (a forum's first
post): ScrapingHub 0.971 to 0.973 (P 0.959 to 0.964), wcxb-dev articles 0.9480 to 0.9486,
forums and all pages unchanged (2026-11-27). ``signature`` (2026-11-27): a forum post's
signature (wcxb-dev forums 0.7541 to 0.7564, all 0.8414 to 0.8416; articles and ScrapingHub
unchanged)."""
THREAD_CHROME: Final = frozenset({"notice"})
"""Tokens that name chrome on a forum thread only: the notices its template prints around
the posts (a Q&A site's "log in to answer", "start asking to get answers", an archived
thread's note). Elsewhere a notice may be the content's own (a product's licence terms, a
step of an article): on every page it lowered wcxb-dev products 0.6030 to 0.6022.
(2026-11-27: wcxb-dev forums 0.8099 to 0.8115; ScrapingHub and articles unchanged.)"""
NO_TOKENS: Final[frozenset[str]] = frozenset()
# fmt: on
MAX_CHROME_SHARE: Final = 0.5
"""A token whose blocks hold more than this share of the main text is the content."""
MIN_LINK_SHARE: Final = 0.6
"""A block with at least this share of its characters in links is link-dense..."""
MAX_LINK_DENSE_WORDS: Final = 40
"""...when it has at most this many words (a long linked paragraph is prose)."""
MAX_LISTING_SHARE: Final = 0.5
"""Link-dense blocks holding more than this share of the main text are a listing: kept."""
MIN_CARD_WORDS: Final = 12
"""A card's description: a sentence of this many words or more inside a link element..."""
SENTENCE_ENDS: Final = (".", "!", "?", "…", "。", "！", "？")
"""...that ends like a sentence (``card_prose``)."""
MIN_CARDS: Final = 4
"""A card grid is this many card descriptions or more (a service page's offers)..."""
MIN_CARD_SHARE: Final = 0.05
"""...holding this share of the main text at least: then they are the page's content.

Measured (2026-11-27): wcxb-dev service pages 0.8227 to 0.8270, all pages 0.8523 to 0.8530,
articles 0.9518 to 0.9520, product pages unchanged only without their cards (0.5787 to
0.5770 with them); ScrapingHub unchanged (teaser cards under a story are fewer, or a small
share of its text)."""

MIN_TEASER_SHARE: Final = 0.3
"""Teaser cards holding this share of the main text make a feed: their link titles stay.
(2026-11-27: at 0.5, wcxb-dev listings 0.636 to 0.642, all pages 0.8522 to 0.8525. Lowered
to 0.3: all pages 0.85968 to 0.85985, services 0.8290 to 0.8293, documentation 0.917 to 0.919,
collections 0.6313 to 0.6309; ScrapingHub and wcxb-dev articles unchanged. 0.15 gained
0.00005 more on wcxb-dev but lowered ScrapingHub 0.97365 to 0.97361.)"""
MIN_TEASERS: Final = 3
"""A feed has at least this many teaser cards of one shape."""
MAX_TITLE_WORDS: Final = 25
"""A teaser's link title has at most this many words..."""
TEASER_REACH: Final = 3
"""...and its summary comes within this many blocks after it..."""
MIN_SUMMARY_WORDS: Final = 8
"""...with at least this many words, at most ``MAX_SUMMARY_LINK_SHARE`` of them links."""
MAX_SUMMARY_LINK_SHARE: Final = 0.3
NO_INDICES: Final[frozenset[int]] = frozenset()


def teaser_titles(
    main: list[Block], dense: Callable[[Block], bool], min_chars: float
) -> frozenset[int]:
    """Indices of the link titles of a feed's teaser cards: a link-dense line followed
    within ``TEASER_REACH`` blocks (linked lines between, such as authors, are passed
    over) by a summary (a line of mostly plain words), the pair
    repeated ``MIN_TEASERS`` times with the title in one markup place (tag and nearest
    ancestors), the cards holding ``min_chars`` of the main text or more.
    """
    groups: dict[tuple[str, tuple[str, ...]], list[tuple[int, int]]] = {}
    titles: Counter[str] = Counter()  # a line on every card ("Read more", "Star") is no title
    main_text = {block.index: block.text for block in main}
    for pos, block in enumerate(main):
        if not dense(block) or len(block.text.split()) > MAX_TITLE_WORDS:
            continue
        size = len(block.text)
        for after in main[pos + 1 : pos + 1 + TEASER_REACH]:
            if after.hints.tag in HEADINGS:
                break  # the next card's title
            text = after.text
            size += len(text)
            if dense(after):
                continue  # a card's linked line (authors, tags), or "Read more" and the next card
            if (
                after.hints.link_chars <= MAX_SUMMARY_LINK_SHARE * len(text)
                and len(text.split()) >= MIN_SUMMARY_WORDS
            ):
                shape = (block.hints.tag, block.hints.path[-3:])
                groups.setdefault(shape, []).append((block.index, size))
                titles[block.text] += 1
                break
    cards = [
        [card for card in group if titles[main_text[card[0]]] == 1] for group in groups.values()
    ]
    cards = [group for group in cards if len(group) >= MIN_TEASERS]
    if sum(size for group in cards for _, size in group) < min_chars:
        return NO_INDICES
    return frozenset(index for group in cards for index, _ in group)


def extra_tokens(block: Block, common: frozenset[str]) -> frozenset[str]:
    """The block's tokens beyond those every main-content block has."""
    return block.hints.tokens - common


@dataclass(frozen=True, slots=True)
class Markup:
    """Drop HTML blocks outside the main content or under chrome markup."""

    name: ClassVar[str] = "markup"
    max_chrome_share: float = MAX_CHROME_SHARE
    min_link_share: float = MIN_LINK_SHARE
    max_link_dense_words: int = MAX_LINK_DENSE_WORDS
    max_listing_share: float = MAX_LISTING_SHARE
    min_teaser_share: float = MIN_TEASER_SHARE

    def judge(self, view: PageView) -> Iterator[Drop]:
        if view.page.mode != "html":
            return
        main = [block for block in view.blocks if block.hints.in_main]
        if not main:
            return  # no main container: leave the page to the text filters
        # each distinct set once: blocks share their token sets (the reader makes each once)
        shared = {id(block.hints.tokens): block.hints.tokens for block in main}
        common = frozenset.intersection(*shared.values())
        kind = view.page_kind()
        chrome = self.chrome_tokens(main, common, THREAD_CHROME if kind == "forum" else NO_TOKENS)
        if chrome & COMMENT_TOKENS and kind == "forum":
            # a thread's posts, named comments, are its content; a thread only the reader
            # found (by its dated posts) may be a story's comments under their heading
            found = ("thread", "stamped") in view.page.meta
            chrome -= COMMENT_TOKENS - headed_comments(main, common) if found else COMMENT_TOKENS
        dense = [block for block in main if self.is_link_dense(block)]
        main_chars = sum(len(b.text) for b in main)
        listing = sum(len(b.text) for b in dense) > self.max_listing_share * main_chars
        titles = (
            teaser_titles(main, self.is_link_dense, self.min_teaser_share * main_chars)
            if not listing and dense and kind not in ("article", "forum")
            else NO_INDICES
        )
        cards = [block for block in dense if card_prose(block)]
        grid = (
            len(cards) >= MIN_CARDS
            and sum(len(b.text) for b in cards) >= MIN_CARD_SHARE * main_chars
            and kind != "product"  # its cards are other products
        )
        name = self.name
        for block in view.blocks:
            if not block.hints.in_main:  # most of a page's blocks: drop_of's first test, inline
                yield Drop(block.index, name, OUTSIDE_MAIN, OUTSIDE_DETAIL)
                continue
            if block.index in titles:
                continue
            drop = self.drop_of(block, common, chrome, not listing)
            if drop is not None and not (grid and drop.reason == LINK_DENSE and card_prose(block)):
                yield drop

    def chrome_tokens(
        self, main: list[Block], common: frozenset[str], extra: frozenset[str] = frozenset()
    ) -> frozenset[str]:
        """The chrome tokens (with ``extra`` ones for this kind of page) whose blocks stay a
        minority of the main text on this page."""
        names = ALL_CHROME | extra if extra else ALL_CHROME
        total = 0
        by_token: dict[str, int] = {}
        named: dict[int, frozenset[str]] = {}  # by token set: blocks share a few sets
        for block in main:
            size = len(block.text) - block.hints.link_chars
            total += size
            tokens = block.hints.tokens
            found = named.get(id(tokens))
            if found is None:
                found = named[id(tokens)] = (tokens & names) - common  # & first: small sets
            for token in found:
                by_token[token] = by_token.get(token, 0) + size
        limit = self.max_chrome_share * total
        headed = headed_comments(main, common)
        return frozenset(
            token for token, size in by_token.items() if size <= limit or token in headed
        )

    def is_link_dense(self, block: Block) -> bool:
        """Mostly link text, short, and not a heading."""
        hints = block.hints
        return (
            hints.link_chars >= self.min_link_share * len(block.text)
            and hints.tag not in HEADINGS
            and len(block.text.split()) <= self.max_link_dense_words
        )

    def drop_of(
        self, block: Block, common: frozenset[str], chrome: frozenset[str], links: bool
    ) -> Drop | None:
        """The drop for one block, or None; ``links``: link-dense blocks are chrome here."""
        hints = block.hints
        if not hints.in_main:
            return Drop(block.index, self.name, OUTSIDE_MAIN, OUTSIDE_DETAIL)
        found = (hints.tokens & chrome) - common if chrome else chrome
        if found:
            token = min(found)
            reason = LANDMARK_REASONS.get(token, CHROME_TOKEN)
            return Drop(block.index, self.name, reason, f"inside an element marked '{token}'")
        if links and self.is_link_dense(block):
            share = hints.link_chars / len(block.text)
            return Drop(block.index, self.name, LINK_DENSE, f"{share:.0%} of its text is links")
        return None


def card_prose(block: Block) -> bool:
    """Is the block a card's description: a sentence of ``MIN_CARD_WORDS`` or more inside a
    link element (a card whose whole box is one link: heading, description, "Learn more"),
    or a ``<p>`` sentence that is mostly its link (2026-11-27: wcxb-dev listings 0.6671 to
    0.6687, articles 0.9524 to 0.9526, all 0.8618 to 0.8620; ScrapingHub unchanged)?

    >>> from pagetidy.model import Hints
    >>> text = "Plan, build and run your online shop with a team that has done it for ten years."
    >>> card_prose(Block(0, text, Hints(tag="p", path=("div", "a", "div"), link_chars=83)))
    True
    >>> card_prose(Block(0, text, Hints(tag="p", path=("div", "div"), link_chars=83)))
    True
    >>> card_prose(Block(0, text, Hints(tag="div", path=("div", "div"), link_chars=83)))
    False
    """
    text = block.text
    return (
        ("a" in block.hints.path or block.hints.tag == "p")
        and text.rstrip().endswith(SENTENCE_ENDS)
        and len(text.split()) >= MIN_CARD_WORDS
    )


def headed_comments(main: list[Block], common: frozenset[str]) -> frozenset[str]:
    """Comment tokens whose first block comes right after a comment heading (``109
    Comments``, ``Kommentare (12)``): a blog's comment section, however long, where a
    forum's posts have no such heading over them."""
    found: set[str] = set()
    seen: set[str] = set()  # comment tokens of the blocks before: a forum's first post
    for heading, block in pairwise(main):
        marked = heading.hints.tokens & COMMENT_TOKENS  # small & large: costs the small
        new = (marked | (block.hints.tokens & COMMENT_TOKENS)) - seen
        if new and comment_heading(heading.text):  # a heading adding no token is not read
            found |= new
        seen |= marked
    return frozenset(found - common)


ALL_CHROME: Final = CHROME_TOKENS | frozenset(LANDMARK_REASONS)
COMMENT_TOKENS: Final = frozenset({"comment", "comments"})
HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
