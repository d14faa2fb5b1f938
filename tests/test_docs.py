"""The README covers every command, option and filter name (sqlite-utils' docs test)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from pagetidy.cli import cli
from pagetidy.config import ALL_FILTERS

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)
OPTIONS = sorted(
    {
        opt
        for command in [cli, *cli.commands.values()]
        for param in command.params
        if isinstance(param, click.Option)
        for opt in param.opts
        if opt.startswith("--") and opt not in ("--help", "--version")
    }
)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_documented_and_has_help(command: str):
    assert f"pagetidy {command}" in README
    assert cli.commands[command].help


@pytest.mark.parametrize("option", OPTIONS)
def test_option_is_documented(option: str):
    assert f"`{option}" in README or f"{option} " in README


@pytest.mark.parametrize("name", [each.name for each in ALL_FILTERS])
def test_filter_is_documented(name: str):
    assert f"| `{name}` |" in README


def test_completion_is_documented():
    assert "_PAGETIDY_COMPLETE=bash_source pagetidy" in README
