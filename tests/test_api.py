"""The Python API: pagetidy.clean(...) options, the typed result, purity, the JSON schema."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest

import pagetidy
from pagetidy.write import json_schema, to_json, to_json_dict, to_markdown, to_text
from tests.conftest import FIXTURES

CASES = sorted(FIXTURES.glob("*/input.*"))


def test_result_is_frozen_and_exposes_the_facts():
    article = pagetidy.clean("Home > News > World\n\nA fine day for the council to meet.\n")
    assert article.text == "A fine day for the council to meet."
    assert article.section == ("News", "World")
    assert [(r.filter, r.text) for r in article.removed] == [("breadcrumb", "Home > News > World")]
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.kept = ()  # type: ignore[misc]


@pytest.mark.parametrize("source", CASES, ids=[path.parent.name for path in CASES])
def test_to_dict_is_the_json_output_and_validates(source: Path):
    article = pagetidy.clean(source.read_bytes(), source=str(source))
    assert json.loads(to_json(article)) == article.to_dict()
    jsonschema.validate(article.to_dict(), json.loads(json_schema()))
    for key in ("title", "site_name", "published", "byline", "text", "language"):
        assert getattr(article, key) == article.to_dict()[key]


def test_schema_rejects_a_wrong_document():
    schema = json.loads(json_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"schema_version": 1}, schema)
    jsonschema.Draft202012Validator.check_schema(schema)


def test_clean_is_pure_a_b_a():
    first, second = (FIXTURES / "cookie_banner" / "input.txt"), CASES[0]
    a = pagetidy.clean(first.read_bytes(), drop=["Skip to content"], favor="recall")
    pagetidy.clean(second.read_bytes(), skip=["span"], keep=["Subscribe"])
    assert pagetidy.clean(first.read_bytes(), drop=["Skip to content"], favor="recall") == a


def test_options_change_the_result():
    page = (FIXTURES / "cookie_banner" / "input.txt").read_bytes()
    default = pagetidy.clean(page)
    assert "Home › News › Transport" not in default.text
    skipped = pagetidy.clean(page, only=["breadcrumb"])
    assert {drop.filter for drop in skipped.drops} == {"breadcrumb"}
    with pytest.raises(pagetidy.ConfigError, match="unknown filter"):
        pagetidy.clean(page, skip=["nope"])
    with pytest.raises(pagetidy.ConfigError, match=r"filters\.span\.gap_cost: expected a number"):
        pagetidy.clean(page, settings={"span": {"gap_cost": "x"}})


def test_no_captions_drops_them_from_the_text_but_keeps_the_fact():
    source = FIXTURES / "repeated_captions" / "input.txt"
    with_captions = pagetidy.clean(source.read_bytes())
    assert with_captions.captions
    without = pagetidy.clean(source.read_bytes(), captions=False)
    assert without.captions == with_captions.captions
    assert all(caption not in without.text for caption in without.captions)
    assert "captions" in {r.filter for r in without.removed if r.text in without.captions}


@pytest.mark.parametrize(
    ("story", "banner", "label", "recipe"),
    [
        (
            "The new bridge opens to walkers and cyclists next spring, the council said today.",
            "We use cookies to improve your experience. Accept cookies or manage cookie settings",
            "Advertisement",
            "Bake the cookies for twelve minutes, then let them cool on the tray before serving.",
        ),
        (
            "Die neue Brücke öffnet im Frühjahr für Fußgänger und Radfahrer, sagte die Stadt.",
            "Wir verwenden Cookies. Mit Alle akzeptieren stimmen Sie der Datenschutzerklärung zu.",
            "Anzeige",
            "Die Cookies zwölf Minuten backen und dann auf dem Blech abkühlen lassen, bitte sehr.",
        ),
    ],
)
def test_html_pages_lose_cookie_banners_and_bare_labels_in_their_main_text(
    story: str, banner: str, label: str, recipe: str
) -> None:
    html = (
        f"<html><body><main><p>{story}</p><p>{label}</p><p>{story} Two.</p>"
        f"<div><p>{banner}</p></div><p>{story} Three.</p></main></body></html>"
    )
    result = pagetidy.clean(html, input_format="html")
    dropped = {result.page.blocks[drop.index].text: drop.filter for drop in result.drops}
    assert dropped == {banner: "banner", label: "label"}
    html = f"<html><body><main><p>{recipe}</p><p>{story}</p></main></body></html>"
    assert recipe in pagetidy.clean(html, input_format="html").text  # a recipe's cookies stay


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "Boils one litre in three minutes",
            "A sturdy steel kettle that boils a litre of water in under three minutes, quietly.",
        ),
        (
            "Kocht einen Liter in drei Minuten",
            "Ein robuster Wasserkocher aus Stahl, der einen Liter in unter drei Minuten kocht.",
        ),
    ],
)
def test_a_shops_second_copy_of_a_line_goes_but_an_articles_stays(line: str, story: str) -> None:
    body = f"<body><main><h1>Kettle</h1><p>{line}</p><p>{story}</p><p>{line}</p></main></body>"
    product = pagetidy.clean(
        f"<html><head><meta property='og:type' content='product'></head>{body}</html>",
        input_format="html",
    )
    assert product.text.count(line) == 1
    assert story in product.text
    assert [drop.filter for drop in product.drops if drop.filter != "headline"] == ["repeat"]
    article = pagetidy.clean(
        f"<html><head><meta property='og:type' content='article'></head>{body}</html>",
        input_format="html",
    )
    assert article.text.count(line) == 2


@pytest.mark.parametrize(
    ("name", "about"),
    [
        ("Steel Kettle", "A sturdy steel kettle that boils a litre of water in three minutes."),
        ("Wasserkocher aus Stahl", "Ein robuster Wasserkocher, der einen Liter schnell kocht."),
    ],
)
def test_a_product_page_keeps_its_name_in_its_text_and_prints_it_once(
    name: str, about: str
) -> None:
    def page(kind: str) -> str:
        return (
            f"<html><head><meta property='og:type' content='{kind}'><title>{name}</title></head>"
            f"<body><main><h1>{name}</h1><p>{about}</p></main></body></html>"
        )

    product = pagetidy.clean(page("product"), input_format="html")
    assert product.text == f"{name}\n\n{about}"
    assert to_text(product) == f"{name}\n\n{about}\n"
    assert to_markdown(product).endswith(f"# {name}\n\n{about}\n")
    article = pagetidy.clean(page("article"), input_format="html")
    assert article.text == about
    assert to_text(article) == f"{name}\n\n{about}\n"


@pytest.mark.parametrize(
    ("prompt", "post"),
    [
        (
            "Log in or sign up to reply",
            "Restarting the router fixed it for me, thanks for the tip.",
        ),
        (
            "Anmelden oder registrieren, um zu antworten",
            "Ein Neustart des Routers hat bei mir geholfen.",
        ),
    ],
)
def test_a_threads_login_prompt_goes_but_an_articles_stays(prompt: str, post: str) -> None:
    def page(kind: str) -> str:
        return (
            f"<html><head><meta property='og:type' content='{kind}'></head><body><main>"
            f"<p>{post}</p><p>{prompt}</p><p>{post} Two.</p></main></body></html>"
        )

    forum = pagetidy.clean(
        page("website").replace(
            "<main>", "<main itemscope itemtype='https://schema.org/DiscussionForumPosting'>"
        ),
        input_format="html",
    )
    assert prompt not in forum.text
    assert post in forum.text
    article = pagetidy.clean(page("article"), input_format="html")
    assert prompt in article.text


@pytest.mark.parametrize("indent", [None, 2, 4])
def test_to_json_writes_what_json_dumps_writes(indent: int | None) -> None:
    page = (
        "<html><head><title>Ünïcode “quotes” \u2028 and \\ slashes</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/b'>Blog</a></nav>"
        "<article><h1>Ein Titel</h1><p>Erster Absatz mit \"Zitat\" und Tab\tEnde, lang genug "
        "um zu zählen, und noch mehr Text hier.</p><p>Second paragraph, 北京 and emoji 🙂.</p>"
        "</article><footer>© 2025 Site</footer></body></html>"
    )
    result = pagetidy.clean(page, input_format="html")
    expected = json.dumps(to_json_dict(result), ensure_ascii=False, indent=indent) + "\n"
    assert to_json(result, indent=indent) == expected


def test_clean_leaves_the_cycle_collector_as_it_found_it() -> None:
    import gc

    assert gc.isenabled()
    pagetidy.clean("<p>Hello there, world.</p>", input_format="html")
    assert gc.isenabled()
    gc.disable()
    try:
        pagetidy.clean("<p>Hello there, world.</p>", input_format="html")
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(pagetidy.InputError):
        pagetidy.clean(b"\x00\x01\x02" * 100, input_format="text")
    assert gc.isenabled()
