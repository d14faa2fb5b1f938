"""The drop trail, shown: every block of the page in order, kept or dropped and why.

Renders a ``Result`` only; knows nothing of the command line. ``to_plain`` marks kept
blocks with two spaces and dropped ones with ``- [filter:reason] `` (the detail follows
in parentheses), so ``grep '^- '`` lists what went. ``to_rich`` gives the same lines
for a terminal, the dropped ones dimmed and struck through. ``replay`` is ftfy's
``apply_plan``: the input minus the dropped blocks, which must equal ``Result.kept``.
"""

from __future__ import annotations

import io
import shutil
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from rich.console import Console
from rich.text import Text

from pagetidy.model import Block, Drop, Page, Result

KEPT_MARK: Final = "  "
DROPPED_MARK: Final = "- "
SUMMARY_MARK: Final = "# "
KEPT_STYLE: Final = ""
DROPPED_STYLE: Final = "dim strike"
LABEL_STYLE: Final = "bold magenta"
DETAIL_STYLE: Final = "italic dim"


@dataclass(frozen=True, slots=True)
class Line:
    """One block of the page and the drop that removed it (None when kept)."""

    block: Block
    drop: Drop | None = None

    @property
    def label(self) -> str:
        """``[filter:reason]`` for a dropped block, empty for a kept one."""
        return f"[{self.drop.filter}:{self.drop.reason}]" if self.drop else ""


def trail(result: Result) -> tuple[Line, ...]:
    """Every block of the page, in input order, with its drop."""
    owner = {drop.index: drop for drop in result.drops}
    return tuple(Line(block, owner.get(block.index)) for block in result.page.blocks)


def replay(page: Page, drops: Iterable[Drop]) -> tuple[Block, ...]:
    """Apply a drop trail to a page: its blocks, in order, minus the dropped ones.

    >>> page = Page("-", "text", (Block(0, "a"), Block(1, "b"), Block(2, "c")))
    >>> [block.text for block in replay(page, [Drop(1, "span", "after_article")])]
    ['a', 'c']
    """
    dropped = {drop.index for drop in drops}
    return tuple(block for block in page.blocks if block.index not in dropped)


def drop_counts(drops: Sequence[Drop]) -> Counter[str]:
    """How many blocks each filter dropped."""
    return Counter(drop.filter for drop in drops)


def summary(result: Result) -> str:
    """One line: the source, how many blocks were kept and dropped, and by which filters.

    >>> page = Page("p.txt", "text", (Block(0, "a"), Block(1, "b")))
    >>> summary(Result(page, (page.blocks[0],), (Drop(1, "span", "after_article"),)))
    'p.txt: 2 blocks, 1 kept, 1 dropped (span 1)'
    """
    total, dropped = len(result.page.blocks), len(result.drops)
    line = f"{result.source}: {total} blocks, {total - dropped} kept, {dropped} dropped"
    counts = drop_counts(result.drops)
    if counts:
        line += " (" + ", ".join(f"{name} {count}" for name, count in sorted(counts.items())) + ")"
    return line


def plain_line(line: Line) -> str:
    """One block as plain text: a marker, the label, the text, the detail in parentheses."""
    if line.drop is None:
        return "\n".join(KEPT_MARK + part for part in line.block.text.splitlines() or [""])
    parts = line.block.text.splitlines() or [""]
    detail = f" ({line.drop.detail})" if line.drop.detail else ""
    first = f"{DROPPED_MARK}{line.label} {parts[0]}{detail if len(parts) == 1 else ''}"
    rest = [DROPPED_MARK + part for part in parts[1:]]
    if rest:
        rest[-1] += detail
    return "\n".join([first, *rest])


def to_plain(result: Result) -> str:
    """The whole page with markers, one block per line, then a summary line.

    >>> page = Page("p.txt", "text", (Block(0, "Home > News"), Block(1, "A fine day.")))
    >>> drop = Drop(0, "breadcrumb", "home_first", "2 segments")
    >>> print(to_plain(Result(page, (page.blocks[1],), (drop,))), end="")
    - [breadcrumb:home_first] Home > News (2 segments)
      A fine day.
    # p.txt: 2 blocks, 1 kept, 1 dropped (breadcrumb 1)
    """
    lines = [plain_line(line) for line in trail(result)]
    lines.append(SUMMARY_MARK + summary(result))
    return "\n".join(lines) + "\n"


def to_rich(result: Result) -> Text:
    """The same lines for a terminal: kept plain, dropped dimmed and struck, label beside.

    Page text is appended as plain text, never read as rich markup.
    """
    text = Text()
    for line in trail(result):
        if line.drop is None:
            text.append(KEPT_MARK + line.block.text + "\n", style=KEPT_STYLE)
            continue
        text.append(DROPPED_MARK)
        text.append(line.label, style=LABEL_STYLE)
        text.append(" ")
        text.append(line.block.text, style=DROPPED_STYLE)
        if line.drop.detail:
            text.append(f" ({line.drop.detail})", style=DETAIL_STYLE)
        text.append("\n")
    text.append(SUMMARY_MARK + summary(result) + "\n", style="bold")
    return text


def render_explain(result: Result, color: bool) -> str:
    """The ``--explain`` rendering: rich styles for a terminal, else plain markers."""
    if not color:
        return to_plain(result)
    stream = io.StringIO()
    width = shutil.get_terminal_size().columns
    Console(file=stream, force_terminal=True, width=width, soft_wrap=True).print(
        to_rich(result), end=""
    )
    return stream.getvalue()
