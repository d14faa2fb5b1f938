"""Config: skip/only, presets, per-filter settings, config files and their errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pagetidy.config import ALL_FILTERS, PRESETS, Config, filter_names, make_config
from pagetidy.config_file import find_config, load_config
from pagetidy.errors import ConfigError
from pagetidy.pipeline import DEFAULT_FILTERS, FILTER_NAMES


def test_default_config_runs_the_default_pipeline():
    assert Config().filters() == DEFAULT_FILTERS


def test_skip_and_only():
    assert "span" not in filter_names(Config(skip=frozenset({"span"})).filters())
    assert filter_names(Config(only=frozenset({"span", "toolbar"})).filters()) == (
        "toolbar",
        "span",
    )


def test_unknown_filter_name_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown filter 'spam'; expected one of: rules"):
        Config(skip=frozenset({"spam"}))


@pytest.mark.parametrize("favor", list(PRESETS))
def test_every_preset_names_real_filters_and_fields(favor: str):
    by_name = {each.name: each for each in ALL_FILTERS}
    for name, values in PRESETS[favor].items():
        assert name in by_name, name
        fields = {field.name: field for field in dataclasses.fields(by_name[name])}  # type: ignore[arg-type]
        for key, value in values.items():
            assert key in fields, f"{name}.{key}"
            assert type(value) is type(getattr(by_name[name], key))


def test_user_settings_win_over_the_preset():
    config = make_config(favor="precision", settings={"span": {"gap_cost": 0.6}})
    span = next(each for each in config.filters() if each.name == "span")
    assert span.gap_cost == 0.6  # type: ignore[attr-defined]


def test_rules_filter_runs_first_only_when_there_are_rules():
    assert filter_names(make_config(drop=["Anzeige"]).filters())[0] == "rules"
    assert "rules" not in filter_names(Config().filters())
    assert filter_names(ALL_FILTERS) == ("rules", *FILTER_NAMES)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_file_sets_everything(tmp_path: Path):
    path = write(
        tmp_path / "pagetidy.toml",
        'skip = ["toolbar"]\nfavor = "recall"\ncaptions = false\nformat = "json"\n'
        "[filters.span]\ngap_cost = 1\n"
        '[rules]\ndrop = ["Anzeige", {pattern = "^Ad", regex = true, site = "example.com"}]\n'
        'keep = ["Editor\'s note"]\n',
    )
    loaded = load_config(path, option_names={"format"})
    config = loaded.config
    assert config.skip == {"toolbar"}
    assert (config.favor, config.captions) == ("recall", False)
    assert config.settings == (("span", (("gap_cost", 1.0),)),)
    assert [rule.pattern for rule in config.drop_rules] == ["Anzeige", "^Ad"]
    assert config.drop_rules[1].regex and config.drop_rules[1].site == "example.com"
    assert loaded.options == (("format", "json"),)
    assert {"skip", "filters.span.gap_cost", "rules.drop", "rules.keep"} <= loaded.keys


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("skip = [", "not valid TOML"),
        ("colour = 1", "colour: unknown key; expected one of: captions, favor, filters"),
        ("skip = ['spam']", "skip: unknown filter 'spam'"),
        ("skip = 'span'", "skip: expected a list of strings"),
        ("favor = 'speed'", "favor: expected one of balanced, precision, recall"),
        ("[filters.span]\ngap_cost = 'big'", "filters.span.gap_cost: expected a number"),
        ("[filters.span]\ncost = 1", "filters.span.cost: unknown setting; expected one of: gap_"),
        ("[filters.toolbar]\nmax_words = 1.5", "filters.toolbar.max_words: expected a whole"),
        ("[rules]\ndrop = [{pattern = '(', regex = true}]", "rules.drop[0].pattern: not a valid"),
        ("[rules]\nhide = []", "rules.hide: unknown key; expected one of: drop, keep"),
    ],
)
def test_bad_config_names_file_key_and_expectation(tmp_path: Path, text: str, message: str):
    path = write(tmp_path / "pagetidy.toml", text)
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert error.value.path == str(path)
    assert message in error.value.reason


def test_found_in_a_parent_or_in_pyproject(tmp_path: Path):
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) is None
    write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(deep) is None
    pyproject = write(tmp_path / "pyproject.toml", "[tool.pagetidy]\nskip = ['span']\n")
    assert find_config(deep) == pyproject
    assert load_config(pyproject).config.skip == {"span"}
    nearer = write(tmp_path / "a" / "pagetidy.toml", "")
    assert find_config(deep) == nearer
