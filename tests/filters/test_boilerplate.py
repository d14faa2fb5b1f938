from pagetidy.features import CONTEXT_NAMES, FEATURE_NAMES
from pagetidy.filters.boilerplate import SCORED_CHROME, Boilerplate, guarded
from tests.conftest import judge, kept_by, page_from_lines

ENGLISH = (
    "The town council voted on Monday to close the old coal plant by the end of the decade.",
    "Residents who live near the plant said they had waited years for the decision, and "
    "several of them spoke at the meeting before the vote was taken.",
    "He declined to comment.",
    "The plant employs about two hundred people, and the council said it would help them "
    "find new work in the region over the next few years.",
)
GERMAN = (
    "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bis zum Ende des "
    "Jahrzehnts zu schließen.",
    "Anwohner sagten, sie hätten lange auf die Entscheidung gewartet, und einige von ihnen "
    "sprachen vor der Abstimmung in der Sitzung.",
    "Er wollte sich nicht äußern.",
    "Das Kraftwerk beschäftigt rund zweihundert Menschen, und die Stadt will ihnen in den "
    "nächsten Jahren bei der Suche nach neuer Arbeit helfen.",
)
MENU_EN = ("Home", "World", "Business", "Sport", "Weather", "Login")
MENU_DE = ("Startseite", "Politik", "Wirtschaft", "Sport", "Wetter", "Anmelden")


def test_keeps_every_paragraph_of_an_article_in_two_languages():
    for paragraphs in (ENGLISH, GERMAN):
        page = page_from_lines(*paragraphs)
        assert kept_by(Boilerplate(), page) == list(paragraphs)


def test_drops_a_menu_above_the_article_and_names_the_signals():
    for menu, paragraphs in ((MENU_EN, ENGLISH), (MENU_DE, GERMAN)):
        page = page_from_lines(*menu, *paragraphs)
        drops = judge(Boilerplate(), page)
        dropped = {page.blocks[drop.index].text for drop in drops}
        assert set(menu[1:]) <= dropped
        assert not dropped & set(paragraphs)
        assert {drop.reason for drop in drops} == {SCORED_CHROME}
        assert all("deciding signals:" in drop.detail for drop in drops)


def test_a_short_sentence_inside_the_article_is_kept():
    for menu, paragraphs in ((MENU_EN, ENGLISH), (MENU_DE, GERMAN)):
        page = page_from_lines(*menu, *paragraphs)
        assert paragraphs[2] in kept_by(Boilerplate(), page)


def test_threshold_zero_drops_nothing():
    page = page_from_lines(*MENU_EN, *ENGLISH)
    assert judge(Boilerplate(threshold=0.0), page) == []


def test_losing_most_of_the_prose_is_reported_not_silent():
    page = page_from_lines(*GERMAN)
    drops = judge(Boilerplate(threshold=1.01, guard=1.01), page)
    assert len(drops) == len(GERMAN)
    assert all("lost most of its prose" in drop.detail for drop in drops)


def row_with(**values: float) -> list[float]:
    names = FEATURE_NAMES + CONTEXT_NAMES
    row = [0.0] * len(names)
    for name, value in values.items():
        row[names.index(name)] = value
    return row


def test_the_guard_spares_prose_inside_both_spans_unless_the_model_is_sure():
    inside = row_with(prose=1.0, in_span=1.0, in_scored_span=1.0)
    assert guarded(inside, 0.2)  # kept: a weak signal does not drop article prose
    assert not guarded(inside, 0.05)  # dropped: the model is sure
    # A look-alike: prose the prose span reaches but the scored span does not (a comment
    # after the article) gets no guard; nor does a short line inside both spans.
    assert not guarded(row_with(prose=1.0, in_span=1.0), 0.2)
    assert not guarded(row_with(in_span=1.0, in_scored_span=1.0), 0.2)
