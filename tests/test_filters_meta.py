"""Every filter in the pipeline has a name, a one-line purpose and a test module."""

from __future__ import annotations

from pathlib import Path

import pytest

from pagetidy.pipeline import DEFAULT_FILTERS

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
