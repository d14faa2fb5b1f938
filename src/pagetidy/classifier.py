"""The block classifier: two logistic regressions over :mod:`pagetidy.features`, pure Python.

The weights are package data (``learned/blocks.json``), written by
``benchmarks/train_blocks.py``. Stage one scores each block from its own signals and its
neighbours'; stage two adds the stage-one scores around it. A score is the probability
that the block belongs to the page's main content. :func:`deciding` names the signals
that pulled a score down the most, so every drop can say why.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import compress
from operator import mul, sub
from typing import Final

from pagetidy.features import (
    CONTEXT_NAMES,
    FEATURE_NAMES,
    Dropped,
    context_features,
    features_and_words,
    token_count,
)
from pagetidy.measures import Measures
from pagetidy.model import Block

TOKEN: Final = re.compile(r"\w+")
FLAGS: Final = frozenset(
    (
        "tiny",
        "sentence_end",
        "lower_start",
        "contact",
        "bullet",
        "heading",
        "gap_before",
        "gap_after",
        "indent_more",
        "indent_less",
        "near_top",
        "near_bottom",
        "prose",
        "in_span",
        "after_span",
        "date_line",
        "repeated",
        "prev_prose",
        "next_prose",
        "in_scored_span",
        "headlike",
        "teaser_shape",
        "chrome_before",
        "chrome_after",
        "past_barrier",
    )
)
"""Features that are 0 or 1: named as present or ``not`` present in a drop's detail."""


@dataclass(frozen=True, slots=True)
class Stage:
    """One logistic regression: a bias, a weight and a training mean per feature."""

    bias: float
    weights: tuple[float, ...]
    means: tuple[float, ...]
    names: tuple[str, ...]

    def score(self, row: Sequence[float]) -> float:
        """The probability of the main content for one row of features."""
        total = self.bias + sum(map(mul, self.weights, row))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

    def pulls(self, row: Sequence[float]) -> list[tuple[float, str]]:
        """Each feature's push on the score against an average block, most negative first.

        A signal is named with its direction: ``few stopwords`` (below the average block),
        ``many separators`` (above it), ``not in_span`` / ``in_span`` for flags.
        """
        parts = zip(self.weights, row, self.means, self.names, strict=True)
        return sorted(
            (weight * (value - mean), describe(name, value, mean))
            for weight, value, mean, name in parts
        )


def describe(name: str, value: float, mean: float) -> str:
    """A signal's name with the direction of the block's value.

    >>> describe("in_span", 0.0, 0.6), describe("stopwords", 0.1, 0.3)
    ('not in_span', 'low stopwords')
    """
    if name in FLAGS:
        return name if value else f"not {name}"
    return f"low {name}" if value < mean else f"high {name}"


@dataclass(frozen=True, slots=True)
class Classifier:
    """Both stages and the score under which a block counts as chrome."""

    first: Stage
    second: Stage
    threshold: float


def _stage(data: dict[str, object], names: tuple[str, ...]) -> Stage:
    weights = data["weights"]
    means = data["means"]
    assert isinstance(weights, dict) and isinstance(means, dict)
    bias = data["bias"]
    assert isinstance(bias, float | int)
    return Stage(
        float(bias),
        tuple(float(weights.get(name, 0.0)) for name in names),
        tuple(float(means.get(name, 0.0)) for name in names),
        names,
    )


@cache
def load() -> Classifier | None:
    """The shipped classifier, or None when no weights are installed."""
    path = files("pagetidy.learned").joinpath("blocks.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    first, second = data["stages"]
    return Classifier(
        _stage(first, FEATURE_NAMES),
        _stage(second, FEATURE_NAMES + CONTEXT_NAMES),
        float(data["threshold"]),
    )


@dataclass(frozen=True, slots=True)
class Scored:
    """The final score of every block, with the feature rows that produced it."""

    scores: tuple[float, ...]
    rows: tuple[tuple[float, ...], ...]


def score_blocks(
    classifier: Classifier,
    blocks: Sequence[Block],
    measures: Measures | None = None,
    dropped: Dropped | None = None,
) -> Scored:
    """Score every block of a page (both stages); ``measures`` and ``dropped`` as for
    local_features."""
    local, found = features_and_words(blocks, measures, dropped)
    first = [classifier.first.score(row) for row in local]
    sizes = list(map(token_count, found))  # len(TOKEN.findall(text)), counted from the words
    rows = [
        tuple(row + extra) for row, extra in zip(local, context_features(first, sizes), strict=True)
    ]
    return Scored(tuple(classifier.second.score(row) for row in rows), tuple(rows))


def deciding(classifier: Classifier, row: Sequence[float], count: int = 3) -> list[str]:
    """The names of the ``count`` signals that pulled a block's score down the most.

    The same as the first ``count`` of ``classifier.second.pulls(row)``, but only the
    strongest pulls (and any tied with them) are described and sorted.
    """
    stage = classifier.second
    if len(row) != len(stage.weights):
        raise ValueError(f"{len(row)} features for {len(stage.weights)} weights")
    pulls = list(map(mul, stage.weights, map(sub, row, stage.means)))
    if len(pulls) <= count or math.isnan(sum(pulls)):  # few, or a NaN: sort them all
        return [name for pull, name in stage.pulls(row)[:count] if pull < 0]
    cutoff = sorted(pulls)[count - 1]
    strongest = sorted(
        (pulls[position], describe(stage.names[position], row[position], stage.means[position]))
        for position in compress(range(len(pulls)), map(cutoff.__ge__, pulls))  # pull <= cutoff
    )
    return [name for pull, name in strongest[:count] if pull < 0]
