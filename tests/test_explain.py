"""--explain's library side: the trail covers every block, replays, and renders stably.

Set UPDATE_GOLDEN=1 to rewrite the golden rendering; review the diff in the commit.
"""

from __future__ import annotations

import io
import os

from rich.console import Console

import pagetidy
from pagetidy.explain import replay, to_plain, to_rich, trail
from tests.conftest import FIXTURES

CASE = FIXTURES / "cookie_banner"
GOLDEN = CASE / "explain.txt"


def cleaned() -> pagetidy.Result:
    source = CASE / "input.txt"
    return pagetidy.clean(source.read_bytes(), source="cookie_banner/input.txt")


def test_plain_rendering_matches_its_golden():
    rendered = to_plain(cleaned())
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(rendered, encoding="utf-8")
    assert rendered == GOLDEN.read_text(encoding="utf-8")


def test_every_block_once_in_order_and_replay_gives_the_output():
    result = cleaned()
    lines = trail(result)
    assert [line.block for line in lines] == list(result.page.blocks)
    assert [line.block for line in lines if line.drop is None] == list(result.kept)
    assert replay(result.page, result.drops) == result.kept
    plain = to_plain(result).splitlines()
    assert sum(line.startswith("- [") for line in plain) == len(result.drops)


def test_rich_rendering_is_styled_and_safe_from_markup():
    page = "Home > News > World\n\n[bold]A fine day[/bold] for the council to meet.\n"
    result = pagetidy.clean(page)
    stream = io.StringIO()
    Console(file=stream, force_terminal=True, color_system="truecolor", width=200).print(
        to_rich(result)
    )
    shown = stream.getvalue()
    assert "\x1b[" in shown
    assert "[bold]A fine day[/bold]" in shown
    assert "[breadcrumb:separator_chain]" in shown
    text = to_rich(result).plain
    assert text == to_plain(result)
