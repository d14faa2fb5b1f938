"""Cap how deeply HTML elements nest before the page is parsed.

lexbor, like every HTML parser, scans its stack of open elements when a block element
opens, so a page of 100,000 nested ``<div>`` elements costs time quadratic in the depth
(tens of seconds). Browsers cap the tree's depth (Blink at 512) and put deeper elements
beside their parent. pagetidy does the same before parsing: tags past ``MAX_DEPTH`` are
left out, their text stays. Pages of normal depth are returned unchanged.
"""

from __future__ import annotations

import re
from typing import Final

MAX_DEPTH: Final = 512
SCAN_ABOVE_TAGS: Final = 20_000
"""Pages with fewer ``<`` than this are not scanned: even fully nested, lexbor parses
them in well under a second, and scanning every page would cost more than parsing it."""
CAP_SCAN_TAGS: Final = max(MAX_DEPTH, SCAN_ABOVE_TAGS)
"""``cap_depth`` with the default depth leaves a page with this many ``<`` or fewer as it is
(a page's UTF-8 bytes hold as many ``<`` as its text: counted there, it needs no text)."""
TAG: Final = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(/?)>")
"""An open or close tag; ``[^<>]`` keeps the scan linear on runs of stray ``<``."""
VOID: Final = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
OPTIONAL_END: Final = frozenset(
    [
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "tbody",
        "thead",
        "tfoot",
        "colgroup",
        "rt",
        "rp",
    ]
)
NOT_COUNTED: Final = VOID | OPTIONAL_END
"""Tags that never stay open (void) or are often left unclosed: they do not nest."""


def _depth_changes(html: str) -> list[tuple[int, int, int]]:
    """(start, end, +1 or -1) for every counted open or close tag, in order."""
    changes = []
    for match in TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in NOT_COUNTED:
            continue
        changes.append((match.start(), match.end(), -1 if closing else 1))
    return changes


def deepest_tag(html: str) -> int:
    """How deeply the counted tags nest, at most (``findall`` makes no match objects: the
    scan of a long normal page costs half of ``_depth_changes``).

    >>> deepest_tag("<div><p>a<br><div></div></div><i/></div>")
    2
    """
    depth = deepest = 0
    for closing, name, self_closing in TAG.findall(html):
        if self_closing or name.lower() in NOT_COUNTED:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def cap_depth(html: str, max_depth: int = MAX_DEPTH) -> str:
    """The page with every tag that would nest deeper than ``max_depth`` left out.

    >>> deep = "<div>" * 30_000 + "x" + "</div>" * 30_000
    >>> cap_depth(deep) == "<div>" * 512 + "x" + "</div>" * 512
    True
    >>> cap_depth("<p>Normal page</p>") == "<p>Normal page</p>"
    True
    """
    if html.count("<") <= max(max_depth, SCAN_ABOVE_TAGS) or deepest_tag(html) <= max_depth:
        return html
    changes = _depth_changes(html)
    pieces, cursor, depth = [], 0, 0
    for start, end, step in changes:
        inside = depth + step if step > 0 else depth
        depth = max(0, depth + step)
        if inside > max_depth:
            pieces.append(html[cursor:start])
            cursor = end
    pieces.append(html[cursor:])
    return "".join(pieces)
