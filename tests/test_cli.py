"""The command line: stdout carries results only, errors are one line, exits are meaningful."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pagetidy.cli import cli

PAGE = """Daily Courier

Home > City > Council

Council votes to close the old coal plant by 2030

By Jane Doe

The council voted on Monday to close the old coal plant by the end of the decade, officials said.

Residents who live near the plant welcomed the decision after years of complaints about dust.

Share Tweet Email
"""


def invoke(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_clean_prints_title_and_article(page: Path):
    result = invoke("clean", str(page))
    assert result.exit_code == 0
    assert result.stdout.startswith(
        "Council votes to close the old coal plant by 2030\n\nThe council voted"
    )
    assert "Share Tweet Email" not in result.stdout
    assert result.stderr == ""


def test_stdin_gives_the_same_output(page: Path):
    assert invoke("clean", "-", stdin=PAGE).stdout == invoke("clean", str(page)).stdout


def test_json_has_the_schema_fields(page: Path):
    data = json.loads(invoke("clean", str(page), "--format", "json").stdout)
    assert data["source"] == str(page)
    assert data["byline"] == "Jane Doe"
    assert data["section"] == ["City", "Council"]
    assert {"text", "filter", "reason", "detail", "index"} <= set(data["removed"][0])
    assert data["text"] == "\n\n".join(data["paragraphs"])


def test_output_file_is_written_and_never_the_input(page: Path, tmp_path: Path):
    out = tmp_path / "out.txt"
    assert invoke("clean", str(page), "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("Council votes")
    refused = invoke("clean", str(page), "-o", str(page))
    assert refused.exit_code == 2
    assert page.read_text(encoding="utf-8") == PAGE
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".tmp")]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (
            lambda tmp: (
                (tmp / "x.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
                and tmp / "x.txt"
            ),
            "binary",
        ),
    ],
)
def test_bad_input_is_one_error_line(tmp_path: Path, make, reason: str):
    path = make(tmp_path)
    result = invoke("clean", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"pagetidy: error: {path}: ")
    assert reason in lines[0]
    assert "Traceback" not in result.output


def test_empty_page_gives_empty_output():
    result = invoke("clean", "-", stdin="")
    assert (result.exit_code, result.stdout) == (0, "")


def test_help_starts_with_examples_and_version_works():
    assert invoke("clean", "--help").stdout.split("\n\n")[1].strip().startswith("Examples:")
    assert invoke("--version").stdout.startswith("pagetidy, version ")


def test_unknown_option_is_a_usage_error(page: Path):
    assert invoke("clean", str(page), "--bogus").exit_code == 2
