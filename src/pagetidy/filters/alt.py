"""A picture's alt text that a text dump printed in square brackets, alone on a line.

lynx and inscriptis print an image as its alt text in brackets (``[Ben and I at the lake]``,
``[Farmer looking at a tablet in a field]``); inside the article such a line is a picture,
not a sentence of it. Signals: the whole line is one bracket pair holding words, not
data (``[3, 4, 5]``, ``['a', 'b']``: a code sample's output) and not a dump's edit mark
(``[DEL: ... :DEL]``). Text pages only (HTML has the ``alt`` attribute, never printed);
runs last, so the span and the other filters read the page with its pictures in place.
Known false positives: a name lynx cannot tell from alt text, printed in brackets by the
page itself (``[Unit]`` of a configuration file, a source's ``[Wired]``: requiring two
words lowered inscriptis more than it helped lynx, 2026-11-29), and an editor's note in
brackets on its own line (a full sentence, ending in a full stop after several words, is
kept for that reason).
Kept: ``[Editor's note: the council has since changed its mind on the plant.]``.
Dropped: ``[The old coal plant seen from the river]`` (reason ``alt_text``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.model import Drop
from pagetidy.signals import word_count

ALT_TEXT: Final = "alt_text"
ALT_LINE: Final = re.compile(r"^\[([^\[\]]{1,400})\]$")
"""One bracket pair around the whole line."""
NOT_ALT: Final = re.compile(r"^\s*(?:['\"(\-\d.]|[A-Z]{2,5}:)|^[\W\d_]*$")
"""Data or a dump's mark: a quoted or numbered list, a number, ``DEL:``/``INS:``."""
NOTE_WORDS: Final = 8
"""Words from which a bracketed full sentence reads as an editor's note, not a picture."""


def alt_line(text: str, max_words: int) -> bool:
    """Is this line only a picture's bracketed alt text?

    >>> alt_line("[The old coal plant seen from the river]", 30)
    True
    >>> alt_line("[3, 4, 5]", 30), alt_line("[Note: the council has since changed its mind.]", 30)
    (False, False)
    """
    match = ALT_LINE.match(text)
    if match is None:
        return False
    inner = match.group(1).strip()
    if not inner or NOT_ALT.match(inner):
        return False
    words = word_count(inner)
    if words > max_words:
        return False
    return not (words >= NOTE_WORDS and inner.endswith((".", "!", "?")))


@dataclass(frozen=True, slots=True)
class Alt:
    """Drop a picture's alt text printed in brackets alone on a line (text pages)."""

    name: ClassVar[str] = "alt"
    max_words: int = 30

    def judge(self, view: PageView) -> Iterator[Drop]:
        if view.page.mode != "text":
            return
        for block in view.blocks:
            if alt_line(block.text, self.max_words):
                yield Drop(block.index, self.name, ALT_TEXT, "a picture's alt text in brackets")
