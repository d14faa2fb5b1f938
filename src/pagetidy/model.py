"""The data that flows through pagetidy: blocks in, drops and facts out.

Everything here is a frozen dataclass. Readers make ``Block`` objects once; after that
no stage changes a block's text: filters only say which blocks to drop, and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import MISSING, dataclass, field, fields
from types import FunctionType
from typing import TYPE_CHECKING, Literal, TypeVar, cast

if TYPE_CHECKING:
    from pagetidy.write import ArticleJSON

Mode = Literal["text", "html"]
T = TypeVar("T")


def slot_init(cls: type[T]) -> type[T]:
    """Give a frozen slots dataclass an ``__init__`` that sets each slot through its
    descriptor: the generated one goes through ``object.__setattr__`` (the frozen class
    refuses plain assignment) and costs about twice as much. Same signature and defaults;
    only for classes whose fields all have a plain default or none.

    A page makes a few hundred blocks, hints and drops: this saves about 0.2 ms a page.

    >>> @slot_init
    ... @dataclass(frozen=True, slots=True)
    ... class Pair:
    ...     left: int
    ...     right: str = "r"
    >>> Pair(1), Pair(left=2, right="s") == Pair(2, "s")
    (Pair(left=1, right='r'), True)
    """
    scope: dict[str, object] = {}
    params: list[str] = []
    body: list[str] = []
    for each in fields(cls):  # type: ignore[arg-type]
        name = each.name
        if each.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{name}: slot_init takes no default_factory")
        scope[f"_set_{name}"] = vars(cls)[name].__set__
        if each.default is MISSING:
            params.append(name)
        else:
            scope[f"_default_{name}"] = each.default
            params.append(f"{name}=_default_{name}")
        body.append(f"    _set_{name}(self, {name})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body or ["    pass"])
    exec(source, scope)  # as dataclasses itself makes __init__
    init = cast(FunctionType, scope["__init__"])
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


@slot_init
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


@slot_init
@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading, list item or line of the page, in input order."""

    index: int
    text: str
    hints: Hints = NO_HINTS

    @property
    def printed(self) -> str:
        """The block as the text output prints it: an ordered list item keeps its number.

        >>> Block(0, "Whisk the eggs", Hints(bullet="2.")).printed, Block(1, "Hi").printed
        ('2. Whisk the eggs', 'Hi')
        """
        bullet = self.hints.bullet
        return f"{bullet} {self.text}" if bullet[:1].isdigit() else self.text


@dataclass(frozen=True, slots=True)
class Page:
    """A page as a reader made it: where it came from, how it was read, its blocks."""

    source: str
    mode: Mode
    blocks: tuple[Block, ...]
    meta: tuple[tuple[str, str], ...] = ()
    """HTML: facts read from markup (``title``, ``og:site_name``...), as key/value pairs."""


def place_of(blocks: Sequence[Block], index: int) -> int:
    """Where the block numbered ``index`` stands in ``blocks``: at that position when they
    are numbered in order, as the readers number a page's blocks, else where it is found.

    >>> place_of((Block(0, "Hi"), Block(1, "Bye")), 1), place_of((Block(1, "Bye"),), 1)
    (1, 0)
    """
    if 0 <= index < len(blocks) and blocks[index].index == index:
        return index
    return next(place for place, block in enumerate(blocks) if block.index == index)


@slot_init
@dataclass(frozen=True, slots=True)
class Drop:
    """The decision to drop one block: which filter, a reason code, a human sentence."""

    index: int
    filter: str
    reason: str
    detail: str = ""


@slot_init
@dataclass(frozen=True, slots=True)
class Removed:
    """A dropped block as the JSON ``removed`` list gives it: its text beside the drop."""

    index: int
    text: str
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
    def mode(self) -> Mode:
        return self.page.mode

    @property
    def title(self) -> str | None:
        return self.facts.title

    @property
    def site_name(self) -> str | None:
        return self.facts.site_name

    @property
    def section(self) -> tuple[str, ...]:
        return self.facts.section

    @property
    def published(self) -> str | None:
        return self.facts.published

    @property
    def byline(self) -> str | None:
        return self.facts.byline

    @property
    def tags(self) -> tuple[str, ...]:
        return self.facts.tags

    @property
    def captions(self) -> tuple[str, ...]:
        return self.facts.captions

    @property
    def language(self) -> str | None:
        return self.facts.language

    @property
    def removed(self) -> tuple[Removed, ...]:
        """The dropped blocks in page order, each with its text, filter, reason and detail."""
        by_index = {block.index: block for block in self.page.blocks}
        return tuple(
            Removed(drop.index, by_index[drop.index].text, drop.filter, drop.reason, drop.detail)
            for drop in sorted(self.drops, key=lambda drop: drop.index)
        )

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Body paragraphs: the kept blocks that are not captions."""
        return tuple(b.printed for b in self.kept if b.index not in self.caption_indices)

    @property
    def text(self) -> str:
        """The body as text mode prints it after the title line (captions included once)."""
        return "\n\n".join(b.printed for b in self.kept)

    def to_dict(self) -> ArticleJSON:
        """The JSON form of this result (``--format json``), as a dict."""
        from pagetidy.write import to_json_dict  # write.py imports this module

        return to_json_dict(self)
