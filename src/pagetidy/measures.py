"""Measurements of every block made once per page and shared by all filters.

Several filters ask the same questions of the same block (how many words? does it read
as prose?). The pipeline measures each block once and hands the answers to every filter
through the :class:`~pagetidy.filters.base.PageView`, so no filter re-measures a block.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pagetidy.model import Block
from pagetidy.prose import is_prose
from pagetidy.signals import word_count


@dataclass(frozen=True, slots=True)
class Measures:
    """Word counts (CJK by characters) and the prose flag of each block, by block index."""

    words: Mapping[int, int]
    prose: frozenset[int]


def measure(blocks: Sequence[Block]) -> Measures:
    """Measure every block of a page once.

    >>> from pagetidy.model import Block
    >>> found = measure([Block(0, "Home"), Block(1, "The vote was close, and it passed late.")])
    >>> found.words[0], sorted(found.prose)
    (1, [])
    """
    words = {block.index: word_count(block.text) for block in blocks}
    prose = frozenset(block.index for block in blocks if is_prose(block))
    return Measures(words, prose)
