"""Command-line wiring for configuration: the options that choose filters and presets,
config-file loading, ``--explain``, and the ``filters`` and ``config`` commands.

Click only: the logic lives in ``config.py``, ``config_file.py``, ``catalog.py`` and
``explain.py``. ``settings_options`` wraps a command: it loads the configuration file,
fills every option the user did not give from it, builds the ``Config`` and leaves it
in ``ctx.meta`` (see :func:`current_settings`) so the command body stays unchanged.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final, ParamSpec, TypeVar

import click
from click.core import ParameterSource

from pagetidy.catalog import describe_config, describe_filters
from pagetidy.config import FAVORS, Config, filter_names
from pagetidy.config_file import ConfigFile, find_config, load_config
from pagetidy.errors import ConfigError

P = ParamSpec("P")
R = TypeVar("R")
META_KEY: Final = "pagetidy.settings"
COMMAND_LINE: Final = "command line"
USAGE_STATUS: Final = 2
OWN_KEYS: Final = ("config", "no_config", "skip", "only", "favor", "no_captions")
"""Options resolved into ``Config`` (a file sets them as library keys: skip, captions...)."""
NOT_SETTABLE: Final = frozenset(("output", "traceback", "help", "version", *OWN_KEYS))
"""Options a configuration file cannot set a default for."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What the configuration options resolved to, for the command body."""

    config: Config = field(default_factory=Config)
    explain: bool = False
    source: str | None = None
    """The configuration file used, or None."""
    origins: dict[str, str] = field(default_factory=dict)


def fail(message: str) -> None:
    """One ``pagetidy: error:`` line on stderr, then exit with the usage status."""
    click.echo(f"pagetidy: error: {message}", err=True)
    sys.exit(USAGE_STATUS)


def option_key(param: click.Parameter) -> str:
    """The configuration key of an option: its long name with underscores (``max_bytes``)."""
    longs = [opt for opt in param.opts if opt.startswith("--")]
    return (max(longs, key=len)[2:] if longs else str(param.name)).replace("-", "_")


def settable(command: click.Command | None) -> dict[str, click.Option]:
    """The options of ``command`` a configuration file may give defaults for, by key."""
    if command is None:
        return {}
    options = [p for p in command.params if isinstance(p, click.Option) and p.name]
    return {option_key(p): p for p in options if p.name not in NOT_SETTABLE}


def clean_command(ctx: click.Context) -> click.Command | None:
    """The ``clean`` command, whose options a configuration file sets defaults for."""
    root = ctx.find_root().command
    return root.commands.get("clean") if isinstance(root, click.Group) else None


def load(ctx: click.Context, path: Path | None, no_config: bool) -> ConfigFile | None:
    """The configuration file to use: ``--config``, else the one found from the cwd."""
    if no_config:
        return None
    found = path or find_config(Path.cwd())
    if found is None:
        return None
    return load_config(found, settable(clean_command(ctx)))


def file_option(
    ctx: click.Context, where: str, param: click.Option, key: str, value: object
) -> object:
    """A file's value for an option, converted by the option's own type."""
    try:
        return param.type_cast_value(ctx, value)
    except click.BadParameter as error:
        raise ConfigError(where, f"{key}: {error.message}") from None


def resolve(ctx: click.Context, kwargs: dict[str, object]) -> Settings:
    """Load the configuration and merge it under the command line; pop our options."""
    path = kwargs.pop("config", None)
    loaded = load(ctx, path if isinstance(path, Path) else None, bool(kwargs.pop("no_config")))
    origins: dict[str, str] = {}
    config = Config()
    if loaded is not None:
        config = loaded.config
        origins = dict.fromkeys(loaded.keys, loaded.path)
        given = dict(loaded.options)
        options = settable(clean_command(ctx))
        own = settable(ctx.command)
        for key, value in given.items():
            converted = file_option(ctx, loaded.path, options[key], key, value)  # checks it
            param = own.get(key)
            if param and ctx.get_parameter_source(str(param.name)) == DEFAULT_SOURCE:
                kwargs[str(param.name)] = converted
                origins[key] = loaded.path
    changes: dict[str, object] = {}
    for key in ("skip", "only"):
        names = kwargs.pop(key, ())
        if names:
            changes[key] = frozenset(str(name) for name in names)  # type: ignore[attr-defined]
            origins[key] = COMMAND_LINE
    favor = kwargs.pop("favor", None)
    if favor:
        changes["favor"], origins["favor"] = favor, COMMAND_LINE
    if kwargs.pop("no_captions", False):
        changes["captions"], origins["captions"] = False, COMMAND_LINE
    config = replace(config, **changes)  # type: ignore[arg-type]  # values from click choices
    explain = bool(kwargs.pop("explain", False))
    return Settings(config, explain, loaded.path if loaded else None, origins)


DEFAULT_SOURCE: Final = ParameterSource.DEFAULT


def current_settings() -> Settings:
    """The settings ``settings_options`` resolved for the running command."""
    value = click.get_current_context().meta.get(META_KEY)
    return value if isinstance(value, Settings) else Settings()


def settings_options(*, explain: bool) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Add --config, --no-config, --skip, --only, --favor, --no-captions (and --explain)."""
    names = filter_names()
    decorators = [
        click.option(
            "--config",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Read this configuration file instead of the pagetidy.toml found.",
        ),
        click.option("--no-config", is_flag=True, help="Ignore configuration files."),
        click.option(
            "--skip",
            "skip",
            multiple=True,
            type=click.Choice(names),
            metavar="FILTER",
            help="Do not run this filter (repeatable; see `pagetidy filters`).",
        ),
        click.option(
            "--only",
            "only",
            multiple=True,
            type=click.Choice(names),
            metavar="FILTER",
            help="Run only this filter (repeatable).",
        ),
        click.option(
            "--favor",
            type=click.Choice(FAVORS),
            help="Move the thresholds together: precision cuts more, recall keeps more.",
        ),
        click.option("--no-captions", is_flag=True, help="Take captions out of the text."),
    ]
    if explain:
        decorators.append(
            click.option(
                "--explain",
                is_flag=True,
                help="Show the whole page: kept blocks plain, dropped ones with filter and reason.",
            )
        )

    def decorate(command: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(command)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            ctx = click.get_current_context()
            try:
                ctx.meta[META_KEY] = resolve(ctx, kwargs)
            except ConfigError as error:
                fail(f"{error.path}: {error.reason}")
            return command(*args, **kwargs)

        for each in reversed(decorators):
            wrapper = each(wrapper)
        return wrapper

    return decorate


def wants_color() -> bool:
    """Is standard output a terminal that may show colour (``NO_COLOR`` unset)?"""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


@click.command(name="filters")
@settings_options(explain=False)
def filters_command() -> None:
    """List every filter in pipeline order: purpose, on or off, settings and defaults.

    \b
    Examples:
      pagetidy filters                   # the defaults
      pagetidy filters --favor recall    # the values the recall preset uses
    """
    click.echo(describe_filters(current_settings().config), nl=False)


@click.command(name="config")
@settings_options(explain=False)
def config_command() -> None:
    """Print the effective configuration and where each value came from.

    \b
    Examples:
      pagetidy config                        # the pagetidy.toml found, else the defaults
      pagetidy config --config site.toml     # a given file
    """
    ctx = click.get_current_context()
    settings = current_settings()
    command = clean_command(ctx)
    given: dict[str, object] = {}
    if settings.source is not None:
        given = dict(load_config(Path(settings.source), settable(command)).options)
    options: list[tuple[str, object, str]] = []
    for key, param in settable(command).items():
        if key in given:
            try:
                value = file_option(ctx, settings.source or "", param, key, given[key])
            except ConfigError as error:
                fail(f"{error.path}: {error.reason}")
            options.append((key, value, settings.source or ""))
        elif param.default is not None:
            options.append((key, param.default, "default"))
    text = describe_config(settings.config, settings.origins, options, settings.source)
    click.echo(text, nl=False)
