import pytest

from pagetidy.stopwords import guess_language, languages, stoplist


def test_about_a_hundred_languages_ship():
    assert len(languages()) >= 90
    assert {"english", "german", "french", "korean"} <= set(languages())


def test_guess_language_of_sentences():
    english = "we will not be there when the train comes in"
    french = "nous ne sommes pas dans la maison avec les enfants"
    assert guess_language(english.split(" ")) in {"english", "simple_english"}
    assert guess_language(french.split(" ")) == "french"


def test_guess_language_needs_enough_stop_words():
    assert guess_language(["pyongyang", "seoul"]) is None


def test_unknown_list_says_what_exists():
    with pytest.raises(KeyError, match="lists exist for"):
        stoplist("klingon")
