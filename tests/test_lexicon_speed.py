"""Speed shortcuts in ``pagetidy.lexicon`` leave out only texts where no phrase is found."""

from __future__ import annotations

from importlib.resources import files

import pytest

from pagetidy.lexicon import contains, may_hold, phrases

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
