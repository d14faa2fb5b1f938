"""Lines that are only a label: ``Advertisement``, ``Anzeige``, ``광고``, ``Read more``.

Signals: the whole line, once folded, is an ad or widget label from
``lexicon/labels.txt`` (many languages); or it is a bare picture or button marker left
by a text dump (``[blank_1x1.gif]``, ``[INS: :INS]``, ``(BUTTON)``); or it is a short
photo credit (``Photo: Jane Doe, AP``, ``Foto: dpa``, ``Фото: ТАСС``); or it is a picture's
caption that ends in a bracketed credit, a photographer's name and an agency joined by a
slash (``... in Berlin. (Foto: Max Muster/dpa)``, ``... on Tuesday. (AP Photo/Jane Doe)``).
Kept: ``Advertisement budgets fell by a third last year.`` (a sentence, not a label).
Dropped: ``ADVERTISEMENT`` (reason ``ad_label``), ``[logo.png]`` (``dump_marker``),
``Photo: Jane Doe, AP`` (``photo_credit``), ``Ministers meet at the summit in Rome on
Friday. (Photo: Jane Doe/Reuters)`` (``credited_caption``). Kept: ``The tree has many names
in English (Golden Pothos / Devil's Ivy)`` (a name pair, too few words before it) and
``Ask about rates (Mon/Fri)`` (no name before the slash).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.lexicon import phrases
from pagetidy.model import Drop
from pagetidy.signals import fold, word_count

AD_LABEL: Final = "ad_label"
DUMP_MARKER: Final = "dump_marker"
PHOTO_CREDIT: Final = "photo_credit"
MAX_LABEL_CHARS: Final = 60
MARKER: Final = re.compile(
    r"^(?:\[[^\]\s]{0,80}\.(?:png|jpe?g|gif|svg|webp)\]|\[INS:\s*:INS\]|\(BUTTON\)|\[IMG\]"
    r"|IFRAME:\s*\S+)$",
    re.IGNORECASE,
)
"""A picture, inserted frame or button a text dump printed as a marker, alone on a line."""
CREDIT: Final = re.compile(
    r"^(?:photo|photos|image|picture|credit|foto|fotos|bild|imagen|фото|사진)\s*:\s*\S",
    re.IGNORECASE,
)
CREDIT_MAX_WORDS: Final = 8
CREDITED_CAPTION: Final = "credited_caption"
TRAILING_CREDIT: Final = re.compile(
    r"\(([^()]*\b[A-Z][\w.'’-]+ [A-Z][\w.'’-]+ ?/ ?[^\W\d_][^()]*)\)\s*\.?\s*\]?$"
)
"""A closing bracket holding ``Name Name/Agency``: a photographer's credit (before the ``]``
that closes an image's alt text in some dumps)."""
CAPTION_MIN_WORDS: Final = 8
"""Words a caption has before its credit (fewer: a name pair in brackets, not a credit)."""
CAPTION_MAX_WORDS: Final = 90
CREDIT_MAX_BRACKET_WORDS: Final = 12


def label_kind(text: str) -> str | None:
    """The reason a line is only a label, or None.

    >>> label_kind("ADVERTISEMENT"), label_kind("Anzeige"), label_kind("[blank_1x1.gif]")
    ('ad_label', 'ad_label', 'dump_marker')
    >>> label_kind("Foto: dpa"), label_kind("Advertisement budgets fell by a third.")
    ('photo_credit', None)
    """
    stripped = text.strip()
    if len(stripped) > MAX_LABEL_CHARS * 2:
        return None
    if MARKER.match(stripped):
        return DUMP_MARKER
    if len(stripped) <= MAX_LABEL_CHARS and fold(stripped) in phrases("labels"):
        return AD_LABEL
    if CREDIT.match(stripped) and word_count(stripped) <= CREDIT_MAX_WORDS:
        return PHOTO_CREDIT
    return None


def credited_caption(text: str) -> bool:
    """Is this block a picture's caption ending in a bracketed ``Name Name/Agency`` credit?

    >>> credited_caption("Ministers meet in Rome on a rainy Friday. (Photo: Jane Doe/Reuters)")
    True
    >>> credited_caption("The tree has many names in English (Golden Pothos / Devil's Ivy)")
    False
    """
    stripped = text.strip()
    if ")" not in stripped[-4:] or len(stripped.split()) > CAPTION_MAX_WORDS:
        return False
    credit = TRAILING_CREDIT.search(stripped)
    return (
        credit is not None
        and len(stripped[: credit.start()].split()) >= CAPTION_MIN_WORDS
        and len(credit.group(1).split()) <= CREDIT_MAX_BRACKET_WORDS
    )


@dataclass(frozen=True, slots=True)
class Label:
    """Drop lines that are only an ad or widget label, a dump marker or a photo credit."""

    name: ClassVar[str] = "label"

    def judge(self, view: PageView) -> Iterator[Drop]:
        text = view.page.mode == "text"  # HTML marks its captions (``figcaption``)
        for block in view.blocks:
            if (kind := label_kind(block.text)) is not None:
                yield Drop(block.index, self.name, kind, f"the line is only {block.text!r}")
            elif text and credited_caption(block.text):
                yield Drop(block.index, self.name, CREDITED_CAPTION, "a caption ending in a credit")
