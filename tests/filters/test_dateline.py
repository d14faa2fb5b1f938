from pagetidy.filters.dateline import Dateline
from tests.conftest import drops_of, judge, kept_by, page_from_lines


def test_drops_date_lines_in_several_languages():
    page = page_from_lines(
        "Published: 15 Aug. 2025, 11:15",
        "입력 2025.03.14 10:22",
        "Stand: 14.03.2025 10:22 Uhr",
        "Publicado el 14 de marzo de 2025",
    )
    assert set(drops_of(Dateline(), page).values()) == {"date_stamp"}
    assert [drop.detail for drop in judge(Dateline(), page)] == [
        "2025-08-15T11:15",
        "2025-03-14T10:22",
        "2025-03-14T10:22",
        "2025-03-14",
    ]


def test_keeps_sentences_with_dates():
    page = page_from_lines(
        "On March 3, 2025, the council voted to close the plant.",
        "Am 14.03.2025 stimmte der Rat ab.",
    )
    assert kept_by(Dateline(), page) == [block.text for block in page.blocks]


def test_max_leftover_threshold():
    page = page_from_lines("Filed from Seoul 14.03.2025")
    assert drops_of(Dateline(max_leftover=3), page)
    assert not drops_of(Dateline(max_leftover=2), page)


def test_html_table_rows_of_dates_and_values_are_data():
    from pagetidy.read.html import read_html

    rows = "".join(
        f"<tr><td>{day}</td><td>{value}</td></tr>"
        for day, value in (("1/1/2013", "+13.1%"), ("14.02.2013", "+5,5 %"), ("3/1/2013", "12"))
    )
    stamp = "<table><tr><td>Published: March 3, 2025</td></tr></table>"  # no value: a stamp
    page = read_html(f"<body><article><table>{rows}</table>{stamp}</article></body>")
    assert kept_by(Dateline(), page) == ["1/1/2013 +13.1%", "14.02.2013 +5,5 %", "3/1/2013 12"]
    assert list(drops_of(Dateline(), page).values()) == ["date_stamp"]
