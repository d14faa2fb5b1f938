"""The user's own rules, from the configuration: chrome patterns to drop, lines to keep.

A rule is a literal (the whole block, compared case-insensitively and with whitespace
folded) or a regular expression (searched anywhere in the block: anchor it yourself).
A rule may name a site: then it applies only to pages whose host (from a URL or a
host-named folder in the source) or site name (markup, or one of the first lines of the
page) matches. Drop rules run first in the pipeline; keep rules are a guard the pipeline
honours: no filter may drop a block a keep rule matches. The filter is off until the
configuration gives it rules. Kept: any block when no rule is set. Dropped:
``Sponsored content`` with the rule ``"Sponsored content"`` (reason ``user_pattern``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final
from urllib.parse import urlsplit

from pagetidy.filters.base import PageView
from pagetidy.model import Drop, Page
from pagetidy.signals import fold

USER_PATTERN: Final = "user_pattern"
MASTHEAD_LINES: Final = 15
"""A site-scoped rule also matches a page whose first lines include the site's name."""
HOST: Final = re.compile(r"^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)$", re.IGNORECASE)
FILE_ENDINGS: Final = frozenset(("html", "htm", "txt", "xml", "json", "gz", "md", "php", "asp"))
"""A source path part ending like this is a file name, not a host."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One user rule: a literal line or a regular expression, for every site or one."""

    pattern: str
    regex: bool = False
    site: str = ""
    """A site name or host (``example.com`` also matches ``news.example.com``); empty: all."""

    def matches(self, text: str) -> bool:
        """Does the rule match this block's text?

        >>> Rule("Sponsored  content").matches("sponsored content")
        True
        >>> Rule(r"^Advert", regex=True).matches("Advertisement")
        True
        """
        if self.regex:
            return re.search(self.pattern, text) is not None
        return fold(" ".join(self.pattern.split())) == fold(" ".join(text.split()))

    def applies_to(self, sites: frozenset[str]) -> bool:
        """Does the rule apply to a page known by these names and hosts?"""
        if not self.site:
            return True
        site = fold(self.site.strip())
        site = site.removeprefix("www.")
        return site in sites or any(name.endswith(f".{site}") for name in sites)


def page_sites(page: Page) -> frozenset[str]:
    """The names a page goes by: hosts in its source, its markup site name, masthead lines.

    >>> sorted(page_sites(Page("https://www.example.com/a/1.html", "text", ())))
    ['example.com']
    """
    names: set[str] = set()
    parts = [urlsplit(page.source).hostname or ""] if "://" in page.source else []
    parts += page.source.replace("\\", "/").split("/")
    for part in parts:
        match = HOST.match(part)
        if match and part.rsplit(".", 1)[-1].lower() not in FILE_ENDINGS:
            names.add(fold(match.group(1)))
    for key, value in page.meta:
        if key in ("og:site_name", "ld:publisher"):
            names.add(fold(value.strip()))
    names.update(fold(block.text.strip()) for block in page.blocks[:MASTHEAD_LINES])
    return frozenset(names)


@dataclass(frozen=True, slots=True)
class Rules:
    """Drop blocks that match the user's chrome patterns; guard lines the user keeps."""

    name: ClassVar[str] = "rules"
    drop: tuple[Rule, ...] = ()
    keep: tuple[Rule, ...] = ()

    def guarded(self, page: Page) -> frozenset[int]:
        """Indices of the blocks a keep rule matches: no filter may drop them."""
        rules = [rule for rule in self.keep if rule.applies_to(page_sites(page))]
        if not rules:
            return frozenset()
        return frozenset(
            block.index for block in page.blocks if any(rule.matches(block.text) for rule in rules)
        )

    def judge(self, view: PageView) -> Iterator[Drop]:
        if not self.drop:
            return
        sites = page_sites(view.page)
        rules = [rule for rule in self.drop if rule.applies_to(sites)]
        for block in view.blocks:
            for rule in rules:
                if rule.matches(block.text):
                    kind = "regular expression" if rule.regex else "line"
                    yield Drop(block.index, self.name, USER_PATTERN, f"{kind} {rule.pattern!r}")
                    break
