"""Toolbars and widgets: ``print dictionary print``, ``Share Tweet Email``, ``가 가 인쇄``.

Signal: every word of a short line is a toolbar word (``lexicon/toolbar.txt``, many
languages), or the line has no letters or digits at all (``|``, ``•``, ``»``).
Known false positive: a one-word article line such as "Listen." is kept because it ends
a sentence. Kept: ``Print the form and share it with your class.``
Dropped: ``print dictionary print`` (reason ``widget_words``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.lexicon import folded_words, longest, opens, phrases
from pagetidy.model import Drop
from pagetidy.signals import ends_sentence

WIDGET_WORDS: Final = "widget_words"
NO_WORDS: Final = "no_words"


def covered_by(kind: str, text: str) -> bool:
    """Is every word of ``text`` part of some phrase of the list ``kind``?

    >>> covered_by("toolbar", "print dictionary print"), covered_by("toolbar", "print it")
    (True, False)
    """
    tokens = folded_words(text)[1]
    if tokens and not opens(kind, tokens[0]):
        return False  # the first word starts no phrase, so it is covered by none
    known = phrases(kind)
    position = 0
    while position < len(tokens):
        for size in range(min(longest(kind), len(tokens) - position), 0, -1):
            if " ".join(tokens[position : position + size]) in known:
                position += size
                break
        else:
            return False
    return bool(tokens)


@dataclass(frozen=True, slots=True)
class Toolbar:
    """Drop toolbar and widget lines: only share/print/font/listen words, or no words."""

    name: ClassVar[str] = "toolbar"
    max_words: int = 14

    def judge(self, view: PageView) -> Iterator[Drop]:
        for block in view.blocks:
            text = block.text
            if not any(map(str.isalnum, text)):
                yield Drop(block.index, self.name, NO_WORDS, "no letters or digits")
            elif (
                len(text.split()) <= self.max_words
                and not ends_sentence(text)
                and covered_by("toolbar", text)
            ):
                yield Drop(block.index, self.name, WIDGET_WORDS, "only toolbar words")
