"""Time pagetidy.clean over the shared benchmark folders, and prove outputs unchanged.

Usage (from the repository root, with pagetidy installed in the running Python)::

    python benchmarks/speed.py                              # every set, every mode
    python benchmarks/speed.py --sets wcxb-dev --modes text-lynx --limit 200
    python benchmarks/speed.py --digest runs/before.digest  # hash of every page's JSON
    python benchmarks/speed.py --compare runs/before.digest runs/after.digest

Everything runs in this process, on one core, one folder after another. For each folder
it prints documents/s and MB/s of input, both per CPU-second (``time.process_time``, so
other load on a shared machine does not count) and per wall-second, and the peak RSS of
the process so far (``resource.getrusage``). Timing covers ``pagetidy.clean`` alone
(reading the file, gunzipping HTML and writing JSON are outside it).

``--digest FILE`` writes one line per page, ``<set>/<mode>/<file> <sha256>``, where the hash
is of the page's full JSON output (``to_json``: text, every drop with its reason, facts),
so two digests that compare equal prove byte-identical output on every page.
``--compare A B`` reports the pages (of those in both) whose hashes differ and exits 1 if
any do; pages only in one digest (a ``--limit`` run) are counted, not compared. The script
exits 0 with "skipped: ... not found" when the benchmark folder is absent.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import resource
import sys
import time
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]
DEFAULT_BENCH: Final = ROOT.parent / "shared" / "bench"
SETS: Final = ("scrapinghub", "wcxb-dev")
MODES: Final = ("text-lynx", "text-inscriptis", "text-html2text", "html")


def page_files(folder: Path, mode: str, limit: int) -> list[Path]:
    """The input files of one mode, sorted by name, the first ``limit`` when limit > 0."""
    pattern = "*.html.gz" if mode == "html" else "*.txt"
    files = sorted((folder / mode).glob(pattern))
    return files[:limit] if limit > 0 else files


def time_folder(
    folder: Path, mode: str, limit: int, digest: list[str] | None
) -> tuple[int, int, float, float, int]:
    """Clean every page of one folder; pages, bytes, CPU s, wall s, errors."""
    import pagetidy
    from pagetidy.write import to_json

    input_format = "html" if mode == "html" else "text"
    pages = size = errors = 0
    cpu = wall = 0.0
    for path in page_files(folder, mode, limit):
        data = path.read_bytes()
        if mode == "html":
            data = gzip.decompress(data)
        size += len(data)
        pages += 1
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        try:
            result = pagetidy.clean(data, source=path.name, input_format=input_format)
        except pagetidy.PagetidyError as error:
            result = None
            output = f"error: {error}"
            errors += 1
        cpu += time.process_time() - start_cpu
        wall += time.perf_counter() - start_wall
        if digest is not None:
            if result is not None:
                output = to_json(result)
            hashed = hashlib.sha256(output.encode("utf-8")).hexdigest()
            digest.append(f"{folder.name}/{mode}/{path.name} {hashed}")
    return pages, size, cpu, wall, errors


def compare(first: Path, second: Path) -> int:
    """Print the pages whose hashes differ between two digests; 1 if any do."""

    def load(path: Path) -> dict[str, str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return dict(line.rsplit(" ", 1) for line in lines if line)

    old, new = load(first), load(second)
    common = old.keys() & new.keys()
    differ = sorted(name for name in common if old[name] != new[name])
    for name in differ[:20]:
        print(f"differs: {name}")
    print(
        f"{len(common)} pages in both: {len(differ)} differ, {len(common) - len(differ)} "
        f"identical; {len(old.keys() - common)} only in A, {len(new.keys() - common)} only in B"
    )
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="benchmark folder")
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--modes", nargs="+", default=list(MODES), choices=MODES)
    parser.add_argument("--limit", type=int, default=0, help="first N pages per mode")
    parser.add_argument("--digest", type=Path, help="write a hash of every page's JSON here")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("A", "B"))
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    bench: Path = args.bench
    if not bench.is_dir():
        print(f"skipped: {bench} not found")
        return 0
    digest: list[str] | None = [] if args.digest else None
    print(
        f"{'set':<12} {'mode':<16} {'docs':>5} {'MB':>6} {'docs/s':>7} {'MB/s':>6} "
        f"{'wall docs/s':>11} {'wall MB/s':>9} {'peak MiB':>8} {'errors':>6}"
    )
    for name in args.sets:
        for mode in args.modes:
            folder = bench / name
            if not (folder / mode).is_dir():
                continue
            pages, size, cpu, wall, errors = time_folder(folder, mode, args.limit, digest)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            megabytes = size / 1e6
            print(
                f"{name:<12} {mode:<16} {pages:>5} {megabytes:>6.1f} {pages / cpu:>7.1f} "
                f"{megabytes / cpu:>6.2f} {pages / wall:>11.1f} {megabytes / wall:>9.2f} "
                f"{peak:>8.0f} {errors:>6}",
                flush=True,
            )
    if args.digest and digest is not None:
        args.digest.parent.mkdir(parents=True, exist_ok=True)
        args.digest.write_text("\n".join(digest) + "\n", encoding="utf-8")
        print(f"digest of {len(digest)} pages written to {args.digest}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
