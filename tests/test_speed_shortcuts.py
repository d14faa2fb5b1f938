"""Speed shortcuts in the title search and the filters answer exactly as the full work does.

Each shortcut skips work only when the full computation could not have answered otherwise;
these tests hold it to the plain version (written out here) on many made-up lines.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pagetidy.filters.comments import comment_heading, drop_count
from pagetidy.filters.span import WORD_RUN, said
from pagetidy.filters.thread import review_heading
from pagetidy.lexicon import phrases
from pagetidy.model import Block
from pagetidy.records import TOKEN, anchor_shape, is_currency
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


def plain_shape(text: str) -> str | None:
    """:func:`anchor_shape` without its test for digits and currency signs."""
    parts, found = [], False
    for token in TOKEN.findall(text):
        if token[0].isdigit():
            parts.append("0")
            found = True
        elif token[0].isalpha():
            parts.append("w")
        elif is_currency(token[0]):
            parts.append("$")
            found = True
        else:
            parts.append(token[0])
    return " ".join(parts) if found else None


@given(LINES)
def test_anchor_shape_shortcut_agrees_with_every_token_read(text: str) -> None:
    assert anchor_shape(text) == plain_shape(text)


def test_anchor_shape_of_prices_and_names() -> None:
    # kept: a price in dollars or euros, a date; dropped: a name; look-alike: a spelled number
    assert anchor_shape("$24.99") == anchor_shape("$3.50") == "$ 0"
    assert anchor_shape("12,50 €") == "0 $" and anchor_shape("Mär 7") == "w 0"
    assert anchor_shape("Blue kettle") is None and anchor_shape("Twenty-four") is None


def plain_heading(text: str, kind: str) -> bool:
    """The phrase test both headings end with, without the shortcut before it."""
    found = fold(drop_count(text.strip())) in phrases(kind)
    return found or (kind == "comments" and fold(drop_count(fold(text))) in phrases(kind))


@given(LINES)
def test_heading_shortcuts_never_turn_a_heading_away(text: str) -> None:
    if plain_heading(text, "comments"):
        assert comment_heading(text)
    if plain_heading(text, "reviews") and len(text.strip()) <= 80:
        assert review_heading(text)


def test_heading_shortcuts_in_several_languages() -> None:
    # kept: a count before or after the phrase; dropped: a line opening with other words
    for text in ("(3) Comments", "12 Kommentare", "Leave a Reply", "Comentarios 4", "댓글 5"):
        assert comment_heading(text), text
    for text in ("Our comments policy", "Die Kommentare sind geschlossen, sagt er"):
        assert not comment_heading(text), text
    assert review_heading("18 Customer Reviews") and not review_heading("Read all 18 reviews")


@given(st.lists(st.sampled_from(WORDS), max_size=6), st.lists(st.sampled_from(WORDS), max_size=3))
def test_said_finds_the_whole_name_as_a_run_of_words(found: list[str], name: list[str]) -> None:
    size = len(name)
    expected = any(found[at : at + size] == name for at in range(len(found) - size + 1))
    assert said(name, found) == expected


def test_said_in_two_languages() -> None:
    assert said(["Jane", "Doe"], WORD_RUN.findall("Photo by Jane Doe for the paper"))
    assert not said(["Jane", "Doe"], WORD_RUN.findall("Jane wrote to Doe"))
    assert said(["Anna", "Müller"], WORD_RUN.findall("Ein Text von Anna Müller, Berlin"))
