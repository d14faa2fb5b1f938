from pagetidy.features import (
    CONTEXT_NAMES,
    FEATURE_NAMES,
    context_features,
    local_features,
    stopword_density,
)
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
