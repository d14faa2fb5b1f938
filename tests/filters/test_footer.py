from pagetidy.filters.footer import Footer
from tests.conftest import drops_of, kept_by, page_from_lines

PROSE = "The council voted on Monday to close the old coal plant by the end of the decade."


def test_cuts_the_page_at_a_copyright_line_after_the_article():
    page = page_from_lines(
        PROSE,
        PROSE + " Again.",
        "© 2025 Daily Courier. All rights reserved.",
        "These cookies help us count visits so we can improve the site.",
    )
    assert drops_of(Footer(), page) == {
        "© 2025 Daily Courier. All rights reserved.": "legal_line",
        "These cookies help us count visits so we can improve the site.": "after_footer",
    }


def test_drops_korean_and_german_legal_lines_anywhere():
    page = page_from_lines(
        "Impressum", PROSE, "Copyright © 한빛일보. 무단전재 및 재배포 금지", PROSE + " More."
    )
    assert drops_of(Footer(), page) == {
        "Impressum": "legal_line",
        "Copyright © 한빛일보. 무단전재 및 재배포 금지": "legal_line",
    }


def test_keeps_sentences_about_copyright():
    page = page_from_lines(
        "The copyright case went to court in May, lawyers said.",
        "Der Datenschutz wurde im Gesetz neu geregelt.",
    )
    assert kept_by(Footer(), page) == [block.text for block in page.blocks]


def test_min_prose_before_decides_the_cut():
    page = page_from_lines(PROSE, "© 2025 Daily Courier", PROSE + " More.")
    assert len(drops_of(Footer(min_prose_before=0.4), page)) == 2
    assert len(drops_of(Footer(min_prose_before=0.6), page)) == 1
