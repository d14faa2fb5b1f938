"""Title fact trimming: decorations cut, look-alike headlines kept whole (invented fixtures)."""

from pagetidy.model import Block
from pagetidy.title_trim import clean_marks, cut_date, cut_source, trim_title

BODY = (
    "The council met on Tuesday evening and voted on the plan after a long debate about "
    "the cost of the new bridge and the traffic it would bring to the old town."
)
BODY_ES = (
    "El ayuntamiento se reunió el martes por la tarde y votó el plan tras un largo debate "
    "sobre el coste del nuevo puente y el tráfico que traería al casco antiguo."
)


def _page(title: str, *others: str) -> tuple[list[Block], Block]:
    blocks = [Block(0, "Menu"), Block(1, title)]
    blocks += [Block(2 + number, text) for number, text in enumerate(others)]
    return blocks, blocks[1]


def _trim(title: str, *others: str, sites: frozenset[str] = frozenset()) -> str:
    blocks, block = _page(title, *others)
    return trim_title(title, blocks, block, sites)


def test_site_cut_by_copyright_line() -> None:
    assert _trim("Bridge vote delayed again – Harbour Post", BODY, "© Harbour Post 2025") == (
        "Bridge vote delayed again"
    )
    assert _trim("Votación del puente aplazada | El Faro", BODY_ES, "© 2025 El Faro") == (
        "Votación del puente aplazada"
    )


def test_site_and_section_cut_by_short_lines() -> None:
    others = ("Bridges", BODY, "Harbour Forum", "Harbour rules", "Science › Bridges")
    assert _trim("Why bridges sway in the wind - Bridges - Harbour", *others) == (
        "Why bridges sway in the wind"
    )
    others_de = ("Startseite", "Kiel Forum", "Kiel Regeln", BODY)
    assert _trim("Warum Brücken im Wind schwingen - Kiel", *others_de) == (
        "Warum Brücken im Wind schwingen"
    )


def test_site_cut_by_markup_name() -> None:
    assert _trim("Bridge vote delayed | Harbour", BODY, sites=frozenset({"harbour.com"})) == (
        "Bridge vote delayed"
    )


def test_tail_without_evidence_kept() -> None:
    assert _trim("Best bridges of 2025 – Top Local Picks", BODY) == (
        "Best bridges of 2025 – Top Local Picks"
    )
    assert _trim("Los mejores puentes de 2025 – Guía completa", BODY_ES) == (
        "Los mejores puentes de 2025 – Guía completa"
    )


def test_lookalike_colon_headline_kept() -> None:
    # the name is everywhere on the page, but it leads the headline: never cut
    brexit = "Brexit is the word of the year, and Brexit talks went on."
    assert _trim("Brexit: what happens next", brexit, "Brexit", "© Brexit Daily") == (
        "Brexit: what happens next"
    )
    assert _trim("Bundestag: Was jetzt passiert", "Bundestag", "Bundestag heute") == (
        "Bundestag: Was jetzt passiert"
    )


def test_question_tail_kept() -> None:
    assert _trim("Tabs or spaces – who wins?", "who wins?", BODY) == "Tabs or spaces – who wins?"


def test_clean_marks() -> None:
    assert clean_marks("Salt &amp; Pepper &#x26; Co") == "Salt & Pepper & Co"
    assert clean_marks("Sal y pimienta&#8230;") == "Sal y pimienta…"
    assert clean_marks("JSON encoder and decoder¶") == "JSON encoder and decoder"
    assert clean_marks("**Blog:** Ten bridge facts") == "Ten bridge facts"
    assert clean_marks("**Noticias:** Diez datos del puente") == "Diez datos del puente"
    assert clean_marks("Ten **bridge** facts \\- part 2") == "Ten bridge facts - part 2"
    # look-alikes: a bold headline with a colon is no label; stars and snake case stay
    assert clean_marks("**Brexit: what happens next**") == "Brexit: what happens next"
    assert clean_marks("2 * 3 * 4 rule") == "2 * 3 * 4 rule"
    assert clean_marks("Using snake_case_names well") == "Using snake_case_names well"
    assert clean_marks("AT&T results; R&D up") == "AT&T results; R&D up"


def test_cut_source() -> None:
    assert cut_source("Why tabs won (example.com) 87") == "Why tabs won"
    assert cut_source("Warum Tabs gewinnen (beispiel.de)") == "Warum Tabs gewinnen"
    assert cut_source("Die Bahn (Teil 2)") == "Die Bahn (Teil 2)"
    assert cut_source("Top 10 ports of 2025 (ranked) 3") == "Top 10 ports of 2025 (ranked) 3"


def test_label_cut_when_rest_printed_alone() -> None:
    assert _trim("Re: Bridge lights stay on", "Bridge lights stay on", BODY) == (
        "Bridge lights stay on"
    )
    assert _trim("Tema: Las luces del puente", "Las luces del puente", BODY_ES) == (
        "Las luces del puente"
    )


def test_label_lookalike_kept() -> None:
    # the part after the colon is not a line of its own: a headline with a colon
    assert _trim("Brexit: what happens next", "What happens next?", BODY) == (
        "Brexit: what happens next"
    )
    assert _trim("Bundestag: Was jetzt passiert", "Bundestag", BODY) == (
        "Bundestag: Was jetzt passiert"
    )


def test_date_glued_in_front_is_cut() -> None:
    # dropped: a date printed right before the headline, no mark between
    assert _trim("Dec 18 2025 New bridge opens downtown", BODY) == "New bridge opens downtown"
    assert (
        _trim("18. Dezember 2025 Neue Brücke am Hafen eröffnet") == "Neue Brücke am Hafen eröffnet"
    )
    assert cut_date("18 de diciembre de 2025 Abre el nuevo puente") == "Abre el nuevo puente"
    # kept: a headline without a date
    assert _trim("New bridge opens downtown", BODY) == "New bridge opens downtown"
    # look-alikes kept: a year alone, a date the headline sets apart with a mark, a date
    # in front of a too-short rest
    assert cut_date("2025: The year in review") == "2025: The year in review"
    assert cut_date("2025 Das Jahr im Rückblick") == "2025 Das Jahr im Rückblick"
    assert cut_date("18 December 2025: what changed") == "18 December 2025: what changed"
    assert cut_date("18. Dezember 2025 Rückblick") == "18. Dezember 2025 Rückblick"


def test_date_after_a_separator_at_the_end_is_cut() -> None:
    # dropped: a month and year or a full date after a separator
    assert _trim("New bridge opens downtown / Dec 2025", BODY) == "New bridge opens downtown"
    assert cut_date("Neue Brücke am Hafen | Dezember 2025") == "Neue Brücke am Hafen"
    assert cut_date("Abre el nuevo puente - 18 de diciembre de 2025") == "Abre el nuevo puente"
    # look-alikes kept: a date inside the headline's words, a year alone after a separator,
    # a word that is no month before the year
    assert cut_date("Best ovens of March 2025") == "Best ovens of March 2025"
    assert cut_date("Die besten Öfen im März 2025") == "Die besten Öfen im März 2025"
    assert cut_date("Our reading list - 2025") == "Our reading list - 2025"
    assert cut_date("Notes from the road | Route 2025") == "Notes from the road | Route 2025"
