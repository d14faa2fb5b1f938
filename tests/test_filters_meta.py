"""Every filter in the pipeline has a name, a one-line purpose and a test module."""

from __future__ import annotations

from pathlib import Path

import pytest

from pagetidy.filters.base import PageView
from pagetidy.measures import measure
from pagetidy.pipeline import DEFAULT_FILTERS, UNMEASURED

TESTS = Path(__file__).parent / "filters"


@pytest.mark.parametrize("each", DEFAULT_FILTERS, ids=[each.name for each in DEFAULT_FILTERS])
def test_filter_is_documented_and_tested(each: object):
    name = type(each).name  # type: ignore[attr-defined]
    doc = (type(each).__doc__ or "").strip().splitlines()
    assert doc and len(doc[0]) <= 88
    assert (TESTS / f"test_{name}.py").exists()


def test_names_are_unique():
    names = [each.name for each in DEFAULT_FILTERS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("name", sorted(UNMEASURED))
def test_unmeasured_filters_drop_the_same_without_measures(name: str):
    """The pipeline skips measuring for these: their drops must not depend on it."""
    from pagetidy.clean import clean

    html = (
        "<html><head><title>Harbour bridge to close | Northfield Review</title></head><body>"
        "<nav><a href='/'>Home</a> › <a href='/news'>News</a></nav><article>"
        "<h1>Harbour bridge to close</h1><p>By Ana Ruiz</p><p>March 3, 2025</p>"
        "<p>The harbour council voted on Tuesday to close the old bridge for two years of "
        "repairs, and the mayor said the ferry would run every twenty minutes instead.</p>"
        "<p>Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke zu schließen.</p>"
        "<p>Tags: harbour, bridge</p></article><footer>© 2025 Northfield Review</footer>"
        "</body></html>"
    )
    page = clean(html, input_format="html").page
    each = next(one for one in DEFAULT_FILTERS if one.name == name)
    bare = PageView(page, page.blocks, None)
    measured = PageView(page, page.blocks, None, measures=measure(page.blocks))
    assert list(each.judge(bare)) == list(each.judge(measured))
