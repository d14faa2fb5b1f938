"""Train the block classifier (two logistic regressions) and report site-split CV figures.

Usage (needs the ``bench`` extra: scikit-learn and numpy; never a runtime dependency)::

    python benchmarks/train_blocks.py                  # cross-validate, then write the weights
    python benchmarks/train_blocks.py --no-write       # cross-validate only

For every page of both sets and the three text styles, the pipeline runs up to the
``boilerplate`` filter; each kept block gets the features of ``pagetidy.features`` and a
label: in the article when most of its word 4-grams are in the ground truth (short blocks:
when their words occur in it). Folds are split by site (the host of the page's URL), and
the three dumps of a page are always in the same fold, so no page is scored by a model
that saw it or its site (a stable hash of the host: the folds are the same on every run).
``--outside-weight W`` weighs the blocks the article's span would drop anyway (``span``
run on the model's input) W times as much as the others. Stage one sees the block and its
neighbours; stage two adds the stage-one scores around the block (trained on out-of-fold
scores). The weights go to ``src/pagetidy/learned/blocks.json`` as plain numbers read by
pure Python at run time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import pickle
import re
import sys
import zlib
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any, Final
from urllib.parse import urlsplit

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from pagetidy.clean import read_page
from pagetidy.facts import markup_headline
from pagetidy.features import (
    CONTEXT_NAMES,
    FEATURE_NAMES,
    Dropped,
    context_features,
    local_features,
)
from pagetidy.filters.base import PageView
from pagetidy.filters.boilerplate import Boilerplate
from pagetidy.filters.context import CHROME_FILTERS
from pagetidy.filters.span import BARRIER_FILTERS, Span
from pagetidy.measures import measure
from pagetidy.pipeline import DEFAULT_FILTERS, run

ROOT: Final = Path(__file__).resolve().parents[1]
BENCH: Final = ROOT.parent / "shared" / "bench"
SETS: Final = ("scrapinghub", "wcxb-dev")
MODES: Final = ("text-lynx", "text-inscriptis", "text-html2text")
OUT: Final = ROOT / "src" / "pagetidy" / "learned" / "blocks.json"
TOKEN: Final = re.compile(r"\w+")
FOLDS: Final = 5


def before_model() -> tuple[Any, ...]:
    """The default filters up to (not including) the learned one."""
    names = [each.name for each in DEFAULT_FILTERS]
    return DEFAULT_FILTERS[: names.index(Boilerplate.name)]


def label(tokens: list[str], grams: set[tuple[str, ...]], joined: str) -> float:
    """Share of the block's word 4-grams found in the truth (short blocks: 0 or 1)."""
    if len(tokens) < 4:
        return float(bool(tokens) and f" {' '.join(tokens)} " in joined)
    found = [tuple(tokens[i : i + 4]) in grams for i in range(len(tokens) - 3)]
    return sum(found) / len(found)


def page_rows(job: tuple[str, str, str, str]) -> dict[str, Any] | None:
    """Features, labels and block texts of one page, as the model filter would see it."""
    name, mode, page_id, truth = job
    path = BENCH / name / mode / f"{page_id}.txt"
    page = read_page(path.read_bytes(), str(path), "text")
    kept, drops = run(page, before_model(), markup_headline(page))
    if not kept:
        return None
    truth_tokens = TOKEN.findall(truth)
    grams = {tuple(truth_tokens[i : i + 4]) for i in range(len(truth_tokens) - 3)}
    joined = f" {' '.join(truth_tokens)} "
    chrome = frozenset(drop.index for drop in drops if drop.filter in CHROME_FILTERS)
    barriers = frozenset(drop.index for drop in drops if drop.filter in BARRIER_FILTERS)
    view = PageView(page, kept, markup_headline(page), chrome, measure(page.blocks), barriers)
    outside = {drop.index for drop in Span().judge(view)}
    labels, tokens = [], []
    for block in kept:
        words = TOKEN.findall(block.text)
        labels.append(label(words, grams, joined))
        tokens.append(len(words))
    return {
        "blocks": kept,
        "labels": labels,
        "tokens": tokens,
        "texts": [block.text for block in kept],
        "dropped": Dropped(chrome, barriers),
        "in_span": [block.index not in outside for block in kept],
    }


def collect(workers: int, every: int) -> list[dict[str, Any]]:
    """Blocks and labels of the pages of every set and style (every ``every``-th of wcxb-dev)."""
    pages = []
    for name in SETS:
        truth = json.loads((BENCH / name / "ground-truth.json").read_text(encoding="utf-8"))
        step = every if name == "wcxb-dev" else 1
        chosen = sorted(truth)[::step]
        for mode in MODES:
            jobs = [(name, mode, key, truth[key]["articleBody"]) for key in chosen]
            with ProcessPoolExecutor(workers) as pool:
                results = list(pool.map(page_rows, jobs, chunksize=8))
            for (_, _, key, _), result in zip(jobs, results, strict=True):
                if result is None:
                    continue
                host = urlsplit(truth[key].get("url", "")).hostname or key
                result.update(set=name, mode=mode, id=key, host=host.removeprefix("www."))
                result["page_type"] = truth[key].get("page_type", "article")
                pages.append(result)
            print(f"collected {name} {mode}: {len(jobs)} pages", file=sys.stderr, flush=True)
    return pages


def weights_of(
    pages: list[dict[str, Any]], outside: float = 1.0, other_types: float = 1.0
) -> np.ndarray:
    """Sample weights: a block weighs its share of the page's words (every page weighs alike);
    a block the article's span would drop anyway (``span`` run on the model's input) weighs
    ``outside`` times as much: the model's decision on it rarely reaches the output. The
    blocks of a wcxb-dev page that is not an article (a forum, a product, a listing...) weigh
    ``other_types`` times as much."""
    out = []
    for page in pages:
        sizes = np.array(page["tokens"], dtype=float) + 1
        weights = sizes / sizes.sum() * len(sizes)
        if page.get("page_type", "article") != "article":
            weights = weights * other_types
        if outside != 1.0:
            weights = weights * np.where(np.array(page["in_span"], dtype=bool), 1.0, outside)
        out.append(weights)
    return np.concatenate(out)


Fitted = tuple[LogisticRegression, np.ndarray, np.ndarray]


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float) -> Fitted:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit((x - mean) / scale, y, sample_weight=w)
    return model, mean, scale


def predict(
    model: LogisticRegression, mean: np.ndarray, scale: np.ndarray, x: np.ndarray
) -> np.ndarray:
    result: np.ndarray = model.predict_proba((x - mean) / scale)[:, 1]
    return result


def stage_two(pages: list[dict[str, Any]], scores: np.ndarray) -> np.ndarray:
    rows, at = [], 0
    for page in pages:
        count = len(page["labels"])
        rows.extend(context_features(list(scores[at : at + count]), page["tokens"]))
        at += count
    return np.array(rows)


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", BENCH / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(pages: list[dict[str, Any]], scores: np.ndarray, threshold: float) -> dict[str, Any]:
    """F1 per set, style (and articles alone) of the blocks scored at least ``threshold``."""
    scorer = load_scorer()
    truths = {
        name: json.loads((BENCH / name / "ground-truth.json").read_text(encoding="utf-8"))
        for name in SETS
    }
    counts: dict[tuple[str, str, str], list[Any]] = {}
    at = 0
    for page in pages:
        count = len(page["labels"])
        keep = scores[at : at + count] >= threshold
        at += count
        text = "\n\n".join(t for t, k in zip(page["texts"], keep, strict=True) if k)
        truth = truths[page["set"]][page["id"]]["articleBody"]
        result = scorer.doc_counts(truth, text)
        counts.setdefault((page["set"], page["mode"], "all"), []).append(result)
        if page["set"] == "wcxb-dev":
            kind = "article" if page["page_type"] == "article" else "other"
            counts.setdefault((page["set"], page["mode"], kind), []).append(result)
    return {" ".join(key): scorer.aggregate(value) for key, value in sorted(counts.items())}


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/pagetidy-blocks.pickle"))
    parser.add_argument("--refresh", action="store_true", help="recompute the features")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--every", type=int, default=4, help="use every N-th wcxb-dev page")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the weights")
    parser.add_argument(
        "--without", nargs="*", default=[], help="leave these features out (cross-validation only)"
    )
    parser.add_argument(
        "--sweep", nargs="*", type=float, default=[], help="also report these thresholds"
    )
    parser.add_argument("--save-scores", type=Path, help="keep the out-of-fold scores (.npy)")
    parser.add_argument(
        "--outside-weight",
        type=float,
        default=1.0,
        help="weight of the blocks outside the article's span (span run on the model's input)",
    )
    parser.add_argument(
        "--other-types",
        type=float,
        default=1.0,
        help="weight of the wcxb-dev pages that are not articles (forums, products, listings...)",
    )
    args = parser.parse_args()
    if not (BENCH / "score.py").exists():
        print(f"skipped: {BENCH} not found")
        return 0
    if args.cache.exists() and not args.refresh:
        pages = pickle.loads(args.cache.read_bytes())
    else:
        pages = collect(args.workers, args.every)
        args.cache.write_bytes(pickle.dumps(pages))
    # a cache of every page serves any --every: the same pages as ``collect`` would take
    truth = json.loads((BENCH / "wcxb-dev" / "ground-truth.json").read_text(encoding="utf-8"))
    chosen = set(sorted(truth)[:: args.every])
    pages = [page for page in pages if page["set"] != "wcxb-dev" or page["id"] in chosen]
    for page in pages:
        page["features"] = local_features(page["blocks"], None, page.get("dropped"))
    x1 = np.array([row for page in pages for row in page["features"]])
    if args.without:
        x1[:, [FEATURE_NAMES.index(name) for name in args.without]] = 0.0
    y = np.array([value >= 0.5 for page in pages for value in page["labels"]])
    w = weights_of(pages, args.outside_weight, args.other_types)
    hosts = [page["host"] for page in pages for _ in page["labels"]]
    groups = np.array([zlib.crc32(host.encode()) for host in hosts])  # stable across runs
    print(f"{len(pages)} pages, {len(y)} blocks, {y.mean():.3f} in the article", flush=True)

    oof1, oof2 = np.zeros(len(y)), np.zeros(len(y))
    folds = list(GroupKFold(FOLDS).split(x1, y, groups))
    for train, test in folds:
        model, mean, scale = fit(x1[train], y[train], w[train], args.c)
        oof1[test] = predict(model, mean, scale, x1[test])
    x2 = np.hstack([x1, stage_two(pages, oof1)])
    for train, test in folds:
        model, mean, scale = fit(x2[train], y[train], w[train], args.c)
        oof2[test] = predict(model, mean, scale, x2[test])
    if args.save_scores:
        np.save(args.save_scores, oof2)
        args.cache.with_suffix(".features.pickle").write_bytes(pickle.dumps(pages))
    print("cross-validated (5 folds split by site), stage 1 then stage 2:")
    one, two = evaluate(pages, oof1, args.threshold), evaluate(pages, oof2, args.threshold)
    for key in two:
        print(
            f"  {key:<32} F1 {one[key]['f1']:.3f} -> {two[key]['f1']:.3f} "
            f"(P {two[key]['precision']:.3f} R {two[key]['recall']:.3f})"
        )
    for threshold in args.sweep:
        swept = evaluate(pages, oof2, threshold)
        mean = sum(value["f1"] for value in swept.values()) / len(swept)
        print(f"  threshold {threshold:.2f}: mean F1 {mean:.4f}")
    if args.no_write:
        return 0
    model1, mean1, scale1 = fit(x1, y, w, args.c)
    model2, mean2, scale2 = fit(x2, y, w, args.c)
    names = list(FEATURE_NAMES)
    stages = []
    for model, mean, scale, columns in (
        (model1, mean1, scale1, names),
        (model2, mean2, scale2, names + list(CONTEXT_NAMES)),
    ):
        coefficients = model.coef_[0] / scale
        bias = float(model.intercept_[0] - (model.coef_[0] * mean / scale).sum())
        stages.append(
            {
                "bias": round(bias, 6),
                "weights": dict(zip(columns, np.round(coefficients, 6).tolist(), strict=True)),
                "means": dict(zip(columns, np.round(mean, 6).tolist(), strict=True)),
            }
        )
    counts = Counter(page["set"] for page in pages)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "about": "pagetidy block classifier; trained by benchmarks/train_blocks.py",
                "trained_on": dict(counts),
                "threshold": args.threshold,
                "stages": stages,
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    _ = math
    sys.exit(main())
