"""Planning a batch: which files, in which order, written where, and what is refused."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

from pagetidy.errors import ConfigError
from pagetidy.walk import Selection, output_name, plan_batch


def make(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"page {name}\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "output_format", "expected"),
    [
        ("a.txt", "text", "a.txt"),
        ("a.txt", "json", "a.json"),
        ("x.html.gz", "json", "x.json"),
        ("x.html.gz", "text", "x.txt"),
        ("v1.2.html", "json", "v1.2.json"),
        ("README", "text", "README.txt"),
    ],
)
def test_output_name_swaps_the_extension(name: str, output_format: str, expected: str):
    assert output_name(name, output_format) == expected


def test_plan_mirrors_the_tree_in_stable_order(tmp_path: Path):
    pages = tmp_path / "pages"
    make(pages, "b.txt", "a/z.html.gz", "a/b/c.txt", "a.txt")
    tasks = plan_batch([str(pages)], tmp_path / "out", "json")
    assert [Path(t.path).relative_to(pages).as_posix() for t in tasks] == [
        "a/b/c.txt",
        "a/z.html.gz",
        "a.txt",
        "b.txt",
    ]
    out = tmp_path / "out"
    assert [Path(t.output or "").relative_to(out).as_posix() for t in tasks] == [
        "a/b/c.json",
        "a/z.json",
        "a.json",
        "b.json",
    ]
    assert not any(t.error for t in tasks)


def test_files_and_folders_mixed_keep_the_command_line_order(tmp_path: Path):
    make(tmp_path, "in/x.txt", "one.txt")
    tasks = plan_batch([str(tmp_path / "one.txt"), str(tmp_path / "in")], tmp_path / "o", "text")
    assert [Path(t.output or "").name for t in tasks] == ["one.txt", "x.txt"]


def test_hidden_include_and_exclude(tmp_path: Path):
    make(tmp_path, "p/.cache/a.txt", "p/.b.txt", "p/c.html", "p/d.txt", "p/drafts/e.html")
    pages = str(tmp_path / "p")

    def names(selection: Selection) -> list[str]:
        tasks = plan_batch([pages], None, "jsonl", selection)
        return [Path(t.path).relative_to(pages).as_posix() for t in tasks]

    assert names(Selection()) == ["c.html", "d.txt", "drafts/e.html"]
    assert names(Selection(hidden=True)) == [
        ".b.txt",
        ".cache/a.txt",
        "c.html",
        "d.txt",
        "drafts/e.html",
    ]
    assert names(Selection(include=("*.html",))) == ["c.html", "drafts/e.html"]
    assert names(Selection(exclude=("drafts",))) == ["c.html", "d.txt"]
    assert names(Selection(include=("drafts/*",))) == ["drafts/e.html"]


def test_selection_matches_names_or_relative_paths():
    assert Selection(exclude=("a/*.txt",)).wants(PurePosixPath("a/b.txt"), False) is False
    assert Selection(exclude=("a/*.txt",)).wants(PurePosixPath("c/b.txt"), False) is True


def test_output_folder_inside_the_input_is_left_out(tmp_path: Path):
    make(tmp_path, "pages/a.txt", "pages/clean/a.txt")
    tasks = plan_batch([str(tmp_path / "pages")], tmp_path / "pages" / "clean", "text")
    assert [t.path for t in tasks] == [str(tmp_path / "pages" / "a.txt")]


@pytest.mark.parametrize("output", ["pages", "."])
def test_output_folder_holding_an_input_folder_is_refused(tmp_path: Path, output: str):
    make(tmp_path, "pages/a.txt")
    with pytest.raises(ConfigError, match="holds the input folder"):
        plan_batch([str(tmp_path / "pages")], tmp_path / output, "json")


def test_output_over_an_input_file_is_refused(tmp_path: Path):
    make(tmp_path, "a.txt", "b.txt")
    with pytest.raises(ConfigError, match="is an input"):
        plan_batch([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], tmp_path, "text")


def test_output_that_is_a_file_is_refused(tmp_path: Path):
    make(tmp_path, "p/a.txt", "out")
    with pytest.raises(ConfigError, match="is a file"):
        plan_batch([str(tmp_path / "p")], tmp_path / "out", "text")


def test_two_pages_with_one_output_name_fail_the_second(tmp_path: Path):
    make(tmp_path, "p/a.html", "p/a.txt")
    first, second = plan_batch([str(tmp_path / "p")], tmp_path / "out", "json")
    assert first.error == ""
    assert second.error.startswith("same output as ")


def test_symlink_loop_is_reported_not_followed(tmp_path: Path):
    make(tmp_path, "p/a/x.txt")
    (tmp_path / "p" / "a" / "loop").symlink_to(tmp_path / "p")
    tasks = plan_batch([str(tmp_path / "p")], None, "jsonl")
    assert [(Path(t.path).name, t.error) for t in tasks] == [
        ("loop", "symlink loop: this folder contains itself"),
        ("x.txt", ""),
    ]


def test_broken_symlink_and_special_files_are_errors(tmp_path: Path):
    make(tmp_path, "p/a.txt")
    (tmp_path / "p" / "gone.txt").symlink_to(tmp_path / "nowhere")
    os.mkfifo(tmp_path / "p" / "pipe.txt")
    tasks = plan_batch([str(tmp_path / "p")], None, "jsonl")
    assert [(Path(t.path).name, t.error) for t in tasks] == [
        ("a.txt", ""),
        ("gone.txt", "broken symlink"),
        ("pipe.txt", "not a regular file"),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list any folder")
def test_unreadable_folder_is_an_error_not_fatal(tmp_path: Path):
    make(tmp_path, "p/a.txt", "p/locked/b.txt")
    (tmp_path / "p" / "locked").chmod(0)
    try:
        tasks = plan_batch([str(tmp_path / "p")], None, "jsonl")
    finally:
        (tmp_path / "p" / "locked").chmod(0o755)
    assert [t.error for t in tasks] == ["", "cannot list folder: permission denied"]


def test_unreadable_folder_monkeypatched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    make(tmp_path, "p/a.txt", "p/locked/b.txt")
    real_scandir = os.scandir
    locked = str(tmp_path / "p" / "locked")

    def scandir(path: str):
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    tasks = plan_batch([str(tmp_path / "p")], None, "jsonl")
    assert [t.error for t in tasks] == ["", "cannot list folder: permission denied"]
