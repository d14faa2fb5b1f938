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
The run also ends where the page changes shape into a list of teasers (``teaser_cut``):
after the article's last paragraph come a few short lines (tags, share buttons, a
``More ...`` heading), then short summaries, each alone between the same number of short
lines (a headline and an author, an image's alt text): the article is the part before,
when it holds a long run of paragraphs side by side.
Chrome that closes an article and was dropped by an earlier filter (a related list, a
tag line, a sign-up prompt: ``BARRIER_FILTERS``) still stands between the blocks around
it: it weighs ``barrier_cost`` times its penalty, so the run does not bridge it for a
little prose (the teasers and comments after the article).
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
Known false positive: a page with two articles of equal size keeps one; a listing that
ends with a title-cased product's blurb (``Acme Radio is a podcast ...``) loses it.
Kept: a list between two paragraphs. Dropped: the site menu above the headline
(reason ``before_article``), the footer (``after_article``), the bio (``author_bio``) and the
name line above it (``author_box``), teasers after the article (``teaser_tail``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, Final

from pagetidy.filters.base import PageView
from pagetidy.lexicon import phrases
from pagetidy.model import Block, Drop
from pagetidy.signals import densest_run, fold, word_count

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

    def judge(self, view: PageView) -> Iterator[Drop]:
        weights, owners = self.weights(view)
        run = densest_run(weights)
        if run is None:
            return
        inside = [owner for owner in owners[run[0] : run[1]] if owner >= 0]
        if self.scattered(view, inside):
            return
        start, end = inside[0], inside[-1] + 1
        stop = end
        words = [view.prose_words(block) for block in view.blocks[start:end]]
        cut = teaser_cut(words, article=self.teaser_article)
        if cut is not None:
            end = start + cut
            for block in view.blocks[end:stop]:
                yield Drop(block.index, self.name, TEASER_TAIL, "teasers after the article")
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
        if end < last:
            # the author box's short lines (a name, a photo's alt text) lead into the cut
            while end - start > 1 and not view.prose_words(view.blocks[end - 1]):
                end -= 1
                block = view.blocks[end]
                yield Drop(block.index, self.name, AUTHOR_BOX, "a short line before the author box")
        for block in view.blocks[:start]:
            yield Drop(block.index, self.name, BEFORE_ARTICLE, "before the article's prose")
        for block in view.blocks[stop:]:
            yield Drop(block.index, self.name, AFTER_ARTICLE, "after the article's prose")
