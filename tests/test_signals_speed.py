"""Speed shortcuts in ``pagetidy.signals`` answer exactly as the full count does."""

from __future__ import annotations

import pytest

from pagetidy.signals import more_words, word_count

TEXTS = (
    "",
    "Read more",
    "a,b,c,d,e,f,g,h",  # words packed between punctuation: the most per character
    "x-y.z's a b c d e f g h i j k l m n o",
    "Lire la suite de l'article, s'il vous plaît",
    "Weiterlesen: Straße, Brücke, Übergang",
    "北京 上海 東京 a b",  # CJK letters count by pairs
    "!!! ??? ...",
)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("limit", [0, 1, 2, 3, 4, 7, 14, 30])
def test_more_words_agrees_with_word_count(text: str, limit: int) -> None:
    assert more_words(text, limit) == (word_count(text) > limit)
