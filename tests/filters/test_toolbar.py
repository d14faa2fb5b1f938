from pagetidy.filters.toolbar import Toolbar
from tests.conftest import drops_of, kept_by, page_from_lines


def test_drops_widget_lines_in_several_languages():
    page = page_from_lines(
        "print dictionary print", "Share Tweet Email", "가 가 인쇄 공유", "Drucken Teilen", "| • |"
    )
    assert drops_of(Toolbar(), page) == {
        "print dictionary print": "widget_words",
        "Share Tweet Email": "widget_words",
        "가 가 인쇄 공유": "widget_words",
        "Drucken Teilen": "widget_words",
        "| • |": "no_words",
    }


def test_keeps_sentences_made_of_widget_words():
    page = page_from_lines(
        "Print the form and share it with your class.", "Listen.", "Share prices fell"
    )
    assert kept_by(Toolbar(), page) == [
        "Print the form and share it with your class.",
        "Listen.",
        "Share prices fell",
    ]


def test_max_words_threshold():
    page = page_from_lines("print share email save")
    assert drops_of(Toolbar(max_words=4), page)
    assert not drops_of(Toolbar(max_words=3), page)
