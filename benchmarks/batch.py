#!/usr/bin/env python3
"""Batch throughput: files/s, MB/s and peak memory of `pagetidy clean DIR -o OUT` by --jobs.

Usage: python benchmarks/batch.py [--files 2000] [--jobs 1 2] [--source shared|fixtures]
                                  [--memory 1000 10000] [--keep]

It builds a nested folder of pages in a temporary folder (copies of the ../shared wcxb-dev
text dumps and of tests/fixtures; with --source fixtures, or when ../shared is missing,
fixtures only), then:

1. cleans every page in this process (clean + render, no batch machinery): the in-process
   baseline the batch's one-process throughput is compared with;
2. runs the real command once per --jobs value (`--format json --quiet`) and reports wall
   time, files/s, input MB/s, the peak memory of the whole process tree (parent plus
   workers, sampled from /proc) and a digest of all outputs, which must be equal for all N;
3. with --memory A B, runs the largest N on A and on B pages and compares peak memory.

Not a test: run it by hand and quote its output.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench" / "wcxb-dev"
FIXTURES = ROOT / "tests" / "fixtures"
PER_FOLDER = 100


def sources(kind: str) -> list[Path]:
    """The page files to copy, in a fixed order."""
    pages = sorted(FIXTURES.glob("*/input.txt"))
    if kind == "shared":
        for style in ("text-lynx", "text-inscriptis", "text-html2text"):
            pages += sorted((SHARED / style).glob("*.txt"))
    return pages


def build(into: Path, pages: list[Path], count: int) -> int:
    """Copy ``count`` pages (cycling) into nested folders; return the bytes copied."""
    total = 0
    for number in range(count):
        source = pages[number % len(pages)]
        folder = into / f"d{number // (PER_FOLDER * 10):02}" / f"e{number // PER_FOLDER % 10}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, folder / f"p{number:06}.txt")
        total += source.stat().st_size
    return total


def in_process(folder: Path) -> float:
    """Seconds to clean and render every page in this process, one after another."""
    from pagetidy.clean import clean
    from pagetidy.write import to_json

    files = sorted(folder.rglob("*.txt"))
    started = time.perf_counter()
    cpu = time.process_time()
    for path in files:
        try:
            to_json(clean(path.read_bytes(), source=str(path)))
        except Exception as error:  # the batch reports such pages; the baseline counts on
            print(f"in-process: {path}: {type(error).__name__}: {error}", file=sys.stderr)
    print(f"in-process cpu {time.process_time() - cpu:.1f} s", file=sys.stderr)
    return time.perf_counter() - started


def tree(pid: int) -> list[int]:
    """A process and all its descendants (Linux /proc)."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return found


def rss_and_cpu(pid: int) -> tuple[int, float]:
    """Resident memory (KB) and CPU seconds so far (user + system) of one process."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0, 0.0
    rss = next((int(line.split()[1]) for line in status.splitlines() if line[:6] == "VmRSS:"), 0)
    return rss, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(folder: Path, out: Path, jobs: int) -> tuple[float, int, int, float]:
    """Run the command; return wall seconds, peak tree memory (KB), exit status and CPU
    seconds of the whole tree (sampled: a process's last 50 ms may be missed)."""
    command = [sys.executable, "-m", "pagetidy", "clean", str(folder), "-o", str(out)]
    command += ["--format", "json", "--quiet", "-j", str(jobs)]
    peak = 0
    cpu: dict[int, float] = {}
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            total = 0
            for pid in tree(process.pid):
                rss, seconds = rss_and_cpu(pid)
                total += rss
                cpu[pid] = max(cpu.get(pid, 0.0), seconds)
            peak = max(peak, total)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    code = process.wait()
    seconds = time.perf_counter() - started
    sampler.join()
    return seconds, peak, code, sum(cpu.values())


def digest(folder: Path) -> str:
    """One hash over every output file's relative path and bytes."""
    hashed = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            hashed.update(path.relative_to(folder).as_posix().encode() + b"\0")
            hashed.update(path.read_bytes())
    return hashed.hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, os.cpu_count() or 1])
    parser.add_argument("--source", choices=["shared", "fixtures"], default="shared")
    parser.add_argument("--memory", type=int, nargs=2, metavar=("SMALL", "LARGE"))
    parser.add_argument("--skip-baseline", action="store_true")
    args = parser.parse_args()
    kind = args.source
    if kind == "shared" and not SHARED.is_dir():
        print(f"batch: {SHARED} not found: skipped (run with --source fixtures)")
        return 0
    pages = sources(kind)
    print(f"pagetidy batch benchmark: {args.files} pages from {kind}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="pagetidy-batch-") as tmp:
        folder = Path(tmp) / "pages"
        size = build(folder, pages, args.files)
        print(f"input: {args.files} files, {size / 1e6:.1f} MB in {folder}")
        if not args.skip_baseline:
            seconds = in_process(folder)
            print(
                f"{'in-process':<12} {seconds:8.1f} s {args.files / seconds:8.1f} files/s "
                f"{size / 1e6 / seconds:6.2f} MB/s"
            )
        digests = set()
        for jobs in args.jobs:
            out = Path(tmp) / f"out-{jobs}"
            seconds, peak, code, cpu = run(folder, out, jobs)
            digests.add(digest(out))
            print(
                f"{'-j ' + str(jobs):<12} {seconds:8.1f} s {args.files / seconds:8.1f} files/s "
                f"{size / 1e6 / seconds:6.2f} MB/s  peak {peak / 1024:6.1f} MB  "
                f"cpu {cpu:6.1f} s ({cpu / seconds:.2f} cores)  exit {code}  outputs {digest(out)}"
            )
            shutil.rmtree(out)
        print(f"outputs identical across --jobs: {'yes' if len(digests) == 1 else 'NO'}")
        if args.memory:
            jobs = max(args.jobs)
            for count in args.memory:
                shutil.rmtree(folder)
                build(folder, pages, count)
                out = Path(tmp) / f"mem-{count}"
                seconds, peak, code, _ = run(folder, out, jobs)
                shutil.rmtree(out)
                print(f"memory: {count:>6} files -j {jobs}: peak {peak / 1024:6.1f} MB", end="")
                print(f" ({seconds:.1f} s, exit {code})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
