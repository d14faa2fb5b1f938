"""--format markdown: front matter, # title, ## subheads, lists kept as lists, italic captions."""

from __future__ import annotations

from pagetidy.model import Block, Facts, Hints, Page, Result
from pagetidy.write import to_markdown

BLOCKS = (
    Block(0, "The council met on Monday and agreed to close the plant."),
    Block(1, "What happens next", Hints(tag="h3")),
    Block(2, "Tenders go out in June", Hints(bullet="*")),
    Block(3, "Work starts in spring", Hints(bullet="-")),
    Block(4, "The plant at dawn. Photo: Jane Doe", Hints(tag="figcaption")),
    Block(5, "# not a heading in the page"),
)


def test_markdown_shapes():
    page = Page("p.txt", "text", BLOCKS)
    facts = Facts(
        title="Plant to close",
        site_name="Daily Courier",
        published="2025-08-15",
        byline="Jane Doe",
        tags=("energy", "council"),
    )
    result = Result(page, BLOCKS, (), facts, frozenset({4}))
    assert to_markdown(result) == (
        '---\nsite: "Daily Courier"\ndate: "2025-08-15"\nbyline: "Jane Doe"\n'
        'tags: ["energy", "council"]\n---\n\n'
        "# Plant to close\n\n"
        "The council met on Monday and agreed to close the plant.\n\n"
        "## What happens next\n\n"
        "- Tenders go out in June\n- Work starts in spring\n\n"
        "*The plant at dawn. Photo: Jane Doe*\n\n"
        "\\# not a heading in the page\n"
    )


def test_empty_page_is_empty():
    assert to_markdown(Result(Page("-", "text", ()), (), ())) == ""
