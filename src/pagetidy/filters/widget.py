"""A form's controls and frames that a text dump printed inside the article.

lynx prints a button as ``(BUTTON)`` before its label and a radio button as ``(*)`` (chosen)
or ``( )``. Kept by the span inside a shop's or a service's text, they are its widgets, not
its content: ``(BUTTON) Add to cart``, ``(BUTTON) Men (BUTTON) Women (BUTTON) Sale``,
``(*) Pay in full ( ) Pay monthly``, ``Yes (*) No ( )``.
Signals: a line of at most six words opening with a button marker (reason
``button_label``), unless it asks a question or heads a prose block (an accordion's
``(BUTTON) Product details`` above the details, an FAQ's ``(BUTTON) Can I wash it?``);
or a line that opens or ends with a radio marker and holds no code punctuation (reason
``form_choice``; not ``COUNT(*)``, not a spaced-out call ``main ( ) {`` or ``list. copy ( )``).
A checkbox ``[ ]`` is left alone: an article's checklist prints it too. lynx also prints an
embedded frame as ``IFRAME:`` and its address, which it may break with a space, or the
frame's inline data (reason ``frame_marker``; ``label`` drops such a line before the span
only when the address is one word).
Text pages only; runs last, so the span and the other filters read the page with its
widgets in place (run before the span, these drops moved it on 20 shop pages both ways:
wcxb-dev lynx collections recall -0.014, 2026-11-29).
Kept: ``(BUTTON) Can I wash it?``, ``(BUTTON) Specifications`` above a prose paragraph.
Dropped: ``(BUTTON) In den Warenkorb`` (``button_label``), ``(*) Ground ( ) Whole bean``
(``form_choice``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.model import Drop

BUTTON_LABEL: Final = "button_label"
FORM_CHOICE: Final = "form_choice"
FRAME_MARKER: Final = "frame_marker"
FRAME: Final = re.compile(r"^IFRAME:")
"""A text dump's marker for an embedded frame (lynx), with whatever follows it."""
BUTTON: Final = re.compile(r"\(BUTTON\)")
"""A text dump's marker for a button (lynx prints ``(BUTTON)`` before its label)."""
RADIO_EDGE: Final = re.compile(r"^\((?:\*| )\)\s|\s\((?:\*| )\)$")
"""A radio button as a text dump prints it, opening or closing the line."""
CODE: Final = re.compile(r"[{};=<>]|\w\.\s?[a-z_]\w*\s?\(\s?\)$")
"""Code: punctuation (a spaced-out call ``main ( ) {``) or a method call closing the line
(``list. copy ( )``) is not a radio button."""


def button_label(text: str, max_words: int) -> bool:
    """Is this line a button's label: a button marker first, then a few words, no question?
    (A bare marker is ``label``'s ``dump_marker``.)

    >>> button_label("(BUTTON) Add to cart", 6), button_label("(BUTTON) In den Warenkorb", 6)
    (True, True)
    >>> button_label("(BUTTON) Can I wash it?", 6), button_label("Add to cart (BUTTON)", 6)
    (False, False)
    """
    stripped = text.strip()
    if not stripped.startswith("(BUTTON)") or stripped.endswith("?"):
        return False
    return 0 < len(BUTTON.sub(" ", stripped).split()) <= max_words


def form_choice(text: str) -> bool:
    """Does this line open or end with a radio button as a text dump prints it?

    >>> form_choice("(*) Pay in full ( ) Pay monthly"), form_choice("Sí ( )")
    (True, True)
    >>> form_choice("SELECT COUNT(*) FROM t"), form_choice("export function main ( ) {")
    (False, False)
    >>> form_choice("[ ] Book the venue"), form_choice("list. copy ( )")
    (False, False)
    """
    stripped = text.strip()
    return RADIO_EDGE.search(stripped) is not None and CODE.search(stripped) is None


@dataclass(frozen=True, slots=True)
class Widget:
    """Drop a form's buttons, radio choices and frame markers left in the article (text)."""

    name: ClassVar[str] = "widget"
    max_words: int = 6
    """Words a button's label has at most, markers aside."""
    heading_words: int = 15
    """Prose words of the next block that make a button line its heading (an accordion)."""

    def judge(self, view: PageView) -> Iterator[Drop]:
        if view.page.mode != "text":
            return
        blocks = view.blocks
        for position, block in enumerate(blocks):
            if FRAME.match(block.text.strip()):
                yield Drop(block.index, self.name, FRAME_MARKER, "an embedded frame's marker")
            elif form_choice(block.text):
                yield Drop(block.index, self.name, FORM_CHOICE, "a form's radio button")
            elif button_label(block.text, self.max_words):
                after = blocks[position + 1] if position + 1 < len(blocks) else None
                if (
                    after is None
                    or button_label(after.text, self.max_words)
                    or view.prose_words(after) < self.heading_words
                ):
                    yield Drop(block.index, self.name, BUTTON_LABEL, "a button's label")
