"""HTML to Blocks: one parse, one iterative walk, markup hints, a main-content pick, meta.

The walk visits every node once, without recursion (100,000-deep pages are fine), and
never descends into non-content (``script``, ``style``, ``svg``, ``template``, ``head``...;
``<button>`` too, its text a control's "Add to cart", "Sign up", "Show more", unless it opens
a section, ``DISCLOSURE_ATTRS``: wcxb-dev listings 0.661 to 0.668, collections 0.631 to
0.635, products 0.603 to 0.607, all 0.8600 to 0.8610; and ``<label>``, a form field's name
or a filter's option, "Sort by", "Brand (12)": collections 0.635 to 0.647, services 0.829
to 0.830, all 0.8610 to 0.8618; ScrapingHub unchanged both times) or hidden
elements (``hidden``, ``aria-hidden="true"``, ``style="display: none"``, a closed
``<dialog>``); ``aria-hidden`` block elements are walked on pages whose markup names
no article or product (a listing's carousel slides: wcxb-dev listings 0.643 to 0.649,
collections 0.614 to 0.617, services 0.825 to 0.827, all 0.8531 to 0.8540; articles,
products and ScrapingHub unchanged). A page not marked as an article that scores under
500 characters is walked again with its ``display: none`` blocks shown and its long linked
blocks counted, and read so when that scores more (a shop grid or product its script
reveals, a feed of cards wrapped in their links: wcxb-dev collections 0.617 to 0.629,
listings 0.649 to 0.655, products 0.579 to 0.592, all 0.8540 to 0.8561, nothing else
changed). Exceptions, all page text a no-script reader sees:
React's streamed segments (``<div hidden id="S:1">``, moved into place by script),
``hidden="until-found"`` sections, collapsed sections a reader opens (an accordion's
panel: the target of an ``aria-controls``, or the element right after a control marked
``aria-expanded="false"``), a ``<noscript>`` holding real content (200+ characters, e.g. a
forum's crawler view), and landmarks (``main``, ``article``) marked ``aria-hidden`` while
a dialog is open.

Each leaf-most block-level element that holds text becomes one ``Block``; text directly
inside a ``div``/``section`` between child blocks becomes a block of its own. A single
``<br>`` joins lines with a space, ``<br><br>`` starts a new block; a table row is one block
(cells joined by a space); adjacent links (``<a>News</a><a>Sport</a>``) get a space.

Main content (``Hints.in_main``), measured on the benchmark pages: the readability pick is
the element with the highest score, each paragraph's non-link characters (capped) counting
fully for its parent and half for its grandparent. Semantic containers are
``[itemprop=articleBody]`` (preferred when present), a single (or dominant) ``<article>``,
``<main>``/``role=main`` and elements named like ``article-body``, ``entry-content``,
``post-text``. The pick is the semantic container with the most non-link text, narrowed to
a nested one (semantic or the readability pick) that holds most of that text (but not to
one of several chunks named like ``article-body`` when the others hold half as much); with no
semantic container, or one holding little text next to the readability pick, it is the
readability pick. A feed (a container of three or more ``<article>`` cards, none dominant)
and its cards are no candidates, nor is a readability pick holding one, while any other
candidate is left. A pick holding under 30% of the page's non-link text (one post of a
thread, one section of a service page) is widened to its smallest ancestor holding half,
unless the page names it (``itemprop=articleBody``, ``<main>``, ``role=main``). Then, as
readability adds a pick's siblings, a pick grows to its parent while the parent's other
paragraphs (``<p>``, mostly not links, not in a feed, not copies of the pick's blocks)
hold half as much text as its own: an article built of sibling sections (on a page its
markup does not name an article, a parent adding only headings is looked past: a listing's
intro under its ``<h1>``, the sections beside them). On a product
page (``pagetidy.pagekind``: its markup names one product) the pick is widened to its
smallest ancestor holding the page's ``<h1>``: name and price sit beside the description.
On a forum thread (its markup says so, or four or more elements alike around the pick each
hold a stamp, a ``<time>`` or a short dated line) the pick is widened to hold every post
(and a page without a markup kind whose pick holds such posts is a thread too, ``holds_posts``):
measured 2026-11-27, wcxb-dev forums 0.7836 to 0.7845 (3 undeclared threads gain 0.06 to
0.48, one whose truth is its first post loses 0.28), one listing gains, articles and
ScrapingHub unchanged.
"""

from __future__ import annotations

import json
import re
import threading
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from itertools import compress
from typing import Final

from selectolax.lexbor import LexborCSSSelector, LexborHTMLParser, LexborNode

from pagetidy.dates import find_dates
from pagetidy.model import Block, Hints, Page
from pagetidy.pagekind import KIND_TYPES, page_kind
from pagetidy.read.text import collapse
from pagetidy.signals import text_cache

# fmt: off
HTML_ELEMENTS: Final = frozenset({
    "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "base",
    "basefont", "bdi", "bdo", "big", "blink", "blockquote", "body", "br", "button", "canvas",
    "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del",
    "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset",
    "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
    "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img",
    "input", "ins", "isindex", "kbd", "keygen", "label", "legend", "li", "link", "listing",
    "main", "map", "mark", "marquee", "math", "menu", "menuitem", "meta", "meter", "nav",
    "nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option", "output",
    "p", "param", "picture", "plaintext", "pre", "progress", "q", "rb", "rp", "rt", "rtc",
    "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source",
    "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody",
    "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt",
    "u", "ul", "var", "video", "wbr", "xmp",
})
"""HTML's element names, all lower-case (their lexbor tag ids are read once: ``tag_names``)."""
SKIP_TAGS: Final = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "head", "title", "object",
    "embed", "canvas", "video", "audio", "select", "datalist", "textarea", "button", "label",
})
"""Elements whose content is not page text: never walked (but see ``NOSCRIPT_MIN_CHARS``)."""
BLOCK_TAGS: Final = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
    "li", "listing", "main", "menu", "nav", "ol", "optgroup", "option", "p", "plaintext", "pre",
    "search", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "xmp",
})
"""Elements that start and end a block (custom elements, with a ``-``, do too)."""
VOID_TAGS: Final = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
"""Elements without content; of these, ``br``, ``hr`` and ``img`` matter."""
CELL_TAGS: Final = frozenset({"td", "th"})
"""Table cells: their text joins the row's block, separated by a space."""
CONTAINER_TAGS: Final = frozenset({
    "div", "section", "article", "main", "body", "center", "form", "fieldset", "header",
    "footer", "aside", "nav", "tr",
})
"""Blocks owned by these are loose text: the readability score credits the owner itself."""
UNSCORED_TAGS: Final = frozenset({
    "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "option", "legend", "summary",
    "dt",
})
"""Blocks that do not count as paragraphs for the readability score."""
HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LANDMARK_TAGS: Final = frozenset({"main", "article", "body"})
PAGE_TAGS: Final = frozenset({"html", "body"})
"""Elements around the whole page: their class names say nothing about one block."""
"""Elements that stay visible when marked ``aria-hidden`` (a dialog was open)."""
TOKEN_TAGS: Final = frozenset({"nav", "aside", "footer", "header", "form", "figure", "menu"})
"""Elements whose tag name joins the tokens of their descendants (like a class name)."""
PLAIN_TAGS: Final[dict[str, bool]] = {
    **dict.fromkeys(
        (
            "span", "b", "strong", "i", "em", "small", "font", "u", "sup",
            "sub", "cite", "abbr", "code", "mark", "s", "q", "ins", "del", "kbd", "var",
            "samp", "data", "picture", "bdi", "bdo", "big", "tt", "strike", "nobr", "output",
        ),
        False,
    ),
    **dict.fromkeys(
        BLOCK_TAGS - SKIP_TAGS - VOID_TAGS - CELL_TAGS - TOKEN_TAGS - PAGE_TAGS
        - {"dialog", "time", "a", "figure"},
        True,
    ),
}  # fmt: skip
"""Tags ``_Walker.enter`` handles alike, by kind (True: a block, False: inline; an ``li``
also starts a bullet): none of them is skipped, void, a cell, a token, the page, or handled
on its own (``a``, ``figure``...)."""
LD_ARTICLE_TYPES: Final = frozenset({
    "Article", "NewsArticle", "BlogPosting", "Report", "AnalysisNewsArticle",
    "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle",
    "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "SocialMediaPosting",
})
"""JSON-LD ``@type`` values whose facts are read."""
LD_POST_TYPES: Final = frozenset({"DiscussionForumPosting", "Question", "Thread"})
"""JSON-LD ``@type`` values of a forum thread's opening post: its author and date are read."""
LD_PAGE_TYPES: Final = frozenset({"WebPage", "ItemPage", "AboutPage", "ProfilePage"})
"""JSON-LD ``@type`` values of the page itself: its author is read as ``ld:page_author``."""
# fmt: on
META_KEYS: Final[dict[str, str]] = {
    "og:title": "og:title",
    "og:type": "og:type",
    "og:site_name": "og:site_name",
    "article:published_time": "article:published_time",
    "article:modified_time": "article:modified_time",
    "article:section": "article:section",
    "article:tag": "article:tag",
    "author": "author",
    "article:author": "article:author",
    "parsely-author": "article:author",
    "sailthru.author": "article:author",
    "keywords": "keywords",
    "news_keywords": "keywords",
    "datepublished": "itemprop:datePublished",
    "datemodified": "itemprop:dateModified",
    "og:updated_time": "itemprop:dateModified",
    **dict.fromkeys(
        (
            "og:published_time", "og:publish_date", "pubdate", "publishdate", "publish-date",
            "published-date", "published_date",
            "publish_date", "published", "sailthru.date", "parsely-pub-date", "dc.date",
            "dc.date.issued", "dcterms.date", "dcterms.issued", "citation_publication_date",
            "citation_date", "cxenseparse:publishtime", "date",
        ),
        "meta:published",
    ),
}  # fmt: skip
"""``<meta property|name=...>`` keys read into ``Page.meta``, and the key they become."""
VENDOR_KEY: Final = re.compile(r"[a-z0-9]{1,4}[-.:_](?P<key>.+)")
"""A key behind a site's or vendor's short prefix (``ms.date``, ``w-published-date``)."""
PUBLISHED_KEYS: Final = frozenset(
    ("meta:published", "article:published_time", "itemprop:datePublished")
)


def meta_key(key: str) -> str | None:
    """The ``Page.meta`` key a ``<meta>`` key becomes; a published-date key behind a
    short vendor prefix is read as the plain ``meta:published`` (the least sure).

    >>> meta_key("og:title"), meta_key("ms.date"), meta_key("w-published-date")
    ('og:title', 'meta:published', 'meta:published')
    >>> meta_key("ms.author"), meta_key("last-modified-date"), meta_key("sitemap.date.x")
    (None, None, None)
    """
    if key in META_KEYS:
        return META_KEYS[key]
    vendor = VENDOR_KEY.fullmatch(key)
    if vendor and META_KEYS.get(vendor["key"]) in PUBLISHED_KEYS:
        return "meta:published"
    return None


KNOWN_TAGS: Final = 0x10000
"""lexbor's own tag ids are small numbers (200 or so, the same on every page); a custom
element's is the address of its name, made as the page is parsed (never this low)."""
MAX_CONTROL_SCAN: Final = 32
"""Elements looked at for a collapsed section's control, at most (bounds odd pages)."""
NOSCRIPT_MIN_CHARS: Final = 200
"""A ``<noscript>`` with this much text is content (a crawler view), and is walked."""
NOSCRIPT_SCAN: Final = 4096
"""Characters of a ``<noscript>`` collapsed first: enough, unless they are mostly spaces."""
UNLIKELY_TOKENS: Final = frozenset({
    "comment", "comments", "sidebar", "related", "footer", "aside", "nav", "menu", "widget",
    "share", "social", "promo", "sponsor", "sponsored", "advertisement", "recommended",
    "popular", "trending", "newsletter", "cookie", "consent", "disqus", "reply", "replies",
    "testimonial", "testimonials",
})  # fmt: skip
"""Class/id tokens (and landmark tags) of likely chrome, as readability's unlikely list."""
CONSENT_PARTS: Final = ("cookie", "consent", "gdpr")
"""Parts of class/id tokens naming a cookie or consent panel (``onetrust-consent-sdk``,
``accept_cookies_banner``, ``CookieBanner``): it is never the main content."""
UNLIKELY_WEIGHT: Final = 0.1
"""Text under an unlikely token counts this much for the main-content pick; a token only
``<html>`` or ``<body>`` carries (``class="has-sidebar"``) is on every block and marks none."""
MIN_SCORED_CHARS: Final = 25
"""A block needs this many non-link characters to count as a paragraph."""
MAX_PARAGRAPH_SCORE: Final = 300
"""One paragraph adds at most this much to the readability score (a long legal notice...)."""
PATH_DEPTH: Final = 12
"""``Hints.path`` keeps the nearest this many ancestors."""
MAX_TOKENS: Final = 400
"""Ancestor tokens stop accumulating past this many (bounds pathological pages)."""
MIN_INNER_SHARE: Final = 0.5
"""A nested semantic container replaces the outer pick when it holds this share of its text."""
MAX_SPLIT_SHARE: Final = 0.5
"""...unless the named chunks beside it hold this share of its text (a body in chunks)."""
MIN_READABILITY_SHARE: Final = 0.8
"""...and so does the readability pick, when nested and holding this share."""
MIN_SEMANTIC_SHARE: Final = 0.3
"""The semantic pick must hold this share of the readability pick's non-link text."""
DOMINANT_ARTICLE: Final = 3.0
"""Of several ``<article>`` elements, the largest counts if it has this many times the next."""
MIN_FEED_CARDS: Final = 3
"""A candidate holding this many nested ``<article>`` elements is a feed of cards."""
MAX_FEED_SCAN: Final = 1000
"""Nested ``<article>`` elements looked at per candidate, at most (bounds odd pages)."""
TRUSTED: Final = frozenset({"articlebody", "main"})
"""Candidate kinds never widened: ``itemprop=articleBody``, ``<main>`` and ``role=main``."""
MIN_SHOWN_CHARS: Final = 500
"""A page (not marked as an article) scoring fewer characters is walked again
with its ``display: none`` elements shown (a shop that reveals its grid by script)..."""
LINKED_PROSE_SPACES: Final = 12
"""...on that walk, a linked block with this many spaces (13+ words) counts its link text:
a feed whose cards are wrapped whole in their links (wcxb-dev listings 0.649 to 0.655, all
0.8548 to 0.8552; nothing else changed)..."""
SHOWN_GAIN: Final = 1.25
"""...and read so when that holds more than this many times the characters."""
MIN_PICK_SHARE: Final = 0.3
"""A pick holding less than this share of the page's non-link text is widened..."""
WIDEN_SHARE: Final = 0.5
"""...to its smallest ancestor holding at least this share."""
GROW_SHARE: Final = 0.5
"""A pick grows to its parent while the parent's other paragraphs hold this share of its own."""
MIN_PARAGRAPH_CHARS: Final = 80
"""A ``<p>`` counts as a paragraph for growing the pick from this many characters..."""
MAX_PARAGRAPH_LINK_SHARE: Final = 0.25
"""...with under this share of them in links."""
MIN_POSTS: Final = 2
"""A forum thread's post is an element repeated this many times (``widen_to_posts``)..."""
MAX_POST_DEPTH: Final = 6
"""...among the pick and its nearest ancestors, this many at most."""
MIN_STAMPED_POSTS: Final = 4
"""A page whose markup does not name a thread is one when this many elements alike hold
the pick, each of them with a stamp (``stamp_of``)..."""
MAX_POST_SHARE: Final = 0.85
"""...and the pick holds at most this share of their text (an article among dated teasers
holds nearly all of it)."""
MIN_THREAD_SHARE: Final = 0.5
"""A pick holds a thread when such posts inside it hold this share of its text (``holds_posts``)."""
MAX_STAMP_CHARS: Final = 80
"""A block this short holding a date is a post's stamp (``Mar 3, 2024 #2``)."""
MAX_LD_NODES: Final = 10_000
"""JSON-LD objects looked at per script, at most."""
CACHE_SIZE: Final = 8192
"""Attribute keys whose tokens (and kinds) are remembered (then the cache restarts)."""

HEAD_QUERY: Final = (
    'meta[content], link[rel*="canonical" i][href], title, script[type*="ld+json" i], '
    "[itemtype], [aria-controls]"
)
"""Everything ``read_head`` reads, in one query: each query costs about 0.06 ms. The
substring tests only narrow (a page has dozens of stylesheet links and scripts):
``read_head`` still checks ``rel`` and ``type`` itself."""
_SELECTORS: Final = threading.local()
"""Each thread's ``LexborCSSSelector``, made once: a parser's own is made on its first
query and costs 0.09 ms more than the query (a selector is not thread-safe)."""
DISPLAY_NONE: Final = re.compile(r"display\s*:\s*none", re.I)
REACT_SEGMENT: Final = re.compile(r"S:[0-9a-z]+")
DATA_BLOB: Final = re.compile(r'(?:[\[{]\s*){1,2}"[^"]{1,100}"\s*:')
"""The start of a block that is JSON data (a widget's state left in the markup), not text."""
NAME_PART: Final = re.compile(r"[a-z0-9]+")
NAME_SEPARATORS: Final = bytes.maketrans(
    bytes(c for c in range(128) if not chr(c).isdigit() and not chr(c).islower()),
    b" " * (128 - 36),
)
"""ASCII bytes other than ``[a-z0-9]`` -> a space: ``NAME_PART`` runs, split in C."""
ASCII_DIGIT: Final = re.compile(r"[0-9]")
MAIN_NAME: Final = re.compile(r"(?:article|post|entry|story|blog|news)[-_]*(?:body|content|text)")
SEMANTIC_TAGS: Final = {"article": "article", "main": "main"}
NO_TOKENS: Final[frozenset[str]] = frozenset()
HIDING_ATTRS: Final = frozenset({"hidden", "aria-hidden", "style"})
"""Attributes that can hide an element (``is_hidden`` reads them)."""
DISCLOSURE_ATTRS: Final = frozenset({"aria-expanded", "aria-controls", "aria-selected"})
"""Attributes of a control that opens a section (its text is the section's title)."""
KEY_ATTRS: Final = frozenset({"class", "id", "role", "itemprop"})
"""Attributes that make up an element's ``AttrKey``."""
Meta = list[tuple[str, str]]
AttrKey = tuple[str, str, str, str]
HintShape = tuple[str, tuple[str, ...], frozenset[str], int, str]
"""A block's hints as the walk notes them: tag, path, tokens, link characters, bullet."""
"""An element's class, id, role and itemprop values."""


class _Figure:
    """A ``<figure>`` being walked: whether it has a caption, and its images' alt text."""

    __slots__ = ("alts", "captioned")

    def __init__(self) -> None:
        self.captioned = False
        self.alts: list[str] = []


class _Frame:
    """An open element during the walk. No frame refers to itself: no reference cycles."""

    __slots__ = (
        "chars",
        "figure",
        "key",
        "li",
        "link",
        "owner",
        "parent",
        "path",
        "score",
        "start",
        "tag",
        "tokens",
    )

    def __init__(
        self,
        tag: str,
        parent: _Frame | None,
        owner: _Frame | None,
        key: AttrKey | None,
        start: int,
    ) -> None:
        self.tag = tag
        self.parent = parent
        self.owner = owner
        """The nearest block-level ancestor that owns this inline element's text; None: self."""
        self.key = key
        """The element's class, id, role and itemprop values, when it has any."""
        self.start = start
        self.tokens: frozenset[str] | None = None
        self.link: bool = False if parent is None else parent.link
        """Inside an ``<a>`` (the parent's, unless this is one)."""
        self.li: list[bool] | None = None if parent is None else parent.li
        """The enclosing ``<li>``'s "bullet given" flag, shared by its descendants."""
        self.figure: _Figure | None = None if parent is None else parent.figure
        """The enclosing ``<figure>``, if any."""
        self.path: tuple[str, ...] | None = None
        self.chars = 0
        self.score = 0.0

    def context(self, walker: _Walker) -> tuple[tuple[str, ...], frozenset[str]]:
        """Tag names of the nearest ``PATH_DEPTH`` ancestors (outermost first), and the
        tokens of this element and its ancestors: computed once per frame, top down, in one
        pass up the chain (both are set on the same frames).

        ``walker.unions`` remembers each union made on the page: siblings alike (list items,
        table rows) share one set instead of copying their parent's, which may hold hundreds.
        The tokens naming a consent panel join ``walker.consent_found`` as they join a set.
        """
        path = self.path
        if path is not None:
            return path, self.tokens or NO_TOKENS
        chain: list[_Frame] = []
        frame: _Frame | None = self
        while frame is not None and frame.path is None:
            chain.append(frame)
            frame = frame.parent
        if frame is None:
            path, tokens = (), NO_TOKENS
        else:
            path, tokens = frame.path or (), frame.tokens or NO_TOKENS
        unions = walker.unions
        for link in reversed(chain):
            parent = link.parent
            if parent is not None:
                path = (*path[1 - PATH_DEPTH :], parent.tag) if path else (parent.tag,)
            link.path = path
            key = link.key
            if key is not None and len(tokens) < MAX_TOKENS:
                union = unions.get((tokens, key))
                if union is None:
                    own = key_tokens(key)
                    union = unions[tokens, key] = tokens if own <= tokens else tokens | own
                    if key in _KEY_CONSENT:  # (rare: looked up only for a new union)
                        walker.consent_found.update(_KEY_CONSENT[key])
                tokens = union
            link.tokens = tokens
        return path, tokens


class _Walker:
    """Builds blocks from enter/text/leave events, plus the main-content candidates."""

    def __init__(self) -> None:
        self.top: _Frame | None = None
        self.pieces: list[str] = []
        """The pending block's text pieces (emptied in place: ``walk`` holds the list)."""
        self.link_chars = 0
        self.br_pending = False
        self.after_link = False
        """The last thing added was the end of a link (adjacent links get a space)."""
        self.texts: list[str] = []
        self.hints: list[tuple[str, tuple[str, ...], frozenset[str], int, str]] = []
        self.meta: Meta = []
        self.best: tuple[float, int, int, int] = (0.0, 0, 0, 0)
        """The readability pick: score, block range, non-link characters."""
        self.candidates: list[tuple[str, int, int, int]] = []
        self.page_tokens: frozenset[str] = NO_TOKENS
        """Tokens of ``<html>`` and ``<body>`` (``class="has-sidebar"``): on every block,
        they mark none of them as unlikely."""
        self.controlled: set[str] = set()
        """Ids named by an ``aria-controls``: the sections those controls open."""
        self.aria_shown = False
        """Walk elements hidden only by ``aria-hidden`` (pages not marked as articles or
        products: a listing's carousel slides)."""
        self.styles_shown = False
        """With ``aria_shown``, walk ``display: none`` elements too (a page that shows
        its content by script, walked again: ``MIN_SHOWN_CHARS``), and score the link text
        of long linked blocks (``LINKED_PROSE_SPACES``)."""
        self.spans: list[tuple[int, int, int]] = []
        """Every element holding scored text: block range and (weighted) non-link characters."""
        self.span_classes: list[tuple[str, str]] = []
        """Each span's tag and class attribute (``widen_to_posts`` looks for repeats)."""
        self.kinds: list[tuple[str, frozenset[str]]] = []
        """``span_kinds``, worked out once (after the walk, ``widen_to_posts`` and
        ``holds_posts`` may both ask)."""
        self.unions: dict[tuple[frozenset[str], AttrKey], frozenset[str]] = {}
        """Token sets made on this page (``_Frame.context``)."""
        self.consent_sets: dict[frozenset[str], bool] = {}
        """Token sets on this page -> whether they mark a consent panel (``in_consent``)."""
        self.unlikely_sets: dict[frozenset[str], bool] = {}
        """Token sets on this page -> whether their text is weighted down (``unlikely``)."""
        self.consent_found: set[str] = set()
        """Tokens of this page's token sets that name a consent panel (``_Frame.context``)."""

    def text(self, text: str, link: bool | None = None) -> None:
        """Add a text node's text to the pending block (``link``: inside a link; None: as
        the open element is). Callers skip whitespace before a block's first word."""
        top = self.top
        if top is None:
            return
        self.pieces.append(text)
        self.after_link = False
        if top.link if link is None else link:
            self.link_chars += len(collapse(text))
        if self.br_pending and not text.isspace():
            self.br_pending = False

    def time(self, attrs: dict[str, str | None]) -> None:
        """A ``<time datetime>``: its value and the block it stands in (``time`` meta as
        ``"<block index> <datetime>"``), and as the published date when its itemprop says so."""
        value = collapse(attrs.get("datetime") or "")
        self.meta.append(("time", f"{len(self.texts)} {value}"))
        if (attrs.get("itemprop") or "").lower() == "datepublished":
            self.meta.append(("itemprop:datePublished", value))

    def br(self) -> None:
        """A line break: a space, or the end of the block when it follows another break."""
        if self.br_pending:
            self.flush()  # <br><br>: a paragraph break
        else:
            self.br_pending = True
            self.pieces.append(" ")

    def enter(self, node: LexborNode, tag: str) -> bool:
        """Open an element; return False when its content must not be walked."""
        parent = self.top
        block = PLAIN_TAGS.get(tag)
        if block is not None and parent is not None:  # the common case, told apart once
            attrs = node.attributes
            key: AttrKey | None = None
            if attrs:
                if len(attrs) == 1 and "class" in attrs:  # a third of all elements: no tests
                    classes = attrs["class"]
                    key = (classes, "", "", "") if classes else None
                elif not HIDING_ATTRS.isdisjoint(attrs) and self.hides(node, tag, attrs):
                    return False
                elif not KEY_ATTRS.isdisjoint(attrs):  # ``attr_key``, inlined
                    get = attrs.get
                    key = (
                        get("class") or "",
                        get("id") or "",
                        get("role") or "",
                        get("itemprop") or "",
                    )
                    if not any(key):
                        key = None
            if block:
                if self.pieces:
                    self.flush()
                owner = None
            else:
                child = node.first_child
                if child is None:
                    return False
                if child.next is None and child.tag_id == TEXT_NODE:  # as ``inline_leaf``
                    text = child.text_content or ""
                    if self.pieces or not text.isspace():
                        self.text(text)
                    return False
                owner = parent.owner or parent
            frame = self.top = _Frame(tag, parent, owner, key, len(self.texts))
            if tag == "li":
                frame.li = [False]
            return True
        if tag == "a" and parent is not None:  # a link: as below, without the other cases
            attrs = node.attributes
            key = None
            if attrs:
                if not HIDING_ATTRS.isdisjoint(attrs) and self.hides(node, tag, attrs):
                    return False
                if not KEY_ATTRS.isdisjoint(attrs):
                    key = attr_key(attrs)
            child = node.first_child
            if child is None or (child.next is None and child.tag_id == TEXT_NODE):
                self.inline_leaf(tag, None if child is None else child.text_content or "")
                return False
            owner = parent.owner or parent
            frame = self.top = _Frame(tag, parent, owner, key, len(self.texts))
            frame.link = True
            if self.after_link:
                self.pieces.append(" ")  # <a>News</a><a>Sport</a>: two words, not one
            return True
        if tag in SKIP_TAGS and not walked_anyway(node, tag):
            return False
        attrs = node.attributes
        key = None
        if attrs:
            if not HIDING_ATTRS.isdisjoint(attrs) and self.hides(node, tag, attrs):
                return False
            if tag in VOID_TAGS:
                self.void(tag, attrs)
                return False
            if tag == "dialog" and "open" not in attrs:
                return False  # browsers do not show a closed dialog
            if not KEY_ATTRS.isdisjoint(attrs):
                key = attr_key(attrs)
            if tag == "time" and attrs.get("datetime"):
                self.time(attrs)
        elif tag in VOID_TAGS:
            self.void(tag, attrs)
            return False
        elif tag == "dialog":
            return False  # browsers do not show a closed dialog
        if tag in TOKEN_TAGS:
            classes, ident, role, itemprop = key or ("", "", "", "")
            key = (classes, ident, f"{role} {tag}", itemprop)
        if tag in BLOCK_TAGS or "-" in tag:
            if self.pieces:
                self.flush()
            frame = _Frame(tag, parent, None, key, len(self.texts))
        elif parent is None:
            frame = _Frame(tag, None, None, key, len(self.texts))
        else:
            child = node.first_child
            if child is None or (child.next is None and child.tag_id == TEXT_NODE):
                self.inline_leaf(tag, None if child is None else child.text_content or "")
                return False
            if tag in CELL_TAGS:
                self.pieces.append(" ")
            owner = parent.owner or parent
            frame = _Frame(tag, parent, owner, key, len(self.texts))
        if tag == "a":
            frame.link = True
            if self.after_link:
                self.pieces.append(" ")  # <a>News</a><a>Sport</a>: two words, not one
        elif tag == "li":
            frame.li = [False]
        elif tag == "figure":
            frame.figure = _Figure()
        if tag in PAGE_TAGS and key is not None:
            self.page_tokens |= key_tokens(key)
        self.top = frame
        return True

    def hides(self, node: LexborNode, tag: str, attrs: dict[str, str | None]) -> bool:
        """Whether an element whose attributes may hide it is hidden from a reader (and not
        a collapsed section a reader can open)."""
        return is_hidden(tag, attrs) and not self.disclosed(node, attrs)

    def disclosed(self, node: LexborNode, attrs: dict[str, str | None]) -> bool:
        """A hidden element a reader can open: the target of an ``aria-controls``, or the
        element right after a control marked ``aria-expanded="false"`` (a collapsed
        section of an accordion, a FAQ answer). With ``aria_shown``, a block element only
        ``aria-hidden`` (a carousel's other slides; not an inline price a screen reader
        hears as words instead) too."""
        if self.aria_shown and node.tag in BLOCK_TAGS:
            if self.styles_shown and "hidden" not in attrs:
                return True
            if not is_hidden("", attrs, aria=False):
                return True
        ident = attrs.get("id")
        if ident and ident in self.controlled:
            return True
        before = node.prev
        while before is not None and (before.tag or "").startswith("-"):
            before = before.prev  # text and comments between the two
        return before is not None and has_collapsed_control(before)

    def inline_leaf(self, tag: str, text: str | None) -> None:
        """An inline element holding one text node or none (``<a href>Home</a>``): its text
        joins the pending block as if it were walked, without a frame (it has no blocks)."""
        pieces = self.pieces
        top = self.top
        link = top is not None and top.link
        if tag in CELL_TAGS:
            pieces.append(" ")
        elif tag == "a":
            link = True
            if self.after_link:
                pieces.append(" ")
        if text is not None and (pieces or not text.isspace()):
            self.text(text, link)
        if tag in CELL_TAGS:
            pieces.append(" ")
        elif tag == "a":
            self.after_link = True

    def void(self, tag: str, attrs: dict[str, str | None]) -> None:
        """Handle an element without content: ``br``, ``hr``, ``img``..."""
        if tag == "br":
            self.br()
        elif tag == "hr":
            self.flush()
        elif tag == "img":
            figure = self.top.figure if self.top is not None else None
            alt = collapse(attrs.get("alt") or "")
            if alt and figure is not None:
                figure.alts.append(alt)

    def leave(self) -> None:
        """Close the open element: end its block, pass its counts up, note a candidate."""
        frame = self.top
        if frame is None:
            return
        tag = frame.tag
        if frame.owner is None:
            if self.pieces:
                self.flush()
        elif tag in CELL_TAGS:
            self.pieces.append(" ")
        elif tag == "a":
            self.after_link = True
        self.top = parent = frame.parent
        end = len(self.texts)
        chars = frame.chars
        if chars:  # (a score comes with characters: a scored paragraph has some)
            if parent is not None:
                parent.chars += chars
            if frame.score > self.best[0] and not self.in_consent(frame):
                self.best = (frame.score, frame.start, end, chars)
            self.spans.append((frame.start, end, chars))
            self.span_classes.append((tag, frame.key[0] if frame.key is not None else ""))
        if end > frame.start:
            semantic = SEMANTIC_TAGS.get(tag, "")
            key = frame.key
            if key is not None:
                named = _KEY_KINDS.get(key)
                if named is None:
                    named = key_kind(key)
                if named and (not semantic or named == "articlebody"):
                    semantic = named
            if semantic and not self.in_consent(frame):
                self.candidates.append((semantic, chars, frame.start, end))
        if tag == "figure":
            figure = frame.figure
            if figure is not None and not figure.captioned:
                self.meta.extend(("caption", alt) for alt in figure.alts)

    def in_consent(self, frame: _Frame) -> bool:
        """Is the element a cookie or consent panel, or inside one? Its tokens or its
        ancestors' name one (``CONSENT_PARTS``), other than ``<html>`` and ``<body>``'s."""
        return self.consent_tokens(frame.context(self)[1])

    def consent_tokens(self, tokens: frozenset[str]) -> bool:
        """Do these tokens, other than ``<html>`` and ``<body>``'s, name a consent panel?"""
        if not self.consent_found:
            return False  # most pages name no consent panel
        marked = self.consent_sets.get(tokens)
        if marked is None:
            found = tokens & self.consent_found  # (``context`` made the set: all were seen)
            marked = self.consent_sets[tokens] = bool(found) and not found <= self.page_tokens
        return marked

    def unlikely(self, tokens: frozenset[str]) -> bool:
        """Is text under these tokens weighted down for the main-content pick: an unlikely
        token (other than ``<html>`` and ``<body>``'s), or a consent panel's?"""
        return (
            not UNLIKELY_TOKENS.isdisjoint(tokens)
            and not (UNLIKELY_TOKENS & tokens <= self.page_tokens)
        ) or self.consent_tokens(tokens)

    def flush(self) -> None:
        """Turn the pending inline text into a block owned by the nearest block element."""
        pieces = self.pieces
        if not pieces:
            return
        text = collapse("".join(pieces))
        link_chars = self.link_chars
        pieces.clear()
        self.link_chars = 0
        self.br_pending = False
        self.after_link = False
        top = self.top
        if not text or top is None:
            return
        if link_chars > len(text):
            link_chars = len(text)
        owner = top.owner or top
        tag = owner.tag
        bullet = ""
        if owner.li is not None and not owner.li[0]:
            owner.li[0] = True
            bullet = "•"
        self.texts.append(text)
        path, tokens = owner.context(self)
        self.hints.append((tag, path, tokens, link_chars, bullet))
        plain = 0 if text[0] in "[{" and DATA_BLOB.match(text) else len(text) - link_chars
        if self.styles_shown and link_chars and text.count(" ") >= LINKED_PROSE_SPACES:
            plain = len(text)  # a card wrapped in its link: its summary is text
        unlikely = self.unlikely_sets.get(tokens)
        if unlikely is None:
            unlikely = self.unlikely_sets[tokens] = self.unlikely(tokens)
        if unlikely:
            plain = int(plain * UNLIKELY_WEIGHT)
        owner.chars += plain
        if tag == "h1":
            self.meta.append(("h1", text))
        elif tag == "figcaption":
            self.meta.append(("caption", text))
            if owner.figure is not None:
                owner.figure.captioned = True
        if plain < MIN_SCORED_CHARS or tag in UNSCORED_TAGS:
            return
        if plain > MAX_PARAGRAPH_SCORE:
            plain = MAX_PARAGRAPH_SCORE
        first = owner if tag in CONTAINER_TAGS or "-" in tag else owner.parent
        if first is not None:
            first.score += plain
            if first.parent is not None:
                first.parent.score += plain / 2


def walked_anyway(node: LexborNode, tag: str) -> bool:
    """Is this skipped element's content page text after all: a ``<noscript>`` holding
    ``NOSCRIPT_MIN_CHARS`` or more, or a ``<button>`` that opens a section (an accordion's
    or a tab's title: ``aria-expanded``, ``aria-controls``, ``aria-selected``)?"""
    if tag == "noscript":
        # a text collapses to no more than itself, and its start to no more than the whole:
        # a long one (a framework's 500 kB of raw script) is judged by its start
        text = node.text()
        start = text[:NOSCRIPT_SCAN]
        return len(collapse(start)) >= NOSCRIPT_MIN_CHARS or (
            len(start) < len(text) and len(collapse(text)) >= NOSCRIPT_MIN_CHARS
        )
    return tag == "button" and not DISCLOSURE_ATTRS.isdisjoint(node.attributes)


def has_collapsed_control(node: LexborNode) -> bool:
    """Is ``node``, or one of its first ``MAX_CONTROL_SCAN`` descendants, a control marked
    ``aria-expanded="false"`` (the button of a collapsed section)?"""
    stack = [node]
    seen = 0
    while stack and seen < MAX_CONTROL_SCAN:
        each = stack.pop()
        seen += 1
        if (each.attributes.get("aria-expanded") or "").strip().lower() == "false":
            return True
        child = each.last_child
        while child is not None:
            if not (child.tag or "").startswith("-"):
                stack.append(child)
            child = child.prev
    return False


def is_hidden(tag: str, attrs: dict[str, str | None], aria: bool = True) -> bool:
    """True for an element the page hides: ``hidden``, ``aria-hidden``, ``display: none``.

    A React streamed segment (``<div hidden id="S:1">``) and ``hidden="until-found"``
    (collapsed sections a reader can expand) are not hidden.

    >>> is_hidden("div", {"hidden": None}), is_hidden("div", {"hidden": "", "id": "S:1"})
    (True, False)
    """
    hidden = attrs.get("hidden", "-")
    if (
        hidden != "-"
        and (hidden or "").strip().lower() != "until-found"
        and not REACT_SEGMENT.fullmatch(attrs.get("id") or "")
    ):
        return True
    marked = attrs.get("aria-hidden") if aria else None
    if (
        marked
        and marked.strip().lower() == "true"
        and tag not in LANDMARK_TAGS
        and (attrs.get("role") or "").lower() != "main"
    ):
        return True
    style = attrs.get("style")
    return bool(style and DISPLAY_NONE.search(style))


def semantic_kind(classes: str, ident: str, role: str, itemprop: str) -> str:
    """Say which kind of main-content container these attributes name, or ``""``.

    >>> semantic_kind("entry-content clearfix", "", "", "")
    'named'
    """
    if itemprop and "articlebody" in itemprop.lower():
        return "articlebody"
    if role and role.strip().lower() == "main":
        return "main"
    names = f"{classes} {ident}".lower()
    ends = "body" in names or "content" in names or "text" in names  # C scans, before a regex's
    return "named" if ends and MAIN_NAME.search(names) else ""


def split_tokens(classes: str, ident: str, role: str, itemprop: str) -> frozenset[str]:
    """Lower-cased class/id names, their alphanumeric parts, role and itemprop values.

    >>> sorted(split_tokens("article-body__text", "", "main", ""))
    ['article', 'article-body__text', 'body', 'main', 'text']
    """
    names = f"{classes} {ident}".lower()  # NAME_PART never spans a space: one scan for all
    if names.isascii():  # as ``NAME_PART.findall``, a third faster: a byte table in C
        parts = names.encode().translate(NAME_SEPARATORS).decode().split()
    else:
        parts = NAME_PART.findall(names)
    if role or itemprop:
        parts.extend(f"{role} {itemprop}".lower().split())
    return frozenset((*names.split(), *parts))


_KEY_TOKENS: dict[AttrKey, frozenset[str]] = {}
"""An element's attributes -> ``split_tokens``, across elements and pages."""
_KEY_KINDS: dict[AttrKey, str] = {}
"""An element's attributes -> ``semantic_kind``, across elements and pages."""
_KEY_CONSENT: dict[AttrKey, frozenset[str]] = {}
"""An element's attributes -> those of its ``split_tokens`` naming a consent panel, for the
few that have any (filled and emptied with ``_KEY_TOKENS``)."""


@text_cache
def consent_token(token: str) -> bool:
    """Does a class or id token name a cookie or consent panel (``CONSENT_PARTS``)?

    >>> consent_token("onetrust-consent-sdk"), consent_token("CookieBanner".lower())
    (True, True)
    >>> consent_token("article-body")
    False
    """
    return any(part in token for part in CONSENT_PARTS)


def attr_key(attrs: dict[str, str | None]) -> AttrKey | None:
    """An element's class, id, role and itemprop, or None when all are empty.

    >>> attr_key({"class": "post", "href": "/x"}), attr_key({"class": ""})
    (('post', '', '', ''), None)
    """
    key = (
        attrs.get("class") or "",
        attrs.get("id") or "",
        attrs.get("role") or "",
        attrs.get("itemprop") or "",
    )
    return key if any(key) else None


def key_tokens(key: AttrKey) -> frozenset[str]:
    """``split_tokens`` of an element's attributes, cached (``CACHE_SIZE`` keys at most)."""
    tokens = _KEY_TOKENS.get(key)
    if tokens is None:
        if len(_KEY_TOKENS) >= CACHE_SIZE:
            _KEY_TOKENS.clear()
            _KEY_CONSENT.clear()
        tokens = _KEY_TOKENS[key] = split_tokens(*key)
        joined = " ".join(tokens)  # most elements name no consent panel: one test
        if any(part in joined for part in CONSENT_PARTS):
            _KEY_CONSENT[key] = frozenset(filter(consent_token, tokens))
    return tokens


def key_kind(key: AttrKey) -> str:
    """``semantic_kind`` of an element's attributes, cached (``CACHE_SIZE`` keys at most)."""
    kind = _KEY_KINDS.get(key)
    if kind is None:
        if len(_KEY_KINDS) >= CACHE_SIZE:
            _KEY_KINDS.clear()
        kind = _KEY_KINDS[key] = semantic_kind(*key)
    return kind


def tag_names() -> dict[int, str]:
    """lexbor's tag ids of the HTML elements, text and comments -> their names, read from
    a scratch document. The id of an element lexbor knows is the same on every page (a
    custom element's is not: it is left out, as are SVG's mixed-case names, ``clipPath``)."""
    tree = LexborHTMLParser("<p>text<!--comment--></p>")
    names = {
        node.tag_id: node.tag or ""
        for node in tree.css("p")[0].iter(include_text=True)
        if node.tag_id < KNOWN_TAGS
    }
    for name in HTML_ELEMENTS:
        tag_id = tree.create_node(name).tag_id
        if tag_id < KNOWN_TAGS:
            names[tag_id] = name
    return names


_TAG_NAMES: Final = tag_names()
TEXT_NODE: Final = LexborHTMLParser("<p>text</p>").css("p")[0].first_child.tag_id  # type: ignore[union-attr]
"""The tag id of a text node (compared, with no ``tag`` string made)."""


def walk(root: LexborNode, walker: _Walker) -> None:
    """Visit ``root`` and its descendants depth-first, iteratively, feeding ``walker``."""
    node = root
    depth = 0
    enter = walker.enter
    leave = walker.leave
    pieces = walker.pieces
    names = _TAG_NAMES
    while True:
        tag_id = node.tag_id  # an int: ``node.tag`` makes a new string on every call
        if tag_id == TEXT_NODE:
            text = node.text_content or ""
            # whitespace before a block's first word: no (``_Walker.text``, inlined)
            if (pieces or not text.isspace()) and (top := walker.top) is not None:
                pieces.append(text)
                walker.after_link = False
                if top.link:
                    walker.link_chars += len(collapse(text))
                if walker.br_pending and not text.isspace():
                    walker.br_pending = False
        elif (tag := names.get(tag_id) or node.tag) and tag[0] != "-" and enter(node, tag):
            child = node.first_child
            if child is not None:
                node = child
                depth += 1
                continue
            leave()
        while depth:
            sibling = node.next
            if sibling is not None:
                node = sibling
                break
            parent = node.parent
            if parent is None:
                return
            node = parent
            depth -= 1
            leave()
        else:
            return


def page_chars(walker: _Walker) -> int:
    """The page's scored (non-link, weighted) characters: those of its largest span."""
    return max((span[2] for span in walker.spans), default=0)


def pick_main(walker: _Walker, look_past: bool = False) -> tuple[int, int]:
    """Return the block range ``[start, end)`` of the main-content container."""
    start, end, chars = pick_container(walker)
    if any(c[0] in TRUSTED and c[2] == start and c[3] == end for c in walker.candidates):
        return start, end  # the page names its article body or main content: trust it
    return grow(walker, *widen(walker.spans, start, end, chars), look_past)


def grow(walker: _Walker, start: int, end: int, look_past: bool = False) -> tuple[int, int]:
    """Grow the pick to its parent while the parent adds paragraphs holding ``GROW_SHARE``
    of the pick's own: an article built of sibling sections (a page builder's components)
    is more than its longest section, as in readability's sibling step.

    A paragraph is a ``<p>`` of ``MIN_PARAGRAPH_CHARS`` or more, mostly not links, under
    no unlikely token, in no consent panel and in no feed of ``<article>`` cards; a copy of
    a block in the pick (a page that repeats its article for another screen size) adds
    nothing. With ``look_past`` (pages not marked as articles), a parent adding only
    headings does not stop the growth (2026-11-27: wcxb-dev documentation 0.913 to 0.917,
    service 0.823 to 0.825, all 0.8525 to 0.8530; on article pages it let one story take
    in its teasers, so they keep the stop).
    """
    texts = walker.texts
    hints = walker.hints
    chain = sorted(
        (s for s in walker.spans if s[0] <= start and end <= s[1] and s[1] - s[0] > end - start),
        key=lambda s: s[1] - s[0],
    )
    if not chain:
        return start, end
    page_tokens = walker.page_tokens
    consent = walker.consent_tokens
    sizes = [
        size if (size := paragraph_size(text, hint, page_tokens)) and not consent(hint[2]) else 0
        for text, hint in zip(texts, walker.hints, strict=True)
    ]
    for feed_start, feed_end in feed_ranges(walker.candidates):
        sizes[feed_start:feed_end] = [0] * (feed_end - feed_start)
    own = sum(sizes[start:end])
    inside = set(texts[start:end])
    for outer_start, outer_end, _ in chain:
        if (outer_start, outer_end) == (start, end):
            continue  # a wrapper around the pick
        new = [*range(outer_start, start), *range(end, outer_end)]
        added = sum(sizes[i] for i in new if texts[i] not in inside)
        if added == 0 and look_past and all(hints[i][0] in HEADING_TAGS for i in new):
            continue  # a heading over the pick: its section's siblings may come next
        if added == 0 or added < GROW_SHARE * own:
            break
        own += sum(sizes[i] for i in new)
        inside.update(texts[i] for i in new)
        start, end = outer_start, outer_end
    return start, end


def paragraph_size(
    text: str,
    hint: tuple[str, tuple[str, ...], frozenset[str], int, str],
    page_tokens: frozenset[str] = NO_TOKENS,
) -> int:
    """Non-link characters of a block that is a paragraph for ``grow``, else 0 (unlikely
    tokens all among ``page_tokens``, those of ``<html>`` and ``<body>``, do not count).

    >>> paragraph_size("x" * 90, ("p", (), frozenset(), 0, ""))
    90
    >>> paragraph_size("x" * 90, ("li", (), frozenset(), 0, ""))
    0
    """
    tag, _, tokens, link_chars, _ = hint
    if (
        tag == "p"
        and len(text) >= MIN_PARAGRAPH_CHARS
        and link_chars < MAX_PARAGRAPH_LINK_SHARE * len(text)
        and UNLIKELY_TOKENS & tokens <= page_tokens
    ):
        return len(text) - link_chars
    return 0


def widen(spans: list[tuple[int, int, int]], start: int, end: int, chars: int) -> tuple[int, int]:
    """Widen a pick holding little of the page's text to its nearest ancestor that holds enough.

    A forum thread, a service page or a feature split into many sections has its text
    spread over siblings; the pick is then one post or one section.

    >>> widen([(0, 2, 50), (0, 5, 300), (0, 9, 400)], 0, 2, 50)
    (0, 5)
    """
    total = max((span[2] for span in spans), default=0)
    if chars >= MIN_PICK_SHARE * total:
        return start, end
    around = (s for s in spans if s[0] <= start and end <= s[1] and s[2] >= WIDEN_SHARE * total)
    widest = min(around, key=lambda s: s[1] - s[0], default=None)
    return (start, end) if widest is None else (widest[0], widest[1])


def widen_to_title(walker: _Walker, start: int, end: int) -> tuple[int, int]:
    """Widen a product page's pick to its nearest ancestor holding the page's ``<h1>``.

    A product page (``pagetidy.pagekind``) splits its product into a head (name, price,
    options) and a body (description, specifications): a pick of one misses the other.

    >>> walker = _Walker()
    >>> walker.hints = [("h1", (), NO_TOKENS, 0, ""), ("p", (), NO_TOKENS, 0, "")]
    >>> walker.spans = [(1, 2, 300), (0, 2, 320), (0, 5, 400)]
    >>> widen_to_title(walker, 1, 2)
    (0, 2)
    """
    h1 = next((i for i, hint in enumerate(walker.hints) if hint[0] == "h1"), None)
    if h1 is None or start <= h1 < end:
        return start, end
    return nearest_span(walker.spans, min(start, h1), max(end, h1 + 1)) or (start, end)


def nearest_span(spans: list[tuple[int, int, int]], low: int, high: int) -> tuple[int, int] | None:
    """The block range of the smallest element holding blocks ``[low, high)``, if any.

    >>> nearest_span([(0, 9, 400), (2, 6, 300), (3, 5, 100)], 2, 5)
    (2, 6)
    """
    around = (span for span in spans if span[0] <= low and high <= span[1])
    nearest = min(around, key=lambda span: span[1] - span[0], default=None)
    return None if nearest is None else (nearest[0], nearest[1])


def post_class(tag: str, classes: str) -> tuple[str, frozenset[str]]:
    """An element's tag and class names without digits: posts of a thread share it
    (``post odd`` / ``post even`` differ; ``post-123`` is one post's own name).

    >>> post_class("div", "message post-17 Message")
    ('div', frozenset({'message'}))
    """
    names = classes.lower().split()
    if classes.isascii():  # an ASCII digit is all ``str.isdigit`` finds there: test in C
        if ASCII_DIGIT.search(classes):  # most class attributes have no digit at all
            names = [name for name in names if not ASCII_DIGIT.search(name)]
    elif any(map(str.isdigit, classes)):
        names = [name for name in names if not any(map(str.isdigit, name))]
    return tag, frozenset(names)


def span_kinds(walker: _Walker) -> list[tuple[str, frozenset[str]]]:
    """``post_class`` of every span, each distinct tag and class attribute worked out once
    (a page's spans share a few hundred of them), the spans mapped to them in C."""
    classes = walker.span_classes
    if len(walker.kinds) != len(classes):  # not worked out yet (or the walk went on)
        memo = {key: post_class(*key) for key in set(classes)}
        walker.kinds = list(map(memo.__getitem__, classes))
    return walker.kinds


def widen_to_posts(walker: _Walker, start: int, end: int, stamped: bool = False) -> tuple[int, int]:
    """Widen a forum thread's pick (one post) to the nearest element holding every post.

    A post is the pick or one of its ``MAX_POST_DEPTH`` nearest ancestors, when
    ``MIN_POSTS`` or more elements share its tag and class names (``post_class``); the
    thread is the nearest element holding all of them. ``stamped``: the page's markup does
    not say it is a thread, so the posts must show it (``MIN_STAMPED_POSTS`` of them, each
    with a stamp, the pick holding at most ``MAX_POST_SHARE`` of their text): rows of a
    layout and an article's teasers are left alone.

    >>> walker = _Walker()
    >>> walker.texts = ["Ann", "Hi all.", "Bo", "Hello.", "Cy", "Hey.", "Di", "Yo."]
    >>> walker.spans = [(0, 2, 9), (2, 4, 9), (4, 6, 9), (6, 8, 9), (0, 8, 36)]
    >>> walker.span_classes = [("div", "post")] * 4 + [("div", "thread")]
    >>> widen_to_posts(walker, 0, 2), widen_to_posts(walker, 0, 2, stamped=True)
    ((0, 8), (0, 2))
    >>> walker.meta = [("time", f"{i} 2024-01-0{i}") for i in (0, 2, 4, 6)]
    >>> widen_to_posts(walker, 0, 2, stamped=True)
    (0, 8)
    """
    spans = walker.spans
    kinds = span_kinds(walker)
    chain = sorted(
        (i for i, s in enumerate(spans) if s[0] <= start and end <= s[1]),
        key=lambda i: spans[i][1] - spans[i][0],
    )
    stamps: list[int] | None = None
    for i in chain[:MAX_POST_DEPTH]:
        kind = kinds[i]
        if not kind[1]:
            continue
        same = list(compress(spans, map(kind.__eq__, kinds)))  # the spans alike, in C
        if len(same) < MIN_POSTS:
            continue
        if stamped:
            if len(same) < MIN_STAMPED_POSTS or spans[i][2] > MAX_POST_SHARE * sum(
                s[2] for s in same
            ):
                continue
            stamps = stamp_blocks(walker) if stamps is None else stamps
            if not each_stamped(same, stamps):
                continue
        low = min(min(s[0] for s in same), start)
        high = max(max(s[1] for s in same), end)
        return nearest_span(spans, low, high) or (start, end)
    return start, end


def holds_posts(walker: _Walker, start: int, end: int) -> bool:
    """Does the pick hold a thread: ``MIN_STAMPED_POSTS`` or more elements alike, each with
    a stamp, holding ``MIN_THREAD_SHARE`` of its text or more?

    >>> walker = _Walker()
    >>> walker.texts = ["Ann", "Hi all.", "Bo", "Hello.", "Cy", "Hey.", "Di", "Yo."]
    >>> walker.spans = [(0, 2, 9), (2, 4, 9), (4, 6, 9), (6, 8, 9), (0, 8, 36)]
    >>> walker.span_classes = [("div", "post")] * 4 + [("div", "thread")]
    >>> holds_posts(walker, 0, 8)
    False
    >>> walker.meta = [("time", f"{i} 2024-01-0{i}") for i in (0, 2, 4, 6)]
    >>> holds_posts(walker, 0, 8), holds_posts(walker, 0, 4)
    (True, False)
    """
    spans = walker.spans
    inside: dict[tuple[str, frozenset[str]], list[tuple[int, int, int]]] = {}
    total = 0
    for span, kind in zip(spans, span_kinds(walker), strict=True):
        if start <= span[0] and span[1] <= end:
            total = max(total, span[2])
            if kind[1]:
                inside.setdefault(kind, []).append(span)
    stamps: list[int] | None = None
    for same in inside.values():
        if len(same) < MIN_STAMPED_POSTS or sum(s[2] for s in same) < MIN_THREAD_SHARE * total:
            continue
        stamps = stamp_blocks(walker) if stamps is None else stamps
        if each_stamped(same, stamps):
            return True
    return False


def each_stamped(spans: list[tuple[int, int, int]], stamps: list[int]) -> bool:
    """Does every element (a span of blocks) hold one of the ``stamps`` (sorted block
    indices, ``stamp_blocks``)?

    >>> each_stamped([(0, 2, 9), (2, 4, 9)], [1, 2]), each_stamped([(0, 2, 9), (2, 4, 9)], [4])
    (True, False)
    """
    return all(bisect_left(stamps, s[0]) < bisect_left(stamps, s[1]) for s in spans)


def stamp_blocks(walker: _Walker) -> list[int]:
    """Sorted indices of the blocks holding a stamp: a ``<time datetime>``, or a date in a
    block of ``MAX_STAMP_CHARS`` or fewer (``Posted Mar 3, 2024``).

    >>> walker = _Walker()
    >>> walker.texts = ["Posted Mar 3, 2024", "Hi all.", "Ann", "A quiet day."]
    >>> walker.meta = [("time", "2 2024-03-04")]
    >>> stamp_blocks(walker)
    [0, 2]
    """
    found = {int(value.partition(" ")[0]) for name, value in walker.meta if name == "time"}
    texts = walker.texts
    found.update(
        i for i, text in enumerate(texts) if len(text) <= MAX_STAMP_CHARS and find_dates(text)
    )
    return sorted(found)


def pick_container(walker: _Walker) -> tuple[int, int, int]:
    """The block range and non-link characters of the best main-content candidate."""
    _, best_start, best_end, best_chars = walker.best
    candidates = walker.candidates
    feeds = feed_ranges(candidates)
    if feeds:
        # a container of several <article> cards is a feed: neither it nor its cards
        # are the article (unless nothing else is left)
        rest = [c for c in candidates if not any(f[0] <= c[2] and c[3] <= f[1] for f in feeds)]
        if rest:
            candidates = rest
            if any(best_start <= f[0] and f[1] <= best_end for f in feeds):
                best_end = best_start
    articles = sorted((c for c in candidates if c[0] == "article"), key=lambda c: -c[1])
    if len(articles) > 1 and articles[0][1] < DOMINANT_ARTICLE * articles[1][1]:
        candidates = [c for c in candidates if c[0] != "article"]
    pool = [c for c in candidates if c[0] == "articlebody"] or candidates
    if not pool:
        return best_start, best_end, best_chars
    _, chars, start, end = max(pool, key=lambda c: (c[1], c[2] - c[3]))
    for kind, inner_chars, inner_start, inner_end in sorted(pool, key=lambda c: c[3] - c[2]):
        if (
            start <= inner_start
            and inner_end <= end
            and inner_chars >= MIN_INNER_SHARE * chars
            and sibling_chars(pool, kind, (start, end), (inner_start, inner_end))
            < MAX_SPLIT_SHARE * inner_chars
        ):
            chars, start, end = inner_chars, inner_start, inner_end
            break
    if best_end <= best_start:
        return start, end, chars
    if chars < MIN_SEMANTIC_SHARE * best_chars:
        return best_start, best_end, best_chars
    inside = start <= best_start and best_end <= end
    if inside and best_chars >= MIN_READABILITY_SHARE * chars:
        return best_start, best_end, best_chars
    return start, end, chars


def sibling_chars(
    pool: list[tuple[str, int, int, int]],
    kind: str,
    outer: tuple[int, int],
    inner: tuple[int, int],
) -> int:
    """Characters of the ``named`` candidates inside ``outer`` beside a ``named`` ``inner``
    (the outermost ones): an article body split into several chunks named like
    ``article-body`` is not narrowed to its largest chunk. Other kinds: 0 (``<article>``
    cards beside a story are a feed, not its chunks).

    >>> sibling_chars([("named", 9, 0, 9), ("named", 5, 0, 5), ("named", 3, 5, 8),
    ...                ("named", 2, 5, 7), ("article", 1, 8, 9)], "named", (0, 9), (0, 5))
    3
    """
    if kind != "named":
        return 0
    total = 0
    taken: list[tuple[int, int]] = []
    beside = (c for c in pool if c[0] == kind and outer[0] <= c[2] and c[3] <= outer[1])
    for _, chars, start, end in sorted(beside, key=lambda c: c[2] - c[3]):
        outside = end <= inner[0] or start >= inner[1]
        if outside and not any(s <= start and end <= e for s, e in taken):
            taken.append((start, end))
            total += chars
    return total


def feed_ranges(candidates: list[tuple[str, int, int, int]]) -> list[tuple[int, int]]:
    """Block ranges of candidates holding ``MIN_FEED_CARDS`` or more nested ``<article>``
    cards, none of them dominant (a story with a few teasers below it is no feed).

    >>> feed_ranges([("main", 9, 0, 9), ("article", 3, 0, 3), ("article", 3, 3, 6),
    ...              ("article", 3, 6, 9), ("article", 9, 10, 19)])
    [(0, 9)]
    """
    articles = sorted((c[2], c[3], c[1]) for c in candidates if c[0] == "article")
    feeds: list[tuple[int, int]] = []
    for _, _, start, end in candidates:
        sizes: list[int] = []
        first = bisect_left(articles, (start, 0, 0))
        for inner_start, inner_end, chars in articles[first : first + MAX_FEED_SCAN]:
            if inner_start >= end:
                break
            if inner_end <= end and (inner_start, inner_end) != (start, end):
                sizes.append(chars)
        if len(sizes) < MIN_FEED_CARDS or (start, end) in feeds:
            continue
        sizes.sort(reverse=True)
        if sizes[0] < DOMINANT_ARTICLE * sizes[1]:
            feeds.append((start, end))
    return feeds


def read_head(tree: LexborHTMLParser, controlled: set[str] | None = None) -> Meta:
    """Read title, ``<meta>`` facts, canonical URL, language and JSON-LD from markup, and
    add the ids named by ``aria-controls`` attributes to ``controlled``."""
    meta: Meta = []
    canonical = ""
    og_url = ""
    title_seen = False
    root = tree.root
    if root is None:
        return meta
    selector = getattr(_SELECTORS, "selector", None)
    if selector is None:
        selector = _SELECTORS.selector = LexborCSSSelector()  # type: ignore[no-untyped-call]
    for node in selector.find(HEAD_QUERY, root):
        tag = node.tag
        attrs = node.attributes
        if "aria-controls" in attrs:
            if controlled is not None:
                controlled.update((attrs.get("aria-controls") or "").split())
            if not head_match(tag, attrs):
                continue  # matched by aria-controls alone
        if "itemtype" in attrs:
            meta.extend(("itemtype", kind) for kind in schema_types(attrs.get("itemtype") or ""))
            if tag != "meta":
                continue
        if tag == "meta":
            key = (
                (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "")
                .strip()
                .lower()
            )
            value = collapse(attrs.get("content") or "")
            if value and (known := meta_key(key)):
                meta.append((known, value))
            elif key == "og:url" and value:
                og_url = og_url or value
        elif tag == "link":
            rel = (attrs.get("rel") or "").lower().split()
            if "canonical" in rel and not canonical:
                canonical = collapse(attrs.get("href") or "")
        elif tag == "title":
            parent = node.parent
            if not title_seen and parent is not None and parent.tag in ("head", "html", "body"):
                title_seen = True
                text = collapse(node.text())
                if text:
                    meta.insert(0, ("title", text))
        elif "ld+json" in (attrs.get("type") or "").lower():
            meta.extend(read_json_ld(node.text()))
    if canonical or og_url:
        meta.append(("canonical", canonical or og_url))
    lang = collapse(root.attributes.get("lang") or "")
    if lang:
        meta.append(("html_lang", lang))
    return meta


def head_match(tag: str | None, attrs: Mapping[str, str | None]) -> bool:
    """Does the element match ``HEAD_QUERY`` without its ``[aria-controls]``?

    >>> head_match("meta", {"content": "x"}), head_match("button", {"aria-controls": "x"})
    (True, False)
    """
    return (
        "itemtype" in attrs
        or tag == "title"
        or (tag == "meta" and "content" in attrs)
        or (tag == "script" and "ld+json" in (attrs.get("type") or "").lower())
        or (tag == "link" and "canonical" in (attrs.get("rel") or "").lower() and "href" in attrs)
    )


def read_json_ld(text: str) -> Meta:
    """Facts from one JSON-LD script: headline, dates, authors... of its article objects.

    >>> read_json_ld('{"@type": "NewsArticle", "headline": "Hi", "author": [{"name": "A"}]}')
    [('ld:headline', 'Hi'), ('ld:author', 'A')]
    """
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    try:
        data: object = json.loads(text, strict=False)
    except ValueError:
        return []
    meta: Meta = []
    items = list(json_objects(data))
    people = {str(item["@id"]): item for item in items if "@id" in item and "name" in item}
    authors: dict[str, list[str]] = {}
    for item in items:
        kinds = item.get("@type")
        kind_list = kinds if isinstance(kinds, list) else [kinds]
        kind_set = {kind for kind in kind_list if isinstance(kind, str)}
        meta.extend(("ld:type", kind) for kind in sorted(kind_set & KIND_TYPES))
        names = json_names(item.get("author"), people)
        for group, types in (("ld:page_author", LD_PAGE_TYPES), ("post", LD_POST_TYPES)):
            if kind_set & types and names:
                authors.setdefault(group, names)
        if kind_set & LD_POST_TYPES:  # a thread's opening post: its date is the thread's
            meta.extend(("ld:postPublished", v) for v in json_strings(item.get("datePublished")))
        if not kind_set & LD_ARTICLE_TYPES:
            continue
        for field in ("headline", "datePublished", "dateModified"):
            meta.extend((f"ld:{field}", value) for value in json_strings(item.get(field)))
        if names and "ld:author" not in authors:  # later articles are teasers of other pages
            authors["ld:author"] = names
            meta.extend(("ld:author", name) for name in names)
        keywords = json_strings(item.get("keywords"))
        if keywords:
            meta.append(("ld:keywords", ", ".join(keywords)))
        meta.extend(("ld:articleSection", s) for s in json_strings(item.get("articleSection")))
        meta.extend(("ld:publisher", name) for name in json_names(item.get("publisher")))
    if "ld:author" not in authors:  # a forum thread's opening post
        meta.extend(("ld:author", name) for name in authors.get("post", []))
    meta.extend(("ld:page_author", name) for name in authors.get("ld:page_author", []))
    return meta


def schema_types(itemtype: str) -> list[str]:
    """The ``KIND_TYPES`` a microdata ``itemtype`` names (schema.org URLs, last part).

    >>> schema_types("https://schema.org/Product http://schema.org/Thing")
    ['Product']
    """
    names = (url.rstrip("/").rsplit("/", 1)[-1] for url in itemtype.split())
    return [name for name in names if name in KIND_TYPES]


def json_objects(data: object) -> Iterator[dict[str, object]]:
    """Yield the objects of a JSON-LD document: top level, lists, ``@graph``, ``mainEntity``."""
    stack = [data]
    seen = 0
    while stack and seen < MAX_LD_NODES:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            for key in ("mainEntity", "@graph"):
                if key in item:
                    stack.append(item[key])


def json_strings(value: object) -> list[str]:
    """A JSON-LD value as non-empty strings: a string, or the strings of a list."""
    values = value if isinstance(value, list) else [value]
    return [collapse(v) for v in values if isinstance(v, str) and v.strip()]


def json_names(value: object, people: Mapping[str, object] | None = None) -> list[str]:
    """Names of a JSON-LD person/organization value: a string, ``{"name": ...}``, or a list.

    A reference (``{"@id": "#jane"}``) is looked up among ``people`` (the script's nodes).
    """
    names: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "name" not in item and people:
            item = people.get(str(item.get("@id")), item)
        name = item.get("name") if isinstance(item, dict) else item
        names.extend(json_strings(name))
    return names


def read_html(html: str | bytes, source: str = "-") -> Page:
    """Read an HTML page into blocks with markup hints, and the facts its markup states.

    Bytes must be UTF-8 (``decode_page`` says when a page's own bytes are).

    >>> page = read_html("<body><nav><a href='/'>Home</a></nav><p>Hello <b>world</b>.</p>")
    >>> [(b.text, b.hints.tag, b.hints.link_chars) for b in page.blocks]
    [('Home', 'nav', 4), ('Hello world.', 'p', 0)]
    """
    tree = LexborHTMLParser(html)  # scripting off: <noscript> content is markup
    walker = _Walker()
    meta = read_head(tree, walker.controlled)
    kind = page_kind(meta)
    walker.aria_shown = kind not in ("article", "product")
    root = tree.root  # <head> is skipped by the walk
    if root is not None:
        walk(root, walker)
        if kind != "article" and page_chars(walker) < MIN_SHOWN_CHARS:
            shown = _Walker()  # a page its script shows: walk its display:none elements
            shown.aria_shown = shown.styles_shown = True
            shown.controlled = walker.controlled
            walk(root, shown)
            if page_chars(shown) > SHOWN_GAIN * page_chars(walker):
                walker = shown
    start, end = pick_main(walker, kind != "article")
    if kind == "product":
        start, end = widen_to_title(walker, start, end)
    elif kind == "forum":
        start, end = widen_to_posts(walker, start, end)
    elif kind != "collection":  # no markup kind, or an article: it may be a thread
        pick = start, end
        start, end = widen_to_posts(walker, start, end, stamped=True)
        # for ``page_kind``: a thread after all (a page saying it is an article, holding its
        # dated comments, is not)
        if (start, end) != pick or (kind == "unknown" and holds_posts(walker, start, end)):
            meta.append(("thread", "stamped"))
    # blocks share equal hints (frozen), made once: they cost 2 us each (one table for the
    # blocks outside the main content, one for those in it; arguments by position, in
    # the order of Hints' fields: keywords cost a third more)
    made: tuple[dict[HintShape, Hints], dict[HintShape, Hints]] = ({}, {})
    shared: list[Hints] = []
    for i, hint in enumerate(walker.hints):
        in_main = start <= i < end
        hints = made[in_main].get(hint)
        if hints is None:
            tag, path, tokens, link_chars, bullet = hint
            hints = made[in_main][hint] = Hints(
                0, bullet, True, True, tag, path, tokens, link_chars, in_main
            )
        shared.append(hints)
    if len(shared) != len(walker.texts):
        raise ValueError("a block without hints")  # (the walk appends both, always)
    blocks = list(map(Block, range(len(shared)), walker.texts, shared))
    meta.extend(walker.meta)
    seen_captions: set[str] = set()
    unique: Meta = []
    for name, value in meta:
        if name == "caption":
            if value in seen_captions:
                continue
            seen_captions.add(value)
        unique.append((name, value))
    return Page(source=source, mode="html", blocks=tuple(blocks), meta=tuple(unique))
