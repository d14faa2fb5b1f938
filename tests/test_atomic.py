"""atomic_stream: the old file or the complete new one, never half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

from pagetidy.write import atomic_stream, atomic_write


def test_the_new_content_replaces_the_file_at_the_end(tmp_path: Path):
    path = tmp_path / "out.jsonl"
    path.write_text("old\n", encoding="utf-8")
    with atomic_stream(path) as stream:
        stream.write("new\n")
        assert path.read_text(encoding="utf-8") == "old\n"
    assert path.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


@pytest.mark.parametrize(("keep_partial", "expected"), [(False, "old\n"), (True, "part\n")])
def test_an_interruption_keeps_the_old_file_or_the_part(
    tmp_path: Path, keep_partial: bool, expected: str
):
    path = tmp_path / "errors.jsonl"
    path.write_text("old\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_stream(path, keep_partial=keep_partial) as out:
        out.write("part\n")
        raise KeyboardInterrupt
    assert path.read_text(encoding="utf-8") == expected
    assert [p.name for p in tmp_path.iterdir()] == ["errors.jsonl"]


@pytest.mark.parametrize("write", ["atomic_write", "atomic_stream"])
def test_interrupt_inside_mkstemp_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write: str
):
    """Ctrl-C can land after mkstemp made the file but before it returned its name."""
    real = tempfile.mkstemp

    def interrupted(*args: Any, **kwargs: Any) -> tuple[int, str]:
        handle, _ = real(*args, **kwargs)
        os.close(handle)
        raise KeyboardInterrupt

    monkeypatch.setattr(tempfile, "mkstemp", interrupted)
    target = tmp_path / "page.txt"
    with pytest.raises(KeyboardInterrupt):
        if write == "atomic_write":
            atomic_write(target, "text")
        else:
            with atomic_stream(target) as stream:
                stream.write("text")
    assert list(tmp_path.iterdir()) == []
