"""Choosing the publication date: stamps near the headline, look-alikes that never count."""

import pytest

from pagetidy.model import Block, Drop, Page
from pagetidy.published import first_post, is_undated, published_of, segment_date, stamp_date
from pagetidy.read.html import read_html
from pagetidy.read.text import read_text

PROSE = "The council voted on Tuesday to close the old harbour bridge for repairs, the mayor said."


def date_of(*lines: str, title_line: int = 0, meta: tuple[tuple[str, str], ...] = ()) -> str | None:
    page = read_text("\n\n".join(lines))
    if meta:
        page = Page(page.source, "html", page.blocks, meta)
    kept = tuple(block for block in page.blocks if block.text == PROSE)
    return published_of(page, (), kept, page.blocks[title_line].index)


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Published: 15 Aug. 2025, 11:15", "2025-08-15T11:15"),
        ("By Ann Lee · March 3, 2025 · 4 min read", "2025-03-03"),
        ("Veröffentlicht am 14. März 2025", "2025-03-14"),
        ("Publicado el 14 de marzo de 2025", "2025-03-14"),
        ("입력 2025.03.14 10:22 수정 2025.03.15 09:00", "2025-03-14T10:22"),
        ("2025年3月14日 10時22分 配信", "2025-03-14T10:22"),
        ("asked Feb 4, 2014 at 13:02", "2014-02-04T13:02"),
    ],
)
def test_stamp_below_the_headline(stamp, iso):
    assert date_of("Harbour bridge to close", stamp, PROSE) == iso


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        (
            "Mar. 4, 2026 * Ann Lee and Ben Cole * Harbour news and views * Ferries, bridges "
            "and islands * Coastal towns",
            "the council said on Tuesday that the old harbour bridge will soon close for repairs",
        ),
        (
            "4. März 2026 * Anna Schmidt und Ben Kohl * Nachrichten vom Hafen * Fähren, Brücken "
            "und Inseln * Küstenorte",
            "der Stadtrat sagte am Dienstag, dass die alte Brücke bald für Reparaturen schließt",
        ),
        (
            "4 de março de 2026 * Ana Ruiz e Bento Costa * Notícias do porto * Balsas, pontes "
            "e ilhas * Cidades costeiras",
            "a câmara disse na terça-feira que a velha ponte do porto vai fechar para obras",
        ),
    ],
)
def test_html2text_star_separates_a_meta_lines_segments(line, sentence):
    assert date_of("Harbour bridge", line, PROSE) == "2026-03-04"
    # a segment that is a sentence: a teaser after its date, no meta line
    date, rest = line.split(" * ", 1)
    assert date_of("Harbour bridge", f"{date} * {sentence} * {rest}", PROSE) is None


@pytest.mark.parametrize(
    ("updated", "plain"),
    [
        ("Updated: 4 March 2025", "1 March 2025"),
        ("Atualizado em 4 de março de 2025", "1 de março de 2025"),
        ("Última atualização: 4 de março de 2025", "1 de março de 2025"),
        ("Bijgewerkt op 4 maart 2025", "1 maart 2025"),
        ("Laatst gewijzigd: 4 maart 2025", "1 maart 2025"),
    ],
)
def test_plain_date_beats_a_nearer_updated_one(updated, plain):
    assert date_of("Harbour bridge", updated, "Ann Lee", plain, PROSE) == "2025-03-01"


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [("14.11.24", "2024-11-14"), ("11/14/24", "2024-11-14"), ("03-12-24", "2024-03-12")],
)
def test_bare_short_year_date_as_the_pages_first_date(stamp, iso):
    assert date_of("Harbour bridge to close", stamp, PROSE) == iso
    # above the headline, as a dump prints a stamp over it
    assert date_of("Menu", stamp, "Harbour bridge to close", PROSE, title_line=2) == iso


def test_bare_short_year_look_alikes_give_none():
    # after another date on the page: an item's date, a score or a version
    assert (
        date_of(
            "Harbour bridge to close",
            "Ann Lee",
            "Related: May 2, 2023",
            PROSE,
            PROSE,
            PROSE,
            PROSE,
            PROSE,
            PROSE,
            "14.11.24",
            PROSE,
        )
        != "2024-11-14"
    )
    # not a bare line: a number in a sentence, a version, a score
    for line in ("Version 14.11.24 is out", "Final score 14-11-24 after extra time", "1.11.24"):
        assert date_of("Harbour bridge to close", line, PROSE) is None


def test_published_beats_updated_and_nearer():
    lines = ("Harbour bridge", "Updated: 4 March 2025", "Published: 1 March 2025", PROSE)
    assert date_of(*lines) == "2025-03-01"


@pytest.mark.parametrize(
    "lookalike",
    [
        "© 2024 Harbour Times. All rights reserved.",
        "Copyright 2024 Harbour Times",
        "Joined: Sun Dec 17, 2023 11:18 am",
        "Mitglied seit 3. März 2020",
        "Special offer – ends Aug 2, 2026",
        "On March 3, 2025, the council met again to discuss the future of the bridge and "
        "the ferry that will replace it while the works go on.",
    ],
)
def test_lookalikes_give_no_date(lookalike):
    assert date_of("Harbour bridge to close", PROSE, lookalike) is None


def test_related_story_dates_far_below_do_not_count():
    lines = ["Harbour bridge to close", PROSE] + [PROSE] * 30 + ["Related", "March 1, 2025"]
    assert date_of(*lines) is None


def test_markup_comes_first():
    meta = (("article:published_time", "2025-02-01T08:00:00Z"),)
    # a printed date a day away is the same one in the reader's time zone
    assert date_of("Harbour", "February 2, 2025", PROSE, meta=meta) == "2025-02-01T08:00:00Z"
    assert date_of("Harbour", PROSE, meta=meta) == "2025-02-01T08:00:00Z"


def test_helpers():
    found = stamp_date("Updated Mar 4, 2025 | Published Mar 1, 2025")
    assert found is not None and found.iso == "2025-03-01"
    assert is_undated("저작권자 © 항구신문 무단 전재 및 재배포 금지")
    assert not is_undated("Posted on May 2, 2025 by Ann Lee")


def _html_without_headline(*lines: str) -> Page:
    page = read_text("\n\n".join(lines))
    return Page(page.source, "html", page.blocks, ())


def test_html_listing_without_headline_gives_no_bare_item_date():
    items = ["March 1, 2025", "Feb 20, 2025", "Jan 9, 2025", "Dec 2, 2024"]
    page = _html_without_headline(*items, PROSE)
    drops = tuple(Drop(block.index, "dateline", "date_line") for block in page.blocks[:4])
    kept = page.blocks[4:]
    assert published_of(page, drops, kept, None) is None
    named = _html_without_headline("Publicado el 1 de marzo de 2025", *items[1:], PROSE)
    drops = tuple(Drop(block.index, "dateline", "date_line") for block in named.blocks[:4])
    assert published_of(named, drops, named.blocks[4:], None) == "2025-03-01"


def test_html_article_without_headline_keeps_its_single_date():
    page = _html_without_headline("3 March 2025", PROSE)
    drops = (Drop(page.blocks[0].index, "dateline", "date_line"),)
    assert published_of(page, drops, page.blocks[1:], None) == "2025-03-03"


@pytest.mark.parametrize(
    "stamp",
    [
        "Posted on June 9, 2025 by Ann Lee - 5 Comments on Harbour bridge to close for the summer",
        "by Ann Lee | Mar 11, 2025 | Harbour news, Bridges, Council",
        "투고 | 2025.06.09 | 항구 소식",
        "Veröffentlicht am 9. Juni 2025 von Anna Lehmann – 5 Kommentare zu Hafenbrücke zu",
    ],
)
def test_long_meta_lines_are_stamps(stamp):
    found = date_of("Harbour bridge to close", stamp, PROSE)
    assert found is not None and found[:10] in ("2025-06-09", "2025-03-11")


@pytest.mark.parametrize(
    "lookalike",
    [
        "On June 9, 2025 the council posted its plan for the bridge works and the ferry.",
        "March 4, 2025 • A harbour town is trying to bring back its old ferry line to the islands",
        "2025年6月9日、市議会は港の橋を夏の間閉鎖する計画を発表し、代わりのフェリーを用意した。",
    ],
)
def test_sentences_with_a_date_are_no_stamps(lookalike):
    assert date_of("Harbour bridge to close", PROSE, lookalike) is None


def test_stamp_near_another_copy_of_the_headline():
    lines = ["Harbour bridge to close", "Published: 2 June 2025", *([PROSE] * 40)]
    lines += ["Harbour bridge to close", PROSE]
    assert date_of(*lines, title_line=len(lines) - 2) == "2025-06-02"


def test_updated_note_near_a_navigation_copy_does_not_count():
    lines = ["Harbour bridge to close", *([PROSE] * 40), "Harbour bridge to close"]
    lines += ["Last updated on Mar 8, 2026. Created using Sitegen 8.2"]
    assert date_of(*lines) is None


def test_far_published_stamp_counts_when_it_is_the_only_one():
    lines = ["How do I close a bridge?", *([PROSE] * 60), "asked Feb 4, 2014 at 13:02", PROSE]
    assert date_of(*lines) == "2014-02-04T13:02"
    two = [*lines, "Posted on March 3, 2020", PROSE]
    assert date_of(*two) is None  # two published dates: a listing's, not the page's
    korean = ["항구 다리 폐쇄", *([PROSE] * 60), "입력 2025.03.14 10:22", PROSE]
    assert date_of(*korean) == "2025-03-14T10:22"


def test_markup_rewritten_on_save_gives_way_to_the_printed_date():
    saved = (
        ("ld:datePublished", "2025-11-05T10:00:00Z"),
        ("ld:dateModified", "2025-11-05T10:00:00Z"),
    )
    assert date_of("Harbour", "January 31, 2024", PROSE, meta=saved) == "2024-01-31"
    assert date_of("항구", "입력 2024.01.31", PROSE, meta=saved) == "2024-01-31"
    # an "updated" line does not replace the markup's publication date
    assert date_of("Harbour", "Updated: January 31, 2024", PROSE, meta=saved) == saved[0][1]
    # distinct published and modified dates: the markup is trusted when the printed date
    # is the same day in another time zone
    kept = (saved[0], ("ld:dateModified", "2025-12-01T10:00:00Z"))
    assert date_of("Harbour", "November 4, 2025", PROSE, meta=kept) == saved[0][1]


def test_html_without_a_found_headline_anchors_on_its_h1():
    page = read_html(
        "<body><nav><a href='/'>Home</a></nav><h1>Hafenbrücke wird gesperrt</h1>"
        "<div class='meta'>Veröffentlicht am 14. März 2025</div>"
        f"<article><p>{PROSE}</p><p>{PROSE}</p></article></body>"
    )
    assert published_of(page, (), page.blocks[-2:], None) == "2025-03-14"


@pytest.mark.parametrize("review", ["5 Dec, 2019", "2019年12月5日", "5. Dezember 2019"])
def test_review_dates_inside_a_page_without_headline_do_not_count(review):
    page = _html_without_headline(PROSE, PROSE, PROSE, PROSE, PROSE, review, PROSE)
    drops = (Drop(page.blocks[5].index, "dateline", "date_stamp"),)
    kept = tuple(block for block in page.blocks if block.index != page.blocks[5].index)
    assert published_of(page, drops, kept, None) is None


def _html_page(body: str, head: str = "") -> Page:
    return read_html(f"<html><head>{head}</head><body>{body}</body></html>")


def _published(page: Page) -> str | None:
    kept = tuple(block for block in page.blocks if block.text == PROSE)
    return published_of(page, (), kept, None)


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ('<meta itemprop="datePublished" content="2025-03-14T10:22:00+09:00">', "2025-03-14"),
        ('<meta name="pubdate" content="2025-03-14">', "2025-03-14"),
        ('<meta name="dc.date" content="2025-03-14">', "2025-03-14"),
        ('<meta name="published-date" content="14.03.2025">', "2025-03-14"),
        ('<meta name="published" content="March 14, 2025">', "2025-03-14"),
        ('<meta property="og:updated_time" content="2025-03-14">', None),  # an update only
        # a published key behind a site's short prefix; not a modified one, nor a long prefix
        ('<meta name="ms.date" content="2025-03-14T00:00:00Z">', "2025-03-14"),
        ('<meta name="w-published-date" content="14.03.2025">', "2025-03-14"),
        ('<meta name="hb:published_date" content="14. März 2025">', "2025-03-14"),
        ('<meta name="w-modified-date" content="2025-03-14">', None),
        ('<meta name="sitemap.date" content="14. März 2025">', None),
        ('<meta name="ms.author" content="14.03.2025">', None),
    ],
)
def test_markup_published_variants(head, iso):
    page = _html_page(f"<h1>Harbour</h1><p>{PROSE}</p>", head)
    found = _published(page)
    assert (found[:10] if found else None) == iso


def test_time_element_by_the_headline():
    body = f"<h1>항구 다리 폐쇄</h1><time datetime='2025-03-14T10:22'>3일 전</time><p>{PROSE}</p>"
    assert _published(_html_page(body)) == "2025-03-14T10:22"


def test_thread_posts_give_the_first_post_date_and_listings_none():
    posts = "".join(
        f"<article><time datetime='{day}'>{n} days ago</time><p>{PROSE}</p></article>"
        for n, day in enumerate(("2024-01-03T11:23", "2024-01-04T08:00", "2024-01-09"))
    )
    assert _published(_html_page(f"<h1>Harbour forum</h1>{posts}")) == "2024-01-03T11:23"
    listing = "".join(
        f"<article><time datetime='{day}'>{n} Tage</time><p>{PROSE}</p></article>"
        for n, day in enumerate(("2025-12-17", "2025-12-14", "2025-12-09"))
    )
    assert _published(_html_page(f"<h1>Hafen-Nachrichten</h1>{listing}")) is None


def test_review_dates_in_markup_do_not_date_the_page():
    reviews = "".join(
        f"<div itemprop=review><meta itemprop=datePublished content={day}><p>{PROSE}</p></div>"
        for day in ("2025-12-02", "2025-10-28", "2025-10-13")
    )
    assert _published(_html_page(f"<h1>Harbour ferry tours</h1>{reviews}")) is None


@pytest.mark.parametrize("item", ["Dec 17, 2025", "2025년 12월 17일", "17. Dezember 2025"])
def test_html_plain_dates_far_below_the_headline_are_items(item):
    body = "<h1>Harbour events</h1>" + f"<p>{PROSE}</p>" * 12 + f"<div>{item}</div>"
    assert _published(_html_page(body)) is None
    near = "<h1>Harbour events</h1>" + f"<div>{item}</div>" + f"<p>{PROSE}</p>" * 12
    assert _published(_html_page(near)) == "2025-12-17"


def _thread_date(posts: tuple[str, ...], header: str = "") -> str | None:
    """A thread page: headline, a header line, some opening text, then posts."""
    body = "".join(
        f"<div class=post><div class=meta><span>Ann</span><div>{stamp}</div></div>"
        f"<p>{PROSE}</p></div>"
        for stamp in posts
    )
    opening = f"<p>{PROSE}</p>" * 12  # the posts stand beyond a plain date's reach
    page = _html_page(f"<h1>Harbour ferry question</h1>{header}{opening}<section>{body}</section>")
    kept = tuple(block for block in page.blocks if block.text == PROSE)
    return published_of(page, (), kept, page.blocks[0].index)


@pytest.mark.parametrize(
    ("posts", "iso"),
    [
        (("#1 · Jan 3, 2024", "#2 · Jan 3, 2024", "#3 · Jan 5, 2024"), "2024-01-03"),
        (("Beitrag vom 3. Januar 2024", "4. Januar 2024", "9. Januar 2024"), "2024-01-03"),
        (("2024년 1월 3일", "2024년 1월 4일", "2024년 1월 9일"), "2024-01-03"),
    ],
)
def test_thread_posts_in_one_markup_place_give_the_first_post(posts, iso):
    assert _thread_date(posts) == iso
    # the thread's header names its last post, by the headline: the first post still wins
    header = "<div>1.2K views 9 replies last post by Bo Jan 26, 2024</div>"
    assert _thread_date(posts, header) == iso


@pytest.mark.parametrize(
    "posts",
    [
        ("Jan 9, 2024", "Jan 4, 2024", "Jan 3, 2024"),  # newest first: a listing
        ("9. Januar 2024", "4. Januar 2024", "3. Januar 2024"),
        ("Jan 9, 2024", "Jan 12, 2024"),  # two posts: not enough to call it a thread
        ("Joined: Jan 3, 2024", "Joined: Jan 4, 2024", "Joined: Jan 9, 2024"),  # members
        ("© 2024 Ann", "© 2024 Ann", "© 2024 Ann"),
    ],
)
def test_stamps_going_back_or_too_few_make_no_thread(posts):
    assert _thread_date(posts) is None


@pytest.mark.parametrize(
    ("stamp", "comments"),
    [
        ("March 3, 2025", ("March 4, 2025", "March 5, 2025", "March 9, 2025")),
        ("3. März 2025", ("4. März 2025", "5. März 2025", "9. März 2025")),
    ],
)
def test_comment_timestamps_do_not_replace_the_article_date(stamp, comments):
    thread = "".join(
        f"<div class=comment><div class=when>{day}</div><p>{PROSE}</p></div>" for day in comments
    )
    page = _html_page(f"<h1>Harbour bridge</h1><div>{stamp}</div><p>{PROSE}</p>{thread}")
    kept = tuple(block for block in page.blocks if block.text == PROSE)[:1]
    assert published_of(page, (), kept, page.blocks[0].index) == "2025-03-03"


def test_related_story_dates_far_below_the_article_make_no_thread():
    related = "".join(
        f"<div class=card><div>{day}</div></div>"
        for day in ("Jan 3, 2024", "Jan 4, 2024", "Jan 9, 2024")
    )
    links = "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(40))
    body = "<h1>Harbour bridge</h1>" + f"<p>{PROSE}</p>" * 3 + f"<ul>{links}</ul>" + related
    page = _html_page(body)
    kept = tuple(block for block in page.blocks if block.text == PROSE)
    assert published_of(page, (), kept, page.blocks[0].index) is None


@pytest.mark.parametrize(
    ("kind", "shown", "iso"),
    [
        ("DiscussionForumPosting", "Jan 26, 2024", "2024-01-03T11:23"),
        ("Question", "26. Januar 2024", "2024-01-03T11:23"),
        ("Review", "Jan 26, 2024", "2024-01-26"),  # a review's date is not the page's
        ("Review", "26. Januar 2024", "2024-01-26"),
    ],
)
def test_forum_post_markup_dates_the_thread(kind, shown, iso):
    item = f'"@type": "{kind}", "datePublished": "2024-01-03T11:23", "author": {{"name": "Ann"}}'
    ld = f'<script type="application/ld+json">{{{item}}}</script>'
    # the headline's "last post" date does not beat the opening post's markup
    body = f"<h1>Harbour ferry question</h1><div>{shown}</div><p>{PROSE}</p>"
    assert _published(_html_page(body, ld)) == iso


def _ld(published: str, modified: str | None = None, og: str = "") -> str:
    dates = f'"datePublished": "{published}"'
    if modified:
        dates += f', "dateModified": "{modified}"'
    og_meta = f'<meta property="og:type" content="{og}">' if og else ""
    return f'{og_meta}<script type="application/ld+json">{{"@type": "Article", {dates}}}</script>'


@pytest.mark.parametrize(
    ("shown", "iso"),
    [
        ("August 19, 2025", "2025-08-19"),  # printed by the headline, months away
        ("19. August 2025", "2025-08-19"),
        ("2025년 8월 19일", "2025-08-19"),
        ("Jan 30, 2025", "2025-01-29T20:47:00Z"),  # a day away: another time zone
        ("© 2025 Harbour Times", "2025-01-29T20:47:00Z"),
    ],
)
def test_printed_date_beats_a_far_markup_date(shown, iso):
    head = _ld("2025-01-29T20:47:00Z", "2025-08-19T13:25:00Z")
    body = f"<h1>Harbour bridge</h1><div>{shown}</div><p>{PROSE}</p>"
    assert _published(_html_page(body, head)) == iso


@pytest.mark.parametrize("shown", ["Updated: August 19, 2025", "Aktualisiert am 19. August 2025"])
def test_printed_update_beats_only_a_template_markup_date(shown):
    body = f"<h1>Harbour bridge</h1><div>{shown}</div><p>{PROSE}</p>"
    # JSON-LD alone, a day the page never prints: the page's own date is its update
    assert _published(_html_page(body, _ld("2025-01-29T20:47:00Z", "2025-08-19"))) == "2025-08-19"
    # the publisher's meta names the published day: an update does not replace it
    meta = '<meta property="article:published_time" content="2025-01-29T20:47:00Z">'
    head = _ld("2025-01-29T20:47:00Z", "2025-08-19") + meta
    assert _published(_html_page(body, head)) == "2025-01-29T20:47:00Z"


@pytest.mark.parametrize(
    ("og", "body_date", "iso"),
    [
        ("website", "", None),  # a template's article object on a landing page
        ("website", "<p>Stand: 16.11.2004</p>", "2004-11-16T15:45:35Z"),  # printed: kept
        ("article", "", "2004-11-16T15:45:35Z"),
        ("", "", "2004-11-16T15:45:35Z"),
    ],
)
def test_markup_article_date_on_a_website_page_counts_only_when_printed(og, body_date, iso):
    head = _ld("2004-11-16T15:45:35Z", "2026-01-20T14:58:14Z", og)
    body = f"<h1>Harbour services</h1><p>{PROSE}</p>{body_date}"
    assert _published(_html_page(body, head)) == iso


@pytest.mark.parametrize(
    ("first", "later", "other"),
    [
        ("11-29-2024, 09:03 AM #1", "11-30-2024, 02:25 PM #{}", "Last Post: 07-19-2006"),
        ("29.11.2024, 09:03 #1", "30.11.2024, 14:25 #{}", "Letzter Beitrag: 19.07.2006"),
    ],
)
def test_a_list_of_other_threads_far_below_does_not_break_the_thread(first, later, other):
    posts = (first, *(later.format(n) for n in range(2, 5)))
    footer = "<p>Similar threads</p>" + "".join(
        f"<div class=post><div class=meta><span>Bo</span><div>{other}</div></div></div>"
        for _ in range(3)
    )
    body = "".join(
        f"<div class=post><div class=meta><span>Ann</span><div>{stamp}</div></div>"
        f"<p>{PROSE}</p></div>"
        for stamp in posts
    )
    gap = "".join(f"<li><a href='/{n}'>Forum {n}</a></li>" for n in range(80))
    opening = f"<p>{PROSE}</p>" * 12  # the posts stand beyond a plain date's reach
    page = _html_page(
        f"<h1>Harbour ferry</h1>{opening}<section>{body}</section><ul>{gap}</ul>"
        f"<section>{footer}</section>"
    )
    kept = tuple(block for block in page.blocks if block.text == PROSE)
    assert published_of(page, (), kept, page.blocks[0].index) == "2024-11-29T09:03"


@pytest.mark.parametrize(
    ("stamp", "timeline"),
    [
        (
            "Published Jan 7, 2026",
            ("January 6, 2026: doors open", "February 4, 2026: ferry", "June 4, 2026: bridge"),
        ),
        (
            "Veröffentlicht am 7. Januar 2026",
            ("6. Januar 2026: Start", "4. Februar 2026: Fähre", "4. Juni 2026: Brücke"),
        ),
    ],
)
def test_dated_lines_of_the_article_itself_are_no_posts(stamp, timeline):
    lines = "".join(f"<div class=item><p>{line}</p></div>" for line in timeline)
    body = f"<h1>Harbour plan</h1><div>{stamp}</div><p>{PROSE}</p>{lines}"
    page = _html_page(body)
    kept = tuple(block for block in page.blocks if block.text == PROSE or ":" in block.text)
    assert published_of(page, (), kept, page.blocks[0].index) == "2026-01-07"


@pytest.mark.parametrize(
    ("days", "label", "iso"),
    [
        (("2005-07-10T00:57", "2005-07-10T01:56", "2005-07-13T12:22"), "years ago", "2005-07-10"),
        (("2005-07-10T00:57", "2005-07-10T01:56", "2005-07-13T12:22"), "vor Jahren", "2005-07-10"),
        (("2005-07-13T12:22", "2005-07-10T01:56", "2005-07-10T00:57"), "years ago", None),
    ],
)
def test_post_times_whose_text_is_no_date_make_a_thread(days, label, iso):
    posts = "".join(
        f"<div class=post><div class=meta><time datetime='{day}'>{n} {label}</time></div>"
        f"<p>{PROSE}</p></div>"
        for n, day in enumerate(days, start=7)
    )
    opening = f"<p>{PROSE}</p>" * 30  # beyond the headline's <time> reach
    page = _html_page(f"<h1>Catering tips</h1>{opening}<section>{posts}</section>")
    kept = tuple(block for block in page.blocks if block.text == PROSE)
    found = published_of(page, (), kept, page.blocks[0].index)
    assert (found[:10] if found else None) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # a teaser or caption glued to its stamp by the dump: the date closes the line
        ("A ferry crosses the bay at dawn. By Ann Lee on Mar. 3, 2025", "2025-03-03"),
        (
            "Die Fähre quert die Bucht im Morgengrauen. Von Anna Schmidt am 3. März 2025",
            "2025-03-03",
        ),
        (
            "Die Fähre quert die Bucht. (Foto: Bildagentur) Veröffentlicht 3. März 2025",
            "2025-03-03",
        ),
        ("Why the ferry is back By Ann Lee — March 3, 2025 6 min read", "2025-03-03"),
        # the date opens the line, avatar junk and a category after it
        ("On March 3, 2025 [a1b2c3d4e5f6?s=96&d=identicon] Ann Lee in Travel", "2025-03-03"),
        ("2025년 3월 3일 a1b2c3d4e5f6?s=150&d=identicon 김민수", "2025-03-03"),
        (
            "Publicado el 3 de marzo de 2025 en Viajes, Consejos, Guías de la costa norte y sur",
            "2025-03-03",
        ),
    ],
)
def test_dates_opening_or_closing_a_line_under_the_headline(line, iso):
    assert date_of("Harbour bridge to close", line, PROSE) == iso


@pytest.mark.parametrize(
    "line",
    [
        # a sentence that ends with a date
        "The council said on Tuesday that the timetable for the ferry and the buses along "
        "the harbour takes effect on March 3, 2025",
        "Der Stadtrat sagte am Dienstag, dass der neue Fahrplan der Fähre und der Busse am "
        "Hafen ab dem 3. März 2025 gilt",
        "© 2025 Harbour Times. All rights reserved. March 3, 2025",  # a copyright line
        # a comment's timestamp: its sentence goes on after the date
        "March 3, 2025 at 8:12 pm the ferry was late again and nobody at the pier could say why",
    ],
)
def test_lines_that_only_mention_a_date_give_none(line):
    assert date_of("Harbour bridge to close", line, PROSE) is None


def test_edge_dates_count_only_right_under_the_headline():
    far = ("Harbour bridge to close", PROSE, PROSE, PROSE, PROSE)
    # a related story's teaser, too long for a stamp
    related = "Ferry fares rise again as the harbour bridge stays shut. By Ann Lee on Mar. 3, 2025"
    assert date_of("Harbour bridge to close", related, PROSE) == "2025-03-03"
    assert date_of(*far, related) is None
    tags = "03.03.2025 [a1b2c3?s=96] Anna Schmidt in Reisen, Hafen, Fähren, Küste, Inseln, Nordsee"
    assert date_of("Alte Hafenbrücke", PROSE, tags, PROSE) == "2025-03-03"
    assert date_of("Alte Hafenbrücke", PROSE, PROSE, PROSE, tags) is None


@pytest.mark.parametrize(
    ("block", "iso"),
    [
        (
            "A short guide to the ferry timetable and its winter changes.\n"
            "Ann Lee @annlee • Jan 26, 2026 • Reading time\nFerries Harbour Timetables",
            "2026-01-26",
        ),
        (
            "Ein kurzer Leitfaden zum Fahrplan der Fähre und seinen Winteränderungen.\n"
            "Anna Schmidt · 26. Januar 2026 · Lesezeit 4 Minuten",
            "2026-01-26",
        ),
        (
            "Um guia rápido do horário da balsa e das mudanças de inverno.\n"
            "Ana Ruiz | 26 de janeiro de 2026",
            "2026-01-26",
        ),
    ],
)
def test_a_date_segment_glued_to_the_teaser_under_the_headline(block, iso):
    assert date_of("Harbour ferry timetable", block, PROSE) == iso
    found = segment_date(block.replace("\n", " "))
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    "block",
    [
        # the date is inside the teaser's sentence, a mark only on one side
        "Ann Lee • The ferry line reopens on Jan 26, 2026 after the repairs at the pier end",
        "Anna Schmidt · Die Fähre fährt ab dem 26. Januar 2026 wieder nach dem alten Fahrplan",
        # a copyright line
        "Harbour Times • © Jan 26, 2026 • All rights reserved",
    ],
)
def test_a_date_segment_look_alike_gives_none(block):
    assert date_of("Harbour ferry timetable", block, PROSE) is None
    assert segment_date(block) is None


def test_an_updated_date_segment_is_not_taken():
    assert segment_date("A short guide. Ann Lee • Updated • Jan 26, 2026 • Ferries") is None
    assert segment_date("Um guia. Ana Ruiz | Atualizado | 26/01/2026") is None
    assert segment_date("Een gids. Anna de Vries · Bijgewerkt · 26-01-2026") is None


def test_text_only_date_of_the_page_before_the_article():
    # the headline found is a navigation line; the page's one date sits above the article
    for nav, date, prose in (
        ("Our Services", "March 3, 2025", PROSE),
        ("Unsere Leistungen", "03.03.2025", PROSE),
        ("サービス", "2025年3月3日", PROSE),
    ):
        lines = [nav, *(["Menu entry"] * 30), "Harbour bridge to close", date, *([prose] * 6)]
        assert (date_of(*lines) or "")[:10] == "2025-03-03"
        # two different days on the page: a listing, or comments; no guess
        assert date_of(*lines, "Related", "April 9, 2024") is None
        # the date after most of the article: a footer's or a comment's, no guess
        footer = [nav, *(["Menu entry"] * 30), *([prose] * 6), date, prose]
        assert date_of(*footer) is None
        # a copyright year is no date
        assert date_of(nav, *(["Menu entry"] * 30), "© 2025 Harbour Times", *([prose] * 6)) is None


@pytest.mark.parametrize(
    ("last", "first"),
    [
        ("Last post: 01/12/2025 at 6:49 pm", "28/11/2025 at 7:07 pm"),
        ("Letzter Beitrag: 01.12.2025, 18:49", "28.11.2025, 19:07"),
        ("Dernier message : 1 décembre 2025", "28 novembre 2025"),
        ("最終投稿 2025年12月1日", "2025年11月28日"),
    ],
)
def test_thread_last_post_line_is_no_publication_date(last, first):
    found = date_of("Would you work in childcare?", "13 answers", last, "Mod Ann", first, PROSE)
    assert (found or "")[:10] == "2025-11-28"


@pytest.mark.parametrize(
    "posts",
    [
        ("#1 · Jan 3, 2024", PROSE, "#2 · Jan 5, 2024", PROSE),
        ("01-03-2024, 09:03 AM #1", "woodfan", PROSE, "01-05-2024, 01:50 PM #2", PROSE),
        ("#1 2024-01-03 15:14:37", "Beitrag", PROSE, "#2 2024-01-05 06:23:21", PROSE),
    ],
)
def test_thread_first_post_gives_the_date_wherever_it_stands(posts):
    # the headline found is the post title printed under the first post's header
    lines = ("Forum", *posts[:2], "Saw blade wobbles", *posts[2:])
    assert (date_of(*lines, title_line=3) or "")[:10] == "2024-01-03"


def test_a_number_one_that_is_no_post_number_gives_no_thread_date():
    lines = ("Harbour bridge to close", "Ranked #1 on May 2, 2024", PROSE, "Top #2 list", PROSE)
    assert date_of(*lines) == "2024-05-02"  # a plain stamp by the headline
    alone = ("Harbour bridge", *([PROSE] * 30), "#1 · Jan 3, 2024", PROSE)  # no post #2
    assert date_of(*alone) is None


def _facts_date(body: str, head: str = "") -> str | None:
    from pagetidy import clean

    found = clean(_page_html(body, head), input_format="html").facts.published
    return found[:10] if found else None


def _page_html(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("headline", "stamp", "other"),
    [
        ("Harbour bridge to close", "May 31, 2024", "Ferry fares rise again"),
        ("Hafenbrücke wird gesperrt", "31. Mai 2024", "Fährpreise steigen wieder"),
    ],
)
def test_the_h1_copy_of_the_headline_anchors_the_date(headline, stamp, other):
    # a "most read" box prints the headline above the article's own <h1>
    popular = f"<div class=popular><p>{other}</p><p>{headline}</p></div>"
    nav = "".join(f"<div class=menu>Menu {n}</div>" for n in range(12))
    body = (
        f"{popular}{nav}<h1>{headline}</h1><div class=meta>{stamp}</div>"
        f"<article>{f'<p>{PROSE}</p>' * 4}</article>"
    )
    head = f"<title>{headline}</title>"
    assert _facts_date(body, head) == "2024-05-31"
    # the look-alike: no <h1>, the box's copy is all there is; its neighbour date is far
    alone = body.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    page = _html_page(alone, head)
    copy = next(block.index for block in page.blocks if block.text == headline)
    from pagetidy.facts import headline_of

    assert headline_of(page, (), page.blocks)[1] == copy


def _listing(items: tuple[str, ...], tag: str = "div") -> str:
    return "".join(
        f"<div class=item><h2>Story {n}</h2><{tag} class=date>{item}</{tag}><p>{PROSE}</p></div>"
        for n, item in enumerate(items)
    )


@pytest.mark.parametrize(
    "items",
    [
        ("Dec 17, 2025", "Dec 14, 2025", "Dec 9, 2025", "Nov 30, 2025"),
        ("17. Dezember 2025", "14. Dezember 2025", "9. Dezember 2025", "30. November 2025"),
        ("2025년 12월 17일", "2025년 12월 14일", "2025년 12월 9일", "2025년 11월 30일"),
    ],
)
def test_a_listings_item_stamps_do_not_date_the_page(items):
    # the listing's <h1> names a section; the first item's date stands right under it
    assert _facts_date(f"<h1>News</h1>{_listing(items)}") is None


@pytest.mark.parametrize(
    ("stamp", "items", "iso"),
    [
        ("March 3, 2025", ("Dec 17, 2025", "Dec 14, 2025", "Dec 9, 2025"), "2025-03-03"),
        (
            "3. März 2025",
            ("17. Dezember 2025", "14. Dezember 2025", "9. Dezember 2025"),
            "2025-03-03",
        ),
    ],
)
def test_related_items_far_below_leave_the_articles_own_stamp(stamp, items, iso):
    # the article's stamp sits in the same markup place as the related stories' stamps
    article = f"<div class=item><h1>Harbour bridge</h1><div class=date>{stamp}</div></div>"
    text = f"<p>{PROSE}</p>" * 20
    assert _facts_date(f"{article}{text}{_listing(items)}") == iso


@pytest.mark.parametrize(
    "posts",
    [
        ("Jan 3, 2024", "Jan 4, 2024", "Jan 9, 2024"),
        ("3. Januar 2024", "4. Januar 2024", "9. Januar 2024"),
    ],
)
def test_stamps_going_forward_in_one_place_are_a_threads_posts(posts):
    # a look-alike of a listing: the days never go back, the first post dates the page
    assert _facts_date(f"<h1>Saw blade wobbles</h1>{_listing(posts)}") == "2024-01-03"


LD_ONLY = (
    '<script type="application/ld+json">{"@type": "Article", "datePublished": '
    '"2021-08-12T19:35:44Z", "dateModified": "2025-02-22T10:00:00Z"}</script>'
)


@pytest.mark.parametrize(
    ("updated", "iso"),
    [
        ("Last updated: February 22, 2025", "2025-02-22"),
        ("Zuletzt aktualisiert am 22. Februar 2025", "2025-02-22"),
        ("최종수정 2025.02.22", "2025-02-22"),
    ],
)
def test_a_template_only_published_date_gives_way_to_the_printed_update(updated, iso):
    body = f"<h1>Harbour bridge to close</h1><div>{updated}</div>" + f"<p>{PROSE}</p>" * 4
    assert _facts_date(body, LD_ONLY) == iso
    # the publisher's own meta names the same published day: the markup stands
    meta = '<meta property="article:published_time" content="2021-08-12T19:35:44Z">'
    assert _facts_date(body, LD_ONLY + meta) == "2021-08-12"
    # the look-alike: the page prints the published day too, so the markup is the page's
    printed = body + "<div class=footer-note>First published August 12, 2021</div>"
    assert _facts_date(printed, LD_ONLY) == "2021-08-12"


@pytest.mark.parametrize(
    ("label", "date", "iso"),
    [
        ("Published", "July 8, 2025", "2025-07-08"),
        ("Veröffentlicht:", "8. Juli 2025", "2025-07-08"),
        ("입력", "2025.07.08", "2025-07-08"),
    ],
)
def test_a_label_block_names_the_bare_date_below_it(label, date, iso):
    # the meta box stands far below the headline, label and date in blocks of their own
    text = f"<p>{PROSE}</p>" * 30
    box = f"<dl><dt>{label}</dt><dd>{date}</dd></dl>"
    assert _facts_date(f"<h1>Harbour bridge</h1>{text}{box}") == iso
    # an "updated" label that far is a footer's note, not the page's date
    updated = box.replace(label, "Last updated")
    assert _facts_date(f"<h1>Harbour bridge</h1>{text}{updated}") is None
    # the look-alike: a heading that is no date label leaves the far date bare
    other = box.replace(label, "Nächste Fähre" if "ö" in label else "Next ferry")
    assert _facts_date(f"<h1>Harbour bridge</h1>{text}{other}") is None


@pytest.mark.parametrize(
    ("stamp", "others", "iso"),
    [
        ("03/10/2023", ("16 February 2026", "9 January 2026"), "2023-10-03"),
        ("03/10/2023", ("16 février 2026", "9 janvier 2026"), "2023-10-03"),
        ("09.10.2024", ("11.24.2025", "10.28.2025"), "2024-09-10"),
        # look-alikes: the other dates do not say the order, the separator's default holds
        ("03/10/2023", ("February 16, 2026", "January 9, 2026"), "2023-03-10"),
        ("09.10.2024", ("11.04.2025", "10.08.2025"), "2024-10-09"),
    ],
)
def test_numeric_stamp_read_in_the_order_of_the_pages_other_dates(stamp, others, iso):
    related = "".join(f"<li><a href='/{n}'>Story</a> {day}</li>" for n, day in enumerate(others))
    body = f"<h1>Harbour bridge</h1><div>{stamp}</div>{f'<p>{PROSE}</p>' * 20}<ul>{related}</ul>"
    assert _facts_date(body) == iso


def test_numeric_stamp_in_a_dump_read_in_the_order_of_its_other_dates():
    far = [PROSE] * 30
    day_first = ("Harbour bridge", "03/10/2023", PROSE, *far, "16 February 2026", "9 May 2026")
    assert date_of(*day_first) == "2023-10-03"
    month_first = ("Harbour bridge", "03/10/2023", PROSE, *far, "February 16, 2026", "May 9, 2026")
    assert date_of(*month_first) == "2023-03-10"


@pytest.mark.parametrize(
    ("kind", "stamp", "iso"),
    [
        # the page prints the same minute on the reader's clock: its day is the page's
        ("DiscussionForumPosting", ("2025-12-19T04:25:38+0500", "2 hours ago"), "2025-12-19"),
        ("Question", ("2025-12-19T04:25+05:00", "19. Dezember 2025"), "2025-12-19"),
        # look-alikes: another minute (the last post), or a day with no time
        ("DiscussionForumPosting", ("2025-12-19T04:31:02+0500", "2 hours ago"), "2025-12-18"),
        ("Question", ("2025-12-19", "19. Dezember 2025"), "2025-12-18"),
    ],
)
def test_forum_markup_in_utc_gives_way_to_the_same_moment_printed(kind, stamp, iso):
    item = f'"@type": "{kind}", "datePublished": "2025-12-18T23:25:38+00:00"'
    ld = f'<script type="application/ld+json">{{{item}}}</script>'
    shown = f"<time datetime='{stamp[0]}'>{stamp[1]}</time>"
    body = f"<h1>Harbour ferry question</h1><div>{shown}</div><p>{PROSE}</p>"
    page = _html_page(body, ld)
    kept = tuple(block for block in page.blocks if block.text == PROSE)
    assert (published_of(page, (), kept, page.blocks[0].index) or "")[:10] == iso


@pytest.mark.parametrize(
    ("shown", "iso"),
    [
        ("August 19, 2025", "2025-01-29"),  # the modified day, printed without its cue
        ("19. August 2025", "2025-01-29"),
        ("2025년 8월 19일", "2025-01-29"),
        ("June 2, 2025", "2025-06-02"),  # the look-alike: another day, the page's own
    ],
)
def test_publisher_meta_beats_the_modified_day_printed_plain(shown, iso):
    meta = '<meta property="article:published_time" content="2025-01-29T20:47:00Z">'
    head = _ld("2025-01-29T20:47:00Z", "2025-08-19T13:25:00Z") + meta
    body = f"<h1>Harbour bridge</h1><div>{shown}</div><p>{PROSE}</p>"
    assert (_published(_html_page(body, head)) or "")[:10] == iso
    # JSON-LD alone: the printed day is the page's (the record's date is the template's)
    alone = _html_page(body, _ld("2025-01-29T20:47:00Z", "2025-08-19T13:25:00Z"))
    assert (_published(alone) or "")[:10] == (iso if iso == "2025-06-02" else "2025-08-19")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("#1 2025-11-01 15:14:37", "#2 2025-11-02 06:23:21"),
        ("Beitrag #1 · 1. November 2025", "Beitrag #2 · 2. November 2025"),
    ],
)
def test_html_thread_post_numbers_give_the_first_post_date(first, second):
    # two posts only, far below the headline: their numbers say which is the first
    posts = "".join(
        f"<div class=post><h2>{stamp}</h2><dl><dd>Posts: 12</dd></dl><p>{PROSE}</p></div>"
        for stamp in (first, second)
    )
    menu = "".join(f"<li><a href='/{n}'>Board {n}</a></li>" for n in range(20))
    page = _html_page(f"<h1>Harbour Forum</h1><ul>{menu}</ul>{posts}")
    kept = tuple(block for block in page.blocks if block.text == PROSE)
    assert (published_of(page, (), kept, page.blocks[0].index) or "")[:10] == "2025-11-01"
    # the look-alike: sentences naming a #1 and a #2 with a date are no post headers
    ranked = "".join(
        f"<p>The #{n} pick on Nov {n}, 2025 was the ferry plan the council had argued over "
        "for months before the vote, the mayor said.</p>"
        for n in (1, 2)
    )
    assert _facts_date(f"<h1>Harbour Forum</h1>{f'<p>{PROSE}</p>' * 30}{ranked}") is None


def _ld_articles(*days: str) -> str:
    items = ", ".join(f'{{"@type": "BlogPosting", "datePublished": "{day}"}}' for day in days)
    return f'<script type="application/ld+json">{{"@graph": [{items}]}}</script>'


@pytest.mark.parametrize("headline", ["Harbour bridge to close", "Hafenbrücke wird gesperrt"])
def test_the_own_article_named_again_in_json_ld_dates_the_page(headline):
    body = f"<h1>{headline}</h1>" + f"<p>{PROSE}</p>" * 4
    # the page's article, named twice, and teasers of two others
    own = _ld_articles("2025-12-19T23:35:13Z", "2025-12-16T15:54:20Z", "2025-12-19T23:35:13Z")
    assert _published(_html_page(body, own)) == "2025-12-19T23:35:13Z"
    # a listing's articles, each named once: no date
    listing = _ld_articles("2025-12-19T23:35:13Z", "2025-12-16T15:54:20Z", "2025-12-10T08:00:00Z")
    assert _published(_html_page(body, listing)) is None
    # the look-alike: another article repeated as often as the first one
    tie = _ld_articles("2025-12-19T23:35:13Z", "2025-12-16T15:54:20Z") * 2
    assert _published(_html_page(body, tie)) is None


def _thread_kept_header(header: str, posts: tuple[str, ...]) -> str | None:
    """A thread whose first post's header line was kept as text, the others dropped."""
    stamps = (header, *posts)
    body = "".join(
        f"<div class=post><div class=meta>{stamp}</div><p>{PROSE}</p></div>" for stamp in stamps
    )
    opening = f"<p>{PROSE}</p>" * 12
    page = _html_page(f"<h1>Harbour ferry question</h1>{opening}<section>{body}</section>")
    kept = tuple(block for block in page.blocks if block.text in (PROSE, header))
    return published_of(page, (), kept, page.blocks[0].index)


@pytest.mark.parametrize(
    ("header", "posts", "iso"),
    [
        (
            "Jan 2, 2024, 09:14 PM (This post was last modified: Jan 20, 2024 by Ann.)",
            ("Jan 3, 2024", "Jan 4, 2024", "Jan 9, 2024"),
            "2024-01-02T21:14",
        ),
        (
            "2. Januar 2024, 21:14 (Dieser Beitrag wurde zuletzt bearbeitet von Ann.)",
            ("3. Januar 2024", "4. Januar 2024", "9. Januar 2024"),
            "2024-01-02T21:14",
        ),
    ],
)
def test_a_first_post_header_kept_as_text_starts_the_thread(header, posts, iso):
    assert _thread_kept_header(header, posts) == iso
    # dropped: an updated note is no post's header; the look-alike: a kept sentence
    # that only mentions a date, in the posts' place, is the post's text
    looks = (
        "Updated Jan 1, 2024 by Ann",
        "We met on Jan 1, 2024 in Oslo and talked.",
        "Aktualisiert am 1. Januar 2024",
        "Wir trafen uns am 1. Januar 2024 in Oslo.",
    )
    for other in looks:
        first = stamp_date(posts[0])
        assert first is not None and _thread_kept_header(other, posts) == first.iso
    assert _thread_kept_header(header, posts[:1]) is None  # no thread: too few posts


def _headed_article(stamp: str, between: str, cards: tuple[str, ...]) -> str | None:
    """HTML, no headline found: a date element, the article, a related box of dated cards."""
    nav = "".join(f"<div class=menu>Menu {n}</div>" for n in range(6))
    related = "".join(f"<div class=card><h3>Story</h3><div>{day}</div></div>" for day in cards)
    body = f"{nav}<h5>{stamp}</h5>{between}{f'<p>{PROSE}</p>' * 6}{related}"
    page = _html_page(body)
    kept = tuple(block for block in page.blocks if block.text == PROSE)
    drops = tuple(Drop(b.index, "markup", "chrome") for b in page.blocks if b not in kept)
    return published_of(page, drops, kept, None)


@pytest.mark.parametrize(
    ("stamp", "cards", "iso"),
    [
        (
            "2024-11-06",
            ("Mar 25, 2025", "Jun 12, 2024", "May 10, 2024", "Mar 13, 2026"),
            "2024-11-06",
        ),
        ("6. November 2024", ("25. März 2025", "12. Juni 2024", "10. Mai 2024"), "2024-11-06"),
    ],
)
def test_a_date_element_right_above_the_article_dates_it(stamp, cards, iso):
    assert _headed_article(stamp, "", cards) == iso
    # dropped: a menu item stands between the date and the article, on a page of many dates
    assert _headed_article(stamp, "<div class=menu>Menu</div>", cards) is None
    # the look-alike: a copyright line right above the article is no date of it
    assert _headed_article(f"© {stamp} Harbour Times", "", cards) is None


@pytest.mark.parametrize(
    ("first", "reply"),
    [
        (("Jul 9, 2022", "#1"), ("Jul 10, 2022", "#2")),
        (("Mitglied seit 01.05.2009", "#1", "09.07.2022"), ("#2", "10.07.2022")),
        (("07.01.2020", "#1", "Veröffentlicht am 09.07.2022"), ("10.07.2022", "#2")),
    ],
)
def test_a_post_number_alone_takes_the_stamp_beside_it(first, reply):
    # the dump splits each post's header: its stamp and its number on lines of their own;
    # a member's date above the number is no stamp, or gives way to a "published" one
    member = ("Ann", "Joined", "Apr 13, 2009")
    lines = ("Saw blade wobbles", *member, *first, PROSE, "Bo", *reply, PROSE)
    found = date_of(*lines, title_line=1)  # the headline found is the poster's name
    assert (found or "")[:10] == "2022-07-09"
    # look-alike: a number alone with no #2 stamped beside its own is no thread
    lone = read_text("\n\n".join((*lines[: -len(reply) - 1], "#2", PROSE)))
    assert first_post(lone.blocks, {}) is None


def test_a_number_one_under_a_reply_subject_gives_no_thread_date():
    # kept: the thread's own post, unnumbered, dated under the headline
    lines = ("Saw blade wobbles", "June 4, 2024", PROSE, "Re: Saw blade wobbles", "#1",
             "June 9, 2024", PROSE, "#2", "October 1, 2024", PROSE)  # fmt: skip
    assert date_of(*lines) == "2024-06-04"
    german = ("Sägeblatt eiert", "04.06.2024", PROSE, "AW: Sägeblatt eiert", "#1",
              "09.06.2024", PROSE, "#2", "01.10.2024", PROSE)  # fmt: skip
    assert date_of(*german) == "2024-06-04"


@pytest.mark.parametrize(
    ("label", "iso"),
    [
        ("Joined", None),
        ("Mitglied seit", None),
        ("Founded", None),
        ("Gegründet", None),
        ("Joined forces", "2009-04-13"),  # no label: more than a cue
        ("Published", "2009-04-13"),
    ],
)
def test_a_member_date_under_its_own_label_is_no_stamp(label, iso):
    assert date_of("Harbour bridge to close", label, "Apr 13, 2009", PROSE) == iso


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("By Ann Lee • March 3, 2025 • 6 min read", "2025-03-03"),
        ("Von Anna Schmidt · 3. März 2025", "2025-03-03"),
        ("Published: Mar 3, 2025", "2025-03-03"),
        ("Veröffentlicht am 03.03.2025", "2025-03-03"),
        ("By Ann Lee Last Updated: March 3, 2025", None),  # an update's date
        ("Aktualisiert am 3. März 2025", None),
        ("2025-03-03 Link to the harbour notes · Harbour Times", None),  # a change log's line
    ],
)
def test_a_signed_stamp_over_the_article_dates_it_when_the_headline_found_is_wrong(stamp, iso):
    # the headline found is a subheading far into the article: no stamp by it; the stamp
    # just above the article counts when it names its author or says "published" (a
    # related story's date far below: the page has more than one date)
    lines = ("Menu", stamp, *([PROSE] * 30), "How the works go on", *([PROSE] * 30))
    related = ("Related", "Ferry timetable", "May 2, 2024")
    assert date_of(*lines, *related, title_line=32) == iso


def _under_dropped_headline(headline: str, stamp: str, copies: int = 1) -> str | None:
    """A dump whose facts headline is a subheading far down; the headline filter dropped
    the real one (``copies`` times) with ``stamp`` under it."""
    lines = (*[headline] * copies, stamp, *([PROSE] * 30), "How the works go on", *([PROSE] * 30))
    page = read_text("\n\n".join((*lines, "Related", "Ferry timetable", "May 2, 2024")))
    heads = tuple(
        Drop(block.index, "headline", "headline_copy")
        for block in page.blocks
        if block.text == headline
    )
    kept = tuple(block for block in page.blocks if block.text == PROSE)
    title = next(b.index for b in page.blocks if b.text == "How the works go on")
    return published_of(page, heads, kept, title)


@pytest.mark.parametrize(
    ("headline", "stamp", "iso"),
    [
        ("Harbour bridge to close for repairs", "March 3, 2025 · 30 min · Ann Lee", "2025-03-03"),
        ("Hafenbrücke wird repariert", "03.03.2025 · 6 Min. Lesezeit", "2025-03-03"),
        ("Harbour bridge to close for repairs", "Member since March 3, 2025", None),
        ("Hafenbrücke wird repariert", "© 2025 Hafenblatt", None),
    ],
)
def test_a_stamp_under_the_dropped_headline_dates_the_page(headline, stamp, iso):
    assert _under_dropped_headline(headline, stamp) == iso
    # look-alike: a line a listing repeats many times is no headline
    assert _under_dropped_headline(headline, stamp, copies=5) is None


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Published: Apr 10, 2023", "2023-04-10"),
        ("Veröffentlicht am 10.04.2023", "2023-04-10"),
        ("Updated: Apr 10, 2023", None),  # an update far from the headline is a footer's
        ("Mitglied seit 10.04.2023", None),
        ("Created using Sitegen 8.2. Last generated: Apr 10, 2023", None),  # a docs build
        ("Erstellt mit Sitegen 8.2. Zuletzt generiert am 10.04.2023", None),
    ],
)
def test_a_lone_published_stamp_far_above_a_wrong_headline_counts(stamp, iso):
    # the headline found is a line deep in the article (a code line, a subheading)
    menu = [f"Menu {number}" for number in range(30)]  # the stamp is not right above the text
    lines = ["Site", stamp, *menu, *([PROSE] * 120), "end", PROSE]
    assert date_of(*lines, title_line=152) == iso
    # look-alike: a second published date elsewhere makes them a listing's
    lines[90] = "Published: May 2, 2024"
    assert date_of(*lines, title_line=152) == (None if iso else "2024-05-02")


@pytest.mark.parametrize(
    ("subject", "reply"),
    [("Saw blade wobbles", "Re: Saw blade wobbles"), ("Sägeblatt eiert", "AW: Sägeblatt eiert")],
)
def test_a_reply_subject_found_as_headline_dates_the_thread_by_its_own_subject(subject, reply):
    first = ("Post by ann » 11.09.2024, 18:36", PROSE)
    later = (reply, "Post by bo » 12.09.2024, 08:42", PROSE)
    lines = ("Forum", subject, *first, *([PROSE] * 30), *later)
    found = date_of(*lines, title_line=len(lines) - 3)  # the headline found: the reply's
    assert (found or "")[:10] == "2024-09-11"
    # look-alike: a headline that only mentions "re:" mid-line is kept as it is
    plain = ("Forum", subject, *first, *([PROSE] * 30), "Notes re: saws", "12.09.2024", PROSE)
    assert (date_of(*plain, title_line=len(plain) - 3) or "")[:10] == "2024-09-12"


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("May 21, 2025April 24, 2025 by Ann Lee", "2025-04-24"),
        ("2025-05-21T10:00:00+00:00April 24, 2025", "2025-04-24"),
        ("2025年5月21日2025年4月24日 山田花子", "2025-04-24"),
        ("Veröffentlicht am 3. März 2025 · aktualisiert am 9. März 2025", "2025-03-03"),
        ("April 24, 2025May 21, 2025 by Ann Lee", "2025-04-24"),
    ],
)
def test_glued_date_pair_gives_the_earlier_one(stamp, iso):
    """A dump glues a page's published and updated stamps; the published one is earlier."""
    assert date_of("Harbour bridge to close", stamp, PROSE) == iso


def test_separated_dates_are_no_glued_pair():
    # a space between them: the first date of the stamp, as before
    assert date_of("Harbour bridge to close", "May 21, 2025 · Apr 24, 2025", PROSE) == "2025-05-21"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        (
            "Author Posted by Ann Lee on March 3, 2025 A ferry crosses the bay at dawn. " + PROSE,
            "2025-03-03",
        ),
        (
            "Veröffentlicht von Anna Schmidt am 3. März 2025 Die Fähre quert die Bucht. " + PROSE,
            "2025-03-03",
        ),
        (
            "Publicado por Ana Ruiz el 3 de marzo de 2025 Un ferry cruza la bahía. " + PROSE,
            "2025-03-03",
        ),
        ("公開日 2025年3月3日 フェリーが夜明けに湾を渡る。" + PROSE, "2025-03-03"),
        (
            "Posted by Ann Lee on December 20, 2024September 26, 2025 Map of the bay. " + PROSE,
            "2024-12-20",
        ),
    ],
)
def test_cued_date_opening_a_long_line_under_the_headline(line, iso):
    """A dump glues the stamp to the caption and text after it: too long for a stamp."""
    assert date_of("Harbour bridge to close", f"{line} {PROSE}", PROSE) == iso


@pytest.mark.parametrize(
    "line",
    [
        "We posted it on March 3, 2025 and the ferry sailed the next morning.",
        "Die Stadt hat am 3. März 2025 veröffentlicht, dass die Fähre fährt.",
        "© 2025 Harbour Times. Published March 3, 2025.",
        "市は2025年3月3日に公開した計画で、フェリーの運航再開を発表した。",
    ],
)
def test_sentence_or_copyright_opening_a_long_line_gives_no_date(line):
    long_line = f"{line} {PROSE} {PROSE}"  # longer than a stamp: only the lead rule reads it
    assert date_of("Harbour bridge to close", long_line, PROSE) is None


@pytest.mark.parametrize(
    ("title", "stamp", "teasers"),
    [
        (
            "Harbour bridge to close",
            "March 3, 2025",
            ["November 25, 2024", "October 31, 2024", "September 8, 2024"],
        ),
        (
            "Hafenbrücke wird gesperrt",
            "3. März 2025",
            ["25. November 2024", "31. Oktober 2024", "8. September 2024"],
        ),
        ("港の橋が閉鎖へ", "2025年3月3日", ["2024年11月25日", "2024年10月31日", "2024年9月8日"]),
    ],
)
def test_headline_repeated_on_every_teaser_is_a_listings_line(title, stamp, teasers):
    """Related stories each print the headline's text (an image's) above their own date:
    the stamp above the page's own headline counts, not one under a teaser's copy."""
    lines = [stamp, title, *([PROSE] * 30), "Related"]
    for teaser in teasers:
        lines += [title, teaser, "Another story"]
    assert date_of(*lines, title_line=1) == "2025-03-03"
    # printed twice (the dump's two headlines): the stamp under the other copy counts
    twice = ["Top", title, *([PROSE] * 40), title, stamp, PROSE]
    assert date_of(*twice, title_line=1) == "2025-03-03"


@pytest.mark.parametrize(
    ("edited", "asked"),
    [
        ("edited Aug 1, 2014 at 19:57", "asked May 2, 2009 at 0:01"),
        ("bearbeitet am 1. August 2014", "veröffentlicht am 2. Mai 2009"),
    ],
)
def test_repeated_headline_keeps_a_published_stamp_by_a_copy(edited, asked):
    """A headline printed in the navigation too: an "updated" stamp by the facts' copy
    does not beat a "published" one by another copy."""
    title = "Harbour bridge"
    lines = [title, *([PROSE] * 24), edited, PROSE, PROSE, title, PROSE, asked]
    lines += [PROSE, title, "Menu", title, "Menu"]
    found = date_of(*lines)
    assert found is not None and found[:10] == "2009-05-02"


@pytest.mark.parametrize(
    ("stamp", "event"),
    [
        ("OCTOBER 13, 2025", "Date: 16-19 March 2026"),
        ("13. Oktober 2025", "Termin: 19. März 2026"),
        ("2025.10.13", "일정: 2026.03.19"),
    ],
)
def test_stamp_right_above_the_headline_beats_a_date_in_the_text(stamp, event):
    """A dump: the date line right above the headline is the page's; one standing deep
    in the text below it (an event's date, a line of a timeline) is not."""
    lines = [stamp, "Biggest harbour events", *([PROSE] * 10), event, PROSE]
    assert date_of(*lines, title_line=1) == "2025-10-13"


def test_masthead_date_further_above_still_yields_to_a_stamp_below():
    lines = ["Monday, March 2, 2026", "Harbour Times", "News", "Harbour bridge to close"]
    lines += [PROSE, PROSE, PROSE, PROSE, "By Ann Lee · Feb 27, 2026", PROSE]
    assert date_of(*lines, title_line=3) == "2026-02-27"
    near = [*lines[:4], "Feb 27, 2026", PROSE]  # right under it: the nearest below wins
    assert date_of(*near, title_line=3) == "2026-02-27"


@pytest.mark.parametrize(
    ("first", "second", "iso"),
    [
        (
            "2019-02-23, 09:14 PM (This post was last modified: 2024-01-05, 03:27 AM by Ann.)",
            "2019-02-24, 02:31 AM",
            "2019-02-23",
        ),
        (
            "23.02.2019, 21:14 (Dieser Beitrag wurde zuletzt am 05.01.2024 von Anna bearbeitet.)",
            "24.02.2019, 02:31",
            "2019-02-23T21:14",
        ),
        (
            "2019년 2월 23일 오후 9:14 (이 글은 2024년 1월 5일에 수정되었습니다.)",
            "2019년 2월 24일 오전 2:31",
            "2019-02-23T21:14",
        ),
    ],
)
def test_first_post_header_with_its_edit_note(first, second, iso):
    """A dump prints post #1's header on one line with its edit note: too long for a
    stamp, it still dates the thread; the number may stand alone or open the line."""
    alone = ["Saw blade wobbles", "Ann", "#1", first, "Hello all", "Bob", "#2", second, "Hi"]
    assert first_post([Block(at, text) for at, text in enumerate(alone)], {}) == iso
    inline = [f"Reputation: 7 #1 {first}", "Hello all", f"#2 {second}", "Hi"]
    assert first_post([Block(at, text) for at, text in enumerate(inline)], {}) == iso


def test_first_post_number_beside_a_sentence_gives_no_date():
    said = "We met on March 3, 2024 in Oslo and talked about the ferry."
    lines = ["Saw blade wobbles", "Ann", "#1", said, "Bob", "#2", "Mar 5, 2024"]
    assert first_post([Block(at, text) for at, text in enumerate(lines)], {}) is None


@pytest.mark.parametrize(
    ("note", "iso"),
    [
        (
            "This article was originally published on 26 Sep 2019 at 4:12pm but has been "
            "updated to keep the information current.",
            "2019-09-26T16:12",
        ),
        ("Dieser Artikel wurde erstmals veröffentlicht am 26. September 2019.", "2019-09-26"),
        ("Publicado originalmente el 26 de septiembre de 2019.", "2019-09-26"),
        ("初出 2019年9月26日", "2019-09-26"),
    ],
)
def test_originally_published_note_beats_the_updated_stamp(note, iso):
    lines = ["Harbour bridge to close", "30 Sep 2022, 11:07am", PROSE, PROSE, note, PROSE]
    assert date_of(*lines) == iso


@pytest.mark.parametrize(
    "note",
    [
        "This story was originally published on Harbour News.",  # no date: a source
        "© 2019 Harbour Times. First published 26 Sep 2019.",  # a copyright line
    ],
)
def test_original_notes_without_a_page_date_change_nothing(note):
    lines = ["Harbour bridge to close", "30 Sep 2022", PROSE, note, PROSE]
    assert date_of(*lines) == "2022-09-30"


def test_related_stories_with_their_own_original_dates_change_nothing():
    lines = ["Harbour bridge to close", "30 Sep 2022", *([PROSE] * 30), "Related"]
    lines += ["Ferry returns. Originally published on 3 May 2019.", PROSE]
    lines += ["Bridge opens. Originally published on 9 June 2020.", PROSE]
    assert date_of(*lines) == "2022-09-30"


@pytest.mark.parametrize(
    "lookalike",
    [
        "IFRAME: https://forms.example.test/l/3275/2022-04-20/b9z2h",  # a link's path
        "WHERE o.created_at > '2024-01-01'",  # a code value, after a "created" word
        "* 2026-02-25.release-notes",  # a file's name
        "image-png-Jan-17-2021-02-16-00-09-PM",  # an upload's name
        "DATE: 2025-12-12 - 2025-12-17",  # an event's span
        "Termin: 12.12.2025 bis 17.12.2025",
        "Du 12 décembre 2025 au 17 décembre 2025",
    ],
)
def test_dates_in_links_code_and_spans_give_no_date(lookalike):
    assert date_of("Harbour bridge to close", lookalike, PROSE) is None


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("_March 3, 2025_ by **Ann Lee**", "2025-03-03"),  # Markdown marks are no link
        ("November 3, 2025/Travel/Harbours", "2025-11-03"),  # the date, then its section
        ("2025-08-29#review#harbours", "2025-08-29"),  # tags glued by the dump
        ("Posted 3 March 2025 - Updated 5 March 2025", "2025-03-03"),  # no span: two stamps
        ("Opublikowano 27 listopada 2026, 10:22", "2026-11-27T10:22"),
        ("Yayınlanma tarihi: 27 Kasım 2026", "2026-11-27"),
        ("Julkaistu 27. marraskuuta 2026", "2026-11-27"),
        ("2026년 11월 27일 오후 3:10 입력", "2026-11-27T15:10"),
    ],
)
def test_stamps_beside_links_tags_and_in_more_languages(stamp, iso):
    assert date_of("Harbour bridge to close", stamp, PROSE) == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        (
            "This page was originally published on Wednesday, March 2, 2022. Edited 2025.",
            "2022-03-02",
        ),
        ("Ursprünglich veröffentlicht am Mittwoch, 2. März 2022.", "2022-03-02"),
    ],
)
def test_a_weekday_between_the_cue_and_its_date(line, iso):
    assert date_of("Harbour bridge to close", PROSE, *([PROSE] * 30), line) == iso
    # the same date without its cue, far below the headline, is nobody's
    bare = line.split(" on ")[-1] if " on " in line else line.split(" am ")[-1]
    assert date_of("Harbour bridge to close", PROSE, *([PROSE] * 30), bare) is None


def test_a_date_glued_to_the_image_text_over_the_headline():
    caption = "A ferry crosses the bay at dawn, seen from the old harbour wall. March 3, 2025"
    assert date_of(caption, "News", "Harbour bridge to close", PROSE, title_line=2) == "2025-03-03"
    german = "Eine Fähre quert die Bucht im Morgengrauen. 3. März 2025"
    assert date_of(german, "Hafen", "Hafenbrücke wird gesperrt", PROSE, title_line=2) == (
        "2025-03-03"
    )
    # a sentence that ends with a date is no stamp
    told = "The ferry that crosses the bay will stop running on March 3, 2025."
    assert date_of(told, "News", "Harbour bridge to close", PROSE, title_line=2) is None


def test_a_dump_without_headline_takes_its_only_published_stamp():
    page = read_text("\n\n".join([PROSE, *([PROSE] * 40), "Published on 2021-01-18T19:55"]))
    kept = page.blocks[:-1]
    assert published_of(page, (), kept, None) == "2021-01-18T19:55"
    stamps = ["Posted 2021-01-18", "Posted 2022-02-03"]
    twice = read_text("\n\n".join([PROSE, *([PROSE] * 40), *stamps]))
    assert published_of(twice, (), twice.blocks[:-2], None) is None
    korean = read_text("\n\n".join([PROSE, *([PROSE] * 40), "입력 2025.03.14 10:22"]))
    assert published_of(korean, (), korean.blocks[:-1], None) == "2025-03-14T10:22"


def test_forum_post_numbers_in_bold():
    posts = ["Old 30th March 2025, 16:26 | #**1** | Link", "Hi", "Old 31st March 2025 | #**2**"]
    assert first_post([Block(at, text) for at, text in enumerate(posts)], {}) == "2025-03-30T16:26"
    german = ["Alt 30. März 2025, 16:26 | #__1__", "Hallo", "Alt 31. März 2025 | #__2__"]
    assert first_post([Block(at, text) for at, text in enumerate(german)], {}) == "2025-03-30T16:26"
    # a bold number that is no post's (a rank)
    ranked = ["Ranked #**1** on May 2, 2024 by readers", "Hi"]
    assert first_post([Block(at, text) for at, text in enumerate(ranked)], {}) is None


def test_a_dumps_list_of_dated_items_gives_no_date():
    # a product page's news box: item titles and their dates, each in the same layout,
    # going back in time; the date under the headline is an item's, not the page's
    items = []
    for title, day in (
        ("Season four", "Thu, January 22, 2026"),
        ("Service medal", "Fri, December 26, 2025"),
        ("Winter sale", "Mon, December 1, 2025"),
    ):
        items += [title, f"   {day}"]
    assert date_of("Harbour ferry pass", *items, PROSE) is None
    korean = [line.replace("Thu, January 22, 2026", "2026년 1월 22일") for line in items]
    assert date_of("항구 페리 이용권", *korean, PROSE) is None
    # one stamp in that layout, and dates going forward (a thread's posts), still count
    assert date_of("Harbour ferry pass", *items[:2], PROSE) == "2026-01-22"
    forward = ["Post", "   Mon, December 1, 2025", "Reply", "   Fri, December 26, 2025"]
    forward += ["Reply", "   Thu, January 22, 2026"]
    assert date_of("Harbour ferry pass", *forward, PROSE) == "2025-12-01"
    # the page's own stamp, naming its author, under a headline below such a list
    signed = [*items, "Harbour ferry pass", "   03/01/2017 by Ann Lee, ferry desk", PROSE]
    assert date_of(*signed, title_line=len(items)) == "2017-03-01"


# --- issue 5: cued closing dates, started-by cues, updated stamps, a listing's own stamp ---

from pagetidy.published import cued_close, own_stamp_freed  # noqa: E402


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("A ferry at dawn. (Photo: Ann Lee) Published June 3, 2025 10:39AM", "2025-06-03T10:39"),
        ("Die Fähre am Morgen. (Foto: Anna Roth) Veröffentlicht am 3. Juni 2025", "2025-06-03"),
        ("Un ferry al amanecer. (Foto: Ana Ruiz) Publicado el 3 de junio de 2025", "2025-06-03"),
        ("夜明けのフェリー。（写真：山田） 公開日 2025年6月3日", "2025-06-03"),
    ],
)
def test_published_date_glued_to_a_caption_counts(line, iso):
    found = cued_close(line)
    assert found is not None and found.iso == iso
    lines = ("Harbour ferry returns", PROSE, "Share", "Save", line, PROSE)
    assert date_of(*lines) == iso


@pytest.mark.parametrize(
    "lookalike",
    [
        "After months of talks with the ferry company, the council published its plan for"
        " the new harbour ferry on June 3, 2025",
        "Nach monatelangen Gesprächen mit der Reederei hat der Rat seinen Plan für die neue"
        " Fähre veröffentlicht am 3. Juni 2025",
        "A ferry at dawn. © 2025 Harbour Times. Published June 3, 2025",
        "市はフェリー会社との長い協議を経て、新しい港のフェリーの計画を2025年6月3日に公開した",
    ],
)
def test_sentence_or_update_closing_a_line_is_no_published_date(lookalike):
    assert cued_close(lookalike) is None
    assert date_of("Harbour ferry returns", PROSE, "Share", "Save", lookalike, PROSE) is None


def test_update_closing_a_caption_is_not_read_as_published():
    assert cued_close("A ferry at dawn. (Photo: Ann Lee) Updated June 3, 2025") is None
    assert cued_close("Eine Fähre. (Foto: Anna Roth) Aktualisiert am 3. Juni 2025") is None


@pytest.mark.parametrize(
    "stamp",
    [
        "Started by Ann Lee, June 04, 2024, 11:23:55 AM",
        "Begonnen von Anna Roth, 04. Juni 2024, 11:23:55",
        "Iniciado por Ana Ruiz, 04 de junio de 2024",
    ],
)
def test_thread_started_stamp_beats_an_edit_by_the_headline(stamp):
    lines = ("Saw blade wobbles", "Last edited: 9 July 2024", PROSE, *(["Reply"] * 30), stamp)
    assert (date_of(*lines) or "")[:10] == "2024-06-04"


def test_updated_stamp_by_the_headline_yields_to_the_published_one_further_down():
    lines = ("Harbour bridge", "edited Feb 12, 2011 at 21:50", PROSE, *(["Vote"] * 30))
    assert date_of(*lines, "asked Feb 11, 2011 at 23:49") == "2011-02-11T23:49"
    # with no published stamp anywhere, the update by the headline stays the date
    assert date_of(*lines) == "2011-02-12T21:50"


def test_own_stamp_apart_from_a_listing_is_the_page_s():
    assert own_stamp_freed(frozenset((4, 19, 21, 24)), 0) == frozenset((19, 21, 24))
    # in step with the items: the headline is an item's title, its stamp an item's
    assert own_stamp_freed(frozenset((1, 7, 13, 19)), 0) == frozenset((1, 7, 13, 19))
    assert own_stamp_freed(frozenset((4, 10, 15, 20)), 0) == frozenset((4, 10, 15, 20))
    # an update stays an item's stamp
    assert own_stamp_freed(frozenset((4, 19, 21)), 0, frozenset((4,))) == frozenset((4, 19, 21))


def test_page_stamp_above_a_related_list_dates_the_page():
    related = []
    for day in (10, 4, 2):
        related += [f"Another harbour story {day}", f"Dec {day}, 2025", "Read more"]
    lines = ("Harbour bridge", "Teaser line here", "by Ann Lee", "in News", "on Dec 17, 2025",
             PROSE, *(["Menu"] * 10), *related)  # fmt: skip
    assert date_of(*lines) == "2025-12-17"
    # a listing whose first item's title was taken as the headline gives no date
    listing = []
    for day in (28, 27, 26, 25):
        listing += [f"Harbour story {day}", f"November {day}, 2025", "Teaser", "Read more", "x"]
    assert date_of(*listing, PROSE) is None


@pytest.mark.parametrize(
    ("stamp", "named", "iso"),
    [
        ("Posted 02-12-2025", "Council meeting of December 02, 2025: the minutes", "2025-12-02"),
        ("Publié le 03/10/2023", "Réunion du conseil, 3 octobre 2023", "2023-10-03"),
        ("Veröffentlicht 03.10.2023", "Sitzung am 10. März 2023", "2023-03-10"),
    ],
)
def test_numeric_date_takes_the_reading_the_page_prints_with_a_month_name(stamp, named, iso):
    assert date_of("Harbour bridge", stamp, PROSE, named) == iso


@pytest.mark.parametrize(
    ("stamp", "named", "iso"),
    [
        # both readings printed by name: the separator's reading stays
        ("Posted 02-12-2025", "February 12, 2025 and December 2, 2025", "2025-02-12"),
        ("Publié le 03/10/2023", "mars 10, 2023 et octobre 3, 2023", "2023-03-10"),
        # the named day is a copyright line's or a member's joined date: it says nothing
        ("Posted 02-12-2025", "© December 02, 2025 Harbour Times", "2025-02-12"),
        ("Veröffentlicht 03.10.2023", "Mitglied seit 10. März 2023", "2023-10-03"),
    ],
)
def test_numeric_date_keeps_its_reading_when_the_names_do_not_decide(stamp, named, iso):
    assert date_of("Harbour bridge", stamp, PROSE, named) == iso


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Posted by johnanddoc on 07/03/24 02:57 PM", "2024-07-03T14:57"),
        ("Veröffentlicht: 14.11.24 10:05", "2024-11-14T10:05"),
        ("Publicado el 14/11/24, 10:05", "2024-11-14T10:05"),
    ],
)
def test_two_digit_year_after_a_published_cue_and_before_a_time(stamp, iso):
    assert date_of("Harbour bridge", stamp, PROSE) == iso


@pytest.mark.parametrize(
    "stamp",
    [
        "07/03/24 02:57 PM",  # a comment's timestamp: no cue
        "Posted 07/03/24",  # no time: a score, a version, a fraction
        "Kommentar 14.11.24 10:05",  # not a published cue
        "Copyright 14.11.24 10:05",
        "Event starts 14/11/24 10:05",
        "입력 24.11.14 10:05",  # CJK pages write the year first
    ],
)
def test_two_digit_year_without_a_published_cue_is_no_date(stamp):
    assert date_of("Harbour bridge", stamp, PROSE) is None


def _started(*lines: str) -> list[str]:
    from pagetidy.published import thread_started

    return [block.text for block in thread_started(tuple(read_text("\n\n".join(lines)).blocks))]


@pytest.mark.parametrize(
    ("starter", "start", "iso"),
    [
        ("Thread starter ann_lee", "Start date Mar 6, 2024", "2024-03-06"),
        ("_Thread starter_ Thread starter ann", "_Start date_ Start date 3 Jun 2024", "2024-06-03"),
        ("Themenstarter ann_lee", "Startdatum 6. März 2024", "2024-03-06"),
        ("Auteur de la discussion ann_lee", "Date de début 6 mars 2024", "2024-03-06"),
    ],
)
def test_thread_start_date_under_its_starter_is_published(starter, start, iso):
    from pagetidy.published import line_rank

    texts = _started("Harbour thread", starter, start)
    assert line_rank(texts[-1]) == 0
    found = stamp_date(texts[-1])
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    "lines",
    [
        ("Harbour fair", "Start date Mar 6, 2024"),  # an event's start date
        ("Harbour fair", "Fecha de inicio 6 de marzo de 2024"),
        ("Thread starter ann_lee", "Member", "Since", "Start date Mar 6, 2024"),  # too far
        ("Thread starter ann_lee", "Start date Mar 6, 2024 to Mar 9, 2024"),  # a span
        ("Thread starter ann_lee", "Start date of the fair: Mar 6, 2024"),  # more than a label
        ("Thread starter ann_lee", "© Mar 6, 2024"),
        ("Thread starter ann_lee", "Mar 6, 2024 10:22 reply"),  # a post's timestamp
    ],
)
def test_start_date_without_a_thread_starter_right_above_stays_plain(lines):
    assert _started(*lines) == list(lines)
