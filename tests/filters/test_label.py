from dataclasses import replace

from pagetidy.filters.label import CAPTION_OPENING, Label, label_kind, opens_as_caption
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


def test_drops_captions_that_open_like_an_agency_caption_in_several_languages():
    file_tag = "FILE - In this Oct. 2, 2017, file photo, the mayor waves to a crowd in the park."
    sourced = "In this photo provided by the city police, a car burns on a road near the port."
    dated = "This Feb. 9, 2013 file photo shows pills arranged on a counter at a small pharmacy."
    spanish = "ARCHIVO - El presidente habla ante el Congreso en la capital el 5 de abril de 2019."
    handed = "En esta imagen proporcionada por la policía, un coche arde en una carretera."
    page = page_from_lines(PROSE, file_tag, sourced, dated, spanish, handed)
    assert drops_of(Label(), page) == {
        file_tag: "caption_opening",
        sourced: "caption_opening",
        dated: "caption_opening",
        spanish: "caption_opening",
        handed: "caption_opening",
    }


def test_keeps_prose_that_opens_like_a_caption():
    lines = (
        PROSE,
        "In this photo, taken by my father, you can see the old barn behind the house.",
        "In this article, I share eight rules for framing a landscape photograph well.",
        "In this 2019 study, researchers took a photo of each patient every day.",
        "In this section. We tried 3 times to get a photo of the bird, but failed.",
        "FILE is - , read patterns from the named file instead of standard input.",
        "En esta foto se ve el granero viejo detrás de la casa de mis abuelos.",
        "Auf diesem Bild sieht man die alte Scheune hinter dem Haus meiner Eltern.",
    )
    assert kept_by(Label(), page_from_lines(*lines)) == list(lines)


def test_caption_openings_are_left_to_html_markup():
    line = "In this photo provided by the city police, a car burns on a road near the port."
    page = page_from_lines(PROSE, line)
    assert CAPTION_OPENING == "caption_opening"
    assert opens_as_caption(line)
    assert "caption_opening" not in drops_of(Label(), replace(page, mode="html")).values()


def test_drops_captions_that_open_with_a_place_and_day_in_capitals():
    english = "ROME, ITALY - MAY 5: The mayor waves to a crowd in a square near the old market."
    spanish = "MADRID, ESPAÑA - 19 DE NOVIEMBRE: El presidente habla ante el Congreso en Madrid."
    page = page_from_lines(PROSE, english, spanish)
    assert drops_of(Label(), page) == {english: "caption_opening", spanish: "caption_opening"}


def test_keeps_datelines_and_notes_that_look_like_a_dated_place():
    lines = (
        PROSE,
        "BERLIN (dpa) - Die Regierung hat am Dienstag beschlossen, das Kraftwerk zu schließen.",
        "ROME, Nov. 19 — The mayor said on Tuesday: we will close the old plant next year.",
        "UPDATE - NOVEMBER 19: We have fixed the bug in the installer and released a new build.",
        "MISE À JOUR - 19 NOVEMBRE : nous avons corrigé le bogue de l'installateur hier soir.",
    )
    assert kept_by(Label(), page_from_lines(*lines)) == list(lines)


def test_drops_a_credited_caption_with_a_second_credit_after_it():
    english = (
        "Ministers meet at the summit in Rome on a rainy Friday. (Photo by Jane Doe/AFP) "
        "(Photo credit should read JANE DOE/AFP via Agency)"
    )
    german = (
        "Der Kanzler spricht am Dienstag im Bundestag über Geld. (Foto: Max Muster/dpa) "
        "Foto: Max Muster / Copyright 2019 dpa"
    )
    page = page_from_lines(PROSE, english, german)
    assert drops_of(Label(), page) == {english: "credited_caption", german: "credited_caption"}


def test_keeps_prose_after_a_credit_in_the_same_block():
    lines = (
        PROSE,
        "Ministers meet at the summit in Rome on a rainy Friday. (Photo: Jane Doe/Reuters) "
        "The talks went on late into the night and ended without a deal on trade.",
        "Der Kanzler spricht am Dienstag im Bundestag über Geld. (Foto: Max Muster/dpa) "
        "Die Debatte dauerte bis in die Nacht und endete ohne eine Einigung.",
    )
    assert kept_by(Label(), page_from_lines(*lines)) == list(lines)


def test_drops_a_credit_without_brackets_alone_on_its_line():
    english = "Photo by Jane Doe/Agency Images"
    german = "Foto von Max Muster/dpa"
    page = page_from_lines(PROSE, english, german)
    assert drops_of(Label(), page) == {english: "credited_caption", german: "credited_caption"}


def test_keeps_lines_that_only_look_like_a_credit_without_brackets():
    lines = (
        PROSE,
        "I took the photo by Lake Geneva/Switzerland",
        "We moved the Photo: Album Viewer/Editor",
        "Click Photo by Date/Time to sort the list.",
        "Foto von Max Muster bekommen, er wohnt in Köln/Bonn",
    )
    assert kept_by(Label(), page_from_lines(*lines)) == list(lines)


def test_drops_captions_closing_on_a_named_credit_in_several_languages():
    english = "Crowds wait for the parade in the old square (Image: Agency Pictures)"
    escaped = "The new mayor at her desk \\(Credit: City Hall Press Office\\)"
    german = "Die neue Brücke über den Fluss bei Nacht (Foto: Stadtarchiv)"
    spanish = "El alcalde saluda a los vecinos en la plaza (Imagen: Agencia Sur)."
    alone = "(Image credit: Northern Lights Observatory)"
    page = page_from_lines(PROSE, english, escaped, german, spanish, alone)
    assert drops_of(Label(), page) == dict.fromkeys(
        (english, escaped, german, spanish, alone), "credited_caption"
    )


def test_keeps_brackets_that_name_a_source_or_an_image_file():
    lines = (
        PROSE,
        "Prices rose faster than wages last year (Source: national statistics office)",
        "Die Preise stiegen schneller als die Löhne (Quelle: Statistikamt).",
        "If the upload fails, post the file here and we can help. [Image: chart.png]",
        "The picture shows the plant (pictured above) before it closed in 1990.",
    )
    assert kept_by(Label(), page_from_lines(*lines)) == list(lines)


def test_drops_a_galleries_counter_in_several_languages():
    page = page_from_lines(PROSE, "Image 2 of 5", "Bild 3 von 12", "Foto 1 de 4", "Slide 3/12")
    assert drops_of(Label(), page) == dict.fromkeys(
        ("Image 2 of 5", "Bild 3 von 12", "Foto 1 de 4", "Slide 3/12"), "gallery_counter"
    )


def test_keeps_counts_that_only_look_like_a_galleries_counter():
    lines = (PROSE, "1/2", "3 / 12", "Chapter 1 of 3", "Image 3 of 5 shows the plant in 1970.")
    assert kept_by(Label(), page_from_lines(*lines)) == list(lines)


def test_drops_captions_that_open_with_a_caption_label():
    english = "Image copyright Agency Image caption The mayor waves to the crowd on Friday"
    glued = "Media captionThe mayor explains why the plant will close"
    spanish = "Pie de foto, El alcalde saluda a los vecinos en la plaza mayor"
    page = page_from_lines(PROSE, english, glued, spanish)
    assert drops_of(Label(), page) == dict.fromkeys((english, glued, spanish), CAPTION_OPENING)


def test_keeps_prose_that_opens_with_caption_words():
    lines = (
        PROSE,
        "Image captions help readers who cannot see the pictures on a page.",
        "Media captioning is a growing trade in the city, the council says.",
        "Photo credit: Jane Doe",  # a how-to's credit under its picture: left to the span
    )
    assert kept_by(Label(), page_from_lines(*lines)) == list(lines)
