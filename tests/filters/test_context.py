from pagetidy.filters.base import PageView
from pagetidy.filters.context import Context
from pagetidy.model import Page
from tests.conftest import kept_by, page_from_lines

PROSE = "The council voted on Monday to close the old coal plant by the end of the decade."


def context_drops(page: Page, chrome: set[int], **settings: int) -> dict[str, str]:
    kept = tuple(block for block in page.blocks if block.index not in chrome)
    view = PageView(page, kept, None, frozenset(chrome))
    return {page.blocks[drop.index].text: drop.reason for drop in Context(**settings).judge(view)}


def test_drops_a_blurb_inside_a_newsletter_box():
    page = page_from_lines(
        PROSE,
        "## Suscríbete a nuestro boletín",
        "Recibe cada mañana las noticias del día.",
        "Correo electrónico",
        PROSE,
    )
    assert context_drops(page, {1, 3}) == {
        "Recibe cada mañana las noticias del día.": "between_chrome"
    }


def test_drops_the_heading_of_a_chrome_box():
    page = page_from_lines(PROSE, "The Morning Brief", "Get the top stories in your inbox.", PROSE)
    assert context_drops(page, {2}) == {"The Morning Brief": "heads_chrome"}


def test_keeps_short_paragraphs_between_paragraphs():
    page = page_from_lines(PROSE, "Then there was the kettle.", PROSE)
    assert kept_by(Context(), page) == [block.text for block in page.blocks]
    assert context_drops(page, set()) == {}


def test_max_words_threshold():
    page = page_from_lines("Menu", "one two three four five six seven.", "Footer")
    assert context_drops(page, {0, 2}, max_words=7)
    assert not context_drops(page, {0, 2}, max_words=6)
