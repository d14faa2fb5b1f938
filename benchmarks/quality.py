"""Score pagetidy on the shared benchmarks: F1, precision, recall, accuracy, speed, memory.

Usage (from the repository root, with pagetidy installed in the running Python)::

    python benchmarks/quality.py                         # every set, every text style
    python benchmarks/quality.py --sets scrapinghub --modes text-lynx --limit 50
    python benchmarks/quality.py --modes html            # HTML input (skipped if it errors)
    python benchmarks/quality.py --save runs/new --baseline runs/old --worst 5

Each set and mode runs in its own child process (one process, one core, the whole folder)
so that documents/s, MB/s (CPU time of that process, so other load on the machine
does not count) and peak memory (peak RSS, ``resource.getrusage``) belong to
that run alone. Predictions are scored with ``score.py`` of the benchmark folder (``--json``);
for wcxb-dev the articles are also scored alone (``--page-type article``). The script exits 0
with "skipped: ... not found" when the benchmark folder is absent: benchmarks are not tests.
Only the standard library and pagetidy are needed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Final

ROOT: Final = Path(__file__).resolve().parents[1]
DEFAULT_BENCH: Final = ROOT.parent / "shared" / "bench"
SETS: Final = ("scrapinghub", "wcxb-dev")
MODES: Final = ("text-lynx", "text-inscriptis", "text-html2text", "html")
TEXT_MODES: Final = MODES[:3]
ARTICLE_SETS: Final = frozenset({"wcxb-dev"})
"""Sets whose ground truth has page types: their articles are also scored alone."""


def page_files(folder: Path, mode: str, limit: int) -> list[Path]:
    """The input files of one mode, sorted by id, the first ``limit`` when limit > 0."""
    pattern = "*.html.gz" if mode == "html" else "*.txt"
    files = sorted((folder / mode).glob(pattern))
    return files[:limit] if limit > 0 else files


def page_id(path: Path) -> str:
    return path.name.split(".", 1)[0]


def work(folder: Path, mode: str, limit: int, out: Path) -> int:
    """Child process: clean every page of one mode, write predictions and timings to ``out``."""
    import pagetidy

    input_format = "html" if mode == "html" else "text"
    predictions: dict[str, dict[str, str]] = {}
    seconds, size, errors = 0.0, 0, []
    for path in page_files(folder, mode, limit):
        data = path.read_bytes()
        if mode == "html":
            data = gzip.decompress(data)
        size += len(data)
        start = time.process_time()
        try:
            text = pagetidy.clean(data, source=str(path), input_format=input_format).text
        except Exception as error:  # report, score the page as empty
            errors.append(f"{path.name}: {type(error).__name__}: {error}")
            text = ""
        seconds += time.process_time() - start
        predictions[page_id(path)] = {"articleBody": text}
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = {
        "predictions": predictions,
        "seconds": seconds,
        "bytes": size,
        "peak_rss_mib": peak_kib / 1024,
        "errors": errors,
    }
    out.write_text(json.dumps(report), encoding="utf-8")
    return 0


def run_child(
    folder: Path, mode: str, limit: int, out: Path, script: str = __file__
) -> dict[str, Any] | None:
    """Run ``script --worker`` for one mode in a fresh process; None when it failed to run."""
    done = subprocess.run(
        [sys.executable, script, "--worker", str(folder), mode, str(limit), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not out.exists():
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"  {folder.name} {mode}: run failed: {last}", file=sys.stderr)
        return None
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return report


def score(
    bench: Path, folder: Path, predictions: Path, extra: list[str], baseline: Path | None
) -> dict[str, Any] | None:
    """Scores from score.py --json (only the pages run when --limit is used)."""
    command = [
        sys.executable,
        str(bench / "score.py"),
        str(folder / "ground-truth.json"),
        str(predictions),
        "--json",
        *extra,
    ]
    if baseline is not None and baseline.exists():
        command += ["--baseline", str(baseline)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"  score.py failed: {done.stderr.strip()}", file=sys.stderr)
        return None
    result: dict[str, Any] = json.loads(done.stdout)
    return result


HEADER: Final = (
    f"{'set':<12} {'mode':<16} {'pages':<8} {'docs':>5} {'F1':>6} {'P':>6} {'R':>6} "
    f"{'acc':>6} {'dF1':>7} {'docs/s':>7} {'MB/s':>6} {'peak MiB':>8}"
)


def row(name: str, mode: str, pages: str, scores: dict[str, Any], speed: str) -> str:
    diff = scores.get("baseline", {}).get("diff", {}).get("f1")
    delta = f"{diff:+7.3f}" if diff is not None else f"{'':>7}"
    return (
        f"{name:<12} {mode:<16} {pages:<8} {scores['n_docs']:>5} {scores['f1']:>6.3f} "
        f"{scores['precision']:>6.3f} {scores['recall']:>6.3f} {scores['accuracy']:>6.3f} "
        f"{delta} {speed}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="benchmark folder")
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--modes", nargs="+", default=list(TEXT_MODES), choices=MODES)
    parser.add_argument("--limit", type=int, default=0, help="first N pages per mode (quick look)")
    parser.add_argument("--worst", type=int, default=0, metavar="N", help="list the N worst pages")
    parser.add_argument("--n-bootstrap", type=int, default=200, help="bootstrap resamples")
    parser.add_argument("--save", type=Path, help="keep predictions as DIR/<set>/<mode>.json")
    parser.add_argument("--baseline", type=Path, help="compare with predictions saved earlier")
    args = parser.parse_args(argv)

    bench: Path = args.bench
    if not (bench / "score.py").exists():
        print(f"skipped: {bench} not found")
        return 0
    print(HEADER, flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        for name in args.sets:
            folder = bench / name
            if not (folder / "ground-truth.json").exists():
                print(f"skipped: {folder} not found")
                continue
            for mode in args.modes:
                if not page_files(folder, mode, 1):
                    print(f"{name:<12} {mode:<16} skipped: no pages")
                    continue
                report = run_child(folder, mode, args.limit, Path(scratch) / f"{name}-{mode}.json")
                if report is None:
                    continue
                if report["errors"]:
                    first = report["errors"][0]
                    failed = len(report["errors"])
                    print(f"  {failed} page(s) failed, e.g. {first}", file=sys.stderr)
                    if mode == "html" and len(report["errors"]) == len(report["predictions"]):
                        print(f"{name:<12} {mode:<16} skipped: every page failed")
                        continue
                target = (args.save or Path(scratch) / "pred") / name / f"{mode}.json"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(json.dumps(report["predictions"]), encoding="utf-8")
                baseline = args.baseline / name / f"{mode}.json" if args.baseline else None
                extra = ["--n-bootstrap", str(args.n_bootstrap)]
                if args.limit:
                    extra.append("--subset")
                if args.worst:
                    extra += ["--worst", str(args.worst)]
                seconds = max(report["seconds"], 1e-9)
                docs = len(report["predictions"])
                speed = (
                    f"{docs / seconds:>7.1f} {report['bytes'] / seconds / 1e6:>6.2f} "
                    f"{report['peak_rss_mib']:>8.1f}"
                )
                groups = [("all", [])]
                if name in ARTICLE_SETS:
                    groups.append(("article", ["--page-type", "article"]))
                for label, more in groups:
                    scores = score(bench, folder, target, extra + more, baseline)
                    if scores is None:
                        continue
                    print(row(name, mode, label, scores, speed), flush=True)
                    print_worst(scores)
    return 0


def print_worst(scores: dict[str, Any]) -> None:
    """One line per page of score.py's ``worst`` list (``--worst N``)."""
    for worst in scores.get("worst", []):
        print(
            f"    worst F1 {worst['f1']:.3f} P {worst['precision']:.3f} "
            f"R {worst['recall']:.3f} {worst['id']}"
        )


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--worker":
        sys.exit(work(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), Path(sys.argv[5])))
    sys.exit(main())
