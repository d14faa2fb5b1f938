"""Phrase lists, one file per kind of chrome, many languages each (a last resort).

Each ``<kind>.txt`` holds one phrase per line, grouped by language under ``#`` comments.
Phrases are compared after :func:`pagetidy.signals.fold` (case, accents, punctuation).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from itertools import compress

from pagetidy.signals import ALNUM, CJK, WORD, cjk_chars, fold, holding, text_cache


@cache
def phrases(kind: str) -> frozenset[str]:
    """The folded phrases of one list, e.g. ``phrases("related")``."""
    text = files("pagetidy.lexicon").joinpath(f"{kind}.txt").read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(folded for line in lines if line and (folded := fold(line)))


@cache
def unspaced(kind: str) -> tuple[str, ...]:
    """Phrases of a list in scripts written without spaces between words (CJK).

    Korean and Japanese attach particles to words (댓글을, 로그인하세요), so these
    phrases are matched as substrings rather than as whole words.
    """
    return tuple(sorted(phrase for phrase in phrases(kind) if cjk_chars(phrase)))


@cache
def longest(kind: str) -> int:
    """Words in the longest phrase of a list (bounds prefix searches)."""
    return max((len(phrase.split()) for phrase in phrases(kind)), default=0)


def starts_with(kind: str, text: str) -> str | None:
    """The longest phrase of ``kind`` that the folded ``text`` starts with, if any.

    >>> starts_with("related", "More in North Korea")
    'more in'
    """
    if text.isascii():  # ASCII folds to its lower-cased words: the first one is found alone
        first = WORD.search(text)  # (case changes no ASCII word's bounds: lower it alone)
        if first is None or first.group().lower() not in _firsts(kind):
            return None  # no phrase opens with this word (and the text is not folded)
        tokens = folded_words(text)[1]
    else:
        tokens = opening_words(text, longest(kind))
    if not tokens or tokens[0] not in _firsts(kind):
        return None  # no phrase opens with this word
    for size in range(min(longest(kind), len(tokens)), 0, -1):
        head = " ".join(tokens[:size])
        if head in phrases(kind):
            return head
    return None


def opening_words(text: str, count: int) -> tuple[str, ...]:
    """The first ``count`` folded words of ``text`` (all, when it has fewer), folding only
    as much of it as that takes: a text cut right before a space folds to the first words
    of the whole (no word, accent or letter spans a space).

    >>> opening_words("Étiquettes : Café, Thé, and a long rest", 2)
    ('etiquettes', 'cafe')
    """
    chunks = count
    while True:
        parts = text.split(maxsplit=chunks)
        if len(parts) <= chunks:
            return folded_words(text)[1][:count]  # the text is this short: fold it all
        head = text[: len(text) - len(parts[-1])]  # ends with a space
        words = fold(head).split()
        if len(words) >= count:
            return tuple(words[:count])
        chunks *= 2  # chunks of punctuation only: read further


@cache
def _firsts(kind: str) -> frozenset[str]:
    """The first word of every phrase of a list (spaced or not)."""
    return frozenset(phrase.split()[0] for phrase in phrases(kind))


def opens(kind: str, word: str) -> bool:
    """Does some phrase of ``kind`` start with the folded ``word``?

    >>> opens("related", "more"), opens("related", "kim")
    (True, False)
    """
    return word in _firsts(kind)


@cache
def _openers(kind: str) -> dict[str, int]:
    """The first word of each spaced phrase of a list, mapped to the most words after it."""
    openers: dict[str, int] = {}
    for phrase in phrases(kind):
        if cjk_chars(phrase):
            continue
        head, *rest = phrase.split()
        openers[head] = max(openers.get(head, 0), len(rest))
    return openers


@cache
def _keys(kind: str) -> tuple[str, ...]:
    """One part of every ASCII phrase of a list, letters and digits only: a word holding a
    one-word phrase of the list (``cookie settings``: ``cookie``), else the phrase's longest
    part (``lettre d'information``: ``information``); no key holds another (``cookies``
    goes with ``cookie``).

    >>> _keys("banner")[:4]
    ('accept', 'accetta', 'aceitar', 'aceptar')
    """
    spaced = [phrase.split() for phrase in phrases(kind) if phrase.isascii()]
    singles = {words[0] for words in spaced if len(words) == 1}
    keys = set()
    for words in spaced:
        if len(words) == 1 or not any(one in word for word in words for one in singles):
            keys.add(max((part for word in words for part in ALNUM.findall(word)), key=len))
    return tuple(sorted(key for key in keys if not any(o in key for o in keys if o != key)))


def may_hold(kind: str, texts: Sequence[str]) -> set[int]:
    """Positions of the ``texts`` in which :func:`contains` may find a phrase of ``kind``;
    it finds none in the others: those hold none of the list's keys (``_keys``), told in C
    by :func:`~pagetidy.signals.holding`, none folded (a phrase with a non-ASCII letter is
    never in them).

    >>> sorted(may_hold("banner", ["Bake the bread.", "We use COOKIES.", "Café.", "“Or” not"]))
    [1, 2]
    """
    return holding(texts, _keys(kind))


@text_cache
def folded_words(text: str) -> tuple[str, tuple[str, ...]]:
    """The folded text (:func:`~pagetidy.signals.fold`) and its words, remembered: the
    phrase lists ask for them of every block."""
    folded = fold(text)
    return folded, tuple(folded.split())


def contains(kind: str, text: str) -> list[str]:
    """Every phrase of ``kind`` found as whole words in the folded ``text``.

    Only positions whose word opens some phrase are tried, so a block costs one set
    look-up per word plus the few phrases that start there.

    >>> contains("prompt", "To write comments, please log in")
    ['comments', 'log in', 'to write comments']
    """
    folded, tokens = folded_words(text)
    openers = _openers(kind)
    if openers.keys().isdisjoint(tokens):  # the common case: no spaced phrase starts here
        if folded.isascii() or not CJK.search(folded):
            return []
        return [phrase for phrase in unspaced(kind) if phrase in folded]
    known = phrases(kind)
    found: list[tuple[int, int, str]] = []
    count = len(tokens)
    # only the positions whose word opens a phrase, picked in C (a common opener, "in" or
    # "your", may start a few phrases of a list and no other word of a paragraph)
    for start in compress(range(count), map(openers.__contains__, tokens)):
        token = tokens[start]
        if token in known:
            found.append((1, start, token))
        for size in range(2, min(openers[token] + 1, count - start) + 1):
            gram = " ".join(tokens[start : start + size])
            if gram in known:
                found.append((size, start, gram))
    result = [gram for _, _, gram in sorted(found)] if found else []
    if not folded.isascii() and CJK.search(folded):  # each such phrase holds a CJK letter
        result.extend(phrase for phrase in unspaced(kind) if phrase in folded)
    return result
