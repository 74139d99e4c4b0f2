"""resconv.threads: ordered results from a pool of threads, with a bounded window."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

from resconv.threads import ordered_map


def test_results_come_in_the_order_of_the_items() -> None:
    def slow_for_small(n: int) -> int:
        time.sleep(0.002 * (10 - n))
        return n * n

    assert list(ordered_map(slow_for_small, range(10), threads=3)) == [n * n for n in range(10)]


def test_at_most_two_items_per_thread_are_taken_ahead() -> None:
    taken = 0
    lock = threading.Lock()

    def items() -> Iterator[int]:
        nonlocal taken
        for n in range(100):
            with lock:
                taken += 1
            yield n

    results = ordered_map(lambda n: n, items(), threads=2)
    assert next(results) == 0
    assert taken <= 4  # two threads, two items each: the rest of the stream is not read yet
    assert list(results) == list(range(1, 100))
