from pagetidy.filters.repeat import Repeat
from tests.conftest import drops_of, kept_by, page_from_lines

CAPTION = "Kim and Putin shake hands during their meeting in Vladivostok. [AP/YONHAP]"


def test_drops_a_caption_printed_twice_keeping_the_first():
    page = page_from_lines(
        CAPTION, "Kim and Putin shake hands during their meeting in Vladivostok.", "Body text here."
    )
    assert drops_of(Repeat(), page) == {
        "Kim and Putin shake hands during their meeting in Vladivostok.": "caption_repeat"
    }
    assert kept_by(Repeat(), page)[0] == CAPTION


def test_catches_copies_differing_in_quotes_and_spacing():
    first = "Ministerin Schmidt sagt: „Wir bleiben dran“ (Foto: dpa)"
    page = page_from_lines(first, 'Ministerin  Schmidt sagt: "Wir bleiben dran"')
    assert list(drops_of(Repeat(), page).values()) == ["caption_repeat"]


def test_far_repeats_and_short_lines():
    filler = [f"Paragraph number {n} of the story goes on." for n in range(6)]
    page = page_from_lines(CAPTION, *filler, CAPTION, "Ingredients", "Ingredients")
    assert drops_of(Repeat(), page) == {CAPTION: "repeat_of_block"}
    assert drops_of(Repeat(min_words=1), page)["Ingredients"] == "caption_repeat"
