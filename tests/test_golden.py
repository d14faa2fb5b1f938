"""The seed page from ../shared (skipped when absent) and the invented fixture pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pagetidy
from pagetidy.write import to_json_dict, to_text
from tests.conftest import FIXTURES, SHARED

SEED = SHARED / "seeds" / "000_fdff20fba7ba3d8d.txt"
GOLDEN_TEXT = SHARED / "golden" / "000_fdff20fba7ba3d8d.expected.txt"
GOLDEN_JSON = SHARED / "golden" / "000_fdff20fba7ba3d8d.expected.json"
FACT_KEYS = (
    "title",
    "site_name",
    "section",
    "published",
    "byline",
    "tags",
    "captions",
    "paragraphs",
)
CASES = sorted(path.parent for path in FIXTURES.glob("*/input.*"))
KNOWN_TEXT_FAILURES = {
    "article_lists": "a data line ('Per serving: 390 kcal | ...') after the last paragraph "
    "is cut with the chrome that follows it: text mode has no signal that it belongs",
}


CASE_PARAMS = [
    pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=KNOWN_TEXT_FAILURES[case.name]))
    if case.name in KNOWN_TEXT_FAILURES
    else case
    for case in CASES
]


def check_facts(result: pagetidy.Result, expected: dict[str, object]) -> None:
    produced = to_json_dict(result)
    for key in FACT_KEYS:
        assert produced[key] == expected[key], key  # type: ignore[literal-required]
    for chrome in expected.get("must_not_contain", []):  # type: ignore[attr-defined]
        assert chrome not in produced["text"]
        assert all(chrome not in paragraph for paragraph in produced["paragraphs"])


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not beside the project")
def test_seed_page_matches_its_golden():
    result = pagetidy.clean(SEED.read_bytes(), source=str(SEED))
    assert to_text(result) == GOLDEN_TEXT.read_text(encoding="utf-8")
    check_facts(result, json.loads(GOLDEN_JSON.read_text(encoding="utf-8")))


@pytest.mark.parametrize("case", CASE_PARAMS, ids=[case.name for case in CASES])
def test_fixture_text(case: Path):
    source = next(case.glob("input.*"))
    result = pagetidy.clean(source.read_bytes(), source=str(source))
    assert to_text(result) == (case / "expected.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASE_PARAMS, ids=[case.name for case in CASES])
def test_fixture_facts(case: Path):
    source = next(case.glob("input.*"))
    result = pagetidy.clean(source.read_bytes(), source=str(source))
    check_facts(result, json.loads((case / "expected.json").read_text(encoding="utf-8")))


EXAMPLE = Path(__file__).parents[1] / "examples" / "korea_daily_style.txt"


def test_shipped_example_cleans_as_documented():
    result = pagetidy.clean(EXAMPLE.read_bytes(), source=str(EXAMPLE))
    assert to_text(result) == EXAMPLE.with_name("korea_daily_style.expected.txt").read_text(
        encoding="utf-8"
    )


def test_there_are_enough_fixtures():
    assert len(CASES) >= 8
