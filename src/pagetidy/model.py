"""The data that flows through pagetidy: blocks in, drops and facts out.

Everything here is a frozen dataclass. Readers make ``Block`` objects once; after that
no stage changes a block's text: filters only say which blocks to drop, and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Mode = Literal["text", "html"]


@dataclass(frozen=True, slots=True)
class Hints:
    """Layout and markup facts about one block, read by filters as signals.

    Text mode fills the layout fields (``indent``, ``bullet``, ``gap_before``,
    ``gap_after``); HTML mode fills the markup fields as well.
    """

    indent: int = 0
    """Leading spaces of the block's first line in the dump (tabs count as 4)."""
    bullet: str = ""
    """The list marker the reader removed (``*``, ``-``, ``•``, ``1.``), or ``""``."""
    gap_before: bool = True
    """A blank line (or the start of the page) comes right before the block."""
    gap_after: bool = True
    """A blank line (or the end of the page) comes right after the block."""
    tag: str = ""
    """The block element's tag name (``p``, ``li``, ``h2``, ``figcaption``...); in text
    mode ``h1``-``h6`` for Markdown heading markers (``# Title``), else empty."""
    path: tuple[str, ...] = ()
    """HTML: tag names of the ancestors, outermost first."""
    tokens: frozenset[str] = frozenset()
    """HTML: lower-cased class and id tokens of the element and its ancestors."""
    link_chars: int = 0
    """HTML: characters of the block's text that sit inside links."""
    in_main: bool = False
    """HTML: the block lies inside the container picked as the main content."""


NO_HINTS = Hints()


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading, list item or line of the page, in input order."""

    index: int
    text: str
    hints: Hints = NO_HINTS


@dataclass(frozen=True, slots=True)
class Page:
    """A page as a reader made it: where it came from, how it was read, its blocks."""

    source: str
    mode: Mode
    blocks: tuple[Block, ...]
    meta: tuple[tuple[str, str], ...] = ()
    """HTML: facts read from markup (``title``, ``og:site_name``...), as key/value pairs."""


@dataclass(frozen=True, slots=True)
class Drop:
    """The decision to drop one block: which filter, a reason code, a human sentence."""

    index: int
    filter: str
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Facts:
    """What the page says about itself. A fact the page does not give is None or empty."""

    title: str | None = None
    site_name: str | None = None
    section: tuple[str, ...] = ()
    published: str | None = None
    byline: str | None = None
    tags: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """A cleaned page: the blocks kept, the drops with their reasons, and the facts."""

    page: Page
    kept: tuple[Block, ...]
    drops: tuple[Drop, ...]
    facts: Facts = field(default_factory=Facts)
    caption_indices: frozenset[int] = frozenset()

    @property
    def source(self) -> str:
        return self.page.source

    @property
    def title(self) -> str | None:
        return self.facts.title

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Body paragraphs: the kept blocks that are not captions."""
        return tuple(b.text for b in self.kept if b.index not in self.caption_indices)

    @property
    def text(self) -> str:
        """The body as text mode prints it after the title line (captions included once)."""
        return "\n\n".join(b.text for b in self.kept)
