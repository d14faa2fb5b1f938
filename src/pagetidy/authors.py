"""Choose the byline of a page: names on a byline line near the headline, or the markup's.

Text: the lines around the headline (then the article's end) are read for byline shapes
(``author_names``): lines with a cue first, then lines that only have a byline's shape.
HTML: the markup's authors (``author_markup``), else the element marked as the author,
else the text rules, on dated pages only (a product page's ``By Brand`` line is no byline).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from typing import Final

from pagetidy.author_markup import AUTHOR_TOKENS, marked_byline, markup_byline, site_author
from pagetidy.author_names import (
    COLON_CUE,
    FORUM_CUE,
    PUNCTUATION,
    common_words,
    is_role_line,
    is_stamp,
    line_names,
    name_words,
    names_only,
    take_names,
    undoubled,
    unmarked_blocks,
)
from pagetidy.dates import find_dates
from pagetidy.filters.byline import NAME_JOINERS
from pagetidy.filters.dateline import has_digit
from pagetidy.lexicon import phrases
from pagetidy.model import Block, Drop, Page
from pagetidy.published import markup_published
from pagetidy.signals import fold

BELOW_TITLE: Final = 25
"""Blocks after the headline searched for its byline."""
ABOVE_TITLE: Final = 6
"""Blocks before the headline searched (a byline printed above it)."""
AFTER_ARTICLE: Final = 12
"""Blocks after the last kept block searched for an end-of-article byline."""
HTML_BELOW_TITLE: Final = 40
"""HTML pages have more, shorter blocks: the byline window below the headline is longer."""
POST_REACH: Final = 4
"""Lines under the headline where a forum post's login name (then its date) is read."""
MAX_STAMP: Final = 40
DIRECT_REACH: Final = 2
"""A line this close under the headline, with the date right under it, is its byline."""
TWICE_REACH: Final = 2
"""A name printed on two lines (an avatar's alt text, then the name) this close under the
headline is its byline, when a date is printed near (``TWICE_DATED`` blocks)."""
TWICE_DATED: Final = 5
CLOCK: Final = re.compile(r"\b\d{1,2}:\d{2}")
"""A post's date line gives the time of day (``Nov 8, 2024, 7:33pm``)."""
TEASER_BYLINES: Final = 3
"""Distinct names on cue bylines that make a page a list of stories."""
TEASER_REACH: Final = 2
"""Blocks over a teaser's byline where its title is looked for."""
MAX_CUE_LINE: Final = 80
"""Longer blocks are not counted as teaser bylines (a sentence ``by`` someone)."""
SUBHEADINGS: Final = frozenset(("h2", "h3", "h4", "h5", "h6"))
HEADINGS: Final = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "caption", "figcaption"))
"""Elements whose text is a heading or a caption: a byline there needs a cue (``By``)."""


PORTRAIT: Final = re.compile(
    r"^(?:(?:picture|photo|image|headshot|avatar|portrait|foto|bild|imagen|immagine)\s+"
    r"(?:of|von|de|di|del)\s+(?P<name>.+)"
    r"|(?P<owner>\S+?(?:\s\S+?)*?)(?:[’']s?)?\s(?:avatar|image|photo|picture|headshot|foto|bild))$",
    re.IGNORECASE,
)
"""An author's portrait as a dump prints its alt text: ``Picture of Ann Lee``,
``Ann Lee's avatar``, ``Ann Lee photo``; the name printed again beside it makes it a
byline."""


def portrait_names(text: str, following: str) -> str | None:
    """The name a portrait's alt text gives, when the name is printed again right after
    it (``Picture of Ann Lee Ann Lee``, or ``Ann Lee's avatar`` over ``Ann Lee``).

    >>> portrait_names("Picture of Ann Lee Ann Lee", "")
    'Ann Lee'
    >>> portrait_names("Foto von Jonas Weber", "Jonas Weber")
    'Jonas Weber'
    >>> portrait_names("[Ann Lee photo]", "Ann Lee")
    'Ann Lee'
    >>> portrait_names("Photo of Ann Lee at the harbour", "The ferry left at dawn.") is None
    True
    """
    match = PORTRAIT.match(text.strip().removeprefix("[").removesuffix("]"))
    if match is None:
        return None
    rest = match.group("name") or match.group("owner")
    names = take_names(rest)
    if not names:
        return None
    again = rest[len(names) :].strip(" ,")
    if fold(names) in fold(again) or fold(undoubled(following)) == fold(names):
        return names
    return None


USER_AVATAR: Final = re.compile(
    r"^(?:(?P<owner>\S+?(?:\s\S+?)*?)[’']s?\s(?:user|profile)\s(?:avatar|picture|photo)"
    r"|(?:avatar|foto)\s(?:del|do|de)\s(?:usuario|usuário|utilisateur)\s(?P<es>.+)"
    r"|аватар\sпользователя\s(?P<ru>.+)|(?P<ja>\S+?)\s?さんのユーザーアバター)$",
    re.IGNORECASE,
)
"""A post's user avatar as a dump prints its alt text (``jdoe's user avatar``,
``avatar del usuario jdoe``, ``jdoeさんのユーザーアバター``)."""


def avatar_owner(text: str, before: str, following: str) -> str | None:
    """The login of a question's or post's author: a user avatar's alt text under the
    post's date line (not an edit's: ``edited May 2, 2024``), over the login printed again.

    >>> avatar_owner("drat's user avatar", "asked Mar 28, 2014 at 11:38", "drat")
    'drat'
    >>> avatar_owner("avatar del usuario marta_r", "preguntada el 3 mar. 2024", "marta_r")
    'marta_r'
    >>> avatar_owner("drat's user avatar", "edited Mar 28, 2014 at 11:38", "drat") is None
    True
    """
    match = USER_AVATAR.match(text.strip())
    if match is None or not is_stamp(before):
        return None
    owner = next(group for group in match.groups() if group)
    folded = fold(before)
    edited = any(word in folded for word in phrases("updated"))
    return owner if not edited and fold(following) == fold(owner) else None


def first_avatar(blocks: Sequence[Block]) -> tuple[str, int] | None:
    """The first post's author on a page of posts: its user avatar's owner, anywhere."""
    for at in range(1, len(blocks) - 1):
        text = blocks[at].text
        marked = "avatar" in text or "аватар" in text or "アバター" in text
        if marked and (names := avatar_owner(text, blocks[at - 1].text, blocks[at + 1].text)):
            return names, at + 1
    return None


def explicit_names(
    blocks: Sequence[Block], positions: Sequence[int], common: Container[str] = frozenset()
) -> tuple[str, int] | None:
    """The first byline with a cue (``By Jane Doe``, ``Written by`` / ``Jane Doe``)."""
    cues = phrases("bylines")
    for position in positions:
        text = blocks[position].text
        found = line_names(text, common)
        if found and found[1]:
            return found[0], position
        if fold(text) in cues and position + 1 < len(blocks):
            names = take_names(blocks[position + 1].text, single=True)
            rest = blocks[position + 1].text.partition(names or "")[2] if names else ""
            if (
                names
                and not all(word in common for word in name_words(names))
                and not (prose_after(rest))
            ):
                return names, position + 1
    return None


REST_BREAK: Final = re.compile(r"[,;|·•(]|\s[-–—:]\s")


def prose_after(rest: str) -> bool:
    """Does the rest of a line after its names hold a lower-case word other than a date's
    (a form's ``By:`` label over ``Search Advanced search...``, not a byline)?

    Words after a separator (a role, a bio: ``Eliz - Product marketer``) do not count.

    >>> prose_after(" search…"), prose_after(", Staff Writer | March 3, 2025 at 9:00")
    (True, False)
    >>> prose_after(", 4+ years covering hardware"), prose_after(" und Jonas Weber")
    (False, False)
    """
    known = phrases("dateline") | NAME_JOINERS
    words = (
        word.strip(PUNCTUATION + "…") for word in REST_BREAK.split(rest, maxsplit=1)[0].split()
    )
    return any(word.isalpha() and word.islower() and word not in known for word in words)


def window_names(
    blocks: Sequence[Block],
    positions: Sequence[int],
    common: Container[str] = frozenset(),
    anchor: int = -1,
) -> tuple[str, int] | None:
    """The first byline found at ``positions`` of ``blocks``, with its position.

    Lines with a cue win over lines that only have a byline's shape. Right under the
    headline (``anchor``), a plain one-word line over a date is a post's login name.
    """
    for position in positions:
        text = blocks[position].text
        found = line_names(text, common)
        if found and (found[1] or blocks[position].hints.tag not in HEADINGS):
            return found[0], position
        if blocks[position].hints.tag in HEADINGS:
            continue  # a heading with a date under it is a teaser's, not a byline
        following = [block.text for block in blocks[position + 1 : position + 3]]
        if 0 < position - anchor <= POST_REACH and (
            names := portrait_names(text, following[0] if following else "")
        ):
            return names, position
        if not following:
            continue
        once = undoubled(text)
        doubled, text = once != text, once
        before = blocks[position - 1].text if position > 0 else ""
        repeated = undoubled(before) == text
        direct = 0 < position - anchor <= DIRECT_REACH and bool(find_dates(following[0]))
        plain = 0 < position - anchor <= POST_REACH and bool(CLOCK.search(following[0]))
        plain = (repeated or plain or direct) and bool(find_dates(following[0][:MAX_STAMP]))
        skip = range(position - repeated, position + 1)  # the login, printed once or twice
        plain = plain and fold(text) not in common_words(blocks, skip=skip)
        if plain and (own := line_names(following[0])) and not own[0].islower():
            continue  # the date line names its own author: a category line above it
        names = names_only(text, common, plain, loose=direct and is_stamp(following[0]))
        if not names:
            continue  # (most lines: the tests below are of a name's surroundings)
        close = 0 < position - anchor <= POST_REACH
        under = close or is_stamp(before)
        if is_stamp(following[0]) or (under and is_role_line(following[0])):
            return names, position
        if not close or has_digit(names):  # 'Ai2': a brand
            continue
        again = fold(text) in (fold(undoubled(before)), fold(undoubled(following[0])))
        again = again and 0 < position - anchor <= TWICE_REACH
        again = again and any(
            is_stamp(block.text) for block in blocks[max(0, anchor - 2) : position + TWICE_DATED]
        )  # and dated: a facet's label is printed twice too (``Filter & Sort``)
        if is_stamp(before) or (doubled and position - anchor == 1) or again:
            return names, position  # the headline's date line (or a portrait), then the name
    return None


def _own_byline(
    blocks: Sequence[Block], position: int, anchor: int, common: Container[str]
) -> bool:
    """Is the byline at ``position`` the page's own, not one teaser's of a list?

    A page with bylines naming several different people is a list of stories (or a page
    with a list of related ones): a byline with a subheading (a teaser's title) between
    it and the headline is a teaser's. A subheading right under the headline is its deck
    unless another byline has a subheading of the same kind over it (teasers' titles share
    their markup).
    """
    low, high = sorted((anchor, position))
    heads = [at for at in range(low + 1, high) if blocks[at].hints.tag in SUBHEADINGS]
    if not heads:
        return True
    bylines = [
        (at, fold(found[0]))
        for at, block in enumerate(blocks)
        if len(block.text) <= MAX_CUE_LINE
        and (found := line_names(block.text, common))
        and found[1]
    ]
    if len({name for _, name in bylines}) < TEASER_BYLINES:
        return True
    if heads != [anchor + 1] or position < anchor:
        return False
    deck = blocks[anchor + 1].hints.tag
    return not any(
        block.hints.tag == deck
        for at, _ in bylines
        if at != position
        for block in blocks[max(0, at - TEASER_REACH) : at]
    )


def menu_entry(block: Block) -> bool:
    """Is the block a menu's entry (a list item or a button), not a byline, when it is
    read far from the headline? A forum's ``Thread starter`` item still counts.

    >>> from pagetidy.model import Hints
    >>> menu_entry(Block(0, "By Gender & Age", Hints(bullet="*")))
    True
    >>> menu_entry(Block(0, "Thread starter woodfan42", Hints(bullet="*")))
    False
    >>> menu_entry(Block(0, "Von Anna Schmidt"))
    False
    """
    menu = bool(block.hints.bullet) or "(BUTTON)" in block.text
    return menu and not FORUM_CUE.search(block.text) and not COLON_CUE.match(block.text)


def text_byline(
    page: Page, drops: Sequence[Drop], kept: Sequence[Block], title_index: int | None
) -> tuple[str, int] | None:
    """The byline near the headline (or the article's start), else at the article's end."""
    blocks = unmarked_blocks(page.blocks) if page.mode == "text" else page.blocks
    owner = {drop.index: drop.filter for drop in drops}
    where = {block.index: position for position, block in enumerate(blocks)}
    anchor = where.get(title_index if title_index is not None else -1)
    if anchor is None:
        anchor = where.get(kept[0].index, 0) - 1 if kept else 0
    reach = HTML_BELOW_TITLE if page.mode == "html" else BELOW_TITLE
    below = range(anchor + 1, min(len(blocks), anchor + 1 + reach))
    above = range(anchor - 1, max(-1, anchor - 1 - ABOVE_TITLE), -1)
    positions = [p for p in [*below, *above] if owner.get(blocks[p].index) != "related"]
    common = common_words(blocks)
    found = explicit_names(blocks, positions, common)
    if found is None and page.mode == "text":
        found = first_avatar(blocks)
    if found is None and page.mode == "text":
        anywhere = [at for at, block in enumerate(blocks) if not menu_entry(block)]
        found = explicit_names(blocks, anywhere, common)
    found = found or window_names(blocks, positions, common, anchor)
    if found and not _own_byline(blocks, found[1], anchor, common):
        return None
    if found or not kept:
        return found
    end = where.get(kept[-1].index, len(blocks))
    tail = range(max(anchor + 1 + reach, end - 2), min(len(blocks), end + AFTER_ARTICLE))
    return window_names(blocks, list(tail), common)


def html_byline(
    page: Page, drops: Sequence[Drop], kept: Sequence[Block], title_index: int | None
) -> str | None:
    """HTML: the markup's authors, else the author element's, else a byline on a dated page."""
    if names := markup_byline(page):
        return names
    if names := marked_byline(page, title_index):
        return names
    found = text_byline(page, drops, kept, title_index)
    if found is None:
        return site_author(page)
    names, position = found
    block = page.blocks[position]
    marked = bool(block.hints.tokens & AUTHOR_TOKENS) or bool(FORUM_CUE.search(block.text))
    dated = markup_published(page) is not None or any(
        is_stamp(each.text) for each in page.blocks[max(0, position - 3) : position + 4]
    )
    return names if marked or dated else site_author(page)


def find_byline(
    page: Page, drops: Sequence[Drop], kept: Sequence[Block], title_index: int | None
) -> str | None:
    """The page's byline: its author(s) or agency as printed, or None (also when what was
    found holds no letter: a comment count in a byline element names nobody)."""
    if page.mode == "html":
        byline = html_byline(page, drops, kept, title_index)
    else:
        found = text_byline(page, drops, kept, title_index)
        byline = found[0] if found else None
    return byline if byline and any(map(str.isalpha, byline)) else None
