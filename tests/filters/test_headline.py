from pagetidy.filters.headline import Headline, find_headline, is_copy
from tests.conftest import drops_of, kept_by, page_from_lines

TITLE = "Council votes to close the old coal plant by 2030"


def test_drops_copies_of_the_headline():
    page = page_from_lines(f"{TITLE} | Daily Courier", TITLE, "The council voted on Monday.")
    assert drops_of(Headline(), page, TITLE) == {
        f"{TITLE} | Daily Courier": "headline_copy",
        TITLE: "headline_copy",
    }


def test_keeps_a_sentence_that_quotes_the_headline():
    page = page_from_lines(f"The paper ran '{TITLE}' on its front page.")
    assert kept_by(Headline(), page, TITLE) == [block.text for block in page.blocks]


def test_finds_the_repeated_heading_in_korean():
    title = "국회, 내년 예산안 본회의 통과"
    page = page_from_lines(
        title, "한빛일보", title, "국회는 14일 본회의를 열고 내년도 예산안을 통과시켰다."
    )
    assert find_headline(page.blocks) == title


def test_is_copy_folds_case_punctuation_and_site_names():
    assert is_copy("KIM WRITES TO PUTIN!", "Kim writes to Putin")
    assert is_copy("Kim writes to Putin | Korea Daily", "Kim writes to Putin")
    assert is_copy("Stadtrat schließt die Brücke – Hafenblatt", "Stadtrat schließt die Brücke")
    assert is_copy("Zurich: the vote", "Zürich: the vote")  # accents fold away
    assert not is_copy("Kim writes to Putin again", "Kim writes to Putin")
    assert not is_copy("Putin writes to Kim", "Kim writes to Putin")
    assert not is_copy("Brücke gesperrt", "Stadtrat schließt die Brücke")
