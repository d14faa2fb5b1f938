import pagetidy
from pagetidy.read.depth import MAX_DEPTH, cap_depth


def test_normal_pages_are_returned_unchanged():
    page = (
        "<html><body>"
        + "<div><p>Para <b>bold</b></p><ul><li>a<li>b</ul></div>" * 5000
        + "</body></html>"
    )
    assert cap_depth(page) is page


def test_deep_nesting_is_capped_and_the_text_kept():
    deep = "<div>" * 50_000 + "<p>Deep text, officials said.</p>" + "</div>" * 50_000
    capped = cap_depth(deep)
    assert capped.count("<div>") == MAX_DEPTH
    assert "<p>Deep text, officials said.</p>" in capped


def test_unclosed_optional_tags_do_not_count_as_depth():
    page = "<ul>" + "<li>item" * 30_000 + "</ul>"
    assert cap_depth(page) is page


def test_deeply_nested_page_cleans_with_its_text():
    deep = (
        "<html><body>"
        + "<section>" * 40_000
        + "<p>The council met on Monday and agreed to act.</p>"
    )
    result = pagetidy.clean(deep + "</section>" * 40_000 + "</body></html>")
    assert "The council met on Monday and agreed to act." in result.text
