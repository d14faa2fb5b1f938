"""pagetidy: clean scraped web pages down to the article text and its facts.

>>> import pagetidy
>>> article = pagetidy.clean("Home > World\\n\\nThe council met on Monday and agreed to act.")
>>> article.text
'The council met on Monday and agreed to act.'
"""

from __future__ import annotations

from pagetidy.clean import clean
from pagetidy.config import Config, make_config
from pagetidy.errors import ConfigError, InputError, PagetidyError
from pagetidy.model import Block, Drop, Facts, Page, Removed, Result

__version__ = "0.1.0"
__all__ = [
    "Block",
    "Config",
    "ConfigError",
    "Drop",
    "Facts",
    "InputError",
    "Page",
    "PagetidyError",
    "Removed",
    "Result",
    "__version__",
    "clean",
    "make_config",
]
