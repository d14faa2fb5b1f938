"""A forum thread's main content is every post of the thread, not its longest post."""

from __future__ import annotations

import json

from pagetidy.filters.markup import Markup
from pagetidy.pagekind import page_kind
from pagetidy.read.html import read_html
from tests.conftest import drops_of

QUESTION_EN = "How do I set up the printer on the home network so every laptop can use it? "
ANSWER_EN = "Open the sharing settings and turn on printer sharing, then add it again."
QUESTION_DE = "Wie richte ich den Drucker im Heimnetz ein, damit jeder Laptop ihn nutzen kann? "
ANSWER_DE = "Öffne die Freigabe in den Einstellungen und füge den Drucker dann neu hinzu."


def thread(
    head: str, question: str, answer: str, post: str = "post odd", body: str = "body"
) -> str:
    first = f"<div class='{post} post-1'><div class='{body}'><p>{question * 6}</p></div></div>"
    replies = "".join(
        f"<div class='{post} post-{n}'><div class='{body}'><p>{answer}</p></div></div>"
        for n in range(2, 6)
    )
    return (
        f"<html><head>{head}</head><body><nav><a href='/'>Home</a><a href='/f'>Forum</a></nav>"
        f"<div class='thread'>{first}{replies}</div>"
        f"<div class='side'><p>{'Popular threads this week, and more. ' * 6}</p></div>"
        "<footer><p>Imprint</p></footer></body></html>"
    )


def forum_ld() -> str:
    data = {"@type": "DiscussionForumPosting", "headline": "Printer"}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def in_main(html: str) -> dict[str, bool]:
    return {block.text[:20]: block.hints.in_main for block in read_html(html).blocks}


def test_a_forum_thread_pick_holds_every_post():
    seen = in_main(thread(forum_ld(), QUESTION_EN, ANSWER_EN))
    assert seen[QUESTION_EN[:20]]
    assert seen[ANSWER_EN[:20]]
    assert not seen["Popular threads this"]
    assert not seen["Imprint"]


def test_a_forum_thread_pick_holds_every_post_in_german():
    seen = in_main(thread(forum_ld(), QUESTION_DE, ANSWER_DE, post="beitrag even"))
    assert seen[QUESTION_DE[:20]]
    assert seen[ANSWER_DE[:20]]
    assert not seen["Popular threads this"]


def test_other_pages_with_repeated_boxes_keep_their_pick():
    seen = in_main(thread("<meta property='og:type' content='article'>", QUESTION_EN, ANSWER_EN))
    assert seen[QUESTION_EN[:20]]
    assert not seen[ANSWER_EN[:20]]


def test_posts_with_only_numbered_names_keep_their_pick_in_german():
    seen = in_main(thread(forum_ld(), QUESTION_DE, ANSWER_DE, post="b1", body="t2"))
    assert seen[QUESTION_DE[:20]]
    assert not seen[ANSWER_DE[:20]]


def stamped_thread(question: str, answer: str, stamp: str, posts: int = 5) -> str:
    """A thread whose markup names no thread: each post shows its poster and its stamp."""
    first = (
        f"<div class='post'><div class='who'><a href='/u/1'>ann</a> {stamp}</div>"
        f"<div class='body'><p>{question * 6}</p></div></div>"
    )
    replies = "".join(
        f"<div class='post'><div class='who'><a href='/u/{n}'>user{n}</a> {stamp}</div>"
        f"<div class='body'><p>{answer}</p></div></div>"
        for n in range(2, posts + 1)
    )
    return (
        "<html><body><nav><a href='/'>Home</a><a href='/f'>Forum</a></nav>"
        f"<div class='thread'>{first}{replies}</div>"
        f"<div class='side'><p>{'Popular threads this week, and more. ' * 6}</p></div>"
        "</body></html>"
    )


def test_an_undeclared_thread_whose_posts_carry_time_stamps_keeps_every_post():
    stamp = "<time datetime='2024-03-03T10:00'>1 year ago</time>"
    seen = in_main(stamped_thread(QUESTION_EN, ANSWER_EN, stamp))
    assert seen[QUESTION_EN[:20]]
    assert seen[ANSWER_EN[:20]]
    assert not seen["Popular threads this"]


def test_an_undeclared_thread_whose_posts_print_dates_keeps_every_post_in_german():
    seen = in_main(stamped_thread(QUESTION_DE, ANSWER_DE, "3. März 2024, 10:12"))
    assert seen[QUESTION_DE[:20]]
    assert seen[ANSWER_DE[:20]]


def test_boxes_without_stamps_or_too_few_keep_their_pick():
    seen = in_main(stamped_thread(QUESTION_EN, ANSWER_EN, ""))
    assert not seen[ANSWER_EN[:20]]
    seen = in_main(stamped_thread(QUESTION_DE, ANSWER_DE, "3. März 2024", posts=3))
    assert not seen[ANSWER_DE[:20]]


def test_an_article_among_dated_teasers_keeps_its_pick():
    teaser = "Read the next story. "
    seen = in_main(stamped_thread(QUESTION_EN * 2, teaser, "Mar 3, 2024"))
    assert seen[QUESTION_EN[:20]]
    assert not seen[teaser[:20]]


def dated_posts(
    stamp: str, head: str = "", heading: str = "", name: str = "post", intro: str = QUESTION_EN
) -> str:
    """A page whose main content is four posts, each with its poster and stamp."""
    posts = "".join(
        f"<li class='{name}'><div class='who'><a href='/u/{n}'>user{n}</a> {stamp}</div>"
        f"<p>{ANSWER_EN} {QUESTION_EN}</p></li>"
        for n in range(4)
    )
    return (
        f"<html><head>{head}</head><body><nav><a href='/'>Home</a></nav><main>"
        f"<p>{intro}</p>{heading}<ul>{posts}</ul></main></body></html>"
    )


def test_a_page_whose_main_content_is_dated_posts_is_a_thread():
    page = read_html(dated_posts("<time datetime='2024-03-03'>Mar 3</time>"))
    assert page_kind(page.meta) == "forum"
    page = read_html(dated_posts("3. März 2024"))
    assert page_kind(page.meta) == "forum"


def test_an_article_with_dated_comments_stays_an_article_in_german():
    head = "<meta property='og:type' content='article'>"
    assert page_kind(read_html(dated_posts("3. März 2024", head)).meta) == "article"
    assert page_kind(read_html(dated_posts("")).meta) == "unknown"


def test_comments_under_their_heading_still_go_on_a_thread_found_by_its_stamps():
    intro = "Our open thread: ask us anything."
    html = dated_posts("Mar 3, 2024", heading="<h3>12 Comments</h3>", name="comment", intro=intro)
    page = read_html(html)
    assert page_kind(page.meta) == "forum"
    drops = drops_of(Markup(), page)
    assert drops[f"{ANSWER_EN} {QUESTION_EN}".strip()] == "chrome_token"
    assert intro not in drops
