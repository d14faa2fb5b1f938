"""Speed shortcuts in the title search and the filters answer exactly as the full work does.

Each shortcut skips work only when the full computation could not have answered otherwise;
these tests hold it to the plain version (written out here) on many made-up lines.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pagetidy.model import Block
from pagetidy.signals import fold
from pagetidy.titles import MAX_WORDS, line_tails

WORDS = (
    "home", "guides", "bread", "at", "Home", "Brot", "backen", "zu", "Hause", "pain",
    "maison", "Café", "the", "12", "(3)", "-", "|", "comments", "Kommentare", "reply",
    "leave", "a", "reviews", "customer", "thoughts", "on", "$9.99", "€", "2025",
)  # fmt: skip
"""Words of several languages, counts, marks and prices, so lines share endings often."""
LINES = st.lists(st.sampled_from(WORDS), min_size=0, max_size=8).map(" ".join)


def plain_tails(texts: list[str], most_words: int = MAX_WORDS) -> set[str]:
    """Every folded ending of each line after its first word, made one by one."""
    tails: set[str] = set()
    for text in texts:
        words = fold(text).split()
        if len(words) > most_words + 1:
            words = words[-most_words - 1 :]
        tails.update(" ".join(words[start:]) for start in range(1, len(words)))
    return tails


@given(st.lists(LINES, min_size=1, max_size=6), st.integers(min_value=1, max_value=4))
def test_line_tails_holds_the_endings_made_one_by_one(texts: list[str], most: int) -> None:
    tails = line_tails([Block(i, text) for i, text in enumerate(texts)], most)
    expected = plain_tails(texts, most)
    keys = {fold(text) for text in texts} | expected | {"", " home", "home ", "a\nhome"}
    for text in texts:
        words = fold(text).split()
        keys.update(
            " ".join(words[start:end])
            for start in range(len(words))
            for end in range(start + 1, len(words) + 1)
        )
    for key in keys:
        assert (key in tails) == (key in expected), key


def test_line_tails_of_a_long_line_stop_at_most_words() -> None:
    # kept: the last thirty words; dropped: thirty-one; look-alike: a one-word line has none
    long = " ".join(f"wort{i}" for i in range(40))
    tails = line_tails([Block(0, long), Block(1, "Accueil")])
    assert " ".join(f"wort{i}" for i in range(10, 40)) in tails
    assert " ".join(f"wort{i}" for i in range(9, 40)) not in tails
    assert "accueil" not in tails
