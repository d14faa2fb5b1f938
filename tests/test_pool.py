"""The ordered process pool: input order whatever finishes first, and no item can hang it."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time

import pytest

from pagetidy.pool import Crash, ordered_map


def slow_square(number: int) -> int:
    """Later numbers finish first."""
    time.sleep(0.02 * (5 - number % 5))
    return number * number


def misbehave(kind: str) -> str:
    if kind == "raise":
        raise ValueError("boom")
    if kind == "sleep":
        time.sleep(30)
    if kind == "deaf":  # a hang the worker's own timer cannot break
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(30)
    if kind == "die":
        os._exit(3)
    return kind


@pytest.mark.parametrize("jobs", [1, 3])
def test_results_come_in_input_order(jobs: int):
    assert list(ordered_map(slow_square, range(12), jobs=jobs, window=4)) == [
        n * n for n in range(12)
    ]


def test_failures_become_crashes_and_the_rest_goes_on(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("pagetidy.pool.KILL_GRACE", 0.5)
    items = ["a", "raise", "b", "sleep", "c", "die", "d", "deaf", "e"]
    started = time.monotonic()
    results = list(ordered_map(misbehave, items, jobs=2, timeout=0.5))
    assert time.monotonic() - started < 10
    assert [r for r in results if isinstance(r, str)] == ["a", "b", "c", "d", "e"]
    crashes = {item: r for item, r in zip(items, results, strict=True) if isinstance(r, Crash)}
    assert crashes["raise"].reason == "unexpected error: ValueError: boom"
    assert "Traceback" in crashes["raise"].trace
    assert crashes["sleep"].reason == "took longer than the time cap (0.5 s)"
    assert crashes["die"].reason == "the worker process died (exit code 3)"
    assert crashes["deaf"].reason.startswith("took longer than the time cap (0.5 s); stopped")


def test_closing_early_stops_the_workers():
    results = ordered_map(slow_square, range(100), jobs=2)
    assert next(results) == 0
    results.close()  # must return promptly, leaving no worker behind


def test_workers_do_not_rerun_the_callers_main():
    script = (
        "from pagetidy.pool import ordered_map\nprint(list(ordered_map(abs, [-1, 2], jobs=2)))\n"
    )
    done = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (0, "[1, 2]\n", "")


def close_and_linger(kind: str) -> str:
    """Close the worker's end of the pipe, then keep the process alive a moment."""
    if kind == "close":
        for fd in range(3, 64):
            with contextlib.suppress(OSError):
                os.close(fd)
        time.sleep(0.5)
    return kind


def test_a_worker_that_closes_its_pipe_is_a_crash_not_a_spin():
    results = list(ordered_map(close_and_linger, ["a", "close", "b"], jobs=1, timeout=30))
    assert results[0] == "a" and results[2] == "b"
    assert isinstance(results[1], Crash)
    assert results[1].reason.startswith("the worker process died")
