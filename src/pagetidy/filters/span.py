"""The article's span: blocks before or after the densest run of prose are chrome.

Signal: each kept block weighs its word count when it reads as prose and a penalty when
it does not (``1 + words * gap_cost``); the run of blocks with the largest total weight
is the article (a maximum-sum run, linear time). Short lines inside the run (subheads,
list items, captions) stay; everything outside goes. The last blocks of the run go too
when they are a short author or contact line (an e-mail address, a URL or a handle), and
so does an author's bio among the run's last ``bio_reach`` blocks, with what follows it (a
short block that opens with a name of two or three capitalised words and a copula with an
article: ``Jane Doe is a reporter ...``, ``Anna Schmidt ist eine ...``; ``lexicon/bio.txt``).
The short lines that lead into either cut (the author's name, a photo's alt text) go with it.
An author box further back goes too, with all after it (``author_box_cut``): a short line
that ends with a person's name (two or three capitalised words the page never writes in
lower case: ``Jane Doe``, ``Über Moritz Keller``), then a bio that opens with a word of
that name or holds it whole (``Jane joined the paper in 2017 ...``), once in the run,
after ``NAME_ECHO_SHARE`` of its prose, with no section heading just before it and the
name nowhere earlier in the run (a listicle's or a product's headed sections, a company
the article is about). Measured on the text dumps, 2026-11-28: ScrapingHub F1 +0.002 in
each style, wcxb-dev articles about +0.0005, no wcxb-dev page type lower.
The run also ends where the page changes shape into a list of teasers (``teaser_cut``):
after the article's last paragraph come a few short lines (tags, share buttons, a
``More ...`` heading), then short summaries, each alone between the same number of short
lines (a headline and an author, an image's alt text): the article is the part before,
when it holds a long run of paragraphs side by side. The page's blocks that earlier filters
dropped between the run's blocks count as short lines there too, at most ``GAP_LINES`` per
gap (``gapped_teasers``): teasers whose headlines, labels and images went already stand
alone between the gaps, where the article's paragraphs follow each other; their usual
summary is shorter than the article's usual paragraph (``GAP_SHORTER``), so an article's
paragraphs between dropped ads stay. Tried after the truncated and thin-tail cuts.
Measured on the text dumps, 2026-11-28: ScrapingHub F1 +0.001 / +0.002 / +0.002 (lynx /
inscriptis / html2text), wcxb-dev all +0.0001..0.0004, its articles +0.0003..0.0006
(html2text forums -0.0012 ± 0.0010).
Chrome that closes an article and was dropped by an earlier filter (a related list, a
tag line, a sign-up prompt: ``BARRIER_FILTERS``) still stands between the blocks around
it: it weighs ``barrier_cost`` times its penalty, so the run does not bridge it for a
little prose (the teasers and comments after the article).
The run ends at such chrome too (``barrier_tail``) when it comes after ``BARRIER_SHARE``
of the page's prose and ``BARRIER_WORDS`` prose words, on a page with no run of records,
and only lone short blocks of the run follow it (a photo's blurb, a newsletter's pitch
between short lines; ``barrier_cut``): an article's closing paragraphs after an inline
prompt follow each other and stay. Measured on the text dumps, 2026-11-29: ScrapingHub
F1 +0.0002 / +0.0008 / +0.0005 (lynx / inscriptis / html2text), no page lower;
wcxb-dev articles +0.0010 / +0.0012 / +0.0011, no page type lower beyond 0.0002.
Under a sign-up prompt that closes the article, two prose blocks side by side of at most
``LONE_WORDS`` words in all are its pitch and go too (``Get the week's news ...``, ``No
spam. Unsubscribe at any time.``; ``PITCH_BLOCKS``): measured 2026-11-29, ScrapingHub
P +0.0008 / +0.0008 / +0.0003 (F1 +0.0004 / +0.0004 / +0.0002), wcxb-dev articles
P +0.0001..0.0003, 17 pages changed, two lower (closing lines of a blog post).
A list of dated headlines ends the run too (``stamped_tail``): three or more headline-shaped
blocks last in the run, each over its own author or date line (dropped already), after
``STAMPED_ARTICLE`` prose words; a news site's latest stories under a short article, read
as the page's records, or scattered prose. Measured 2026-11-29: ScrapingHub inscriptis and
html2text P +0.0038 (F1 +0.0029, one page), lynx unchanged; wcxb-dev one forum page higher.
A page whose prose is scattered is not cut at all: when the run holds under ``run_share`` of
the page's prose words and no prose block outside it is paragraph-sized (``paragraph_words``),
the page is a listing, a thread, a product or a documentation page of short prose pieces
between short lines, not one article with chrome around it (measured on the lynx dumps,
2026-11-27: wcxb-dev F1 0.7774 to 0.7810, its articles 0.8976 to 0.9009, ScrapingHub
unchanged; a teaser's or a second story's paragraph of ``paragraph_words`` or more beside
the run is what an article page with teasers shows, and keeps the cut).
The blocks of a text page's main run of alike records (``PageView.records``: the items of
a listing, the products of a shop) weigh all their words, as prose does: the span takes
the records, not a promo paragraph above them.
A standfirst or a photo's caption above the byline goes: at most ``STANDFIRST_WORDS`` of
prose open the run, then an author or date line (``By``, ``Von Anna Schmidt``, ``Nov. 18,
2019``, kept or dropped), then at least ``STANDFIRST_SHARE`` times as much prose
(``standfirst_cut``). A thin tail goes: after the article's last paragraph of 40 words or
more, five or more short lines side by side (``More in Science`` and headlines), then
under 15% of the article's prose in short summaries (``thin_tail_cut``).
Teasers of other stories above the headline go (``headline_head``): the article starts at
a headline-shaped line the page prints again (its title, a feed link, a teaser) with an
author or date line right below it and a story of 100 prose words side by side under it
that uses most of its key words; the prose above must tell other stories (under half of
the story's lead's key words), none of it right under a date line (a thread's dated posts,
a teaser list with dates, the article under its own date line), and the page must hold no
run of records (a listing's items have headlines and dates too). Measured on the three
text styles (2026-11-27): ScrapingHub 0.920 / 0.919 / 0.906 to 0.924 / 0.923 / 0.910,
wcxb-dev all +0.0003..0.0004, its articles +0.0005..0.0008, no page type lower.
A block of the run that restates several blocks before it (the whole article printed
again in one block, for the page's metadata) goes (``restated``).
A photo gallery's captions, each printed two or more times cut to other lengths, that
open the run go (``gallery_cut``), and so do those under a byline once a standfirst
above it went (measured 2026-11-27: ScrapingHub lynx 0.9239 to 0.9242, wcxb-dev
collections +0.0004..0.0007, nothing lower). Teasers whose
summaries the site cut short with an ellipsis end the run too (``truncated_cut``), when
most of them stand alone after a short line (a dialogue's lines trailing off follow each
other and stay).
Known false positive: a page with two articles of equal size keeps one; a listing that
ends with a title-cased product's blurb (``Acme Radio is a podcast ...``) loses it.
Kept: a list between two paragraphs. Dropped: the site menu above the headline
(reason ``before_article``), the footer (``after_article``), the bio (``author_bio``) and the
name line above it (``author_box``), an author box named by its name line (``author_name``),
teasers after the article (``teaser_tail``), teasers cut short (``truncated_teasers``),
dated headlines after it (``stamped_tail``),
teasers above the headline (``above_headline``), a gallery's captions above the article
(``gallery_head``), a standfirst above the byline (``above_byline``), headlines after the
article (``thin_tail``), the article printed again (``restated``), lone blurbs after the chrome
that closes it (``barrier_tail``). Kept: a dialogue trailing
off, a lead above a caption, an interview's questions and answers, a list of short items
before a paragraph, a closing summary that adds to what it sums up.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Collection, Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.dates import MONTHS, find_dates
from pagetidy.filters.base import PageView
from pagetidy.filters.byline import BYLINE_WORD, byline_of
from pagetidy.lexicon import contains, phrases
from pagetidy.model import Block, Drop
from pagetidy.signals import cjk_chars, densest_run, fold, more_words, word_count
from pagetidy.signals import words as tokens
from pagetidy.stopwords import guess_language, stoplist

CONTACT: Final = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|(?:^|\s)@\w{2,}")
"""An e-mail address, a URL or a social handle: the mark of an author box or contact line.
An address is matched only from the start of its run of name characters (the look-behind),
so a long run without ``@`` is scanned once, not once per character."""
CONTACT_MAX_WORDS: Final = 50
BARRIER_FILTERS: Final = frozenset(("related", "tagline", "prompt"))
"""Filters whose drops mark the end of an article's text (see ``Span.barrier_cost``)."""
BEFORE_ARTICLE: Final = "before_article"
CONTACT_LINE: Final = "contact_line"
AUTHOR_BIO: Final = "author_bio"
AUTHOR_BOX: Final = "author_box"
BIO_MAX_WORDS: Final = 80
BIO_NAME_WORDS: Final = (2, 3)
"""A bio's name: two or three capitalised words (``Jane Doe``, ``Ana de la Cruz`` is not
matched: its particles are lower case)."""
AFTER_ARTICLE: Final = "after_article"
TEASER_TAIL: Final = "teaser_tail"
TEASER_ISOLATED: Final = 0.75
"""Share of a teaser list's summaries with no paragraph right before or after them."""
GAP_LINES: Final = 3
"""The most dropped blocks between two of the run's blocks counted as short lines."""
GAP_SHORTER: Final = 0.8
"""Most words of those teasers' usual summary, as a share of the article's usual paragraph."""
TEASER_REGULAR: Final = 0.5
"""Share of a teaser list's summaries with the list's usual count of short lines before them."""


def is_contact(text: str) -> bool:
    """Is this a short block that gives an e-mail address, a URL or a handle?

    >>> is_contact("Marcus Bell covers the city. Reach him at mb@courier.example.")
    True
    """
    return word_count(text) <= CONTACT_MAX_WORDS and CONTACT.search(text) is not None


def longest_run(words: Sequence[int]) -> int:
    """Words of the longest run of paragraphs side by side (0: a short line).

    >>> longest_run([40, 50, 0, 70, 0, 0, 30])
    90
    """
    best = run = 0
    for count in words:
        run = run + count if count else 0
        best = max(best, run)
    return best


def teaser_cut(
    words: Sequence[int], gap: int = 2, units: int = 2, lines: int = 2, article: int = 250
) -> int | None:
    """Where a list of teasers starts after the article, or None.

    ``words`` are the prose words of the run's blocks (0: a short line). A cut lies after a
    paragraph, before at least ``gap`` short lines; after it come at least ``units``
    summaries, most of them (``TEASER_ISOLATED``) without a paragraph beside them, and
    about half of them (``TEASER_REGULAR``) after the same count of short lines, at least
    ``lines`` (a headline, an author, an image). The part before must hold a run of
    paragraphs side by side of at least ``article`` words and twice the longest summary.
    The first such cut wins.

    >>> article, teasers = [120, 90, 80], [0, 0, 0, 30, 0, 0, 25, 0, 0, 35, 0, 0]
    >>> teaser_cut(article + teasers, article=250)
    3
    >>> teaser_cut(article + [0, 0, 0, 30, 40, 0, 25, 35], article=250) is None
    True
    """
    size = len(words)
    for cut in range(1, size):
        if not words[cut - 1] or words[cut]:
            continue
        if any(words[cut : cut + gap]) or cut + gap > size:
            continue
        tail = words[cut:]
        summaries = [place for place, count in enumerate(tail) if count]
        if len(summaries) < units:
            continue
        alone = sum(
            1
            for place in summaries
            if not tail[place - 1] and not (place + 1 < len(tail) and tail[place + 1])
        )
        if alone < TEASER_ISOLATED * len(summaries):
            continue
        spaces = [after - before - 1 for before, after in itertools.pairwise(summaries)]
        usual, count = Counter(spaces).most_common(1)[0]
        if usual < lines or count < TEASER_REGULAR * len(spaces):
            continue
        head = longest_run(words[:cut])
        if head < article or head < 2 * max(tail):
            continue
        return cut
    return None


TRUNCATED_TAIL: Final = "truncated_teasers"
TRUNCATION: Final = ("...", "\u2026", "...]", "\u2026]", "...)", "\u2026)")
"""How a teaser's summary ends when the site cut it short: an ellipsis (``[…]`` too)."""
TRUNCATED_ALONE: Final = 0.75
"""Share of the truncated blocks with a short line right before them (a headline, a share
line): teasers stand alone, where a dialogue's trailing-off lines follow each other."""


TRUNCATED_WORDS: Final = 12
"""The fewest words of a teaser's summary cut short: ``Click to expand...``, ``More
sharing options...`` and a forum post's ``Hmm...`` are buttons and asides."""


def is_truncated(text: str) -> bool:
    """Does this block of ``TRUNCATED_WORDS`` or more end with an ellipsis, as a teaser's
    summary cut short does?

    >>> is_truncated("The port opened a new dock for the ferries, and the fishermen say...")
    True
    >>> is_truncated("The port opened a new dock."), is_truncated("Click to expand...")
    (False, False)
    """
    return text.rstrip().endswith(TRUNCATION) and word_count(text) >= TRUNCATED_WORDS


def truncated_cut(
    words: Sequence[int],
    cut_short: Sequence[bool],
    units: int = 3,
    share: float = 0.5,
    article: int = 100,
) -> int | None:
    """Where a list of teasers cut short starts after the article, or None.

    ``words`` are the prose words of the run's blocks (0: a short line) and ``cut_short``
    tells which blocks end with an ellipsis (``is_truncated``). From the cut on, at least
    ``units`` blocks end with an ellipsis; they are at least ``share`` of the blocks that
    are prose or cut short there, and most (``TRUNCATED_ALONE``) follow a short line. The
    cut lies right after a paragraph, and the part before holds a run of paragraphs side
    by side of at least ``article`` words: an article's, where a listing's first items
    stand each alone between short lines. The first such cut wins.

    >>> words = [80, 60, 0, 0, 30, 0, 35, 0, 28]
    >>> cut_short = [False, False, False, False, True, False, True, False, True]
    >>> truncated_cut(words, cut_short)
    2
    >>> truncated_cut(words, [False] * 9) is None
    True
    >>> listing = [0, 50, 0, 60, 0, 30, 0, 35, 0, 28]
    >>> truncated_cut(listing, [False] * 5 + [True, False] * 2 + [True]) is None
    True
    """
    size = len(words)
    shown = [place for place in range(size) if cut_short[place]]
    if len(shown) < units:
        return None
    best = run = 0  # the longest run of paragraphs side by side before the candidate
    previous = -1  # the last prose block before the candidate
    for place in range(size):
        if cut_short[place] and best >= article and previous >= 0:
            tail = shown[shown.index(place) :]
            if len(tail) < units:
                return None
            counted = sum(1 for each in range(place, size) if words[each] or cut_short[each])
            alone = sum(1 for each in tail if each > 0 and not words[each - 1])
            if len(tail) >= share * counted and alone >= TRUNCATED_ALONE * len(tail):
                return previous + 1
        if words[place] and not cut_short[place]:
            run += words[place]
            best = max(best, run)
            previous = place
        else:
            run = 0
    return None


GALLERY_HEAD: Final = "gallery_head"
GALLERY_REACH: Final = 16
"""How many of the run's first blocks may be a gallery's captions and its short lines."""
GALLERY_OVERLAP: Final = 0.8
"""Share of the shorter block's word triples two captions of one photo have in common."""
CAPTION_WORDS: Final = 15
"""The fewest words of a caption's copy: short headings share a few words by chance."""


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    """The block's word triples (its words folded), to find copies cut to other lengths.

    >>> len(shingles("A jogger runs along the river at dawn"))
    6
    """
    folded = tokens(text)
    return frozenset(zip(folded, folded[1:], folded[2:], strict=False))


def copies(texts: Sequence[str]) -> list[bool]:
    """For each text of ``CAPTION_WORDS`` or more, is another of ``texts`` a copy of it cut
    to another length, or with a counter glued on (``1of4A jogger ...``)?

    >>> caption = "A jogger runs along the river at dawn as smog hides the towers of the city."
    >>> copies([caption + " (AP Photo)", "1of2" + caption, "The city council met."])
    [True, True, False]
    """
    grams = [shingles(text) if word_count(text) >= CAPTION_WORDS else frozenset() for text in texts]
    result = [False] * len(texts)
    for one, two in itertools.combinations(range(len(texts)), 2):
        small = min(len(grams[one]), len(grams[two]))
        if grams[one] == grams[two]:
            continue  # the same text twice: a repeat (``repeat``), not a caption's cuts
        if small and len(grams[one] & grams[two]) >= GALLERY_OVERLAP * small:
            result[one] = result[two] = True
    return result


def gallery_cut(words: Sequence[int], copied: Sequence[bool]) -> int:
    """How many of the run's first blocks are a photo gallery's captions (0: none).

    ``words`` are the prose words of the run's first blocks (0: a short line) and
    ``copied`` tells which are copies of one another (``copies``). A gallery prints each
    caption two or more times, cut to other lengths, between short lines (``Image 1 of
    8``, ``Back to gallery``); the article starts at the first paragraph that is no copy.
    A copy that a paragraph follows right away is the article's lead printed twice (a
    summary above it): the cut stops before it, and needs two caption copies before that.

    >>> gallery_cut([40, 30, 0, 0, 50, 60], [True, True, False, False, False, False])
    4
    >>> gallery_cut([40, 50, 60, 0, 70], [True, True, False, False, False])
    0
    >>> gallery_cut([40, 30, 0, 50], [False, False, False, False])
    0
    """
    place = 0
    caption_copies = 0
    while place < len(words) and (copied[place] or not words[place]):
        if copied[place]:
            if place + 1 < len(words) and words[place + 1] and not copied[place + 1]:
                break
            caption_copies += 1
        place += 1
    if place == len(words) or caption_copies < 2:
        return 0
    return place


THIN_TAIL: Final = "thin_tail"
RESTATED: Final = "restated"
RESTATED_WORDS: Final = 50
"""The fewest words of a block that may restate the article (a summary of it, a print copy)."""
RESTATED_SHARE: Final = 0.8
"""Share of its word triples a restating block has in the blocks before it."""


def restated(texts: Sequence[str]) -> list[int]:
    """Positions of the blocks of ``RESTATED_WORDS`` or more that restate the blocks before
    them: ``RESTATED_SHARE`` of their word triples are there, spread over several of them
    (the whole article printed again as one block, a copy for the page's metadata); a
    near copy of one block is left to ``repeat``.

    >>> one = "The council voted on Monday to close the old coal plant by the end of the decade."
    >>> two = "The mayor said that the town would find new work for everyone who loses a job."
    >>> three = "Shops on the harbour road hope the new ferries will bring more visitors."
    >>> restated([one, two, three, f"{one} {two} {three} {one}"])
    [3]
    >>> restated([one, two, three, f"{three} {one} And the port will open a new dock soon."])
    []
    """
    seen: set[tuple[str, ...]] = set()
    earlier: list[frozenset[tuple[str, ...]]] = []
    found = []
    for place, text in enumerate(texts):
        grams = shingles(text)
        need = RESTATED_SHARE * len(grams)
        if (
            word_count(text) >= RESTATED_WORDS
            and grams
            and len(grams & seen) >= need
            and all(len(grams & other) < need for other in earlier)  # not one block's copy
        ):
            found.append(place)
            continue
        seen |= grams
        earlier.append(grams)
    return found


def thin_tail_cut(
    words: Sequence[int], gap: int = 5, paragraph: int = 40, share: float = 0.15
) -> int | None:
    """Where a thin tail starts after the article, or None.

    ``words`` are the prose words of the run's blocks (0: a short line). After the last
    paragraph of ``paragraph`` words or more comes a stretch of at least ``gap`` short
    lines side by side (a list of headlines under ``More in ...``); what follows holds no
    paragraph of that size and under ``share`` of the prose before: headlines with their
    one-line summaries, not the article's closing paragraphs, which follow each other.

    >>> thin_tail_cut([120, 90, 80, 0, 0, 0, 0, 0, 15, 0, 20])
    3
    >>> thin_tail_cut([120, 90, 80, 0, 0, 15, 0, 20]) is None
    True
    """
    last = max((place for place, count in enumerate(words) if count >= paragraph), default=None)
    if last is None:
        return None
    cut = last + 1
    if any(words[cut : cut + gap]) or cut + gap > len(words):
        return None
    if sum(words[cut:]) >= share * sum(words[:cut]):
        return None
    return cut


STANDFIRST: Final = "above_byline"
STANDFIRST_WORDS: Final = 60
"""The most prose words above the byline that go as a standfirst or a photo's caption."""
STANDFIRST_SHARE: Final = 2
"""The article below the byline holds at least this many times the prose above it."""
LINE_WORDS: Final = 20
"""The most words of an author or date line."""


def is_author_or_date_line(text: str) -> bool:
    """Is this a short line that names the author (``By``, ``By Jane Doe``, an agency) or
    gives a date, as the lines between a headline's standfirst and the article do?

    >>> is_author_or_date_line("By"), is_author_or_date_line("Von Anna Schmidt")
    (True, True)
    >>> is_author_or_date_line("Nov. 18, 2019 7:04 pm ET")
    True
    >>> is_author_or_date_line("Prices rose again in the city.")
    False
    """
    stripped = text.strip()
    if not stripped or more_words(stripped, LINE_WORDS):
        return False
    bare = BYLINE_WORD.match(stripped + " ")
    if bare is not None and not stripped[bare.end() :].strip():
        return True
    return byline_of(stripped) is not None or bool(find_dates(stripped))


def standfirst_cut(words: Sequence[int], dated: Sequence[bool]) -> int:
    """How many of the run's first blocks are a standfirst or a caption above the byline.

    ``words`` are the prose words of the run's blocks (0: a short line) and ``dated``
    tells where an author or date line stands just before a block (kept or dropped
    between it and the block before). The article starts at the first paragraph after
    such a line, when the prose above it is at most ``STANDFIRST_WORDS`` and the prose
    below it at least ``STANDFIRST_SHARE`` times as much.

    >>> standfirst_cut([30, 0, 0, 50, 60, 40], [False, False, True, False, False, False])
    3
    >>> standfirst_cut([30, 0, 50, 60, 40], [False, False, False, False, False])
    0
    """
    above = 0
    byline = False
    for place, count in enumerate(words):
        byline = byline or dated[place]
        if count and place and byline and above:
            below = sum(words[place:])
            return place if below >= STANDFIRST_SHARE * above else 0
        if count:
            above += count
            byline = False
            if above > STANDFIRST_WORDS:
                return 0
    return 0


HEADLINE_HEAD: Final = "above_headline"
HEADLINE_WORDS: Final = (4, 20)
"""The fewest and most words of a headline that starts the article."""
HEADLINE_ENDS: Final = (".", ":", ",", ";")
"""How a sentence or a label ends: a headline ends otherwise (a word, ``?``, ``!``)."""
STAMP_REACH: Final = 4
"""How many of the page's blocks right below the headline may hold its author or date line."""
STAMPED: Final = 2
"""How many page blocks before a prose block above the headline may hold its date: a
thread's post or a teaser with its date (the page's items), or the article itself under
its date line, is no chrome above a headline."""
STORY_WORDS: Final = 100
"""Prose words side by side on the page (no block between them) the story below needs."""
STORY_REACH: Final = 150
"""Prose words below the headline whose key words are compared with the headline's."""
SAME_STORY: Final = 0.5
"""Share of the headline's key words the story below it must use, more than this."""
OTHER_STORY: Final = 0.5
"""Share of the story's lead's key words (its first ``STORY_REACH`` prose words) the prose
above the headline may use, less than this: the teasers above tell other stories, where an
article's own paragraphs above a heading tell the same."""
HEADLINE_KEYS: Final = 3
"""The fewest key words of a headline that starts the article: ``5. RSA Conference`` is a
list's item."""
KEY_LETTERS: Final = 4
STEM_LETTERS: Final = 5
"""Key words are compared by their first letters (``dreams`` and ``dream``)."""


def is_headline_shaped(text: str) -> bool:
    """Is this one line of ``HEADLINE_WORDS`` words that ends as a headline does, not as a
    sentence, a label or a list item?

    >>> is_headline_shaped("Ferry workers strike over the new harbour dock")
    True
    >>> is_headline_shaped("Read more:"), is_headline_shaped("The ferries left at dawn.")
    (False, False)
    """
    stripped = text.strip()
    count = word_count(stripped)
    return (
        HEADLINE_WORDS[0] <= count <= HEADLINE_WORDS[1]
        and not stripped.endswith(HEADLINE_ENDS)
        and "\n" not in stripped
    )


DAY_PART: Final = re.compile(r"\d{1,2}(?::\d\d)?\.?|(?:19|20)\d\d")
"""A day (``20``, ``20.``), a time (``15:23``) or a year of a short date line."""
DAY_LINE_WORDS: Final = 4


def is_day_line(text: str) -> bool:
    """Is this a date line without a year, or a time line, that ``find_dates`` does not
    read: a month's name and a day, or a time (``November 20``, ``20. März``, ``15:23
    2019``)?

    >>> is_day_line("November 20"), is_day_line("20. März"), is_day_line("15:23 2019")
    (True, True, True)
    >>> is_day_line("Page 2"), is_day_line("2019"), is_day_line("May we go")
    (False, False, False)
    """
    parts = text.replace(",", " ").split()
    if not parts or len(parts) > DAY_LINE_WORDS:
        return False
    months = sum(part.lower().rstrip(".") in MONTHS for part in parts)
    numbers = sum(DAY_PART.fullmatch(part) is not None for part in parts)
    timed = any(":" in part for part in parts)
    return months + numbers == len(parts) and numbers > 0 and (months > 0 or timed)


def is_stamp(text: str) -> bool:
    """Is this an author or date line (``is_author_or_date_line``, ``is_day_line``)?"""
    return is_author_or_date_line(text) or is_day_line(text)


def key_stems(text: str, stops: frozenset[str] = frozenset()) -> list[str]:
    """The words of ``text`` worth comparing, cut to ``STEM_LETTERS`` letters: folded words
    of ``KEY_LETTERS`` letters or more that are not in ``stops``, and each pair of
    neighbouring characters in a run of CJK text (it has no spaces).

    >>> key_stems("Ferry workers strike over the dock", frozenset({"over"}))
    ['ferry', 'worke', 'strik', 'dock']
    >>> key_stems("東京の新駅")
    ['東京', '京の', 'の新', '新駅']
    """
    stems: list[str] = []
    for word in fold(text).split():
        if cjk_chars(word):
            stems.extend(word[start : start + 2] for start in range(max(1, len(word) - 1)))
        elif len(word) >= KEY_LETTERS and word not in stops:
            stems.append(word[:STEM_LETTERS])
    return stems


def stop_words(texts: Sequence[str]) -> frozenset[str]:
    """The stop words of the language ``texts`` are written in (none when it is unknown).

    >>> "the" in stop_words(["The ferry left the harbour at dawn and the crew was not on it."])
    True
    """
    language = guess_language(word for text in texts for word in tokens(text))
    return stoplist(language) if language else frozenset()


def same_story(
    headline: str, story: str, stops: frozenset[str] = frozenset(), min_keys: int = 1
) -> float:
    """The share of the headline's key words (``key_stems``) that ``story`` uses (0 when the
    headline has fewer than ``min_keys`` of them).

    >>> story = "Ferry workers walked out on Monday: the strike closed the harbour."
    >>> same_story("Ferry workers strike over the new harbour dock", story, frozenset({"over"}))
    0.8
    >>> same_story("Council votes on the school budget", story)
    0.0
    """
    keys = set(key_stems(headline, stops))
    if len(keys) < min_keys:
        return 0.0
    return len(keys & set(key_stems(story, stops))) / len(keys)


def is_bio(text: str) -> bool:
    """Is this a short block that opens with a name and ``is a``: an author's bio?

    >>> is_bio("Jane Doe is a reporter who covers the city council.")
    True
    >>> is_bio("Toyota is rolling out a plug-in version of the RAV4.")
    False
    """
    if word_count(text) > BIO_MAX_WORDS:
        return False
    words = text.split(maxsplit=BIO_NAME_WORDS[-1] + 2)
    verbs = phrases("bio")
    for size in BIO_NAME_WORDS:
        if len(words) < size + 2:
            break
        name = words[:size]
        if not all(word[:1].isupper() and word[:1].isalpha() for word in name):
            break
        if fold(" ".join(words[size : size + 2])) in verbs:
            return True
    return False


AUTHOR_NAME: Final = "author_name"
NAME_LINE_WORDS: Final = 5
"""The most words of a line that names a person (``Jane Doe``, ``About Jane Doe``,
``Photo of Jane Doe``)."""
NAME_ECHO_WORDS: Final = 120
"""The most prose words of the block that echoes a name line (a bio, not a section)."""
NAME_ECHO_SHARE: Final = 0.7
"""Share of the run's prose words that lies before an author box's name line."""
BRACKETS: Final = "[]()"
HEADING_REACH: Final = 3
"""How many blocks before an author box's name line may not be a section's heading."""
COMMON_WORD_USES: Final = 3
"""A lower-case word used this often in the run is a glue word (``the``, ``to``, ``der``)."""


def name_words(text: str, lower: Collection[str]) -> list[str] | None:
    """The person's name that a short line ends with, or None.

    The name is the line's last two or three capitalised words; the words in front of it
    (at most two: ``About``, ``Über``, ``Photo of``) are free, and a capitalised word that
    the page also writes in lower case (``lower``: a heading's common words, ``über`` in
    German running text) is no part of a name.

    >>> name_words("About Jane Doe", {"about", "the"})
    ['Jane', 'Doe']
    >>> name_words("Backflow Prevention", {"backflow", "prevention"}) is None
    True
    """
    tokens_ = text.strip().strip(BRACKETS).split()
    if not 2 <= len(tokens_) <= NAME_LINE_WORDS:
        return None
    name: list[str] = []
    for word in reversed(tokens_):
        if len(name) == BIO_NAME_WORDS[-1] or not word.isalpha() or len(word) < 2:
            break
        if not (word[0].isupper() and word[1:].islower()):
            break
        name.insert(0, word)
    while name and name[0].lower() in lower:
        name.pop(0)  # ``Über`` is a word of the page, not of the name
    if len(name) < BIO_NAME_WORDS[0] or len(tokens_) - len(name) > 2:
        return None
    if any(word.lower() in lower for word in name):
        return None
    return name


def echoes(name: Sequence[str], text: str, common: Collection[str] = ()) -> bool:
    """Does the block open with a word of the name, or hold the whole name after a word
    that is not one of the page's ``common`` lower-case words (``the Museum District``,
    ``to Acme Studios`` name a place or a firm, ``bildet Moritz Keller`` a person)?

    >>> echoes(["Jane", "Doe"], "Jane joined the paper in 2017.")
    True
    >>> echoes(["Jane", "Doe"], "The council met on Monday.")
    False
    >>> echoes(["Museum", "District"], "Bikes suit the Museum District.", {"the"})
    False
    """
    found = WORD_RUN.findall(text)
    if not found:
        return False
    if found[0] in name:
        return True
    size = len(name)
    return any(
        found[place : place + size] == list(name)
        and (not place or found[place - 1].lower() not in common)
        for place in range(len(found) - size + 1)
    )


WORD_RUN: Final = re.compile(r"\w+")


def said(name: Sequence[str], found: Sequence[str]) -> bool:
    """Does a text whose words (``WORD_RUN.findall``) are ``found`` hold the whole name (the
    article speaks of it: no author box's)?

    >>> said(["Six", "Sigma"], WORD_RUN.findall("Courses in Lean Six Sigma start in May."))
    True
    >>> said(["Jo", "Li"], ["Jo"])
    False
    """
    wanted = list(name)
    if wanted and wanted[0] not in found:
        return False  # (most texts: their words are scanned once, in C)
    size = len(wanted)
    return any(found[place : place + size] == wanted for place in range(len(found) - size + 1))


def author_box_cut(texts: Sequence[str], words: Sequence[int]) -> int | None:
    """Where an author box starts at the end of the article, or None.

    ``texts`` are the run's blocks and ``words`` their prose words (0: a short line). An
    author box is a short line that names a person (``name_words``) and, within the next
    two blocks, a bio of at most ``NAME_ECHO_WORDS`` prose words that opens with a word of
    that name or holds the whole name (``Jane Doe`` then ``Jane joined the paper ...``).
    It is the only such pair in the run (a listicle's headings echoed by their paragraphs
    come many times), and ``NAME_ECHO_SHARE`` of the run's prose lies before it. The box
    and all after it go.

    >>> texts = ["A long story.", "More of it.", "Jane Doe", "Jane joined us in 2017.", "Sign up"]
    >>> author_box_cut(texts, [80, 60, 0, 6, 0])
    2
    >>> author_box_cut(texts[:2] + ["Next steps", "Next, call us.", "Sign up"], [80, 60, 0, 3, 0])
    """
    runs = [WORD_RUN.findall(text) for text in texts]  # each text's words, found once
    counts = Counter(word for found in runs for word in found if word.islower())
    lower = counts.keys()
    common = {word for word, count in counts.items() if count >= COMMON_WORD_USES}
    total = sum(words)
    found: dict[int, tuple[int, int]] = {}
    before = 0
    for place, text in enumerate(texts):
        if place and not words[place] and not more_words(text, NAME_LINE_WORDS):
            name = name_words(text, lower)
            target = next(
                (each for each in range(place + 1, min(place + 3, len(texts))) if words[each]),
                None,
            )
            if (
                name
                and target is not None
                and words[target] <= NAME_ECHO_WORDS
                and echoes(name, texts[target], common)
                and not any(said(name, earlier) for earlier in runs[:place])
            ):
                found.setdefault(target, (place, before))
        before += words[place]
    if len(found) != 1:
        return None
    place, before = next(iter(found.values()))
    if before < NAME_ECHO_SHARE * total:
        return None
    if any(is_heading(text) for text in texts[max(0, place - HEADING_REACH) : place]):
        return None  # a run of headed sections (a product's features), not an author box
    return place


def is_heading(text: str) -> bool:
    """Is this a short line of two to ``NAME_LINE_WORDS`` words, each capitalised: a
    section's heading (``Waffle Sole Traction``, ``Plush Padding``)?

    >>> is_heading("Plush Padding"), is_heading("Read more"), is_heading("[Engadget]")
    (True, False, False)
    """
    found = text.split()
    return 2 <= len(found) <= NAME_LINE_WORDS and all(word[:1].isupper() for word in found)


BARRIER_TAIL: Final = "barrier_tail"
BARRIER_SHARE: Final = 0.7
"""Share of the page's prose words that lies before a barrier that ends the article."""
BARRIER_WORDS: Final = 150
"""The fewest prose words before a barrier that ends the article."""
LONE_WORDS: Final = 60
"""The most prose words of a lone block after such a barrier (a teaser, a blurb)."""
PITCH_BLOCKS: Final = 2
"""The most prose blocks side by side after such a barrier, together at most ``LONE_WORDS``
long: a newsletter's pitch and its promise, an affiliate note under a writer's blurb."""


def barrier_cut(
    words: Sequence[int],
    barred: Sequence[bool],
    total: int,
    article: int = BARRIER_WORDS,
    prompted: Sequence[bool] = (),
) -> int | None:
    """Where the article ends at closing chrome dropped before (a related list, a tag line,
    a sign-up prompt), or None.

    ``words`` are the prose words of the run's blocks (0: a short line), ``barred`` tells
    where such chrome stands just before a block, and ``total`` is the page's prose words.
    The cut lies at the first barrier after at least ``article`` prose words and
    ``BARRIER_SHARE`` of ``total``, when only lone short blocks follow it: none of more than
    ``LONE_WORDS`` prose words, no two prose blocks side by side (an article's closing
    paragraphs after an inline prompt follow each other and stay). Where the barrier is a
    sign-up prompt (``prompted``: it holds prompt words, ``lexicon/prompt.txt``), up to
    ``PITCH_BLOCKS`` prose blocks side by side of at most ``LONE_WORDS`` words in all may
    follow it: the newsletter's pitch and its promise (``No spam. Unsubscribe at any time.``).

    >>> barrier_cut([120, 90, 80, 0, 15, 0, 20], [False] * 3 + [True] + [False] * 3, 325)
    3
    >>> barrier_cut([120, 90, 80, 30, 25], [False] * 3 + [True, False], 345) is None
    True
    >>> barrier_cut([120, 90, 80, 30, 25], [False] * 3 + [True, False], 345, 150,
    ...             [False] * 3 + [True, False])
    3
    """
    before = 0
    for place, count in enumerate(words):
        if place and barred[place] and before >= article and before >= BARRIER_SHARE * total:
            tail = words[place:]
            pitch = (
                place < len(prompted)
                and prompted[place]
                and sum(tail) <= LONE_WORDS
                and sum(1 for each in tail if each) <= PITCH_BLOCKS
            )
            if all(each <= LONE_WORDS for each in tail) and (
                pitch
                or not any(one and two for one, two in itertools.pairwise(tail))
            ):
                return place
        before += count
    return None


STAMPED_TAIL: Final = "stamped_tail"
STAMPED_UNITS: Final = 3
"""The fewest headlines, each over its own author or date line, that end the run as a list
of other stories."""
STAMPED_ARTICLE: Final = 50
"""Prose words the run needs before such a list."""


def stamped_cut(stamped: Sequence[bool], words: Sequence[int]) -> int | None:
    """Where a list of dated headlines ends the run, or None.

    ``stamped`` tells which of the run's blocks is a headline over its own author or date
    line (the teasers of a news site's latest stories: ``Ferry workers strike``, ``By
    Staff``, ``11/20/2019 10:08``); ``words`` are the blocks' prose words. The list is the
    run's last ``STAMPED_UNITS`` blocks or more, all stamped, after ``STAMPED_ARTICLE``
    prose words.

    >>> stamped_cut([False, False, True, True, True], [80, 60, 9, 8, 10])
    2
    >>> stamped_cut([False, False, True, False, True, True], [80, 60, 9, 50, 8, 10]) is None
    True
    """
    cut = len(stamped)
    while cut and stamped[cut - 1]:
        cut -= 1
    if len(stamped) - cut < STAMPED_UNITS:
        return None
    if sum(words[:cut]) < STAMPED_ARTICLE:
        return None
    return cut


@dataclass(frozen=True, slots=True)
class Span:
    """Drop what lies outside the article: the densest run of prose blocks."""

    name: ClassVar[str] = "span"
    gap_cost: float = 0.5
    barrier_cost: float = 1.0
    bio_reach: int = 4
    """How many of the article's last blocks may be an author's bio (and what follows it)."""
    teaser_article: int = 250
    """Prose words side by side the part before a teaser list needs (see ``teaser_cut``)."""
    run_share: float = 0.65
    """Under this share of the page's prose words in the run, the prose may be scattered."""
    paragraph_words: int = 45
    """A prose block this long outside the run is an article's paragraph: the page is cut."""

    def penalty(self, text: str) -> float:
        """The weight lost for a block that is not prose."""
        return 1 + word_count(text) * self.gap_cost

    @staticmethod
    def words(view: PageView, block: Block) -> int:
        """The block's prose words; all its words when it is one of the page's records."""
        if block.index in view.records:
            return word_count(block.text)
        return view.prose_words(block)

    def weights(self, view: PageView) -> tuple[list[float], list[int]]:
        """Weights of the kept blocks, with a barrier weight between two kept blocks where
        closing chrome was dropped, and for each weight its block's position (-1: barrier)."""
        result: list[float] = []
        owners: list[int] = []
        places = {block.index: place for place, block in enumerate(view.page.blocks)}
        previous: int | None = None
        for position, block in enumerate(view.blocks):
            place = places.get(block.index)
            if view.barriers and previous is not None and place is not None:
                between = view.page.blocks[previous + 1 : place]
                cost = sum(
                    self.penalty(each.text) for each in between if each.index in view.barriers
                )
                if cost:
                    result.append(-cost * self.barrier_cost)
                    owners.append(-1)
            previous = place
            words = self.words(view, block)
            result.append(float(words) if words else -self.penalty(block.text))
            owners.append(position)
        return result, owners

    def scattered(self, view: PageView, inside: list[int]) -> bool:
        """Is the page's prose scattered in short pieces (a listing, a thread, a product or
        a documentation page) rather than one article: the run at positions ``inside``
        holds under ``run_share`` of its prose words, and no prose block outside the run
        has ``paragraph_words`` words?"""
        chosen = set(inside)
        in_run = total = 0
        for position, block in enumerate(view.blocks):
            words = self.words(view, block)
            total += words
            if position in chosen:
                in_run += words
            elif words >= self.paragraph_words:
                return False
        return in_run < total * self.run_share

    def truncated_tail(
        self, view: PageView, start: int, end: int, words: Sequence[int]
    ) -> Generator[Drop, None, int]:
        """Drop teasers cut short (``truncated_cut``) at the end of the run from ``start``
        to ``end``; return the run's new end."""
        cut_short = [is_truncated(block.text) for block in view.blocks[start:end]]
        cut = truncated_cut(words, cut_short)
        if cut is None:
            return end
        for block in view.blocks[start + cut : end]:
            yield Drop(block.index, self.name, TRUNCATED_TAIL, "teasers cut short after it")
        return start + cut

    def standfirst_head(
        self, view: PageView, start: int, end: int, places: dict[int, int]
    ) -> Generator[Drop, None, int]:
        """Drop a standfirst or a caption above the byline that opens the run from
        ``start`` to ``end`` (``standfirst_cut``; ``places``: each block's position on the
        page); return the run's new start."""
        head = view.blocks[start : min(end, start + GALLERY_REACH)]
        words = [view.prose_words(block) for block in head]
        dated = [False] * len(head)
        for place in range(1, len(head)):
            lines = list(
                view.page.blocks[places[head[place - 1].index] + 1 : places[head[place].index]]
            )
            if not words[place - 1]:
                lines.append(head[place - 1])
            dated[place] = any(is_author_or_date_line(block.text) for block in lines)
        cut = standfirst_cut(words, dated)
        for block in head[:cut]:
            yield Drop(block.index, self.name, STANDFIRST, "a standfirst above the byline")
        return start + cut

    @staticmethod
    def is_stamp_block(view: PageView, block: Block) -> bool:
        """Is the block an author or date line (``is_stamp``), not a sentence that holds a
        date?"""
        return not view.prose_words(block) and is_stamp(block.text)

    @staticmethod
    def story_below(
        view: PageView, run: Sequence[Block], at: int, places: dict[int, int]
    ) -> tuple[list[int], list[str]]:
        """The prose words of the run's blocks below position ``at`` (0: a short line, and
        a 0 where the page holds a block between two of them; ``places``: each block's
        position on the page) and the prose blocks' texts."""
        words: list[int] = []
        texts: list[str] = []
        previous = places[run[at].index]
        for block in run[at + 1 :]:
            place = places[block.index]
            if place != previous + 1:
                words.append(0)
            previous = place
            count = view.prose_words(block)
            words.append(count)
            if count:
                texts.append(block.text)
        return words, texts

    def is_headline(
        self,
        view: PageView,
        run: Sequence[Block],
        at: int,
        above: list[str],
        places: dict[int, int],
    ) -> bool:
        """Does the run's block at ``at`` start the article: the page's headline, a line
        printed again elsewhere on the page (its title, a feed link, a teaser, a share
        line) with an author or date line among the ``STAMP_REACH`` page blocks below it,
        over a story of ``STORY_WORDS`` prose words side by side that uses more than
        ``SAME_STORY`` of its key words, while the prose above it (``above``) tells other
        stories (under ``OTHER_STORY`` of its key words in the story)?"""
        block = run[at]
        page = view.page.blocks
        place = places[block.index]
        below = page[place + 1 : place + 1 + STAMP_REACH]
        if not any(self.is_stamp_block(view, each) for each in below):
            return False
        key = fold(block.text)
        if not key or not any(
            key in fold(each.text) for other, each in enumerate(page) if other != place
        ):
            return False
        words, texts = self.story_below(view, run, at, places)
        if longest_run(words) < STORY_WORDS:
            return False
        stops = stop_words(texts)
        lead: list[str] = []
        for text in texts:
            lead.append(text)
            if sum(map(word_count, lead)) >= STORY_REACH:
                break
        if same_story(block.text, " ".join(lead), stops, HEADLINE_KEYS) <= SAME_STORY:
            return False
        told = " ".join(above)
        return same_story(" ".join(lead), told, stops) < OTHER_STORY

    def headline_head(
        self, view: PageView, start: int, end: int, places: dict[int, int]
    ) -> Generator[Drop, None, int]:
        """Drop the blocks of the run from ``start`` to ``end`` above the page's headline
        (``is_headline``; ``places``: each block's position on the page): teasers of other
        stories, the site's notices; return the run's new start. A page of records (a
        listing, a shop) has no such headline."""
        if view.records:
            return start
        run = view.blocks[start:end]
        above: list[str] = []
        page = view.page.blocks
        for at, block in enumerate(run):
            if view.prose_words(block):
                place = places[block.index]
                if any(
                    self.is_stamp_block(view, each)
                    for each in page[max(0, place - STAMPED) : place]
                ):
                    return start  # a dated post or teaser: the page's items, or its article
                above.append(block.text)
                continue
            if not above or not is_headline_shaped(block.text):
                continue
            if self.is_headline(view, run, at, above, places):
                for each in run[:at]:
                    yield Drop(each.index, self.name, HEADLINE_HEAD, "above the article's headline")
                return start + at
        return start

    def gallery_head(self, view: PageView, start: int, end: int) -> Generator[Drop, None, int]:
        """Drop a photo gallery's captions that open the run from ``start`` to ``end``
        (``gallery_cut``) when more prose follows them than they hold; return the run's
        new start."""
        head = view.blocks[start : min(end, start + GALLERY_REACH)]
        words = [view.prose_words(block) for block in head]
        cut = gallery_cut(words, copies([block.text for block in head]))
        if not cut:
            return start
        rest = sum(view.prose_words(block) for block in view.blocks[start + cut : end])
        if rest < sum(words[:cut]):
            return start  # the article is the larger part of the run
        for block in head[:cut]:
            yield Drop(block.index, self.name, GALLERY_HEAD, "a photo gallery's captions above it")
        return start + cut

    def gapped_teasers(
        self,
        view: PageView,
        start: int,
        end: int,
        words: Sequence[int],
        places: dict[int, int],
    ) -> int | None:
        """``teaser_cut`` on the run from ``start`` to ``end`` with the page's dropped
        blocks between its blocks counted as short lines (at most ``GAP_LINES`` per gap):
        teasers whose headlines and labels went already stand alone between them."""
        spread: list[int] = []
        owner: list[int] = []
        previous: int | None = None
        for position, block in enumerate(view.blocks[start:end]):
            place = places[block.index]
            if previous is not None:
                missing = min(place - previous - 1, GAP_LINES)
                spread.extend([0] * missing)
                owner.extend([position] * missing)
            previous = place
            spread.append(words[position])
            owner.append(position)
        if len(spread) == len(words):
            return None
        cut = teaser_cut(spread, article=self.teaser_article)
        if cut is None or owner[cut] == 0:
            return None
        head = [count for count in words[: owner[cut]] if count]
        tail = [count for count in words[owner[cut] :] if count]
        if statistics.median(tail) > GAP_SHORTER * statistics.median(head):
            return None  # paragraphs as long as the article's, between dropped ads: its own
        return owner[cut]

    def barrier_tail(
        self, view: PageView, start: int, end: int, places: dict[int, int]
    ) -> Generator[Drop, None, int]:
        """Drop the lone short blocks of the run from ``start`` to ``end`` after the chrome
        that closes the article (``barrier_cut``; ``places``: each block's position on the
        page); return the run's new end. A page of records (a listing) has no such end."""
        if view.records or not view.barriers or end - start < 2:
            return end
        run = view.blocks[start:end]
        words = [view.prose_words(block) for block in run]
        # the chrome dropped between each block and the one before it
        gaps = [()] + [
            [
                each
                for each in view.page.blocks[places[one.index] + 1 : places[two.index]]
                if each.index in view.barriers
            ]
            for one, two in itertools.pairwise(run)
        ]
        barred = [bool(gap) for gap in gaps]
        prompted = [any(contains("prompt", each.text) for each in gap) for gap in gaps]
        total = sum(view.prose_words(block) for block in view.blocks)
        cut = barrier_cut(words, barred, total, prompted=prompted)
        if cut is None:
            return end
        for block in run[cut:]:
            yield Drop(block.index, self.name, BARRIER_TAIL, "after the chrome that closes it")
        return start + cut

    def stamped_tail(
        self, view: PageView, start: int, end: int, places: dict[int, int]
    ) -> Generator[Drop, None, int]:
        """Drop the list of dated headlines that ends the run from ``start`` to ``end``
        (``stamped_cut``; ``places``: each block's position on the page): each headline
        stands over an author or date line the page dropped; return the run's new end. A
        page of records (a listing) has no such end."""
        if end - start <= STAMPED_UNITS:
            return end
        run = view.blocks[start:end]
        page = view.page.blocks
        stamped: list[bool] = []
        for at, block in enumerate(run):
            place = places[block.index]
            after = places[run[at + 1].index] if at + 1 < len(run) else len(page)
            between = page[place + 1 : min(after, place + 1 + STAMP_REACH)]
            stamped.append(
                is_headline_shaped(block.text)
                and bool(between)
                and any(is_stamp(each.text) for each in between)
            )
        cut = stamped_cut(stamped, [view.prose_words(block) for block in run])
        if cut is None:
            return end
        for block in run[cut:]:
            yield Drop(block.index, self.name, STAMPED_TAIL, "a list of dated headlines after it")
        return start + cut

    def judge(self, view: PageView) -> Iterator[Drop]:
        weights, owners = self.weights(view)
        run = densest_run(weights)
        if run is None:
            return
        inside = [owner for owner in owners[run[0] : run[1]] if owner >= 0]
        places = {block.index: place for place, block in enumerate(view.page.blocks)}
        if self.scattered(view, inside):
            # dated headlines count as scattered prose: a short article over them is cut
            yield from self.stamped_tail(view, 0, len(view.blocks), places)
            return
        first, stop = inside[0], inside[-1] + 1
        start, end = first, stop
        start = yield from self.headline_head(view, start, end, places)
        start = yield from self.gallery_head(view, start, end)
        start = yield from self.standfirst_head(view, start, end, places)
        start = yield from self.gallery_head(view, start, end)  # captions under the byline
        words = [view.prose_words(block) for block in view.blocks[start:end]]
        cut = teaser_cut(words, article=self.teaser_article)
        if cut is not None:
            for block in view.blocks[start + cut : end]:
                yield Drop(block.index, self.name, TEASER_TAIL, "teasers after the article")
            end = start + cut
        else:
            end = yield from self.truncated_tail(view, start, end, words)
            thin = thin_tail_cut(words[: end - start])
            if thin is not None:
                for block in view.blocks[start + thin : end]:
                    yield Drop(block.index, self.name, THIN_TAIL, "headlines after the article")
                end = start + thin
            gapped = self.gapped_teasers(view, start, end, words[: end - start], places)
            if gapped is not None:
                for block in view.blocks[start + gapped : end]:
                    yield Drop(block.index, self.name, TEASER_TAIL, "teasers after the article")
                end = start + gapped
        for place in restated([block.text for block in view.blocks[start:end]]):
            block = view.blocks[start + place]
            yield Drop(block.index, self.name, RESTATED, "the article's text printed again")
        last = end
        while end - start > 1 and is_contact(view.blocks[end - 1].text):
            end -= 1
            block = view.blocks[end]
            yield Drop(
                block.index, self.name, CONTACT_LINE, "an author or contact line ends the article"
            )
        for place in range(max(start + 1, end - self.bio_reach), end):
            if is_bio(view.blocks[place].text):
                for block in view.blocks[place:end]:
                    yield Drop(block.index, self.name, AUTHOR_BIO, "an author's bio closes it")
                end = place
                break
        words = [view.prose_words(block) for block in view.blocks[start:end]]
        named = None
        if not view.records:  # a listing's or a shop's items are not an article's end
            named = author_box_cut([block.text for block in view.blocks[start:end]], words)
        if named is not None:
            for block in view.blocks[start + named : end]:
                yield Drop(block.index, self.name, AUTHOR_NAME, "an author box names its writer")
            end = start + named
        if end < last:
            # the author box's short lines (a name, a photo's alt text) lead into the cut
            while end - start > 1 and not view.prose_words(view.blocks[end - 1]):
                end -= 1
                block = view.blocks[end]
                yield Drop(block.index, self.name, AUTHOR_BOX, "a short line before the author box")
        end = yield from self.barrier_tail(view, start, end, places)
        end = yield from self.stamped_tail(view, start, end, places)
        for block in view.blocks[:first]:
            yield Drop(block.index, self.name, BEFORE_ARTICLE, "before the article's prose")
        for block in view.blocks[stop:]:
            yield Drop(block.index, self.name, AFTER_ARTICLE, "after the article's prose")
