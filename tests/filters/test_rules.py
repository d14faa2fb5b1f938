"""The user's rules: literal and regex drops, site scoping, and the keep guard."""

from __future__ import annotations

from pagetidy.filters.rules import USER_PATTERN, Rule, Rules, page_sites
from pagetidy.model import Page
from tests.conftest import drops_of, kept_by, page_from_lines

PAGE = page_from_lines(
    "Sponsored content",
    "The council met on Monday and agreed to close the plant.",
    "Anzeige",
    "Advertisement: buy more boats",
)


def test_literal_rule_drops_the_whole_line_only():
    rules = Rules(drop=(Rule("sponsored  CONTENT"), Rule("council")))
    assert drops_of(rules, PAGE) == {"Sponsored content": USER_PATTERN}


def test_regex_rule_searches_anywhere():
    rules = Rules(drop=(Rule(r"^(Anzeige|Advertisement\b)", regex=True),))
    assert drops_of(rules, PAGE) == {
        "Anzeige": USER_PATTERN,
        "Advertisement: buy more boats": USER_PATTERN,
    }


def test_no_rules_keeps_everything():
    assert kept_by(Rules(), PAGE) == [block.text for block in PAGE.blocks]


def test_site_rule_applies_only_to_that_site():
    rule = Rule("Anzeige", site="example.de")
    assert drops_of(Rules(drop=(rule,)), PAGE) == {}
    on_site = Page("https://news.example.de/a/1.html", "text", PAGE.blocks)
    assert rule.applies_to(page_sites(on_site))
    masthead = page_from_lines("Harbour City Herald", "Anzeige")
    assert drops_of(Rules(drop=(Rule("Anzeige", site="Harbour City Herald"),)), masthead) == {
        "Anzeige": USER_PATTERN
    }


def test_keep_rule_guards_matching_blocks():
    rules = Rules(keep=(Rule(r"^Advertisement", regex=True),))
    assert rules.guarded(PAGE) == frozenset({3})
