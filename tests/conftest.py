"""Shared helpers: build tiny pages from lines, run one filter, and the CI hypothesis profile."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from hypothesis import settings

from pagetidy.filters.base import Filter, PageView
from pagetidy.model import Block, Drop, Page
from pagetidy.read.text import read_text

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

settings.register_profile("ci", derandomize=True, deadline=None, max_examples=200)
settings.register_profile("dev", deadline=None, max_examples=100)
settings.register_profile("deep", deadline=None, max_examples=5000)  # a long local hunt
DEFAULT_PROFILE = "ci" if os.environ.get("CI") else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or DEFAULT_PROFILE)


def page_from_lines(*lines: str) -> Page:
    """A text page with one block per line (blank lines between them)."""
    return read_text("\n\n".join(lines))


def drops_of(each: Filter, page: Page, title: str | None = None) -> dict[str, str]:
    """The text of each block the filter drops, mapped to the reason code."""
    by_index = {block.index: block for block in page.blocks}
    return {
        drop.reason and by_index[drop.index].text: drop.reason for drop in judge(each, page, title)
    }


def judge(each: Filter, page: Page, title: str | None = None) -> Sequence[Drop]:
    """All drops of one filter on a page, as a list."""
    return list(each.judge(PageView(page, page.blocks, title)))


def kept_by(each: Filter, page: Page, title: str | None = None) -> list[str]:
    """The texts of the blocks the filter keeps."""
    dropped = {drop.index for drop in judge(each, page, title)}
    return [block.text for block in page.blocks if block.index not in dropped]


__all__ = ["FIXTURES", "SHARED", "Block", "drops_of", "judge", "kept_by", "page_from_lines"]
