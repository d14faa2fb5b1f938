from pagetidy.filters.tagline import Tagline
from tests.conftest import drops_of, kept_by, page_from_lines


def test_drops_tag_lines_in_several_languages():
    page = page_from_lines(
        "tags Vladimir Putin Kim Jong-un North Korea Russia",
        "Schlagwörter: Bahn, Streik, Verkehr",
        "태그 국회 예산",
        "#climate #energy #policy",
    )
    assert drops_of(Tagline(), page) == {
        "tags Vladimir Putin Kim Jong-un North Korea Russia": "tag_cue",
        "Schlagwörter: Bahn, Streik, Verkehr": "tag_cue",
        "태그 국회 예산": "tag_cue",
        "#climate #energy #policy": "hashtag_line",
    }


def test_keeps_sentences_that_start_with_a_tag_word():
    page = page_from_lines(
        "Tags on the luggage were checked twice before boarding.",
        "Themen wie Bahn und Streik bewegen das Land.",
    )
    assert kept_by(Tagline(), page) == [block.text for block in page.blocks]


def test_max_words_threshold():
    page = page_from_lines("Tags: " + ", ".join(f"t{n}" for n in range(10)))
    assert drops_of(Tagline(max_words=11), page)
    assert not drops_of(Tagline(max_words=10), page)
