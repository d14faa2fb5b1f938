"""A forum thread's main content is every post of the thread, not its longest post."""

from __future__ import annotations

import json

from pagetidy.read.html import read_html

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
