"""The text reader's list markers: numbers and bullets go, a day-first date's day stays."""

from pagetidy.read.text import read_text


def texts(*lines: str) -> list[str]:
    return [block.text for block in read_text("\n\n".join(lines)).blocks]


def test_keeps_the_day_of_a_day_first_date_in_german_and_norwegian():
    assert texts("9. Juli 2022", "12. mars 2024 kl. 10:15") == [
        "9. Juli 2022",
        "12. mars 2024 kl. 10:15",
    ]


def test_drops_a_list_number_before_a_sentence():
    assert texts("9. Punkt der Tagesordnung", "3. Check the cables first") == [
        "Punkt der Tagesordnung",
        "Check the cables first",
    ]


def test_a_month_word_without_a_year_is_still_a_list_item():
    # look-alike: a numbered item that happens to open with a month name
    assert texts("1. March madness starts here", "2. Mai Feiertag") == [
        "March madness starts here",
        "Mai Feiertag",
    ]
