"""Drop raw key/value data a page prints by mistake: ``snake_key:`` lines and bare URLs.

Some shops and templates leak a script's data into the visible text: a line that is only
a program key (``retail_price_tier1:``, ``cat_thumb_Navy:``) followed by its value, often a
bare image or file URL. No reader wants it, and one product can print hundreds of lines.

Signals: a key line is one identifier with an underscore and a closing colon and nothing
else; a dump line is a key line or a block that is one bare URL (no space). A run of kept
blocks made of dump lines, with at most one short block (the value, a few words) between
two of them, is dropped when it holds ``min_lines`` dump lines of which ``min_keys`` are
key lines. A single URL, a list of links or a glossary of keys with prose after the colon
(``work_mem: Set it low``) is never a run.

Known false positive: a tutorial that lists bare configuration keys, one per line, each
followed by a short value. Kept: ``shared_buffers: Start around a quarter of RAM.`` and a
lone ``https://example.org/report``. Dropped: ``price_tier_one:`` ``$20`` ``price_tier_two:``
``$15`` ``thumb_red:`` ``https://cdn.example/red.jpg`` (reason ``data_dump``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.model import Block, Drop
from pagetidy.signals import word_count

DATA_DUMP: Final = "data_dump"
KEY_LINE: Final = re.compile(r"\A[^\W\d_][^\W_]*(?:_[^\W_]+)+:")
"""A program key alone on its line: letters first, parts joined by underscores, a colon."""
BARE_URL: Final = re.compile(r"\A(?:https?://|www\.)\S+", re.IGNORECASE)


def is_key(text: str) -> bool:
    """Is the block only a program key and its colon (``retail_price:``)?

    >>> is_key("retail_price_tier1:"), is_key("work_mem: keep it low"), is_key("Price:")
    (True, False, False)
    """
    return KEY_LINE.fullmatch(text.strip()) is not None


def is_dump(text: str) -> bool:
    """Is the block a key line or one bare URL?

    >>> is_dump("https://cdn.example/a.jpg"), is_dump("see https://example.org")
    (True, False)
    """
    stripped = text.strip()
    if " " in stripped:
        return False  # neither holds a space: most blocks, told in C
    return is_key(stripped) or BARE_URL.fullmatch(stripped) is not None


@dataclass(frozen=True, slots=True)
class Dump:
    """Drop runs of ``snake_key:`` lines and bare URLs with their short values."""

    name: ClassVar[str] = "dump"
    min_lines: int = 4
    min_keys: int = 2
    value_words: int = 8

    def judge(self, view: PageView) -> Iterator[Drop]:
        run: list[Block] = []
        pending: Block | None = None
        for block in view.blocks:
            if is_dump(block.text):
                if pending is not None and run:
                    run.append(pending)
                pending = None
                run.append(block)
                continue
            if run and pending is None and word_count(block.text) <= self.value_words:
                pending = block
                continue
            if run:  # (most blocks end no run)
                yield from self.flush(run)
                run, pending = [], None
        yield from self.flush(run)

    def flush(self, run: list[Block]) -> Iterator[Drop]:
        """The drops for one run, if it is long enough and has enough keys."""
        dumps = [block for block in run if is_dump(block.text)]
        keys = sum(1 for block in dumps if is_key(block.text))
        if len(dumps) < self.min_lines or keys < self.min_keys:
            return
        detail = f"a run of {len(dumps)} key or URL lines ({keys} keys)"
        for block in run:
            yield Drop(block.index, self.name, DATA_DUMP, detail)
