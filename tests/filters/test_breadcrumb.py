from pagetidy.filters.breadcrumb import Breadcrumb, split_breadcrumb
from tests.conftest import drops_of, kept_by, page_from_lines


def test_drops_separator_chains_in_several_languages():
    page = page_from_lines(
        "Home > National > North Korea",
        "Startseite › Politik › Inland",
        "홈 > 정치 > 국회",
        "Inicio » Internacional",
    )
    assert drops_of(Breadcrumb(), page) == {
        "Home > National > North Korea": "separator_chain",
        "Startseite › Politik › Inland": "separator_chain",
        "홈 > 정치 > 국회": "separator_chain",
        "Inicio » Internacional": "home_first",
    }


def test_keeps_sentences_and_lone_separators():
    page = page_from_lines(
        "Prices > costs, the minister said, and the gap is widening every month.",
        "World / Asia",
        "Revenue rose 4% / year over the decade, analysts said.",
    )
    assert kept_by(Breadcrumb(), page) == [block.text for block in page.blocks]


def test_segment_length_threshold():
    line = "Home > One two three four five six > Next"
    assert split_breadcrumb(line, max_segment_words=6) is not None
    assert split_breadcrumb(line, max_segment_words=5) is None
