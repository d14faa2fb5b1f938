"""The text-mode headline finder: scored heading lines, kept and look-alike examples."""

import pytest

from pagetidy.model import Block, Drop, Hints
from pagetidy.prose import is_prose
from pagetidy.read.text import read_text
from pagetidy.signals import fold
from pagetidy.titles import (
    AFTER_ARTICLE_COST,
    CAPITALS_COST,
    CRUMB_LIST_GAIN,
    DIGITS_GAIN,
    LONE_WORD_COST,
    TAIL_GAIN,
    TEASER_COST,
    WORDY_COST,
    asks,
    candidate,
    centred,
    crumb_list_names,
    find_title,
    later_copy,
    line_tails,
    list_crumb_ends,
    lone_word,
    outdented_alone,
    printed_as_heading,
    scored_candidates,
    teaser_head,
)

PROSE_EN = (
    "   The council voted on Tuesday to close the old harbour bridge for repairs, the mayor said."
)
PROSE_DE = (
    "   Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Reparaturen zu "
    "schließen, sagte die Bürgermeisterin."
)


def test_outdented_heading_above_prose_is_the_title_not_the_menu():
    dump = "\n\n".join(
        [
            "   Home",
            "   Order now",
            "Harbour bridge to close for two years of repairs",
            PROSE_EN,
            PROSE_EN,
            "More repairs planned",
            PROSE_EN,
        ]
    )
    assert (
        find_title(read_text(dump).blocks, ()) == "Harbour bridge to close for two years of repairs"
    )


def test_markdown_h1_wins_in_german():
    dump = "\n\n".join(
        [
            "## Newsletter abonnieren",
            "# Alte Hafenbrücke wird zwei Jahre lang saniert",
            PROSE_DE.strip(),
            "## Weitere Arbeiten geplant",
            PROSE_DE.strip(),
        ]
    )
    assert find_title(read_text(dump).blocks, ()) == "Alte Hafenbrücke wird zwei Jahre lang saniert"


def test_repeated_headline_loses_the_site_name():
    dump = "\n\n".join(
        [
            "   Bridge closes for repairs | Harbour Times",
            "Bridge closes for repairs",
            PROSE_EN,
        ]
    )
    assert find_title(read_text(dump).blocks, ()) == "Bridge closes for repairs"


def test_no_heading_gives_no_title():
    assert find_title(read_text(PROSE_EN + "\n\n" + PROSE_EN).blocks, ()) is None


def test_lookalikes_are_not_candidates():
    for text in ("o Best Accounting Programs", "Search ____________ (BUTTON)", "Read more."):
        assert not candidate(Block(0, text, Hints()))
    assert candidate(Block(0, "서울 다리 2년간 보수 공사", Hints()))


def test_html_h1_repeated_by_the_title_tag_beats_a_generic_og_title():
    from pagetidy import clean

    for h1, site in (
        ("Harbour bridge to close for repairs", "Harbour Times"),
        ("Alte Hafenbrücke wird saniert", "Hafenblatt"),
    ):
        html = (
            f"<html><head><meta property='og:title' content='{site}'>"
            f"<title>{h1} | {site}</title></head><body><h1>Menu</h1><article><h1>{h1}</h1>"
            f"<p>{PROSE_EN.strip()}</p></article></body></html>"
        )
        assert clean(html, input_format="html").facts.title == h1


def test_html_h1_nobody_repeats_loses_to_og_title():
    from pagetidy import clean

    html = (
        "<html><head><meta property='og:title' content='Bridge to close'></head>"
        f"<body><h1>Latest news</h1><p>{PROSE_EN.strip()}</p></body></html>"
    )
    assert clean(html, input_format="html").facts.title == "Bridge to close"


def test_html_logo_h1_naming_the_site_is_not_the_headline():
    from pagetidy.facts import markup_headline
    from pagetidy.model import Page

    for site, headline in (
        ("Harbour Times", "Bridge to close for repairs"),
        ("みなと新報", "港の橋、2年間の補修へ"),
    ):
        logo = Page("-", "html", (), (("og:site_name", site), ("h1", site), ("title", headline)))
        assert markup_headline(logo) == headline
        # look-alike: an h1 that is the headline, on a page whose site name differs
        kept = Page("-", "html", (), (("og:site_name", site), ("h1", headline)))
        assert markup_headline(kept) == headline


def test_html_markup_titles_are_decoded():
    from pagetidy.facts import markup_headline
    from pagetidy.model import Page

    page = Page("-", "html", (), (("ld:headline", "Rates &amp; prices &#8217;25"),))
    assert markup_headline(page) == "Rates & prices \u201925"
    # look-alike: a literal ampersand stays as it is
    assert markup_headline(Page("-", "html", (), (("title", "Salt & pepper"),))) == "Salt & pepper"


def _deep_dump(headline: str, section: str, prose: str) -> str:
    """A deep-indented dump: a menu, the headline alone, two paragraphs, a section heading."""
    lines = ["        * Home", "        * Topics", "        * Contact", ""]
    lines += [f"    {headline}", "", f"      {prose.strip()}", "", f"      {prose.strip()}", ""]
    lines += [f"    {section}", "", f"      {prose.strip()}", ""]
    lines += ["        * Weather and tides today", "        * Ferry times", ""]
    return "\n".join(lines)


def test_headline_swept_into_a_list_beats_a_section_heading():
    from pagetidy.model import Drop

    for headline, section, prose in (
        ("Harbour bridge to close for two years", "What changes for drivers", PROSE_EN),
        (
            "港の橋、2年間の補修で通行止めへ",
            "運転者にとって何が変わるか",
            "   市議会は火曜日、古い港の橋を補修のため閉鎖することを決めたと市長が述べた。",
        ),
    ):
        blocks = read_text(_deep_dump(headline, section, prose)).blocks
        first = next(block.index for block in blocks if block.text == prose.strip())
        by_text = {block.text: block.index for block in blocks}
        # a list filter swept the lone headline line along with the menu; it still counts
        drops = tuple(
            Drop(by_text[text], "related", "related_item", "a list entry")
            for text in (headline, "Weather and tides today", "Ferry times")
        )
        assert find_title(blocks, drops, first) == headline
        # look-alike: the bulleted teaser in the same list is never the headline
        assert find_title(blocks, drops[1:], first) != "Weather and tides today"


def test_the_one_markdown_h1_beats_repeated_section_headings():
    for headline, sections, prose in (
        (
            "Harbour bridge to close for two years",
            ["Why the bridge needs repairs", "What changes for drivers", "Who pays", "When"],
            PROSE_EN.strip(),
        ),
        (
            "Alte Hafenbrücke wird zwei Jahre lang saniert",
            ["Warum die Brücke saniert wird", "Was sich für Autofahrer ändert", "Wer zahlt"],
            PROSE_DE.strip(),
        ),
    ):
        parts = [f"# {headline}", "Ann Lee"]
        parts += ["\n".join(f"  * {section}" for section in sections)]
        parts += [f"* {section}" for section in ("Home", "Weather", "Ferries")]
        for section in sections:
            parts += [f"## {section}", prose]
        blocks = read_text("\n\n".join(parts)).blocks
        start = next(block.index for block in blocks if block.text == prose)
        assert find_title(blocks, (), start) == headline
        # look-alike: where every section is an h1, no h1 is rare and the first one is
        # still taken only for its place, not for its mark
        many = "\n\n".join(f"# {section}\n\n{prose}" for section in sections)
        assert find_title(read_text(many).blocks, ()) == sections[0]


def test_html_h1_loses_a_trailing_site_name():
    from pagetidy.facts import markup_headline
    from pagetidy.model import Page

    for site, name, headline in (
        ("harbour.com", "Harbour", "Bridge to close for repairs"),
        ("Hafenblatt", "Hafenblatt", "Alte Hafenbrücke wird saniert"),
    ):
        meta = (("og:site_name", site), ("h1", f"{headline} | {name}"), ("title", headline))
        assert markup_headline(Page("-", "html", (), meta)) == headline
    # look-alike: a subtitle after the separator that is not the site's name stays
    for site, h1 in (
        ("Harbour Times", "Zero waste - A beginner's guide"),
        ("El Faro", "Puente cerrado - Guía completa para conductores"),
    ):
        meta = (("og:site_name", site), ("h1", h1), ("title", h1))
        assert markup_headline(Page("-", "html", (), meta)) == h1


def test_one_word_h1_can_be_the_headline():
    for word in ("Pods", "Geldbörsen", "ポッド"):
        assert candidate(Block(0, word, Hints(tag="h1")))
    # dropped: a domain-shaped logo heading
    assert not candidate(Block(0, "harbour-times.com", Hints(tag="h1")))
    # look-alike: the same word as a plain line (a menu entry) is no candidate
    for word in ("Pods", "Geldbörsen"):
        assert not candidate(Block(0, word, Hints()))


def test_headline_below_a_long_menu_is_found():
    for headline, prose, footer in (
        ("Harbour bridge to close for two years of repairs", PROSE_EN, "Contact the newsroom"),
        ("Alte Hafenbrücke wird zwei Jahre lang saniert", PROSE_DE, "Kontakt zur Redaktion"),
    ):
        menu = "\n".join(f"   * Topic number {n} of the menu" for n in range(30))
        dump = "\n\n".join([menu, headline, prose, footer, "   * About", "   * Imprint"])
        blocks = read_text(dump).blocks
        assert find_title(blocks, ()) == headline
        # look-alike: a heading-shaped line among the last lines of the page is not taken
        tail = "\n\n".join([menu, prose, prose, "   * About", "Subscribe to our newsletter now"])
        assert find_title(read_text(tail).blocks, ()) != "Subscribe to our newsletter now"


def test_html_h1_paraphrasing_the_markup_title_is_the_headline():
    from pagetidy.facts import markup_headline
    from pagetidy.model import Page

    for h1, og_title in (
        ("The best ways to bake bread at home", "Ten ways to bake bread at home | Harbour Times"),
        ("Brot backen zu Hause: zehn Wege", "Zehn Wege, zu Hause Brot zu backen - Hafenblatt"),
    ):
        meta = (("og:title", og_title), ("h1", h1))
        assert markup_headline(Page("-", "html", (), meta)) == h1
    # dropped: an h1 sharing few words with the markup title (a section name, a slogan)
    for h1, og_title, headline in (
        (
            "Kitchen and home",
            "Ten ways to bake bread at home | Harbour Times",
            "Ten ways to bake bread at home",
        ),
        (
            "Küche und Haushalt",
            "Zehn Wege, Brot zu backen - Hafenblatt",
            "Zehn Wege, Brot zu backen",
        ),
    ):
        meta = (("og:title", og_title), ("h1", h1))
        assert markup_headline(Page("-", "html", (), meta)) == headline


def test_html_h1_naming_the_site_a_markup_title_ends_with_is_a_logo():
    from pagetidy.facts import markup_headline
    from pagetidy.model import Page

    for site, headline in (
        ("The Harbour Handbook", "Mooring a small boat"),
        ("Das Hafenhandbuch", "Ein kleines Boot festmachen"),
    ):
        # dropped: the logo h1 that the <title> names as its site; kept: the page's own h1
        meta = (("title", f"{headline} | {site}"), ("h1", site), ("h1", headline))
        assert markup_headline(Page("-", "html", (), meta)) == headline
        # no other h1: the title's headline part
        alone = (("title", f"{headline} - {site}"), ("h1", site))
        assert markup_headline(Page("-", "html", (), alone)) == headline
    # look-alike: a short page name before a longer name is the headline, not a site
    for h1, title in (
        ("Pricing", "Pricing | Harbour Cloud Tools Inc"),
        ("Preise", "Preise - Hafen Cloud Werkzeuge GmbH"),
    ):
        assert markup_headline(Page("-", "html", (), (("title", title), ("h1", h1)))) == h1


def test_headline_ending_in_a_bracketed_exclamation_is_a_candidate():
    for text in (
        "How we keep pests out of the garden (naturally!)",
        "Schädlinge fernhalten (ganz natürlich!)",
    ):
        assert candidate(Block(0, text))
    # dropped: a sentence ending in a full stop inside brackets
    for text in (
        "We keep pests out of the garden (naturally.)",
        "Wir halten Schädlinge fern (natürlich.)",
    ):
        assert not candidate(Block(0, text))
    # look-alike: a bracketed question is a candidate too
    assert candidate(Block(0, "Which tent should you buy (and why?)"))


def test_lone_line_just_above_the_article_is_the_title_without_marks():
    for headline, teaser, prose in (
        ("Harbour bridge to close for two years", "Ferry times for the weekend", PROSE_EN),
        ("Alte Hafenbrücke wird zwei Jahre saniert", "Fährzeiten für das Wochenende", PROSE_DE),
    ):
        body = prose.strip()
        # no outdent, no Markdown: only its place marks the headline (inscriptis prints so)
        parts = ["Home", "Topics", "Contact", headline, body, body, teaser, body]
        blocks = read_text("\n\n".join(parts)).blocks
        start = next(block.index for block in blocks if block.text == body)
        assert find_title(blocks, (), start) == headline
        # look-alike: a line standing alone lower in the article opens nothing
        assert find_title(blocks, (), start) != teaser


def test_marked_heading_beats_a_line_that_only_its_place_marks():
    for headline, prompt, prose in (
        ("Harbour bridge to close for two years", "Sign up for our morning letter", PROSE_EN),
        ("Alte Hafenbrücke wird saniert", "Melden Sie sich für den Newsletter an", PROSE_DE),
    ):
        body = prose.strip()
        parts = [f"# {headline}", "Ann Lee", prompt, body, body]
        blocks = read_text("\n\n".join(parts)).blocks
        start = next(block.index for block in blocks if block.text == body)
        assert find_title(blocks, (), start) == headline


def test_masthead_heading_above_the_headline_is_not_the_title():
    for site, headline, subtitle, byline, chrome, prose in (
        (
            "Harbour Notes - Tales of the Waterfront",
            "Bridge closes for two years",
            "What the closure means for ferries",
            "By Ann Lee",
            "Subscribe Sign in",
            PROSE_EN.strip(),
        ),
        (
            "Hafenblatt - Geschichten vom Wasser",
            "Alte Hafenbrücke wird saniert",
            "Was die Sperrung für Fähren bedeutet",
            "Von Anna Lehmann",
            "Abonnieren Anmelden",
            PROSE_DE.strip(),
        ),
    ):
        # the masthead is printed twice (a title bar and a heading), then chrome, then the
        # article's own heading: the copy bonus must not carry the masthead
        tools = ["Share", "Listen", "Comments", "Save"]
        parts = [site, f"# {site}", chrome, f"# {headline}", *tools, prose, prose]
        blocks = read_text("\n\n".join(parts)).blocks
        start = next(block.index for block in blocks if block.text == prose)
        assert find_title(blocks, (), start) == headline
        # look-alike: a headline with a byline under it, then a second heading of the same
        # rank (a subtitle) before the prose: the headline stays
        parts = [f"# {headline}", byline, chrome, f"# {subtitle}", prose, prose]
        blocks = read_text("\n\n".join(parts)).blocks
        start = next(block.index for block in blocks if block.text == prose)
        drops = (Drop(1, "byline", "byline", "a byline"),)
        assert find_title(blocks, drops, start) == headline


def test_h1_sentence_and_question_with_a_bracketed_tail_are_candidates():
    for sentence, question, caption, two in (
        (
            "Things to know before crossing the harbour bridge.",
            "Why close the bridge? (And what comes next)",
            "A man crosses the old bridge at dawn. (Photo: Ann Lee)",
            "The bridge closes. The ferries run.",
        ),
        (
            "Was man vor der Fahrt über die Hafenbrücke wissen sollte.",
            "Warum schließt die Brücke? (Und was danach kommt)",
            "Ein Mann überquert die alte Brücke am Morgen. (Foto: Anna Lehmann)",
            "Die Brücke schließt. Die Fähren fahren.",
        ),
    ):
        # kept: markup sets a one-sentence headline as h1; a question keeps its bracketed tail
        assert candidate(Block(0, sentence, Hints(tag="h1")))
        assert candidate(Block(0, question, Hints()))
        # dropped: the same sentence as a plain line; a sentence with a photo credit
        assert not candidate(Block(0, sentence, Hints()))
        assert not candidate(Block(0, caption, Hints()))
        # look-alike: an h1 that runs two sentences is still no headline
        assert not candidate(Block(0, two, Hints(tag="h1")))


def test_section_name_printed_alone_is_cut_from_the_headline():
    for headline, section, subtitle, prose in (
        ("Bridge closes for two years of repairs", "Opinion", "A guide for drivers", PROSE_EN),
        ("Alte Hafenbrücke wird zwei Jahre saniert", "Meinung", "Ein Ratgeber", PROSE_DE),
    ):
        body = prose.strip()
        # kept: the headline; dropped: the section name, printed as a line of its own too
        parts = [section, "Home", f"# {headline} | {section}", body, body]
        assert find_title(read_text("\n\n".join(parts)).blocks, ()) == headline
        # look-alike: a subtitle after the dash that the page never prints alone stays
        parts = [section, "Home", f"# {headline} - {subtitle}", body, body]
        assert find_title(read_text("\n\n".join(parts)).blocks, ()) == f"{headline} - {subtitle}"


def test_skip_link_is_never_the_title():
    for skip, headline, lookalike in (
        (
            "Skip to main content",
            "Harbour bridge to close for two years",
            "Skipper rescues two sailors",
        ),
        ("Zum Inhalt springen", "Alte Hafenbrücke wird saniert", "Zum Geburtstag der alten Brücke"),
    ):
        # dropped: the skip link, though it stands alone at the top of the page
        assert not candidate(Block(0, skip, Hints()))
        assert not candidate(Block(0, skip, Hints(tag="h1")))
        # look-alike: a headline that opens with the same first word stays a candidate
        assert candidate(Block(0, lookalike, Hints()))
        # kept: the headline below the skip link
        dump = "\n\n".join([skip, "   Home", headline, PROSE_EN, PROSE_EN])
        assert find_title(read_text(dump).blocks, ()) == headline


def _closing_dump(headline: str, call: str, prose: str) -> str:
    """A dump whose article ends before a call to action set as an outdented heading (the
    call is printed at the top of the page too, as such pitches are)."""
    lines = [f"        {call}", "", f"        {headline}", ""]
    lines += [f"        {prose.strip()}", "", f"        {prose.strip()}", ""]
    lines += [call, "", f"  {prose.strip()}", ""]
    return "\n".join(lines)


def test_a_heading_below_the_article_is_not_the_headline():
    for headline, call, prose in (
        ("Harbour bridge to close for two years", "Book a demo with our harbour team", PROSE_EN),
        (
            "Alte Hafenbrücke wird zwei Jahre lang saniert",
            "Jetzt eine Vorführung mit unserem Team buchen",
            PROSE_DE,
        ),
    ):
        blocks = read_text(_closing_dump(headline, call, prose)).blocks
        start = next(block.index for block in blocks if block.text == prose.strip())
        top, pitch, closing = (blocks[0].index, blocks[-2].index, blocks[-1].index)
        assert blocks[-2].text == call
        chrome = (Drop(top, "prompt", "call_to_action", "a call to action"),)
        after = chrome + tuple(
            Drop(index, "boilerplate", "chrome", "page chrome") for index in (pitch, closing)
        )
        # kept: the headline above the article; dropped: the pitch below the article's end
        assert find_title(blocks, after, start) == headline
        # look-alike: the same outdented line kept as part of the article still scores
        # as a heading there (only lines past the article's last kept block pay the cost)
        below = {position: score for score, position in scored_candidates(blocks, after, start)}
        kept = {position: score for score, position in scored_candidates(blocks, chrome, start)}
        assert kept[len(blocks) - 2] - below[len(blocks) - 2] == pytest.approx(AFTER_ARTICLE_COST)


def test_the_first_line_of_a_page_is_rarely_the_headline():
    for slogan, headline, date, prose in (
        (
            "Fresh harbour news since 1890",
            "Harbour bridge to close for two years",
            "12 March 2025",
            PROSE_EN,
        ),
        (
            "Frische Hafennachrichten seit 1890",
            "Alte Hafenbrücke wird zwei Jahre lang saniert",
            "12. März 2025",
            PROSE_DE,
        ),
    ):
        # the site's slogan opens the page (as a nested dump prints it: less indented than
        # the article), then the article's headline, its date line and its prose
        parts = [f"  {slogan}", f"      {headline}", f"      {date}", f"      {prose.strip()}"]
        parts += [f"      {prose.strip()}"]
        blocks = read_text("\n\n".join(parts)).blocks
        dated = (Drop(blocks[2].index, "dateline", "dateline", "a date line"),)
        # kept: the headline; dropped: the slogan on the first line
        assert find_title(blocks, dated, 3) == headline
        # look-alike: a page that opens with its headline (its date line under it) gives it
        opening = read_text("\n\n".join(parts[1:])).blocks
        dated = (Drop(opening[1].index, "dateline", "dateline", "a date line"),)
        assert find_title(opening, dated, 2) == headline


def test_one_word_heading_at_the_left_margin_is_a_candidate():
    for word, prose in (("Kayaks", PROSE_EN), ("Kajaks", PROSE_DE)):
        body = f"   {prose.strip()}"
        # lynx prints headings at the left margin and the body three columns in
        blocks = read_text("\n\n".join(["   Home", word, body, body])).blocks
        # kept: the one-word heading at the margin; dropped: the one-word menu line
        assert find_title(blocks, (), 2) == word
        assert not candidate(blocks[0], outdented=printed_as_heading(blocks[0], 3))
        # look-alike: the same word where nothing is indented (an html2text dump prints
        # every line at the margin) is no heading by its place
        flat = read_text("\n\n".join(["Home", word, prose.strip(), prose.strip()])).blocks
        assert not printed_as_heading(flat[1], 0)
        assert find_title(flat, (), 2) is None


def test_the_first_heading_shaped_line_is_rarely_the_headline():
    for site, headline, date, prose in (
        ("The Harbour Gazette Weekly", "Bridge closes", "12 March 2025", PROSE_EN),
        ("Der Hafen-Anzeiger am Sonntag", "Brücke gesperrt", "12. März 2025", PROSE_DE),
    ):
        # lynx opens a page with its feed links and a skip link (no candidates), then the
        # masthead and the site's blurb, a menu line, the headline and the article
        parts = ["   #Harbour Feed", "   Skip to content", site, prose, "   Home", headline]
        blocks = read_text("\n\n".join([*parts, prose, prose])).blocks
        # kept: the headline; dropped: the masthead, the first heading-shaped line
        assert find_title(blocks, (), 6) == headline
        # look-alike: a headline that is the first such line, its date line under it
        dated = read_text("\n\n".join([*parts[:2], headline, f"   {date}", prose])).blocks
        stamp = (Drop(dated[3].index, "dateline", "dateline", "a date line"),)
        assert find_title(dated, stamp, 4) == headline


def test_a_question_headline_as_long_as_a_sentence_is_no_paragraph():
    for question, call, prose in (
        (
            "How much should a family pay for a week of house cleaning in the city?",
            "Book your cleaning today",
            PROSE_EN,
        ),
        (
            "Wie viel sollte eine Familie für eine Woche Hausreinigung in der Stadt bezahlen?",
            "Jetzt Ihre Reinigung buchen",
            PROSE_DE,
        ),
    ):
        # a call to action printed as a heading above the headline and again below
        dump = "\n\n".join(["   Home", call, question, prose, prose, f"   {call}"])
        # kept: the long question at the margin; dropped: the call to action above it
        assert find_title(read_text(dump).blocks, (), 3) == question
        assert asks(question)
        # look-alike: two sentences ending in a question are a paragraph, not a headline
        assert not asks(f"{prose.strip()} {question}")


def test_a_notice_paragraph_right_above_the_headline_costs_it_little():
    notes = (
        "   We use cookies to measure how our pages are read, and you can turn them off "
        "at any time.",
        "   Wir verwenden Cookies, um zu messen, wie unsere Seiten gelesen werden, und Sie können "
        "sie jederzeit abschalten.",
    )
    for (headline, call, prose, date, section), note in zip(
        (
            (
                "Harbour bridge to close for two years",
                "Subscribe to our harbour newsletter",
                PROSE_EN,
                "12 March 2025",
                "What the closure means for ferries",
            ),
            (
                "Alte Hafenbrücke wird zwei Jahre lang saniert",
                "Jetzt unseren Hafen-Newsletter abonnieren",
                PROSE_DE,
                "12. März 2025",
                "Was die Sperrung für die Fähren bedeutet",
            ),
        ),
        notes,
        strict=True,
    ):
        # a cookie notice (a paragraph) stands right above the headline and its date line;
        # a call to action is printed as a heading at the top and again at the bottom
        parts = ["   Home", call, "   News", note, headline, f"   {date}", prose, prose]
        parts += [section, prose, f"   {call}"]
        blocks = read_text("\n\n".join(parts)).blocks
        stamp = (Drop(blocks[5].index, "dateline", "dateline", "a date line"),)
        # kept: the headline under the notice; dropped: the call to action and the
        # look-alike section heading after the article's paragraphs
        assert find_title(blocks, stamp, 6) == headline


HARBOUR_CASES = (
    (
        "Subscribe for weekly offers",
        "Harbour bridge to close for two years",
        "The council voted on Tuesday to close the old harbour bridge for two years of repairs, "
        "the mayor said.",
        "Drivers will use the ferry while the bridge is closed, and the harbour office expects "
        "long queues.",
        "Harbour bridge closure: what drivers should know",
    ),
    (
        "Jetzt Angebote abonnieren",
        "Hafenbrücke wird zwei Jahre gesperrt",
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke zwei Jahre lang für "
        "Reparaturen zu sperren.",
        "Autofahrer nutzen die Fähre, solange die Brücke gesperrt ist, und das Hafenamt rechnet "
        "mit langen Schlangen.",
        "Gesperrte Hafenbrücke: was Autofahrer wissen müssen",
    ),
)


def _outdented_dump(*lines: str) -> str:
    """A lynx-like dump: headings at the margin, paragraphs indented, blank lines between."""
    return "\n\n".join(lines) + "\n"


def test_headline_whose_words_the_article_uses_beats_a_call_to_action():
    for cta, headline, first, second, section in HARBOUR_CASES:
        for above, below in ((cta, headline), (headline, cta)):
            text = _outdented_dump("   Harbour Times", above, below, "   " + first, "   " + second)
            blocks = read_text(text).blocks
            start = next(block.index for block in blocks if block.text == first)
            # kept: the headline, which names what the paragraphs are about
            assert find_title(blocks, (), start) == headline
        # dropped: the call to action, whose words the article never uses, loses even alone
        text = _outdented_dump("   Harbour Times", cta, "   " + first, "   " + second)
        blocks = read_text(text).blocks
        start = next(block.index for block in blocks if block.text == first)
        assert find_title(blocks, (), start) != headline
        # look-alike: a section heading using the article's words, once its prose has begun,
        # does not take the headline's place
        text = _outdented_dump(
            "   Harbour Times", headline, "   " + first, "   " + second, section, "   " + first
        )
        blocks = read_text(text).blocks
        start = next(block.index for block in blocks if block.text == first)
        assert find_title(blocks, (), start) == headline


def test_body_share_counts_words_the_paragraphs_use():
    from pagetidy.titles import body_share, body_words, key_words

    for _cta, headline, first, second, _section in HARBOUR_CASES:
        blocks = read_text(_outdented_dump(headline, "   " + first, "   " + second)).blocks
        body = body_words(blocks, {})
        assert body_share(headline, body) >= 0.5  # kept: the headline's words recur
        assert body_share(_cta, body) == 0.0  # dropped: the pitch's words do not
        # look-alike: short function words ("to", "for", "die") never count either way
        assert "for" not in key_words(headline) and "die" not in key_words(first)
    # CJK text has no spaces: neighbouring characters are compared
    assert key_words("港の橋") == ["港の", "の橋"]
    council = "市議会は港の橋を補修のため閉鎖することを決めたと市長が述べた。"
    body = body_words(read_text(council).blocks, {})
    assert body_share("港の橋、補修へ", body) > body_share("天気と潮汐", body) == 0.0


def _tail_gain(lines: list[str], headline: str) -> float:
    """The headline's score with ``lines`` at the page's foot, less its score without them."""
    scores = []
    for extra in (lines, []):
        blocks = read_text("\n\n".join([headline, PROSE_EN.strip(), *extra])).blocks
        scores.append({p: s for s, p in scored_candidates(blocks, ())}[0])
    return scores[0] - scores[1]


def test_a_line_another_line_ends_with_names_the_page():
    for headline, trail, inside in (
        (
            "Harbour bridge to close for repairs",
            "Home News Harbour bridge to close for repairs",
            "Why Harbour bridge to close for repairs matters to you",
        ),
        (
            "Alte Hafenbrücke wird saniert",
            "Startseite Stadt Alte Hafenbrücke wird saniert",
            "Warum Alte Hafenbrücke wird saniert uns alle angeht",
        ),
    ):
        # kept: a breadcrumb printed as plain words ends with the headline
        assert _tail_gain([trail], headline) == pytest.approx(TAIL_GAIN)
        # dropped: no other line ends with it, no gain
        assert _tail_gain(["Contact us today"], headline) == 0
        # look-alike: a line holding it in the middle (a teaser) is no trail
        assert _tail_gain([inside], headline) == 0
    assert "bread at home" in line_tails([Block(0, "Home Guides Bread at home")])


def test_a_line_printed_left_of_both_neighbours_is_set_apart():
    for menu, headline, text in (
        ("Services", "Harbour bridge to close", "The council voted on Tuesday."),
        ("Leistungen", "Alte Hafenbrücke wird saniert", "Der Stadtrat hat entschieden."),
    ):
        kept = [Block(0, menu, Hints(indent=8)), Block(1, headline, Hints(indent=2))]
        kept.append(Block(2, text, Hints(indent=6)))
        # kept: left of the menu above and the text below
        assert outdented_alone(1, kept)
        # dropped: the text below sits as far left
        level = [*kept[:2], Block(2, text, Hints(indent=2))]
        assert not outdented_alone(1, level)
        # look-alike: the last item of an indented list, left of the line above only
        tail = [kept[0], Block(1, headline, Hints(indent=4)), Block(2, text, Hints(indent=4))]
        assert not outdented_alone(1, tail)


def _alone_score(line: str) -> float:
    """The score of ``line`` as the first line of a page, above one paragraph."""
    blocks = read_text("\n\n".join([line, PROSE_EN.strip()])).blocks
    return {p: s for s, p in scored_candidates(blocks, ())}[0]


def test_a_line_in_capitals_only_costs():
    for plain, capitals, acronym in (
        ("Walks along the old quay", "WALKS ALONG THE OLD QUAY", "NATO walks along the old quay"),
        ("Spaziergang am alten Kai", "SPAZIERGANG AM ALTEN KAI", "ADAC Spaziergang am alten Kai"),
    ):
        # kept: the plain line pays nothing; dropped: the same words in capitals pay the cost
        assert _alone_score(plain) - _alone_score(capitals) == pytest.approx(CAPITALS_COST)
        # look-alike: an acronym in a mixed-case line is no line in capitals
        assert _alone_score(acronym) >= _alone_score(plain)


def test_a_line_of_fifteen_words_costs():
    for words in (
        [
            "walks",
            "along",
            "quay",
            "with",
            "gulls",
            "ships",
            "nets",
            "ropes",
            "crabs",
            "tides",
            "piers",
            "boats",
            "cranes",
            "sails",
            "masts",
        ],
        [
            "Spaziergang",
            "entlang",
            "Kai",
            "mit",
            "Möwen",
            "Schiffen",
            "Netzen",
            "Tauen",
            "Krabben",
            "Gezeiten",
            "Stegen",
            "Booten",
            "Kränen",
            "Segeln",
            "Masten",
        ],
    ):
        fourteen, fifteen = " ".join(words[:14]), " ".join(words[:15])
        # dropped: fifteen words pay the cost; kept (look-alike): fourteen do not
        assert _alone_score(fourteen) - _alone_score(fifteen) == pytest.approx(WORDY_COST)
        assert _alone_score(" ".join(words[:5])) == pytest.approx(_alone_score(fourteen))


def test_digits_in_a_line_gain():
    for words, digits, crowded in (
        ("Ten walks along the quay", "10 walks along the quay", "10 20 30 40 walks"),
        ("Zehn Wege am alten Kai", "10 Wege am alten Kai", "10 20 30 40 Wege"),
    ):
        # kept: a count in figures gains (2 digits of 19 or so characters)
        gain = _alone_score(digits) - _alone_score(words)
        assert 0 < gain <= DIGITS_GAIN * 0.3
        # look-alike: a line that is mostly figures is no headline at all
        assert not candidate(Block(0, crowded))


def _later_copies(lines: list[str]) -> list[bool]:
    blocks = read_text("\n\n".join(lines)).blocks
    folded = [fold(block.text) for block in blocks]
    first_at: dict[str, int] = {}
    for position, key in enumerate(folded):
        first_at.setdefault(key, position)
    return [later_copy(position, folded, first_at) for position in range(len(blocks))]


def test_the_lower_of_two_copies_is_the_headline():
    for headline, menu, site_line, prose in (
        ("Harbour bridge to close for repairs", "News and sport", "Harbour Gazette", PROSE_EN),
        ("Alte Hafenbrücke wird saniert", "Nachrichten und Sport", "Hafenblatt", PROSE_DE),
    ):
        lines = [headline, menu, headline, prose.strip()]
        # kept: the lower copy gains; dropped: the upper copy (the title bar) does not
        assert _later_copies(lines) == [False, False, True, False]
        scores = {p: s for s, p in scored_candidates(read_text("\n\n".join(lines)).blocks, ())}
        assert scores[2] > scores[0]
        # look-alike: the headline printed with the site's name is no copy of the line
        titled = [f"{headline} | {site_line}", menu, headline, prose.strip()]
        assert _later_copies(titled) == [False, False, False, False]


TEASERS_EN = [
    "Harbour bridge to close for repairs",
    "The council voted on Tuesday to close the old bridge, the mayor said.",
    "New ferry line opens in the spring",
    "The ferry will run every hour between the two quays, the company said.",
    "Fish market moves to the old station",
]
TEASERS_DE = [
    "Alte Hafenbrücke wird saniert",
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen.",
    "Neue Fähre fährt ab dem Frühjahr",
    "Die Fähre fährt jede Stunde zwischen den beiden Kais, sagte die Reederei.",
    "Fischmarkt zieht in den alten Bahnhof",
]


def _teaser_heads(lines: list[str]) -> list[bool]:
    blocks = read_text("\n\n".join(lines)).blocks
    prose = [is_prose(block) for block in blocks]
    return [teaser_head(position, blocks, prose, {}) for position in range(len(blocks))]


def test_a_line_opening_a_list_of_teasers_costs():
    for teasers, prose in ((TEASERS_EN, PROSE_EN), (TEASERS_DE, PROSE_DE)):
        # dropped: the first heading of heading / blurb pairs is a teaser's heading
        assert _teaser_heads(teasers)[0]
        # kept: a headline over long paragraphs opens no teaser list
        long_text = " ".join([prose.strip()] * 4)
        article = [teasers[0], long_text, teasers[2], long_text, teasers[4]]
        assert not any(_teaser_heads(article))
        # look-alike: a headline, its short standfirst, one subheading, then the text
        standfirst = [teasers[0], teasers[1], teasers[2], prose.strip(), prose.strip()]
        assert not any(_teaser_heads(standfirst))
    blocks = read_text("\n\n".join([*TEASERS_EN, PROSE_EN.strip()])).blocks
    without = read_text("\n\n".join([TEASERS_EN[0], PROSE_EN.strip()])).blocks
    assert TEASER_COST > 0 and teaser_head(0, blocks, [is_prose(b) for b in blocks], {})
    assert not teaser_head(0, without, [is_prose(b) for b in without], {})


def _crumb_names(lines: list[str], line: str) -> bool:
    """Does a numbered list near ``line`` (a lone line of ``lines``) end with it?"""
    blocks = read_text("\n".join(lines)).blocks
    position = next(p for p, b in enumerate(blocks) if b.text == line and not b.hints.bullet)
    return crumb_list_names(position, blocks, list_crumb_ends(blocks))


def test_a_breadcrumb_printed_as_a_numbered_list_names_the_page():
    for crumbs, headline, other, prose in (
        (["Home", "Garden", "Garden chairs"], "Garden chairs", "Garden tables", PROSE_EN),
        (["Startseite", "Garten", "Gartenstühle"], "Gartenstühle", "Gartentische", PROSE_DE),
    ):
        listed = [f"      {number}. {crumb}" for number, crumb in enumerate(crumbs, 1)]
        page = [*listed, "", f"    {headline}", "", prose]
        # kept: the breadcrumb's last item is the lone line below it
        assert _crumb_names(page, headline)
        # dropped: a breadcrumb ending in another name says nothing of the line
        other_page = [*listed[:-1], f"      3. {other}", "", f"    {headline}", "", prose]
        assert not _crumb_names(other_page, headline)
        # look-alike: a long numbered list (a top ten) ending with the line is no breadcrumb
        ranked = [f"      {number}. {crumb}" for number, crumb in enumerate(crumbs * 3, 1)]
        assert not _crumb_names([*ranked, "", f"    {headline}", "", prose], headline)
        # look-alike: numbered paragraphs (blank lines between) are no breadcrumb
        spaced = [line for item in listed for line in (item, "")]
        assert not _crumb_names([*spaced, f"    {headline}", "", prose], headline)
        # look-alike: far below the list, the same words are a section's name
        far = [*listed, *(f"    Link {n} here" for n in range(8)), f"    {headline}", "", prose]
        assert not _crumb_names(far, headline)


def test_the_line_a_numbered_breadcrumb_names_beats_a_promotion_above_it():
    for crumbs, headline, promo, prose in (
        (
            ["Home", "Shop", "Folding garden chairs"],
            "Folding garden chairs",
            "Spring sale on all outdoor furniture",
            PROSE_EN,
        ),
        (
            ["Startseite", "Laden", "Klappbare Gartenstühle"],
            "Klappbare Gartenstühle",
            "Frühlingsrabatt auf alle Gartenmöbel jetzt",
            PROSE_DE,
        ),
    ):
        listed = [f"      {number}. {crumb}" for number, crumb in enumerate(crumbs, 1)]
        page = ["", f"    {promo}", "", *listed, "", f"    {headline}", "", prose, "", prose]
        blocks = read_text("\n".join(page)).blocks
        scores = {blocks[p].text: s for s, p in scored_candidates(blocks, ())}
        plain = [line for line in page if line not in listed]
        plain_blocks = read_text("\n".join(plain)).blocks
        plain_scores = {plain_blocks[p].text: s for s, p in scored_candidates(plain_blocks, ())}
        # the list's last item lifts the headline (and it is a second copy of it)
        assert scores[headline] - plain_scores[headline] >= CRUMB_LIST_GAIN
        assert find_title(blocks, ()) == headline
        assert find_title(plain_blocks, ()) != headline  # too weak without the list


def test_a_lone_word_may_name_the_page():
    for menu, word, headline, prose in (
        (["Home", "Guides", "Search"], "Introduction", "Bridge closes after the storm", PROSE_EN),
        (
            ["Startseite", "Ratgeber", "Suche"],
            "Einleitung",
            "Stadtrat beschließt Reparaturen der Hafenbrücke",
            PROSE_DE,
        ),
    ):
        # a dump without heading marks (inscriptis) prints a page named by one word as a
        # lone line between its menu (a bullet list) and its text
        listed = "\n".join(f"  * {entry}" for entry in menu)
        body = f"{prose.strip()} {word}."
        blocks = read_text("\n\n".join([listed, word, body, body])).blocks
        position = next(p for p, b in enumerate(blocks) if b.text == word)
        # kept: the lone word is a candidate and, with nothing better, the headline
        assert lone_word(blocks[position], 0)
        assert find_title(blocks, (), position + 1) == word
        # dropped: a one-word menu entry (a list item) is no candidate
        assert not lone_word(blocks[0], 0)
        assert all(p != 0 for _, p in scored_candidates(blocks, (), position + 1))
        # look-alike: a lone section name right above a headline of several words gives way
        plain = prose.strip()
        sectioned = read_text("\n\n".join([listed, word, headline, plain, plain])).blocks
        assert find_title(sectioned, (), position + 2) == headline
        # a one-word h1 or a word at lynx's margin was a candidate already (no cost)
        marked = Block(0, word, Hints(tag="h1"))
        assert not lone_word(marked, 0) and not lone_word(Block(0, word), 3)
        scores = {p: s for s, p in scored_candidates(sectioned, (), position + 2)}
        assert scores[position] < scores[position + 1] - LONE_WORD_COST / 2


def _centre(line: str, width: int = 79) -> str:
    return " " * ((width - len(line)) // 2) + line


def test_a_line_centred_in_a_wrapping_dump_is_a_banner_headline():
    for menu, headline, section, prose in (
        ("Home Blog About", "Thoughts on baking bread", "Latest notes from the kitchen", PROSE_EN),
        ("Start Blog Über", "Gedanken zum Brotbacken", "Neue Notizen aus der Küche", PROSE_DE),
    ):
        # lynx indents its text three columns and prints a centred headline mid-width
        parts = [f"   {menu}", _centre(headline), f"   {section}", prose, prose]
        blocks = read_text("\n\n".join(parts)).blocks
        # kept: the centred line gains and is the headline
        assert centred(blocks[1], 3)
        assert find_title(blocks, (), 3) == headline
        # dropped: the same line at the body's indent is not centred (no gain)
        assert not centred(read_text(f"   {headline}").blocks[0], 3)
        # look-alike: a line indented as far in a dump that indents by nesting
        # (inscriptis, text at twelve columns) is not centred
        assert not centred(blocks[1], 12)
        # look-alike: a centred line inside a list (no blank line around it) is no banner
        listed = read_text("\n".join([f"   {menu}", _centre(headline), f"   {menu}"])).blocks
        assert not centred(listed[1], 3)
        scores = {p: s for s, p in scored_candidates(blocks, (), 3)}
        flat = read_text("\n\n".join([parts[0], f"   {headline}", *parts[2:]])).blocks
        flat_scores = {p: s for s, p in scored_candidates(flat, (), 3)}
        assert scores[1] > flat_scores[1]  # the centred copy gains CENTRED_GAIN
