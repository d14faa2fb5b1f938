"""Repeated blocks: captions printed twice, teasers repeated, any block seen before.

Signals: the block's comparison key (case, quotes, punctuation and spacing folded, a
trailing credit such as ``[AP/YONHAP]`` or ``(Photo: Reuters)`` ignored) was already
seen earlier on the page. The first copy stays in place. A repeat within a few blocks of
its first copy is a caption printed twice (``caption_repeat``); farther away it is a
repeated block (``repeat_of_block``). Short blocks (a few words) are left to other
filters: a repeated "Ingredients" heading may be article. Hashing keeps it linear.
A line that is one phrase printed two or three times over (an image's alt text beside
its title: ``Harbour at dawn Harbour at dawn``) is such a copy within the line itself.
Kept: the first copy. Dropped: the second (reason ``caption_repeat``), a doubled line
(reason ``doubled_line``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.model import Drop
from pagetidy.signals import fold, text_cache, word_count

CREDIT: Final = re.compile(
    r"(?:(?<!\s)|(?=\S))\s*(?:[\[(（【][^\[\]()（）【】]{1,60}[\])）】]"
    r"|(?:photo|foto|image|credit|source|사진|写真|图)\s*[:=/][^.]{1,60}"
    r"|[/|©]\s*[^\s/|©.][^/|©.]{0,40})\s*$",
    re.IGNORECASE,
)
"""A trailing photo credit; the guard in front (no start inside a whitespace run) keeps it
linear."""
CREDIT_TAIL: Final = 200
"""A credit ends the block and is under 80 characters of collapsed text: only this many
last characters are searched, so a megabyte-long block costs no more than a short one."""
CREDIT_MARK: Final = re.compile(r"[/|©:=]")
"""A character every credit but a bracketed one holds: a cheap test before ``CREDIT``."""
CLOSERS: Final = ("]", ")", "）", "】")
"""The closing brackets a bracketed credit ends with."""
CAPTION_REPEAT: Final = "caption_repeat"
REPEAT_OF_BLOCK: Final = "repeat_of_block"
DOUBLED_LINE: Final = "doubled_line"
DOUBLED_MIN_WORDS: Final = 2
"""Words of the phrase a doubled line repeats: ``Bye bye`` is no doubled line."""
DOUBLED_MAX_CHARS: Final = 2000
"""A doubled line is a caption's length at most: a long paragraph is never one (even one
sentence printed over and over)."""


def strip_credit(text: str) -> str:
    """The text without a trailing photo credit.

    >>> strip_credit("Kim and Putin shake hands. [AP/YONHAP]")
    'Kim and Putin shake hands.'
    >>> strip_credit("Crowds in the square (Photo: Reuters)")
    'Crowds in the square'
    """
    if not text or (text[-1] not in "])）】" and CREDIT_MARK.search(text) is None):
        return text
    match = find_credit(text)
    return text if match is None else text[: match.start()] + text[match.end() :]


@text_cache
def find_credit(text: str) -> re.Match[str] | None:
    """The trailing credit of a block, searched for in its last ``CREDIT_TAIL`` characters.

    A credit holds one of ``CREDIT_MARK`` or ends with a closing bracket: without either
    the slow search is skipped. A pure function (a match is immutable), so a bounded cache
    of its answers (the title search and several filters ask about the same blocks) changes
    no result.
    """
    start = max(0, len(text) - CREDIT_TAIL)
    if CREDIT_MARK.search(text, start) is None and not text.rstrip().endswith(CLOSERS):
        return None
    return CREDIT.search(text, start)


def repeat_key(text: str) -> str:
    """The comparison key of a block: folded, credit ignored."""
    return fold(strip_credit(text)) or fold(text)


def has_credit(text: str) -> bool:
    """Does the block end with a photo credit?

    >>> has_credit("A man walks. [SCREEN CAPTURE]"), has_credit("He left (for good).")
    (True, False)
    """
    match = find_credit(text)
    if match is None:
        return False
    credit = match.group().strip().strip("[]()（）【】")
    return credit.isupper() or "/" in credit or ":" in credit or "=" in credit or "©" in credit


def doubled(text: str) -> bool:
    """Is the line one phrase of two or more words printed two or three times over?

    >>> doubled("Harbour at dawn Harbour at dawn"), doubled("Der Hafen. Der Hafen!")
    (True, True)
    >>> doubled("Bye bye"), doubled("The harbour at dawn, and the harbour at dusk")
    (False, False)
    """
    if len(text) > DOUBLED_MAX_CHARS or text.count(" ") < 2 * DOUBLED_MIN_WORDS - 1:
        return False  # fewer than four words (or glued): cheap to rule out before folding
    words = fold(text).split()
    for times in (2, 3):
        size, rest = divmod(len(words), times)
        if rest or size < DOUBLED_MIN_WORDS:
            continue
        if all(words[at : at + size] == words[:size] for at in range(size, len(words), size)):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Repeat:
    """Drop later copies of a block already seen on the page (captions printed twice)."""

    name: ClassVar[str] = "repeat"
    min_words: int = 5
    caption_window: int = 4

    def judge(self, view: PageView) -> Iterator[Drop]:
        first: dict[str, int] = {}
        for position, block in enumerate(view.blocks):
            if doubled(block.text):
                detail = "one phrase printed twice in the line (an image's alt text and title)"
                yield Drop(block.index, self.name, DOUBLED_LINE, detail)
                continue
            if word_count(block.text) < self.min_words:
                continue
            key = repeat_key(block.text)
            if key not in first:
                first[key] = position
                continue
            original = view.blocks[first[key]]
            if position - first[key] <= self.caption_window:
                detail = f"repeats block {original.index} nearby (a caption printed twice)"
                yield Drop(block.index, self.name, CAPTION_REPEAT, detail)
            else:
                yield Drop(
                    block.index, self.name, REPEAT_OF_BLOCK, f"repeats block {original.index}"
                )
