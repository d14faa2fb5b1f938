"""Reading dates out of short lines: formats, glued text dumps, and look-alikes."""

import pytest

from pagetidy.dates import date_order, find_dates, in_order


def isos(text: str) -> list[str]:
    return [found.iso for found in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISO and year-first numeric dates
        ("2025-03-14T10:22:00+09:00", ["2025-03-14T10:22:00+09:00"]),
        ("입력 2025.03.14 10:22", ["2025-03-14T10:22"]),
        ("2025/3/4", ["2025-03-04"]),
        ("2025•01•08", ["2025-01-08"]),  # a design's dots between year, month and day
        ("2025·3·14 배포", ["2025-03-14"]),
        ("2025 · 01 · 08 · 12 comments", []),  # spaced: a meta line's separate numbers
        ("2019•12", []),
        # CJK
        ("2025년 8월 15일 오후 3:10", ["2025-08-15T15:10"]),
        ("2025年3月14日 10時22分 配信", ["2025-03-14T10:22"]),
        ("2025年3月14日（金）", ["2025-03-14"]),
        # month names, many languages
        ("Published: 15 Aug. 2025, 11:15", ["2025-08-15T11:15"]),
        ("November 20, 2019 10:05 pm ET", ["2019-11-20T22:05"]),
        ("Veröffentlicht am 14. März 2025", ["2025-03-14"]),
        ("Publicado el 14 de marzo de 2025", ["2025-03-14"]),
        ("Publié le 3 septembre 2024 à 10h05", ["2024-09-03T10:05"]),
        ("Pubblicato il 7 giugno 2023", ["2023-06-07"]),
        ("Опубликовано 5 мая 2022", ["2022-05-05"]),
        ("19-Dec-2025", ["2025-12-19"]),
        ("Jul. 11. 2025", ["2025-07-11"]),
        ("Sept 9, 2024", ["2024-09-09"]),
    ],
)
def test_formats(text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09/25/2025", ["2025-09-25"]),  # the middle number is over 12: month first
        ("25/09/2025", ["2025-09-25"]),  # the first is over 12: day first
        ("25.09.2025", ["2025-09-25"]),
        ("06.18.2025", ["2025-06-18"]),
        ("8/1/2025", ["2025-08-01"]),  # either: a slash reads month first
        ("11-29-2024, 09:03 AM #1", ["2024-11-29T09:03"]),
        ("03.04.2025", ["2025-04-03"]),  # either: a dot reads day first
    ],
)
def test_numeric_day_and_month_order(text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted on June 29, 2020November 12, 2021", ["2020-06-29", "2021-11-12"]),
        ("by Ann LeeNovember 20, 2007", ["2007-11-20"]),
        ("Mar 27, 20255 mins", ["2025-03-27"]),
        ("October 17, 20236:01 PM ET", ["2023-10-17"]),
        ("Dec 17, 2025Ann Lee", ["2025-12-17"]),
        ("Mental HealthDECEMBER 22, 2022", ["2022-12-22"]),
        ("Gesundheit3. März 2025", []),  # a day glued to a word is not read
        # a lower-case cue glued to the month: the month starts inside the word
        ("__Posted onDecember 18, 2025 Posted by Ann Lee", ["2025-12-18"]),
        ("Publié leMars 3, 2025", ["2025-03-03"]),
        ("Publicado elEnero 9, 2025", ["2025-01-09"]),
        ("MarketsMarch 3, 2025", ["2025-03-03"]),
        ("Marketing 3, 2025", []),  # no month inside a word without a case change
        ("onjune 3, 2025", []),
    ],
)
def test_glued_text_dumps(text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Market 20, 2025 report",  # starts like "March", is no month
        "Junior 3, 2020",
        "2025-12-011",
        "Order 12/45/2025",
        "Call 555-12-2025",
        "Room 2025",
        "30 février 2025",
    ],
)
def test_lookalikes_are_no_dates(text):
    assert isos(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Ann Lee** _October 14, 2025_", ["2025-10-14"]),  # Markdown emphasis (html2text)
        ("__June 9, 2025", ["2025-06-09"]),  # an icon's underscores before it
        ("_Aktualisiert: 31.10.2024_", ["2024-10-31"]),
        ("Beitrag von **jdoe** » 11\\. Sep 2024, 18:36", ["2024-09-11T18:36"]),  # escaped dot
        ("_2025年3月14日_", ["2025-03-14"]),
    ],
)
def test_markdown_marks_around_dates(text, expected):
    assert [found.iso for found in find_dates(text)] == expected


@pytest.mark.parametrize("text", ["ab2019-11-20", "v2_11.2025", "id_20251120"])
def test_dates_glued_to_words_or_ids_are_not_read(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("texts", "order"),
    [
        # numeric dates with a part over 12 say it
        (["Posted 11.24.2025", "Updated 09.10.2024"], "month"),
        (["Beitrag vom 24.11.2025", "03.10.2023"], "day"),
        # else dates with a month name, two or more, all one way
        (["16 February 2026", "9 March 2026", "03/10/2023"], "day"),
        (["16 février 2026", "9 mars 2026"], "day"),
        (["February 16, 2026", "March 9, 2026"], "month"),
        (["2026년 2월 16일", "2025年3月9日"], None),  # year first: says nothing
        # look-alikes: one named date, or both ways, say nothing
        (["16 February 2026", "03/10/2023"], None),
        (["March 3, 2025", "3 March 2025", "4 April 2025"], None),
        (["11/24/2025", "24/11/2025"], None),
    ],
)
def test_date_order_of_a_page(texts, order):
    assert date_order(texts) == order


def test_numeric_dates_read_in_the_pages_order():
    assert isos(in_order("Posted 03/10/2023, 10:22", "day")) == ["2023-10-03T10:22"]
    assert isos(in_order("Veröffentlicht 09.10.2024", "month")) == ["2024-09-10"]
    # dates only one reading fits, or read that way already, stay as they are
    assert in_order("03/10/2023", "month") == "03/10/2023"
    assert in_order("24.11.2025 und 05.05.2025", "month") == "24.11.2025 und 05.05.2025"
    assert in_order("2025-03-10", "day") == "2025-03-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opublikowano 27 listopada 2026, 10:22", ["2026-11-27T10:22"]),  # pl
        ("27 października 2026", ["2026-10-27"]),  # pl, a twelve-letter month
        ("Yayınlanma: 27 Kasım 2026", ["2026-11-27"]),  # tr
        ("Julkaistu 27. marraskuuta 2026", ["2026-11-27"]),  # fi
        ("Publikováno 3. března 2025", ["2025-03-03"]),  # cs
        ("Publicerad 27 augusti 2026", ["2026-08-27"]),  # sv
        ("Опубліковано 27 листопада 2026", ["2026-11-27"]),  # uk
        ("2026년 11월 27일", ["2026-11-27"]),  # ko
        ("2026年11月27日", ["2026-11-27"]),  # ja
    ],
)
def test_month_names_of_more_languages(text, expected):
    assert isos(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Top 10 list 2025",  # "list" is no cut of "listopad"
        "3 kas 2025",  # "kas" is no cut of "kasım"
        "Lipsync 3, 2025",  # "lip" is no cut of "lipiec"
        "3 Walmart 2025",
    ],
)
def test_new_month_names_are_read_whole_only(text):
    assert isos(text) == []
