"""Bylines: cue lines, shaped lines, name-only lines next to a date, markup authors.

Each rule has a kept example, a look-alike that must not be taken, and at least two
languages. All names and sites here are invented.
"""

import pytest

from pagetidy import clean
from pagetidy.author_markup import clean_author
from pagetidy.author_names import common_words, line_names, names_only, take_names
from pagetidy.model import Block

PROSE_EN = (
    "The harbour council voted on Tuesday to close the old bridge for two years of "
    "repairs, and the mayor said the ferry would run every twenty minutes instead."
)
PROSE_DE = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für zwei Jahre zu "
    "schließen, und die Bürgermeisterin sagte, die Fähre fahre nun alle zwanzig Minuten."
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Marta Quintero | March 3, 2025", "Marta Quintero"),
        ("Written by: Olek Brandt", "Olek Brandt"),
        ("Author: Ines Falk", "Ines Falk"),
        ("Von Anna Schmidt und Jonas Weber", "Anna Schmidt und Jonas Weber"),
        ("Por Lucía Ferrer, 4 de marzo de 2025", "Lucía Ferrer"),
        ("Par Claire Dubois · 5 min read", "Claire Dubois"),
        ("ByTomas Ribeiro 12th February 2025", "Tomas Ribeiro"),
        ("By Tessa VanderMeer, Staff Writer", "Tessa VanderMeer"),
        ("By Priya Nair, MS, RD", "Priya Nair, MS, RD"),
        ("Posted on 2025-12-18 by Ruben Akers in travel.", "Ruben Akers"),
        ("Noor Haddad · 3 min read", "Noor Haddad"),
        ("Gil Arbel | May 22, 2025", "Gil Arbel"),
        ("Dana Moss on Dec. 13, 2025", "Dana Moss"),
        ("Thread starter woodfan42", "woodfan42"),
        ("Discussion in 'Tools' started by RiverOtter, May 11, 2024.", "RiverOtter"),
        ("김민수 기자 minsu@example.kr", "김민수"),
        ("山田太郎記者", "山田太郎"),
        ("Yonhap", "Yonhap"),
    ],
)
def test_byline_lines_give_the_names_without_cue_role_or_date(line, names):
    found = line_names(line)
    assert found is not None
    assert found[0] == names


@pytest.mark.parametrize(
    "line",
    [
        "By noon the crowd had grown to thousands.",  # a sentence, not a byline
        "Von Montag an gilt der neue Fahrplan.",
        "By Collection",  # a shop's facet menu: one word
        "Medically reviewed by Ada Kern | May 2, 2025",  # a reviewer, not the author
        "Updated March 3, 2025",
        "© 2025 Harbour Times",
    ],
)
def test_look_alike_lines_give_no_byline(line):
    assert line_names(line) is None


def test_menu_entries_made_of_the_pages_own_words_are_no_byline():
    common = frozenset({"company", "size", "use", "case"})
    assert line_names("By Company Size", common) is None
    assert line_names("By Ruth Calder", common) == ("Ruth Calder", True)


def test_names_only_lines_need_name_shape():
    assert names_only("Ruth Calder") == "Ruth Calder"
    assert names_only("Ruth Calder Ruth Calder") is None  # not the whole line once folded
    assert names_only("Recent Posts", frozenset({"recent", "posts"})) is None
    assert names_only("jdoe_42") == "jdoe_42"  # a login name
    assert names_only("Offline") is None  # one plain word


def test_take_names_stops_at_glued_and_stop_words():
    assert take_names("Ruth CalderPublished: Jan 29, 2025") == "Ruth Calder"
    assert take_names("Ruth Calder Updated January 2, 2025") == "Ruth Calder"
    assert take_names("Ruth Calder Ruth Calder") == "Ruth Calder"


def test_text_byline_under_the_headline_english():
    dump = "\n\n".join(
        [
            "Home | News | Sport",
            "Harbour bridge to close for two years of repairs",
            "By Marta Quintero",
            "March 3, 2025",
            PROSE_EN,
            PROSE_EN,
        ]
    )
    assert clean(dump, input_format="text").facts.byline == "Marta Quintero"


def test_text_byline_name_line_above_its_date_german():
    dump = "\n\n".join(
        [
            "Startseite",
            "# Alte Hafenbrücke wird zwei Jahre lang saniert",
            "Anna Schmidt",
            "03.03.2025",
            PROSE_DE,
            PROSE_DE,
        ]
    )
    assert clean(dump, input_format="text").facts.byline == "Anna Schmidt"


def test_text_byline_cue_line_then_name_line_spanish():
    dump = "\n\n".join(
        [
            "# El puente del puerto cerrará dos años por obras",
            "Escrito por",
            "Lucía Ferrer",
            "El consejo del puerto votó el martes cerrar el viejo puente durante dos años de "
            "obras, y la alcaldesa dijo que el ferri saldría cada veinte minutos.",
        ]
    )
    assert clean(dump, input_format="text").facts.byline == "Lucía Ferrer"


def test_text_without_a_byline_gives_none():
    dump = "\n\n".join(["# Harbour bridge to close for repairs", PROSE_EN, PROSE_EN])
    assert clean(dump, input_format="text").facts.byline is None


@pytest.mark.parametrize(
    ("value", "cleaned"),
    [
        ("Marta Quintero", "Marta Quintero"),
        ("By Marta Quintero, Harbour Times", "Marta Quintero"),
        ("Maria &amp; Katerina", "Maria & Katerina"),
        ("Harbour Times", None),  # the site itself
        ("https://harbour.example/u/marta", None),
        ("admin", None),
        ("mquintero", "mquintero"),  # a login name, as the page names its author
        ("m-quintero", None),  # a URL slug
        ("u7fk2x9q0", None),  # a machine id
        ("content: Harbour Times, design: Ola Berg", None),
    ],
)
def test_markup_author_values(value, cleaned):
    assert clean_author(value, {"harbour times"}) == cleaned


def _html(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_html_prefers_markup_author_unless_it_is_the_site():
    body = (
        "<article><h1>Harbour bridge to close</h1><p class='byline'>By Marta Quintero</p>"
        f"<time datetime='2025-03-03'>March 3, 2025</time><p>{PROSE_EN}</p></article>"
    )
    site = "<meta property='og:site_name' content='Harbour Times'>"
    named = clean(
        _html(site + "<meta name='author' content='Ola Berg'>", body), input_format="html"
    )
    assert named.facts.byline == "Ola Berg"
    unnamed = clean(
        _html(site + "<meta name='author' content='Harbour Times'>", body), input_format="html"
    )
    assert unnamed.facts.byline == "Marta Quintero"


def test_html_product_page_by_brand_is_no_byline():
    body = (
        "<main><h1>Oak side table</h1><p>By Nordvik Design</p>"
        "<p>A small table in solid oak with one drawer, made to order in four weeks.</p></main>"
    )
    assert clean(_html("", body), input_format="html").facts.byline is None


def test_html_author_element_names_the_author_in_two_languages():
    for heading, name, prose in (
        ("Harbour bridge to close", "Ruth Calder", PROSE_EN),
        ("Alte Hafenbrücke wird saniert", "Jonas Weber", PROSE_DE),
    ):
        body = (
            f"<article><h1>{heading}</h1><div class='post-author'>{name}</div>"
            f"<p>{prose}</p></article>"
        )
        assert clean(_html("", body), input_format="html").facts.byline == name


def test_html_teaser_list_with_many_authors_gives_none():
    teasers = "".join(
        f"<li><h3>Story {n}</h3><div class='author'>{name}</div></li>"
        for n, name in enumerate(("Ruth Calder", "Jonas Weber", "Lucía Ferrer", "Ines Falk"))
    )
    body = f"<main><h1>Latest stories</h1><ul>{teasers}</ul><p>{PROSE_EN}</p></main>"
    assert clean(_html("", body), input_format="html").facts.byline is None


def test_login_names_after_a_cue_and_not_a_form_field():
    assert line_names("By RiverOtter in Woodworking") == ("RiverOtter", True)
    assert names_only("____________________") is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Laubrani (Laubrani) July 30, 2024, 3:22pm", "Laubrani"),  # a login, its display name
        ("By Jane Doe (Reuters) | May 2, 2025", "Jane Doe"),
        ("Par Paramita (Guha) Ghosh, 2 mai 2025", "Paramita (Guha) Ghosh"),
        ("By PaulWBryant · June 2, 2024", "PaulWBryant"),  # a login with capitals inside
    ],
)
def test_asides_after_a_name_are_dropped_unless_the_name_goes_on(line, names):
    found = line_names(line)
    assert found is not None and found[0] == names


@pytest.mark.parametrize(
    "line",
    [
        "Photo by Ines Falk | May 2, 2025",  # the photographer
        "Image by Ola Berg on March 3, 2025",
        "Foto: Anna Schmidt, 3. März 2025",
        "1.9K views 11 replies last post by RiverOtter Jan 18, 2024",  # the last reply's author
        "Short URL: harbour.example/bridge Last updated July 2, 2024",  # a label, then its value
        "Incident Report: Ferry outage on April 16, 2025",
        "Mental HealthDECEMBER 22, 2022",  # glued words, not a name
        "Ajustes GeneralesMARZO 3, 2025",
    ],
)
def test_credit_label_and_glued_lines_are_no_byline(line):
    assert line_names(line) is None


def test_html_headings_with_a_date_under_them_are_no_byline():
    for heading, date in (
        ("Related Articles", "March 3, 2025"),
        ("Neueste Beiträge", "3. März 2025"),
    ):
        body = (
            f"<main><h1>Harbour bridge to close</h1><p>{PROSE_EN}</p>"
            f"<h3>{heading}</h3><p>{date}</p><p>{PROSE_DE}</p></main>"
        )
        assert clean(_html("", body), input_format="html").facts.byline is None
    cued = (
        "<main><h1>Harbour bridge to close</h1><h4>By Ruth Calder</h4>"
        f"<p>March 3, 2025</p><p>{PROSE_EN}</p></main>"
    )
    assert clean(_html("", cued), input_format="html").facts.byline == "Ruth Calder"


def test_html_list_of_stories_gives_no_teasers_byline_but_an_article_keeps_its_own():
    teasers = "".join(
        f"<h3>Story {n}</h3><p>By {name}</p><p>March {n + 1}, 2025</p>"
        for n, name in enumerate(("Ruth Calder", "Jonas Weber", "Lucía Ferrer"))
    )
    listing = f"<main><h1>Latest stories</h1>{teasers}</main>"
    assert clean(_html("", listing), input_format="html").facts.byline is None
    article = (
        "<main><h1>Harbour bridge to close</h1><p>By Ines Falk</p><p>March 3, 2025</p>"
        f"<p>{PROSE_EN}</p><h2>Related</h2>{teasers}</main>"
    )
    assert clean(_html("", article), input_format="html").facts.byline == "Ines Falk"


def test_html_author_element_without_the_site_name_after_it():
    head = "<meta property='og:site_name' content='Harbour Times'>"
    body = (
        "<article><h1>Harbour bridge to close</h1>"
        "<div class='author'>Ruth Calder Harbour Times</div>"
        f"<p>{PROSE_EN}</p></article>"
    )
    assert clean(_html(head, body), input_format="html").facts.byline == "Ruth Calder"


def test_forum_post_header_gives_the_login_but_not_a_label_or_weekday():
    assert line_names("by changingtimes » Sat Feb 24, 2024 12:41 pm") == ("changingtimes", True)
    assert line_names("von wald_fan » Sa 24. Feb 2024, 12:41") == ("wald_fan", True)
    assert line_names("nathanmartin April 26, 2024, 7:23am 2") == ("nathanmartin", False)
    assert line_names("Sun Dec 17, 2023 11:23 am") is None  # a weekday, not a login
    assert line_names("Release date: Mar 4, 2025") is None  # a label
    assert line_names("Video - December 19, 2025") is None


def _dump(*lines: str) -> str:
    return "\n\n".join(lines)


def test_text_forum_login_line_under_the_title_then_the_posts_date():
    english = _dump("Forum", "# Saw blade wobbles", "woodfan", "May 3, 2024, 8:45am 1", PROSE_EN)
    english = _dump(english, "oakfan", "May 3, 2024, 11:39am 2", PROSE_EN)
    assert clean(english, input_format="text").facts.byline == "woodfan"
    korean = _dump("게시판", "# 톱날이 흔들립니다", "namu", "2024-05-03 08:45", PROSE_DE)
    assert clean(korean, input_format="text").facts.byline == "namu"
    # a menu word over a date is no login: the page prints it in lower case elsewhere
    menu = _dump("Forum", "# Saw blade wobbles", "Offline", "May 3, 2024, 8:45am", PROSE_EN)
    assert clean(menu + "\n\nshe went offline", input_format="text").facts.byline is None


def test_text_name_over_a_job_title_under_the_headline():
    for title, name, role, prose in (
        ("# Harbour bridge to close", "Ruth Calder", "Senior Reporter", PROSE_EN),
        ("# Alte Hafenbrücke wird saniert", "Jonas Weber", "Redakteur", PROSE_DE),
    ):
        dump = _dump("Home", title, name, role, prose, prose)
        assert clean(dump, input_format="text").facts.byline == name
    menu = _dump("Home", "# Harbour bridge to close", PROSE_EN, PROSE_DE, PROSE_EN)
    menu = _dump(menu, "Wedding Invitations")
    menu = _dump(menu, "Gift Ideas", "Group Manager", "Contact", PROSE_EN)
    assert clean(menu, input_format="text").facts.byline is None


def test_text_name_printed_twice_over_its_date():
    dump = _dump("Blog", "# Lunar scheduling explained", "Mazi", "Mazi", "December 19, 2025")
    assert clean(_dump(dump, PROSE_EN), input_format="text").facts.byline == "Mazi"
    spanish = _dump("Blog", "# El calendario lunar", "Inés", "Inés", "19 de diciembre de 2025")
    assert clean(_dump(spanish, PROSE_DE), input_format="text").facts.byline == "Inés"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Writer: Kalyn Marsh", "Kalyn Marsh"),
        ("Redakteurin: Anna Schmidt", "Anna Schmidt"),
        ("기자: 김민수", "김민수"),
    ],
)
def test_role_labels_with_a_colon_name_the_author(line, names):
    assert line_names(line) == (names, True)


def test_text_team_byline_between_headline_and_date():
    for title, team, date in (
        ("# Five ways to light a small room", "Nordvik Studio Team", "March 3, 2025"),
        ("# Cinco formas de iluminar un cuarto", "Equipo Nordvik", "3 de marzo de 2025"),
    ):
        dump = _dump("Blog", title, team, date, PROSE_EN)
        assert clean(dump, input_format="text").facts.byline == team
    # a category line over a date line that names its own author: the author, not the category
    forum = _dump("Forum", "# Saw blade wobbles", "General Discussion", "Woodfan (Wood Fan)")
    forum = _dump(forum.replace("(Wood Fan)", "(Wood Fan) May 3, 2024, 8:45am"), PROSE_EN)
    assert clean(forum, input_format="text").facts.byline == "Woodfan"


def test_common_words_are_the_lower_case_words_of_the_other_blocks():
    texts = ["Sort by «use» case, @handle", "Von Ana Ruiz", "Nach oben: über uns", "x² ß 42 a_b"]
    blocks = [Block(at, text) for at, text in enumerate(texts)]
    common = common_words(blocks, skip=range(1, 2))
    expected = {"by", "use", "case", "oben", "über", "uns", "ß"}
    for word in {*expected, "sort", "handle", "ana", "von", "ruiz", "nach", "x²", "42", "a_b", ""}:
        assert (word in common) == (word in expected), word


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thread starter woodfan42", "woodfan42"),
        ("Iniciado por marta_r", None),  # no Spanish forum cue: left to other shapes
        ("So first, let's get started by answering the most frequently asked questions.", None),
        ("Das Projekt wurde gestartet, started by accident in einer Garage im Jahr 2019.", None),
    ],
)
def test_forum_cue_opens_a_short_header_line_not_a_sentence(line, expected):
    found = line_names(line)
    assert (found[0] if found else None) == expected


def test_a_byline_element_holding_only_a_count_names_nobody():
    head = "<meta property='og:site_name' content='Harbour Times'>"
    body = (
        "<main><h1>Harbour bridge to close</h1><div class='byline'><span>201</span></div>"
        f"<p>{PROSE_EN}</p></main>"
    )
    assert clean(_html(head, body), input_format="html").facts.byline is None
    named = body.replace("<span>201</span>", "<span>By Ruth Calder</span>")
    assert clean(_html(head, named), input_format="html").facts.byline == "Ruth Calder"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Written by Kalyn", "Kalyn"),  # one name is enough after a cue that says who wrote it
        ("Written byby Ruth Calder", "Ruth Calder"),  # a label, then the byline's own ``by``
        ("Written byNordvik Travel Desk", "Nordvik Travel Desk"),  # glued by the dump
        ("Geschrieben von Jonas", "Jonas"),
        ("Escrito por Inés", "Inés"),
        ("Author Tuva Lindqvist", "Tuva Lindqvist"),
        ("Autor Jonas Weber Jonas Weber", "Jonas Weber"),  # an avatar's alt text, then the name
    ],
)
def test_written_by_cues_and_author_word_name_the_author(line, names):
    assert line_names(line) == (names, True)


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Member:",  # a label over its value
        "Written bylines are rare here",  # no cue: a word that starts with ``by``
        "Author Guidelines",  # one word after a bare ``Author``: a menu entry
    ],
)
def test_written_by_look_alikes_give_no_byline(line):
    assert line_names(line) is None


def test_text_menu_items_far_from_the_headline_are_no_byline():
    for facet, name in (
        ("By Gender & Age", "By Marta Quintero"),
        ("Par Matière Première", "Par Claire Dubois"),
    ):
        page = _dump("Shop", "# Harbour bridge to close", *(PROSE_EN for _ in range(30)))
        menu = _dump(page, "* " + facet, "* (BUTTON) By Price Range")
        assert clean(menu, input_format="text").facts.byline is None
        assert clean(_dump(page, name), input_format="text").facts.byline == name.split(" ", 1)[1]
    forum = _dump("Forum", "# Saw blade wobbles", *(PROSE_EN for _ in range(30)))
    forum = _dump(forum, "* Thread starter woodfan42")
    assert clean(forum, input_format="text").facts.byline == "woodfan42"


def test_text_name_under_the_headlines_date_line():
    for title, date, name, prose in (
        ("# Harbour bridge to close", "March 3, 2025", "Ruth Calder", PROSE_EN),
        ("# Alte Hafenbrücke wird saniert", "03.03.2025", "Jonas Weber", PROSE_DE),
        ("# 항구 다리 2년간 폐쇄", "2025년 3월 3일", "Ruth Calder", PROSE_EN),
    ):
        dump = _dump("Home", title, date, name, prose, prose)
        assert clean(dump, input_format="text").facts.byline == name
    # a date line and a capitalised line far below the headline: a teaser, no byline
    far = _dump("Home", "# Harbour bridge to close", PROSE_EN, PROSE_EN, "March 3, 2025")
    assert clean(_dump(far, "Ferry Timetable", PROSE_EN), input_format="text").facts.byline is None
    # a brand with a digit under the date line names no person
    for title, date, brand, prose in (
        ("# Harbour bridge to close", "March 3, 2025", "Lab42", PROSE_EN),
        ("# Alte Hafenbrücke wird saniert", "03.03.2025", "Studio 54", PROSE_DE),
    ):
        dump = _dump("Home", title, date, brand, prose, prose)
        assert clean(dump, input_format="text").facts.byline is None


def test_text_name_doubled_right_under_the_headline():
    dump = _dump("Blog", "# Lunar scheduling explained", "Tuva Lindqvist Tuva Lindqvist", PROSE_EN)
    assert clean(_dump(dump, PROSE_EN), input_format="text").facts.byline == "Tuva Lindqvist"
    german = _dump("Blog", "# Mondkalender erklärt", "Jonas Weber Jonas Weber", PROSE_DE)
    assert clean(_dump(german, PROSE_DE), input_format="text").facts.byline == "Jonas Weber"
    plain = _dump("Blog", "# Lunar scheduling explained", "Tuva Lindqvist", PROSE_EN, PROSE_EN)
    assert clean(plain, input_format="text").facts.byline is None  # once: maybe a kicker


def test_text_icon_word_before_a_date_is_no_login():
    dump = _dump("Blog", "# Mondkalender erklärt", "Jonas Weber", "calendar 03.03.2025")
    assert clean(_dump(dump, PROSE_DE, PROSE_DE), input_format="text").facts.byline == "Jonas Weber"
    english = _dump("Blog", "# Lunar scheduling", "Ruth Calder", "calendar March 3, 2025")
    assert clean(_dump(english, PROSE_EN), input_format="text").facts.byline == "Ruth Calder"


@pytest.mark.parametrize(
    ("portrait", "after", "name"),
    [
        ("Picture of Ruth Calder Ruth Calder", "March 3, 2025", "Ruth Calder"),
        ("Headshot of Ruth Calder, Staff Writer at Harbour Times Ruth Calder", "", "Ruth Calder"),
        ("Tuva Lindqvist's avatar", "Tuva Lindqvist", "Tuva Lindqvist"),
        ("Foto von Jonas Weber", "Jonas Weber", "Jonas Weber"),
        ("Foto de Lucía Ferrer Lucía Ferrer", "3 de marzo de 2025", "Lucía Ferrer"),
    ],
)
def test_text_author_portrait_under_the_headline(portrait, after, name):
    dump = _dump("Blog", "# Harbour bridge to close", portrait, after or PROSE_EN, PROSE_EN)
    assert clean(_dump(dump, PROSE_DE), input_format="text").facts.byline == name


@pytest.mark.parametrize(
    "portrait",
    [
        "Photo of Mayor Ruth Calder at the harbour",  # a caption: the name is not printed again
        "Foto von Jonas Weber am Hafen",
    ],
)
def test_text_photo_caption_under_the_headline_is_no_byline(portrait):
    dump = _dump("Blog", "# Harbour bridge to close", portrait, PROSE_EN, PROSE_DE)
    assert clean(dump, input_format="text").facts.byline is None


def test_text_cue_label_over_a_form_field_is_no_byline():
    for label, field in (("By:", "Search Advanced search…"), ("Von:", "Suche Erweitert suchen…")):
        page = _dump("Forum", "# Saw blade wobbles", *(PROSE_EN for _ in range(30)))
        assert clean(_dump(page, label, field), input_format="text").facts.byline is None
    for label, names in (("Written by", "Eliz - Product marketer"), ("Escrito por", "Inés Ruiz")):
        dump = _dump("Blog", "# Harbour bridge to close", label, names, PROSE_EN, PROSE_EN)
        assert clean(dump, input_format="text").facts.byline == names.split(" - ")[0]


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (("By **Ruth Calder**", "March 3, 2025"), "Ruth Calder"),
        (("Von _Jonas Weber_", "03.03.2025"), "Jonas Weber"),
        (("**김민수 기자**", "2025년 3월 3일"), "김민수"),
        (("* __ noah_b", "* __ March 3, 2025"), "noah_b"),  # an icon's ``__``, a login's ``_``
        (("Escrito por", "Inés Ruiz \\- Redactora"), "Inés Ruiz"),  # an escaped dash
    ],
)
def test_text_markdown_marks_around_a_byline_are_read_through(lines, name):
    dump = _dump("Blog", "# Harbour bridge to close", *lines, PROSE_EN, PROSE_DE)
    assert clean(dump, input_format="text").facts.byline == name


def test_text_form_field_after_a_cue_is_still_no_byline():
    for label in ("By: ____________________", "Von: ____________________"):
        page = _dump("Forum", "# Saw blade wobbles", *(PROSE_EN for _ in range(30)))
        field = "(BUTTON) Search Advanced…"
        assert clean(_dump(page, label, field), input_format="text").facts.byline is None


def test_text_forum_cue_printed_twice_gives_the_login():
    for cue in ("Thread starter Thread starter woodfan42", "Original poster: Original poster oak"):
        assert line_names(cue) == (cue.split()[-1], True)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Dec. 19, 2025 · Ruth Calder on behalf of Harbour Council", "Ruth Calder"),
        ("Lucía Ferrer desde Madrid | 4 de marzo de 2025", "Lucía Ferrer"),
    ],
)
def test_names_segment_beside_a_date_may_carry_a_short_aside(line, names):
    assert line_names(line) == (names, False)


@pytest.mark.parametrize(
    "line",
    [
        "The Black Friday sale offers 40% off and is valid until - December 3, 2025.",
        "Die Große Winteraktion gilt für alle neuen Kunden und endet am - 3. Dezember 2025",
    ],
)
def test_sentence_opening_with_capitalised_words_beside_a_date_is_no_byline(line):
    assert line_names(line) is None


def test_text_byline_under_the_headlines_deck_on_a_page_with_teaser_bylines():
    teasers = [
        part
        for n, name in enumerate(("Ola Berg", "Ines Falk", "Tuva Lindqvist"))
        for part in (f"### Story {n}", f"By {name}", f"March {n + 4}, 2025")
    ]
    for title, deck, byline, prose in (
        ("# Harbour bridge to close", "## Repairs take two years", "By Ruth Calder", PROSE_EN),
        ("# Hafenbrücke wird saniert", "## Dauer: zwei Jahre", "Von Jonas Weber", PROSE_DE),
    ):
        dump = _dump("Home", title, deck, byline, "March 3, 2025", prose, prose, *teasers)
        assert clean(dump, input_format="text").facts.byline == byline.split(" ", 1)[1]
        # a subheading between the deck and the byline: a teaser's title, no byline
        teaser = _dump("Home", title, deck, prose, "### Story 9", byline, "May 1, 2025", *teasers)
        assert clean(teaser, input_format="text").facts.byline is None


def test_text_name_printed_on_two_lines_under_the_headline_of_a_dated_page():
    for title, name, date, prose in (
        ("# Harbour bridge to close", "Ruth Calder", "Last updated: March 3, 2025", PROSE_EN),
        ("# Hafenbrücke wird saniert", "Jonas Weber", "Aktualisiert: 03.03.2025", PROSE_DE),
    ):
        dump = _dump("Blog", title, name, name, "Contents", date, prose, prose)
        assert clean(dump, input_format="text").facts.byline == name
        # case aside (``Podium staff`` over ``Podium Staff``)
        lower = _dump("Blog", title, name.lower(), name, date, prose, prose)
        assert clean(lower, input_format="text").facts.byline == name
    # a facet's label printed twice under a shop's heading, no date near: no byline
    for title, facet in (("# Candles", "Filter & Sort"), ("# Kerzen", "Filtern Sortieren")):
        dump = _dump("Shop", title, facet, facet, "* Featured", PROSE_EN, PROSE_DE)
        assert clean(dump, input_format="text").facts.byline is None


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (("* [Picture of Ruth Calder] Ruth Calder", "* March 3, 2025"), "Ruth Calder"),
        (("* [Foto von Jonas Weber] Jonas Weber", "* 03.03.2025"), "Jonas Weber"),
        (("[Avatar photo] by Ruth Calder March 3, 2025",), "Ruth Calder"),
        (("[Ruth Calder photo]", "Ruth Calder", "March 3, 2025"), "Ruth Calder"),
        (("[Writer: Jonas Weber]", "Jonas Weber", "03.03.2025"), "Jonas Weber"),
        (("[namu]", "namu", "2025년 3월 3일 08:45"), "namu"),
    ],
)
def test_text_image_alt_text_beside_a_byline_is_read_through(lines, name):
    dump = _dump("Blog", "# Harbour bridge to close", *lines, PROSE_EN, PROSE_DE)
    assert clean(dump, input_format="text").facts.byline == name


def test_text_icon_alt_text_over_a_date_is_no_byline():
    for icon, date in (("[LinkedIn]", "March 3, 2025"), ("[Facebook]", "03.03.2025")):
        dump = _dump("Blog", "# Harbour bridge to close", icon, date, PROSE_EN, PROSE_DE)
        assert clean(dump, input_format="text").facts.byline is None


@pytest.mark.parametrize(
    ("edit", "asked", "avatar", "login"),
    [
        ("edited Mar 29, 2014 at 9:02", "asked Mar 28, 2014 at 11:38", "{}'s user avatar", "drat"),
        ("editada el 29 mar. 2014", "preguntada el 28 mar. 2014", "avatar del usuario {}", "mr"),
        ("2014年3月29日 9:02 に編集", "2014年3月28日 に質問", "{}さんのユーザーアバター", "namu"),
    ],
)
def test_text_question_authors_user_avatar_after_the_edit(edit, asked, avatar, login):
    page = _dump("Q&A", "# Saw blade wobbles", PROSE_EN, "Share Improve this question")
    lines = (edit, avatar.format("oakfan"), "oakfan", asked, avatar.format(login), login)
    dump = _dump(page, *lines, "1,655 badges", PROSE_DE)
    assert clean(dump, input_format="text").facts.byline == login
    # only an edit's avatar (or an avatar with no date over it): no author
    edited = _dump(page, edit, avatar.format("oakfan"), "oakfan", PROSE_DE)
    assert clean(edited, input_format="text").facts.byline is None
    undated = _dump(page, "Share", avatar.format(login), login, PROSE_DE)
    assert clean(undated, input_format="text").facts.byline is None
