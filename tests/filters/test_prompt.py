from pagetidy.filters.prompt import Prompt
from tests.conftest import drops_of, kept_by, page_from_lines


def test_drops_login_and_comment_prompts():
    page = page_from_lines(
        "To write comments, please log in to one of the accounts.",
        "Log in to Twitter or Facebook account to connect",
        "Standards Board Policy (0/250자)",
        "댓글을 작성하려면 로그인하세요",
        "Jetzt abonnieren",
    )
    assert drops_of(Prompt(), page) == {
        "To write comments, please log in to one of the accounts.": "login_prompt",
        "Log in to Twitter or Facebook account to connect": "login_prompt",
        "Standards Board Policy (0/250자)": "counter_widget",
        "댓글을 작성하려면 로그인하세요": "login_prompt",
        "Jetzt abonnieren": "login_prompt",
    }


def test_keeps_article_sentences_that_mention_subscribing():
    sentence = "Subscribers to the service rose 4% in a year as prices fell across the region."
    short = "Registered voters turned out in record numbers this spring."
    page = page_from_lines(sentence, short)
    assert kept_by(Prompt(), page) == [sentence, short]


def test_short_words_threshold():
    page = page_from_lines("Please sign in to read the rest today.")
    assert not drops_of(Prompt(short_words=7), page)
    assert drops_of(Prompt(short_words=8), page)
