"""Descriptions for people: the filter list (``pagetidy filters``) and the effective
configuration with the origin of each value (``pagetidy config``), as plain text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Final

from pagetidy.config import ALL_FILTERS, OFF_BY_DEFAULT, PRESETS, Config, filter_settings
from pagetidy.filters.base import Filter
from pagetidy.filters.rules import Rule

DEFAULT_ORIGIN: Final = "default"
COMMENT_COLUMN: Final = 40


def purpose(each: Filter) -> str:
    """The first line of a filter's docstring: its one-line purpose."""
    lines = (type(each).__doc__ or "").strip().splitlines()
    return lines[0].strip() if lines else ""


def toml_value(value: object) -> str:
    """A value as TOML: strings quoted, booleans lower-case, lists and rules inline.

    >>> toml_value(["span", "toolbar"]), toml_value(True), toml_value(Rule("Ad", site="x.com"))
    ('["span", "toolbar"]', 'true', '{pattern = "Ad", regex = false, site = "x.com"}')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Rule):
        return (
            f"{{pattern = {toml_value(value.pattern)}, regex = {toml_value(value.regex)}, "
            f"site = {toml_value(value.site)}}}"
        )
    if isinstance(value, list | tuple | frozenset | set):
        items = sorted(value) if isinstance(value, frozenset | set) else value
        return "[" + ", ".join(toml_value(item) for item in items) + "]"
    return repr(value)


def describe_filters(config: Config | None = None) -> str:
    """Every filter in pipeline order: name, on/off, purpose, settings and their defaults.

    With a ``config``, a setting it changes shows the value in use beside the default,
    and a filter it turns off says so.
    """
    config = config or Config()
    configured = {each.name: each for each in config.filters()}
    lines = []
    for each in ALL_FILTERS:
        default = "off" if each.name in OFF_BY_DEFAULT else "on"
        state = f"{default} by default"
        if each.name not in configured and default == "on":
            state += "; off in this configuration"
        elif each.name in configured and default == "off":
            state += "; on in this configuration"
        lines.append(f"{each.name} ({state})")
        lines.append(f"  {purpose(each)}")
        used = filter_settings(configured.get(each.name, each))
        for key, value in filter_settings(each).items():
            shown = f"  {key} = {toml_value(value)}"
            if used.get(key, value) != value:
                shown = f"  {key} = {toml_value(used[key])}  (default {toml_value(value)})"
            lines.append(shown)
        if each.name == "rules":
            lines.append("  drop = []  keep = []  (set in the [rules] table of the configuration)")
    return "\n".join(lines) + "\n"


def commented(line: str, origin: str) -> str:
    """``line`` with ``# origin`` aligned after it."""
    return f"{line.ljust(COMMENT_COLUMN - 1)} # {origin}"


def describe_config(
    config: Config,
    origins: Mapping[str, str],
    options: Sequence[tuple[str, object, str]] = (),
    source: str | None = None,
) -> str:
    """The effective configuration as TOML, each value followed by where it came from.

    ``origins`` maps dotted keys (``skip``, ``filters.span.gap_cost``, ``rules.drop``) to
    a file name or ``command line``; keys not in it are defaults (or the ``favor`` preset).
    ``options`` are command-line option defaults: ``(key, value, origin)``.
    """
    lines = [f"# configuration file: {source or 'none'}", ""]

    def origin(key: str) -> str:
        return origins.get(key, DEFAULT_ORIGIN)

    top: list[tuple[str, object]] = [
        ("skip", config.skip),
        ("only", config.only),
        ("favor", config.favor),
        ("captions", config.captions),
    ]
    lines += [commented(f"{key} = {toml_value(value)}", origin(key)) for key, value in top]
    lines += [commented(f"{key} = {toml_value(value)}", where) for key, value, where in options]
    for each in ALL_FILTERS:
        defaults = filter_settings(each)
        if not defaults:
            continue
        lines += ["", f"[filters.{each.name}]"]
        overrides = config.overrides(each.name)
        preset = PRESETS[config.favor].get(each.name, {})
        for key, value in defaults.items():
            dotted = f"filters.{each.name}.{key}"
            where = origin(dotted)
            if dotted not in origins and key in preset:
                where = f"favor = {config.favor!r}"
            lines.append(commented(f"{key} = {toml_value(overrides.get(key, value))}", where))
    lines += ["", "[rules]"]
    for key, rules in (("drop", config.drop_rules), ("keep", config.keep_rules)):
        lines.append(commented(f"{key} = {toml_value(rules)}", origin(f"rules.{key}")))
    return "\n".join(lines) + "\n"
