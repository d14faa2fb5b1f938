from pagetidy.classifier import deciding, describe, load, score_blocks
from tests.conftest import page_from_lines


def test_weights_ship_and_score_in_range():
    classifier = load()
    assert classifier is not None
    page = page_from_lines("Home", "The bridge will reopen in May, the city said on Tuesday.")
    scored = score_blocks(classifier, page.blocks)
    assert all(0.0 <= score <= 1.0 for score in scored.scores)
    assert scored.scores[1] > scored.scores[0]


def test_deciding_names_signals_with_their_direction():
    classifier = load()
    assert classifier is not None
    page = page_from_lines("Startseite", "Politik", "Sport", "Wetter", "Anmelden")
    scored = score_blocks(classifier, page.blocks)
    names = deciding(classifier, scored.rows[2])
    assert names and all(
        name.split()[0] in {"low", "high", "not"} or " " not in name for name in names
    )


def test_describe():
    assert describe("prose", 1.0, 0.3) == "prose"
    assert describe("words", 3.0, 2.0) == "high words"
