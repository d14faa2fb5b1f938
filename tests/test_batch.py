"""Batch runs over folders: mirrored trees, stable order, bad pages reported, nothing lost."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pagetidy.cli import cli
from pagetidy.errors import InputError
from pagetidy.runner import BatchOptions, Summary, clean_file
from pagetidy.walk import Task

from .conftest import FIXTURES

GOOD = sorted(FIXTURES.glob("*/input.txt"))
BINARY = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
RANDOM = random.Random(7)
UNDECODABLE = bytes(RANDOM.randrange(0x80, 0x100) for _ in range(3000))


def invoke(*args: str | Path):
    return CliRunner().invoke(cli, ["clean", *map(str, args)])


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A nested folder of good pages: fixtures at three depths, one gzipped."""
    root = tmp_path / "pages"
    for number, source in enumerate(GOOD):
        folder = root / ("" if number < 4 else "news" if number < 7 else "news/world")
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, folder / f"{source.parent.name}.txt")
    shutil.copy(GOOD[0], root / "news" / "copy.txt")
    return root


@pytest.fixture
def bad_pages(pages: Path) -> Path:
    (pages / "news" / "b_binary.txt").write_bytes(BINARY)
    (pages / "news" / "c_undecodable.txt").write_bytes(UNDECODABLE)
    (pages / "news" / "d_empty.txt").write_bytes(b"")
    return pages


def test_folder_gives_a_mirrored_tree(pages: Path, tmp_path: Path):
    before = snapshot(pages)
    out = tmp_path / "out"
    result = invoke(pages, "-o", out, "--format", "json")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    expected = sorted(Path(name).with_suffix(".json").as_posix() for name in before)
    assert sorted(snapshot(out)) == expected
    data = json.loads((out / "news" / "copy.json").read_text(encoding="utf-8"))
    assert data["source"] == str(pages / "news" / "copy.txt")
    assert snapshot(pages) == before  # inputs are untouched


def test_text_outputs_match_the_single_page_command(pages: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert invoke(pages, "-o", out).exit_code == 0
    for name in ("news/copy.txt", f"{GOOD[0].parent.name}.txt"):
        single = invoke(pages / name).stdout
        assert (out / name).read_text(encoding="utf-8") == single


def test_gzipped_page_gets_the_format_extension(tmp_path: Path):
    import gzip

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.html.gz").write_bytes(gzip.compress(GOOD[1].read_bytes()))
    assert invoke(tmp_path / "in", "-o", tmp_path / "out", "--format", "json").exit_code == 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["x.json"]


def test_jsonl_is_in_stable_order_and_identical_across_jobs(bad_pages: Path):
    one = invoke(bad_pages, "--format", "jsonl", "-j", "1")
    two = invoke(bad_pages, "--format", "jsonl", "-j", "2")
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    sources = [json.loads(line)["source"] for line in one.stdout.splitlines()]
    walked = [
        str(p) for p in sorted(bad_pages.rglob("*"), key=lambda p: p.relative_to(bad_pages).parts)
    ]
    bad = {"b_binary.txt", "c_undecodable.txt", "d_empty.txt"}
    assert sources == [s for s in walked if Path(s).is_file() and Path(s).name not in bad]


def test_files_are_byte_identical_across_jobs(bad_pages: Path, tmp_path: Path):
    invoke(bad_pages, "-o", tmp_path / "one", "-j", "1", "--format", "json")
    invoke(bad_pages, "-o", tmp_path / "two", "-j", "2", "--format", "json")
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_bad_pages_are_reported_and_every_good_page_is_written(bad_pages: Path, tmp_path: Path):
    out = tmp_path / "out"
    errors = tmp_path / "errors.jsonl"
    result = invoke(bad_pages, "-o", out, "--errors", errors)
    assert result.exit_code == 1
    assert result.stdout == ""
    news = bad_pages / "news"
    assert result.stderr.splitlines() == [
        f"pagetidy: error: {news / 'b_binary.txt'}: binary data, not a text or HTML page",
        f"pagetidy: error: {news / 'c_undecodable.txt'}: "
        "cannot decode: no text encoding fits these bytes",
        f"pagetidy: error: {news / 'd_empty.txt'}: empty file",
    ]
    assert len(snapshot(out)) == len(GOOD) + 1
    assert not (out / "news" / "b_binary.txt").exists()
    lines = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(Path(x["path"]).name, x["reason"]) for x in lines] == [
        ("b_binary.txt", "binary data, not a text or HTML page"),
        ("c_undecodable.txt", "cannot decode: no text encoding fits these bytes"),
        ("d_empty.txt", "empty file"),
    ]
    assert lines[0]["output"] == str(out / "news" / "b_binary.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_an_error_line(pages: Path, tmp_path: Path):
    locked = pages / "news" / "copy.txt"
    locked.chmod(0)
    try:
        result = invoke(pages, "-o", tmp_path / "out")
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    assert result.stderr == f"pagetidy: error: {locked}: permission denied\n"


def test_unreadable_file_is_a_failed_outcome(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def refuse(path: Path, max_bytes: int) -> bytes:
        raise InputError(str(path), "permission denied")

    monkeypatch.setattr("pagetidy.runner.read_bytes", refuse)
    outcome = clean_file(Task(str(tmp_path / "x.txt"), None), BatchOptions())
    assert (outcome.status, outcome.reason) == ("failed", "permission denied")


def test_a_filter_that_fails_is_a_failed_outcome(monkeypatch: pytest.MonkeyPatch):
    good = clean_file(Task(str(GOOD[0]), None), BatchOptions(output_format="text"))

    def explode(*args: object, **kwargs: object) -> None:
        raise KeyError("oops")

    monkeypatch.setattr("pagetidy.runner.clean", explode)
    outcome = clean_file(Task(str(GOOD[0]), None), BatchOptions())
    assert (outcome.status, outcome.reason) == ("failed", "unexpected error: KeyError: 'oops'")
    assert "Traceback" in outcome.trace
    summary = Summary()
    summary.add(outcome)
    summary.add(good)
    assert (summary.failed, summary.cleaned) == (1, 1)


def test_summary_counts_sizes_and_filters():
    summary = Summary(total=2)
    for source in GOOD[:2]:
        summary.add(clean_file(Task(str(source), None), BatchOptions(output_format="text")))
    assert (summary.cleaned, summary.done) == (2, 2)
    assert summary.input_bytes == sum(p.stat().st_size for p in GOOD[:2])
    assert 0 < summary.output_bytes < summary.input_bytes
    assert sum(summary.removed.values()) > 0


def test_skip_existing_skips_up_to_date_outputs(pages: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert invoke(pages, "-o", out).exit_code == 0
    stamp = (out / "news" / "copy.txt").stat().st_mtime_ns
    (out / "news" / "copy.txt").unlink()
    kept = out / GOOD[0].parent.name
    kept_stamp = kept.with_suffix(".txt").stat().st_mtime_ns
    assert invoke(pages, "-o", out, "--skip-existing").exit_code == 0
    assert (out / "news" / "copy.txt").stat().st_mtime_ns >= stamp
    assert kept.with_suffix(".txt").stat().st_mtime_ns == kept_stamp


def test_output_folder_inside_the_input_is_not_cleaned_again(pages: Path):
    out = pages / "clean"
    assert invoke(pages, "-o", out).exit_code == 0
    first = snapshot(out)
    assert invoke(pages, "-o", out).exit_code == 0
    assert snapshot(out) == first
    assert not (out / "clean").exists()


@pytest.mark.parametrize("output", [".", "pages"])
def test_output_over_inputs_is_a_usage_error_before_anything_runs(
    pages: Path, tmp_path: Path, output: str
):
    before = snapshot(tmp_path)
    result = invoke(pages, "-o", tmp_path / output, "--format", "text")
    assert result.exit_code == 2
    assert "holds the input folder" in result.stderr
    assert snapshot(tmp_path) == before


def test_files_written_over_themselves_are_refused(pages: Path):
    first, second = sorted(pages.glob("*.txt"))[:2]
    result = invoke(first, second, "-o", pages)
    assert result.exit_code == 2
    assert "is an input; refusing to write" in result.stderr


def test_errors_file_over_an_input_is_refused(pages: Path):
    victim = next(pages.glob("*.txt"))
    before = victim.read_bytes()
    result = invoke(pages, "--format", "jsonl", "--errors", victim)
    assert result.exit_code == 2
    assert victim.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-"], "standard input cannot be part of a batch"),
        ([], "needs an output folder"),
        (["--format", "jsonl", "--skip-existing"], "--skip-existing"),
    ],
)
def test_batch_usage_errors(pages: Path, args: list[str], message: str):
    result = invoke(pages, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_single_file_with_output_keeps_writing_that_file(tmp_path: Path):
    out = tmp_path / "one.json"
    assert invoke(GOOD[0], "-o", out, "--format", "json").exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(GOOD[0])


def test_single_file_into_an_existing_folder(tmp_path: Path):
    (tmp_path / "out").mkdir()
    assert invoke(GOOD[0], "-o", tmp_path / "out").exit_code == 0
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["input.txt"]


def test_a_page_that_vanished_is_a_failed_outcome(tmp_path: Path):
    outcome = clean_file(Task(str(tmp_path / "gone.txt"), None), BatchOptions())
    assert (outcome.status, outcome.reason) == ("failed", "no such file")


def test_no_temporary_files_are_left(bad_pages: Path, tmp_path: Path):
    invoke(bad_pages, "-o", tmp_path / "out", "--errors", tmp_path / "e.jsonl")
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


def test_summary_and_progress_go_to_stderr_on_a_terminal_only(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("FORCE_COLOR", "")
    monkeypatch.setattr("rich.console.Console.is_terminal", property(lambda self: True))
    result = invoke(pages, "--format", "jsonl", "-o", tmp_path / "all.jsonl")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "cleaned" in result.stderr
    assert "blocks removed" in result.stderr
    assert not re.search(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])[;m]", result.stderr)  # NO_COLOR
    assert len((tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()) == len(GOOD) + 1
    quiet = invoke(pages, "--format", "jsonl", "--quiet")
    assert quiet.stderr == ""


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_run_leaves_no_partial_files_and_resumes(tmp_path: Path, stop: int):
    pages = tmp_path / "pages"
    for number in range(150):
        folder = pages / f"d{number % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(GOOD[number % len(GOOD)], folder / f"p{number:03}.txt")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pagetidy", "clean", str(pages), "-o", str(out), "-j", "2"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(list(out.rglob("*.txt"))) < 10:
        time.sleep(0.05)
    process.send_signal(stop)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "pagetidy: interrupted:" in stderr
    assert "Traceback" not in stderr
    written = list(out.rglob("*"))
    assert not [p for p in written if p.name.startswith(".") or p.name.endswith(".tmp")]
    done = {p: p.stat().st_mtime_ns for p in written if p.is_file()}
    assert 0 < len(done) < 150
    resumed = subprocess.run([*command, "--skip-existing"], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert len(list(out.rglob("*.txt"))) == 150
    assert all(path.stat().st_mtime_ns == stamp for path, stamp in done.items())
    assert {p.relative_to(out) for p in out.rglob("*.txt")} == {
        p.relative_to(pages) for p in pages.rglob("*.txt")
    }


def test_filter_options_and_markdown_apply_to_every_page(pages: Path, tmp_path: Path):
    out = tmp_path / "md"
    assert invoke(pages, "-o", out, "--format", "markdown").exit_code == 0
    assert {p.suffix for p in out.rglob("*") if p.is_file()} == {".md"}
    name = "news/copy"
    single = invoke(pages / f"{name}.txt", "--format", "markdown").stdout
    assert (out / f"{name}.md").read_text(encoding="utf-8") == single
    skipped = invoke(pages, "--format", "jsonl", "--skip", "breadcrumb")
    assert skipped.exit_code == 0
    filters = {
        r["filter"] for line in skipped.stdout.splitlines() for r in json.loads(line)["removed"]
    }
    assert filters and "breadcrumb" not in filters
    explained = invoke(pages, "-o", tmp_path / "explain", "--explain")
    assert explained.exit_code == 0
    assert (tmp_path / "explain" / "news" / "copy.txt").read_text(encoding="utf-8") == invoke(
        pages / "news" / "copy.txt", "--explain"
    ).stdout


def test_a_page_over_the_time_cap_is_an_error_line(pages: Path, tmp_path: Path):
    result = invoke(pages, "-o", tmp_path / "out", "--timeout", "0.000001", "-j", "2")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == len(GOOD) + 1
    assert all(line.endswith("took longer than the time cap (1e-06 s)") for line in lines)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").rglob("*.*"))
