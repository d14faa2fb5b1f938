"""Does a block read like article prose? Shared by the span and comment filters."""

from __future__ import annotations

from typing import Final

from pagetidy.filters.repeat import strip_credit
from pagetidy.model import Block
from pagetidy.signals import ends_sentence, sentence_count, text_cache, word_count

PROSE_MIN_WORDS: Final = 10
"""A sentence-ending block needs this many words (CJK: letters / 2) to count as prose."""
PROSE_LONG_WORDS: Final = 30
"""A block this long with a sentence inside counts as prose even without a final stop."""


def is_prose(block: Block) -> bool:
    """A paragraph of running text: long enough and shaped like sentences.

    >>> from pagetidy.model import Block
    >>> is_prose(Block(0, "Kim told Putin the ties had reached full bloom, state media said."))
    True
    >>> is_prose(Block(0, "Kim focuses on ties with Russia in Liberation Day speech"))
    False
    """
    return is_prose_text(block.text)


@text_cache
def is_prose_text(text: str) -> bool:
    """:func:`is_prose` of a block's text: a pure function of it, so a bounded cache of
    the answers (filters and the title search ask about the same blocks) changes no result.
    """
    text = strip_credit(text) or text
    words = word_count(text)
    if words >= PROSE_MIN_WORDS and ends_sentence(text):
        return True
    return words >= PROSE_LONG_WORDS and sentence_count(text) >= 1


def prose_words(block: Block) -> int:
    """Words of the block when it is prose, else 0."""
    return word_count(block.text) if is_prose(block) else 0
