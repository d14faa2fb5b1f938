"""The text reader drops a Markdown dump's underscore emphasis; a plain dump keeps its marks."""

from pagetidy.read.text import is_markdown, read_text


def texts(*lines: str) -> list[str]:
    return [block.text for block in read_text("\n\n".join(lines)).blocks]


MARKED = ("# Harbour news", "**Ferries** run again", "Tickets cost 4\\.50 euros")
"""Three Markdown marks: a heading, a bold pair, an escape (an html2text dump's)."""


def test_a_markdown_dumps_emphasis_goes_in_english_and_german():
    lines = texts(
        *MARKED,
        "The crew watched _Das Boot_ on the night crossing.",
        "Der Kapitän las _Der alte Mann und das Meer_ an Deck.",
    )
    assert lines[-2:] == [
        "The crew watched Das Boot on the night crossing.",
        "Der Kapitän las Der alte Mann und das Meer an Deck.",
    ]


def test_a_markdown_dumps_escaped_underscore_joins_its_word():
    line = texts(*MARKED, "Set max\\_speed to twelve knots.")[-1]
    assert line == "Set max_speed to twelve knots."


def test_underscores_inside_words_stay_in_a_markdown_dump():
    # look-alike: a code name, a dunder name and a file name are no emphasis
    line = "Call __init__ on ship_log or open crew_list_2024.csv"
    assert texts(*MARKED, line)[-1] == line


def test_a_plain_dumps_underscores_stay_in_english_and_spanish():
    # kept: lynx or inscriptis print a user's name or a code name as the page wrote it
    lines = ["Reactions: _nico_, Ana and 3 others", "El usuario _marinero_ respondió ayer."]
    assert not is_markdown("\n\n".join(lines))
    assert texts(*lines) == lines


def test_one_or_two_marks_do_not_make_a_markdown_dump():
    # look-alike: a plain page that quotes a bold pair once
    assert not is_markdown("Type **bold** for bold text.\n\nThe _cat_ sat.")
    assert is_markdown("\n\n".join(MARKED))


def test_character_references_a_converter_left_are_read_in_english_and_french():
    assert texts("Trump&#39;s plan &amp; the deal", "L&#8217;été à Marseille &ndash; enfin") == [
        "Trump's plan & the deal",
        "L’été à Marseille – enfin",
    ]


def test_an_ampersand_that_is_no_character_reference_stays():
    # look-alike: a company name and a URL's query without a closing semicolon
    lines = ["AT&T; Procter & Gamble", "https://example.org/?a=1&copy=2"]
    assert texts(*lines) == lines
