"""Compare pagetidy's HTML mode with other extractors on the shared benchmark pages.

Usage (from the repository root, pagetidy installed in the running Python)::

    python benchmarks/html_compare.py                        # both sets, every tool installed
    python benchmarks/html_compare.py --sets scrapinghub --tools pagetidy trafilatura
    python benchmarks/html_compare.py --limit 100 --save runs/html --worst 5

Every tool reads the same gzip-decompressed bytes of ``<set>/html/*.html.gz``, in-process,
in its own child process (one core, the whole folder): docs/s is pages over the CPU time
spent inside the tool's call (reading and decompressing the files is not counted), peak
memory is that child's peak RSS. The anchors (trafilatura, readability-lxml, jusText) are
skipped when not installed; install them in the benchmark environment only, never as
dependencies of pagetidy. Scores come from ``score.py --json`` (wcxb-dev: all pages, then
its articles). Exits 0 with "skipped: ... not found" when the benchmark folder is absent.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import quality  # benchmarks/quality.py: this folder is on sys.path when run as a script

ROOT: Final = Path(__file__).resolve().parents[1]
DEFAULT_BENCH: Final = ROOT.parent / "shared" / "bench"
SETS: Final = ("scrapinghub", "wcxb-dev")
TOOLS: Final = {
    "pagetidy": "pagetidy",
    "trafilatura": "trafilatura",
    "readability": "readability",
    "justext": "justext",
}
"""Tool name -> the module that must be importable for it to run."""
ARTICLE_SETS: Final = frozenset({"wcxb-dev"})

Extract = Callable[[bytes], str]


def extractor(tool: str) -> Extract:
    """The tool's extraction function: page bytes in, article text out."""
    if tool == "pagetidy":
        import pagetidy

        return lambda data: pagetidy.clean(data, input_format="html").text
    if tool == "trafilatura":
        import trafilatura

        return lambda data: trafilatura.extract(data) or ""
    if tool == "readability":
        import lxml.html
        from readability import Document

        def run_readability(data: bytes) -> str:
            summary = Document(data).summary(html_partial=True)
            return str(lxml.html.fromstring(summary).text_content()) if summary.strip() else ""

        return run_readability
    if tool == "justext":
        import justext

        stoplist = justext.get_stoplist("English")

        def run_justext(data: bytes) -> str:
            paragraphs = justext.justext(data, stoplist)
            return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

        return run_justext
    message = f"unknown tool {tool}"
    raise ValueError(message)


def work(folder: Path, tool: str, limit: int, out: Path) -> int:
    """Child process: run one tool over every page of a set, write predictions and timings."""
    extract = extractor(tool)
    files = sorted((folder / "html").glob("*.html.gz"))
    if limit > 0:
        files = files[:limit]
    predictions: dict[str, dict[str, str]] = {}
    seconds, errors = 0.0, []
    for path in files:
        data = gzip.decompress(path.read_bytes())
        start = time.process_time()
        try:
            text = extract(data)
        except Exception as error:  # report it, score the page as empty
            errors.append(f"{path.name}: {type(error).__name__}: {error}")
            text = ""
        seconds += time.process_time() - start
        predictions[path.name.split(".", 1)[0]] = {"articleBody": text}
    report = {
        "predictions": predictions,
        "seconds": seconds,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "errors": errors,
    }
    out.write_text(json.dumps(report), encoding="utf-8")
    return 0


def run_child(folder: Path, tool: str, limit: int, out: Path) -> dict[str, Any] | None:
    """Run this script's worker for one tool in a fresh process (quality.py's runner)."""
    return quality.run_child(folder, tool, limit, out, script=__file__)


def score(bench: Path, folder: Path, predictions: Path, extra: list[str]) -> dict[str, Any] | None:
    """Scores from score.py --json, as quality.py reads them (no baseline here)."""
    return quality.score(bench, folder, predictions, extra, None)


HEADER: Final = (
    f"{'set':<12} {'pages':<8} {'tool':<12} {'docs':>5} {'F1':>6} {'P':>6} {'R':>6} "
    f"{'docs/s':>8} {'x trafi':>7} {'peak MiB':>8}"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="benchmark folder")
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--tools", nargs="+", default=list(TOOLS), choices=list(TOOLS))
    parser.add_argument("--limit", type=int, default=0, help="first N pages per set (quick look)")
    parser.add_argument("--worst", type=int, default=0, metavar="N", help="list the N worst pages")
    parser.add_argument("--n-bootstrap", type=int, default=200, help="bootstrap resamples")
    parser.add_argument("--save", type=Path, help="keep predictions as DIR/<set>/<tool>.json")
    args = parser.parse_args(argv)
    bench: Path = args.bench
    if not (bench / "score.py").exists():
        print(f"skipped: {bench} not found")
        return 0
    tools = [t for t in args.tools if importlib.util.find_spec(TOOLS[t]) is not None]
    for missing in sorted(set(args.tools) - set(tools)):
        print(f"skipped: {missing} is not installed")
    print(HEADER, flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        for name in args.sets:
            folder = bench / name
            if not (folder / "ground-truth.json").exists():
                print(f"skipped: {folder} not found")
                continue
            rows: list[tuple[str, str, dict[str, Any], float, float]] = []
            for tool in tools:
                report = run_child(folder, tool, args.limit, Path(scratch) / f"{name}-{tool}.json")
                if report is None:
                    continue
                if report["errors"]:
                    failed = len(report["errors"])
                    print(f"  {tool}: {failed} page(s) failed, e.g. {report['errors'][0]}")
                target = (args.save or Path(scratch) / "pred") / name / f"{tool}.json"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(json.dumps(report["predictions"]), encoding="utf-8")
                extra = ["--n-bootstrap", str(args.n_bootstrap)]
                if args.limit:
                    extra.append("--subset")
                if args.worst:
                    extra += ["--worst", str(args.worst)]
                rate = len(report["predictions"]) / max(report["seconds"], 1e-9)
                groups = [("all", extra)]
                if name in ARTICLE_SETS:
                    groups.append(("article", [*extra, "--page-type", "article"]))
                for label, more in groups:
                    scores = score(bench, folder, target, more)
                    if scores is not None:
                        rows.append((label, tool, scores, rate, report["peak_rss_mib"]))
            reference = {label: rate for label, tool, _, rate, _ in rows if tool == "trafilatura"}
            for label, tool, scores, rate, peak in rows:
                ratio = f"{rate / reference[label]:>7.1f}" if label in reference else f"{'':>7}"
                print(
                    f"{name:<12} {label:<8} {tool:<12} {scores['n_docs']:>5} "
                    f"{scores['f1']:>6.3f} {scores['precision']:>6.3f} {scores['recall']:>6.3f} "
                    f"{rate:>8.1f} {ratio} {peak:>8.1f}",
                    flush=True,
                )
                quality.print_worst(scores)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--worker":
        sys.exit(work(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), Path(sys.argv[5])))
    sys.exit(main())
