"""The cleaning configuration: which filters run, their settings, presets and user rules.

``Config`` is frozen and holds only names and values; :meth:`Config.filters` builds the
pipeline from it. Every filter is a frozen dataclass whose fields are its settings, so a
setting is changed with ``dataclasses.replace`` and new filters need no code here.

Presets (``favor``) are field overrides per filter, applied before the user's own
settings:

- ``precision``: cut more eagerly (less chrome gets through, an edge paragraph may go);
- ``balanced``: the defaults;
- ``recall``: cut more carefully (every sentence stays, a little chrome may stay too).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal, get_args

from pagetidy.errors import ConfigError
from pagetidy.filters.base import Filter
from pagetidy.filters.rules import Rule, Rules
from pagetidy.pipeline import DEFAULT_FILTERS

Favor = Literal["balanced", "precision", "recall"]
FAVORS: Final[tuple[str, ...]] = get_args(Favor)
Value = bool | int | float | str
"""A filter setting's value: the type of the field's default."""
Settings = tuple[tuple[str, tuple[tuple[str, Value], ...]], ...]
"""Per-filter field values: ``(("span", (("gap_cost", 0.6),)),)``."""

ALL_FILTERS: Final[tuple[Filter, ...]] = (Rules(), *DEFAULT_FILTERS)
"""Every filter in pipeline order: the user's rules first, then the default pipeline."""
OFF_BY_DEFAULT: Final = frozenset(("rules",))
"""Filters that do nothing until configured (the rules filter needs rules)."""

PRESETS: Final[Mapping[str, Mapping[str, Mapping[str, Value]]]] = {
    "balanced": {},
    "precision": {
        "span": {"gap_cost": 0.8},
        "context": {"max_words": 35, "heading_words": 8},
        "toolbar": {"max_words": 18},
        "breadcrumb": {"max_segment_words": 8},
        "prompt": {"max_words": 20},
        "banner": {"max_words": 100},
        "related": {"max_item_words": 40},
        "repeat": {"min_words": 3},
        "footer": {"min_prose_before": 0.5},
        "comments": {"min_prose_before": 0.5},
    },
    "recall": {
        "span": {"gap_cost": 0.3},
        "context": {"max_words": 15, "heading_words": 4},
        "toolbar": {"max_words": 10},
        "breadcrumb": {"max_segment_words": 4},
        "prompt": {"max_words": 12},
        "banner": {"max_words": 60},
        "related": {"max_item_words": 20},
        "repeat": {"min_words": 8},
        "footer": {"min_prose_before": 0.7},
        "comments": {"min_prose_before": 0.7},
    },
}
"""Field overrides per filter for each ``favor`` preset (a filter not named keeps its own)."""


def filter_names(filters: Iterable[Filter] = ALL_FILTERS) -> tuple[str, ...]:
    """The names of ``filters``, in order."""
    return tuple(each.name for each in filters)


def filter_settings(each: Filter) -> dict[str, Value]:
    """A filter's settings (its dataclass fields) and their current values."""
    if not hasattr(each, "__dataclass_fields__"):
        return {}  # a hand-written filter that is not a dataclass has no settings
    fields = dataclasses.fields(each)  # type: ignore[arg-type]  # a dataclass: checked above
    values = {field.name: getattr(each, field.name) for field in fields}
    return {name: value for name, value in values.items() if isinstance(value, Value)}


def check_value(where: str, key: str, value: object, default: Value) -> Value:
    """``value`` as the type of ``default``, or ConfigError naming ``key`` and the type."""
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        expected = "true or false"
    elif isinstance(default, int):
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        expected = "a whole number"
    elif isinstance(default, float):
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        expected = "a number"
    else:
        if isinstance(value, str):
            return value
        expected = "a string"
    raise ConfigError(where, f"{key}: expected {expected}, got {value!r}")


def check_names(where: str, key: str, names: Iterable[str]) -> frozenset[str]:
    """``names`` as a set, or ConfigError naming the first unknown filter and the valid ones."""
    valid = filter_names()
    for name in names:
        if name not in valid:
            raise ConfigError(
                where, f"{key}: unknown filter {name!r}; expected one of: {', '.join(valid)}"
            )
    return frozenset(names)


def check_settings(where: str, settings: Mapping[str, Mapping[str, object]]) -> Settings:
    """Validate per-filter settings against the filters' fields; return them as tuples."""
    by_name = {each.name: each for each in ALL_FILTERS}
    checked = []
    for name, values in settings.items():
        check_names(where, "filters", [name])
        fields = filter_settings(by_name[name])
        pairs = []
        for key, value in values.items():
            if key not in fields:
                expected = ", ".join(fields) or "nothing (this filter has no settings)"
                raise ConfigError(
                    where, f"filters.{name}.{key}: unknown setting; expected one of: {expected}"
                )
            pairs.append((key, check_value(where, f"filters.{name}.{key}", value, fields[key])))
        checked.append((name, tuple(pairs)))
    return tuple(checked)


@dataclass(frozen=True, slots=True)
class Config:
    """How to clean: filters skipped or chosen, preset, per-filter settings, user rules.

    >>> [each.name for each in Config(only=frozenset({"breadcrumb", "span"})).filters()]
    ['breadcrumb', 'span']
    >>> [e.gap_cost for e in Config(favor="recall").filters() if e.name == "span"]
    [0.3]
    """

    skip: frozenset[str] = frozenset()
    only: frozenset[str] = frozenset()
    favor: Favor = "balanced"
    captions: bool = True
    """False: caption blocks are dropped from the text (filter ``captions``)."""
    settings: Settings = ()
    drop_rules: tuple[Rule, ...] = ()
    keep_rules: tuple[Rule, ...] = ()

    def __post_init__(self) -> None:
        check_names("configuration", "skip", self.skip)
        check_names("configuration", "only", self.only)
        if self.favor not in FAVORS:
            raise ConfigError(
                "configuration", f"favor: expected one of {', '.join(FAVORS)}, got {self.favor!r}"
            )

    def enabled(self, name: str) -> bool:
        """Does the filter called ``name`` run under this configuration?"""
        return name not in self.skip and (not self.only or name in self.only)

    def overrides(self, name: str) -> dict[str, Value]:
        """The field values set for one filter: the preset's, then the user's."""
        values = dict(PRESETS[self.favor].get(name, {}))
        for each, pairs in self.settings:
            if each == name:
                values.update(pairs)
        return values

    def filters(self, base: Sequence[Filter] = DEFAULT_FILTERS) -> tuple[Filter, ...]:
        """The pipeline: the rules filter (when there are rules) then ``base``, configured.

        Remembered per configuration and ``base`` (by identity): a batch asks once per
        page, and configuring costs about 30 us.
        """
        key = (self, id(base))
        known = _CHAINS.get(key)
        if known is not None and known[0] is base:
            return known[1]
        chain = self.configure(base)
        if len(_CHAINS) >= MAX_CHAINS:
            _CHAINS.clear()
        _CHAINS[key] = (base, chain)
        return chain

    def configure(self, base: Sequence[Filter]) -> tuple[Filter, ...]:
        """``filters`` without the memory: ``base`` with this configuration applied."""
        chain: list[Filter] = []
        if self.drop_rules or self.keep_rules:
            chain.append(Rules(drop=self.drop_rules, keep=self.keep_rules))
        chain.extend(base)
        result = []
        for each in chain:
            if not self.enabled(each.name):
                continue
            fields = filter_settings(each)
            values = {
                key: value for key, value in self.overrides(each.name).items() if key in fields
            }
            result.append(dataclasses.replace(each, **values) if values else each)  # type: ignore[type-var]
        return tuple(result)


def make_config(
    *,
    skip: Iterable[str] = (),
    only: Iterable[str] = (),
    favor: Favor = "balanced",
    captions: bool = True,
    settings: Mapping[str, Mapping[str, object]] | None = None,
    drop: Iterable[str | Rule] = (),
    keep: Iterable[str | Rule] = (),
) -> Config:
    """A Config from plain Python values; strings in ``drop``/``keep`` are literal rules."""
    return Config(
        skip=frozenset(skip),
        only=frozenset(only),
        favor=favor,
        captions=captions,
        settings=check_settings("settings", settings or {}),
        drop_rules=tuple(Rule(rule) if isinstance(rule, str) else rule for rule in drop),
        keep_rules=tuple(Rule(rule) if isinstance(rule, str) else rule for rule in keep),
    )


DEFAULT_CONFIG: Final = Config()
MAX_CHAINS: Final = 64
"""Configured pipelines remembered (then the memory restarts)."""
_CHAINS: dict[tuple[Config, int], tuple[Sequence[Filter], tuple[Filter, ...]]] = {}
"""(configuration, id of the base pipeline) -> the base (kept alive) and its pipeline."""
