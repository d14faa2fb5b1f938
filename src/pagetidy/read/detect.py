"""Tell a text dump from an HTML page by its content, and say why.

Signals, strongest first: a ``<!doctype html>``, ``<?xml`` or ``<html``/``<head>``/``<body>``
tag at the start (after whitespace and comments); a page that opens with a common HTML tag;
a high density of known HTML tags in the first 4 KB. A text dump that mentions a tag or two
(``<b>``, ``<div>``) stays text.
"""

from __future__ import annotations

import re
from typing import Final, Literal

SAMPLE_CHARS: Final = 4096
"""How much of the start of the text the tag count looks at."""
MIN_TAGS: Final = 10
"""Known HTML tags in the sample needed to call it HTML by density alone."""
MIN_MARKUP_SHARE: Final = 0.25
"""...and their characters must make up at least this share of the sample.

Text dumps of pages that show HTML code (tutorials, docs) hold many tags among prose:
their tags cover 2-17% of the sample, while markup covers far more of an HTML page."""

LEADING_NOISE: Final = re.compile(r"(?:\s|\ufeff|<!--.*?-->)*", re.S)
DOCTYPE: Final = re.compile(r"<!doctype\s+html", re.I)
XML_DECLARATION: Final = re.compile(r"<\?xml\b", re.I)
ROOT_TAG: Final = re.compile(r"<(html|head|body)[\s>/]", re.I)
TAG: Final = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
# fmt: off
KNOWN_TAGS: Final = frozenset({
    "a", "abbr", "address", "article", "aside", "audio", "b", "blockquote", "body", "br",
    "button", "caption", "center", "cite", "code", "dd", "details", "dialog", "div", "dl", "dt",
    "em", "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "label",
    "legend", "li", "link", "main", "meta", "nav", "noscript", "ol", "option", "p", "picture",
    "pre", "section", "select", "small", "source", "span", "strong", "style", "sub", "sup",
    "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
    "title", "tr", "u", "ul", "video",
})
"""HTML tag names the density count believes (``<foo>`` in prose does not count)."""
OPENING_TAGS: Final = frozenset({
    "html", "head", "body", "div", "p", "article", "section", "table", "ul", "ol", "h1", "h2",
    "h3", "meta", "title", "link", "script", "style", "main", "header", "nav", "span", "a",
    "form",
})
"""A page that starts with one of these tags is HTML."""
# fmt: on


def detect(text: str) -> tuple[Literal["text", "html"], str]:
    """Return ``("html" | "text", reason)`` for a page's decoded text.

    >>> detect("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    ('html', 'starts with <!doctype html>')
    >>> detect("Use the <b> tag for bold text.")[0]
    'text'
    """
    start = LEADING_NOISE.match(text)
    offset = start.end() if start else 0
    head = text[offset : offset + SAMPLE_CHARS]  # not text[offset:]: no copy of a huge page
    if DOCTYPE.match(head):
        return "html", "starts with <!doctype html>"
    if XML_DECLARATION.match(head) and ROOT_TAG.search(head):
        return "html", "starts with an XML declaration and has an <html> tag"
    root = ROOT_TAG.match(head)
    if root:
        return "html", f"starts with <{root.group(1).lower()}>"
    first = TAG.match(head)
    if first and first.group(1).lower() in OPENING_TAGS:
        return "html", f"starts with <{first.group(1).lower()}>"
    sample = text[:SAMPLE_CHARS]
    known = [match for match in TAG.finditer(sample) if match.group(1).lower() in KNOWN_TAGS]
    tags = len(known)
    share = sum(match.end() - match.start() for match in known) / max(len(sample), 1)
    if tags >= MIN_TAGS and share >= MIN_MARKUP_SHARE:
        return "html", f"{tags} html tags in first 4 KB ({share:.0%} markup)"
    return "text", f"no html start; {tags} html tags in first 4 KB ({share:.0%} markup)"
