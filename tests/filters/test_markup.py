"""The markup filter: blocks outside the main content or under chrome markup go (HTML only)."""

from __future__ import annotations

from pagetidy.clean import clean
from pagetidy.filters.markup import Markup
from pagetidy.pipeline import DEFAULT_FILTERS, HTML_FILTERS
from pagetidy.read.html import read_html
from tests.conftest import drops_of, kept_by, page_from_lines

PROSE_EN = (
    "The council met on Tuesday evening to discuss the new bridge over the river, "
    "and most members agreed that the old one could not be repaired at a sensible cost."
)
PROSE_DE = (
    "Der Gemeinderat hat am Dienstagabend über die neue Brücke beraten, und die meisten "
    "Mitglieder waren sich einig, dass die alte nicht mehr sinnvoll zu reparieren ist."
)


def article(body: str, outside: str = "", lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><body><nav><ul><li><a href='/'>Home</a></li>"
        f"<li><a href='/a'>World</a></li></ul></nav>"
        f"<article class='story'>{body}</article>{outside}"
        f"<footer><p>Imprint and privacy</p></footer></body></html>"
    )


def test_blocks_outside_the_main_container_go():
    page = read_html(article(f"<p>{PROSE_EN}</p><p>{PROSE_EN} Again.</p>"))
    drops = drops_of(Markup(), page)
    assert drops == {
        "Home": "outside_main",
        "World": "outside_main",
        "Imprint and privacy": "outside_main",
    }


def test_chrome_tokens_inside_the_main_container_go_german():
    body = (
        f"<p>{PROSE_DE}</p><ul class='share-bar'><li><a href='/fb'>Auf Facebook teilen</a></li>"
        f"</ul><p>{PROSE_DE} Weiter.</p><div class='related-links'><p>Mehr zum Thema Brücken"
        f" und Straßen in der Stadt</p></div>"
    )
    drops = drops_of(Markup(), read_html(article(body, lang="de")))
    assert drops["Auf Facebook teilen"] == "chrome_token"
    assert drops["Mehr zum Thema Brücken und Straßen in der Stadt"] == "chrome_token"
    assert PROSE_DE not in drops


def test_landmark_tags_inside_main_have_their_own_reasons():
    body = (
        f"<p>{PROSE_EN}</p><aside><p>Read our other bridge stories</p></aside>"
        f"<p>{PROSE_EN} More.</p><form><p>Sign in to comment on this story</p></form>"
        f"<nav><p>Previous story / next story</p></nav>"
    )
    drops = drops_of(Markup(), read_html(article(body)))
    assert drops["Read our other bridge stories"] == "aside_ancestor"
    assert drops["Sign in to comment on this story"] == "form_ancestor"
    assert drops["Previous story / next story"] == "nav_ancestor"


def test_tokens_every_main_block_shares_do_not_count():
    # the whole page sits in a <form> and a "has-sidebar" wrapper: nothing is chrome by it
    html = (
        f"<body class='has-sidebar'><form id='page'><article class='story'><p>{PROSE_EN}</p>"
        f"<p>{PROSE_EN} Twice.</p></article></form></body>"
    )
    assert drops_of(Markup(), read_html(html)) == {}


def test_a_forum_whose_posts_are_comments_keeps_them():
    posts = "".join(f"<div class='comment'><p>{PROSE_EN} Post {n}.</p></div>" for n in range(4))
    html = f"<body><main><h1>Which bridge design?</h1>{posts}</main></body>"
    assert drops_of(Markup(), read_html(html)) == {}


def test_forum_signatures_go_in_two_languages_but_a_signature_page_stays():
    posts = "".join(
        f"<div class='post'><p>{prose} Post {n}.</p><div class='post-signature'>"
        f"<p>{sig}</p></div></div>"
        for n, (prose, sig) in enumerate(
            [(PROSE_EN, "My rig: 3 bikes and a van"), (PROSE_DE, "Gruß aus Köln, Jürgen")]
        )
    )
    html = f"<body><main><h1>Which bridge design?</h1>{posts}</main></body>"
    drops = drops_of(Markup(), read_html(html))
    assert drops == {
        "My rig: 3 bikes and a van": "chrome_token",
        "Gruß aus Köln, Jürgen": "chrome_token",
    }
    # a page about signatures, wrapped in the name: a token every main block shares
    html = f"<body><main class='signature-guide'><p>{PROSE_EN}</p><p>{PROSE_DE}</p></main></body>"
    assert drops_of(Markup(), read_html(html)) == {}


def test_comments_under_an_article_go():
    comments = "".join(f"<li class='comment'><p>I agree, post {n}.</p></li>" for n in range(3))
    body = f"<p>{PROSE_EN}</p><p>{PROSE_EN} Two.</p><p>{PROSE_EN} Three.</p><ol>{comments}</ol>"
    drops = drops_of(Markup(), read_html(article(body)))
    assert {text: drops[text] for text in drops if "post" in text} == {
        f"I agree, post {n}.": "chrome_token" for n in range(3)
    }


def test_link_dense_short_blocks_go_but_linked_prose_and_headings_stay():
    body = (
        f"<p>{PROSE_EN}</p><p><a href='/x'>Bridge</a> <a href='/y'>River</a> news</p>"
        f"<h2><a href='/s'>A linked subheading</a></h2>"
        f"<p>The council's report, which took two years to write, is <a href='/r'>online</a>.</p>"
        f"<p>{PROSE_EN} Four.</p>"
    )
    drops = drops_of(Markup(), read_html(article(body)))
    assert drops["Bridge River news"] == "link_dense"
    assert "A linked subheading" not in drops
    assert "The council's report, which took two years to write, is online." not in drops


def test_look_alike_class_names_are_not_chrome():
    # "shared" / "commentary" are not the tokens "share" / "comment"
    body = (
        f"<div class='shared-content'><p>{PROSE_EN}</p></div><p>{PROSE_EN} Two.</p>"
        f"<div class='commentary'><p>{PROSE_EN} Three.</p></div>"
    )
    drops = drops_of(Markup(), read_html(article(body)))
    assert set(drops.values()) == {"outside_main"}


def test_text_pages_are_left_alone():
    page = page_from_lines("Home > News", PROSE_EN)
    assert kept_by(Markup(), page) == ["Home > News", PROSE_EN]


def test_a_page_without_a_main_pick_is_left_to_the_text_filters():
    page = read_html("<body><p>Short.</p></body>")
    assert drops_of(Markup(), page) == {}


def test_html_pipeline_is_the_default_one_without_the_layout_filters():
    names = [each.name for each in HTML_FILTERS]
    assert names[0] == "markup"
    assert set(names) < {each.name for each in DEFAULT_FILTERS}
    assert "span" not in names


def test_clean_on_html_keeps_the_article_and_its_list():
    body = (
        f"<p>{PROSE_EN}</p><ul><li>Length: 120 m</li><li>Cost: 4 million</li></ul>"
        f"<p>{PROSE_EN} End.</p>"
    )
    result = clean(article(body), input_format="html")
    assert "Length: 120 m" in result.text
    assert "Home" not in result.text
    assert any(drop.reason == "outside_main" for drop in result.drops)


def test_a_listing_page_keeps_its_link_lines_french():
    items = "".join(
        f"<li><a href='/a{n}'>Le pont numéro {n} rouvre</a> lundi</li>" for n in range(6)
    )
    html = f"<body><main><h1>Actualités</h1><ul>{items}</ul><p>Page 1 sur 4.</p></main></body>"
    assert drops_of(Markup(), read_html(html)) == {}


def test_link_dense_chrome_in_an_article_still_goes_french():
    body = (
        f"<p>{PROSE_EN}</p><p><a href='/x'>Ponts</a> <a href='/y'>Fleuves</a> Ville</p>"
        f"<p>{PROSE_EN} Deux.</p>"
    )
    drops = drops_of(Markup(), read_html(article(body, lang="fr")))
    assert drops["Ponts Fleuves Ville"] == "link_dense"


def test_customer_reviews_under_a_product_description_go():
    reviews = "".join(
        f"<li class='review'><p>Great kettle, works well, five stars, buyer {n}.</p></li>"
        for n in range(3)
    )
    body = (
        f"<p>{PROSE_EN}</p><p>{PROSE_EN} Specs.</p><section id='reviews'><h2>Customer reviews"
        f"</h2><ol>{reviews}</ol></section>"
    )
    drops = drops_of(Markup(), read_html(article(body)))
    assert drops["Customer reviews"] == "chrome_token"
    assert drops["Great kettle, works well, five stars, buyer 1."] == "chrome_token"
    assert PROSE_EN not in drops


def test_customer_reviews_go_german_but_a_review_article_stays():
    reviews = "".join(
        f"<div class='reviews-item'><p>Toller Wasserkocher, Käufer {n}.</p></div>" for n in range(3)
    )
    body = f"<p>{PROSE_DE}</p><p>{PROSE_DE} Daten.</p><div class='reviews'>{reviews}</div>"
    drops = drops_of(Markup(), read_html(article(body, lang="de")))
    assert drops["Toller Wasserkocher, Käufer 2."] == "chrome_token"
    # a review article: its body is named "review", not "reviews"
    html = article(f"<div class='review-body'><p>{PROSE_DE}</p></div><p>{PROSE_DE} Fazit.</p>")
    assert set(drops_of(Markup(), read_html(html)).values()) == {"outside_main"}


def test_a_page_that_is_mostly_reviews_keeps_them():
    reviews = "".join(
        f"<div class='reviews-item'><p>{PROSE_EN} Reviewer {n}.</p></div>" for n in range(4)
    )
    html = f"<body><main><h1>Kettle reviews</h1><div class='reviews'>{reviews}</div></main></body>"
    drops = drops_of(Markup(), read_html(html))
    assert not [text for text in drops if "Reviewer" in text]


def test_an_author_box_under_the_article_goes_french():
    prose_fr = (
        "Le conseil municipal s'est réuni mardi soir pour discuter du nouveau pont, et la "
        "plupart des membres ont convenu que l'ancien ne pouvait plus être réparé."
    )
    body = (
        f"<p>{prose_fr}</p><p>{prose_fr} Encore.</p><div class='author-box'><p>Marie Dupont "
        f"écrit sur la ville depuis dix ans.</p></div>"
    )
    drops = drops_of(Markup(), read_html(article(body, lang="fr")))
    assert drops["Marie Dupont écrit sur la ville depuis dix ans."] == "chrome_token"
    assert prose_fr not in drops


def test_a_page_that_is_mostly_one_authors_text_keeps_it():
    # "authored" is not the token "author"; a wrapper every block shares does not count
    body = f"<div class='authored-note'><p>{PROSE_EN}</p></div><p>{PROSE_EN} Two.</p>"
    assert set(drops_of(Markup(), read_html(article(body))).values()) == {"outside_main"}
    html = f"<body><div class='author-page'><main><p>{PROSE_DE}</p><p>{PROSE_DE}</p></main></div>"
    assert drops_of(Markup(), read_html(html)) == {}


def _comment(text: str) -> str:
    return f"<li class='comment'><p class='comment-author'>Reader</p><p>{text}</p></li>"


def test_a_long_comment_section_under_its_heading_goes_in_two_languages():
    for heading, prose, reply in (
        ("48 Comments", PROSE_EN, "I tried this in my own garden and it worked well for me."),
        ("Kommentare (48)", PROSE_DE, "Ich habe das im eigenen Garten probiert, es klappt gut."),
    ):
        thread = "".join(_comment(f"{reply} ({n})") for n in range(30))
        html = (
            f"<body><article><h1>Title</h1><p>{prose}</p>"
            f"<section class='comments'><h2>{heading}</h2><ol>{thread}</ol></section>"
            "</article></body>"
        )
        page = read_html(html)
        kept = kept_by(Markup(), page)
        assert prose in kept
        assert not any(reply in text for text in kept)
        assert heading not in kept


def test_a_forum_thread_under_a_replies_heading_keeps_its_posts():
    first = _comment(PROSE_EN)
    replies = "".join(_comment(f"Same problem here on my machine, version {n}.") for n in range(30))
    html = (
        f"<body><main><h1>Agents crashing</h1><ol>{first}</ol>"
        f"<h2>30 Comments</h2><ol>{replies}</ol></main></body>"
    )
    kept = kept_by(Markup(), read_html(html))
    assert PROSE_EN in kept
    assert "Same problem here on my machine, version 7." in kept


FORUM_HEAD = (
    "<head><script type='application/ld+json'>"
    '{"@type": "DiscussionForumPosting", "headline": "Bridge"}</script></head>'
)


def test_a_thread_named_by_its_markup_keeps_its_comment_posts_in_two_languages():
    for prose, reply in (
        (PROSE_EN, "I went to the meeting too and the vote was close."),
        (PROSE_DE, "Ich war auch bei der Sitzung, die Abstimmung war knapp."),
    ):
        replies = "".join(_comment(f"{reply} ({n})") for n in range(2))
        html = (
            f"<html>{FORUM_HEAD}<body><main><p>{prose}</p>"
            f"<p>{prose}</p><p>{prose}</p><ol>{replies}</ol></main></body></html>"
        )
        kept = kept_by(Markup(), read_html(html))
        assert prose in kept
        assert f"{reply} (1)" in kept


def test_a_thread_still_drops_its_share_bar_in_german():
    share = "<ul class='share'><li><a href='/f'>Teilen</a></li></ul>"
    html = (
        f"<html>{FORUM_HEAD}<body><main><p>{PROSE_DE}</p>{share}"
        f"<ol>{_comment('Ich war auch bei der Sitzung, die Abstimmung war knapp.')}</ol>"
        "</main></body></html>"
    )
    assert drops_of(Markup(), read_html(html)).get("Teilen") == "chrome_token"


def test_comments_under_a_story_without_thread_markup_still_go_in_french():
    reply = "J'étais aussi à la réunion, le vote était serré."
    replies = "".join(_comment(f"{reply} ({n})") for n in range(2))
    html = (
        "<html><head><meta property='og:type' content='article'></head><body><main>"
        f"<p>{PROSE_EN}</p><p>{PROSE_EN}</p><p>{PROSE_EN}</p>"
        f"<ol>{replies}</ol></main></body></html>"
    )
    kept = kept_by(Markup(), read_html(html))
    assert PROSE_EN in kept
    assert f"{reply} (1)" not in kept


def _feed(cards: list[tuple[str, str]], more: str = "") -> str:
    items = "".join(
        f"<div class='card'><div class='title'><a href='/s{n}'>{title}</a></div>"
        f"<p>{summary}</p>{more}</div>"
        for n, (title, summary) in enumerate(cards)
    )
    return f"<body><nav><a href='/'>Home</a></nav><main>{items}</main></body>"


CARDS_EN = [
    (
        "Council approves the new bridge",
        "The vote ends a two-year debate about the river crossing.",
    ),
    (
        "Schools reopen after the storm",
        "Most pupils were back in their classrooms by Monday morning.",
    ),
    ("Market hall gets a new roof", "The work will take three months and cost less than expected."),
    (
        "Library extends its hours",
        "From next week the reading rooms stay open until nine at night.",
    ),
]
CARDS_DE = [
    (
        "Rat beschließt die neue Brücke",
        "Die Abstimmung beendet einen langen Streit über den Fluss.",
    ),
    (
        "Schulen öffnen nach dem Sturm",
        "Die meisten Kinder waren am Montag wieder in ihren Klassen.",
    ),
    (
        "Markthalle bekommt ein neues Dach",
        "Die Arbeiten dauern drei Monate und kosten weniger als gedacht.",
    ),
    (
        "Bücherei verlängert die Öffnungszeiten",
        "Ab nächster Woche sind die Lesesäle bis neun Uhr offen.",
    ),
]


def test_a_feed_of_teaser_cards_keeps_its_link_titles_in_two_languages():
    for cards in (CARDS_EN, CARDS_DE):
        drops = drops_of(Markup(), read_html(_feed(cards)))
        assert drops == {"Home": "outside_main"}


def _feed_under(intro: str, times: int, cards: list[tuple[str, str]]) -> str:
    page = _feed(cards)
    return page.replace("<main>", "<main>" + f"<p>{intro}</p>" * times, 1)


def test_a_feed_holding_a_third_of_the_text_keeps_its_titles_in_two_languages():
    # an intro before the cards: they hold about two fifths of the main text
    for intro, cards in ((PROSE_EN, CARDS_EN), (PROSE_DE, CARDS_DE)):
        drops = drops_of(Markup(), read_html(_feed_under(intro, 3, cards)))
        assert cards[0][0] not in drops


def test_a_few_cards_under_a_long_text_still_lose_their_titles_in_two_languages():
    # the same cards under a long text hold a quarter of it or less: their titles are links
    for intro, cards in ((PROSE_EN, CARDS_EN), (PROSE_DE, CARDS_DE)):
        drops = drops_of(Markup(), read_html(_feed_under(intro, 6, cards)))
        assert drops[cards[0][0]] == "link_dense"


def test_a_line_on_every_card_is_no_title_and_still_goes_french():
    cards = [
        ("Le conseil approuve le pont", "Le vote met fin à deux ans de débat sur la traversée."),
        (
            "Les écoles rouvrent après la tempête",
            "La plupart des élèves étaient en classe lundi matin.",
        ),
        (
            "La halle reçoit un nouveau toit",
            "Les travaux dureront trois mois et coûteront moins cher.",
        ),
    ]
    more = "<p><a href='/more'>Lire la suite</a></p>"
    drops = drops_of(Markup(), read_html(_feed(cards, more)))
    assert drops["Lire la suite"] == "link_dense"
    assert "Le conseil approuve le pont" not in drops


def test_teasers_under_a_marked_article_still_go():
    # an article page (og:type) with a few teasers below its body: the link titles are chrome
    teasers = "".join(
        f"<div class='card'><div class='t'><a href='/s{n}'>{title}</a></div><p>{summary}</p></div>"
        for n, (title, summary) in enumerate(CARDS_EN)
    )
    html = (
        "<html><head><meta property='og:type' content='article'></head><body>"
        f"<main><p>{PROSE_EN}</p>{teasers}</main></body></html>"
    )
    drops = drops_of(Markup(), read_html(html))
    assert drops["Council approves the new bridge"] == "link_dense"


def test_a_card_with_a_linked_line_between_title_and_summary_keeps_its_title_in_spanish():
    items = "".join(
        f"<div class='item'><div class='t'>"
        f"<a href='/p{n}'>Un estudio nuevo sobre el tema {n}</a></div>"
        f"<div class='a'><a href='/a{n}'>Ana Ruiz</a>, <a href='/b{n}'>Luis Gil</a></div>"
        f"<p>Los autores describen un método sencillo para medir el caudal {n}.</p></div>"
        for n in range(4)
    )
    drops = drops_of(Markup(), read_html(f"<body><main>{items}</main></body>"))
    assert "Un estudio nuevo sobre el tema 1" not in drops
    assert drops["Ana Ruiz, Luis Gil"] == "link_dense"


SERVICE_CARDS_EN = (
    "Plan, build and run your online shop with a team that has done it for ten years.",
    "Move your old systems to the cloud without stopping the work your customers rely on.",
    "Find the weak spots in your network before anyone else does, and fix them for good.",
    "Train your staff to spot fraud and phishing with short lessons that fit in a workday.",
)
SERVICE_CARDS_DE = (
    "Wir planen, bauen und betreiben Ihren Onlineshop mit einem Team, das es seit Jahren tut.",
    "Wir bringen Ihre alten Systeme in die Cloud, ohne dass Ihre Kunden etwas davon merken.",
    "Wir finden die Schwachstellen Ihres Netzes, bevor es andere tun, und beheben sie dauerhaft.",
    "Wir schulen Ihr Team darin, Betrug und Phishing zu erkennen, in kurzen Lektionen am Tag.",
)


def service_page(cards: tuple[str, ...], head: str = "", more: str = "Learn more") -> str:
    grid = "".join(
        f"<div class='card'><a href='/s/{n}'><h3>Offer {n}</h3><p>{text}</p>"
        f"<div>{more}</div></a></div>"
        for n, text in enumerate(cards)
    )
    return (
        f"<html><head>{head}</head><body><nav><a href='/'>Home</a></nav><main>"
        f"<p>{PROSE_EN}</p><p>{PROSE_EN} Two.</p><p>{PROSE_EN} Three.</p>"
        f"<div class='grid'>{grid}</div></main></body></html>"
    )


def test_a_service_pages_card_descriptions_stay_but_their_buttons_go():
    drops = drops_of(Markup(), read_html(service_page(SERVICE_CARDS_EN)))
    assert not any(text in drops for text in SERVICE_CARDS_EN)
    assert drops["Learn more"] == "link_dense"


def test_a_service_pages_card_descriptions_stay_in_german():
    drops = drops_of(Markup(), read_html(service_page(SERVICE_CARDS_DE, more="Mehr erfahren")))
    assert not any(text in drops for text in SERVICE_CARDS_DE)


def linked_cards_page(cards: tuple[str, ...]) -> str:
    grid = "".join(
        f"<div class='card'><h3>Offer {n}</h3><p><a href='/s/{n}'>{text}</a></p>"
        f"<div><a href='/s/{n}'>More</a></div></div>"
        for n, text in enumerate(cards)
    )
    return (
        f"<html><body><main><p>{PROSE_EN}</p><p>{PROSE_EN} Two.</p>"
        f"<div class='grid'>{grid}</div></main></body></html>"
    )


def test_card_sentences_linked_inside_their_paragraph_stay_in_two_languages():
    for cards in (SERVICE_CARDS_EN, SERVICE_CARDS_DE):
        drops = drops_of(Markup(), read_html(linked_cards_page(cards)))
        assert not any(text in drops for text in cards)


def test_two_linked_card_sentences_are_no_grid_and_go():
    drops = drops_of(Markup(), read_html(linked_cards_page(SERVICE_CARDS_EN[:2])))
    assert drops[SERVICE_CARDS_EN[0]] == "link_dense"


def test_a_few_teaser_cards_under_a_story_still_go():
    drops = drops_of(Markup(), read_html(service_page(SERVICE_CARDS_EN[:2])))
    assert drops[SERVICE_CARDS_EN[0]] == "link_dense"


def test_cards_on_a_product_page_are_other_products_and_go():
    head = "<meta property='og:type' content='product'>"
    drops = drops_of(Markup(), read_html(service_page(SERVICE_CARDS_DE, head)))
    assert drops[SERVICE_CARDS_DE[0]] == "link_dense"


def _notice_page(head: str, prose: str, notice: str) -> str:
    return (
        f"<html>{head}<body><main><p>{prose}</p><p>{prose}</p>"
        f"<div class='bottom-notice'><p>{notice}</p></div></main></body></html>"
    )


def test_a_threads_template_notice_goes_in_two_languages():
    for prose, notice in (
        (PROSE_EN, "Log in to answer this question."),
        (PROSE_DE, "Diese Diskussion ist archiviert."),
    ):
        drops = drops_of(Markup(), read_html(_notice_page(FORUM_HEAD, prose, notice)))
        assert drops == {notice: "chrome_token"}


def test_a_notice_on_other_pages_stays_in_two_languages():
    product_head = "<head><meta property='og:type' content='product'></head>"
    for head, prose, notice in (
        (product_head, PROSE_EN, "Requires a licence key from the maker."),
        ("<head></head>", PROSE_DE, "Schritt vier: die Gründung im Amtsblatt bekannt machen."),
    ):
        kept = kept_by(Markup(), read_html(_notice_page(head, prose, notice)))
        assert notice in kept
