"""Markup authors: which key wins, the site's own name as a last resort, names as printed.

All names and sites are invented.
"""

from __future__ import annotations

from pagetidy import clean
from pagetidy.author_markup import as_printed, markup_byline, site_author
from pagetidy.model import Block, Page

PROSE = (
    "The harbour council voted on Tuesday to close the old bridge for two years of "
    "repairs, and the mayor said the ferry would run every twenty minutes instead."
)


def _page(*meta: tuple[str, str], blocks: tuple[Block, ...] = ()) -> Page:
    return Page("-", "html", blocks, meta)


def test_json_ld_author_wins_over_meta_and_page_author():
    page = _page(
        ("author", "Ola Berg"), ("ld:page_author", "Ines Falk"), ("ld:author", "Marta Quintero")
    )
    assert markup_byline(page) == "Marta Quintero"
    assert markup_byline(_page(("ld:page_author", "Ines Falk"))) == "Ines Falk"
    assert markup_byline(_page(("article:author", "https://social.example/ola"))) is None
    assert markup_byline(_page(("article:author", "Ola Berg"))) == "Ola Berg"


def test_site_name_author_is_only_a_last_resort():
    meta = (("og:site_name", "Harbour Times"), ("author", "Harbour Times"))
    assert markup_byline(_page(*meta)) is None
    assert site_author(_page(*meta)) == "Harbour Times"
    assert site_author(_page(("og:site_name", "Harbour Times"), ("author", "Ola Berg"))) is None


def test_several_authors_joined_as_the_page_prints_them():
    names = ["Anna Schmidt", "Jonas Weber", "Ines Falk"]
    printed = [Block(0, "Von Anna Schmidt, Jonas Weber und Ines Falk · 3 Min.")]
    assert as_printed(names, printed) == "Anna Schmidt, Jonas Weber und Ines Falk"
    korean = [Block(0, "김민수 및 박지민 기자")]
    assert as_printed(["김민수", "박지민"], korean) == "김민수 및 박지민"
    # the names in one line of prose are no byline: the markup's own join
    prose = [Block(0, "Anna Schmidt met Jonas Weber at the harbour.")]
    assert as_printed(names[:2], prose) == "Anna Schmidt, Jonas Weber"


def test_html_company_blog_signed_with_its_own_name():
    head = (
        "<meta property='og:site_name' content='Nordvik Studio'>"
        "<meta name='author' content='Nordvik Studio'>"
        "<meta property='article:published_time' content='2025-03-03'>"
    )
    body = f"<article><h1>Five ways to light a small room</h1><p>{PROSE}</p></article>"
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    assert clean(html, input_format="html").facts.byline == "Nordvik Studio"
    signed = body.replace("</h1>", "</h1><p class='byline'>By Ruth Calder</p>")
    html = f"<html><head>{head}</head><body>{signed}</body></html>"
    assert clean(html, input_format="html").facts.byline == "Ruth Calder"
