"""Hostile and broken pages, generated here (nothing big is committed): output or one error.

Sizes are test-friendly; ``benchmarks/nasty.py`` runs the full sizes (100 MB single line,
one million lines, 100,000 nested elements) with time and memory figures.
"""

from __future__ import annotations

import gzip
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import pagetidy
from pagetidy.cli import cli
from pagetidy.write import to_text
from tests.pages import PROSE

ARTICLE = "\n\n".join(
    [
        "Home > News > World",
        "Council votes to close the old coal plant by 2030",
        "By Jane Doe",
        *PROSE[:5],
        "Share Tweet Email",
    ]
)
"""A small page whose prose must survive every re-encoding and damage below."""
BODY = PROSE[:5]
CHINESE = "市议会周一投票决定在本十年结束前关闭这座旧燃煤电厂，官员们表示。"


def clean_cli(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(cli, ["clean", *args], input=stdin)


def assert_one_error(result, reason: str) -> None:
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("pagetidy: error: ")
    assert reason in result.stderr


# -- empty and blank pages -----------------------------------------------------------------


@pytest.mark.parametrize(
    "data", ["", b"", " ", "\n\n\n", "\u00a0\u00a0\n\u00a0", "\t \r\n\u200b\ufeff", b"\xef\xbb\xbf"]
)
def test_empty_and_blank_pages_give_empty_output(data: str | bytes):
    result = pagetidy.clean(data)
    assert result.kept == () and result.drops == () and to_text(result) == ""


# -- binary files named .txt ---------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 4


@pytest.mark.parametrize("data", [PNG, PDF, b"\x00" * 5000, bytes(range(32)) * 100])
def test_binary_renamed_txt_is_one_clear_error(tmp_path: Path, data: bytes):
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    assert_one_error(clean_cli(str(path)), "binary data")
    assert path.read_bytes() == data


def test_a_few_nul_bytes_in_a_page_keep_the_text():
    data = ARTICLE.encode().replace(b"state media said", b"state media\x00 said", 1)
    text = to_text(pagetidy.clean(data))
    assert "state media\x00 said" in text
    assert BODY[1] in text


# -- encodings -------------------------------------------------------------------------------


def test_invalid_utf8_in_the_middle_keeps_every_sentence():
    good = ARTICLE.encode("utf-8")
    middle = good.index(BODY[2].encode()) - 2
    damaged = good[:middle] + b"\xff\xfe\xc3(\x80" + good[middle:]
    text = to_text(pagetidy.clean(damaged))
    for sentence in BODY:
        assert sentence in text


@pytest.mark.parametrize(
    ("codec", "sentences"),
    [
        ("utf-16", BODY),
        ("utf-16-le", BODY),
        ("utf-16-be", BODY),
        ("utf-8-sig", BODY),
        ("gb18030", (PROSE[0], CHINESE)),
        ("cp1252", (PROSE[0], PROSE[1], PROSE[3])),
        ("shift_jis", (PROSE[0], PROSE[1], PROSE[5])),
        ("euc-kr", (PROSE[0], PROSE[1], PROSE[6])),
    ],
)
def test_encoded_pages_read_like_the_text(codec: str, sentences: tuple[str, ...]):
    page = "\n\n".join(["Council votes to close the old coal plant by 2030", *sentences])
    expected = to_text(pagetidy.clean(page))
    assert to_text(pagetidy.clean(page.encode(codec))) == expected
    for sentence in sentences:
        assert sentence in expected


def test_gzip_page_reads_like_the_text():
    assert to_text(pagetidy.clean(gzip.compress(ARTICLE.encode()))) == to_text(
        pagetidy.clean(ARTICLE)
    )


# -- line endings, scripts -----------------------------------------------------------------


@pytest.mark.parametrize("ending", ["\r", "\r\n", "\n\r", "\u2028"])
def test_other_line_endings_keep_the_article(ending: str):
    text = to_text(pagetidy.clean(ARTICLE.replace("\n", ending)))
    for sentence in BODY:
        assert sentence in text


def test_right_to_left_and_mixed_scripts_are_kept_in_order():
    page = "\n\n".join(
        [
            "\u202bקו ראשי\u202c",
            PROSE[7],
            PROSE[8],
            "Mixed: Москва 東京 서울 القاهرة Αθήνα नई दिल्ली, officials said in every language.",
            PROSE[5],
            PROSE[6],
        ]
    )
    kept = pagetidy.clean(page).paragraphs
    for sentence in (PROSE[7], PROSE[8], PROSE[5], PROSE[6]):
        assert sentence in kept
    assert [p for p in kept if p in PROSE] == [PROSE[7], PROSE[8], PROSE[5], PROSE[6]]


def test_a_page_that_is_all_comment_thread_is_cleaned():
    thread = ["12 Comments"] + [
        f"reader{n} · {n} hours ago\n\nI think the council is right about the plant, number {n}."
        for n in range(40)
    ]
    result = pagetidy.clean("\n\n".join(thread))
    assert len(result.kept) + len(result.drops) == len(result.page.blocks)


# -- HTML ----------------------------------------------------------------------------------


def clean_html(page: str) -> pagetidy.Result:
    return pagetidy.clean(page, input_format="html")


def test_html_page_is_read_as_html():
    result = pagetidy.clean("<!doctype html><html><body><p>Hi there, reader.</p></body></html>")
    assert result.page.mode == "html"


def test_unclosed_script_swallowing_the_page():
    page = "<html><body><p>First paragraph of the article, officials said.</p><script>var a = 1;"
    page += "<p>This paragraph sits inside the unclosed script.</p>" * 200
    result = clean_html(page)
    assert all("var a" not in block.text for block in result.kept)


def test_deeply_nested_html():
    depth = 5_000
    page = "<html><body>" + "<div>" * depth + "<p>Deep text, officials said.</p>"
    result = clean_html(page + "</div>" * depth)
    assert len(result.kept) + len(result.drops) == len(result.page.blocks)


# -- size limits ---------------------------------------------------------------------------


def test_max_bytes_applies_to_str_bytes_and_gzip():
    big = "word " * 2_000
    for data in (big, big.encode(), gzip.compress(big.encode())):
        with pytest.raises(pagetidy.InputError, match="more than 5000 bytes"):
            pagetidy.clean(data, max_bytes=5_000)


def test_max_bytes_applies_to_files_stdin_and_gzip_in_the_cli(tmp_path: Path):
    data = b"word " * 2_000
    plain, packed = tmp_path / "page.txt", tmp_path / "page.txt.gz"
    plain.write_bytes(data)
    packed.write_bytes(gzip.compress(data))
    assert_one_error(clean_cli(str(plain), "--max-bytes", "5000"), "more than 5000 bytes")
    assert_one_error(clean_cli(str(packed), "--max-bytes", "5000"), "more than 5000 bytes")
    assert_one_error(clean_cli("-", "--max-bytes", "5000", stdin=data), "more than 5000 bytes")


def test_gzip_bomb_is_refused_without_inflating_it():
    bomb = gzip.compress(b"\0" * 20_000_000)
    started = time.perf_counter()
    with pytest.raises(pagetidy.InputError, match="inflates to more than"):
        pagetidy.clean(bomb, max_bytes=1_000_000)
    assert time.perf_counter() - started < 2


def test_a_million_lines_are_refused_at_once():
    lines = "x\n" * 1_000_000
    started = time.perf_counter()
    with pytest.raises(pagetidy.InputError, match="too many lines"):
        pagetidy.clean(lines)
    assert time.perf_counter() - started < 2
    assert_one_error(clean_cli("-", stdin=lines.encode()), "too many lines")


def test_max_lines_counts_lines_like_the_reader():
    assert pagetidy.clean("a\n" * 10, max_lines=10).page.blocks
    with pytest.raises(pagetidy.InputError, match="more than 10"):
        pagetidy.clean("a\r" * 11, max_lines=10)


# -- big and adversarial lines (a quadratic step would take minutes at these sizes) ---------

LONG_LINES: dict[str, Callable[[], str]] = {
    "letters": lambda: "a" * 100_000,
    "numbered": lambda: "1." * 50_000,
    "quote-markers": lambda: " >" * 50_000,
    "hashes": lambda: "#" * 100_000,
    "spaced-hashes": lambda: "# " * 50_000,
    "dates": lambda: "2019-11-20 12 March 2020 1.1.2020 " * 3_000,
    "date-junk": lambda: "12 March 20 " * 8_000,
    "brackets": lambda: "[" * 50_000 + "x",
    "credits": lambda: "x [AP] " * 15_000,
    "emails": lambda: "a." * 50_000 + "@",
    "handles": lambda: " @ab" * 25_000,
    "separators": lambda: "Home > " * 15_000,
    "pipes": lambda: "a | " * 25_000,
    "copyright": lambda: "(c) 2025 " * 10_000,
    "counters": lambda: "(1/" * 30_000,
    "cjk": lambda: "日本語の文章です。" * 10_000,
    "hangul-dates": lambda: "2025년 8월 15일 " * 7_000,
    "nbsp": lambda: "a\u00a0" * 50_000,
    "tabs-then-text": lambda: "\t" * 100_000 + "text",
}


@pytest.mark.parametrize("name", LONG_LINES)
def test_adversarial_long_line_is_linear(name: str):
    text = LONG_LINES[name]()
    started = time.perf_counter()
    result = pagetidy.clean(text, input_format="text")
    elapsed = time.perf_counter() - started
    assert elapsed < 5, f"{name}: {elapsed:.1f} s for {len(text)} characters"
    assert len(result.kept) + len(result.drops) == len(result.page.blocks)


def test_big_single_line_keeps_its_text():
    line = "The council met on Monday and agreed to act, officials said. " * 3_300  # 200 KB
    assert pagetidy.clean(line).text == line.strip()


def test_many_short_lines():
    text = "".join(f"item {n}\n\n" for n in range(10_000))
    result = pagetidy.clean(text)
    assert len(result.page.blocks) == 10_000


def every_pattern() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled str regex at module level in pagetidy, by dotted name."""
    import importlib
    import pkgutil

    found = []
    for info in pkgutil.walk_packages(pagetidy.__path__, "pagetidy."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:
            continue
        for name, value in vars(module).items():
            values = value if isinstance(value, tuple) else (value,)
            for position, item in enumerate(values):
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found.append((f"{info.name}.{name}[{position}]", item))
    return found


UNITS = ("a", " ", "\t", "1.", " >", "#", "1 ", "[", "(1/", "a@", "a-", "12 March ", "日", ": ")


@pytest.mark.parametrize(("name", "pattern"), every_pattern(), ids=lambda v: str(v)[:60])
def test_every_regex_is_fast_on_long_runs(name: str, pattern: re.Pattern[str]):
    if name.startswith("pagetidy.read.detect.LEADING_NOISE"):
        return  # match() only, at the start: linear (an unclosed comment is scanned once)
    for unit in UNITS:
        text = unit * (40_000 // len(unit))
        started = time.perf_counter()
        pattern.search(text)
        list(pattern.finditer(text))
        elapsed = time.perf_counter() - started
        assert elapsed < 1, f"{name} on {unit!r} * n: {elapsed:.2f} s"
