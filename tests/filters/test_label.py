from pagetidy.filters.label import Label, label_kind
from tests.conftest import drops_of, kept_by, page_from_lines

PROSE = "The council voted on Monday to close the old coal plant by the end of the decade."


def test_drops_ad_labels_in_several_languages():
    page = page_from_lines(PROSE, "ADVERTISEMENT", PROSE + " Again.", "Anzeige", "광고")
    assert drops_of(Label(), page) == {
        "ADVERTISEMENT": "ad_label",
        "Anzeige": "ad_label",
        "광고": "ad_label",
    }


def test_drops_dump_markers_and_photo_credits():
    page = page_from_lines(PROSE, "[blank_1x1.gif]", "(BUTTON)", "Photo: Jane Doe, AP", "Foto: dpa")
    assert drops_of(Label(), page) == {
        "[blank_1x1.gif]": "dump_marker",
        "(BUTTON)": "dump_marker",
        "Photo: Jane Doe, AP": "photo_credit",
        "Foto: dpa": "photo_credit",
    }


def test_keeps_sentences_that_start_like_a_label():
    lines = (
        "Advertisement budgets fell by a third last year.",
        "Anzeigen in Zeitungen sind seit Jahren rückläufig.",
        "Photo: the council released a picture of the plant, taken in 1970 from the river bank.",
        "[Note: the council has since changed its mind.]",
    )
    assert kept_by(Label(), page_from_lines(*lines)) == list(lines)


def test_a_label_inside_a_longer_line_is_no_label():
    assert label_kind("Read more about the plant in our report on coal.") is None
    assert label_kind("Weiterlesen") == "ad_label"


def test_drops_captions_ending_in_a_credit_in_several_languages():
    english = "Ministers meet at the summit in Rome on a rainy Friday. (Photo: Jane Doe/Reuters)"
    german = "Der Kanzler spricht am Dienstag im Bundestag über Geld. (Foto: Max Muster/dpa)"
    alt = "[Snow covers the trees along the river on a cold Tuesday morning. (Ann Lee/Daily Post)]"
    page = page_from_lines(PROSE, english, german, alt)
    assert drops_of(Label(), page) == {
        english: "credited_caption",
        german: "credited_caption",
        alt: "credited_caption",
    }


def test_keeps_brackets_that_only_look_like_a_credit():
    lines = (
        PROSE,
        "The tree has many names in English (Golden Pothos / Devil's Ivy)",
        "Die Ausstellung ist an allen Werktagen der Woche geöffnet (Montag/Freitag).",
        "El museo abre todos los días de la semana salvo festivos (Lunes/Viernes)",
    )
    assert kept_by(Label(), page_from_lines(*lines)) == list(lines)
