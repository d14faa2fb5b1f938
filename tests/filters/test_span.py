from pagetidy.filters.span import Span, densest_run
from tests.conftest import drops_of, kept_by, page_from_lines

PROSE = "The council voted on Monday to close the old coal plant by the end of the decade."


def test_drops_menus_before_and_footers_after_the_prose():
    page = page_from_lines(
        "News", "Sport", "Weather", PROSE, "Ingredients", PROSE, "About us", "Contact"
    )
    assert drops_of(Span(), page) == {
        "News": "before_article",
        "Sport": "before_article",
        "Weather": "before_article",
        "About us": "after_article",
        "Contact": "after_article",
    }


def test_keeps_short_lines_inside_the_article_in_japanese_too():
    prose = "市議会は月曜日、古い石炭火力発電所を二〇三〇年までに閉鎖することを決めた。"
    page = page_from_lines(prose, "材料", prose + "市長も賛成した。")
    assert kept_by(Span(), page) == [block.text for block in page.blocks]


def test_gap_cost_decides_whether_a_gap_is_bridged():
    assert densest_run([10, -4, 10]) == (0, 3)
    assert densest_run([10, -11, 10]) == (0, 1)
