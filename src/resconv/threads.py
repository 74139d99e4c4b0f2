"""Ordered work on a pool of threads with a bounded window: used where the work releases the GIL
(Typst's PDF layout), so that threads on several cores overlap."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def available_cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def ordered_map(
    function: Callable[[Item], Result], items: Iterable[Item], threads: int = 0
) -> Iterator[Result]:
    """``function`` of each item, in the items' order, by ``threads`` threads (0: one per core);
    at most two items per thread are in flight, so memory stays bounded however many there are."""
    workers = threads if threads > 0 else available_cores()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[Result]] = deque()
        for item in items:
            pending.append(pool.submit(function, item))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
