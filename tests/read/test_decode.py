"""Tests for read/decode.py: bytes to text, and reading files with clear errors."""

from __future__ import annotations

import codecs
import gzip
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pagetidy.errors import InputError, PagetidyError
from pagetidy.read.decode import BINARY_REASON, declared_codec, decode, decode_page, read_bytes

PAGE = "<html><body><p>Ça coûte 5 € — déjà vu</p></body></html>"


def html_declaring(charset: str, body: str) -> str:
    head = f'<head><meta charset="{charset}"><title>t</title></head>'
    return f"<html>{head}<body>{body}</body></html>"


# BOMs


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_bom_decodes_and_is_removed(bom, codec):
    assert decode(bom + PAGE.encode(codec)) == PAGE


def test_bom_wins_over_declaration():
    data = codecs.BOM_UTF8 + html_declaring("windows-1252", "café").encode("utf-8")
    assert "café" in decode(data)


# Declared charsets


def test_meta_charset_windows_1252():
    data = b'<html><head><meta charset="windows-1252"></head><body>caf\xe9</body></html>'
    assert decode(data).endswith("café</body></html>")


def test_iso_8859_1_declaration_means_windows_1252():
    data = (
        b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
        b"<p>\x93quoted\x94 \x96 5 \x80</p>"
    )
    assert "“quoted” – 5 €" in decode(data)


@pytest.mark.parametrize("label", ["latin-1", "latin1", "us-ascii", "ascii", "iso8859-1"])
def test_latin_and_ascii_labels_map_to_cp1252(label):
    assert declared_codec(f'<meta charset="{label}">'.encode()) == "cp1252"


def test_xml_encoding_declaration():
    text = '<?xml version="1.0" encoding="ISO-8859-2"?><html><body>Łódź</body></html>'
    assert decode(text.encode("iso-8859-2")) == text


@pytest.mark.parametrize(
    ("charset", "codec", "body"),
    [
        ("Shift_JIS", "shift_jis", "日本語のページです。東京の天気は晴れ。"),
        ("EUC-KR", "euc-kr", "한국어 페이지입니다. 서울의 날씨는 맑음."),
        ("gb2312", "gb2312", "中文网页。北京今天天气晴朗。"),
        ("windows-1251", "cp1251", "Русская страница. Погода в Москве."),
    ],
)
def test_declared_east_asian_and_cyrillic_pages(charset, codec, body):
    text = html_declaring(charset, body)
    assert decode(text.encode(codec)) == text


def test_http_equiv_content_type_declaration():
    text = (
        '<meta http-equiv="content-type" content="text/html;charset=shift_jis">'
        "<p>こんにちは世界</p>"
    )
    assert decode(text.encode("shift_jis")) == text


def test_single_byte_declaration_on_valid_utf8_is_read_as_utf8():
    text = html_declaring("iso-8859-1", "Don’t panic – it’s fine")
    assert decode(text.encode("utf-8")) == text


def test_unknown_declared_charset_is_ignored():
    text = html_declaring("x-no-such-charset", "naïve")
    assert decode(text.encode("utf-8")) == text


def test_declaration_after_2_kb_is_not_read():
    text = "<!--" + "x" * 2100 + '--><meta charset="windows-1251"><p>héllo</p>'
    assert decode(text.encode("utf-8")) == text


# Undeclared text


def test_plain_utf8():
    assert decode(PAGE.encode("utf-8")) == PAGE


def test_empty_bytes():
    assert decode(b"") == ""


def test_invalid_utf8_falls_back_to_windows_1252():
    assert decode(b"caf\xe9 au lait") == "café au lait"


def test_undeclared_cp1252_text():
    text = "Größere Änderungen für Übermorgen; die Straße ist schön."
    assert decode(text.encode("cp1252")) == text


def test_mostly_utf8_with_a_stray_byte():
    data = "naïve café".encode() + b" and caf\xe9"
    assert decode(data) == "naïve café and café"


def test_utf16_without_bom():
    assert decode(PAGE.encode("utf-16-le")) == PAGE
    assert decode(PAGE.encode("utf-16-be")) == PAGE


def test_undecodable_bytes_raise():
    noise = bytes((i * 97 + 31) % 128 + 128 for i in range(3000))
    with pytest.raises(InputError, match="cannot decode"):
        decode(noise, "noise.bin")


# gzip


def test_gzip_is_decompressed_transparently():
    text = html_declaring("windows-1252", "café")
    assert decode(gzip.compress(text.encode("cp1252"))) == text


def test_gzip_with_several_members():
    data = gzip.compress(b"<p>one</p>") + gzip.compress(b"<p>two</p>")
    assert decode(data) == "<p>one</p><p>two</p>"


def test_gzip_over_the_limit_raises():
    data = gzip.compress(b"a" * 10_000)
    with pytest.raises(InputError, match="more than 1000 bytes"):
        decode(data, "big.html.gz", max_bytes=1000)
    assert decode(data, max_bytes=10_000) == "a" * 10_000


def test_corrupt_gzip_raises():
    data = gzip.compress(b"<p>hello</p>" * 50)
    with pytest.raises(InputError, match="gzip"):
        decode(data[:-30], "cut.gz")
    with pytest.raises(InputError, match="corrupt gzip"):
        decode(data[:10] + b"\xff" * 40, "bad.gz")


# Binary data


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"GIF89a\x01\x00\x01\x00",
    ],
    ids=["png", "pdf", "zip", "jpeg", "gif"],
)
def test_binary_signatures_are_refused(data):
    with pytest.raises(InputError) as caught:
        decode(data, "file.bin")
    assert caught.value.reason == BINARY_REASON
    assert str(caught.value) == f"file.bin: {BINARY_REASON}"


def test_gzip_of_binary_is_refused():
    with pytest.raises(InputError, match="binary data"):
        decode(gzip.compress(b"\x89PNG\r\n\x1a\n" + bytes(range(256))))


def test_control_bytes_are_refused():
    data = bytes(range(256)) * 8
    with pytest.raises(InputError, match="binary data"):
        decode(data)


def test_a_few_control_bytes_are_tolerated():
    assert decode(b"<p>tab\there\x0cform feed</p>") == "<p>tab\there\x0cform feed</p>"


# read_bytes


def test_read_bytes(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_bytes(b"<p>hi</p>")
    assert read_bytes(path, 100) == b"<p>hi</p>"


def test_read_bytes_missing_file(tmp_path: Path):
    path = tmp_path / "missing.html"
    with pytest.raises(InputError) as caught:
        read_bytes(path, 100)
    assert caught.value.reason == "no such file"
    assert caught.value.path == str(path)
    assert isinstance(caught.value, PagetidyError)


def test_read_bytes_directory(tmp_path: Path):
    with pytest.raises(InputError, match="is a directory"):
        read_bytes(tmp_path, 100)


def test_read_bytes_too_large(tmp_path: Path):
    path = tmp_path / "big.html"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputError, match="too large"):
        read_bytes(path, 100)
    assert read_bytes(path, 101) == b"x" * 101


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads all")
def test_read_bytes_permission_denied(tmp_path: Path):
    path = tmp_path / "secret.html"
    path.write_bytes(b"<p>hi</p>")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            read_bytes(path, 100)
    finally:
        path.chmod(0o600)


def test_read_bytes_permission_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "secret.html"
    path.write_bytes(b"<p>hi</p>")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError) as caught:
        read_bytes(path, 100)
    assert str(caught.value) == f"{path}: permission denied"


@settings(max_examples=60)
@given(st.binary(max_size=600))
def test_decode_returns_text_or_raises_input_error(data):
    try:
        text = decode(data)
    except InputError as error:
        assert error.reason
    else:
        assert not text.startswith("\ufeff")


# The UTF-8 bytes decode_page hands on (an HTML parser takes them instead of re-encoding)

ZH_PAGE = "<html><body><p>今天天气很好，我们去公园散步。</p></body></html>"


@pytest.mark.parametrize(
    "data",
    [
        PAGE.encode("utf-8"),  # undeclared UTF-8
        ZH_PAGE.encode("utf-8"),
        html_declaring("utf-8", "déjà vu").encode("utf-8"),
        html_declaring("iso-8859-1", "déjà vu").encode("utf-8"),  # mis-declared UTF-8
        html_declaring("windows-1252", "plain ASCII").encode("ascii"),
        gzip.compress(PAGE.encode("utf-8")),
    ],
)
def test_decode_page_hands_on_utf8_bytes(data):
    text, utf8 = decode_page(data)
    assert text == decode(data)
    assert utf8 == text.encode("utf-8")


@pytest.mark.parametrize(
    "data",
    [
        html_declaring("windows-1252", "déjà vu").encode("cp1252"),
        html_declaring("shift_jis", "日本語のページ").encode("shift_jis"),
        codecs.BOM_UTF8 + PAGE.encode("utf-8"),  # the BOM is not in the text
        PAGE.encode("utf-16-le"),
        "naïve café and ".encode() + b"caf\xe9",  # mostly UTF-8: a stray byte
    ],
)
def test_decode_page_gives_no_bytes_for_other_encodings(data):
    text, utf8 = decode_page(data)
    assert text == decode(data)
    assert utf8 is None
