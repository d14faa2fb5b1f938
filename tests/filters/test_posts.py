"""The posts filter: short lines a forum thread repeats on its posts go (HTML threads only)."""

from __future__ import annotations

import json

from pagetidy.filters.posts import Posts
from pagetidy.read.html import read_html
from tests.conftest import drops_of, kept_by

FORUM_LD = "<script type='application/ld+json'>{}</script>".format(
    json.dumps({"@type": "DiscussionForumPosting", "headline": "Printer"})
)
POSTS_EN = (
    "How do I share the printer on the home network so every laptop can use it?",
    "Open the sharing settings and turn on printer sharing, then add it again.",
    "Thanks, that fixed it!",
    "Same here, the driver update did the rest for me.",
)
POSTS_DE = (
    "Wie richte ich den Drucker im Heimnetz ein, damit jeder Laptop ihn nutzen kann?",
    "Öffne die Freigabe in den Einstellungen und füge den Drucker dann neu hinzu.",
    "Danke, das hat geholfen!",
    "Bei mir hat das neue Treiberpaket den Rest erledigt.",
)


def thread(posts: tuple[str, ...], cards: tuple[str, str], head: str = FORUM_LD) -> str:
    """A thread: each post has its poster's card (name, post count) and a reply button."""
    items = "".join(
        f"<div class='post'><div class='poster'><b>user{n}</b><p>{cards[0]}: {n * 37}</p></div>"
        f"<div class='text'><p>{text}</p></div><button>{cards[1]}</button></div>"
        for n, text in enumerate(posts, 1)
    )
    return f"<html><head>{head}</head><body><main>{items}</main></body></html>"


def test_a_threads_repeated_post_lines_go_but_its_posts_stay():
    page = read_html(thread(POSTS_EN, ("Posts", "Reply")))
    drops = drops_of(Posts(), page)
    assert drops["Posts: 37"] == "post_repeat"
    assert drops["Posts: 148"] == "post_repeat"
    assert drops["Reply"] == "post_repeat"
    assert set(POSTS_EN) <= set(kept_by(Posts(), page))


def test_a_threads_repeated_post_lines_go_in_german():
    page = read_html(thread(POSTS_DE, ("Beiträge", "Antworten")))
    drops = drops_of(Posts(), page)
    assert drops["Beiträge: 74"] == "post_repeat"
    assert drops["Antworten"] == "post_repeat"
    assert "Danke, das hat geholfen!" not in drops


def test_lines_seen_twice_stay():
    page = read_html(thread(POSTS_EN[:2], ("Posts", "Reply")))
    assert drops_of(Posts(), page) == {}


def test_an_article_page_with_repeated_buttons_is_left_alone_in_german():
    head = "<meta property='og:type' content='article'>"
    page = read_html(thread(POSTS_DE, ("Beiträge", "Antworten"), head))
    assert drops_of(Posts(), page) == {}
