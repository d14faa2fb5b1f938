"""Tag lines: ``tags Vladimir Putin Kim Jong-un``, ``Schlagwörter: Bahn, Streik``, ``#a #b``.

Signals: a short line that opens with a tag word (``lexicon/tags.txt``, many languages),
or a line made only of hashtags. Kept: ``Tags on the luggage were checked twice.``
Dropped: ``Tags: Politics, Economy`` (reason ``tag_cue``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.lexicon import starts_with
from pagetidy.model import Drop
from pagetidy.signals import ends_sentence, more_words, word_count

HASHTAGS: Final = re.compile(r"(?:#[^\s#]+\s*){2,}")
TAG_CUE: Final = "tag_cue"
HASHTAG_LINE: Final = "hashtag_line"


def tag_cue(text: str) -> str | None:
    """The tag word a line opens with, when the line is a tag line.

    >>> tag_cue("tags Vladimir Putin Russia"), tag_cue("Tags on the bags were torn.")
    ('tags', None)
    """
    cue = starts_with("tags", text)
    if cue is None or (ends_sentence(text) and word_count(text) > 6):
        return None
    rest = text.lstrip()[len(cue) :].lstrip(" :：-—–|")
    if rest and rest[0].islower() and not rest[0].isupper() and " " in rest and "," not in rest:
        return None
    return cue


@dataclass(frozen=True, slots=True)
class Tagline:
    """Drop tag lines: a tag word followed by short names, or a run of hashtags."""

    name: ClassVar[str] = "tagline"
    max_words: int = 30

    def judge(self, view: PageView) -> Iterator[Drop]:
        for block in view.blocks:
            text = block.text  # (words counted last: a tag line's opening is read first)
            stripped = text.strip()
            if stripped[:1] == "#" and HASHTAGS.fullmatch(stripped + " "):  # (no copy of a text)
                if not more_words(text, self.max_words):
                    yield Drop(block.index, self.name, HASHTAG_LINE, "only hashtags")
            elif (cue := tag_cue(text)) is not None and not more_words(text, self.max_words):
                yield Drop(block.index, self.name, TAG_CUE, f"opens with {cue!r}")
