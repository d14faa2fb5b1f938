"""Configuration files: find ``pagetidy.toml`` (or ``[tool.pagetidy]``), read and check it.

A configuration file is found in the current folder or the nearest parent that has
``pagetidy.toml``, or a ``pyproject.toml`` with a ``[tool.pagetidy]`` table (the first
found wins; ``pagetidy.toml`` wins in the same folder). Its keys:

- ``skip``, ``only`` (lists of filter names), ``favor`` (``balanced``, ``precision`` or
  ``recall``), ``captions`` (true or false);
- ``[filters.NAME]`` tables of settings (``[filters.span] gap_cost = 0.6``);
- ``[rules]`` with ``drop`` and ``keep`` lists: each item a string (a literal line) or a
  table ``{pattern = "...", regex = true, site = "example.com"}``;
- any other key is a command-line option's default (``format = "json"``); the caller
  names those it accepts.

Every mistake raises ``ConfigError(path, "key: what was expected")``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, cast

from pagetidy.config import FAVORS, Config, Favor, check_names, check_settings, check_value
from pagetidy.errors import ConfigError
from pagetidy.filters.rules import Rule

CONFIG_NAME: Final = "pagetidy.toml"
PYPROJECT: Final = "pyproject.toml"
LIBRARY_KEYS: Final = ("skip", "only", "favor", "captions", "filters", "rules")
RULE_KEYS: Final = ("pattern", "regex", "site")


@dataclass(frozen=True, slots=True)
class ConfigFile:
    """A checked configuration file: the Config it gives, option defaults, where each came."""

    path: str
    config: Config = field(default_factory=Config)
    options: tuple[tuple[str, object], ...] = ()
    """Command-line option defaults (``("format", "json")``), names with underscores."""
    keys: frozenset[str] = frozenset()
    """Dotted keys the file sets (``skip``, ``filters.span.gap_cost``, ``rules.drop``)."""


def has_table(path: Path) -> bool:
    """Is this a ``pagetidy.toml``, or a ``pyproject.toml`` with ``[tool.pagetidy]``?"""
    if path.name == CONFIG_NAME:
        return path.is_file()
    try:
        return "pagetidy" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def find_config(start: Path) -> Path | None:
    """The configuration file that applies in ``start``: there, or in its nearest parent."""
    for folder in (start, *start.parents):
        for candidate in (folder / CONFIG_NAME, folder / PYPROJECT):
            if candidate.is_file() and has_table(candidate):
                return candidate
    return None


def read_table(path: Path) -> dict[str, object]:
    """The pagetidy table of a configuration file (all of ``pagetidy.toml``)."""
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(where, "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(where, f"cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(where, f"not valid TOML: {error}") from None
    if path.name == PYPROJECT:
        tool = data.get("tool", {})
        table = tool.get("pagetidy", {}) if isinstance(tool, dict) else {}
        if not isinstance(table, dict):
            raise ConfigError(where, "tool.pagetidy: expected a table")
        return cast(dict[str, object], table)
    return data


def string_list(where: str, key: str, value: object) -> list[str]:
    """``value`` as a list of strings, or ConfigError."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(where, f"{key}: expected a list of strings, got {value!r}")
    return cast(list[str], value)


def read_rule(where: str, key: str, item: object) -> Rule:
    """One rule: a string (literal) or a table with pattern, regex and site."""
    if isinstance(item, str):
        item = {"pattern": item}
    if not isinstance(item, dict):
        raise ConfigError(where, f"{key}: expected a string or a table, got {item!r}")
    for name in item:
        if name not in RULE_KEYS:
            raise ConfigError(
                where, f"{key}.{name}: unknown key; expected one of: {', '.join(RULE_KEYS)}"
            )
    pattern = check_value(where, f"{key}.pattern", item.get("pattern"), "")
    regex = check_value(where, f"{key}.regex", item.get("regex", False), False)
    site = check_value(where, f"{key}.site", item.get("site", ""), "")
    if not str(pattern).strip():
        raise ConfigError(where, f"{key}.pattern: expected a non-empty string")
    if regex:
        try:
            re.compile(str(pattern))
        except re.error as error:
            reason = f"{key}.pattern: not a valid regular expression: {error}"
            raise ConfigError(where, reason) from None
    return Rule(str(pattern), bool(regex), str(site))


def read_rules(where: str, value: object) -> tuple[tuple[Rule, ...], tuple[Rule, ...], set[str]]:
    """The ``[rules]`` table: drop rules, keep rules, and the keys it set."""
    if not isinstance(value, dict):
        raise ConfigError(where, f"rules: expected a table with drop and keep, got {value!r}")
    lists: dict[str, tuple[Rule, ...]] = {"drop": (), "keep": ()}
    for key, items in value.items():
        if key not in lists:
            raise ConfigError(where, f"rules.{key}: unknown key; expected one of: drop, keep")
        if not isinstance(items, list):
            raise ConfigError(where, f"rules.{key}: expected a list of strings or tables")
        lists[key] = tuple(
            read_rule(where, f"rules.{key}[{number}]", item) for number, item in enumerate(items)
        )
    return lists["drop"], lists["keep"], {f"rules.{key}" for key in value}


def parse_table(
    table: Mapping[str, object], where: str, option_names: Collection[str] = ()
) -> ConfigFile:
    """Check a pagetidy table; ``option_names`` are the command-line defaults it may set."""
    keys: set[str] = set()
    options: list[tuple[str, object]] = []
    config = Config()
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        if key in ("skip", "only"):
            names = check_names(where, key, string_list(where, key, value))
            config = replace_config(config, **{key: names})
        elif key == "favor":
            if value not in FAVORS:
                expected = ", ".join(FAVORS)
                raise ConfigError(where, f"favor: expected one of {expected}, got {value!r}")
            config = replace_config(config, favor=cast(Favor, value))
        elif key == "captions":
            config = replace_config(config, captions=bool(check_value(where, key, value, True)))
        elif key == "filters":
            if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
                raise ConfigError(where, "filters: expected tables such as [filters.span]")
            settings = check_settings(where, value)
            config = replace_config(config, settings=settings)
            keys.update(f"filters.{name}.{k}" for name, pairs in settings for k, _ in pairs)
            continue
        elif key == "rules":
            drop, keep, rule_keys = read_rules(where, value)
            config = replace_config(config, drop_rules=drop, keep_rules=keep)
            keys.update(rule_keys)
            continue
        elif key in option_names:
            options.append((key, value))
        else:
            valid = sorted({*LIBRARY_KEYS, *option_names})
            raise ConfigError(where, f"{raw_key}: unknown key; expected one of: {', '.join(valid)}")
        keys.add(key)
    return ConfigFile(where, config, tuple(options), frozenset(keys))


def replace_config(config: Config, **changes: object) -> Config:
    """``config`` with some fields changed (checked again by Config itself)."""
    from dataclasses import replace

    return replace(config, **changes)  # type: ignore[arg-type]  # values checked by callers


def load_config(path: Path, option_names: Collection[str] = ()) -> ConfigFile:
    """Read and check one configuration file."""
    return parse_table(read_table(path), str(path), option_names)
