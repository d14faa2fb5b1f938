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


def test_drops_an_insert_of_one_headline_in_several_languages():
    paragraph = "The council voted on Monday to close the old coal plant by the end of the decade."
    page = page_from_lines(
        paragraph,
        "Read more: Tencent profit falls as rival gains ground in cloud services",
        "Lesen Sie auch: Der Rat stimmt über den neuen Haushalt der Stadt ab",
        "Lire aussi | La mairie ferme la vieille centrale à charbon",
        paragraph + " Again.",
    )
    assert drops_of(Related(), page) == {
        page.blocks[1].text: "related_insert",
        page.blocks[2].text: "related_insert",
        page.blocks[3].text: "related_insert",
    }


def test_keeps_a_sentence_after_a_cue_and_a_cue_without_a_colon():
    lines = (
        "Read more: the council voted on Monday and will meet again in the spring.",
        "Lesen Sie auch: wie der Rat am Montag abstimmte und was folgt.",
        "Read more about how the council voted and what comes next for the plant",
    )
    assert kept_by(Related(), page_from_lines(*lines)) == list(lines)
