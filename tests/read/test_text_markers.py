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


def printed(*lines: str) -> list[str]:
    return [block.printed for block in read_text("\n".join(lines)).blocks]


def test_an_ordered_items_number_is_printed_again_in_english_and_german():
    # the number is part of the item (``1. Preheat``, ``2. Den Teig``): the text prints it
    lines = ["1. Preheat the oven to 200 degrees.", "2. Den Teig eine Stunde ruhen lassen."]
    assert printed(*lines) == lines


def test_a_bullet_is_not_printed_and_a_dates_day_stays_in_its_text():
    # look-alikes: an unordered item's mark is layout; a day-first date is no list number
    assert printed("* Preheat the oven to 200 degrees.", "9. Juli 2022", "- Den Teig kneten") == [
        "Preheat the oven to 200 degrees.",
        "9. Juli 2022",
        "Den Teig kneten",
    ]


def test_clean_prints_an_ordered_lists_numbers_but_not_its_bullets():
    import pagetidy

    steps = [f"{n}. Step {n} of the recipe is written out as a full sentence here." for n in (1, 2)]
    tip = "* Serve the soup warm, with the bread you baked the day before, to your guests."
    text = pagetidy.clean("\n\n".join([steps[0], tip, steps[1]])).text
    assert text.split("\n\n") == [steps[0], tip[2:], steps[1]]
