"""The filter contract: a frozen dataclass with a name that yields drops for a page view."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from pagetidy.model import Block, Drop, Page
from pagetidy.pagekind import PageKind, kind_of

if TYPE_CHECKING:
    from pagetidy.measures import Measures


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
    measures: Measures | None = None
    """Word counts and prose flags measured once per page (None: measure on demand)."""
    barriers: frozenset[int] = frozenset()
    """Indices of blocks dropped as chrome that closes an article (related lists, tags,
    sign-up prompts; see ``pagetidy.filters.span.BARRIER_FILTERS``): the span does not
    bridge them lightly."""
    kind: PageKind | None = None
    """What the page's markup says it is (:func:`pagetidy.pagekind.page_kind`), read once
    per page by the pipeline (None: read on demand)."""
    records: frozenset[int] = frozenset()
    """Indices of the blocks of a text page's main run of alike records (a listing's items,
    a shop's products; :func:`pagetidy.records.main_records`): ``boilerplate`` and ``span``
    keep them."""

    def __len__(self) -> int:
        return len(self.blocks)

    def is_prose(self, block: Block) -> bool:
        """Does the block read as article prose (see :func:`pagetidy.prose.is_prose`)?"""
        if self.measures is None:
            from pagetidy.prose import is_prose

            return is_prose(block)
        return block.index in self.measures.prose

    def prose_words(self, block: Block) -> int:
        """Words of the block when it reads as prose, else 0."""
        if self.measures is None:
            from pagetidy.prose import prose_words

            return prose_words(block)
        return self.measures.words[block.index] if block.index in self.measures.prose else 0

    def page_kind(self) -> PageKind:
        """The page's kind: ``kind``, else read from its markup (text pages: unknown).

        >>> page = Page("-", "html", (), (("og:type", "product"),))
        >>> PageView(page, ()).page_kind(), PageView(page, (), kind="forum").page_kind()
        ('product', 'forum')
        """
        return self.kind if self.kind is not None else kind_of(self.page)

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
