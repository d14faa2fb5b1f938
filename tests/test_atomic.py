"""atomic_stream: the old file or the complete new one, never half a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from pagetidy.write import atomic_stream


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
