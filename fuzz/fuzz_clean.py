"""Coverage-guided fuzzing of pagetidy.clean with atheris (bounded runs, not in CI).

Install atheris in the venv (it is not a test dependency), then run for a bounded time:

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_clean.py -max_total_time=60 -timeout=5 -rss_limit_mb=500

Every input must give a Result whose kept and dropped blocks partition the page, or an
InputError with a path and a reason. Anything else, a slow input (``-timeout``) or a memory
blow-up (``-rss_limit_mb``) is a crash: libFuzzer saves it as ``crash-*``/``timeout-*``;
turn it into a regression test in tests/test_nasty.py.
"""

from __future__ import annotations

import sys

import atheris  # type: ignore[import-not-found]

with atheris.instrument_imports():
    import pagetidy
    from pagetidy.write import to_json, to_text

FORMATS = ("auto", "text", "html")


def check(result: pagetidy.Result) -> None:
    """The same invariants as tests/test_properties.py, cheap enough for every input."""
    blocks = result.page.blocks
    kept = [block.index for block in result.kept]
    dropped = [drop.index for drop in result.drops]
    if kept != sorted(set(kept)) or len(dropped) != len(set(dropped)):
        raise AssertionError("kept blocks out of order, or a block dropped twice")
    if set(kept) | set(dropped) != set(range(len(blocks))) or set(kept) & set(dropped):
        raise AssertionError("kept + dropped is not the page: data lost or invented")
    if any(block is not blocks[block.index] for block in result.kept):
        raise AssertionError("a kept block is not the page's block")
    to_text(result)
    to_json(result)


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    as_text = provider.ConsumeBool()
    input_format = FORMATS[provider.ConsumeIntInRange(0, 2)]
    size = len(data)
    payload: str | bytes = (
        provider.ConsumeUnicodeNoSurrogates(size) if as_text else provider.ConsumeBytes(size)
    )
    try:
        result = pagetidy.clean(payload, input_format=input_format, max_bytes=1_000_000)
    except pagetidy.InputError as error:
        if not (error.path and error.reason):
            raise AssertionError("an InputError without a path or a reason") from None
        return
    check(result)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
