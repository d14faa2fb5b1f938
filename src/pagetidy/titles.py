"""Find the headline of a page among its blocks, by scoring heading-shaped lines.

Text dumps carry no ``<title>``: the headline is one of the page's lines. Menus, section
names and teasers are heading-shaped too, so each candidate line is scored on general
signals only:

- markup: a Markdown ``# heading`` (html2text) or an ``h1`` block;
- layout: printed to the left of the body text (lynx and inscriptis outdent headings);
- repetition: the line appears again (title bar, breadcrumb's last segment, share text),
  or another line ends with it (a breadcrumb printed as plain words: ``Home Guides Title``);
  the lower of two copies is likelier (the upper one is the title bar or a banner);
- list shape: a line opening a run of heading / short blurb pairs is a teaser's heading;
- layout: printed left of the lines on both sides of it;
- layout: a line standing alone between blank lines (dumps print headings so);
- context: a byline or date line sits just below;
- content: the article's paragraphs use the line's words (a headline names what the text
  is about; a menu entry, a call to action, an author's name or a site's name does not);
- order: once the article's prose has begun (two paragraphs above), a heading is a section
  heading;
- order: a line below the article's last kept block (a closing pitch, a footer) is no headline;
- place: the page's first heading-shaped line is mostly the site's name or a banner (unless
  ``h1`` or stamped);
- shape: a one-sentence question is a headline, not a paragraph ("Is it worth it?");
- shape: a line in capitals only (a section name, a banner) or of fifteen words or more
  (a teaser's blurb) is less likely; digits (a year, a count, a model) make it likelier;
- ownership: a line that a chrome filter dropped (menu, footer, related list) is no headline;
- layout: a line centred in a wrapping dump's width (lynx centres a centred headline);
- shape: a one-word line standing alone may name the page (``Introduction``), but it is
  more often a menu entry or a section name;
- repetition: the last item of a short numbered list nearby (a breadcrumb printed as a list,
  ``1. Home``, ``2. Shop``, ``3. Garden chairs``) names the page.

Every heading-shaped line is scored, with or without a mark (a dump without heading marks,
such as inscriptis, prints the headline as a plain line). The best score wins when it clears
:data:`MIN_SCORE`; otherwise there is no title. The weights were refitted (a softmax over
each page's candidates, held near the hand-set ones) on the three dump styles of a
benchmark, checked on sites held out from the fit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Sequence
from itertools import accumulate
from statistics import median
from typing import Final

from pagetidy.filters.breadcrumb import split_breadcrumb
from pagetidy.filters.headline import site_split
from pagetidy.filters.repeat import find_credit, strip_credit
from pagetidy.lexicon import starts_with
from pagetidy.model import Block, Drop
from pagetidy.prose import is_prose
from pagetidy.signals import (
    cjk_chars,
    digit_share,
    ends_sentence,
    fold,
    sentence_count,
    word_count,
)
from pagetidy.title_trim import trim_title

MIN_WORDS: Final = 2
MAX_WORDS: Final = 30
MAX_DIGITS: Final = 0.3
SEARCH_SHARE: Final = 0.9
"""Only the first part of the page is searched: a long menu can push the headline far down,
but the last lines (footer, related links) never hold it."""
PROSE_NEAR: Final = 6
"""Blocks after a candidate in which the first prose paragraph should start."""
STAMP_NEAR: Final = 4
"""Blocks after a candidate in which a byline or date line counts as its own."""
MIN_SCORE: Final = 4.5
RARE_H1: Final = 3
"""A page with this many Markdown ``# h1`` lines or fewer marks its headline with one..."""
RARE_H1_GAIN: Final = 2.65
"""...and that mark counts this much more."""
PROSE_JUST: Final = 2
"""A paragraph this close above a candidate makes it a subheading..."""
PROSE_JUST_COST: Final = 0.35
IN_BODY_COST: Final = 2.55
"""...and so does any paragraph between the article's start and the candidate (not ``h1``)."""
PROSE_FAR: Final = 15
"""Blocks after a candidate in which prose still counts (after a byline, a contents list)."""
BODY_BEGUN: Final = 2
"""...once this many paragraphs of it stand above the candidate (one may be a section's blurb)."""
ALONE_GAIN: Final = 3.9
"""A line with blank lines above and below (dumps print headings as paragraphs of their own)."""
LIST_MARK: Final = re.compile(r"^[o+*#]\s")
"""List markers lynx prints that the reader keeps as text (``o Item``, ``+ Item``)."""
WIDGET_MARKS: Final = ("____", "(BUTTON)", "[INS:", "IFRAME:")
"""How text dumps print form fields and buttons: never part of a headline."""
ARTICLE_NEAR: Final = 12
"""A candidate this many blocks or fewer above the first kept block opens the article."""
ARTICLE_NEXT: Final = 3
"""...and one this close is most likely its headline."""
BODY_WORDS_GAIN: Final = 3.2
"""Times the share of a candidate's words that the article's paragraphs use: a headline
names what the text is about; a menu entry, a call to action or a name does not."""
KEY_LETTERS: Final = 4
"""Words shorter than this (most function words, in most alphabets) are not compared."""
LONG_WORDS: Final = 5
SHORT_WORDS: Final = 2
"""Headlines are rarely as short as a menu entry ("Order now")."""
CHROME_OWNERS: Final = frozenset(
    ("breadcrumb", "toolbar", "banner", "prompt", "tagline", "byline", "dateline", "footer")
)
"""Filters whose drops are never the headline."""
LIST_OWNERS: Final = frozenset(("related", "comments"))
"""Filters whose drops are rarely the headline (a list of teasers can hold it)."""
STAMP_OWNERS: Final = frozenset(("byline", "dateline"))
AFTER_ARTICLE_COST: Final = 1.1
"""A line below the article's last kept block is an aside or a footer, rarely the headline."""
FIRST_LINE_COST: Final = 2.85
"""The first line of a page (the first heading-shaped one, past lines that cannot be a
headline) is most often the site's name, a slogan or a banner (unless it is marked ``h1``
or a byline or a date line comes right under it, as under a headline)."""
CLOSERS: Final = ")]\"'”’»」』"
"""Closing brackets and quotes after a headline's last word or mark."""
QUESTIONS: Final = ("?", "!", "？", "！")
"""The marks a question or an exclamation ends with (ASCII and full-width)."""
TAIL_GAIN: Final = 1.6
"""A line that another line of the page ends with (a breadcrumb printed as plain words,
``Home Guides Bread at home``; a share line, ``Tweet Bread at home``) names the page."""
OUTDENT_GAIN: Final = 0.7
"""A line printed left of both its neighbours (a heading set apart from a list or text)."""
CAPITALS_COST: Final = 1.0
"""A line in capitals only (``OUR SERVICES``) is most often a section name or a banner."""
WORDY: Final = 15
WORDY_COST: Final = 1.5
"""A line of this many words or more is more often a teaser's blurb than a headline."""
LATER_COPY_GAIN: Final = 1.0
"""A line printed a second time, lower down, as the page's headline (the first copy is
the title bar or a banner above it): the later copy is the headline's place."""
TEASER_COST: Final = 0.5
"""A line that opens a list of teasers (heading, short blurb, heading, blurb: each heading
at one indent) is one teaser's heading, rarely the page's headline."""
TEASER_BLURB_WORDS: Final = 60
"""A teaser's blurb is shorter than this."""
CRUMB_LIST_GAIN: Final = 2.0
"""A line that the last item of a short numbered list nearby repeats: a breadcrumb that a
dump prints as an ordered list (``1. Home``, ``2. Shop``, ``3. Garden chairs``) ends with
the page's name."""
CRUMB_LIST_NEAR: Final = 6
"""Blocks between the line and the list's last item, at most."""
CRUMB_LIST_ITEMS: Final = 6
CRUMB_ITEM_WORDS: Final = 8
"""A breadcrumb has two to this many items of at most this many words each."""
LONE_WORD_COST: Final = 1.5
"""A one-word line standing alone is a candidate (a page named by one word: ``Introduction``,
``Science``), but most such lines are menu entries or section names: it costs this much."""
DUMP_WIDTH: Final = 79
"""The columns a wrapping dump (lynx) fills: a centred line has as many blank columns to
its left as to its right, give or take one or two."""
CENTRED_MARGIN: Final = 4
CENTRED_BODY: Final = (2, 5)
"""A page whose text is indented this many columns (lynx's 3): a dump that indents by
nesting (inscriptis) or not at all (html2text) centres nothing."""
CENTRED_GAIN: Final = 2.0
"""A line standing alone in the middle of the dump's width is a banner headline (lynx
prints ``text-align: center`` so); menus and section names are rarely centred."""
DIGITS_GAIN: Final = 3.0
"""Times the share of digits in the line: headlines carry numbers (a year, a count, a
model), menu entries and section names seldom do (candidates hold at most
:data:`MAX_DIGITS`)."""


def candidate(block: Block, outdented: bool = False) -> bool:
    """Is this line shaped like a headline (a few words, not a sentence run, not a list)?

    >>> candidate(Block(0, "Ten ways to bake bread at home"))
    True
    >>> candidate(Block(0, "Read more."))
    False
    >>> candidate(Block(0, "How we keep pests out (naturally!)"))
    True

    An ``h1`` of one sentence ending in a full stop is a candidate (markup marks it a
    heading, not a caption); so is a question with a bracketed tail ("Why? (A guide)").
    """
    # Every test below only rules a line out: the cheap ones (a cached count, the ends of
    # the text) run first, so most lines are ruled out before the phrase list and the
    # credit search.
    text = block.text
    h1 = block.hints.tag == "h1"  # markup sets the headline so, never a caption
    words = word_count(text)
    # a Markdown ``# h1`` of one word can be the headline ("Pods"); a domain-shaped logo not
    least = 1 if (h1 or outdented) and "." not in text else MIN_WORDS
    if not least <= words <= MAX_WORDS or text.count(". ") >= 2:
        return False
    end = text.rstrip()
    if end.endswith((":", ",", ";", "：", "、")):
        return False
    bare = end.rstrip(CLOSERS)  # "(By a guide!)" ends as its exclamation does
    one_sentence = h1 and ". " not in text  # an h1 of one sentence may end in a full stop
    questions = ("?", "!", "？", "！", "...", "…")
    if ends_sentence(end) and not bare.endswith(questions) and not one_sentence:
        return False  # a sentence ("。" included), not a headline
    if text.startswith(("[", "(", "!", "#")) or LIST_MARK.match(text):
        return False
    if any(mark in text for mark in WIDGET_MARKS):
        return False
    if starts_with("skiplink", text):
        return False  # a skip link past the menu ("Skip to content")
    if not h1 and find_credit(text):
        rest = strip_credit(text).rstrip()
        if ends_sentence(rest) and not rest.endswith(("?", "!", "？", "！")):
            return False  # a sentence with a photo credit is a caption
    return digit_share(text) <= MAX_DIGITS


def _keys(text: str) -> list[str]:
    keys = [fold(text)]
    if split := site_split(text):
        keys.append(fold(split[0]))
    return keys


def copy_counts(blocks: Sequence[Block]) -> dict[str, int]:
    """How often each folded line (or its part before a site name) occurs on the page.

    A breadcrumb's last segment counts as one more copy of the headline it names.
    """
    texts = [block.text for block in blocks]
    folded = list(map(fold, texts))
    counts: dict[str, int] = Counter(folded)  # each line's first key (see _keys), in C
    for text, key in zip(texts, folded, strict=True):
        if split := site_split(text):
            head = fold(split[0])
            if head != key:  # a line counts once for a key, as a set of its keys does
                counts[head] = counts.get(head, 0) + 1
        if segments := split_breadcrumb(text):
            last = fold(segments[-1])
            counts[last] = counts.get(last, 0) + 1
    return counts


def score_title(
    position: int,
    blocks: Sequence[Block],
    owner: dict[int, str],
    counts: dict[str, int],
    body_indent: float,
    article_start: int,
    marked_page: bool = True,
    body_start: int | None = None,
    rare_h1: bool = False,
    prose: Sequence[bool] | None = None,
    body: frozenset[str] = frozenset(),
    tails: Container[str] = frozenset(),
    prose_above: Sequence[int] | None = None,
) -> float:
    """The score of ``blocks[position]`` as the page's headline (higher is likelier).

    ``prose`` (:func:`~pagetidy.prose.is_prose` of each block, in order) may be given when
    known, and so may ``prose_above`` (the paragraphs above each position, its running
    sum: ``prose_above[p]`` is ``sum(prose[:p])``), to count them without a rescan.
    """
    block = blocks[position]
    if prose is None:
        low, high = max(0, position - PROSE_NEAR), position + 1 + PROSE_FAR
        prose = [False] * low + [is_prose(each) for each in blocks[low:high]]
    score = 0.0
    if block.hints.tag == "h1":
        score += 2.6 + (RARE_H1_GAIN if rare_h1 else 0)
    elif block.hints.tag == "h2":
        score += 2.25
    if block.hints.indent < body_indent:
        score += 2.15 if block.hints.indent == 0 and body_indent >= 2 else 1.5
    distance = article_start - block.index
    if 0 < distance <= ARTICLE_NEAR:
        if marked_page:
            score += 1.05  # near or next: the same on a page with heading marks
        else:  # without marks, position counts more
            score += 1.85 if distance <= ARTICLE_NEXT else 1.6
    words = word_count(block.text)
    if words >= WORDY:
        score -= WORDY_COST
    if words >= LONG_WORDS:
        score += 1.05
    elif words <= SHORT_WORDS:
        score -= 0.8
    if max(counts.get(key, 0) for key in _keys(block.text)) > 1:
        score += 0.6
    if fold(block.text) in tails:
        score += TAIL_GAIN
    if block.text.isupper():
        score -= CAPITALS_COST
    score += DIGITS_GAIN * digit_share(block.text)
    if outdented_alone(position, blocks):
        score += OUTDENT_GAIN
    preceding = prose[max(0, position - PROSE_NEAR) : position]
    if sum(preceding) >= 2:
        score -= 1.25  # a subheading inside running text
    elif any(preceding[-PROSE_JUST:]):
        score -= PROSE_JUST_COST  # a subheading right after a paragraph
    if (
        body_start is not None
        and block.hints.tag != "h1"
        and (
            prose_above[position] - prose_above[body_start]
            if prose_above is not None
            else sum(is_prose(each) for each in blocks[body_start:position])
        )
        >= BODY_BEGUN
    ):
        score -= IN_BODY_COST  # the article's prose has begun: a section heading
    following = blocks[position + 1 : position + 1 + STAMP_NEAR]
    if any(owner.get(each.index) in STAMP_OWNERS for each in following):
        score += 1.8
    score += BODY_WORDS_GAIN * body_share(block.text, body)
    alone = block.hints.gap_before and block.hints.gap_after and not block.hints.bullet
    if owner.get(block.index) in LIST_OWNERS and not alone:
        score -= 2.15  # a list entry; a line standing alone was swept into the list
    if block.hints.bullet:
        score -= 0.7
    elif alone:
        score += ALONE_GAIN  # a paragraph of its own, as dumps print headings
    if (prose[position] and not asks(block.text)) or (
        ends_sentence(block.text) and not block.text.endswith(("?", "!"))
    ):
        score -= 0.85
    return score


class LineTails:
    """Every folded ending of each line (after its first word, up to ``most_words`` words),
    to find the lines that another line ends with: ``key in tails``.

    A folded line is its words joined by single spaces, so ``key`` is such an ending
    exactly when a line ends with a space then ``key``, and ``key`` has at most
    ``most_words`` words. The lines are filed by their last word, each file one string
    (a line break after each line), so a look-up is one substring search in C among the
    few lines that end as ``key`` does, and no ending is made up front.

    >>> tails = line_tails([Block(0, "Home Guides Bread at home")])
    >>> [key in tails for key in ("bread at home", "home", "home guides bread at home")]
    [True, True, False]
    """

    def __init__(self, blocks: Sequence[Block], most_words: int = MAX_WORDS) -> None:
        self.most_words = most_words
        lines: dict[str, list[str]] = {}
        for block in blocks:
            folded = fold(block.text)
            if " " in folded:  # a line of one word has no ending after its first word
                lines.setdefault(folded.rpartition(" ")[2], []).append(folded)
        self.by_last = {last: "\n".join(each) + "\n" for last, each in lines.items()}

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str) or key.count(" ") >= self.most_words or "\n" in key:
            return False
        return f" {key}\n" in self.by_last.get(key.rpartition(" ")[2], "")


def line_tails(blocks: Sequence[Block], most_words: int = MAX_WORDS) -> LineTails:
    """The folded endings of the lines of ``blocks`` (see :class:`LineTails`)."""
    return LineTails(blocks, most_words)


def outdented_alone(position: int, blocks: Sequence[Block]) -> bool:
    """Is ``blocks[position]`` printed left of the lines on both sides of it?

    >>> from pagetidy.model import Hints
    >>> blocks = [Block(0, "Menu", Hints(indent=6)), Block(1, "Title", Hints(indent=2)),
    ...     Block(2, "Text", Hints(indent=4))]
    >>> outdented_alone(1, blocks), outdented_alone(2, blocks)
    (True, False)
    """
    indent = blocks[position].hints.indent
    sides = [*blocks[max(0, position - 1) : position], *blocks[position + 1 : position + 2]]
    return bool(sides) and all(indent < side.hints.indent for side in sides)


def key_words(text: str) -> list[str]:
    """The words of ``text`` worth comparing: folded words of four letters or more, and
    each pair of neighbouring characters in a run of CJK text (it has no spaces).

    >>> key_words("The Río Grande in 2024"), key_words("東京の新駅")
    (['grande', '2024'], ['東京', '京の', 'の新', '新駅'])
    """
    folded = fold(text)
    if folded.isascii():  # no CJK letter (the common case): the long words alone
        return [word for word in folded.split() if len(word) >= KEY_LETTERS]
    keys: list[str] = []
    for word in folded.split():
        if cjk_chars(word):
            keys.extend(word[start : start + 2] for start in range(max(1, len(word) - 1)))
        elif len(word) >= KEY_LETTERS:
            keys.append(word)
    return keys


def body_words(blocks: Sequence[Block], owner: dict[int, str]) -> frozenset[str]:
    """The key words of the paragraphs no filter dropped (the article's running text)."""
    return frozenset(
        word
        for block in blocks
        if block.index not in owner and is_prose(block)
        for word in key_words(block.text)
    )


def body_share(text: str, body: frozenset[str]) -> float:
    """The share of ``text``'s key words that the article's paragraphs use (0 when none).

    >>> body_share("Bread at home: ten easy ways", frozenset({"bread", "home"}))
    0.5
    """
    keys = key_words(text)
    return sum(word in body for word in keys) / len(keys) if keys else 0.0


def asks(text: str) -> bool:
    """Is ``text`` one question or exclamation (a headline may ask: "Is it worth it?")?

    >>> asks("Is travel cover worth the cost?"), asks("It rained. Was it worth it?")
    (True, False)
    """
    end = text.rstrip().rstrip(CLOSERS)
    return end.endswith(QUESTIONS) and sentence_count(end) <= 1


def centred(block: Block, body_indent: float) -> bool:
    """Is ``block`` a line of its own centred in a dump that wraps at :data:`DUMP_WIDTH`
    columns and indents its text a few columns (lynx prints a centred headline so)?

    >>> from pagetidy.model import Hints
    >>> centred(Block(0, "Thoughts on bread", Hints(indent=31)), 3)
    True
    >>> centred(Block(0, "Thoughts on bread", Hints(indent=10)), 3)
    False
    """
    hints = block.hints
    length = len(block.text)
    return (
        alone(block)
        and CENTRED_BODY[0] <= body_indent <= CENTRED_BODY[1]
        and hints.indent >= body_indent + 3
        and length <= DUMP_WIDTH - 2 * CENTRED_MARGIN
        and abs(2 * hints.indent + length - DUMP_WIDTH) <= 3
    )


def alone(block: Block) -> bool:
    """Is ``block`` a paragraph of its own (blank lines above and below, no bullet)?"""
    hints = block.hints
    return hints.gap_before and hints.gap_after and not hints.bullet


def lone_word(block: Block, body_indent: float) -> bool:
    """Is ``block`` one word standing alone, with no heading mark (``h1``, outdent)?

    Dumps that print no heading marks (inscriptis) set a page named by one word
    (``Introduction``, ``Wirtschaft``) as such a line.

    >>> from pagetidy.model import Hints
    >>> lone_word(Block(0, "Introduction"), 0), lone_word(Block(0, "Two words"), 0)
    (True, False)
    >>> lone_word(Block(0, "Einleitung", Hints(tag="h1")), 0)
    False
    >>> lone_word(Block(0, "Menu", Hints(bullet="*")), 0)
    False
    """
    return (
        alone(block)
        and word_count(block.text) < MIN_WORDS
        and block.hints.tag != "h1"
        and not printed_as_heading(block, body_indent)
    )


def printed_as_heading(block: Block, body_indent: float) -> bool:
    """Is ``block`` printed as lynx prints a heading: a paragraph of its own at the left margin,
    left of the body text? Such a line may be a one-word headline, as an ``h1`` may."""
    hints = block.hints
    return (
        hints.indent == 0 and body_indent >= 2 and hints.gap_before and hints.gap_after
    ) and not hints.bullet


def stamped(position: int, blocks: Sequence[Block], owner: dict[int, str]) -> bool:
    """Is the block right below ``blocks[position]`` a byline or a date line (its stamp)?"""
    following = blocks[position + 1 : position + 2]
    return any(owner.get(each.index) in STAMP_OWNERS for each in following)


def later_copy(
    position: int, folded: Sequence[str], first_at: dict[str, int], masthead: int = -1
) -> bool:
    """Is ``blocks[position]`` a line printed before, higher up the page (``folded``: each
    block's folded text; ``first_at``: where each folded text is first printed)? A copy of
    the masthead (the site's name printed twice) is not counted.

    >>> folded = ["bread at home", "menu", "bread at home"]
    >>> first_at = {"bread at home": 0, "menu": 1}
    >>> later_copy(2, folded, first_at), later_copy(0, folded, first_at)
    (True, False)
    >>> later_copy(2, folded, first_at, masthead=0)
    False
    """
    first = first_at[folded[position]]
    return first < position and first != masthead


def teaser_head(
    position: int, blocks: Sequence[Block], prose: Sequence[bool], owner: dict[int, str]
) -> bool:
    """Does ``blocks[position]`` open a list of teasers: a short kept blurb below it, then a
    heading-shaped line at its indent with a blurb and a heading-shaped line below that?"""
    if position + 4 >= len(blocks):
        return False
    block, blurb, second = blocks[position], blocks[position + 1], blocks[position + 2]
    return (
        prose[position + 1]
        and blurb.index not in owner
        and word_count(blurb.text) < TEASER_BLURB_WORDS
        and second.hints.indent == block.hints.indent
        and candidate(second)
        and prose[position + 3]
        and candidate(blocks[position + 4])
    )


def _number(bullet: str) -> int:
    """The number of an ordered list marker (``3.``, ``3)``), else 0."""
    head = bullet[:-1]
    return int(head) if bullet[-1:] in ".)" and head.isdigit() else 0


def list_crumb_ends(blocks: Sequence[Block]) -> dict[str, list[int]]:
    """Where each short numbered list ends (folded last item: positions): a run of
    lines numbered 1, 2, ... with no blank line between, two to :data:`CRUMB_LIST_ITEMS`
    items of a few words each, as dumps print a breadcrumb set as an ordered list.

    >>> from pagetidy.model import Hints
    >>> crumb = [Block(0, "Home", Hints(bullet="1.")),
    ...     Block(1, "Garden chairs", Hints(bullet="2.", gap_before=False))]
    >>> list_crumb_ends(crumb)
    {'garden chairs': [1]}
    """
    ends: dict[str, list[int]] = {}
    position = 0
    while position < len(blocks):
        if _number(blocks[position].hints.bullet) != 1:
            position += 1
            continue
        last = position
        while (
            last + 1 < len(blocks)
            and not blocks[last + 1].hints.gap_before
            and _number(blocks[last + 1].hints.bullet) == _number(blocks[last].hints.bullet) + 1
        ):
            last += 1
        run = blocks[position : last + 1]
        if 2 <= len(run) <= CRUMB_LIST_ITEMS and all(
            word_count(each.text) <= CRUMB_ITEM_WORDS for each in run
        ):
            ends.setdefault(fold(blocks[last].text), []).append(last)
        position = last + 1
    return ends


def crumb_list_names(position: int, blocks: Sequence[Block], ends: dict[str, list[int]]) -> bool:
    """Does a short numbered list ending near ``blocks[position]`` end with its text (``ends``:
    :func:`list_crumb_ends`)? A list item itself is not counted."""
    block = blocks[position]
    if block.hints.bullet:
        return False
    near = ends.get(fold(block.text), ())
    return any(0 < abs(end - position) <= CRUMB_LIST_NEAR for end in near)


def first_line(candidates: Sequence[int], blocks: Sequence[Block], owner: dict[int, str]) -> int:
    """The position of the page's first heading-shaped line when it opens the page, else -1.

    Lines no candidate can be (a dump's feed links, a skip link, a frame) may stand above
    it; a line a chrome filter claimed (a toolbar, a banner) may not: the page's header has
    been passed there. An ``h1`` is no masthead.
    """
    if not candidates or blocks[candidates[0]].hints.tag == "h1":
        return -1
    above = blocks[: candidates[0]]
    return -1 if any(owner.get(each.index) in CHROME_OWNERS for each in above) else candidates[0]


def same_rank(block: Block, other: Block) -> bool:
    """Is ``block`` printed as a heading of at least the rank of ``other`` (mark and indent)?"""
    if other.hints.tag == "h1" and block.hints.tag != "h1":
        return False
    return block.hints.indent <= other.hints.indent


def strong_heading(position: int, blocks: Sequence[Block], body_indent: float) -> bool:
    """Is ``blocks[position]`` marked as a heading (``# h1``, or outdented) with prose below?"""
    block = blocks[position]
    alone = block.hints.gap_before and block.hints.gap_after and not block.hints.bullet
    marked = (
        block.hints.tag == "h1"
        or (block.hints.indent == 0 and body_indent >= 2)
        or (alone and block.hints.indent < body_indent)
    )
    following = blocks[position + 1 : position + 1 + PROSE_FAR]
    return marked and any(is_prose(each) for each in following)


def find_title(
    blocks: Sequence[Block], drops: Sequence[Drop], article_start: int = -1
) -> str | None:
    """The headline among ``blocks`` (a whole page, in order), or None when none is clear.

    ``article_start`` is the index of the first block the pipeline kept (-1: unknown).
    """
    found = find_title_block(blocks, drops, article_start)
    return found[1] if found else None


def find_title_block(
    blocks: Sequence[Block], drops: Sequence[Drop], article_start: int = -1
) -> tuple[Block, str] | None:
    """The headline's block and its text (site name removed), or None when none is clear."""
    scored = scored_candidates(blocks, drops, article_start)
    if not scored:
        return None
    score, position = max(scored, key=lambda pair: pair[0])  # the first of equal scores
    if score < MIN_SCORE:
        return None
    block = blocks[position]
    split = site_split(block.text)
    if split and (
        copy_counts(blocks).get(fold(split[0]), 0) > 1
        or any(fold(each.text) == fold(split[1]) for each in blocks if each is not block)
    ):
        return block, trim_title(split[0], blocks, block)  # the head recurs, or the cut
        # part is a line of its own
    return block, trim_title(block.text, blocks, block)


def scored_candidates(
    blocks: Sequence[Block], drops: Sequence[Drop], article_start: int = -1
) -> list[tuple[float, int]]:
    """``(score, position)`` of every headline candidate among ``blocks``, in page order."""
    scored: list[tuple[float, int]] = []
    if not blocks:
        return scored
    owner = {drop.index: drop.filter for drop in drops}
    counts = copy_counts(blocks)
    prose = [is_prose(block) for block in blocks]
    prose_above = list(accumulate(prose, initial=0))  # counted once, not per candidate
    body = body_words(blocks, owner)
    tails = line_tails(blocks)
    indents = [block.hints.indent for block, good in zip(blocks, prose, strict=True) if good]
    body_indent = median(indents) if indents else 0.0
    end = max(1, int(len(blocks) * SEARCH_SHARE))
    marked_page = any(
        strong_heading(position, blocks, body_indent) for position in range(min(end, len(blocks)))
    )
    rare_h1 = sum(block.hints.tag == "h1" for block in blocks) <= RARE_H1
    body_start = next(
        (
            position
            for position, block in enumerate(blocks)
            if block.index >= article_start >= 0 and is_prose(block)
        ),
        None,
    )
    article_end = next((block.index for block in reversed(blocks) if block.index not in owner), -1)
    candidates = [
        position
        for position, block in enumerate(blocks[:end])
        if owner.get(block.index) not in CHROME_OWNERS
        and candidate(block, outdented=printed_as_heading(block, body_indent) or alone(block))
    ]
    # a lone word (a page set under a one-word name: ``Introduction``, ``Science``) competes,
    # but neither opens the page as its masthead nor takes the lead heading's bonus
    lone = frozenset(p for p in candidates if lone_word(blocks[p], body_indent))
    masthead = first_line([p for p in candidates if p not in lone], blocks, owner)
    folded = [fold(block.text) for block in blocks]
    first_at: dict[str, int] = {}
    for position, key in enumerate(folded):
        first_at.setdefault(key, position)
    strong = [
        position
        for position in candidates
        if position not in lone and strong_heading(position, blocks, body_indent)
    ]
    crumb_ends = list_crumb_ends(blocks)
    # the first real heading above prose earns a bonus; but a masthead (the site's name
    # set as a heading) is one too: a later heading of the same rank, past chrome lines
    # and before any prose or byline, takes the bonus from it
    lead = strong[0] if strong else -1
    for later in strong[1:]:
        between = blocks[lead + 1 : later]
        if (
            not between
            or not same_rank(blocks[later], blocks[lead])
            or any(is_prose(each) or owner.get(each.index) in STAMP_OWNERS for each in between)
        ):
            break
        lead = later
    for position in candidates:
        score = score_title(
            position,
            blocks,
            owner,
            counts,
            body_indent,
            article_start,
            marked_page,
            body_start,
            rare_h1,
            prose,
            body,
            tails,
            prose_above,
        )
        if article_end >= 0 and blocks[position].index > article_end:
            score -= AFTER_ARTICLE_COST  # past the article's last kept block: an aside, a footer
        if position == masthead and not stamped(position, blocks, owner):
            score -= FIRST_LINE_COST  # the page's first line: the site's masthead or a banner
        if later_copy(position, folded, first_at, masthead):
            score += LATER_COPY_GAIN  # the headline printed again below the title bar
        if teaser_head(position, blocks, prose, owner):
            score -= TEASER_COST  # one teaser of a list, not the page's headline
        if crumb_ends and crumb_list_names(position, blocks, crumb_ends):
            score += CRUMB_LIST_GAIN  # a breadcrumb printed as a numbered list ends with it
        if centred(blocks[position], body_indent):
            score += CENTRED_GAIN  # set in the middle of a fixed-width dump, as a banner headline
        if position in lone:
            score -= LONE_WORD_COST  # most one-word lines are menu entries or section names
        if position == lead:
            score += 1.25  # the real heading nearest above the article is the likeliest headline
        scored.append((score, position))
    return scored
