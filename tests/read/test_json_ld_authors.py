"""JSON-LD authors: references by ``@id``, forum threads, the web page's author, teasers.

All names and sites are invented.
"""

from __future__ import annotations

import json

from pagetidy.read.html import read_json_ld


def _authors(doc: object) -> list[tuple[str, str]]:
    return [(key, value) for key, value in read_json_ld(json.dumps(doc)) if "author" in key]


def test_author_given_as_a_reference_to_a_person_in_the_graph():
    doc = {
        "@graph": [
            {"@type": "Article", "headline": "Otters", "author": {"@id": "#p1"}},
            {"@type": "Person", "@id": "#p1", "name": "Mina Park"},
            {"@type": "Person", "@id": "#p2", "name": "박지민"},
        ]
    }
    assert _authors(doc) == [("ld:author", "Mina Park")]


def test_unresolved_reference_gives_no_author():
    doc = {"@type": "BlogPosting", "author": {"@id": "#nobody"}}
    assert _authors(doc) == []


def test_forum_thread_gives_its_opening_posts_author_not_a_replys():
    doc = {
        "@type": "DiscussionForumPosting",
        "headline": "Saw blade wobbles",
        "author": {"@type": "Person", "name": "woodfan42"},
        "comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "RiverOtter"}}],
    }
    assert _authors(doc) == [("ld:author", "woodfan42")]
    question = {
        "@type": "QAPage",
        "mainEntity": {
            "@type": "Question",
            "author": {"name": "yuki_t"},
            "acceptedAnswer": {"@type": "Answer", "author": {"name": "hana.k"}},
        },
    }
    assert _authors(question) == [("ld:author", "yuki_t")]


def test_web_page_author_is_kept_apart():
    doc = {
        "@graph": [
            {"@type": "WebPage", "author": {"@id": "#a"}},
            {"@type": "Person", "@id": "#a", "name": "Lucía Ferrer"},
        ]
    }
    assert _authors(doc) == [("ld:page_author", "Lucía Ferrer")]


def test_later_articles_are_teasers_and_their_authors_are_not_read():
    doc = [
        {"@type": "NewsArticle", "author": [{"name": "Anna Schmidt"}, {"name": "Jonas Weber"}]},
        {"@type": "NewsArticle", "author": {"name": "Ines Falk"}},
        {"@type": "Review", "author": {"name": "Tom Roe"}},
    ]
    assert _authors(doc) == [("ld:author", "Anna Schmidt"), ("ld:author", "Jonas Weber")]
