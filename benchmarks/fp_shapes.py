"""Attribute text mode's lost precision (and recall) to the shapes of the lines that cost it.

Usage (from the repository root, with pagetidy installed)::

    python benchmarks/fp_shapes.py --sets scrapinghub wcxb-dev --limit 100
    python benchmarks/fp_shapes.py --examples 'after/headlike' --show 20

For every page, the pipeline runs as ``pagetidy clean`` does. Each kept block's word
4-grams that are not in the ground truth are its false positives; divided by all the
shingles the page keeps, they are the block's share of that page's lost precision, and the
mean over pages (macro, as ``score.py``) is what the block's shape costs the set. Shapes
are general: where the block lies against the truth's blocks (before, inside, after), and
a coarse line class (prose, headline-shaped, teaser summary, date or meta line, list
item, short line, ...). Dropped blocks that are truth are attributed to their filter and
reason the same way (lost recall). Analysis only: nothing here is used at run time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Final

from pagetidy.clean import clean_page, read_page
from pagetidy.features import DATE_OR_TIME, headlike
from pagetidy.prose import is_prose
from pagetidy.signals import ends_sentence, word_count

ROOT: Final = Path(__file__).resolve().parents[1]
BENCH: Final = ROOT.parent / "shared" / "bench"
TOKEN: Final = re.compile(r"\w+")
MODES: Final = ("text-lynx", "text-inscriptis", "text-html2text")


def grams(tokens: list[str]) -> list[tuple[str, ...]]:
    if len(tokens) < 4:
        return [tuple(tokens)] if tokens else []
    return [tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)]


def line_class(text: str, bullet: bool) -> str:
    """A coarse, general class of a line's shape."""
    words = word_count(text)
    if is_prose_text(text):
        return "prose"
    if words <= 12 and DATE_OR_TIME.search(text):
        return "date_meta"
    if bullet:
        return "list_item"
    if headlike(text, words):
        return "headlike"
    if words <= 2:
        return "tiny"
    if ends_sentence(text):
        return "short_sentence"
    return "other"


def is_prose_text(text: str) -> bool:
    from pagetidy.model import Block

    return is_prose(Block(0, text))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["scrapinghub", "wcxb-dev"])
    parser.add_argument("--modes", nargs="+", default=list(MODES))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--page-type", default="", help="wcxb-dev: only this page type")
    parser.add_argument("--examples", default="", help="print lines of this 'where/class'")
    parser.add_argument("--show", type=int, default=15)
    args = parser.parse_args()
    if not (BENCH / "score.py").exists():
        print(f"skipped: {BENCH} not found")
        return 0
    for name in args.sets:
        truth = json.loads((BENCH / name / "ground-truth.json").read_text(encoding="utf-8"))
        keys = sorted(truth)
        if args.page_type:
            keys = [key for key in keys if truth[key].get("page_type") == args.page_type]
        if args.limit:
            keys = keys[: args.limit]
        for mode in args.modes:
            cost: Counter[str] = Counter()
            lost: Counter[str] = Counter()
            examples: list[tuple[float, str, str]] = []
            pages = 0
            for key in keys:
                path = BENCH / name / mode / f"{key}.txt"
                page = read_page(path.read_bytes(), str(path), "text")
                result = clean_page(page)
                truth_tokens = TOKEN.findall(truth[key]["articleBody"])
                truth_grams = Counter(grams(truth_tokens))
                pages += 1
                kept = {block.index for block in result.kept}
                marks = []
                for block in page.blocks:
                    found = grams(TOKEN.findall(block.text))
                    good = sum(1 for gram in found if gram in truth_grams)
                    marks.append((found, good))
                good_places = [
                    place
                    for place, (found, good) in enumerate(marks)
                    if found and good * 2 >= len(found) and len(found) >= 4
                ]
                first = good_places[0] if good_places else len(page.blocks)
                last = good_places[-1] if good_places else -1
                total = sum(len(marks[block.index][0]) for block in result.kept) or 1
                truth_total = sum(truth_grams.values()) or 1
                by_drop = {drop.index: drop for drop in result.drops}
                missing = truth_grams.copy()
                for block in result.kept:
                    missing.subtract(marks[block.index][0])
                for place, block in enumerate(page.blocks):
                    found, good = marks[place]
                    bad = len(found) - good
                    where = "before" if place < first else "after" if place > last else "inside"
                    shape = line_class(block.text, bool(block.hints.bullet))
                    if block.index in kept and bad:
                        label = f"{where}/{shape}"
                        cost[label] += bad / total
                        if args.examples == label:
                            examples.append((bad / total, key, block.text[:160]))
                    elif block.index not in kept and good:
                        drop = by_drop[block.index]
                        short = 0
                        for gram in found:
                            if missing[gram] > 0:
                                missing[gram] -= 1
                                short += 1
                        lost[f"{drop.filter}:{drop.reason}/{shape}"] += short / truth_total
            print(f"== {name} {mode}: {pages} pages; lost precision by where/shape (macro)")
            for label, value in cost.most_common(18):
                print(f"  {label:<28} {value / pages:.4f}")
            print("  lost recall by filter:reason/shape (macro, approx.)")
            for label, value in lost.most_common(12):
                print(f"  {label:<44} {value / pages:.4f}")
            for value, key, text in sorted(examples, reverse=True)[: args.show]:
                print(f"    {value:.3f} {key[:12]} {text}")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
