"""Stop-word lists for about 100 languages (jusText's, BSD) and a page language guess.

The lists live in ``lexicon/stopwords/<language>.txt`` (see ``SOURCE.md`` there). A page's
language is the one whose list covers most of a sample of its words; stop-word density
(the share of a block's words that are stop words) is then a strong, language-free sign
of running text: menus and link lists are mostly nouns, sentences are mostly glue words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Final

SAMPLE_WORDS: Final = 1500
"""Words of a page looked at to guess its language."""
MIN_HITS: Final = 5
"""Stop words needed before a guess is trusted."""
GUESS_WORDS: Final = 200
"""The most frequent words of each list (the files are in frequency order) used to guess."""


@cache
def languages() -> tuple[str, ...]:
    """Names of the languages that have a list, sorted (``english``, ``german``...)."""
    folder = files("pagetidy.lexicon").joinpath("stopwords")
    names = (entry.name for entry in folder.iterdir() if entry.name.endswith(".txt"))
    return tuple(sorted(name.removesuffix(".txt") for name in names))


def _read(language: str) -> list[str]:
    path = files("pagetidy.lexicon").joinpath("stopwords", f"{language}.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [word for line in lines if (word := line.strip().lower())]


@cache
def stoplist(language: str) -> frozenset[str]:
    """The lower-cased stop words of one language.

    >>> "the" in stoplist("english"), "und" in stoplist("german")
    (True, True)
    """
    if language not in languages():
        choices = ", ".join(languages()[:5])
        message = f"no stop-word list for {language!r}; lists exist for {choices}..."
        raise KeyError(message)
    return frozenset(_read(language))


@cache
def _owners() -> dict[str, tuple[int, ...]]:
    """The frequent stop words, mapped to the positions in :func:`languages` of their lists.

    Only the head of each list is indexed (:data:`GUESS_WORDS`), which keeps memory small;
    the full list of the chosen language is read when a page needs it.
    """
    owners: dict[str, list[int]] = {}
    for position, language in enumerate(languages()):
        for word in _read(language)[:GUESS_WORDS]:
            owners.setdefault(word, []).append(position)
    return {word: tuple(found) for word, found in owners.items()}


def guess_language(words: Iterable[str]) -> str | None:
    """The language whose stop words cover most of ``words`` (lower-cased), or None.

    >>> guess_language("the cat sat on the mat and it was not amused".split())
    'english'
    >>> guess_language("der hund und die katze sind nicht in dem haus".split())
    'german'
    """
    owners = _owners()
    sample = list(words)[:SAMPLE_WORDS]
    counts: dict[int, int] = {}
    seen = Counter(sample)
    for word in seen.keys() & owners.keys():  # each distinct stop word once, not each use
        for position in owners[word]:
            counts[position] = counts.get(position, 0) + seen[word]
    if not counts:
        return None
    position, hits = max(counts.items(), key=lambda item: (item[1], -item[0]))
    return languages()[position] if hits >= MIN_HITS else None
