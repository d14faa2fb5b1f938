"""Pure measurements of a block's text that filters share.

Nothing here knows about filters or pages: each function takes a string and returns
a number or a flag, so tests can call them directly.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache, lru_cache, update_wrapper
from itertools import accumulate, islice
from typing import Final, TypeVar

T = TypeVar("T")
WORD: Final = re.compile(r"\w+(?:['’.\-]\w+)*", re.UNICODE)
TERMINAL: Final = frozenset(".!?。！？…\"'”’»)」』")
CJK_RANGES: Final = (
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7AF),  # hangul syllables
    (0xF900, 0xFAFF),
)
FOLD_CACHE: Final = 4096
"""Folded keys remembered: a page's blocks are folded by a dozen filters. ``fold`` is a pure
function of its argument, so the cache never changes a result, whatever ran before."""
TEXT_CACHE: Final = 8192
"""Texts remembered by each :func:`text_cache` (a page's blocks, with room to spare)."""
CACHED_CHARS: Final = 4000
"""Longer texts are never remembered, so a cache holds at most about
``TEXT_CACHE * CACHED_CHARS`` characters, whatever pages went through it."""
SENTENCE_END: Final = re.compile(r"[.!?。！？](?:[\"'”’»)」』]*)(?:\s|$)")
CJK: Final = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
"""One CJK letter (the ranges of ``CJK_RANGES``), for counting in C."""
DIGIT: Final = re.compile(r"\d")
LETTER: Final = re.compile(r"[^\W\d_]")
SPACE: Final = re.compile(r"\s")
ASCII_SPACES: Final = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
"""The ASCII characters ``\\s`` matches (``str.isspace``)."""
ASCII_DIGITS: Final = b"0123456789"
ACCENTS: Final = re.compile("[\u0300-\u036f]+")
ALNUM: Final = re.compile("[a-z0-9]+")
"""A run of ASCII lower-case letters and digits: the parts of a folded word that
:func:`holding` can find in a text that is not folded."""
WORD_CHAR: Final = re.compile(r"\w")
INERT_RANGES: Final = (
    (0x80, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7), (0x2000, 0x206F), (0x20A0, 0x20CF),
    (0x2190, 0x27BF), (0x1F300, 0x1FAFF),
)  # fmt: skip
"""Where the characters :func:`holding` tries as inert lie: spaces, punctuation,
currency, arrows, symbols and pictographs."""


class TextAnswers(dict[str, T]):
    """The remembered answers of a pure function of one text, called like the function.

    A hit is one dictionary look-up in C (no Python frame, unlike an ``lru_cache``
    behind a wrapper); a miss computes the answer, and remembers it when the text has at
    most ``CACHED_CHARS`` characters, forgetting all once it holds ``TEXT_CACHE`` texts.
    """

    __call__ = dict.__getitem__

    def __init__(self, function: Callable[[str], T]) -> None:
        super().__init__()
        self.function = function
        update_wrapper(self, function)  # name, docstring (and its doctests), __wrapped__

    def __missing__(self, text: str) -> T:
        answer = self.function(text)
        if len(text) <= CACHED_CHARS:  # (``remember``, inlined: every miss comes here)
            if len(self) >= TEXT_CACHE:
                self.clear()  # cheaper than evicting one by one (a page asks again, at most)
            self[text] = answer
        return answer

    def remember(self, text: str, answer: T) -> None:
        """Remember an answer worked out another way (it must be the function's own)."""
        if len(text) <= CACHED_CHARS:
            if len(self) >= TEXT_CACHE:
                self.clear()  # cheaper than evicting one by one (a page asks again, at most)
            self[text] = answer


def text_cache(function: Callable[[str], T]) -> TextAnswers[T]:
    """Remember the answers of a pure function of one text (a block's), for short texts.

    A dozen filters and the facts ask the same questions of the same blocks. The function
    must be pure (its answer depends on the text alone, and is immutable), so the cache
    never changes a result, whatever ran before; it is bounded (``TEXT_CACHE`` texts of at
    most ``CACHED_CHARS`` characters each). See :class:`TextAnswers`.
    """
    return TextAnswers(function)


def is_cjk(char: str) -> bool:
    """Is ``char`` a Chinese, Japanese or Korean letter?

    >>> is_cjk("한"), is_cjk("a")
    (True, False)
    """
    code = ord(char)
    return any(low <= code <= high for low, high in CJK_RANGES)


def words(text: str) -> list[str]:
    """Word tokens of a text, lower-cased.

    >>> words("Kim Jong-un's letter, 2025.")
    ['kim', "jong-un's", 'letter', '2025']
    """
    return [word.lower() for word in WORD.findall(text)]


def cjk_chars(text: str) -> int:
    """Number of CJK letters in a text."""
    if text.isascii():
        return 0
    return CJK.subn("", text)[1]  # a count without a list of one-letter strings


@text_cache
def word_count(text: str) -> int:
    """Words in a text, counting CJK script as one word per two letters.

    >>> word_count("The cat sat."), word_count("북한의 김정은 위원장은")
    (3, 5)
    """
    cjk = cjk_chars(text)
    if not cjk:
        return WORD.subn("", text)[1]  # a count, without a list of words
    return WORD.subn("", CJK.sub(" ", text))[1] + (cjk + 1) // 2


def more_words(text: str, limit: int) -> bool:
    """``word_count(text) > limit``, told without counting every word of a long paragraph.

    >>> more_words("The cat sat.", 2), more_words("The cat sat.", 3), more_words("북한의 김정은", 1)
    (True, False, True)
    """
    known = word_count.get(text)  # counted already (the banner filter counts every block)
    if known is not None:
        return known > limit
    if not text.isascii() and CJK.search(text) is not None:
        return word_count(text) > limit  # CJK letters count by pairs
    if len(text) < 2 * limit:
        return False  # a word ends before a non-word character: (len + 1) // 2 words at most
    return next(islice(WORD.finditer(text), limit, None), None) is not None


def ends_sentence(text: str) -> bool:
    """Does the text end like a sentence (terminal punctuation, maybe a closing quote)?

    >>> ends_sentence('He said "yes."'), ends_sentence("Read more")
    (True, False)
    """
    stripped = text.rstrip()
    if not stripped:
        return False
    if stripped[-1] in ".!?。！？…":
        return True
    return len(stripped) > 1 and stripped[-1] in TERMINAL and stripped[-2] in ".!?。！？…"


def sentence_count(text: str) -> int:
    """Rough number of sentences: terminal punctuation followed by a space or the end.

    >>> sentence_count("One. Two! Three")
    2
    """
    return len(SENTENCE_END.findall(text))


def title_case_share(text: str) -> float:
    """Share of alphabetic words that start with a capital letter.

    >>> title_case_share("More In North Korea")
    1.0
    """
    alpha = [word for word in WORD.findall(text) if word[0].isalpha() and not is_cjk(word[0])]
    if not alpha:
        return 0.0
    return sum(1 for word in alpha if word[0].isupper()) / len(alpha)


def digit_share(text: str) -> float:
    """Share of non-space characters that are digits.

    >>> digit_share("12:30 pm")
    0.5714285714285714
    """
    if DIGIT.search(text) is None:
        return 0.0  # no digit (the common case): found without counting anything
    if text.isascii():  # counted in C, no lists: ASCII \s and \d are just these
        raw = text.encode("ascii")
        size = len(raw.translate(None, ASCII_SPACES))
        return (len(raw) - len(raw.translate(None, ASCII_DIGITS))) / size if size else 0.0
    size = len(text) - len(SPACE.findall(text))
    return len(DIGIT.findall(text)) / size if size else 0.0


def letter_share(text: str) -> float:
    """Share of non-space characters that are letters (any script).

    >>> letter_share("a1 !")
    0.3333333333333333
    """
    size = len(text) - len(SPACE.findall(text))
    return len(LETTER.findall(text)) / size if size else 0.0


@lru_cache(maxsize=FOLD_CACHE)
def fold(text: str) -> str:
    """A comparison key: case, accents, quotes, punctuation and spacing folded away.

    >>> fold("Kim’s  “letter”") == fold("kim's letter")
    True
    >>> fold("Schlagwörter"), fold("로그인"), fold("ログイン")
    ('schlagworter', '로그인', 'ログイン')
    """
    if text.isascii():
        return " ".join(WORD.findall(text.lower()))
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = ACCENTS.sub("", decomposed)
    return " ".join(WORD.findall(unicodedata.normalize("NFC", kept).replace("’", "'")))


@cache
def _lively() -> re.Pattern[str]:
    """One character that is neither ASCII nor inert. Inert: :func:`fold` (case,
    compatibility forms) turns it into no word character and no combining mark, so it only
    parts words (a curly quote, a dash, a no-break space, an emoji)."""
    inert = [
        char
        for low, high in INERT_RANGES
        for char in map(chr, range(low, high + 1))
        if not any(
            WORD_CHAR.match(part) or unicodedata.category(part).startswith("M")
            for part in unicodedata.normalize("NFKD", char.casefold())
        )
    ]
    return re.compile("[^\\x00-\\x7f" + "".join(map(re.escape, inert)) + "]")


def holding(texts: Sequence[str], keys: Sequence[str]) -> set[int]:
    """Positions of the ``texts`` that may fold (:func:`fold`) to words holding one of
    ``keys`` (runs of ASCII lower-case letters and digits, ``ALNUM``); the others do not.
    Found in C on the texts joined, none folded: those holding a key in their lower-cased
    self, and those holding a character neither ASCII nor inert (``_lively``: ``é``
    folds to ``e``, ``ﬁ`` to ``fi``).

    A text of ASCII and inert characters folds to the words of its lower-cased self (an
    inert character only parts them), so a key in its folded words is in ``text.lower()``
    (in one text: keys hold no line break).

    >>> sorted(holding(["Bake bread.", "We use COOKIES.", "Café.", "“Or” not"], ["cookie"]))
    [1, 2]
    """
    joined = "\n".join(texts)
    low = joined.lower()
    starts = list(accumulate(map(len, texts), lambda at, size: at + size + 1, initial=0))
    found: set[int] = set()
    if not joined.isascii():
        search = _lively().search
        at = 0
        while (match := search(joined, at)) is not None:
            position = bisect_right(starts, match.start()) - 1
            found.add(position)
            at = starts[position + 1]
        if len(low) != len(joined):  # a letter lowered to two (``İ``): text by text
            low = "\n".join(
                " " * len(text) if i in found else text.lower() for i, text in enumerate(texts)
            )
    find = low.find
    for key in keys:
        at = find(key)
        while at >= 0:
            position = bisect_right(starts, at) - 1
            found.add(position)
            at = find(key, starts[position + 1])
    return found


def densest_run(weights: Sequence[float]) -> tuple[int, int] | None:
    """Start and end (exclusive) of the run with the largest sum (Kadane), or None.

    >>> densest_run([-1, 5, -2, 6, -9, 3])
    (1, 4)
    """
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for position, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, position
        total += weight
        if total > best:
            best, best_span = total, (start, position + 1)
    return best_span
