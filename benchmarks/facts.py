"""Facts benchmark: pagetidy's title / byline / published on wcxb-dev, per input mode.

Runs pagetidy in-process on ``../shared/bench/wcxb-dev`` (HTML pages and the three text
dump styles) and prints the ``score_facts.py`` table for each mode. Skips with a message
(exit 0) when ``../shared`` is absent.

    python benchmarks/facts.py                          # every mode, all pages
    python benchmarks/facts.py --modes lynx,html --limit 200 --misses 5
    python benchmarks/facts.py --save /tmp/facts        # also write <mode>.json predictions
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
DATA = BENCH / "wcxb-dev"
MODES = ("html", "lynx", "inscriptis", "html2text")
FIELDS = ("title", "byline", "published", "site_name", "section", "tags", "language")


def _input(mode: str, page_id: str) -> tuple[Path, str]:
    if mode == "html":
        return DATA / "html" / f"{page_id}.html.gz", "html"
    return DATA / f"text-{mode}" / f"{page_id}.txt", "text"


def facts_of(job: tuple[str, str]) -> tuple[str, dict[str, object]]:
    """Clean one page and return its facts (run in a worker process)."""
    import pagetidy

    mode, page_id = job
    path, input_format = _input(mode, page_id)
    if not path.exists():
        return page_id, {}
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    try:
        result = pagetidy.clean(data, source=str(path), input_format=input_format)  # type: ignore[arg-type]
    except Exception as exc:  # a benchmark counts failures, it does not stop on them
        return page_id, {"error": f"{type(exc).__name__}: {exc}"}
    facts = result.facts
    return page_id, {name: getattr(facts, name) for name in FIELDS}


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_facts", BENCH / "score_facts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_mode(mode: str, ids: list[str], workers: int) -> dict[str, dict[str, object]]:
    jobs = [(mode, page_id) for page_id in ids]
    if workers <= 1:
        return dict(map(facts_of, jobs))
    with ProcessPoolExecutor(workers) as pool:
        return dict(pool.map(facts_of, jobs, chunksize=16))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--modes", default=",".join(MODES), help=f"comma list of {', '.join(MODES)}")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (quick looks)")
    ap.add_argument("--page-type", action="append", metavar="TYPE", help="score one page type")
    ap.add_argument("--misses", type=int, default=0, help="list N non-exact pages per field")
    ap.add_argument("--workers", type=int, default=4, help="worker processes (1 = in-process)")
    ap.add_argument("--save", type=Path, help="folder to write <mode>.json predictions to")
    args = ap.parse_args(argv)

    if not (DATA / "ground-truth.json").exists():
        print(f"facts benchmark skipped: {DATA} not found (needs ../shared)", file=sys.stderr)
        return 0
    modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    if unknown := set(modes) - set(MODES):
        ap.error(f"unknown mode(s): {', '.join(sorted(unknown))}")
    scorer = load_scorer()
    truth = scorer.load(DATA / "ground-truth.json")
    ids = sorted(truth)
    if args.page_type:
        ids = [key for key in ids if truth[key].get("page_type") in set(args.page_type)]
    if args.limit:
        ids = ids[: args.limit]
    for mode in modes:
        started = time.perf_counter()
        predicted = run_mode(mode, ids, args.workers)
        seconds = time.perf_counter() - started
        errors = sum("error" in facts for facts in predicted.values())
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{mode}.json").write_text(
                json.dumps(predicted, ensure_ascii=False, indent=1), encoding="utf-8"
            )
        rows = scorer.score(truth, predicted, ids, args.misses)
        print(f"\n## {mode}  ({len(ids)} pages, {seconds:.1f}s, errors: {errors})")
        print("| field | known | coverage | exact | lenient | spurious (of null) |")
        print("|---|---|---|---|---|---|")
        for field, row in rows.items():
            cells = [
                "-" if row[name] is None else f"{row[name]:.3f}"
                for name in ("coverage", "exact", "lenient", "spurious")
            ]
            print(
                f"| {field} | {row['n_known']} | "
                + " | ".join(cells[:3])
                + f" | {cells[3]} ({row['n_null']}) |"
            )
        for field, row in rows.items():
            for miss in row.get("misses", []):
                print(
                    f"  miss {field:<12} {miss['id']}  truth {miss['truth']!r}"
                    f"  predicted {miss['predicted']!r}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
