"""Writing batch outputs so an interrupted batch leaves no half-written file and can resume."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from resconv.errors import OutputError


@contextlib.contextmanager
def writing(what: str) -> Iterator[None]:
    """An OSError while writing ``what`` (a report, a manifest) as a one-line OutputError naming it."""
    try:
        yield
    except OSError as exc:
        raise OutputError(f"cannot write {what}: {exc.strerror or exc}") from exc


def atomic_write(target: Path, payload: bytes) -> None:
    """Write ``payload`` to a temporary file beside ``target``, flush it to disk, then rename.

    A rename within one folder is atomic, so readers see the old file or the whole new one.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def up_to_date(target: Path, source: Path) -> bool:
    """True when ``target`` exists and is at least as new as ``source`` (so a re-run may skip it)."""
    try:
        return target.stat().st_mtime_ns >= source.stat().st_mtime_ns
    except OSError:
        return False
