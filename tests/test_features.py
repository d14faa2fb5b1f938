from pagetidy.features import (
    CONTEXT_NAMES,
    FEATURE_NAMES,
    Dropped,
    context_features,
    headlike,
    local_features,
    stopword_density,
)
from pagetidy.measures import measure
from pagetidy.signals import densest_run
from tests.conftest import page_from_lines

PROSE = "The ferry service will resume on Friday after the storm damaged the northern pier."
PROSA = (
    "Der Fährbetrieb soll am Freitag wieder aufgenommen werden, "
    "nachdem der Sturm den Steg beschädigt hat."
)


def column(rows: list[list[float]], name: str) -> list[float]:
    return [row[FEATURE_NAMES.index(name)] for row in rows]


def test_one_row_of_every_feature_per_block():
    page = page_from_lines("Home", PROSE, "Contact")
    rows = local_features(page.blocks)
    assert len(rows) == 3
    assert all(len(row) == len(FEATURE_NAMES) for row in rows)


def test_stopword_density_in_two_languages_and_cjk_by_character():
    assert stopword_density("the cat and the hat", frozenset({"the", "and"})) == (0.6, 3)
    assert stopword_density("Der Hund und die Katze", frozenset({"der", "und", "die"}))[0] == 0.6
    assert stopword_density("市长的决定", frozenset())[1] == 1


def test_prose_and_span_flags():
    for prose in (PROSE, PROSA):
        rows = local_features(page_from_lines("Menu", "Search", prose, prose + " Yes.").blocks)
        assert column(rows, "prose") == [0.0, 0.0, 1.0, 1.0]
        assert column(rows, "in_span") == [0.0, 0.0, 1.0, 1.0]
        assert column(rows, "after_span") == [0.0, 0.0, 0.0, 0.0]


def test_date_line_flags_a_short_dated_line_not_a_dated_sentence():
    page = page_from_lines(
        "Maria, 12.05.2024 um 10:15", PROSE + " It opened in 1998.", "Jan 3, 2025"
    )
    assert column(local_features(page.blocks), "date_line") == [1.0, 0.0, 1.0]


def test_repeated_flags_every_copy_of_a_block():
    page = page_from_lines("Reply", PROSE, "Reply", "Antworten")
    assert column(local_features(page.blocks), "repeated") == [1.0, 0.0, 1.0, 0.0]


def test_context_rows_and_the_scored_span():
    rows = context_features([0.1, 0.9, 0.8, 0.2], [1, 20, 20, 1])
    assert all(len(row) == len(CONTEXT_NAMES) for row in rows)
    assert [row[CONTEXT_NAMES.index("in_scored_span")] for row in rows] == [0.0, 1.0, 1.0, 0.0]


def test_densest_run():
    assert densest_run([-1, 5, -2, 6, -9, 3]) == (1, 4)
    assert densest_run([-1, -2]) is None


def test_headlike_in_two_languages_with_a_sentence_as_look_alike():
    assert headlike("Council votes to close the old coal plant", 8)
    assert headlike("Stadtrat beschließt das Ende des Kohlekraftwerks", 6)
    assert headlike("Is the ferry running again?", 5)  # a question heads a list too
    assert not headlike("The council voted on Tuesday to close it.", 8)
    assert not headlike("Der Rat stimmte am Dienstag zu.", 6)
    assert not headlike("Home", 1)


TEASERS_EN = (
    PROSE,
    PROSE + " It will run twice a day.",
    "Council votes to close the old coal plant",
    "The plant will shut by 2030, the council said.",
    "Bridge repairs to start in May",
    "Drivers face delays on the main road for months.",
    "Library opens a new wing for children",
    "The wing has two reading rooms and a garden.",
)
TEASERS_DE = (
    PROSA,
    PROSA + " Er fährt zweimal am Tag.",
    "Stadtrat beschließt das Ende des Kohlekraftwerks",
    "Das Werk soll bis 2030 schließen, sagte der Rat.",
    "Brückenarbeiten beginnen im Mai",
    "Autofahrer müssen monatelang mit Staus rechnen.",
    "Bibliothek eröffnet einen neuen Flügel für Kinder",
    "Der Flügel hat zwei Lesesäle und einen Garten.",
)


def test_teaser_shape_marks_summaries_under_headlines_not_the_article():
    for lines in (TEASERS_EN, TEASERS_DE):
        rows = local_features(page_from_lines(*lines).blocks)
        teaser = column(rows, "teaser_shape")
        assert teaser[:2] == [0.0, 0.0]  # the article's paragraphs (kept)
        assert teaser[5] == 1.0 and teaser[7] == 1.0  # summaries in a teaser list (dropped)
        assert column(rows, "headlike")[2] == 1.0


def test_a_lone_subhead_over_a_paragraph_is_no_teaser():
    for prose in (PROSE, PROSA):
        rows = local_features(page_from_lines(prose, "A new pier", prose + " Yes.").blocks)
        assert column(rows, "teaser_shape") == [0.0, 0.0, 0.0]


def test_chrome_and_barriers_dropped_around_a_block():
    page = page_from_lines(PROSE, PROSE + " Yes.", "Related", "Ferry news", "Another line")
    kept = [page.blocks[0], page.blocks[1], page.blocks[4]]
    dropped = Dropped(frozenset({2, 3}), frozenset({2, 3}))
    rows = local_features(kept, measure(page.blocks), dropped)
    assert column(rows, "chrome_before") == [0.0, 0.0, 1.0]
    assert column(rows, "chrome_after") == [0.0, 1.0, 0.0]
    assert column(rows, "past_barrier") == [0.0, 0.0, 1.0]
    assert column(rows, "chrome_since_prose")[2] > 0
    plain = local_features(kept, measure(page.blocks))
    assert column(plain, "past_barrier") == [0.0, 0.0, 0.0]
