from pagetidy.filters.dump import Dump
from tests.conftest import drops_of, kept_by, page_from_lines


def test_drops_a_run_of_keys_and_urls_with_their_values():
    page = page_from_lines(
        "Ein leichtes Hemd aus Leinen für warme Sommertage am Meer.",
        "preis_stufe_eins:",
        "20 Euro",
        "preis_stufe_zwei:",
        "15 Euro",
        "bild_klein_rot:",
        "https://cdn.example.invalid/bilder/rot.jpg",
        "Waschbar bei dreißig Grad.",
    )
    dropped = drops_of(Dump(), page)
    assert set(dropped.values()) == {"data_dump"}
    assert "20 Euro" in dropped and "https://cdn.example.invalid/bilder/rot.jpg" in dropped
    assert "Ein leichtes Hemd aus Leinen für warme Sommertage am Meer." not in dropped
    assert "Waschbar bei dreißig Grad." not in dropped


def test_drops_an_english_dump():
    lines = (
        "thumb_navy:",
        "https://cdn.example.invalid/navy.jpg",
        "thumb_olive:",
        "https://cdn.example.invalid/olive.jpg",
    )
    assert set(drops_of(Dump(), page_from_lines("A warm wool coat.", *lines))) == set(lines)


def test_keeps_a_glossary_of_keys_with_prose_and_lone_urls():
    lines = (
        "shared_buffers: Start around a quarter of the memory.",
        "work_mem: Keep this low when many clients connect.",
        "Der Bericht steht hier: https://example.invalid/bericht",
        "https://example.invalid/report",
        "max_wal_size: Raise it for heavy writes.",
    )
    assert kept_by(Dump(), page_from_lines(*lines)) == list(lines)


def test_keeps_a_list_of_links_without_keys():
    lines = (
        "https://example.invalid/eins",
        "https://example.invalid/zwei",
        "https://example.invalid/drei",
        "https://example.invalid/vier",
    )
    assert kept_by(Dump(), page_from_lines(*lines)) == list(lines)
