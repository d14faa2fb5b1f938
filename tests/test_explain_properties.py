"""Properties on generated pages: kept plus removed is the input, the trail replays, purity."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import pagetidy
from pagetidy.explain import replay, to_plain

CHROME = [
    "Home > News > World",
    "Share Tweet Email",
    "Subscribe",
    "Log in",
    "Tags: council, ferries",
    "By Jane Doe",
    "15 August 2025, 11:15",
    "© 2025 Daily Courier. All rights reserved.",
    "Most read",
    "We use cookies to improve your experience. Accept all",
    "Comments (3)",
    "Photo: Jane Doe / Daily Courier",
]
PROSE = [
    "The council voted on Monday to close the old coal plant by the end of the decade.",
    "Residents who live near the plant welcomed the decision after years of complaints.",
    "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk zu schließen.",
    "El consejo votó el lunes para cerrar la vieja central de carbón antes de 2030.",
    "Council votes to close the old coal plant",
]
LINE = st.one_of(st.sampled_from(CHROME + PROSE), st.text(min_size=1, max_size=60))
PAGES = st.lists(st.tuples(LINE, st.sampled_from(["", "  ", "* "])), min_size=0, max_size=25).map(
    lambda lines: "\n\n".join(indent + text for text, indent in lines)
)


@given(PAGES, st.sampled_from(["balanced", "precision", "recall"]), st.booleans())
def test_kept_plus_removed_is_the_input_and_the_trail_replays(page, favor, captions):
    result = pagetidy.clean(page, favor=favor, captions=captions)
    indices = sorted([block.index for block in result.kept] + [r.index for r in result.removed])
    assert indices == [block.index for block in result.page.blocks]
    assert replay(result.page, result.drops) == result.kept
    assert result.text == "\n\n".join(block.text for block in replay(result.page, result.drops))
    assert len(to_plain(result).splitlines()) >= len(result.page.blocks) + 1


@given(PAGES, PAGES)
def test_clean_a_b_a_gives_the_same_a(first, second):
    a = pagetidy.clean(first, drop=["Subscribe"], keep=["Most read"])
    pagetidy.clean(second, favor="precision", skip=["span"])
    assert pagetidy.clean(first, drop=["Subscribe"], keep=["Most read"]) == a


@given(PAGES)
def test_keep_rules_are_never_dropped(page):
    result = pagetidy.clean(page, keep=CHROME)
    removed = {" ".join(r.text.split()).casefold() for r in result.removed}
    assert not removed & {line.casefold() for line in CHROME}
