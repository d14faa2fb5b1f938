"""Tests for read/detect.py: HTML or text, decided from the content, with a reason."""

from __future__ import annotations

import pytest

from pagetidy.read.detect import detect


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>", "starts with <!doctype html>"),
        ("  \n<!doctype HTML PUBLIC '-//W3C//DTD HTML 4.01//EN'>", "starts with <!doctype html>"),
        ("<html lang='en'><head></head><body>x</body></html>", "starts with <html>"),
        ("<head><title>t</title></head>", "starts with <head>"),
        ("<BODY>Hello</BODY>", "starts with <body>"),
        ("\ufeff<!-- saved page -->\n<html>", "starts with <html>"),
        ("<div class='post'><p>Hello there.</p></div>", "starts with <div>"),
        ("<p>Just a paragraph fragment.</p>", "starts with <p>"),
    ],
)
def test_html_markers_at_the_start(text, reason):
    assert detect(text) == ("html", reason)


def test_xml_declaration_then_html():
    text = '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
    assert detect(text)[0] == "html"


def test_tag_density_without_a_root():
    text = "Saved fragment:" + "<div class='row'><span class='cell'>1</span></div>" * 10
    mode, reason = detect(text)
    assert mode == "html"
    assert reason.startswith("40 html tags in first 4 KB")


def test_plain_text_dump():
    text = "Breaking News\n\nThe council met on Tuesday.\n\n* Home\n* Sport\n"
    mode, reason = detect(text)
    assert mode == "text"
    assert "0 html tags" in reason


def test_text_mentioning_a_tag_once_stays_text():
    text = "How to style text\n\nUse the <b> tag to make text bold, like this.\n" * 3
    assert detect(text)[0] == "text"


def test_tutorial_dump_quoting_html_code_stays_text():
    prose = "This paragraph explains the example below in some detail, step by step. " * 3
    code = "<div>\n  <h1>Title</h1>\n  <p>Body</p>\n</div>\n"
    text = "Intro to HTML\n\n" + (prose + "\n\n" + code + "\n") * 4
    mode, reason = detect(text)
    assert mode == "text"
    assert "markup" in reason


def test_markdown_dump_stays_text():
    text = "# Title\n\n[Home](/) | [About](/about)\n\n**Bold** claim with a <br> in it.\n"
    assert detect(text)[0] == "text"


def test_empty_text():
    assert detect("")[0] == "text"
    assert detect("   \n")[0] == "text"


def test_tag_later_in_a_dump_does_not_count_as_a_start():
    text = "Welcome to our site\n<html> is the root element of a page.\n"
    assert detect(text)[0] == "text"
