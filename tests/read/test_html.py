"""Tests for read/html.py: blocks, hints, the main-content pick and markup meta."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pagetidy.model import Block, Page
from pagetidy.read.html import PATH_DEPTH, read_html

ARTICLE_HEAD = "<head><meta property='og:type' content='article'></head>"
ARTICLE_PAGE = """<!doctype html>
<html lang="en-GB">
<head>
  <title>  Otters return to the river | Riverside Gazette </title>
  <meta property="og:title" content="Otters return to the river">
  <meta property="og:site_name" content="Riverside Gazette">
  <meta property="article:published_time" content="2024-03-05T08:00:00Z">
  <meta property="article:section" content="Nature">
  <meta property="article:tag" content="otters">
  <meta property="article:tag" content="rivers">
  <meta name="author" content="Mina Park">
  <meta name="keywords" content="otters, wildlife">
  <link rel="canonical" href="https://gazette.example/nature/otters">
  <style>p { color: red }</style>
  <script>var tracking = "not text";</script>
</head>
<body>
  <header class="site-header">
    <nav id="main-nav"><ul>
      <li><a href="/">Home</a></li>
      <li><a href="/nature">Nature</a></li>
    </ul></nav>
  </header>
  <main>
    <article class="story article-body__text">
      <h1>Otters return to the river</h1>
      <p class="byline">By <a href="/staff/mina">Mina Park</a></p>
      <time datetime="2024-03-05">5 March 2024</time>
      <p>After forty years away, otters have been seen again along the lower reaches of the
         river, volunteers said on Tuesday.</p>
      <figure><img src="otter.jpg" alt="An otter on a rock">
        <figcaption>An otter near the old mill.</figcaption></figure>
      <p>The animals were spotted at dawn by a <a href="/survey">survey team</a> counting
         birds near the weir.</p>
      <ul><li>Sightings: 4</li><li>Pups: 1</li></ul>
    </article>
    <aside class="related"><h2>Related</h2>
      <p><a href="/beavers">Beavers are back too</a></p></aside>
  </main>
  <footer class="site-footer"><p>© 2024 Riverside Gazette</p></footer>
</body>
</html>
"""


def texts(page: Page) -> list[str]:
    return [block.text for block in page.blocks]


def block_with(page: Page, text: str) -> Block:
    return next(block for block in page.blocks if block.text == text)


# Blocks


def test_article_page_blocks_in_document_order():
    page = read_html(ARTICLE_PAGE, "otters.html")
    assert page.source == "otters.html"
    assert page.mode == "html"
    assert texts(page) == [
        "Home",
        "Nature",
        "Otters return to the river",
        "By Mina Park",
        "5 March 2024",
        "After forty years away, otters have been seen again along the lower reaches of the "
        "river, volunteers said on Tuesday.",
        "An otter near the old mill.",
        "The animals were spotted at dawn by a survey team counting birds near the weir.",
        "Sightings: 4",
        "Pups: 1",
        "Related",
        "Beavers are back too",
        "© 2024 Riverside Gazette",
    ]
    assert [block.index for block in page.blocks] == list(range(len(page.blocks)))


def test_block_tags_bullets_and_gaps():
    page = read_html(ARTICLE_PAGE)
    tags = {block.text: block.hints.tag for block in page.blocks}
    assert tags["Home"] == "li"
    assert tags["Otters return to the river"] == "h1"
    assert tags["5 March 2024"] == "article"  # loose text inside the article element
    assert tags["An otter near the old mill."] == "figcaption"
    assert tags["Related"] == "h2"
    assert block_with(page, "Sightings: 4").hints.bullet == "•"
    assert block_with(page, "By Mina Park").hints.bullet == ""
    assert all(block.hints.gap_before and block.hints.gap_after for block in page.blocks)


def test_path_and_tokens():
    page = read_html(ARTICLE_PAGE)
    home = block_with(page, "Home")
    assert home.hints.path == ("html", "body", "header", "nav", "ul")
    assert {"site-header", "site", "header", "main-nav", "main", "nav"} <= home.hints.tokens
    byline = block_with(page, "By Mina Park")
    assert byline.hints.path == ("html", "body", "main", "article")
    assert {"byline", "story", "article-body__text", "article", "body", "text"} <= (
        byline.hints.tokens
    )
    footer = block_with(page, "© 2024 Riverside Gazette")
    assert {"site-footer", "site", "footer"} <= footer.hints.tokens


def test_tokens_of_wrappers_owning_no_block_reach_each_block():
    page = read_html(
        '<div class="outer"><section id="wrap"><ul class="list">'
        '<li class="item odd">Eins</li><li class="item even">Zwei</li></ul>'
        "Tail text of the section.</section><p>Un paragraphe.</p></div>"
    )
    assert block_with(page, "Eins").hints.tokens == {"outer", "wrap", "list", "item", "odd"}
    assert block_with(page, "Zwei").hints.tokens == {"outer", "wrap", "list", "item", "even"}
    assert block_with(page, "Tail text of the section.").hints.tokens == {"outer", "wrap"}
    assert block_with(page, "Un paragraphe.").hints.tokens == {"outer"}


def test_role_and_itemprop_are_tokens():
    page = read_html('<div role="Navigation" itemprop="articleBody"><p>Text here.</p></div>')
    assert {"navigation", "articlebody"} <= page.blocks[0].hints.tokens


def test_link_chars():
    page = read_html(ARTICLE_PAGE)
    assert block_with(page, "Home").hints.link_chars == 4
    assert block_with(page, "By Mina Park").hints.link_chars == len("Mina Park")
    survey = block_with(
        page, "The animals were spotted at dawn by a survey team counting birds near the weir."
    )
    assert survey.hints.link_chars == len("survey team")
    assert block_with(page, "Sightings: 4").hints.link_chars == 0


def test_main_content_is_the_article():
    page = read_html(ARTICLE_PAGE)
    in_main = [block.text for block in page.blocks if block.hints.in_main]
    assert in_main[0] == "Otters return to the river"
    assert in_main[-1] == "Pups: 1"
    assert not block_with(page, "Home").hints.in_main
    assert not block_with(page, "Beavers are back too").hints.in_main
    assert not block_with(page, "© 2024 Riverside Gazette").hints.in_main


def test_whitespace_is_collapsed_and_empty_blocks_skipped():
    page = read_html("<p>  a\n\t b\u00a0 c  </p><p> </p><div>\n</div><p>soft\u00adware</p>")
    assert texts(page) == ["a b c", "software"]


def test_inline_elements_join_without_extra_spaces():
    page = read_html("<p>Hel<b>lo</b> <i>wor</i>ld, <span>again</span>.</p>")
    assert texts(page) == ["Hello world, again."]


def test_adjacent_links_are_separated():
    page = read_html('<p><a href="/a">News</a><a href="/b">Sport</a> and <a href="/c">x</a>s</p>')
    assert texts(page) == ["News Sport and xs"]
    assert page.blocks[0].hints.link_chars == len("NewsSportx")


def test_loose_div_text_around_child_blocks():
    page = read_html("<div>Before <b>bold</b><p>Inner</p>After</div>")
    assert texts(page) == ["Before bold", "Inner", "After"]
    assert [block.hints.tag for block in page.blocks] == ["div", "p", "div"]


def test_br_joins_lines_and_double_br_splits():
    page = read_html("<div>line one<br>line two<br><br>\n<br>next para<br></div>")
    assert texts(page) == ["line one line two", "next para"]


def test_table_rows_are_blocks():
    html = (
        "<table><tr><th>Name</th><th>Score</th></tr>"
        "<tr><td>Ann</td><td>12</td></tr><tr><td><p>Bob</p></td><td>9</td></tr></table>"
    )
    page = read_html(html)
    assert texts(page) == ["Name Score", "Ann 12", "Bob", "9"]
    assert [block.hints.tag for block in page.blocks] == ["tr", "tr", "p", "tr"]


def test_list_item_with_paragraphs_gets_one_bullet():
    page = read_html("<ul><li><p>First para</p><p>Second para</p></li><li>Next</li></ul>")
    assert [(b.text, b.hints.bullet) for b in page.blocks] == [
        ("First para", "•"),
        ("Second para", ""),
        ("Next", "•"),
    ]


def test_custom_elements_are_block_boundaries():
    page = read_html("<body><x-card>One</x-card><x-card>Two</x-card></body>")
    assert texts(page) == ["One", "Two"]


# Non-content and hidden elements


def test_non_content_elements_are_skipped():
    html = """<html><head><title>Title text</title><style>.a{}</style></head><body>
    <script>document.write("script text")</script><noscript>Enable JavaScript</noscript>
    <template><p>template text</p></template><svg><text>svg text</text></svg>
    <iframe src="x">iframe text</iframe><select><option>Option text</option></select>
    <p>Visible</p></body></html>"""
    assert texts(read_html(html)) == ["Visible"]


def test_hidden_elements_are_skipped():
    html = f"""<html>{ARTICLE_HEAD}<body><p hidden>hidden attribute</p>
    <div aria-hidden="true"><p>aria hidden</p></div>
    <div style="color: red; DISPLAY : none"><p>display none</p></div>
    <figure hidden><figcaption>hidden caption</figcaption></figure>
    <h1 style="display:none">Hidden heading</h1>
    <p aria-hidden="false">Shown</p><p style="display: block">Also shown</p></body>"""
    page = read_html(html)
    assert texts(page) == ["Shown", "Also shown"]
    assert page.meta == (("og:type", "article"),)


def test_closed_dialog_is_hidden_and_until_found_is_not():
    html = """<body><dialog><p>Subscribe now</p></dialog><dialog open><p>Open dialog</p></dialog>
    <div hidden="until-found"><p>Collapsed answer</p></div></body>"""
    assert texts(read_html(html)) == ["Open dialog", "Collapsed answer"]


def test_an_accordion_panel_named_by_aria_controls_is_read():
    # (an article: a small page not marked so would be read with all it hides by style)
    html = f"""<html>{ARTICLE_HEAD}<body>
    <h3><a role="button" aria-controls="answer-1">How long does it take?</a></h3>
    <div id="answer-1" style="display:none"><p>About two months from start to end.</p></div>
    <div id="other" style="display:none"><p>A hidden promo</p></div></body>"""
    assert texts(read_html(html)) == [
        "How long does it take?",
        "About two months from start to end.",
    ]


def test_a_panel_after_a_collapsed_button_is_read_in_german():
    html = """<body><h3><button aria-expanded="false">Gewicht</button></h3>
    <div hidden aria-hidden="true"><p>Der Schuh wiegt nur 250 Gramm.</p></div>
    <h3><button aria-expanded="true">Sohle</button></h3><div hidden><p>Versteckt</p></div>
    <p>Weiter im Text.</p><div hidden><p>Auch versteckt</p></div></body>"""
    assert texts(read_html(html)) == [
        "Gewicht",
        "Der Schuh wiegt nur 250 Gramm.",
        "Sohle",
        "Weiter im Text.",
    ]


def test_button_text_is_skipped_unless_it_opens_a_section_in_two_languages():
    for add, title, answer in (
        ("Add to cart", "Delivery", "We ship within two days."),
        ("In den Warenkorb", "Lieferung", "Wir liefern in zwei Tagen."),
    ):
        html = f"""<body><p>A sturdy kettle.</p><button type="submit">{add}</button>
        <h3><button aria-controls="a1" aria-expanded="true">{title}</button></h3>
        <div id="a1"><p>{answer}</p></div><p>Pay <button>{add}</button> later.</p></body>"""
        assert texts(read_html(html)) == ["A sturdy kettle.", title, answer, "Pay later."]


def test_label_text_is_skipped_but_a_sentence_beside_its_field_is_kept_in_two_languages():
    for label, text in (
        ("Sort by", "Every lamp ships within two days."),
        ("Sortieren nach", "Jede Lampe wird in zwei Tagen versandt."),
    ):
        html = f"""<body><form><label for="s">{label}</label><input id="s">
        <label><input type="checkbox"> Brass (12)</label></form><p>{text}</p></body>"""
        assert texts(read_html(html)) == [text]


def test_react_streamed_segment_is_not_hidden():
    html = '<body><template id="B:0"></template><div hidden id="S:0"><p>Streamed</p></div></body>'
    assert texts(read_html(html)) == ["Streamed"]


def test_aria_hidden_slides_are_read_on_a_listing_but_not_on_an_article_in_two_languages():
    for first, other in (
        ("Three bedrooms near the park.", "A flat with a view of the river."),
        ("Drei Zimmer nahe dem Park.", "Eine Wohnung mit Blick auf den Fluss."),
    ):
        slides = f"<ul><li>{first}</li><li aria-hidden='true'>{other}</li></ul>"
        assert texts(read_html(f"<html><body>{slides}</body></html>")) == [first, other]
        html = f"<html>{ARTICLE_HEAD}<body>{slides}</body></html>"
        assert texts(read_html(html)) == [first]


def test_an_aria_hidden_inline_price_stays_hidden_on_a_listing():
    html = """<body><p><span aria-hidden="true">$30</span><span>Price was 30 dollars.</span></p>
    <p aria-hidden="true" hidden>Hidden both ways</p></body>"""
    assert texts(read_html(html)) == ["Price was 30 dollars."]


def test_aria_hidden_main_landmark_stays_visible():
    html = '<body><main aria-hidden="true"><p>Behind a dialog</p></main></body>'
    assert texts(read_html(html)) == ["Behind a dialog"]


def test_noscript_with_real_content_is_read():
    posts = "".join(f"<p>Post number {n} says something about the topic.</p>" for n in range(8))
    html = f"<body><div id='app'>Loading</div><noscript>{posts}</noscript></body>"
    page = read_html(html)
    assert texts(page)[0] == "Loading"
    assert len(page.blocks) == 9


# Main content


def test_readability_pick_without_semantic_containers():
    paragraph = "This sentence belongs to the story and it is long enough to count. " * 2
    html = f"""<body>
    <div class="menu"><a href="/">Home</a> <a href="/a">About</a></div>
    <div class="col"><div class="text">{f"<p>{paragraph}</p>" * 4}</div></div>
    <div class="side"><p>Short teaser one.</p><p>Short teaser two.</p></div></body>"""
    page = read_html(html)
    main = [block for block in page.blocks if block.hints.in_main]
    assert len(main) == 4
    assert all(block.hints.tag == "p" and "story" in block.text for block in main)


def test_several_article_cards_are_not_the_main_content():
    card = "<article><h2>Card</h2><p>A teaser sentence of a story that is long.</p></article>"
    story = "<p>The real story has a long paragraph with plenty of words to read.</p>" * 3
    html = f"<body>{card * 3}<div class='entry-content'>{story}</div></body>"
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [False] * 6 + [True] * 3


def test_item_prop_article_body_is_preferred():
    body = "<p>Body text that is long enough to count as a real paragraph here.</p>" * 2
    html = f"""<body><main><div class="intro"><p>{"Intro words. " * 30}</p></div>
    <div itemprop="articleBody">{body}</div></main></body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [False, True, True]


def test_text_spread_over_sections_widens_the_pick():
    lead = "<p>" + "Our team plans, builds and runs your systems day and night. " * 8 + "</p>"
    section = "<section><h2>Support</h2><p>We answer every question within one hour.</p></section>"
    html = f"""<body><nav><a href="/">Home</a></nav>
    <div class="page"><div class="hero">{lead}</div>{section * 12}</div>
    <footer><p>Small print.</p></footer></body>"""
    page = read_html(html)
    main = [block.text for block in page.blocks if block.hints.in_main]
    assert main[0].startswith("Our team") and main[-1].startswith("We answer")
    assert not block_with(page, "Home").hints.in_main


def test_forum_replies_widen_the_first_post_in_german():
    question = "Wie richte ich den Drucker im Netzwerk ein? " * 6
    first = f"<div class='post'><p>{question}</p></div>"
    answer = "Schau in die Einstellungen unter Freigabe, dort geht es."
    reply = f"<div class='post'><p>{answer}</p></div>"
    html = f"<body><div class='thread'>{first}{reply * 8}</div><aside><p>Werbung</p></aside></body>"
    page = read_html(html)
    main = [block.text for block in page.blocks if block.hints.in_main]
    assert len(main) == 9
    assert not block_with(page, "Werbung").hints.in_main


def test_a_long_story_with_a_few_teasers_is_not_widened():
    story = "<p>" + "Die Geschichte handelt von einem langen Winter am See. " * 5 + "</p>"
    teaser = "<div class='teaser'><p>Ein anderer Artikel über das Wetter im Süden.</p></div>"
    html = f"<body><div class='col'><div class='text'>{story * 4}</div>{teaser * 3}</div></body>"
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [True] * 4 + [False] * 3


def test_a_feed_of_article_cards_loses_to_the_story():
    story = "<p>" + "The council voted on the new bridge after a long debate. " * 4 + "</p>"
    card = "<article><h2><a href='/x'>Another story</a></h2><p>" + "A teaser line. " * 12
    html = f"""<body><article class="story">{story * 3}</article>
    <main class="feed">{(card + "</p></article>") * 4}</main></body>"""
    page = read_html(html)
    main = [block.text for block in page.blocks if block.hints.in_main]
    assert len(main) == 3 and all(text.startswith("The council") for text in main)


def test_a_story_followed_by_teaser_articles_is_kept_in_french():
    story = "<p>" + "Le conseil a voté pour le nouveau pont après un long débat. " * 5 + "</p>"
    teaser = "<article><h3><a href='/y'>Autre article</a></h3><p>Une ligne.</p></article>"
    html = f"<body><main><article>{story * 4}</article>{teaser * 4}</main></body>"
    page = read_html(html)
    main = [block.text for block in page.blocks if block.hints.in_main]
    assert len(main) == 4 and all(text.startswith("Le conseil") for text in main)


def test_a_small_main_element_is_not_widened():
    review = "<p>" + "Great shoes, they fit well and last long, would buy again. " * 4 + "</p>"
    box = f"<div><div><div class='box'>{review * 2}</div></div></div>"
    html = f"""<body><main><h1>Wool runner</h1><p>{"Soft merino wool upper. " * 12}</p>
    <p>{"Machine washable. " * 12}</p></main>{box * 5}</body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [True] * 3 + [False] * 10


def test_a_small_role_main_is_not_widened_in_spanish():
    opinion = "<p>" + "Muy buenos zapatos, cómodos y duraderos, los compraría. " * 4 + "</p>"
    box = f"<div><div><div class='caja'>{opinion * 2}</div></div></div>"
    html = f"""<body><div role="main"><h1>Zapatilla</h1><p>{"Lana merino suave. " * 14}</p>
    <p>{"Se lava a máquina. " * 14}</p></div>{box * 5}</body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [True] * 3 + [False] * 10


def test_an_article_in_sibling_sections_grows_to_all_of_them():
    lead = "<p>" + "The first coffee houses opened in the port cities of the old empire. " * 3
    more = "<p>" + "Traders carried the beans along the sea routes to every harbour town. " * 2
    section = f"<div class='component'><h2>A chapter</h2>{more}</p>{more}</p></div>"
    paragraphs = f"{lead}</p>" * 3
    longest = f"<div class='component'><h3>The longest chapter</h3>{paragraphs}</div>"
    html = f"""<body><nav><a href="/">Home</a></nav>
    <div class="grid">{section}{section}{longest}</div>
    <div class="more"><ul><li><a href="/a">Another story</a></li></ul></div></body>"""
    page = read_html(html)
    main = [block.text for block in page.blocks if block.hints.in_main]
    assert main[0] == "A chapter" and main[-1].startswith("The first coffee")
    assert not block_with(page, "Another story").hints.in_main


def test_sibling_sections_grow_the_pick_in_german():
    lead = "<p>" + "Die ersten Kaffeehäuser öffneten in den Hafenstädten des alten Reiches. " * 3
    more = "<p>" + "Händler brachten die Bohnen über das Meer in jede Hafenstadt des Landes. " * 2
    section = f"<section><h2>Ein Kapitel</h2>{more}</p>{more}</p></section>"
    html = f"<body><div><section>{lead}</p>{lead}</p>{lead}</p></section>{section * 2}</div></body>"
    page = read_html(html)
    assert all(block.hints.in_main for block in page.blocks)


def test_a_story_does_not_grow_over_a_list_of_teasers():
    story = "<p>" + "The council voted on the new bridge after a long and heated debate. " * 4
    teaser = "<li>" + "Another story about the weather in the south, with a long summary. " * 2
    html = f"""<body><div class="page"><ul class="ticker">{(teaser + "</li>") * 6}</ul>
    <div class="story">{(story + "</p>") * 3}</div></div></body>"""
    page = read_html(html)
    main = [block.text for block in page.blocks if block.hints.in_main]
    assert len(main) == 3 and all(text.startswith("The council") for text in main)


def test_a_copy_of_the_story_for_small_screens_does_not_grow_the_pick_in_french():
    story = "<p>" + "Le conseil a voté pour le nouveau pont après un long et vif débat. " * 4
    body = (story + "</p>") * 3
    html = f"""<body><div class="page"><div class="mobile"><div>{body}</div></div>
    <div class="desktop"><div><div>{body}</div></div></div></div></body>"""
    page = read_html(html)
    assert sum(block.hints.in_main for block in page.blocks) == 3


def test_a_body_class_naming_a_sidebar_does_not_weigh_down_every_paragraph():
    line = "<p>" + "The council voted on Monday to close the old coal plant by 2030. " * 2
    legal = "<p>" + "All rights reserved, no part may be copied without leave. " * 5
    html = f"""<body class="has-sidebar"><div class="story">{(line + "</p>") * 6}</div>
    <div class="legal">{legal}</p></div></body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [True] * 6 + [False]


def test_a_related_box_under_such_a_body_is_still_unlikely_in_spanish():
    line = "<p>" + "El consejo votó el lunes cerrar la vieja central de carbón antes de 2030. " * 2
    side = "<p>" + "Lo más leído de la semana en nuestra web, con muchas otras noticias. " * 6
    html = f"""<body class="sidebar-left"><div class="nota">{(line + "</p>") * 3}</div>
    <div class="related">{(side + "</p>") * 3}</div></body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [True] * 3 + [False] * 3


def test_an_article_body_split_in_named_chunks_keeps_every_chunk():
    def chunk(sentence: str, count: int) -> str:
        return f"<div class='article-body__chunk'><p>{sentence * count}</p></div>"

    text = "The bridge opened on Monday after four years of work. "
    html = f"""<body><div class="article-body">{chunk(text, 18)}<figure>Ad</figure>
    {chunk(text, 7)}{chunk(text, 5)}</div><div class="side"><p>Other news.</p></div></body>"""
    page = read_html(html)
    main = [block.text for block in page.blocks if block.hints.in_main]
    assert len(main) == 4 and main[-1].startswith("The bridge")
    assert not block_with(page, "Other news.").hints.in_main


def test_a_main_chunk_with_a_small_named_box_beside_it_is_narrowed_in_italian():
    text = "Il ponte è stato aperto lunedì dopo quattro anni di lavori. "
    html = f"""<body><div class="article-body"><div class="article-text"><p>{text * 18}</p>
    </div><div class="post-content"><p>{text * 3}</p></div></div></body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [True, False]


def test_no_blocks_no_main():
    page = read_html("<html><head><title>Empty</title></head><body></body></html>")
    assert page.blocks == ()
    assert page.meta == (("title", "Empty"),)


# Meta


def test_meta_from_markup():
    meta = read_html(ARTICLE_PAGE).meta
    assert meta == (
        ("title", "Otters return to the river | Riverside Gazette"),
        ("og:title", "Otters return to the river"),
        ("og:site_name", "Riverside Gazette"),
        ("article:published_time", "2024-03-05T08:00:00Z"),
        ("article:section", "Nature"),
        ("article:tag", "otters"),
        ("article:tag", "rivers"),
        ("author", "Mina Park"),
        ("keywords", "otters, wildlife"),
        ("canonical", "https://gazette.example/nature/otters"),
        ("html_lang", "en-GB"),
        ("h1", "Otters return to the river"),
        ("time", "4 2024-03-05"),  # the block it stands in, its datetime
        ("caption", "An otter near the old mill."),
    )


def test_og_url_is_the_canonical_fallback_and_news_keywords_count():
    html = """<head><meta property="og:url" content="https://a.example/x">
    <meta name="news_keywords" content="a, b"></head><body></body>"""
    assert read_html(html).meta == (("keywords", "a, b"), ("canonical", "https://a.example/x"))


def test_img_alt_is_a_caption_only_without_figcaption_and_once():
    html = """<body><figure><img alt="Alt only"></figure>
    <figure><img alt="Not used"><figcaption>The caption</figcaption></figure>
    <figure><img alt="Alt only"></figure><img alt="Outside figure"></body>"""
    captions = [value for key, value in read_html(html).meta if key == "caption"]
    assert captions == ["Alt only", "The caption"]


def test_json_ld_article_facts():
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Not an article"},
            {
                "@type": ["NewsArticle"],
                "headline": "Otters  return",
                "datePublished": "2024-03-05",
                "dateModified": "2024-03-06",
                "author": [{"@type": "Person", "name": "Mina Park"}, "Jo Lee"],
                "keywords": ["otters", "rivers"],
                "articleSection": "Nature",
                "publisher": {"@type": "Organization", "name": "Riverside Gazette"},
            },
        ],
    }
    blog = {"@type": "BlogPosting", "author": {"name": "Sam"}, "keywords": "a, b"}
    html = f"""<head>
    <script type="application/ld+json">{json.dumps(graph)}</script>
    <script type="application/ld+json">[{json.dumps(blog)}]</script>
    <script type="application/ld+json">{{"@type": "Article", "headline": broken</script>
    </head><body><p>x</p></body>"""
    assert read_html(html).meta == (
        ("ld:headline", "Otters return"),
        ("ld:datePublished", "2024-03-05"),
        ("ld:dateModified", "2024-03-06"),
        ("ld:author", "Mina Park"),
        ("ld:author", "Jo Lee"),
        ("ld:keywords", "otters, rivers"),
        ("ld:articleSection", "Nature"),
        ("ld:publisher", "Riverside Gazette"),
        ("ld:author", "Sam"),
        ("ld:keywords", "a, b"),
    )


def test_json_ld_with_newlines_inside_strings_and_comment_wrapper():
    html = (
        '<script type="application/ld+json"><!--\n{"@type": "Report", "headline": "Line\none"}'
        "\n--></script><p>x</p>"
    )
    assert read_html(html).meta == (("ld:headline", "Line one"),)


# Robustness


def test_deep_nesting_does_not_recurse():
    depth = 100_000
    html = "<body>" + "<span>" * depth + "deep text" + "</span>" * depth + "</body>"
    page = read_html(html)
    assert texts(page) == ["deep text"]
    assert page.blocks[0].hints.tag == "body"


def test_deep_block_nesting_caps_the_path():
    depth = 2_000
    html = "<body>" + '<div class="d">' * depth + "<p>deep</p>" + "</div>" * depth + "</body>"
    page = read_html(html)
    assert texts(page) == ["deep"]
    assert len(page.blocks[0].hints.path) == PATH_DEPTH
    assert page.blocks[0].hints.path == ("div",) * PATH_DEPTH
    assert page.blocks[0].hints.tokens == frozenset({"d"})


@pytest.mark.parametrize("html", ["", "plain words", "<", "<p", "</p></div>", "<!-- x -->"])
def test_odd_inputs(html):
    page = read_html(html)
    assert all(block.text for block in page.blocks)


HTML_PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='a-b c'>",
        "</div>",
        "<a href='#'>",
        "</a>",
        "<br>",
        "<li>",
        "<table><tr><td>",
        "<figure><img alt='x'>",
        "<figcaption>",
        "<span hidden>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        " ",
        "\n",
        "text",
        "mot\u00a0",
        "<",
        ">",
    ]
)


@given(st.lists(HTML_PIECES, max_size=40).map("".join) | st.text(max_size=200))
def test_read_html_never_fails(html):
    page = read_html(html)
    assert [block.index for block in page.blocks] == list(range(len(page.blocks)))
    for block in page.blocks:
        assert block.text == " ".join(block.text.split()) != ""
        assert 0 <= block.hints.link_chars <= len(block.text)
        assert len(block.hints.path) <= PATH_DEPTH


def test_landmark_tag_names_join_the_tokens_of_their_blocks():
    page = read_html(
        "<body><aside><p>Weitere Artikel</p></aside><form class='f'><p>Suche</p></form>"
        "<div><p>Texte principal.</p></div></body>"
    )
    tokens = {block.text: block.hints.tokens for block in page.blocks}
    assert "aside" in tokens["Weitere Artikel"]
    assert {"form", "f"} <= tokens["Suche"]
    assert tokens["Texte principal."] == frozenset()


def test_comment_threads_count_little_for_the_main_pick():
    comment = "This is a long reader comment that says a great deal about the story. " * 3
    story = "The mayor opened the new library on Saturday, with a thousand books donated. " * 2
    html = (
        f"<body><div class='story'><p>{story}</p><p>{story}</p></div>"
        f"<div class='comments'>{''.join(f'<p>{comment}</p>' for _ in range(5))}</div></body>"
    )
    page = read_html(html)
    main = [block.text for block in page.blocks if block.hints.in_main]
    assert main == [story.strip(), story.strip()]


def test_utf8_bytes_read_like_text():
    page = (
        "<html lang='fr'><head><title>Été</title></head><body><nav><a href='/'>Accueil</a></nav>"
        "<article><h1>Déjà vu</h1><p>Ça coûte 5 € — un café, s’il vous plaît, merci.</p>"
        "<p>今天天气很好，我们去公园散步。</p></article></body></html>"
    )
    assert read_html(page.encode("utf-8")) == read_html(page)


def test_a_cookie_consent_panel_is_never_the_main_content():
    notice = "<p>" + "We and our partners store and access data on your device to measure ads. " * 3
    panel = f"<div id='cookieNotice'><h2>Your privacy</h2>{(notice + '</p>') * 6}</div>"
    item = "<li><a href='/r'>A quick dinner recipe</a> with a short note on each dish.</li>"
    html = f"""<body><div class="listing"><h1>Dinner recipes</h1>
    <p>Our favourite dinners for busy weeknights, all tested at home.</p><ul>{item * 5}</ul></div>
    {panel}</body>"""
    page = read_html(html)
    main = [block.text for block in page.blocks if block.hints.in_main]
    assert main == ["A quick dinner recipe with a short note on each dish."] * 5


def test_a_cookie_banner_loses_to_a_short_story_in_german():
    banner = "<p>" + "Wir verwenden Cookies, um Inhalte zu personalisieren und zu messen. " * 3
    story = "<p>Der Stadtrat hat am Montag den neuen Radweg entlang des Flusses beschlossen.</p>"
    html = f"""<body><div class="CookieBanner">{(banner + "</p>") * 5}</div>
    <div class="nachricht">{story * 2}</div></body>"""
    page = read_html(html)
    main = [block.text for block in page.blocks if block.hints.in_main]
    assert main == [block.text for block in page.blocks][-2:]


def test_a_story_about_cookies_under_a_consent_marked_body_is_kept_in_french():
    line = "<p>" + "Le règlement sur les cookies oblige chaque site à demander le consentement. "
    html = f"""<body class="cookie-consent-given"><div class="article">{(line + "</p>") * 5}</div>
    <div class="pied"><p>Mentions légales</p></div></body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [True] * 5 + [False]


def test_a_testimonial_carousel_loses_the_pick_to_the_service_text():
    quote = "<p>" + "Working with this team was a joy, they delivered on time and on budget. " * 3
    intro = "<p>We design, build and run data platforms for hospitals and clinics.</p>"
    html = f"""<body><div class="services">{intro * 3}</div>
    <div class="testimonials">{(quote + "</p>") * 4}</div></body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [True] * 3 + [False] * 4


def test_a_testimonial_block_loses_the_pick_in_spanish():
    quote = "<p>" + "Trabajar con este equipo fue un placer, cumplieron plazos y presupuesto. " * 3
    intro = "<p>Diseñamos, construimos y operamos plataformas de datos para hospitales.</p>"
    html = f"""<body><div class="servicios">{intro * 3}</div>
    <div class="testimonial-slider">{(quote + "</p>") * 4}</div></body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [True] * 3 + [False] * 4


def test_a_story_quoting_customers_keeps_its_quotes_in_german():
    line = "<p>" + "Die Kunden der Bäckerei loben seit Jahren das Brot und den Service. "
    quote = "<blockquote class='zitat'><p>Das beste Brot der ganzen Stadt, jeden Morgen frisch.</p>"
    html = f"""<body><div class="artikel">{(line + "</p>") * 4}{quote}</blockquote></div>
    <div class="fuss"><p>Impressum</p></div></body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [True] * 5 + [False]


def test_a_json_blob_left_in_the_markup_does_not_win_the_pick():
    blob = json.dumps({"widget": "grid", "items": [f"item-{n}" for n in range(200)]})
    line = "<p>Our range of garden chairs, benches and tables for every terrace.</p>"
    html = f"""<body><div class="state">{blob}</div><div class="range">{line * 3}</div></body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [False] + [True] * 3


def test_a_json_list_blob_does_not_win_the_pick_in_german():
    blob = json.dumps([{"name": f"Stuhl {n}", "preis": n} for n in range(100)])
    line = "<p>Unsere Auswahl an Gartenstühlen, Bänken und Tischen für jede Terrasse.</p>"
    html = f"""<body><div class="daten">{blob}</div><div class="liste">{line * 3}</div></body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [False] + [True] * 3


def test_bracketed_notes_still_count_for_the_pick_in_french():
    note = "<p>[Mise à jour : le conseil a voté] " + "La mairie rouvre la piscine cet été. " * 8
    html = f"""<body><div class="article">{(note + "</p>") * 3}</div>
    <div class="pied"><p>Mentions légales et contact de la rédaction.</p></div></body>"""
    page = read_html(html)
    assert [b.hints.in_main for b in page.blocks] == [True] * 3 + [False]


def _headed_sections(intro: str, part: str, head: str = "") -> str:
    lead = f"<div class='intro'>{('<p>' + intro * 3 + '</p>') * 3}</div>"
    section = f"<section><h3>A part</h3><p>{part * 2}</p><p>{part * 2}</p></section>"
    return f"""<html><head>{head}</head><body><nav><a href="/">Home</a></nav>
    <div class="page"><div class="top"><h1>Programmes</h1>{lead}</div>{section * 3}</div>
    <footer><p>Imprint</p></footer></body></html>"""


def test_a_pick_under_its_heading_grows_to_the_sections_beside_them_in_two_languages():
    for intro, part in (
        (
            "Our courses prepare working people for the next step in their careers. ",
            "Each course runs over ten weeks in the evening. ",
        ),
        (
            "Unsere Kurse bereiten Berufstätige auf den nächsten Schritt vor. ",
            "Jeder Kurs dauert zehn Wochen und findet abends statt. ",
        ),
    ):
        page = read_html(_headed_sections(intro, part))
        main = [block.text for block in page.blocks if block.hints.in_main]
        assert main[0] == "Programmes" and main[-1].startswith(part.strip()[:10])
        assert "Home" not in main and "Imprint" not in main


def test_a_marked_article_does_not_grow_past_its_heading_in_french():
    intro = "Le conseil a voté pour le nouveau pont après un long et vif débat. "
    part = "Une autre histoire sur la météo du sud, avec un long résumé. "
    head = "<meta property='og:type' content='article'>"
    page = read_html(_headed_sections(intro, part, head))
    main = [block.text for block in page.blocks if block.hints.in_main]
    assert len(main) == 3 and all(text.startswith("Le conseil") for text in main)


def _revealed_grid(items: list[str], visible: str = "", head: str = "") -> str:
    cards = "".join(f"<li><p>{item}</p></li>" for item in items)
    return (
        f"<html><head>{head}</head><body><h1>Shop</h1>{visible}"
        f"<ul class='grid' style='display:none'>{cards}</ul></body></html>"
    )


GRID_EN = [f"Warm wool socks in size {n}, knitted from soft merino yarn." for n in range(6)]
GRID_ES = [f"Calcetines de lana cálidos de la talla {n}, tejidos con merino." for n in range(6)]


def test_a_page_showing_its_grid_by_script_is_read_with_it_in_two_languages():
    for items in (GRID_EN, GRID_ES):
        page = read_html(_revealed_grid(items))
        assert texts(page) == ["Shop", *items]


def test_a_hidden_grid_beside_enough_visible_text_stays_hidden():
    visible = "".join(f"<p>{line}</p>" for line in GRID_EN) * 2
    page = read_html(_revealed_grid(GRID_ES, visible))
    assert not any(text in GRID_ES for text in texts(page))


def test_a_hidden_grid_on_a_marked_article_stays_hidden_in_spanish():
    page = read_html(_revealed_grid(GRID_ES, head=ARTICLE_HEAD[6:-7]))
    assert texts(page) == ["Shop"]


def _linked_cards(summaries: list[str], head: str = "") -> str:
    cards = "".join(
        f"<div class='card'><a href='/s{n}'><h2>Story {n}</h2><p>{text}</p></a></div>"
        for n, text in enumerate(summaries)
    )
    return (
        f"<html><head>{head}</head><body><div class='intro'><h1>Rentals</h1>"
        f"<p>All our stories about renting a car.</p></div><div class='feed'>{cards}</div>"
        "</body></html>"
    )


SUMMARIES_EN = [
    f"A driver in the city was stopped because the rental company listed car {n} as stolen."
    for n in range(5)
]
SUMMARIES_FR = [
    f"Un conducteur a été arrêté en ville car le loueur avait déclaré la voiture {n} volée."
    for n in range(5)
]


def test_cards_wrapped_in_their_links_are_the_main_text_of_a_small_page_in_two_languages():
    for summaries in (SUMMARIES_EN, SUMMARIES_FR):
        page = read_html(_linked_cards(summaries))
        main = [block.text for block in page.blocks if block.hints.in_main]
        assert set(summaries) <= set(main)


def test_cards_wrapped_in_links_stay_out_of_a_marked_article_in_french():
    page = read_html(_linked_cards(SUMMARIES_FR, ARTICLE_HEAD[6:-7]))
    main = [block.text for block in page.blocks if block.hints.in_main]
    assert not set(SUMMARIES_FR) & set(main)


def test_a_product_shown_by_script_is_read_in_two_languages():
    product = "<head><meta property='og:type' content='product'></head>"
    for items in (
        GRID_EN,
        [f"Warme Wollsocken in Größe {n}, aus weichem Merino gestrickt." for n in range(6)],
    ):
        page = read_html(_revealed_grid(items, head=product))
        assert texts(page) == ["Shop", *items]
