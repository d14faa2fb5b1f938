"""Speed shortcuts in ``pagetidy.lexicon`` leave out only texts where no phrase is found."""

from __future__ import annotations

from importlib.resources import files

import pytest

from pagetidy.lexicon import contains, folded_words, may_hold, opening_words, phrases, starts_with

KINDS = sorted(
    path.name.removesuffix(".txt")
    for path in files("pagetidy.lexicon").iterdir()
    if path.name.endswith(".txt")
)
TEXTS = (
    "",
    "Bake the cookies for twelve minutes.",  # a phrase in a sentence
    "WE USE COOKIES",  # upper case
    "We use “cookies” — see our privacy policy.",  # curly quotes, a dash
    "Wir verwenden Cookies. Datenschutzerklärung",  # an accent folded away
    "Tout accepter · Politique de confidentialité",
    "Abonnez-vous à notre lettre d’information",  # a curly apostrophe
    "İnbox ready",  # a capital I with a dot: lowered to two characters
    "ＣＯＯＫＩＥ settings",  # full-width letters fold to ASCII
    "coo\u0301kie banner",  # a combining accent, folded away
    "쿠키를 사용합니다",  # a phrase glued to a Korean particle
    "ログインしてコメント",
    "Подписаться на рассылку",
    "Nothing to see here.",
    "Plain bread, no phrase at all.",
    "Kommentare (3)",
    "Read more ›",
    "Related articles",
    "Teilen auf Facebook",
    "Published 3 March 2025, updated 4 March 2025",
)


@pytest.mark.parametrize("kind", KINDS)
def test_may_hold_keeps_every_text_with_a_phrase(kind: str) -> None:
    texts = [*TEXTS, *sorted(phrases(kind)), *(p.upper() for p in sorted(phrases(kind)))]
    held = may_hold(kind, texts)
    assert all(i in held for i, text in enumerate(texts) if contains(kind, text))


def test_may_hold_leaves_out_plain_texts() -> None:
    held = may_hold("banner", ["Plain bread, no phrase at all.", "“Quoted” bread — plain.", "ok"])
    assert held == set()
    assert may_hold("banner", ["Brot ohne Phrase.", "Wir nutzen Cookies."]) == {1}


OPENINGS = ("— — — Étiquettes : ·· «Café» , Thé", "Mots-clés\u00a0: a\u0301b, c")


@pytest.mark.parametrize("text", [*TEXTS, *OPENINGS])
@pytest.mark.parametrize("count", [0, 1, 2, 3, 5])
def test_opening_words_are_the_first_folded_words(text: str, count: int) -> None:
    assert opening_words(text, count) == folded_words(text)[1][:count]


@pytest.mark.parametrize("kind", ["tags", "related", "shelf", "skiplink"])
def test_starts_with_reads_the_opening_of_a_long_text(kind: str) -> None:
    for phrase in sorted(phrases(kind)):
        text = f"{phrase.title()} : «Café» — " + "très long texte " * 40
        assert starts_with(kind, text) is not None
