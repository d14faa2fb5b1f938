"""Blocks that a small learned model of general signals scores as chrome.

Signals (see :mod:`pagetidy.features`): length, stop-word density in the page's language,
terminal punctuation, capitalisation, digits, list markers, layout, position, the
article's span, and the scores of the neighbouring blocks. The weights are two logistic
regressions trained on real pages with folds split by site (``benchmarks/train_blocks.py``).
Guard: a block that reads as prose inside the article's span (and inside the run of
high first-stage scores) is kept unless the model is sure (score under ``guard``). When
a page would lose most of its prose, the drops say so. A text page's main run of alike
records (``PageView.records``: a listing's items, a shop's products) is kept whatever
its score: its short name and price lines look like chrome to the model.
Known false positive: a lone short sentence among menus. Kept: a paragraph of running
text. Dropped: a run of short link-like lines (reason ``scored_chrome``, with the
deciding signals in the detail).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.classifier import deciding, load, score_blocks
from pagetidy.features import CONTEXT_NAMES, FEATURE_NAMES, Dropped
from pagetidy.filters.base import PageView
from pagetidy.model import Drop
from pagetidy.signals import word_count

SCORED_CHROME: Final = "scored_chrome"
GUARD: Final = 0.1
"""Prose inside the span is dropped only when its score is under this."""
MOST_PROSE: Final = 0.5
"""Share of the page's prose words whose loss is reported in every drop's detail."""
PROSE: Final = FEATURE_NAMES.index("prose")
IN_SPAN: Final = FEATURE_NAMES.index("in_span")
IN_SCORED_SPAN: Final = len(FEATURE_NAMES) + CONTEXT_NAMES.index("in_scored_span")


def guarded(row: Sequence[float], score: float, guard: float = GUARD) -> bool:
    """Is a block spared as article prose: prose inside both the article's span (the
    densest run of prose) and the scored span (the densest run of first-stage scores),
    unless the model is sure (``score`` under ``guard``)?

    Prose the model places outside its scored span (a comment or teaser after the
    article's text, which the prose span still reaches) gets no guard.
    """
    return bool(row[PROSE] and row[IN_SPAN] and row[IN_SCORED_SPAN]) and score >= guard


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Drop blocks a small learned model of general block signals scores as chrome."""

    name: ClassVar[str] = "boilerplate"
    threshold: float | None = None
    """Score under which a block is chrome; None: the threshold shipped with the weights."""
    guard: float = GUARD

    def judge(self, view: PageView) -> Iterator[Drop]:
        classifier = load()
        if classifier is None or not view.blocks:
            return
        threshold = classifier.threshold if self.threshold is None else self.threshold
        dropped = Dropped(view.dropped_by_chrome, view.barriers)
        scored = score_blocks(classifier, view.blocks, view.measures, dropped)
        chosen = []
        for block, score, row in zip(view.blocks, scored.scores, scored.rows, strict=True):
            if score >= threshold or block.index in view.records:
                continue
            if guarded(row, score, self.guard):
                continue
            chosen.append((block, score, row))
        rows = zip(view.blocks, scored.rows, strict=True)
        prose = sum(word_count(block.text) for block, row in rows if row[PROSE])
        lost = sum(word_count(block.text) for block, _, row in chosen if row[PROSE])
        warning = ""
        if prose and lost > prose * MOST_PROSE:
            warning = f"; the page lost most of its prose ({lost} of {prose} words)"
        for block, score, row in chosen:
            signals = ", ".join(deciding(classifier, row)) or "overall score"
            detail = f"score {score:.2f} < {threshold:.2f}; deciding signals: {signals}{warning}"
            yield Drop(block.index, self.name, SCORED_CHROME, detail)
