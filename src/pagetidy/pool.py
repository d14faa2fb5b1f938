"""An ordered process pool with a time cap per item: one slow or crashing item never hangs it.

``ordered_map(function, items, jobs=N, timeout=T)`` runs ``function`` on each item in up to
N worker processes and yields the results **in the order of the items**, whatever order
they finish in, so the output of a run does not depend on N. Items are read lazily and at
most ``window`` results wait for an earlier one, so memory does not grow with the number
of items.

An item that raises, runs past ``timeout`` seconds, or kills its worker gives a
``Crash`` instead of a result. The time cap is enforced twice: inside the worker by a
``SIGALRM`` timer (a clean error), and from outside by killing the worker process once
the cap plus ``KILL_GRACE`` has passed (for code that never returns to Python).
Workers ignore SIGINT: the parent decides how a run stops, and stopping kills them.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Final, Generic, TypeVar

Item = TypeVar("Item")
Output = TypeVar("Output")

KILL_GRACE: Final = 5.0
"""Seconds past the time cap before a worker that does not answer is killed."""
STOP_WAIT: Final = 2.0
"""Seconds a worker gets to exit after the last item before it is killed."""
PRELOAD: Final = ["pagetidy.clean", "pagetidy.runner"]
"""Modules the fork server imports once, so workers start warm."""
WORKER_GC_THRESHOLD: Final = 5000
"""A worker's first-generation garbage-collection threshold (Python's default is 700).
A page allocates a few hundred thousand objects and frees nearly all of them by reference
counting, so the default ran a collection every few hundred objects for little; a larger
gap holds at most a few thousand objects more (peak RSS unchanged, 74 MiB over 381 HTML
pages) and saves 4% of the instructions of an HTML page (callgrind, 30 pages)."""


@dataclass(frozen=True, slots=True)
class Crash:
    """An item that gave no result: it raised, ran past the time cap, or killed its worker."""

    reason: str
    trace: str = ""
    """The formatted traceback of an unexpected exception, or ``""``."""


class TimeLimit(BaseException):
    """Raised inside a worker when an item runs past the time cap (not an ``Exception``,
    so the item's own ``except Exception`` cannot swallow it)."""


def pool_context() -> BaseContext:
    """The fork server where there is one (safe with threads, warm workers), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def raise_time_limit(signum: int, frame: FrameType | None) -> None:
    """SIGALRM handler in a worker."""
    raise TimeLimit


def serve(
    connection: Connection, function: Callable[[object], object], timeout: float | None
) -> None:
    """A worker's loop: receive ``(index, item)``, send back ``(index, result or Crash)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.freeze()  # the modules imported so far live as long as the worker: never scan them
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
    alarm = bool(timeout) and hasattr(signal, "setitimer")
    if alarm:
        signal.signal(signal.SIGALRM, raise_time_limit)
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, item = message
        result = run_one(function, item, timeout if alarm else None)
        try:
            connection.send((index, result))
        except (BrokenPipeError, EOFError):
            return
        except Exception as error:  # an unpicklable result
            connection.send((index, Crash(f"cannot send the result back: {error}")))


def run_one(function: Callable[[object], object], item: object, timeout: float | None) -> object:
    """Run one item under the worker's timer, turning failures into a ``Crash``."""
    try:
        try:
            if timeout:
                signal.setitimer(signal.ITIMER_REAL, timeout)
            return function(item)
        finally:
            if timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except TimeLimit:
        return Crash(f"took longer than the time cap ({timeout:g} s)")
    except Exception as error:
        return Crash(f"unexpected error: {type(error).__name__}: {error}", traceback.format_exc())


@contextlib.contextmanager
def main_module_hidden() -> Iterator[None]:
    """Start processes without making them re-import the caller's ``__main__``.

    Spawned and fork-server workers normally re-run the parent's main script (or fail when
    there is none, as with ``python -`` or a notebook). The pool's functions live in
    importable modules, so workers never need it, and callers need no ``__main__`` guard.
    """
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    names = ("__file__", "__spec__")
    saved = {name: main.__dict__[name] for name in names if name in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


class Worker:
    """One worker process, its end of the pipe, and the item it is working on."""

    def __init__(
        self, context: BaseContext, function: Callable[[Item], Output], timeout: float | None
    ) -> None:
        self.connection, child = context.Pipe()
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]  # typeshed: BaseContext has Process
            target=serve, args=(child, function, timeout), daemon=True
        )
        with main_module_hidden():
            self.process.start()
        child.close()
        self.index: int | None = None
        self.deadline = float("inf")

    def give(self, index: int, item: object, timeout: float | None) -> None:
        self.connection.send((index, item))
        self.index = index
        self.deadline = time.monotonic() + timeout + KILL_GRACE if timeout else float("inf")

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
            self.process.join()
        self.connection.close()

    def stop(self) -> None:
        """Ask the worker to exit; kill it if it does not within ``STOP_WAIT``."""
        with contextlib.suppress(OSError, ValueError):
            self.connection.send(None)
        self.process.join(STOP_WAIT)
        self.kill()


class Results(Generic[Output]):
    """Results that came back out of order, held until the ones before them are out."""

    def __init__(self) -> None:
        self.waiting: dict[int, Output | Crash] = {}
        self.next = 0

    def ready(self) -> Iterator[Output | Crash]:
        while self.next in self.waiting:
            yield self.waiting.pop(self.next)
            self.next += 1


def ordered_map(
    function: Callable[[Item], Output],
    items: Iterable[Item],
    *,
    jobs: int,
    timeout: float | None = None,
    window: int | None = None,
) -> Generator[Output | Crash, None, None]:
    """Yield ``function(item)`` (or a ``Crash``) for each item, in the items' order.

    ``function`` must be picklable (a module-level function or a ``functools.partial``
    of one). Closing the iterator early, or an exception (Ctrl-C), kills the workers.
    """
    context = pool_context()
    window = window or 8 * jobs + 16
    source = enumerate(items)
    exhausted = False
    sent = 0
    workers: list[Worker] = []
    results: Results[Output] = Results()
    finished = False
    try:
        while True:
            while not exhausted and sent < results.next + window:
                idle = next((each for each in workers if each.index is None), None)
                if idle is None and len(workers) < jobs:
                    idle = Worker(context, function, timeout)
                    workers.append(idle)
                if idle is None:
                    break
                try:
                    index, item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                sent += 1
                try:
                    idle.give(index, item, timeout)
                except (OSError, EOFError):  # the worker died before its first item
                    code = idle.process.exitcode
                    results.waiting[index] = Crash(f"the worker process died (exit code {code})")
                    idle.kill()
                    workers.remove(idle)
            yield from results.ready()
            if exhausted and results.next == sent:
                finished = True
                return
            collect(workers, results.waiting, context, function, timeout)
    finally:
        for each in workers:
            if finished:
                each.stop()
            else:
                each.kill()


def collect(
    workers: list[Worker],
    waiting: dict[int, Output | Crash],
    context: BaseContext,
    function: Callable[[Item], Output],
    timeout: float | None,
) -> None:
    """Wait for answers, deaths or deadlines; replace workers that died or were killed."""
    busy = [each for each in workers if each.index is not None]
    if not busy:
        return
    remaining = min(each.deadline for each in busy) - time.monotonic()
    wait(
        [each.connection for each in busy] + [each.process.sentinel for each in busy],
        timeout=None if remaining == float("inf") else max(0.0, remaining),
    )
    now = time.monotonic()
    for each in busy:
        index = each.index
        assert index is not None
        closed = False
        if each.connection.poll():
            try:
                answer, result = each.connection.recv()
            except (EOFError, OSError):
                closed = True  # the worker is exiting: wait for nothing more from it
                each.process.join(STOP_WAIT)
            else:
                waiting[answer] = result
                each.index = None
                continue
        if not closed and each.process.is_alive() and now < each.deadline:
            continue
        if each.process.is_alive() and not closed:
            waiting[index] = Crash(f"took longer than the time cap ({timeout:g} s); stopped")
        else:
            code = each.process.exitcode
            waiting[index] = Crash(f"the worker process died (exit code {code})")
        each.kill()
        workers[workers.index(each)] = Worker(context, function, timeout)


def cpu_count() -> int:
    """Cores this process may use (the default number of jobs)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, multiprocessing.cpu_count())
