from pagetidy.filters.alt import Alt
from pagetidy.model import Block, Page
from tests.conftest import drops_of, kept_by, page_from_lines

PROSE = "The council voted on Monday to close the old coal plant by the end of the decade."


def test_drops_a_pictures_bracketed_alt_text_in_several_languages():
    english = "[The old coal plant seen from the river bank]"
    german = "[Das alte Kohlekraftwerk vom Flussufer aus gesehen]"
    korean = "[강변에서 본 옛 석탄 발전소]"
    page = page_from_lines(PROSE, english, PROSE + " Again.", german, korean)
    assert drops_of(Alt(), page) == dict.fromkeys((english, german, korean), "alt_text")


def test_keeps_data_notes_and_marks_that_look_like_a_bracket_line():
    lines = (
        PROSE,
        "[3, 4, 5, 6]",  # a code sample's output
        "['apple', 'pear', 'plum']",
        "[DEL: Was 20 euros :DEL]",  # lynx's edit mark
        "[Editor's note: the council has since changed its mind on the plant.]",
        "[Anmerkung der Redaktion: Der Rat hat seine Meinung inzwischen geändert.]",
        "The plant [pictured] closed in 1990 after forty years.",  # brackets inside a sentence
    )
    assert kept_by(Alt(), page_from_lines(*lines)) == list(lines)


def test_max_words_threshold():
    page = page_from_lines(PROSE, "[Workers leave the plant at dusk]")
    assert not drops_of(Alt(max_words=5), page)
    assert drops_of(Alt(max_words=6), page)


def test_html_pages_are_left_alone():
    page = Page("-", "html", (Block(0, PROSE), Block(1, "[The old coal plant at dusk]")))
    assert kept_by(Alt(), page) == [PROSE, "[The old coal plant at dusk]"]
