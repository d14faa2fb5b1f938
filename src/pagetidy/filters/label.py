"""Lines that are only a label: ``Advertisement``, ``Anzeige``, ``광고``, ``Read more``.

Signals: the whole line, once folded, is an ad or widget label from
``lexicon/labels.txt`` (many languages); or it is a bare picture or button marker left
by a text dump (``[blank_1x1.gif]``, ``[INS: :INS]``, ``(BUTTON)``); or it is a short
photo credit (``Photo: Jane Doe, AP``, ``Foto: dpa``, ``Фото: ТАСС``); or it is a picture's
caption that ends in a bracketed credit, a photographer's name and an agency joined by a
slash (``... in Berlin. (Foto: Max Muster/dpa)``, ``... on Tuesday. (AP Photo/Jane Doe)``),
or a round bracket that calls itself a picture's credit (``... in Rome (Image: Agency)``,
``(Foto: Stadtarchiv)``); or it is a gallery's counter (``Image 2 of 5``, ``Bild 3 von 12``).
Or (text pages) it opens the way a caption does: a caption label (``Image caption``,
``Pie de foto``), an archive tag (``FILE -``,
``ARCHIVO -``), the place and day in capitals before a colon (``ROME, ITALY - MAY 5:``), or
words pointing at a dated or sourced picture (``In this Oct. 2, 2017, file photo,``,
``In this photo provided by``, ``En esta imagen proporcionada por``).
Kept: ``Advertisement budgets fell by a third last year.`` (a sentence, not a label).
Dropped: ``ADVERTISEMENT`` (reason ``ad_label``), ``[logo.png]`` (``dump_marker``),
``Photo: Jane Doe, AP`` (``photo_credit``), ``Ministers meet at the summit in Rome on
Friday. (Photo: Jane Doe/Reuters)`` (``credited_caption``), ``FILE - The mayor waves to a
crowd in 2017.`` (``caption_opening``). Kept: ``In this photo, taken by my father, ...`` (no
date, no source), ``The tree has many names in English (Golden Pothos / Devil's Ivy)`` (a
name pair, too few words before it) and ``Ask about rates (Mon/Fri)`` (no name before the
slash).
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
GALLERY_COUNTER: Final = "gallery_counter"
COUNTER: Final = re.compile(
    r"^(?:(?:image|photo|picture|slide|gallery|foto|bild|imagen|immagine|diapositiva|фото)\s+"
    r"\d{1,3}\s*(?:/|(?:of|von|aus|de|di|sur|van|av|из)\s*/?)|\d{1,3}\s+(?:of|von|aus|de|di"
    r"|sur|van|av|из)\s*/?)\s*\d{1,3}$",
    re.IGNORECASE,
)
"""A picture gallery's counter alone on its line: ``Image 2 of 5``, ``Bild 3 von 12``,
``Foto 1 de 4``, ``Slide 3/12``, ``3 of 12`` (not a bare ``1/2``: a fraction)."""
CREDITED_CAPTION: Final = "credited_caption"
TRAILING_CREDIT: Final = re.compile(
    r"\(([^()]*\b[A-Z][\w.'’-]+ [A-Z][\w.'’-]+ ?/ ?[^\W\d_][^()]*)\)\s*\.?"
    r"(?:\s+(?:\([^()]{0,120}\)|(?:Photo|Foto|Image|Bild|Copyright|©)\b[^()]{0,120}))?\s*\]?$"
)
"""A closing bracket holding ``Name Name/Agency``: a photographer's credit (before the ``]``
that closes an image's alt text in some dumps), perhaps with a second credit after it
(``(Photo credit should read ...)``, ``Photo: Jane Doe / Copyright 2019 AP``)."""
LOOSE_CREDIT: Final = re.compile(
    r"^(?:Photograph|Photo|Foto|Bild)(?: by| von| de| por|:)\s?"
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)+ ?/ ?[^\W\d_][\w.'’ &-]*(?:/[\w.'’ &-]+)*\s*$"
)
"""A credit without brackets alone on its line: ``Photo by Jane Doe/AP``, ``Foto von Max
Muster/dpa`` (closing a caption instead, it moved an article's span: measured 2026-11-28,
ScrapingHub inscriptis F1 -0.0001)."""
CUED_CREDIT: Final = re.compile(
    r"\\?\(\s*(?:(?:photo|image|picture|pic)s? (?:credit|source|courtesy)|photo(?:graph)?s?"
    r"|images?|pictures?|pic|credits?|courtesy|fotos?|fotografía|bild(?:er|quelle)?|imagen"
    r"|imagem|immagine|crédito|crédits? photos?|beeld|zdjęcie|fot|фото|изображение|사진|写真"
    r"|图片|圖片)\s*(?::|\b(?:by|von|de|por|of|di|door)\b)\s*[^()\[\]]{1,80}?\\?\)\s*\.?$",
    re.IGNORECASE,
)
"""A closing bracket that names itself a picture's credit or source: ``(Image: Agency)``,
``(Photo credit: Jane Doe)``, ``(Foto von Max Muster)``, ``(Imagen: Agencia)``. Round
brackets only: a square one is an image's alt text in a dump (``[Image: chart.png]``), and
``(Source: ...)`` alone also closes a table or a quote in the article."""
CAPTION_MIN_WORDS: Final = 8
"""Words a caption has before its credit (fewer: a name pair in brackets, not a credit)."""
CAPTION_MAX_WORDS: Final = 90
CREDIT_MAX_BRACKET_WORDS: Final = 12
CAPTION_OPENING: Final = "caption_opening"
ARCHIVE_OPENING: Final = re.compile(
    r"^\W{0,2}(?:FILE(?: PHOTO)?|ARCHIV(?:FOTO|BILD)?|ARCHIVO|FOTO DE ARCHIVO|ARCHIVES"
    r"|PHOTO D'ARCHIVES|ARCHIVIO|FOTO D'ARCHIVIO|ARQUIVO|FOTO DE ARQUIVO)\s?[-–—:]\s+\w"
)
"""An agency caption's upper-case archive tag (``FILE -``, ``FILE PHOTO:``, ``ARCHIV -``,
``ARCHIVO -``) before its text: the picture is an old one."""
PICTURE_OPENING: Final = re.compile(
    r"^\W{0,2}(?:(?:In )?[Tt]his|En esta|Sur cette|Auf diesem|In questa|Nesta)\b"
    r"((?:[^.;:!?]|\.(?=\s\d)){0,60}?)"
    r"\b(?:[Ff]ile |de archivo |d'archives |d'archivio |de arquivo )?"
    r"(?:photo|photograph|image|picture|foto|fotografía|imagen|bild|immagine)s?\b"
    r"((?:,?\s(?:de archivo|d'archives|d'archivio|de arquivo))?,?\s(?:provided|issued|released"
    r"|made available|distributed|supplied|obtained|from video|proporcionada|difundida"
    r"|distribuida|publicada|fournie|diffusée|publiée|zur Verfügung|fornita|diffusa"
    r"|divulgada|cedida)\b)?(,|\s(?:shows|muestra|montre|zeigt|mostra))?",
    re.IGNORECASE,
)
"""An agency caption's opening that points at its picture: ``In this photo provided by``,
``In this Sunday, Nov. 10, 2019, photograph,``, ``This 2013 file photo shows``, ``En esta
foto de archivo del 5 de abril de 2019``."""
DATED_PLACE: Final = re.compile(
    r"^\W{0,2}[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]+, [A-ZÀ-Ý][\w.'’ ]+\s[-–—]\s"
    r"(?:\d{1,2}\.? (?:DE )?)?[A-ZÀ-Ý]{3,}\.?(?: \d{1,2})?(?:,? \d{4})?:\s+\w"
)
"""A photo agency caption's opening: the place and the day in capitals, then a colon
(``WASHINGTON, DC - NOVEMBER 19:``, ``MADRID, SPAIN - 19 DE NOVIEMBRE:``). A news dateline
has no colon after a day (``BERLIN (dpa) -``, ``ROME, Nov. 19 —``), a note no place
(``UPDATE - MAY 5:``)."""
CAPTION_LABEL: Final = re.compile(
    r"^\W{0,2}(?:(?:image|photo|picture|media|video) ?(?:caption|copyright)|pie de foto"
    r"|fuente de la imagen|bildunterschrift|légende photo|подпись к фото|автор фото)"
    r"(?:\b|(?-i:(?=[A-Z])))",
    re.IGNORECASE,
)
"""A caption that opens with the label a site prints on it (``Image copyright Agency Image
caption ...``, ``Media caption ...``, glued to its text in some dumps, ``Pie de foto ...``,
``Bildunterschrift ...``). Not ``Photo credit: ...`` alone (a how-to's credit under each
picture is part of its text) nor a table's ``CAPTION:``."""
DATED_PLACE_MAX_WORDS: Final = 200
"""Such captions retell the news: longer than other captions."""
FILE_WORDS: Final = re.compile(
    r"\b(?:file|archivo|archives|archivio|arquivo|archiv)\b", re.IGNORECASE
)


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
    if COUNTER.match(stripped):
        return GALLERY_COUNTER
    return None


def credited_caption(text: str) -> bool:
    """Is this block a picture's caption ending in a bracketed ``Name Name/Agency`` credit
    (or such a credit without brackets, alone)?

    >>> credited_caption("Ministers meet in Rome on a rainy Friday. (Photo: Jane Doe/Reuters)")
    True
    >>> credited_caption("The tree has many names in English (Golden Pothos / Devil's Ivy)")
    False
    """
    stripped = text.strip()
    if len(stripped.split()) > CAPTION_MAX_WORDS:
        return False
    if LOOSE_CREDIT.match(stripped):
        return True
    if (cued := CUED_CREDIT.search(stripped)) is not None:
        return len(cued.group().split()) <= CREDIT_MAX_BRACKET_WORDS
    credit = TRAILING_CREDIT.search(stripped)
    return (
        credit is not None
        and len(stripped[: credit.start()].split()) >= CAPTION_MIN_WORDS
        and len(credit.group(1).split()) <= CREDIT_MAX_BRACKET_WORDS
    )


def opens_as_caption(text: str) -> bool:
    """Does this block open the way a news agency's picture caption does?

    Either an upper-case archive tag (``FILE -``, ``ARCHIVO -``), the place and day in
    capitals before a colon (``ROME, ITALY - MAY 5:``), or a phrase pointing at
    the picture that names its source or date (``In this photo provided by``, ``In this
    Dec. 12, 2006, file photo``). ``In this photo, my father ...`` (no date, no source) and
    ``In this article ...`` are not captions.

    >>> opens_as_caption("FILE - In this Oct. 2, 2017, file photo, the mayor waves.")
    True
    >>> opens_as_caption("In this photo provided by the police, a car burns on a road.")
    True
    >>> opens_as_caption("In this photo, taken by my father, you can see the old barn.")
    False
    >>> opens_as_caption("ROME, ITALY - MAY 5: The mayor waves to a crowd in a square.")
    True
    """
    stripped = text.strip()
    words = len(stripped.split())
    if DATED_PLACE.match(stripped):
        return CAPTION_MIN_WORDS <= words <= DATED_PLACE_MAX_WORDS
    if words > CAPTION_MAX_WORDS:
        return False
    if CAPTION_LABEL.match(stripped):
        return True
    if ARCHIVE_OPENING.match(stripped):
        return words >= CAPTION_MIN_WORDS
    opening = PICTURE_OPENING.match(stripped)
    if opening is None:
        return False
    if opening.group(2) is not None:
        return True
    dated = FILE_WORDS.search(opening.group(0)) or any(char.isdigit() for char in opening[1])
    return bool(dated) and opening.group(3) is not None


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
            elif text and opens_as_caption(block.text):
                yield Drop(block.index, self.name, CAPTION_OPENING, "opens as a picture's caption")
