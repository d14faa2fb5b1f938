from pagetidy.filters.related import Related
from tests.conftest import drops_of, kept_by, page_from_lines


def test_drops_cue_and_headlines_under_it():
    page = page_from_lines(
        "More in North Korea",
        "Kim focuses on ties with Russia in speech",
        "Seoul vows to pursue normalization of ties",
        "관련기사",
        "국회 예산안 처리 또 늦어져",
    )
    assert drops_of(Related(), page) == {
        "More in North Korea": "related_cue",
        "Kim focuses on ties with Russia in speech": "related_item",
        "Seoul vows to pursue normalization of ties": "related_item",
        "관련기사": "related_cue",
        "국회 예산안 처리 또 늦어져": "related_item",
    }


def test_keeps_the_paragraph_after_a_lone_cue():
    paragraph = "The letter comes as North Korea uses the anniversary to solidify its alignment."
    page = page_from_lines(
        "Related Article",
        paragraph,
        "Lesen Sie auch: wie der Rat am Montag abstimmte und was folgt.",
    )
    assert kept_by(Related(), page) == [paragraph, page.blocks[2].text]


def test_max_item_words_threshold():
    page = page_from_lines("Most read", "one two three four five six")
    assert len(drops_of(Related(max_item_words=6), page)) == 2
    assert len(drops_of(Related(max_item_words=5), page)) == 1
