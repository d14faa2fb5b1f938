"""Lists of other headlines: ``Related Article``, ``More in North Korea``, ``관련기사``.

Signals: a short cue line (``lexicon/related.txt``, many languages) followed by
headline-shaped lines: a few words, no closing full stop, often list items. The list
ends at the first line that reads like prose. Kept: the paragraph after a lone
``Related Article`` cue. Dropped: ``More in North Korea`` (reason ``related_cue``) and
the headlines under it (reason ``related_item``); a cue, a colon and one headline on a
line of their own, an insert inside the article (``Read more: Tencent profit falls``,
``Lesen Sie auch: Der Rat stimmt ab``; reason ``related_insert``). Kept: ``Lesen Sie auch:
wie der Rat am Montag abstimmte und was folgt.`` (a sentence after the colon).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.lexicon import starts_with
from pagetidy.model import Drop
from pagetidy.signals import ends_sentence, fold, sentence_count, word_count

RELATED_CUE: Final = "related_cue"
RELATED_ITEM: Final = "related_item"
RELATED_INSERT: Final = "related_insert"
INSERT_MARK: Final = re.compile(r"\s{0,3}[:|»›>–—]")
"""What ends an insert's cue: a colon, a bar or an arrow (``Read more: ...``, ``Also read |``)."""


def related_cue(text: str, extra_words: int = 4) -> str | None:
    """The cue a line opens a headline list with, or None.

    >>> related_cue("More in North Korea"), related_cue("More in the report was cut.")
    ('more in', None)
    """
    cue = starts_with("related", text)
    if cue is None or ends_sentence(text.rstrip(":")):
        return None
    if len(fold(text).split()) > len(cue.split()) + extra_words:
        return None
    return cue


def related_insert(text: str, max_words: int = 30) -> str | None:
    """The cue of a line that is a cue, a colon (or bar, arrow) and one headline, or None.

    >>> related_insert("Read more: Tencent profit falls as rival gains")
    'read more'
    >>> related_insert("Read more: the council voted on Monday and will meet again.")
    """
    cue = starts_with("related", text)
    if cue is None:
        return None
    words = re.match(rf"\W*(?:\w+\W+){{{len(cue.split()) - 1}}}\w+", text)
    if words is None or (mark := INSERT_MARK.match(text, words.end())) is None:
        return None
    rest = text[mark.end() :].strip()
    return cue if rest and headline_item(rest, max_words) else None


def headline_item(text: str, max_words: int) -> bool:
    """Could this line be one entry of a headline list (not a paragraph)?

    >>> headline_item("Pro-Putin singer visits Pyongyang", 30)
    True
    >>> headline_item("The letter comes as North Korea uses the anniversary.", 30)
    False
    """
    words = word_count(text)
    if words > max_words or sentence_count(text) >= 2:
        return False
    return not ends_sentence(text) or text.rstrip()[-1] in "?!？！"


@dataclass(frozen=True, slots=True)
class Related:
    """Drop related/more/most-read cue lines and the headline lists under them."""

    name: ClassVar[str] = "related"
    max_item_words: int = 30

    def judge(self, view: PageView) -> Iterator[Drop]:
        in_list = False
        for block in view.blocks:
            if (cue := related_cue(block.text)) is not None:
                yield Drop(block.index, self.name, RELATED_CUE, f"cue {cue!r}")
                in_list = True
            elif in_list and headline_item(block.text, self.max_item_words):
                yield Drop(block.index, self.name, RELATED_ITEM, "a headline under a related cue")
            elif (cue := related_insert(block.text, self.max_item_words)) is not None:
                yield Drop(block.index, self.name, RELATED_INSERT, f"cue {cue!r} and one headline")
                in_list = False
            else:
                in_list = False
