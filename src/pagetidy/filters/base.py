"""The filter contract: a frozen dataclass with a name that yields drops for a page view."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol

from pagetidy.model import Block, Drop, Page


@dataclass(frozen=True, slots=True)
class PageView:
    """The blocks still kept when a filter runs, with read-only neighbour access.

    ``title`` is the headline the pipeline found before filtering (or None), so filters
    can tell a copy of the headline from other short lines.
    """

    page: Page
    blocks: tuple[Block, ...]
    title: str | None = None
    dropped_by_chrome: frozenset[int] = frozenset()
    """Indices of blocks that earlier filters dropped as chrome (see ``CHROME_FILTERS``)."""

    def __len__(self) -> int:
        return len(self.blocks)

    def neighbours(self, position: int, before: int, after: int) -> Sequence[Block]:
        """The kept blocks around ``position`` (a position in ``blocks``), itself excluded."""
        start = max(0, position - before)
        return self.blocks[start:position] + self.blocks[position + 1 : position + 1 + after]


class Filter(Protocol):
    """A small named filter: its docstring's first line is its one-line purpose."""

    name: ClassVar[str]

    def judge(self, view: PageView) -> Iterator[Drop]:
        """Yield one Drop for each kept block this filter removes."""
        ...
