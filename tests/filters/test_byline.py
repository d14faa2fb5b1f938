from pagetidy.filters.byline import Byline
from tests.conftest import drops_of, kept_by, page_from_lines


def test_drops_bylines_and_agency_lines():
    page = page_from_lines(
        "By Jane Doe and Tom Roe",
        "Von Anna Schmidt",
        "김민수 기자 kim@example.kr",
        "Yonhap",
        "Por María López | Madrid",
    )
    assert drops_of(Byline(), page) == {
        "By Jane Doe and Tom Roe": "byline_line",
        "Von Anna Schmidt": "byline_line",
        "김민수 기자 kim@example.kr": "reporter_line",
        "Yonhap": "agency_line",
        "Por María López | Madrid": "byline_line",
    }


def test_keeps_sentences_that_start_with_by():
    page = page_from_lines(
        "By noon the crowd had grown to thousands.", "Por la tarde llegó la lluvia."
    )
    assert kept_by(Byline(), page) == [block.text for block in page.blocks]


def test_byline_detail_holds_the_names():
    page = page_from_lines("By Jane Doe | March 3, 2025")
    assert [
        drop.detail
        for drop in Byline().judge(
            __import__("pagetidy.filters.base", fromlist=["PageView"]).PageView(page, page.blocks)
        )
    ] == ["Jane Doe"]
