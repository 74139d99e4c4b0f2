"""Running batch tasks on a Dask distributed cluster (the optional ``distributed`` extra).

The tasks are the same as for local processes; each Dask worker process keeps its loaded writers
and language data across tasks. Workers must see the input and output paths (a shared file system)
and should run one thread each (``dask worker ADDRESS --nthreads 1``), as rendering engines are not
all thread-safe.
"""

from __future__ import annotations

from typing import Any

from resconv.batch import Backend, Handle, Task, convert_one
from resconv.errors import ResconvError

CONNECT_TIMEOUT = 30.0  # seconds to reach the scheduler before giving up


class DaskBackend(Backend):
    """Submits tasks to the scheduler at ``address`` (or to a given ``distributed.Client``)."""

    def __init__(self, address: Any) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            message = "--scheduler needs the 'distributed' package: pip install 'resconv[dask]'"
            raise ResconvError(message) from exc
        self._owned = not isinstance(address, Client)
        if self._owned:
            _check_address(address)
            self.client = Client(address, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
        else:
            self.client = address

    def submit(self, task: Task) -> Handle:
        handle: Handle = self.client.submit(convert_one, task, pure=False)
        return handle

    def wait_any(self, pending: set[Handle]) -> set[Handle]:
        from distributed import wait

        finished = wait(list(pending), return_when="FIRST_COMPLETED")  # type: ignore[no-untyped-call]
        done: set[Handle] = set(finished.done)
        return done

    @property
    def slots(self) -> int:
        threads: dict[str, int] = self.client.nthreads()  # type: ignore[no-untyped-call]
        return max(1, sum(threads.values()))

    def close(self) -> None:
        if self._owned:
            self.client.close()  # type: ignore[no-untyped-call]


def _check_address(address: str) -> None:
    """Raise ValueError for an address no scheduler can have, before a Client is made: one made
    with such an address is left half-open, and closing it at exit waits a minute."""
    from distributed.comm.addressing import get_address_host_port

    get_address_host_port(address)
