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


ANSWERS = (
    "Use a one-way ticket when you do not know your return date: it is simpler, it is often "
    "cheaper, and it leaves you free to stay as long as the work or the visit needs.",
    "Book the return leg later, once your plans are settled, and compare the fares of a few "
    "airlines first: a single bought a month ahead is rarely dearer than half a round trip.",
    "A round trip can cost less than a single, but read the fare rules before you skip a leg, "
    "since some airlines cancel the rest of the booking or charge you the difference.",
)


def test_a_comment_link_under_each_answer_keeps_the_answers():
    """Kept: a Q&A thread prints ``Add a comment`` under every post; only the last opens
    the page's end, the answers above it stay."""
    page = page_from_lines(
        ANSWERS[0], "Add a comment", ANSWERS[1], "Add a comment", ANSWERS[2], "Add a comment",
        "Related questions",
    )  # fmt: skip
    drops = drops_of(Comments(), page)
    assert all(answer not in drops for answer in ANSWERS)
    assert drops["Related questions"] == "comment_thread"


def test_a_comment_link_under_each_answer_in_french():
    answers = (
        "Prenez un aller simple si vous ne connaissez pas la date du retour : c'est plus simple, "
        "souvent moins cher, et vous restez libre de rester aussi longtemps qu'il le faut.",
        "Réservez le retour plus tard, une fois vos projets fixés, et comparez les tarifs de "
        "plusieurs compagnies : un aller simple acheté un mois avant coûte rarement plus cher.",
        "Un aller-retour peut coûter moins cher qu'un aller simple, mais lisez bien les "
        "conditions avant de sauter un trajet, car la compagnie peut annuler la suite.",
    )
    page = page_from_lines(
        answers[0], "Laisser un commentaire", answers[1], "Laisser un commentaire",
        answers[2], "Laisser un commentaire", "Questions liées",
    )  # fmt: skip
    drops = drops_of(Comments(), page)
    assert all(answer not in drops for answer in answers)
    assert drops["Questions liées"] == "comment_thread"


def test_a_blog_comment_section_with_two_headings_still_goes():
    """Dropped (look-alike): ``12 Comments`` and ``Leave a Reply`` around the comments
    are two headings, not one under each of three posts."""
    page = page_from_lines(
        PROSE, PROSE + " Really.", PROSE + " Indeed.", "Comments",
        "I think this is a great decision for all of us here, and long overdue too.",
        "Comments",
    )  # fmt: skip
    drops = drops_of(Comments(), page)
    assert drops["I think this is a great decision for all of us here, and long overdue too."] == (
        "comment_thread"
    )
