"""The posts filter: short lines a forum thread repeats on its posts go (threads only)."""

from __future__ import annotations

import json

from pagetidy.filters.posts import Posts
from pagetidy.model import Page
from pagetidy.read.html import read_html
from tests.conftest import drops_of, kept_by, page_from_lines

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
    """A thread: each post has its poster's card (name, post count) and a reply link."""
    items = "".join(
        f"<div class='post'><div class='poster'><b>user{n}</b><p>{cards[0]}: {n * 37}</p></div>"
        f"<div class='text'><p>{text}</p></div><div class='actions'>{cards[1]}</div></div>"
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


def quoting_thread(posts: tuple[str, ...], said: str) -> str:
    """A thread whose last post quotes the one before it, word for word."""
    items = "".join(f"<div class='post'><p>{text}</p></div>" for text in posts)
    quote = f"<div class='post'><blockquote><p>{said}</p><p>{posts[-1]}</p></blockquote>"
    return (
        f"<html><head>{FORUM_LD}</head><body><main>{items}{quote}"
        f"<p>{posts[0]} Again?</p></div></main></body></html>"
    )


def test_a_reply_quoting_a_post_loses_the_copy():
    page = read_html(quoting_thread(POSTS_EN[:2], "user2 said:"))
    assert drops_of(Posts(), page) == {POSTS_EN[1]: "post_copy"}
    assert kept_by(Posts(), page).count(POSTS_EN[1]) == 1


def test_a_reply_quoting_a_post_loses_the_copy_in_german():
    page = read_html(quoting_thread(POSTS_DE[:2], "user2 schrieb:"))
    assert drops_of(Posts(), page) == {POSTS_DE[1]: "post_copy"}


def test_short_lines_said_twice_stay():
    posts = ("Same here, it works now for me.", "Same here, it works now for me.")
    page = read_html(quoting_thread(posts, "user2 said:"))
    assert "Same here, it works now for me." not in drops_of(Posts(), page)


def subject_thread(subject: str, posts: tuple[str, ...]) -> str:
    """A thread whose every post opens with its subject line."""
    items = "".join(f"<div class='post'><h3>{subject}</h3><p>{text}</p></div>" for text in posts)
    return f"<html><head>{FORUM_LD}</head><body><main>{items}</main></body></html>"


def test_a_reply_subject_on_every_post_goes_in_two_languages():
    page = read_html(subject_thread("Re: Sharing the printer on the home network", POSTS_EN))
    assert drops_of(Posts(), page) == {"Re: Sharing the printer on the home network": "post_repeat"}
    page = read_html(subject_thread("Aw: Drucker im Heimnetz freigeben", POSTS_DE))
    assert drops_of(Posts(), page) == {"Aw: Drucker im Heimnetz freigeben": "post_repeat"}


def test_a_short_sentence_said_three_times_stays():
    posts = ("Same here, it works for me now.",) * 3
    page = read_html(subject_thread("", posts))
    assert drops_of(Posts(), page) == {}


def shop_page(head: str, description: str, repeats: tuple[str, str]) -> str:
    """A product page printing its description twice (a tab, then a mobile copy) and a short
    line on every review."""
    reviews = "".join(
        f"<div class='r'><p>{repeats[0]}</p><p>{repeats[1]} {n}</p></div>" for n in range(3)
    )
    return (
        f"<html><head>{head}</head><body><main><h1>Kettle</h1><p>{description}</p>"
        f"<div class='tab'><p>{description}</p></div>{reviews}</main></body></html>"
    )


PRODUCT = "<meta property='og:type' content='product'>"
ARTICLE = "<meta property='og:type' content='article'>"
KETTLE_EN = "A steel kettle that boils a full litre of water in under three minutes."
KETTLE_FR = "Une bouilloire en acier qui fait bouillir un litre d'eau en moins de trois minutes."


def test_a_product_pages_second_copy_of_its_description_goes_in_two_languages():
    for text in (KETTLE_EN, KETTLE_FR):
        page = read_html(shop_page(PRODUCT, text, ("Helpful?", "Votes:")))
        drops = drops_of(Posts(), page)
        assert drops == {text: "post_copy"}  # the reviews' short lines are a thread's only
        assert kept_by(Posts(), page).count(text) == 1


def test_an_article_repeating_a_sentence_keeps_both():
    page = read_html(shop_page(ARTICLE, KETTLE_EN, ("Helpful?", "Votes:")))
    assert drops_of(Posts(), page) == {}


def text_thread_page(stamps: tuple[str, ...], posts: tuple[str, ...], card: str) -> Page:
    """A thread's text dump: each post under its date line, with its poster's post count and a
    reply link after it."""
    lines: list[str] = ["Forum index"]
    for n, (stamp, text) in enumerate(zip(stamps, posts, strict=True), 1):
        lines += [f"user{n}", stamp, text, f"{card}: {n * 37}", "Reply"]
    return page_from_lines(*lines)


STAMPS_EN = ("Jan 3, 2024 at 4:47 pm", "Jan 3, 2024 at 5:02 pm", "Jan 4, 2024 at 9:15 am",
             "Jan 4, 2024 at 9:40 am")  # fmt: skip
STAMPS_DE = ("3. Januar 2024, 16:47", "3. Januar 2024, 17:02", "4. Januar 2024, 09:15",
             "4. Januar 2024, 09:40")  # fmt: skip
LONG_EN = tuple(f"{post} I tried it on the laptop and on the desktop as well." for post in POSTS_EN)
LONG_DE = tuple(f"{post} Ich habe es am Laptop und am Rechner probiert." for post in POSTS_DE)


def test_a_text_threads_repeated_post_lines_go_in_two_languages():
    for stamps, posts, card in ((STAMPS_EN, LONG_EN, "Posts"), (STAMPS_DE, LONG_DE, "Beiträge")):
        page = text_thread_page(stamps, posts, card)
        drops = drops_of(Posts(), page)
        assert drops[f"{card}: 37"] == "post_repeat"
        assert drops["Reply"] == "post_repeat"
        assert set(posts) <= set(kept_by(Posts(), page))


def test_a_text_page_with_few_dated_posts_is_left_alone():
    page = text_thread_page(STAMPS_EN[:3], LONG_EN[:3], "Posts")
    assert drops_of(Posts(), page) == {}


def test_an_articles_text_dump_repeating_short_lines_is_left_alone_in_german():
    lines = ["Nachrichten"]
    for text in LONG_DE:
        lines += [text, "Teilen", "Antworten"]
    assert drops_of(Posts(), page_from_lines(*lines)) == {}


def dated_story_page(
    stamp: str, sentence: str, teasers: tuple[str, ...], ago: str, share: str
) -> Page:
    """A news page's text dump: a story of about 450 words under its date line, then short
    teasers of other stories, each with its age and a share button."""
    lines = ["News", "Council backs the river bridge", stamp]
    lines += [sentence.format(n=n) for n in range(1, 13)]
    for n, teaser in enumerate(teasers, 2):
        lines += [ago.format(n=n), f"Headline {n}", teaser, share]
    return page_from_lines(*lines)


STORY_EN = (
    "On day {n} the council met again and agreed that the new bridge over the river would "
    "open in the spring, once the last checks on its steel, its lights and its railings were "
    "done by the city's own engineers."
)
STORY_DE = (
    "Am Tag {n} traf sich der Rat erneut und beschloss, dass die neue Brücke über den Fluss "
    "im Frühjahr öffnen soll, sobald die letzten Prüfungen an Stahl, Licht und Geländer von "
    "den Ingenieuren der Stadt erledigt sind."
)
TEASERS_EN = tuple(
    f"The {town} market will stay open later on Fridays, the town's traders said this week."
    for town in ("north", "south", "east", "west", "old")
)
TEASERS_DE = tuple(
    f"Der Markt im {town} bleibt freitags länger offen, sagten die Händler in dieser Woche."
    for town in ("Norden", "Süden", "Osten", "Westen", "Zentrum")
)


def test_a_story_under_its_date_line_with_dated_teasers_is_no_thread_in_two_languages():
    for stamp, sentence, teasers, ago, share in (
        ("Nov 18, 2024 at 9:15 am", STORY_EN, TEASERS_EN, "{n} hours ago", "Share"),
        ("18. November 2024, 09:15", STORY_DE, TEASERS_DE, "vor {n} Stunden", "Teilen"),
    ):
        page = dated_story_page(stamp, sentence, teasers, ago, share)
        assert drops_of(Posts(), page) == {}


def test_a_thread_with_a_long_first_post_and_long_replies_stays_a_thread():
    long_first = " ".join(STORY_EN.format(n=n) for n in range(1, 13))
    posts = (long_first, *(" ".join([post] * 8) for post in LONG_EN[1:]))
    drops = drops_of(Posts(), text_thread_page(STAMPS_EN, posts, "Posts"))
    assert drops["Posts: 37"] == "post_repeat"
