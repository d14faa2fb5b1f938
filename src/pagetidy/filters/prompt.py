"""Login, sign-up, subscribe and comment-widget prompts and counters.

Signals: a short line with prompt words (``lexicon/prompt.txt``: log in, subscribe,
comments, 로그인, 댓글, anmelden...), decided by length and sentence shape, and
character counters such as ``(0/250자)``. Known false positive: a short article sentence
about subscribing with two prompt words. Kept: ``Subscribers to the service rose 4% in a
year as prices fell across the region.`` Dropped: ``To write comments, please log in``
(reason ``login_prompt``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.lexicon import contains
from pagetidy.model import Drop
from pagetidy.signals import ends_sentence, word_count

COUNTER: Final = re.compile(r"[(\[]\s*\d+\s*/\s*\d[\d,]*\s*\S{0,3}\s*[)\]]")
LOGIN_PROMPT: Final = "login_prompt"
COUNTER_WIDGET: Final = "counter_widget"


@dataclass(frozen=True, slots=True)
class Prompt:
    """Drop login, subscribe and comment prompts, and character counters."""

    name: ClassVar[str] = "prompt"
    max_words: int = 16
    short_words: int = 8

    def judge(self, view: PageView) -> Iterator[Drop]:
        for block in view.blocks:
            text = block.text
            words = word_count(text)
            if words > self.max_words:
                continue
            if COUNTER.search(text):
                yield Drop(block.index, self.name, COUNTER_WIDGET, "a character counter")
                continue
            found = contains("prompt", text)
            if not found:
                continue
            if words <= self.short_words or len(found) >= 2 or not ends_sentence(text):
                yield Drop(block.index, self.name, LOGIN_PROMPT, f"prompt words: {found[0]!r}")
