"""Per-block measurements for the learned block classifier, computed once per page.

Every feature is a general, named signal (no site, no phrase list): length in words and
characters (CJK counted by characters), stop-word density in the page's language,
terminal punctuation, capitalisation, digits, list markers, layout gaps and indentation,
position in the page, whether the block reads as prose and lies in the article's span
(the densest run of prose), and the same measurements averaged over the neighbours
(jusText's context). :func:`context_features` adds the first-stage scores of the
neighbours, so a short line between good blocks can take their class.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import eq, itemgetter, mul
from typing import Final

from pagetidy.measures import Measures, measure
from pagetidy.model import Block
from pagetidy.signals import (
    WORD,
    cjk_chars,
    densest_run,
    digit_share,
    ends_sentence,
    sentence_count,
)
from pagetidy.stopwords import SAMPLE_WORDS, guess_language, stoplist

LOCAL_NAMES: Final = (
    "words",
    "chars",
    "tiny",
    "stopwords",
    "stopword_count",
    "cjk",
    "sentence_end",
    "sentences",
    "title_case",
    "digits",
    "lower_start",
    "commas",
    "separators",
    "contact",
    "bullet",
    "heading",
    "gap_before",
    "gap_after",
    "indent_more",
    "indent_less",
    "position",
    "near_top",
    "near_bottom",
    "prose",
    "in_span",
    "span_distance",
    "after_span",
    "page_prose",
    "prose_before",
    "date_line",
    "repeated",
)
NEIGHBOUR_NAMES: Final = (
    "prev_prose",
    "next_prose",
    "around_prose",
    "around_stopwords",
    "prev_words",
    "next_words",
    "around_dates",
    "around_repeated",
    "around_tiny",
)
SHAPE_NAMES: Final = (
    "headlike",
    "around_headlike",
    "teaser_shape",
    "same_shape",
    "loose_run",
    "chrome_before",
    "chrome_after",
    "chrome_since_prose",
    "past_barrier",
)
"""Features of the page's shape around a block (:func:`shape_features`): headline lists,
runs of loose lines, and the chrome earlier filters dropped around the block."""
FEATURE_NAMES: Final = LOCAL_NAMES + NEIGHBOUR_NAMES + SHAPE_NAMES
CONTEXT_NAMES: Final = (
    "prev_score",
    "next_score",
    "near_score",
    "around_score",
    "left_best",
    "right_best",
    "in_scored_span",
)
WINDOW: Final = 3
"""Blocks on each side averaged for the neighbour features."""
WIDE_WINDOW: Final = 6
SEPARATORS: Final = re.compile(r"\s[|·•»/>]\s|\s[|·•»]|[|·•»]\s")
SEPARATOR_CHAR: Final = re.compile(r"[|·•»/>]")
"""A character every separator holds: a cheap test before ``SEPARATORS``."""
DATE_OR_TIME: Final = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d+\s*[년월日年]"
)
"""A clock time, a year or a numeric date: the meta line of a comment or a teaser."""
DATE_LINE_WORDS: Final = 12
CONTACT: Final = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.\w")
CJK_GLUE: Final = frozenset(
    "的了是在和也就都而及与或但"  # Chinese
    "はがをにのでともたしする"  # Japanese
    "이가을를은는에의다고로서"  # Korean
)
"""Function characters of Chinese, Japanese and Korean: their stop words, by character."""
FIRST: Final = itemgetter(0)


def window_means(values: Sequence[float], width: int) -> list[float]:
    """Mean of ``values`` within ``width`` of each position, the position itself excluded.

    >>> window_means([1.0, 0.0, 1.0], 1)
    [0.0, 1.0, 0.0]
    """
    prefix = [0.0, *accumulate(values)]
    size = len(values)

    def edge(position: int) -> float:
        low, high = max(0, position - width), min(size, position + width + 1)
        count = high - low - 1
        return (prefix[high] - prefix[low] - values[position]) / count if count else 0.0

    if width <= 0 or size <= 2 * width:
        return [edge(position) for position in range(size)]
    # Positions with a full window on both sides: the same sums, in one comprehension.
    count = 2 * width
    middle = [
        (high - low - value) / count
        for high, low, value in zip(
            prefix[count + 1 :], prefix[: size - count], values[width : size - width], strict=True
        )
    ]
    head = [edge(position) for position in range(width)]
    return head + middle + [edge(position) for position in range(size - width, size)]


def has_contact(text: str) -> bool:
    """Does the text give an e-mail address or a web address?

    >>> has_contact("Write to ana@example.org"), has_contact("Call us")
    (True, False)
    """
    return CONTACT.search(text) is not None


def page_language(
    blocks: Sequence[Block], found: Sequence[Sequence[str]] | None = None
) -> str | None:
    """The page's language, guessed from the words of its longer blocks.

    ``found`` (the words of each block, ``WORD.findall``, in order) may be given when known.
    """
    sample: list[str] = []
    lengths = [-len(block.text) for block in blocks]
    longest = sorted(range(len(blocks)), key=lengths.__getitem__)  # stable: longest first
    for position in longest[:40]:
        if len(sample) >= SAMPLE_WORDS:
            break  # guess_language reads no further
        words = WORD.findall(blocks[position].text) if found is None else found[position]
        sample.extend(map(str.lower, words))
    return guess_language(sample)


def stopword_density(
    text: str, stops: frozenset[str], found: Sequence[str] | None = None, cjk: int | None = None
) -> tuple[float, int]:
    """Share and number of the words of ``text`` that are stop words (CJK: by character).

    ``found`` (the text's words) and ``cjk`` (its CJK letters) may be given when known.

    >>> stopword_density("the cat and the hat", frozenset({"the", "and"}))
    (0.6, 3)
    """
    cjk = cjk_chars(text) if cjk is None else cjk
    if cjk * 2 > len(text):
        glue = sum(1 for char in text if char in CJK_GLUE)
        return glue / cjk, glue
    found = WORD.findall(text) if found is None else found
    if not found:
        return 0.0, 0
    hits = sum(map(stops.__contains__, map(str.lower, found)))
    return hits / len(found), hits


def local_features(
    blocks: Sequence[Block], measures: Measures | None = None, dropped: Dropped | None = None
) -> list[list[float]]:
    """One row of :data:`FEATURE_NAMES` values per block, in order.

    ``measures`` (word counts and prose flags made once per page by the pipeline) saves
    measuring the blocks again; without it they are measured here. ``dropped`` names the
    blocks earlier filters dropped as chrome (see :func:`shape_features`).
    """
    return features_and_words(blocks, measures, dropped)[0]


def token_count(found: Sequence[str]) -> int:
    """Runs of ``\\w`` (``re.findall(r"\\w+")``) in a text, from its words (``WORD.findall``):
    each word is such runs joined by ``'’.-``, and every ``\\w`` lies in a word.

    >>> token_count(WORD.findall("Kim Jong-un's letter, 2025."))
    6
    """
    joined = "".join(found)
    joiners = joined.count("'") + joined.count("’") + joined.count(".") + joined.count("-")
    return len(found) + joiners


def features_and_words(
    blocks: Sequence[Block], measures: Measures | None = None, dropped: Dropped | None = None
) -> tuple[list[list[float]], list[list[str]]]:
    """:func:`local_features`, and the words of each block (``WORD.findall``) it found."""
    if measures is None:
        measures = measure(blocks)
    if not blocks:
        return [], []
    # Column by column: most columns are one pass of a C-level map over the page, and the
    # rows are the columns transposed at the end (the same values as row by row).
    texts = [block.text for block in blocks]
    founds = [WORD.findall(text) for text in texts]
    language = page_language(blocks, founds)
    stops = stoplist(language) if language else frozenset()
    counts = Counter(texts)
    repeated = [float(counts[text] > 1) for text in texts]
    words = [measures.words[block.index] for block in blocks]
    prose_set = measures.prose
    prose = [float(block.index in prose_set) for block in blocks]
    sizes = list(map(math.log1p, words))
    tiny = [float(count <= 3) for count in words]
    hints = [block.hints for block in blocks]
    densities: list[float] = []
    stop_counts: list[float] = []
    cjks: list[float] = []
    sentences: list[float] = []
    title_case: list[float] = []
    digit_shares: list[float] = []
    dated: list[float] = []
    separators: list[float] = []
    for text, found, count in zip(texts, founds, words, strict=True):
        plain = text.isascii()
        cjk = 0 if plain else cjk_chars(text)
        if cjk * 2 > len(text):
            density, stop_count = stopword_density(text, stops, found, cjk)
        elif found:  # stopword_density, inline
            stop_count = sum(map(stops.__contains__, map(str.lower, found)))
            density = stop_count / len(found)
        else:
            density, stop_count = 0.0, 0
        densities.append(density)
        stop_counts.append(math.log1p(stop_count))
        cjks.append(cjk / len(text))
        initials = "".join(map(FIRST, found))
        alpha = len(initials) if initials.isalpha() else sum(map(str.isalpha, initials))
        title_case.append(sum(map(str.isupper, initials)) / alpha if alpha else 0.0)
        sentences.append(
            math.log1p(sentence_count(text))
            if not plain or "." in text or "!" in text or "?" in text
            else 0.0  # an ASCII text without these ends no sentence
        )
        digits = digit_share(text)  # > 0 exactly when the text holds a digit (\d)
        digit_shares.append(digits)
        dated.append(
            float(count <= DATE_LINE_WORDS and digits > 0 and DATE_OR_TIME.search(text) is not None)
        )
        separators.append(
            min(3, len(SEPARATORS.findall(text))) / 3 if SEPARATOR_CHAR.search(text) else 0.0
        )
    shape = _page_shape(blocks, prose, sizes)
    around = [window_means(values, WINDOW) for values in (prose, densities, dated, repeated, tiny)]
    columns = (
        sizes,
        [math.log1p(len(text)) for text in texts],
        tiny,
        densities,
        stop_counts,
        cjks,
        [float(ends_sentence(text)) for text in texts],
        sentences,
        title_case,
        digit_shares,
        [float(text[0].islower()) for text in texts],
        [text.count(",") / (count + 1) for text, count in zip(texts, words, strict=True)],
        separators,
        [
            float(("@" in text or "://" in text or "www." in text) and has_contact(text))
            for text in texts
        ],
        [float(bool(each.bullet)) for each in hints],
        [float(each.tag.startswith("h")) for each in hints],
        [float(each.gap_before) for each in hints],
        [float(each.gap_after) for each in hints],
        *shape[:5],
        prose,
        *shape[5:],
        dated,
        repeated,
        [0.0, *prose[:-1]],
        [*prose[1:], 0.0],
        around[0],
        around[1],
        [0.0, *sizes[:-1]],
        [*sizes[1:], 0.0],
        around[2],
        around[3],
        around[4],
    )
    assert len(columns) == len(FEATURE_NAMES) - len(SHAPE_NAMES)
    rows = [list(row) for row in zip(*columns, strict=True)]
    for row, extra in zip(rows, shape_features(blocks, measures, dropped), strict=True):
        row.extend(extra)
    return rows, founds


def _page_shape(
    blocks: Sequence[Block], prose: list[float], sizes: list[float]
) -> list[list[float]]:
    """The indentation, position and span columns, which need the whole page: indent_more,
    indent_less, position, near_top, near_bottom (before ``prose``), then in_span,
    span_distance, after_span, page_prose, prose_before."""
    total = len(blocks)
    indents = sorted(block.hints.indent for block, good in zip(blocks, prose, strict=True) if good)
    body_indent = indents[len(indents) // 2] if indents else 0
    grown = list(map(math.expm1, sizes))  # the word counts again, as floats
    weights = [size if good else -(1 + size * 0.5) for size, good in zip(grown, prose, strict=True)]
    start, end = densest_run(weights) or (0, 0)
    share = sum(prose) / total if total else 0.0
    prose_sizes = list(map(mul, grown, prose))
    prose_total = sum(prose_sizes) or 1.0
    divisor = max(1, total - 1)
    places = [position / divisor for position in range(total)]
    indents_of = [block.hints.indent for block in blocks]
    inside, after = end - start, total - end
    return [
        [float(indent > body_indent) for indent in indents_of],
        [float(indent < body_indent) for indent in indents_of],
        places,
        [float(place < 0.1) for place in places],
        [float(place > 0.9) for place in places],
        [0.0] * start + [1.0] * inside + [0.0] * after,
        # log1p of the blocks between a block and the span: start - position before it,
        # 0 inside, position - end + 1 after it
        [
            *map(math.log1p, range(start, 0, -1)),
            *[0.0] * inside,
            *map(math.log1p, range(1, after + 1)),
        ],
        [0.0] * end + [1.0] * after,
        [share] * total,
        [before / prose_total for before in accumulate(prose_sizes[:-1], initial=0.0)],
    ]


def context_features(scores: Sequence[float], sizes: Sequence[float]) -> list[list[float]]:
    """One row of :data:`CONTEXT_NAMES` per block from the first-stage scores around it.

    ``sizes`` are the blocks' word counts: the scored span weighs each block by its length.
    """
    total = len(scores)
    weights = [(score - 0.5) * (1 + size) for score, size in zip(scores, sizes, strict=True)]
    run = densest_run(weights) or (0, 0)
    near, wide = window_means(scores, 1), window_means(scores, WIDE_WINDOW)
    # Column by column (scores are probabilities, above 0, so 0.0 pads an edge's window
    # as max(..., default=0.0) does): the best score of the WINDOW blocks on each side.
    padded = [0.0] * WINDOW + list(scores) + [0.0] * WINDOW
    left = list(map(max, *(padded[shift : shift + total] for shift in range(WINDOW))))
    right = list(
        map(max, *(padded[shift : shift + total] for shift in range(WINDOW + 1, 2 * WINDOW + 1)))
    )
    inside = [0.0] * run[0] + [1.0] * (run[1] - run[0]) + [0.0] * (total - run[1])
    columns = (
        [0.0, *scores[:-1]] if total else [],
        [*scores[1:], 0.0] if total else [],
        near,
        wide,
        left,
        right,
        inside,
    )
    return [list(row) for row in zip(*columns, strict=True)]


@dataclass(frozen=True, slots=True)
class Dropped:
    """Blocks of the page (by index) that filters before the model dropped as chrome.

    ``barriers`` are the chrome that closes an article (related lists, tag lines, sign-up
    prompts): a block past one, late in the page, is likely more chrome.
    """

    chrome: frozenset[int] = frozenset()
    barriers: frozenset[int] = frozenset()


HEADLIKE_MIN: Final = 3
HEADLIKE_MAX: Final = 20
TEASER_WORDS: Final = 45
"""A teaser's summary under a headline is at most this long (one or two sentences)."""
TEASER_HEADS: Final = 2
"""Headline-shaped lines within ``WINDOW`` of a teaser's summary: a list, not one subhead."""


def headlike(text: str, words: int) -> bool:
    """Is the line shaped like a headline: a few words, no closing full stop?

    >>> headlike("Council votes to close the old coal plant", 8)
    True
    >>> headlike("Der Rat stimmte am Dienstag zu.", 6), headlike("Home", 1)
    (False, False)
    """
    if not HEADLIKE_MIN <= words <= HEADLIKE_MAX:
        return False
    stripped = text.rstrip()
    return not ends_sentence(stripped) or stripped[-1] in "?!？！"


def _same_counts(shapes: Sequence[object]) -> list[int]:
    """How many of the blocks within ``WINDOW`` of each one (itself excluded) share its shape.

    >>> _same_counts(["a", "b", "a", "a"])
    [2, 0, 2, 2]
    """
    total = len(shapes)
    same = [0] * total
    for offset in range(1, WINDOW + 1):
        # equal[position] compares position with position + offset: counted for both
        for position in compress(range(total), map(eq, shapes[offset:], shapes)):
            same[position] += 1
            same[position + offset] += 1
    return same


def shape_features(
    blocks: Sequence[Block], measures: Measures, dropped: Dropped | None = None
) -> list[list[float]]:
    """One row of :data:`SHAPE_NAMES` per block.

    ``headlike``: a few words without a closing stop; ``around_headlike``: their share
    around the block; ``teaser_shape``: a short paragraph right under a headline-shaped
    line among others (a teaser's summary); ``same_shape``: the share of the blocks around
    with the same shape (ending and length class), high in lists of teasers or menus;
    ``loose_run``: the length of the run of non-prose blocks the block is in;
    ``chrome_before``/``chrome_after``: chrome was dropped right next to the block;
    ``chrome_since_prose``: chrome dropped since the last prose block; ``past_barrier``:
    closing chrome (a related list, tags) lies before the block, after half the prose.
    """
    total = len(blocks)
    dropped = dropped or Dropped()
    counts = [measures.words.get(block.index, 0) for block in blocks]
    prose = [block.index in measures.prose for block in blocks]
    pairs = zip(blocks, counts, strict=True)
    heads = [float(headlike(block.text, count)) for block, count in pairs]
    around = window_means(heads, WINDOW)
    shapes = [
        (ends_sentence(block.text), int(math.log2(1 + count)))
        for block, count in zip(blocks, counts, strict=True)
    ]
    runs = [0.0] * total
    start = 0
    for position in range(total + 1):
        if position == total or prose[position]:
            for inner in range(start, position):
                runs[inner] = math.log1p(position - start)
            start = position + 1
    prose_total = sum(count for count, good in zip(counts, prose, strict=True) if good) or 1
    # Each gap between kept neighbours is read once: the chrome in the gap before a block
    # is the chrome in the gap after the block above it (the last block's gap is empty).
    indices = [block.index for block in blocks]
    chrome, barriers = dropped.chrome, dropped.barriers
    gap_chrome = [0] * (total + 1)
    gap_barrier = [False] * total
    if chrome or barriers:
        low = -1
        for position, index in enumerate(indices):
            if index > low + 1:
                gap = range(low + 1, index)
                if chrome:
                    gap_chrome[position] = sum(1 for inside in gap if inside in chrome)
                if barriers:
                    gap_barrier[position] = any(inside in barriers for inside in gap)
            low = index
    sames = _same_counts(shapes)
    seen_prose = 0
    since_prose = 0
    past = False
    rows: list[list[float]] = []
    for position in range(total):
        if gap_barrier[position] and seen_prose * 2 >= prose_total:
            past = True
        since_prose += gap_chrome[position]
        low, high = max(0, position - WINDOW), min(total, position + WINDOW + 1)
        teaser = (
            position > 0
            and heads[position - 1] > 0
            and not heads[position]
            and counts[position] <= TEASER_WORDS
            and sum(heads[low:high]) >= TEASER_HEADS
        )
        rows.append(
            [
                heads[position],
                around[position],
                float(teaser),
                sames[position] / max(1, high - low - 1),
                runs[position],
                float(gap_chrome[position] > 0),
                float(gap_chrome[position + 1] > 0),
                math.log1p(since_prose),
                float(past),
            ]
        )
        if prose[position]:
            seen_prose += counts[position]
            since_prose = 0
    return rows
