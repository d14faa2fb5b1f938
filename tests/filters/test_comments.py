from pagetidy.filters.comments import Comments
from tests.conftest import drops_of, kept_by, page_from_lines

PROSE = "The council voted on Monday to close the old coal plant by the end of the decade."


def test_drops_the_comment_section_after_the_article():
    page = page_from_lines(
        PROSE,
        PROSE + " Really.",
        "12 Comments",
        "Jane",
        "I think this is a great decision for all of us here.",
    )
    assert drops_of(Comments(), page) == {
        "12 Comments": "comment_heading",
        "Jane": "comment_thread",
        "I think this is a great decision for all of us here.": "comment_thread",
    }


def test_drops_a_korean_comment_section():
    page = page_from_lines(
        "국회는 14일 본회의를 열고 내년도 예산안을 찬성 다수로 통과시켰다고 밝혔다.",
        "댓글",
        "좋은 기사네요",
    )
    assert set(drops_of(Comments(), page).values()) == {"comment_heading", "comment_thread"}


def test_keeps_a_comments_word_before_the_article():
    page = page_from_lines("Comments", PROSE, PROSE + " Again.")
    assert kept_by(Comments(), page) == [block.text for block in page.blocks]


def test_a_counted_heading_with_the_post_title_opens_the_comments():
    page = page_from_lines(
        PROSE,
        PROSE + " Really.",
        "14 Comments on “Closing the coal plant”",
        "Jane",
        "I think this is a great decision for all of us here.",
    )
    assert set(drops_of(Comments(), page).values()) == {"comment_heading", "comment_thread"}


def test_a_counted_heading_with_the_post_title_in_german():
    page = page_from_lines(
        "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bis 2030 zu schließen.",
        "Die Entscheidung fiel mit großer Mehrheit, nach einer langen und hitzigen Debatte.",
        "3 Kommentare zu „Das Kraftwerk schließt“",
        "Ich finde das eine gute Entscheidung.",
    )
    assert set(drops_of(Comments(), page).values()) == {"comment_heading", "comment_thread"}


def test_a_counted_line_of_another_word_is_kept():
    lines = (PROSE, PROSE + " Really.", "3 Steps to a Cleaner City", "5 Schritte zu mehr Grün")
    page = page_from_lines(*lines)
    assert kept_by(Comments(), page) == list(lines)
