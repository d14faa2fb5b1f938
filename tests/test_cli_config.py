"""The CLI's configuration side: --explain, filters, config, --skip/--only, files, markdown.

stdout and stderr are asserted separately; files live in tmp_path with absolute paths.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import pagetidy
from pagetidy.cli import cli
from pagetidy.config import ALL_FILTERS, filter_names
from pagetidy.explain import to_plain
from pagetidy.pipeline import FILTER_NAMES
from tests.conftest import FIXTURES
from tests.test_cli import PAGE


def invoke(*args: str, stdin: str | None = None, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin, env=env, prog_name="pagetidy")


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no pagetidy.toml of the project is picked up
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def write_config(folder: Path, text: str) -> Path:
    path = folder / "pagetidy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_explain_is_plain_when_not_a_terminal(page: Path):
    result = invoke("clean", str(page), "--explain")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == to_plain(pagetidy.clean(PAGE, source=str(page)))
    assert "- [breadcrumb:separator_chain] Home > City > Council (3 segments)\n" in result.stdout
    assert "\x1b[" not in result.stdout


def test_explain_with_another_format_prints_that_format(page: Path):
    result = invoke("clean", str(page), "--explain", "--format", "json")
    assert json.loads(result.stdout)["removed"]


def test_filters_lists_every_filter_the_pipeline_runs(page: Path):
    result = invoke("filters")
    assert result.exit_code == 0
    named = [line.split(" ")[0] for line in result.stdout.splitlines() if not line[:1].isspace()]
    assert named == ["rules", *FILTER_NAMES] == list(filter_names(ALL_FILTERS))
    assert "span (on by default)\n  Drop what lies outside" in result.stdout
    assert "  gap_cost = 0.5\n" in result.stdout
    assert "gap_cost = 0.3  (default 0.5)" in invoke("filters", "--favor", "recall").stdout


def test_skip_changes_the_result(page: Path):
    default = invoke("clean", str(page))
    skipped = invoke(
        "clean", str(page), "--skip", "toolbar", "--skip", "boilerplate", "--skip", "span"
    )
    assert "Share Tweet Email" not in default.stdout
    assert skipped.stdout.endswith("complaints about dust.\n\nShare Tweet Email\n")
    only = json.loads(invoke("clean", str(page), "--only", "breadcrumb", "-f", "json").stdout)
    assert {each["filter"] for each in only["removed"]} == {"breadcrumb"}


@pytest.mark.parametrize("option", ["--skip", "--only"])
def test_unknown_filter_is_a_usage_error_listing_the_valid_ones(page: Path, option: str):
    result = invoke("clean", str(page), option, "spam")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "'spam' is not one of 'rules', 'markup', 'product', 'dump', 'comments'" in result.stderr


def test_config_rules_drop_and_keep(page: Path, tmp_path: Path):
    write_config(
        tmp_path,
        '[rules]\ndrop = [{pattern = "^Residents who", regex = true}]\n'
        'keep = ["Share Tweet Email"]\n',
    )
    result = invoke("clean", str(page))
    assert result.exit_code == 0, result.stderr
    assert "Residents who live" not in result.stdout  # the defaults keep it
    assert result.stdout.endswith("officials said.\n\nShare Tweet Email\n")  # they drop this
    assert "Residents who live" in invoke("clean", str(page), "--no-config").stdout


def test_config_sets_option_defaults_and_the_command_line_wins(page: Path, tmp_path: Path):
    write_config(tmp_path, 'format = "json"\nskip = ["toolbar", "boilerplate", "span"]\n')
    data = json.loads(invoke("clean", str(page)).stdout)
    assert "Share Tweet Email" in data["text"]
    assert invoke("clean", str(page), "-f", "text").stdout.startswith("Council votes")


def test_pyproject_table_in_a_parent_folder(page: Path, tmp_path: Path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pagetidy]\nskip = ["toolbar", "boilerplate", "span"]\n'
    )
    sub = tmp_path / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    assert "Share Tweet Email" in invoke("clean", str(page)).stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("skip = [\n", ": not valid TOML: "),
        ("colour = 'red'\n", ": colour: unknown key; expected one of: captions, errors, exclude"),
        ("format = 'yaml'\n", ": format: 'yaml' is not one of 'text', 'json', 'markdown'"),
        ("[filters.span]\ngap_cost = 'x'\n", ": filters.span.gap_cost: expected a number"),
    ],
)
def test_bad_config_is_one_error_line_and_exit_2(page: Path, tmp_path: Path, text, expected):
    path = write_config(tmp_path, text)
    for args in (["clean", str(page)], ["config"], ["filters"]):
        result = invoke(*args)
        assert result.exit_code == 2
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1
        assert lines[0].startswith(f"pagetidy: error: {path}{expected}")


def test_config_flag_names_a_file_and_missing_one_is_an_error(page: Path, tmp_path: Path):
    other = tmp_path / "site.toml"
    other.write_text('skip = ["toolbar", "boilerplate", "span"]\n')
    assert "Share Tweet Email" in invoke("clean", str(page), "--config", str(other)).stdout
    missing = invoke("clean", str(page), "--config", str(tmp_path / "nope.toml"))
    assert missing.exit_code == 2
    assert missing.stderr == f"pagetidy: error: {tmp_path / 'nope.toml'}: no such file\n"


def test_config_command_shows_values_and_origins(page: Path, tmp_path: Path):
    path = write_config(
        tmp_path, 'favor = "recall"\nformat = "json"\n[filters.span]\ngap_cost = 0.6\n'
    )
    result = invoke("config", "--skip", "toolbar", "--skip", "span")
    assert result.exit_code == 0, result.stderr
    lines = {
        line.split("#")[0].strip(): line.split("#")[-1].strip()
        for line in result.stdout.splitlines()
        if "=" in line
    }
    assert lines['skip = ["span", "toolbar"]'] == "command line"
    assert lines['favor = "recall"'] == str(path)
    assert lines['format = "json"'] == str(path)
    assert lines['input_format = "auto"'] == "default"
    assert lines["gap_cost = 0.6"] == str(path)
    assert lines["max_segment_words = 4"] == "favor = 'recall'"


def test_no_captions(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    source = FIXTURES / "repeated_captions" / "input.txt"
    captions = pagetidy.clean(source.read_bytes()).captions
    result = invoke("clean", str(source), "--no-captions")
    assert captions
    assert all(caption not in result.stdout for caption in captions)


def test_markdown_format(page: Path):
    result = invoke("clean", str(page), "--format", "markdown")
    assert result.exit_code == 0
    assert result.stdout.startswith(
        '---\nsite: "Daily Courier"\nbyline: "Jane Doe"\n---\n\n# Council votes'
    )


def test_shell_completion_lists_commands_and_filters(page: Path):
    env = {"_PAGETIDY_COMPLETE": "bash_complete", "COMP_WORDS": "pagetidy fil", "COMP_CWORD": "1"}
    assert "filters" in invoke(env=env).stdout
    env = {
        "_PAGETIDY_COMPLETE": "bash_complete",
        "COMP_WORDS": "pagetidy clean x --skip sp",
        "COMP_CWORD": "4",
    }
    assert "span" in invoke(env=env).stdout


def test_api_result_equals_the_cli_json(page: Path):
    cli_json = json.loads(invoke("clean", str(page), "-f", "json", "--favor", "recall").stdout)
    article = pagetidy.clean(page.read_bytes(), source=str(page), favor="recall")
    assert article.to_dict() == cli_json


def test_explain_on_a_terminal_is_styled(page: Path):
    from pagetidy.explain import render_explain

    styled = render_explain(pagetidy.clean(PAGE), color=True)
    assert "\x1b[" in styled
    assert "[breadcrumb:separator_chain]" in styled
