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


def test_drops_a_line_that_prints_one_phrase_twice():
    page = page_from_lines(
        "The council voted on Monday to close the old coal plant by 2030.",
        "Harbour at dawn Harbour at dawn",
        "Der Hafen am Morgen Der Hafen am Morgen Der Hafen am Morgen",
    )
    assert drops_of(Repeat(), page) == {
        "Harbour at dawn Harbour at dawn": "doubled_line",
        "Der Hafen am Morgen Der Hafen am Morgen Der Hafen am Morgen": "doubled_line",
    }


def test_keeps_lines_that_only_echo_a_word_or_a_pattern():
    lines = (
        "Bye bye",
        "The harbour at dawn, and the harbour at dusk",
        "Le port à l'aube, le port au crépuscule",
        "New York, New York, it's a wonderful town.",
    )
    page = page_from_lines(*lines)
    assert kept_by(Repeat(), page) == list(lines)
