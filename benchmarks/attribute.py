"""Say which filter loses the most article text, and which kept blocks cost the most precision.

Usage (from the repository root, pagetidy installed in the running Python)::

    python benchmarks/attribute.py                                   # wcxb-dev articles, HTML
    python benchmarks/attribute.py --set scrapinghub --type ""       # every page of a set
    python benchmarks/attribute.py --reason markup:outside_main --top 20
    python benchmarks/attribute.py --type forum --mode text-lynx     # forum pages, lynx dumps

Each page is cleaned in HTML mode (or, with ``--mode text-lynx`` etc., from that text dump)
and scored with ``score.py``'s word 4-gram shingles. A lost truth shingle (in the truth, not
in the output) is charged to the first dropped block among its four words, found in the
page's whole block stream (so shingles across block edges count too); ``(not in any block)``
is truth the reader never saw (script-rendered text, hidden elements) or text the output
holds fewer times than the truth. Each count is shown raw and as the sum of per-page shares,
which is what the page-averaged recall feels. Then the kept blocks with the most shingles
outside the truth, as a share of their page. Exits 0 with "skipped: ... not found" when the
benchmark folder is absent.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Final

import pagetidy

ROOT: Final = Path(__file__).resolve().parents[1]
DEFAULT_BENCH: Final = ROOT.parent / "shared" / "bench"
SHINGLE: Final = 4


def load_score(bench: Path) -> ModuleType:
    """The benchmark's own ``score.py`` (its tokens and shingles are the metric's)."""
    spec = importlib.util.spec_from_file_location("bench_score", bench / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {bench / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="benchmark folder")
    parser.add_argument("--set", default="wcxb-dev", help="benchmark set")
    parser.add_argument("--type", default="article", help="page type ('' for every page)")
    parser.add_argument("--limit", type=int, default=0, help="first N pages (quick look)")
    parser.add_argument("--top", type=int, default=20, help="rows per list")
    parser.add_argument("--reason", default="", help="list the pages losing most to filter:reason")
    parser.add_argument(
        "--mode", default="html", help="html, or a text dump style: text-lynx, text-inscriptis, ..."
    )
    args = parser.parse_args(argv)
    folder = args.bench / args.set
    if not (folder / "ground-truth.json").exists():
        print(f"skipped: {folder / 'ground-truth.json'} not found")
        return 0
    score = load_score(args.bench)
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(i for i, t in truth.items() if not args.type or t.get("page_type") == args.type)
    ids = ids[: args.limit] if args.limit > 0 else ids
    raw: Counter[str] = Counter()
    share: Counter[str] = Counter()
    by_page: dict[str, Counter[str]] = defaultdict(Counter)
    costly: list[tuple[float, str, str, str]] = []
    for page_id in ids:
        if args.mode == "html":
            data = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
            result = pagetidy.clean(data, source=page_id, input_format="html")
        else:
            data = (folder / args.mode / f"{page_id}.txt").read_bytes()
            result = pagetidy.clean(data, source=page_id, input_format="text")
        gold = score.shingles(score.tokens(truth[page_id].get("articleBody", "")))
        output = score.shingles(score.tokens(result.text))
        lost = gold - output
        total = sum((gold & output).values()) + sum((output - gold).values()) + sum(lost.values())
        if not total:
            continue
        dropped = {drop.index: f"{drop.filter}:{drop.reason}" for drop in result.drops}
        words: list[str] = []
        owners: list[int] = []
        for block in result.page.blocks:
            found = score.tokens(block.text)
            words += found
            owners += [block.index] * len(found)
        for start in range(max(len(words) - SHINGLE + 1, 0)):
            gram = tuple(words[start : start + SHINGLE])
            owner = next((o for o in owners[start : start + SHINGLE] if o in dropped), None)
            if lost[gram] > 0 and owner is not None:
                lost[gram] -= 1
                raw[dropped[owner]] += 1
                share[dropped[owner]] += 1 / total
                by_page[dropped[owner]][page_id] += 1
        unseen = sum(count for count in lost.values() if count > 0)
        raw["(not in any block)"] += unseen
        share["(not in any block)"] += unseen / total
        remaining = Counter(gold)
        for block in result.kept:
            grams = score.shingles(score.tokens(block.text))
            hits = grams & remaining
            remaining -= hits
            extra = sum((grams - hits).values())
            if extra:
                costly.append((extra / total, page_id, block.hints.tag, block.text[:80]))
    print(f"{len(ids)} pages of {args.set} {args.type or 'all types'}, {args.mode}")
    print(f"{'lost truth shingles, by filter:reason':44s} {'raw':>8s} {'pages':>8s}")
    for key, value in share.most_common():
        print(f"  {key:42s} {raw[key]:8d} {value:8.2f}")
    if args.reason:
        print(f"pages losing most to {args.reason}")
        for page_id, count in by_page[args.reason].most_common(args.top):
            print(f"  {page_id} {count:6d}")
    print("kept blocks with the most shingles outside the truth (share of their page)")
    for cost, page_id, tag, text in sorted(costly, reverse=True)[: args.top]:
        print(f"  {page_id} {cost:.3f} {tag:10s} {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
