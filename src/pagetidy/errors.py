"""Errors the library raises. The CLI is the only place that turns them into messages."""

from __future__ import annotations


class PagetidyError(Exception):
    """Base class: something about an input or the configuration is wrong."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class InputError(PagetidyError):
    """An input cannot be read as a page: missing, a folder, binary, undecodable, too large."""


class ConfigError(PagetidyError):
    """A setting or option is wrong: names the file (or option), the key and what was expected."""
