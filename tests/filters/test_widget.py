from pagetidy.filters.widget import Widget
from pagetidy.model import Block, Page
from tests.conftest import drops_of, kept_by, page_from_lines

PROSE = "The kettle holds a litre and a half of water and boils it in under three minutes flat."
PROSA = (
    "Der Wasserkocher fasst anderthalb Liter und bringt das Wasser in weniger als drei "
    "Minuten zum Kochen, auch wenn er ganz voll ist."
)


def test_drops_button_labels_in_several_languages():
    english = "(BUTTON) Add to cart"
    german = "(BUTTON) In den Warenkorb"
    french = "(BUTTON) Ajouter au panier"
    menu = "(BUTTON) Kettles (BUTTON) Toasters (BUTTON) Sale"
    page = page_from_lines(PROSE, PROSA, english, german, french, menu)
    dropped = dict.fromkeys((english, german, french, menu), "button_label")
    assert drops_of(Widget(), page) == dropped


def test_drops_radio_choices_in_several_languages():
    lines = ("(*) Pay in full ( ) Pay monthly", "Sí ( )", "( ) Zahlung per Rechnung", "Nein (*)")
    page = page_from_lines(PROSE, *lines, PROSA)
    assert drops_of(Widget(), page) == dict.fromkeys(lines, "form_choice")


def test_keeps_questions_headings_of_prose_and_look_alikes():
    lines = (
        "(BUTTON) Can I descale it with vinegar?",  # an FAQ's question
        "(BUTTON) Kann ich ihn mit Essig entkalken?",
        "(BUTTON) Product details",  # an accordion's heading above its text
        PROSE,
        "(BUTTON) Technische Daten",
        PROSA,
        "SELECT COUNT(*) FROM kettles WHERE litres > 1;",  # code, not a radio button
        "export default function Kettle ( ) {",
        "kettles. clear ( )",  # a method call in a spaced-out code sample
        "[ ] Buy a new kettle",  # a checklist's box
        "Press the (BUTTON) marked Start and wait for the click before you pour.",
        "(BUTTON) Read the whole story of how the kettle was designed in Leeds",  # too long
        PROSE + " Again.",
    )
    assert kept_by(Widget(), page_from_lines(*lines)) == list(lines)


def test_max_words_threshold():
    page = page_from_lines(PROSE, "(BUTTON) Add this kettle to my list")
    assert not drops_of(Widget(max_words=5), page)
    assert drops_of(Widget(max_words=6), page)


def test_html_pages_are_left_alone():
    page = Page("-", "html", (Block(0, PROSE), Block(1, "(BUTTON) Add to cart")))
    assert kept_by(Widget(), page) == [PROSE, "(BUTTON) Add to cart"]


def test_drops_frame_markers_with_broken_addresses_or_inline_data():
    lines = (
        "IFRAME: https://video.example.org/embed/kettle?autoplay=0&mu ted=1",
        'IFRAME: {"slot":"kettle-ads","price":"EUR 29"}',
        "IFRAME:",
    )
    page = page_from_lines(PROSE, *lines, PROSA)
    assert drops_of(Widget(), page) == dict.fromkeys(lines, "frame_marker")


def test_keeps_sentences_that_mention_an_iframe():
    lines = (
        PROSE,
        "The IFRAME: element embeds one page in another.",
        "Ein IFRAME: bettet Seiten ein.",
    )
    assert kept_by(Widget(), page_from_lines(*lines)) == list(lines)
